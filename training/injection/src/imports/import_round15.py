#!/usr/bin/env python3
"""Seventh lexical round (session 13): converts used-up evaluation sets and six new training authors into the
training format ({"text", "label", "family", "lang", "id"}; family = the set's "kind", or the author's "family").

Each source is one leave-one-author-out group (<topic>-<letter>-*.jsonl), except the held-back thirds of dev11 and
dev12, which were written by the dev11-n / dev12-o authors and so join those groups (dev11-n-held, dev12-o-held: the
rows of the set not already in dev11-n-* / dev12-o-*). Sources are read in the order they were written; a row whose
exact text is already in training/injection or in an earlier source is dropped (reported). Run from the repository
root: python3 training/injection/src/imports/import_round15.py
"""
import glob
import json
import os
import sys

OUT = "training/injection"

# (output prefix, source files, whether to keep only rows not already in the named existing group's files)
SOURCES = [
    ("heldout10-r", ["/work/heldout10/injection/injection.jsonl"], None),
    ("dev11-n-held", ["/work/dev11/injection/injection.jsonl"], "dev11-n-"),
    ("heldout11-s", ["/work/heldout11/injection/injection.jsonl"], None),
    ("dev12-o-held", ["/work/dev12/injection/injection.jsonl"], "dev12-o-"),
    ("heldout12-t", ["/work/heldout12/injection/injection.jsonl"], None),
    ("dev13-u", ["/work/dev13/injection/dev.jsonl"], None),
    ("heldout13-v", ["/work/heldout13/injection/injection.jsonl"], None),
    ("dev14-w", ["/work/dev14/injection/injection.jsonl"], None),
    ("train15-p", sorted(glob.glob("/work/train15-p/p-*.jsonl")), None),
    ("train15-q", sorted(glob.glob("/work/train15-q/q-*.jsonl")), None),
    ("train15-r", sorted(glob.glob("/work/train15-r/r-*.jsonl")), None),
    ("train15-s", sorted(glob.glob("/work/train15-s/s-*.jsonl")), None),
    ("train15-t", sorted(glob.glob("/work/train15-t/t-*.jsonl")), None),
    ("train15-u", sorted(glob.glob("/work/train15-u/u-*.jsonl")), None),
]


def read(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def existing_files():
    return sorted(p for p in glob.glob(os.path.join(OUT, "*.jsonl")) if not any(os.path.basename(p).startswith(s[0]) for s in SOURCES))


def main():
    seen = {}
    for path in existing_files():
        for row in read(path):
            seen.setdefault(row["text"], os.path.basename(path))

    for prefix, files, held_group in SOURCES:
        trained_ids = set()
        if held_group:
            for path in glob.glob(os.path.join(OUT, held_group + "*.jsonl")):
                if not os.path.basename(path).startswith(prefix):
                    trained_ids.update(row["id"] for row in read(path))

        outputs = {}
        dropped = []
        for path in files:
            for row in read(path):
                if row["id"] in trained_ids:
                    continue
                if row["text"] in seen:
                    dropped.append((row["id"], seen[row["text"]]))
                    continue
                seen[row["text"]] = prefix
                converted = {"text": row["text"], "label": row["label"], "family": row.get("kind", row.get("family")), "lang": row["lang"], "id": row["id"]}
                if held_group:
                    name = prefix + ".jsonl"
                elif prefix.startswith("train15"):
                    # The authors' own file names (p-en-attacks.jsonl -> train15-p-en-attacks.jsonl).
                    name = prefix + os.path.basename(path)[1:]
                else:
                    name = f"{prefix}-{'attacks' if row['label'] == 'attack' else 'benign'}.jsonl"
                outputs.setdefault(name, []).append(converted)

        for name, rows in outputs.items():
            with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
                for row in rows:
                    f.write(json.dumps(row, ensure_ascii=False) + "\n")
        total = sum(len(r) for r in outputs.values())
        attacks = sum(r["label"] == "attack" for rows in outputs.values() for r in rows)
        print(f"{prefix}: {total} rows ({attacks} attacks) in {len(outputs)} files; dropped as exact duplicates: {len(dropped)} {dropped}", file=sys.stderr)


if __name__ == "__main__":
    main()
