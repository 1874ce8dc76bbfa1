#!/usr/bin/env python3
"""Converts used-up evaluation sets and training authors' folders into the training format ({"text", "label",
"family", "lang", "id"}; family = the set's "kind", or the author's "family"; an author's row without an id gets its
file and line). One loader for every round since session 14 (inj16); a round is a list of sources below.

Each source is one leave-one-author-out group (<topic>-<letter>-*.jsonl; TrainingExample.Group reads one letter). The
letters ran out at z, so later groups take letters again: a group is named by its topic and letter together, so
dev15-a-* and chat-a-* stay two groups. Sources are read in the order they were written; a row whose exact text is
already in training/injection (files of earlier rounds) or in an earlier source is dropped (reported). An author's
folder is read only once its README.md exists (the author writes it last).

Run from the repository root: python3 training/injection/src/imports/import_rounds.py <round>   (16, 17, 20, 25 or 26)
"""
import glob
import json
import os
import sys

OUT = "training/injection"


def author(folder, prefix):
    """The author's <prefix>-*.jsonl files, or none while the folder has no README.md."""
    return sorted(glob.glob(f"{folder}/{prefix}-*.jsonl")) if os.path.exists(f"{folder}/README.md") else []


# Per round, in order: (output prefix, source files, the author's file-name prefix to replace by the output prefix, or
# None for an evaluation set, whose rows go to <prefix>-attacks.jsonl / <prefix>-benign.jsonl).
ROUNDS = {
    # Session 14 (inj16).
    "16": [
        ("dev15-a", ["/work/dev15/injection/injection.jsonl"], None),
        ("heldout14-z", ["/work/heldout14/injection/injection.jsonl"], None),
        ("train16-x", author("/work/train16-x", "x"), "x"),
        ("train16-y", author("/work/train16-y", "y"), "y"),
    ],
    # Session 15 (inj17): dev16 is its work third and held third together.
    "17": [
        ("heldout15-h", ["/work/heldout15/injection/injection.jsonl"], None),
        ("dev16-d", ["/work/dev16-work/injection/injection.jsonl", "/work/dev16-held/injection/injection.jsonl"], None),
        ("train17-a", author("/work/train17-aa", "aa"), "aa"),
        ("train17-b", author("/work/train17-ab", "ab"), "ab"),
    ],
    # Session 18 (inj20): the used-up seventeenth and eighteenth fresh sets (whole sets: dev18 and dev19 are their splits).
    "20": [
        ("heldout17-e", ["/work/heldout17/injection-a.jsonl", "/work/heldout17/injection-b.jsonl"], None),
        ("heldout18-f", ["/work/heldout18/injection-a.jsonl", "/work/heldout18/injection-b.jsonl"], None),
        # /work/train20 was measured in cross-validation here but not imported (session 18); round 26 below writes it.
    ],
    # Session 23 (lexmodel25): the used-up nineteenth to twenty-third fresh sets (whole sets: dev20 ... dev24 are their
    # splits). Run after round 20, whose files it reads as earlier rows. Measured, not shipped (training README, session 23).
    "25": [
        ("heldout19-g", ["/work/heldout19/injection-a.jsonl", "/work/heldout19/injection-b.jsonl"], None),
        ("heldout20-h", ["/work/heldout20/injection-a.jsonl", "/work/heldout20/injection-b.jsonl"], None),
        ("heldout21-i", ["/work/heldout21/injection-a.jsonl", "/work/heldout21/injection-b.jsonl"], None),
        ("heldout22-j", ["/work/heldout22/injection-a.jsonl", "/work/heldout22/injection-b.jsonl"], None),
        ("heldout23-k", ["/work/heldout23/injection-a.jsonl", "/work/heldout23/injection-b.jsonl"], None),
    ],
    # Session 23: the /work/train20 author (mention-benign.jsonl, mention-attack.jsonl: benign texts that quote or discuss
    # attacks and attacks dressed the same way; no README.md and no ids, so it is read like an evaluation set, into
    # train20-m-attacks.jsonl / train20-m-benign.jsonl; not an evaluation set for the threshold rule). Run after round 25.
    # Measured, not shipped: with it the threshold rule's pooled ceiling chooses 0.955 / 0.870 (training README, session 23).
    "26": [
        ("train20-m", ["/work/train20/mention-benign.jsonl", "/work/train20/mention-attack.jsonl"], None),
    ],
}


def read(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def existing_files(round_name):
    """The files of earlier rounds: this round's and later rounds' outputs are left out, so a rerun reproduces them."""
    later = [s[0] + "-" for name, sources in ROUNDS.items() if int(name) >= int(round_name) for s in sources]
    return sorted(p for p in glob.glob(os.path.join(OUT, "*.jsonl")) if not any(os.path.basename(p).startswith(s) for s in later))


def main(round_name):
    seen = {}
    for path in existing_files(round_name):
        for row in read(path):
            seen.setdefault(row["text"], os.path.basename(path))

    for prefix, files, own_prefix in ROUNDS[round_name]:
        outputs = {}
        dropped = []
        for path in files:
            for line, row in enumerate(read(path), 1):
                # Authors who wrote no ids: the file and line identify a row (x-de.jsonl line 7 -> x-de-0007).
                row.setdefault("id", f"{os.path.basename(path)[:-len('.jsonl')]}-{line:04d}")
                if row["text"] in seen:
                    dropped.append((row["id"], seen[row["text"]]))
                    continue
                seen[row["text"]] = prefix
                converted = {"text": row["text"], "label": row["label"], "family": row.get("kind", row.get("family")), "lang": row["lang"], "id": row["id"]}
                if own_prefix is not None:
                    # The authors' own file names after the prefix (x-en-attacks.jsonl -> train16-x-en-attacks.jsonl).
                    name = prefix + os.path.basename(path)[len(own_prefix):]
                else:
                    name = f"{prefix}-{'attacks' if row['label'] == 'attack' else 'benign'}.jsonl"
                outputs.setdefault(name, []).append(converted)

        for name, rows in outputs.items():
            with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
                for row in rows:
                    f.write(json.dumps(row, ensure_ascii=False) + "\n")
        total = sum(len(r) for r in outputs.values())
        attacks = sum(r["label"] == "attack" for rows in outputs.values() for r in rows)
        print(f"{prefix}: {total} rows ({attacks} attacks) in {len(outputs)} files; dropped as exact duplicates: {len(dropped)} {dropped}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
