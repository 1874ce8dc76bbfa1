"""Regenerate training/injection/extract-e-*.jsonl from the hand-written rows in this folder.

Run: python3 training/injection/src/extract-e/build.py
"""
import collections, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write
import en_extraction, en_authority, en_benign1, en_benign2, de_rows, es_rows, fr_rows
try:
    import en_benign3
    EN_B3 = en_benign3.BENIGN
    EN_A3 = en_benign3.ATTACKS
except ImportError:
    EN_B3, EN_A3 = [], []

FILES = {
    "extract-e-en-attack.jsonl": en_extraction.ATTACKS + en_authority.ATTACKS + EN_A3,
    "extract-e-en-benign.jsonl": en_benign1.BENIGN + en_benign2.BENIGN + EN_B3,
    "extract-e-de.jsonl": de_rows.ATTACKS + de_rows.BENIGN,
    "extract-e-es.jsonl": es_rows.ATTACKS + es_rows.BENIGN,
    "extract-e-fr.jsonl": fr_rows.ATTACKS + fr_rows.BENIGN,
}

def main():
    everything = []
    for name, recs in FILES.items():
        n = write(name, recs)
        everything += recs
        print(f"{name}: {n}")
    texts = [r["text"].strip().lower() for r in everything]
    assert len(texts) == len(set(texts)), "duplicate across files"
    c = collections.Counter((r["label"], r["family"] if r["label"] == "attack" else "benign", r["lang"]) for r in everything)
    print("total", len(everything))
    for k in sorted(c):
        print(k, c[k])
    print(collections.Counter(r["label"] for r in everything))
    print(collections.Counter((r["label"], r["lang"]) for r in everything))
    print(collections.Counter((r["label"], r["family"]) for r in everything))

if __name__ == "__main__":
    main()
