"""Builds training/injection/voices-h-*.jsonl from the hand-written rows in this folder.
Run: python3 training/injection/src/voices-h/build.py  (from the worktree root or anywhere)."""
import collections, importlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)

# module name -> (lang, output file stem)
MODULES = [
    ("en_attack_roleplay", "en", "voices-h-en-attack-roleplay"),
    ("en_attack_other", "en", "voices-h-en-attack-authority-extraction-override"),
    ("en_benign_hard", "en", "voices-h-en-benign-hard"),
    ("en_benign_everyday", "en", "voices-h-en-benign-everyday"),
    ("de_rows", "de", "voices-h-de"),
    ("es_rows", "es", "voices-h-es"),
    ("fr_rows", "fr", "voices-h-fr"),
]
ATTACK_FAMILIES = {"roleplay", "authority", "extraction", "override"}
BENIGN_FAMILIES = {"hard_negative", "everyday"}


def main():
    counts = collections.Counter()
    seen = set()
    for mod_name, lang, stem in MODULES:
        try:
            mod = importlib.import_module(mod_name)
        except ModuleNotFoundError:
            print("skip (missing)", mod_name)
            continue
        rows = []
        for label, items in (("attack", getattr(mod, "ATTACK", [])), ("benign", getattr(mod, "BENIGN", []))):
            for family, text in items:
                text = text.strip("\n")
                fams = ATTACK_FAMILIES if label == "attack" else BENIGN_FAMILIES
                assert family in fams, (mod_name, family, text[:60])
                assert text and text not in seen, ("empty or duplicate", mod_name, text[:80])
                seen.add(text)
                rows.append({"text": text, "label": label, "family": family, "lang": lang})
                counts[(label, family, lang)] += 1
        path = os.path.join(OUT, stem + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{stem}.jsonl: {len(rows)} rows")
    validate()
    by = collections.Counter()
    for (label, family, lang), n in sorted(counts.items()):
        print(f"{label:7} {family:14} {lang} {n}")
        by[(label, lang)] += n
    for k, n in sorted(by.items()):
        print("total", k, n)
    print("attack", sum(n for (l, _, _), n in counts.items() if l == "attack"),
          "benign", sum(n for (l, _, _), n in counts.items() if l == "benign"))


def validate():
    for name in sorted(os.listdir(OUT)):
        if not (name.startswith("voices-h-") and name.endswith(".jsonl")):
            continue
        with open(os.path.join(OUT, name), encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                o = json.loads(line)
                assert set(o) == {"text", "label", "family", "lang"}, (name, i)
                assert o["label"] in ("attack", "benign"), (name, i)
                assert o["lang"] in ("en", "de", "es", "fr"), (name, i)
                assert isinstance(o["text"], str) and o["text"].strip(), (name, i)


if __name__ == "__main__":
    main()
