"""Rebuild every persona-d JSONL file and validate it. Run: python3 build_all.py"""
import collections, glob, json, os, runpy

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPTS = ["en_roleplay_attacks.py", "en_override_authority_attacks.py", "en_roleplay_benign.py",
           "en_other_benign.py", "en_extra_benign.py", "de_rows.py", "es_rows.py", "fr_rows.py"]


def main():
    os.chdir(HERE)
    import sys
    sys.path.insert(0, HERE)
    for s in SCRIPTS:
        runpy.run_path(os.path.join(HERE, s), run_name="__main__")
    out = os.path.normpath(os.path.join(HERE, "..", ".."))
    texts = {}
    by = collections.Counter()
    for path in sorted(glob.glob(os.path.join(out, "persona-d-*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                obj = json.loads(line)
                assert set(obj) == {"text", "label", "family", "lang"}, (path, n)
                assert obj["label"] in ("attack", "benign"), (path, n)
                assert obj["lang"] in ("en", "de", "es", "fr"), (path, n)
                assert obj["text"] not in texts, ("duplicate across files", path, n)
                texts[obj["text"]] = obj["label"]
                by[(obj["label"], obj["family"], obj["lang"])] += 1
    for k in sorted(by):
        print(*k, by[k])
    lab = collections.Counter(); lang = collections.Counter(); fam = collections.Counter()
    for (l, f, g), c in by.items():
        lab[l] += c; lang[(l, g)] += c; fam[(l, f)] += c
    print("labels", dict(lab)); print("lang", dict(sorted(lang.items()))); print("family", dict(sorted(fam.items())))
    print("total", sum(by.values()))


if __name__ == "__main__":
    main()
