"""Writes the report's index.html: the run's manifest summary and a link to each notebook page.

    python report_index.py OUTPUT REPORT_DIR NAME...   (NAME: a notebook rendered as NAME.html)

Called by jobs/report.sh after the notebooks are rendered. Standard library only.
"""

from __future__ import annotations

import html
import json
import os
import sys

SUMMARY_FIELDS = [
    ("run id", "run_id"),
    ("status", "status"),
    ("started", "started_at"),
    ("finished", "finished_at"),
    ("granularity", ("options", "granularity")),
    ("reject rate", "reject_rate"),
    ("Entente", "entente_version"),
    ("Spark", "spark_version"),
    ("Java", "java_version"),
    ("config hash", "config_hash"),
]


def _get(manifest, path):
    value = manifest
    for key in (path,) if isinstance(path, str) else path:
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return value


def _cell(value):
    if value is None:
        return "&mdash;"
    if isinstance(value, float):
        return f"{value:.4g}"
    return html.escape(str(value))


def _table(rows, headers):
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{_cell(v)}</td>" for v in r) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def title_of(name):
    """'country_pairs' -> 'Country pairs'."""
    return name.replace("_", " ").capitalize()


def render_index(manifest, pages):
    """The index page: summary, counts, timings and tables of the manifest, then the page links."""
    summary = _table([(label, _get(manifest, path)) for label, path in SUMMARY_FIELDS],
                     ["", "value"])
    counts = _table(sorted((manifest.get("counts") or {}).items()), ["count", "value"])
    timings = _table(sorted((manifest.get("timings") or {}).items()), ["stage", "ms"])
    tables = _table(sorted((name, (t or {}).get("rows")) for name, t in
                           (manifest.get("tables") or {}).items()), ["table", "rows"])
    inputs = _table([(i.get("path"), i.get("format"), i.get("bytes"))
                     for i in manifest.get("input_files") or []], ["input", "format", "bytes"])
    links = "".join(f'<li><a href="{html.escape(p)}.html">{html.escape(title_of(p))}</a></li>'
                    for p in pages)
    run_id = _cell(manifest.get("run_id"))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Entente report {run_id}</title>
<style>
body {{ font-family: sans-serif; margin: 2em auto; max-width: 60em; }}
table {{ border-collapse: collapse; margin: 0.5em 0 1.5em; }}
td, th {{ border: 1px solid #ccc; padding: 0.2em 0.6em; text-align: left; }}
.grid {{ display: flex; gap: 2em; flex-wrap: wrap; }}
</style></head>
<body>
<h1>Entente report</h1>
<h2>Run</h2>
{summary}
<div class="grid">
<div><h2>Counts</h2>{counts}</div>
<div><h2>Timings</h2>{timings}</div>
<div><h2>Tables</h2>{tables}</div>
</div>
<h2>Inputs</h2>
{inputs}
<h2>Notebooks</h2>
<ul>{links}</ul>
</body></html>
"""


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 64
    output, report_dir, pages = argv[0], argv[1], argv[2:]
    with open(os.path.join(output, "_manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    with open(os.path.join(report_dir, "index.html"), "w", encoding="utf-8") as f:
        f.write(render_index(manifest, pages))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
