"""jobs/report.sh renders every notebook to HTML with its charts inline, and an index with the
run's manifest summary; report_index renders a hand-made manifest."""

import json
import re
import subprocess
from html.parser import HTMLParser

import pytest
from conftest import EXPECTED_CHARTS, REPO_ROOT

import report_index

REPORT = REPO_ROOT / "jobs" / "report.sh"


class Images(HTMLParser):
    def __init__(self):
        super().__init__()
        self.sources = []

    def handle_starttag(self, tag, attrs):
        if tag == "img":
            self.sources.append(dict(attrs).get("src") or "")


def inline_png_count(path):
    parser = Images()
    parser.feed(path.read_text(encoding="utf-8"))
    return sum(s.startswith("data:image/png;base64,") for s in parser.sources)


@pytest.fixture(scope="module")
def report(output_dir, tmp_path_factory):
    folder = tmp_path_factory.mktemp("report") / "2026-11-28"
    done = subprocess.run([str(REPORT), str(output_dir), str(folder)], capture_output=True,
                          text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    return folder


def test_report_has_one_page_per_notebook_and_an_index(report):
    assert sorted(p.name for p in report.iterdir()) == sorted(
        [f"{n}.html" for n in EXPECTED_CHARTS] + ["index.html"])


@pytest.mark.parametrize("name", sorted(EXPECTED_CHARTS))
def test_report_page_has_every_chart_inline_as_a_data_uri(report, name):
    assert inline_png_count(report / f"{name}.html") == len(EXPECTED_CHARTS[name])


@pytest.mark.parametrize("name", sorted(EXPECTED_CHARTS))
def test_report_page_loads_nothing_from_the_network(report, name):
    page = (report / f"{name}.html").read_text(encoding="utf-8")
    assert re.findall(r'(?:src|href)="(?:https?:)?//[^"]*"', page) == []


def test_report_pages_hide_the_code(report):
    page = (report / "network.html").read_text(encoding="utf-8")
    assert "ep.draw_network(" not in page
    assert "How the region" in page


def test_report_index_summarises_the_runs_manifest(report, output_dir):
    manifest = json.loads((output_dir / "_manifest.json").read_text())
    index = (report / "index.html").read_text(encoding="utf-8")
    for expected in (manifest["run_id"], manifest["status"],
                     f"<td>read</td><td>{manifest['counts']['read']}</td>",
                     f"<td>accepted</td><td>{manifest['counts']['accepted']}</td>",
                     f"<td>total_ms</td><td>{manifest['timings']['total_ms']}</td>",
                     f"<td>topic_trends</td><td>{manifest['tables']['topic_trends']['rows']}</td>"):
        assert expected in index
    assert [f'href="{n}.html"' in index for n in EXPECTED_CHARTS] == [True] * 4


def test_report_refuses_a_folder_without_manifest(tmp_path):
    done = subprocess.run([str(REPORT), str(tmp_path)], capture_output=True, text=True)
    assert done.returncode == 64
    assert "_manifest.json" in done.stderr


def test_report_fails_when_a_notebook_fails(tmp_path):
    output = tmp_path / "output"
    output.mkdir()
    (output / "_manifest.json").write_text('{"run_id": "r1"}')  # a manifest but no tables
    done = subprocess.run([str(REPORT), str(output), str(tmp_path / "report")],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 1
    assert "topic_trends" in done.stderr
    assert not (tmp_path / "report" / "index.html").exists()


def test_render_index_shows_manifest_fields_counts_timings_and_links():
    manifest = {"run_id": "20261128T000000Z-abc", "status": "succeeded", "reject_rate": 0.0125,
                "options": {"granularity": "month"}, "counts": {"read": 80, "rejected": 1},
                "timings": {"total_ms": 1234}, "tables": {"articles": {"rows": 79}},
                "input_files": [{"path": "in/<a>.jsonl", "format": "jsonl", "bytes": 10}]}
    page = report_index.render_index(manifest, ["topic_trends", "network"])
    for expected in ("<td>run id</td><td>20261128T000000Z-abc</td>",
                     "<td>status</td><td>succeeded</td>", "<td>granularity</td><td>month</td>",
                     "<td>reject rate</td><td>0.0125</td>", "<td>Spark</td><td>&mdash;</td>",
                     "<td>read</td><td>80</td>", "<td>rejected</td><td>1</td>",
                     "<td>total_ms</td><td>1234</td>", "<td>articles</td><td>79</td>",
                     "<td>in/&lt;a&gt;.jsonl</td>",
                     '<a href="topic_trends.html">Topic trends</a>',
                     '<a href="network.html">Network</a>'):
        assert expected in page
