"""Shared writer for benign-j data (hand-written rows, LLM helper, 2026-12-05)."""
import json, os
OUT = os.path.join(os.path.dirname(__file__), "..", "..")
FAM = {"H": "hard_negative", "E": "everyday"}
def write(name, lang, rows):
    seen = set()
    path = os.path.join(OUT, f"benign-j-{name}.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for fam, text in rows:
            text = text.strip()
            assert text and text not in seen, text
            seen.add(text)
            f.write(json.dumps({"text": text, "label": "benign", "family": FAM[fam], "lang": lang}, ensure_ascii=False) + "\n")
    print(path, len(rows))
