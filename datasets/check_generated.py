#!/usr/bin/env python3
"""Checks a generated corpus against its ground truth (Python 3 standard library only).

Usage: datasets/check_generated.py DIR TRUTH.jsonl

Re-reads every part file, classifies each line with the sample's reason codes, and compares the
counts with the truth summary; checks that every duplicate-group member exists in the file the
truth names, and that copies share most of their text with the original. Exits 1 on a mismatch.
"""
import gzip
import json
import os
import re
import sys
from collections import Counter

from check_sample import classify


def shingles(text, k=5):
    w = re.findall(r"\w+", text.lower())
    return {tuple(w[i:i + k]) for i in range(len(w) - k + 1)}


def main():
    out_dir, truth_path = sys.argv[1], sys.argv[2]
    truth = [json.loads(line) for line in open(truth_path, encoding="utf-8")]
    summary = truth[-1]
    groups = [t for t in truth if t["type"] == "dup_group"]
    wanted = {}
    for g in groups:
        wanted[g["original"]] = g["original_file"]
        for c in g["copies"]:
            wanted[c["id"]] = c["file"]
    texts = {}
    reasons = Counter()
    seen_files = {}
    problems = []
    for name in sorted(os.listdir(out_dir)):
        if not name.startswith("part-"):
            continue
        opener = gzip.open if name.endswith(".gz") else open
        n = 0
        with opener(os.path.join(out_dir, name), "rt", encoding="utf-8") as f:
            for line in f:
                n += 1
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError:
                    reasons["unparseable_record"] += 1
                    continue
                reason, _ = classify(rec)
                if reason:
                    reasons[reason] += 1
                elif rec["id"] in wanted:
                    if wanted[rec["id"]] != name:
                        problems.append("%s found in %s, truth says %s"
                                        % (rec["id"], name, wanted[rec["id"]]))
                    texts[rec["id"]] = rec["text"]
        seen_files[name] = n
    expected_files = {f["file"]: f["records"] for f in summary["files"]}
    if seen_files != expected_files:
        problems.append("records per file %s != truth %s" % (seen_files, expected_files))
    if dict(reasons) != summary["malformed_by_reason"]:
        problems.append("malformed %s != truth %s" % (dict(reasons),
                                                      summary["malformed_by_reason"]))
    missing = [i for i in wanted if i not in texts]
    if missing:
        problems.append("%d group members missing, e.g. %s" % (len(missing), missing[:3]))
    sims = []
    for g in groups:
        a = shingles(texts.get(g["original"], ""))
        for c in g["copies"]:
            b = shingles(texts.get(c["id"], ""))
            sims.append(len(a & b) / max(1, len(a | b)))
    sims.sort()
    print("records %d, malformed %s, groups %d, copies %d"
          % (sum(seen_files.values()), dict(sorted(reasons.items())), len(groups),
             sum(len(g["copies"]) for g in groups)))
    if sims:
        print("copy-to-original 5-shingle Jaccard: min %.3f, median %.3f"
              % (sims[0], sims[len(sims) // 2]))
    for p in problems:
        print("MISMATCH:", p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
