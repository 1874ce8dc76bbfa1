"""Shared writer for the docs-b injection training rows: validates and writes one JSONL file."""
import json
import os

OUT_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LABELS = {"attack", "benign"}
LANGS = {"en", "de", "es", "fr"}


def emit(file_name, lang, label, family, texts):
    """Writes texts (hand-written rows) as one JSONL file; every row gets the same label, family and lang."""
    assert label in LABELS and lang in LANGS and file_name.startswith("docs-b-")
    seen = set()
    path = os.path.join(OUT_DIR, file_name)
    with open(path, "w", encoding="utf-8") as out:
        for text in texts:
            text = text.strip("\n")
            if not text.strip():
                raise ValueError(f"{file_name}: empty row")
            if text in seen:
                raise ValueError(f"{file_name}: duplicate row: {text[:60]}")
            seen.add(text)
            row = {"text": text, "label": label, "family": family, "lang": lang}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{file_name}: {len(seen)} rows")
