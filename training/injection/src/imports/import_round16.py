#!/usr/bin/env python3
"""Session 14 (inj16): converts the used-up evaluation sets heldout14 and dev15 and the training authors train16-x and
train16-y into the training format ({"text", "label", "family", "lang", "id"}; family = the set's "kind", or the
author's "family"; the authors' rows, which have no id, get their file and line).

Each source is one leave-one-author-out group (<topic>-<letter>-*.jsonl). The letters ran out at z, so dev15 takes
"a" again: a group is named by its topic and letter together (TrainingExample.Group), so dev15-a-* and chat-a-* stay
two groups. Sources are read in the order they were written; a row whose exact text is already in training/injection
or in an earlier source is dropped (reported). An author's folder is read only once its README.md exists (the author
writes it last). Run from the repository root: python3 training/injection/src/imports/import_round16.py
"""
import glob
import json
import os
import sys

OUT = "training/injection"


def author(folder, letter):
    return sorted(glob.glob(f"{folder}/{letter}-*.jsonl")) if os.path.exists(f"{folder}/README.md") else []


# (output prefix, source files, whether to keep the author's own file names after the prefix)
SOURCES = [
    ("dev15-a", ["/work/dev15/injection/injection.jsonl"], False),
    ("heldout14-z", ["/work/heldout14/injection/injection.jsonl"], False),
    ("train16-x", author("/work/train16-x", "x"), True),
    ("train16-y", author("/work/train16-y", "y"), True),
]


def read(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def existing_files():
    return sorted(p for p in glob.glob(os.path.join(OUT, "*.jsonl")) if not any(os.path.basename(p).startswith(s[0] + "-") for s in SOURCES))


def main():
    seen = {}
    for path in existing_files():
        for row in read(path):
            seen.setdefault(row["text"], os.path.basename(path))

    for prefix, files, own_names in SOURCES:
        outputs = {}
        dropped = []
        for path in files:
            for line, row in enumerate(read(path), 1):
                # The train16 authors wrote no ids: the file and line identify a row (x-de.jsonl line 7 -> x-de-0007).
                row.setdefault("id", f"{os.path.basename(path)[:-len('.jsonl')]}-{line:04d}")
                if row["text"] in seen:
                    dropped.append((row["id"], seen[row["text"]]))
                    continue
                seen[row["text"]] = prefix
                converted = {"text": row["text"], "label": row["label"], "family": row.get("kind", row.get("family")), "lang": row["lang"], "id": row["id"]}
                if own_names:
                    # The authors' own file names (x-en-attacks.jsonl -> train16-x-en-attacks.jsonl).
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
