"""Build persona-l-*.jsonl from the hand-written row modules in this folder.
Run: python3 training/injection/src/persona-l/build.py (from the repo root or anywhere)."""
import json, os, sys, importlib, collections
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
MODULES = ["en_roleplay", "en_authority", "en_benign", "de_rows", "es_rows", "fr_rows"]
LABELS = {"attack", "benign"}
LANGS = {"en", "de", "es", "fr"}

def main():
    seen = set()
    counts = collections.Counter()
    for name in MODULES:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError:
            print('skip (not written yet):', name); continue
        for fname, rows in mod.FILES.items():
            path = os.path.join(OUT, "persona-l-%s.jsonl" % fname)
            with open(path, "w", encoding="utf-8") as f:
                for text, label, family, lang in rows:
                    text = text.strip()
                    assert label in LABELS and lang in LANGS and family, (text, label, lang)
                    assert text and len(text) <= 1600, text[:60]
                    key = " ".join(text.lower().split())
                    assert key not in seen, "duplicate: " + text[:60]
                    seen.add(key)
                    f.write(json.dumps({"text": text, "label": label, "family": family, "lang": lang}, ensure_ascii=False) + "\n")
                    counts[(family, label, lang)] += 1
            # validate
            with open(path, encoding="utf-8") as f:
                for line in f:
                    o = json.loads(line)
                    assert set(o) == {"text", "label", "family", "lang"}
    tot = collections.Counter()
    for (fam, lab, lang), n in sorted(counts.items()):
        print(fam, lab, lang, n)
        tot[lab] += n; tot[(lab, lang)] += n; tot[(fam, lab)] += n
    for k, v in sorted(tot.items(), key=str):
        print("TOTAL", k, v)

if __name__ == "__main__":
    main()
