"""The preparation step of the Spark NLP peer (jobs/tools/sparknlp_peer.py) without Spark NLP:
the alphabet its EntityRuler needs. Needs: pytest."""

import gzip
import importlib.util
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
SPEC = importlib.util.spec_from_file_location(
    "sparknlp_peer", ROOT / "jobs" / "tools" / "sparknlp_peer.py"
)
peer = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(peer)


def test_alphabet_holds_every_character_of_patterns_and_text_in_both_cases(tmp_path):
    patterns = tmp_path / "patterns.json"
    patterns.write_text(json.dumps([{"label": "TUR", "patterns": ["Türkiye"]}]), encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.jsonl").write_text(
        json.dumps({"id": "1", "text": "ÉTÉ\r\nok"}) + "\nnot json\n", encoding="utf-8"
    )
    with gzip.open(corpus / "b.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "2", "text": "Q\tz", "date": None}) + "\n")
        f.write(json.dumps({"id": "3", "text": 7}) + "\n")
    (corpus / "_SUCCESS").write_text("x\u2028y")  # not input: skipped like Spark skips it
    out = tmp_path / "alphabet.txt"

    peer.write_alphabet(str(corpus), str(patterns), str(out))

    # by hand: Türkiye + türkiye, ÉTÉ + été, ok, Q + q, z, and the space breaks become
    expected = set("Türkiye") | set("türkiye") | set("ÉTÉété") | set("ok") | set("Qqz") | {" "}
    alphabet = out.read_text(encoding="utf-8")
    assert set(alphabet) == expected
    assert len(alphabet) == len(expected)  # each once
    assert alphabet == "".join(sorted(expected))


def test_breaks_cover_the_line_and_tab_characters_the_alphabet_file_cannot_hold():
    for c in "\t\n\r\x0b\x0c\x85\u2028\u2029":
        assert c in peer.BREAKS
    assert " " not in peer.BREAKS and "a" not in peer.BREAKS
