# -*- coding: utf-8 -*-
"""Random values shared by the seeded PII set generators (generate_pii_dev3.py, generate_pii_dev4.py, generate_pii_dev5.py).

Each generator passes its own seeded random.Random, so every set still regenerates byte for byte.
"""
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
