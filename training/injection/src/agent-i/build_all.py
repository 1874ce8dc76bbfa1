"""Regenerate every training/injection/agent-i-*.jsonl file and validate the result.
Usage: python3 training/injection/src/agent-i/build_all.py"""
import glob, json, os, runpy, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
SCRIPTS = ["en_docs.py", "en_attacks.py", "en_benign.py", "en_benign_long.py", "en_extra.py",
           "de_rows.py", "es_rows.py", "fr_rows.py", "intl_extra.py", "long_extra.py"]


def validate():
    out = os.path.normpath(os.path.join(HERE, "..", ".."))
    seen, counts, fams, longs = {}, collections.Counter(), collections.Counter(), collections.Counter()
    for path in sorted(glob.glob(os.path.join(out, "agent-i-*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                d = json.loads(line)
                assert set(d) == {"text", "label", "family", "lang"}, (path, n)
                assert d["label"] in ("attack", "benign"), (path, n)
                assert d["lang"] in ("en", "de", "es", "fr"), (path, n)
                assert isinstance(d["text"], str) and d["text"].strip(), (path, n)
                if d["text"] in seen:
                    raise SystemExit(f"duplicate text: {path}:{n} and {seen[d['text']]}")
                seen[d["text"]] = f"{os.path.basename(path)}:{n}"
                counts[(d["label"], d["lang"])] += 1
                fams[(d["label"], d["family"])] += 1
                longs[(d["label"], len(d["text"]) >= 500)] += 1
    print("rows:", len(seen))
    for k in sorted(counts): print("label/lang", *k, counts[k])
    for k in sorted(fams): print("label/family", *k, fams[k])
    for k in sorted(longs): print("label/long>=500", *k, longs[k])


if __name__ == "__main__":
    for s in SCRIPTS:
        runpy.run_path(os.path.join(HERE, s), run_name="__main__")
    validate()
