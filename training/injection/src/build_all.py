"""Regenerates training/injection/chat-a-*.jsonl from the hand-written row modules and validates the output."""
import collections
import importlib
import json
import os

from common import OUT_DIR, write_rows

ATTACK_FAMILIES = ("override", "extraction", "roleplay", "authority")


def rows_for(module):
    rows = []
    for family in ATTACK_FAMILIES:
        rows += [("attack", family, text) for text in getattr(module, family.upper(), [])]
    rows += [("attack", family, text) for family, text in getattr(module, "LONG", [])]
    rows += [("benign", "hard_negative", text) for text in getattr(module, "HARD", [])]
    rows += [("benign", "hard_negative", text) for text in getattr(module, "HARD_LONG", [])]
    rows += [("benign", "everyday", text) for text in getattr(module, "EVERYDAY", [])]
    return rows


def main():
    outputs = [
        ("chat-a-en-attack.jsonl", "en", "en_attacks"),
        ("chat-a-en-benign.jsonl", "en", "en_benign"),
        ("chat-a-de.jsonl", "de", "de_rows"),
        ("chat-a-es.jsonl", "es", "es_rows"),
        ("chat-a-fr.jsonl", "fr", "fr_rows"),
    ]
    for file_name, lang, module_name in outputs:
        if os.path.exists(os.path.join(os.path.dirname(__file__), module_name + ".py")):
            write_rows(file_name, lang, rows_for(importlib.import_module(module_name)))

    counts = collections.Counter()
    texts = set()
    for name in sorted(os.listdir(OUT_DIR)):
        if not (name.startswith("chat-a-") and name.endswith(".jsonl")):
            continue
        with open(os.path.join(OUT_DIR, name), encoding="utf-8") as f:
            for line_no, line in enumerate(f, 1):
                row = json.loads(line)
                assert set(row) == {"text", "label", "family", "lang"}, (name, line_no)
                assert row["label"] in ("attack", "benign") and row["lang"] in ("en", "de", "es", "fr"), (name, line_no)
                assert row["text"].strip(), (name, line_no)
                key = " ".join(row["text"].lower().split())
                assert key not in texts, ("duplicate across files", name, line_no)
                texts.add(key)
                counts[(row["label"], row["family"], row["lang"])] += 1
    for key in sorted(counts):
        print(*key, counts[key])
    for dim, index in (("label", 0), ("family", 1), ("lang", 2)):
        agg = collections.Counter()
        for key, n in counts.items():
            agg[key[index]] += n
        print(dim, dict(agg))
    by_label_lang = collections.Counter()
    for key, n in counts.items():
        by_label_lang[(key[0], key[2])] += n
    print("label x lang", dict(by_label_lang))
    print("total", sum(counts.values()))


if __name__ == "__main__":
    main()
