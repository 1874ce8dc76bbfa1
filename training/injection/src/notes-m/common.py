"""Shared writer for notes-m data (hand-written benign hard negatives)."""
import base64, codecs, json, os, urllib.parse

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def hexs(s):
    return s.encode("utf-8").hex()


def rot13(s):
    return codecs.encode(s, "rot13")


def url(s):
    return urllib.parse.quote(s)


def caesar(s, k):
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - 65 + k) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)


def binary(s):
    return " ".join(format(b, "08b") for b in s.encode("utf-8"))


MORSE = {"a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.", "h": "....",
         "i": "..", "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.", "o": "---", "p": ".--.",
         "q": "--.-", "r": ".-.", "s": "...", "t": "-", "u": "..-", "v": "...-", "w": ".--", "x": "-..-",
         "y": "-.--", "z": "--..", "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-",
         "5": ".....", "6": "-....", "7": "--...", "8": "---..", "9": "----."}


def morse(s):
    return " / ".join(" ".join(MORSE[c] for c in w.lower() if c in MORSE) for w in s.split())


def jwt(payload):
    h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    p = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
    return h + "." + p + ".c2lnbmF0dXJlLW5vdC1yZWFs"


def write(name, lang, rows):
    seen = set()
    path = os.path.join(OUT, "notes-m-%s.jsonl" % name)
    with open(path, "w", encoding="utf-8") as f:
        for t in rows:
            t = t.strip("\n")
            assert t and t not in seen, t
            seen.add(t)
            f.write(json.dumps({"text": t, "label": "benign", "family": "hard_negative", "lang": lang},
                               ensure_ascii=False) + "\n")
    print(path, len(rows))
