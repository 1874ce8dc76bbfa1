"""Shared writer/validator for the hand-written chat-a injection rows."""
import json
import os

LABELS = {"attack", "benign"}
LANGS = {"en", "de", "es", "fr"}
FAMILIES = {"override", "extraction", "roleplay", "authority", "hard_negative", "everyday"}
OUT_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write_rows(file_name, lang, rows):
    """rows: (label, family, text) tuples; writes training/injection/<file_name>."""
    seen = set()
    path = os.path.join(OUT_DIR, file_name)
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for label, family, text in rows:
            text = text.strip()
            if label not in LABELS or family not in FAMILIES or lang not in LANGS:
                raise ValueError(f"bad row metadata: {label} {family} {lang}: {text[:40]}")
            if (label == "attack") != (family in {"override", "extraction", "roleplay", "authority"}):
                raise ValueError(f"label/family mismatch: {label} {family}: {text[:40]}")
            key = " ".join(text.lower().split())
            if key in seen:
                raise ValueError(f"duplicate row: {text[:60]}")
            seen.add(key)
            out.write(json.dumps({"text": text, "label": label, "family": family, "lang": lang},
                                 ensure_ascii=False) + "\n")
    return path
