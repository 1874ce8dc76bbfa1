"""Shared helpers for the extract-e builder scripts (hand-written rows, no generation)."""
import json, os

LABELS = {"attack", "benign"}
LANGS = {"en", "de", "es", "fr"}
OUT_DIR = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def rows(lang, label, family, texts):
    out = []
    for t in texts:
        t = t.strip("\n")
        assert t.strip(), "empty row"
        out.append({"text": t, "label": label, "family": family, "lang": lang})
    return out


def write(name, records):
    seen = set()
    path = os.path.join(OUT_DIR, name)
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            assert r["label"] in LABELS and r["lang"] in LANGS and r["family"], r
            key = r["text"].strip().lower()
            assert key not in seen, "duplicate row: " + r["text"][:60]
            seen.add(key)
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # validate
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            o = json.loads(line)
            assert set(o) == {"text", "label", "family", "lang"}, (path, i)
            assert o["label"] in LABELS and o["lang"] in LANGS, (path, i)
    return len(records)
