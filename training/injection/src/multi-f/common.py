"""Shared writer for the multi-f data set (hand-written rows live in the per-language builders)."""
import json, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", ".."))
ATTACK_FAMILIES = {"override", "extraction", "roleplay", "authority", "embedded", "obfuscation"}
BENIGN_FAMILIES = {"hard-keyword", "hard-roleplay", "hard-document", "hard-security", "hard-admin", "hard-encoding", "everyday"}
LANGS = {"en", "de", "es", "fr"}


def write(name, rows):
    """rows: list of (label, family, lang, text)."""
    seen = set()
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        for label, family, lang, text in rows:
            text = text.strip("\n")
            assert label in ("attack", "benign"), label
            assert lang in LANGS, lang
            fams = ATTACK_FAMILIES if label == "attack" else BENIGN_FAMILIES
            assert family in fams, (label, family)
            assert text and text not in seen, text[:60]
            seen.add(text)
            f.write(json.dumps({"text": text, "label": label, "family": family, "lang": lang}, ensure_ascii=False) + "\n")
    c = collections.Counter((r[0], r[1]) for r in rows)
    print(name, len(rows), dict(sorted(c.items())))
    return path


def A(fam, lang, *texts):
    return [("attack", fam, lang, t) for t in texts]


def B(fam, lang, *texts):
    return [("benign", fam, lang, t) for t in texts]
