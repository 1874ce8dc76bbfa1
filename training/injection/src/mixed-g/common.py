"""Shared writer for the mixed-g data set (hand-written rows, no generation)."""
import json, os

OUT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
LABELS = {"attack", "benign"}
LANGS = {"en", "de", "es", "fr"}


def write(name, rows):
    """rows: list of (text, label, family, lang)."""
    path = os.path.join(OUT, f"mixed-g-{name}.jsonl")
    seen = set()
    with open(path, "w", encoding="utf-8") as f:
        for text, label, family, lang in rows:
            text = text.strip("\n")
            assert text.strip(), "empty row"
            assert label in LABELS, label
            assert lang in LANGS, lang
            assert family, "family missing"
            key = " ".join(text.lower().split())
            assert key not in seen, f"duplicate row: {text[:60]}"
            seen.add(key)
            f.write(json.dumps({"text": text, "label": label, "family": family, "lang": lang},
                               ensure_ascii=False) + "\n")
    # validate
    with open(path, encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            assert set(o) == {"text", "label", "family", "lang"}
    print(path, len(rows))


def tag(texts, label, family, lang):
    return [(t, label, family, lang) for t in texts]
