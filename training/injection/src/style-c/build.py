"""Regenerate all style-c files: python3 build.py (run from any directory)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import rows_from, write  # noqa: E402
import attacks_en  # noqa: E402
import attacks_intl  # noqa: E402
import benign_en_a as ba  # noqa: E402
import benign_en_b as bb  # noqa: E402
import benign_intl  # noqa: E402
import long_rows  # noqa: E402


def main():
    attack_en = dict(attacks_en.GROUPS)
    attack_en["embedded"] = attack_en["embedded"] + long_rows.LONG_ATTACK_EMBEDDED[:3]
    attack_en["extraction"] = attack_en["extraction"] + long_rows.LONG_ATTACK_EMBEDDED[3:]
    write("style-c-attack-en.jsonl", rows_from(attack_en, "attack", "en"))
    write("style-c-attack-de.jsonl", rows_from(attacks_intl.DE, "attack", "de"))
    write("style-c-attack-es.jsonl", rows_from(attacks_intl.ES, "attack", "es"))
    write("style-c-attack-fr.jsonl", rows_from(attacks_intl.FR, "attack", "fr"))

    benign_en = {
        "hn-override-words": ba.HN_OVERRIDE,
        "hn-config-prompts": ba.HN_CONFIG,
        "hn-roleplay": ba.HN_ROLEPLAY,
        "hn-admin-dev": ba.HN_ADMIN,
        "hn-document": bb.HN_DOCUMENT + long_rows.LONG_BENIGN_DOCUMENT,
        "hn-encoding": bb.HN_ENCODING,
        "hn-security-education": bb.HN_SECURITY,
        "everyday": bb.EVERYDAY,
    }
    write("style-c-benign-en.jsonl", rows_from(benign_en, "benign", "en"))
    write("style-c-benign-de.jsonl", rows_from(benign_intl.DE, "benign", "de"))
    write("style-c-benign-es.jsonl", rows_from(benign_intl.ES, "benign", "es"))
    write("style-c-benign-fr.jsonl", rows_from(benign_intl.FR, "benign", "fr"))

    # global duplicate check across all files
    import json
    seen = set()
    out = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
    for name in sorted(os.listdir(out)):
        if name.startswith("style-c-") and name.endswith(".jsonl"):
            with open(os.path.join(out, name), encoding="utf-8") as f:
                for line in f:
                    t = json.loads(line)["text"].strip().lower()
                    assert t not in seen, "cross-file duplicate: " + t[:80]
                    seen.add(t)
    print("total rows:", len(seen))


if __name__ == "__main__":
    main()
