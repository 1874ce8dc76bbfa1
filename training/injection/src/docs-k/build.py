"""Build docs-k benign rows. Each batch module defines ROWS = [(lang, family, text), ...]."""
import glob, importlib.util, json, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, "..", ".."))
LANGS = {"en", "de", "es", "fr"}; FAMS = {"hard_negative", "everyday"}
by_lang = collections.defaultdict(list); seen = set()
for path in sorted(glob.glob(os.path.join(HERE, "batch_*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    for lang, fam, text in m.ROWS:
        text = text.strip()
        assert lang in LANGS and fam in FAMS, (path, lang, fam)
        assert text not in seen, ("dup", path, text[:60]); seen.add(text)
        by_lang[lang].append({"text": text, "label": "benign", "family": fam, "lang": lang})
stats = collections.Counter(); longn = 0; total = 0
for lang, rows in by_lang.items():
    fn = os.path.join(OUT, f"docs-k-{lang}.jsonl")
    with open(fn, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(fn, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line); assert r["label"] == "benign" and r["lang"] in LANGS
            n = len(r["text"].encode("utf-8")); total += 1
            longn += 400 <= n <= 2500
            stats[(r["family"], r["lang"])] += 1
print("total", total, "long(400B-2.5KB)", longn)
for k, v in sorted(stats.items()): print(k, v)
