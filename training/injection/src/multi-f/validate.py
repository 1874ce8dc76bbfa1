"""Check that every line of training/injection/multi-f-*.jsonl parses and has valid fields; print counts."""
import glob, json, os, sys, collections
from common import OUT, ATTACK_FAMILIES, BENIGN_FAMILIES, LANGS

errors, seen = [], {}
by = collections.Counter()
files = sorted(glob.glob(os.path.join(OUT, "multi-f-*.jsonl")))
for path in files:
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                errors.append(f"{path}:{n}: {e}"); continue
            if set(r) != {"text", "label", "family", "lang"}:
                errors.append(f"{path}:{n}: keys {sorted(r)}")
            if r.get("label") not in ("attack", "benign") or r.get("lang") not in LANGS:
                errors.append(f"{path}:{n}: label/lang {r.get('label')}/{r.get('lang')}")
            fams = ATTACK_FAMILIES if r.get("label") == "attack" else BENIGN_FAMILIES
            if r.get("family") not in fams:
                errors.append(f"{path}:{n}: family {r.get('family')}")
            t = r.get("text", "")
            if not isinstance(t, str) or not t.strip():
                errors.append(f"{path}:{n}: empty text")
            key = " ".join(t.lower().split())
            if key in seen:
                errors.append(f"{path}:{n}: duplicate of {seen[key]}")
            seen[key] = f"{os.path.basename(path)}:{n}"
            by[(r["label"], r["family"], r["lang"])] += 1
if errors:
    print("\n".join(errors)); sys.exit(1)
total = sum(by.values())
print(f"{len(files)} files, {total} rows, all valid")
for label in ("attack", "benign"):
    fams = sorted({k[1] for k in by if k[0] == label})
    print(f"\n{label}: " + str(sum(v for k, v in by.items() if k[0] == label)))
    print("family".ljust(14) + "".join(l.rjust(5) for l in ("en", "de", "es", "fr")) + "  total")
    for fam in fams:
        cells = [by[(label, fam, l)] for l in ("en", "de", "es", "fr")]
        print(fam.ljust(14) + "".join(str(c).rjust(5) for c in cells) + str(sum(cells)).rjust(7))
    cells = [sum(v for k, v in by.items() if k[0] == label and k[2] == l) for l in ("en", "de", "es", "fr")]
    print("all".ljust(14) + "".join(str(c).rjust(5) for c in cells) + str(sum(cells)).rjust(7))
