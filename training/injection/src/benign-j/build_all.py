"""Regenerate all benign-j files and validate them."""
import glob, json, os, runpy, collections
HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
for s in ["en_status.py", "en_games_modes.py", "en_long.py", "en_mixed.py", "de.py", "es.py", "fr.py"]:
    runpy.run_path(s, run_name="__main__")
c = collections.Counter(); seen = set()
for p in sorted(glob.glob(os.path.join(HERE, "..", "..", "benign-j-*.jsonl"))):
    for line in open(p, encoding="utf-8"):
        o = json.loads(line)
        assert set(o) == {"text", "label", "family", "lang"}
        assert o["label"] == "benign" and o["family"] in ("hard_negative", "everyday") and o["lang"] in ("en", "de", "es", "fr")
        assert o["text"] not in seen; seen.add(o["text"])
        c[(o["family"], o["lang"])] += 1
print(sum(c.values()), sorted(c.items()))
