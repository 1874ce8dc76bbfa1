"""Regenerate all notes-m-*.jsonl files and validate them."""
import glob, json, os, runpy

HERE = os.path.dirname(os.path.abspath(__file__))
for s in ["en_puzzles.py", "en_notes.py", "en_decode.py", "en_long.py", "de_rows.py", "es_rows.py", "fr_rows.py"]:
    runpy.run_path(os.path.join(HERE, s), run_name="__main__")

from collections import Counter
c = Counter(); seen = set()
for p in sorted(glob.glob(os.path.join(HERE, "..", "..", "notes-m-*.jsonl"))):
    for line in open(p, encoding="utf-8"):
        o = json.loads(line)
        assert set(o) == {"text", "label", "family", "lang"}
        assert o["label"] in ("attack", "benign") and o["lang"] in ("en", "de", "es", "fr")
        assert o["text"] not in seen; seen.add(o["text"])
        c[(o["family"], o["label"], o["lang"])] += 1
for k, v in sorted(c.items()):
    print(k, v)
print("total", sum(c.values()))
