"""Shared writer for persona-d data builders (hand-written rows, no generation)."""
import json, os

OUT_DIR = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
LABELS = {"attack", "benign"}
LANGS = {"en", "de", "es", "fr"}


def write(name, rows):
    """rows: iterable of (text, label, family, lang)."""
    path = os.path.join(OUT_DIR, name)
    seen = set()
    with open(path, "w", encoding="utf-8") as f:
        for text, label, family, lang in rows:
            text = text.strip()
            assert text, "empty row"
            assert label in LABELS, label
            assert lang in LANGS, lang
            assert family, "family missing"
            assert text not in seen, "duplicate: " + text[:60]
            seen.add(text)
            f.write(json.dumps({"text": text, "label": label, "family": family, "lang": lang}, ensure_ascii=False) + "\n")
    print(name, len(seen))
    return len(seen)
