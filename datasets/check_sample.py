#!/usr/bin/env python3
"""Independent count of the bundled sample corpus (Python 3 standard library only).

Usage: datasets/check_sample.py [datasets/sample]

Reads every file of the sample the way the README describes (JSON Lines, gzipped JSON Lines,
CSV with a header row, seed-style text files), applies the documented field aliases and rejection
rules, and prints: records read per file, valid and broken records per reason, valid articles per
month, and the duplicate-group members it finds by id. It shares no code with the Java job, so
its numbers are a second route to the values the job's tests assert.
"""
import csv
import datetime as dt
import gzip
import json
import os
import re
import sys
from collections import Counter, defaultdict

TEXT_ALIASES = ("text", "body", "content")
DATE_ALIASES = ("date", "published", "published_at", "pubdate")
TITLE_ALIASES = ("title", "headline")
SEED_LINE = re.compile(r"^\s*date\s+(\S+)\s+(.*)$", re.S)


def first(rec, names):
    for n in names:
        if n in rec and rec[n] is not None:
            return rec[n]
    return None


def parse_date(value):
    """Returns the UTC calendar date of a date or timestamp string, or None."""
    s = value.strip()
    try:
        if len(s) == 10:
            return dt.date.fromisoformat(s)
        t = dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
        if t.tzinfo is not None:
            t = t.astimezone(dt.timezone.utc)
        return t.date()
    except ValueError:
        return None


def classify(rec):
    """Returns (reason or None, date)."""
    if not isinstance(rec, dict):
        return "unparseable_record", None
    text = first(rec, TEXT_ALIASES)
    date = first(rec, DATE_ALIASES)
    if text is not None and not isinstance(text, str):
        return "wrong_type", None
    if date is not None and not isinstance(date, str):
        return "wrong_type", None
    if text is None or not text.strip():
        return "missing_text", None
    if date is None or not date.strip():
        return "missing_date", None
    d = parse_date(date)
    if d is None:
        return "invalid_date", None
    return None, d


def read_jsonl(lines):
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield n, json.loads(line)
        except json.JSONDecodeError:
            yield n, None


def records(root):
    for name in sorted(os.listdir(root)):
        path = os.path.join(root, name)
        if name.endswith(".jsonl"):
            with open(path, encoding="utf-8") as f:
                for n, rec in read_jsonl(f):
                    yield name, n, rec
        elif name.endswith(".jsonl.gz"):
            with gzip.open(path, "rt", encoding="utf-8") as f:
                for n, rec in read_jsonl(f):
                    yield name, n, rec
        elif name.endswith(".csv"):
            with open(path, encoding="utf-8", newline="") as f:
                for n, row in enumerate(csv.DictReader(f), 1):
                    yield name, n, {k: (v if v != "" else None) for k, v in row.items()}
    tdir = os.path.join(root, "text")
    for name in sorted(os.listdir(tdir)):
        raw = open(os.path.join(tdir, name), "rb").read()
        try:
            s = raw.decode("utf-8")
        except UnicodeDecodeError:
            yield "text/" + name, 1, "invalid_utf8"
            continue
        m = SEED_LINE.match(s)
        yield "text/" + name, 1, ({"date": m.group(1), "text": m.group(2)} if m else None)


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "sample")
    per_file = defaultdict(Counter)
    reasons = Counter()
    months = Counter()
    broken = []
    ids = Counter()
    for fname, n, rec in records(root):
        if rec == "invalid_utf8":
            reason, d = "invalid_utf8", None
        else:
            reason, d = classify(rec)
        per_file[fname]["read"] += 1
        if reason:
            per_file[fname]["broken"] += 1
            reasons[reason] += 1
            broken.append((fname, n, reason))
        else:
            per_file[fname]["valid"] += 1
            months[d.strftime("%Y-%m")] += 1
            if rec.get("id"):
                ids[rec["id"]] += 1
    total = Counter()
    print("file\tread\tvalid\tbroken")
    for fname in sorted(per_file):
        c = per_file[fname]
        total.update(c)
        print(f"{fname}\t{c['read']}\t{c['valid']}\t{c['broken']}")
    print(f"TOTAL\t{total['read']}\t{total['valid']}\t{total['broken']}")
    print("\nbroken records (file, line or CSV data row, reason):")
    for b in broken:
        print("  %s\t%s\t%s" % b)
    print("\nbroken per reason:", dict(sorted(reasons.items())))
    print("\nvalid per month:")
    for m in sorted(months):
        print(f"  {m}\t{months[m]}")
    dup_ids = sorted(i for i in ids if "-a24" in i)
    print("\nduplicate group a24 members with ids:", dup_ids)
    repeated = [i for i, c in ids.items() if c > 1]
    print("ids used more than once:", repeated)


if __name__ == "__main__":
    main()
