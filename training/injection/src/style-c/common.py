"""Shared writer/validator for style-c injection training data (hand-written rows)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.normpath(os.path.join(HERE, "..", ".."))
LABELS = {"attack", "benign"}
LANGS = {"en", "de", "es", "fr"}


def rows_from(groups, label, lang):
    """groups: dict family -> list of texts."""
    out = []
    for family, texts in groups.items():
        for t in texts:
            t = t.strip("\n")
            out.append({"text": t, "label": label, "family": family, "lang": lang})
    return out


def write(name, rows):
    seen = set()
    for r in rows:
        assert r["label"] in LABELS, r
        assert r["lang"] in LANGS, r
        assert isinstance(r["text"], str) and r["text"].strip(), r
        assert isinstance(r["family"], str) and r["family"], r
        key = r["text"].strip().lower()
        assert key not in seen, "duplicate row: " + r["text"][:80]
        seen.add(key)
    path = os.path.join(OUT_DIR, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # validate round trip
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            obj = json.loads(line)
            assert set(obj) == {"text", "label", "family", "lang"}, (path, i)
            assert obj["label"] in LABELS and obj["lang"] in LANGS, (path, i)
    print(f"wrote {len(rows):4d} rows -> {os.path.relpath(path, OUT_DIR)}")
    return path
