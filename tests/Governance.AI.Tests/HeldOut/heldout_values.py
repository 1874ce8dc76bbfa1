# -*- coding: utf-8 -*-
"""Random values shared by the seeded PII set generators (generate_pii_dev3.py, generate_pii_dev4.py, generate_pii_dev5.py).

Each generator passes its own seeded random.Random, so every set still regenerates byte for byte.
"""
import json
import os
import re
import string

UP, LO, DI = string.ascii_uppercase, string.ascii_lowercase, string.digits
AN = UP + LO + DI
URLSAFE = AN + "-_"
HEX = "0123456789abcdef"


class Values:
    def __init__(self, rng):
        self.rng = rng

    def draw(self, n, chars):
        return "".join(self.rng.choice(chars) for _ in range(n))

    def rand_token(self, n, chars=AN):
        """Random like a real key: upper, lower and (when the alphabet has digits) a digit all present."""
        while True:
            s = self.draw(n, chars)
            if any(c.isupper() for c in s) and any(c.islower() for c in s) and (any(c.isdigit() for c in s) or not any(c.isdigit() for c in chars)):
                return s

    def hexs(self, n):
        while True:
            s = self.draw(n, HEX)
            if any(c.isalpha() for c in s) and any(c.isdigit() for c in s):
                return s

    def digits(self, n):
        return self.draw(n, DI)

    def nonzero(self, n):
        return self.rng.choice("123456789") + self.digits(n - 1)


def fill_template(template, pattern, look, secrets, phones):
    """One row from a template: {S:kind} / {P:kind} draw a secret / phone, {K:kind} a generated look-alike,
    [[text]] is a look-alike written in place and, where the pattern has groups 4-5, <<TYPE:value>> a fixed PII value."""
    pii, keep, out = [], [], []
    pos = 0
    # Generated look-alikes may sit inside [[…]]: expand them first.
    template = re.sub(r"\{K:(\w+)\}", lambda m: look[m.group(1)](), template)
    for m in pattern.finditer(template):
        out.append(template[pos:m.start()])
        if m.group(3) is not None:
            keep.append(m.group(3))
            out.append(m.group(3))
        elif pattern.groups >= 5 and m.group(4) is not None:
            pii.append({"type": m.group(4), "value": m.group(5)})
            out.append(m.group(5))
        else:
            v = (secrets if m.group(1) == "S" else phones)[m.group(2)]()
            pii.append({"type": "SECRET" if m.group(1) == "S" else "PHONE", "value": v})
            out.append(v)
        pos = m.end()
    out.append(template[pos:])
    text = "".join(out)
    keep = [k for k in dict.fromkeys(keep) if not any(k in p["value"] or p["value"] in k for p in pii)]
    return {"text": text, "pii": pii, "keep": keep}


def write_set(rows, rng, file_name):
    """Shuffles the rows with the generator's seeded random and writes them next to this module."""
    rng.shuffle(rows)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), file_name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows,", sum(len(r["pii"]) for r in rows), "pii,", sum(len(r["keep"]) for r in rows), "keep")
