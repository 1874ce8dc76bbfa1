#!/bin/sh
# Regenerates every training/injection/mixed-g-*.jsonl file from the hand-written rows in this folder.
set -e
cd "$(dirname "$0")"
for s in en_attack_roleplay en_attack_extraction en_attack_override en_benign_hard_a en_benign_hard_b en_long de es fr intl_extra; do
  python3 "$s.py"
done
