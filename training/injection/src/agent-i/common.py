"""Shared helpers for the agent-i builder scripts (hand-written rows; no generation)."""
import json, os

OUT_DIR = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
LABELS = {"attack", "benign"}
LANGS = {"en", "de", "es", "fr"}


def write(name, rows):
    """rows: iterable of (text, label, family, lang). Writes training/injection/agent-i-<name>.jsonl."""
    path = os.path.join(OUT_DIR, f"agent-i-{name}.jsonl")
    seen = set()
    n = 0
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for text, label, family, lang in rows:
            text = text.strip("\n")
            assert label in LABELS, (label, text[:60])
            assert lang in LANGS, (lang, text[:60])
            assert family and text.strip(), text[:60]
            if text in seen:
                raise SystemExit(f"duplicate row in {name}: {text[:80]}")
            seen.add(text)
            f.write(json.dumps({"text": text, "label": label, "family": family, "lang": lang}, ensure_ascii=False) + "\n")
            n += 1
    print(f"{path}: {n} rows")
    return path


def pair_docs(docs, lang):
    """docs: (wrapper, body with '||' insertion mark, injection, benign note, pos in s/m/e).
    Returns an attack row (body + injection) and a benign row (body + human-directed note) per doc."""
    rows = []
    for wrapper, body, inj, note, pos in docs:
        head, tail = body.split("||", 1)
        clean = head + tail
        if pos == "m":
            atk = head + inj + tail
        elif pos == "s":
            atk = inj + "\n" + clean
        else:
            atk = clean + "\n" + inj
        rows.append((wrapper + atk, "attack", "embedded", lang))
        rows.append((wrapper + head + note + tail, "benign", "hard_negative", lang))
    return rows
