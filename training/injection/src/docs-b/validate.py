"""Checks every docs-b-*.jsonl line parses with valid fields, no duplicate texts; prints counts."""
import collections
import glob
import json
import os
import sys

from common import LABELS, LANGS, OUT_DIR

counts = collections.Counter()
texts = {}
errors = 0
for path in sorted(glob.glob(os.path.join(OUT_DIR, "docs-b-*.jsonl"))):
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            where = f"{os.path.basename(path)}:{number}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                print(f"{where}: bad JSON: {e}"); errors += 1; continue
            if set(row) != {"text", "label", "family", "lang"} or row["label"] not in LABELS \
                    or row["lang"] not in LANGS or not row["text"].strip() or not row["family"]:
                print(f"{where}: bad row"); errors += 1; continue
            if row["text"] in texts:
                print(f"{where}: duplicate of {texts[row['text']]}"); errors += 1
            texts[row["text"]] = where
            counts[(row["label"], row["family"], row["lang"])] += 1

for title, index in (("label", 0), ("family", 1), ("lang", 2)):
    c = collections.Counter()
    for key, n in counts.items():
        c[key[index]] += n
    print(title, dict(sorted(c.items())))
for label in sorted(LABELS):
    c = collections.Counter()
    for key, n in counts.items():
        if key[0] == label:
            c[key[2]] += n
    print(label, "by lang", dict(sorted(c.items())))
print("label/family/lang:")
for key in sorted(counts):
    print("  ", "/".join(key), counts[key])
print("total", sum(counts.values()), "errors", errors)
sys.exit(1 if errors else 0)
