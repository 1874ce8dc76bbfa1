# -*- coding: utf-8 -*-
"""Generates pii-dev8.jsonl: the eighth PII/secret regression set (issue #17, item 2, eighth round).

Written by the eighth round's author *before* reading or changing any recognizer in that round, from the
specifications (ITU-T E.164 and the national numbering plans, ISO 13616's IBAN registry, card schemes' IIN ranges, the
SSA's rules, vendors' documented token prefixes) and from how people write records, not from earlier misses:
- Phones of ~40 plans (RU/KZ incl. 8-800, PL, SE, NO, DK, FI, NL, BE, CH, AT, PT, IE, CZ, UA, MX, AR, CL, CO, PE, JP,
  KR, CN, TW, TH, VN, PH, MY, ID, PK, AU, NZ, ZA, NG, KE, EG, AE, SA, TR, IL) in national and E.164 form, with and
  without a phone word, the word glued to the number ("Tel:+49…", "tel.0711…"), before it or far after it, in
  signatures, CRM exports, tickets, CSV/TSV rows with and without a header, JSON/YAML, log lines and OCR-like forms.
- Cards of every scheme (Visa, Mastercard 51-55/2221-2720, Amex, Discover, JCB, Diners, UnionPay, Mir) spaced,
  dashed, compact, split over a line break in a form, next to expiry dates and CVV-like numbers, in CSV cells.
- IBANs of ~30 countries with their ISO 13616 lengths and BBAN letter positions, grouped by four, compact, dashed,
  lower case, in invoice footers, CSV, JSON and YAML.
- SSNs glued to their label ("SSN:123-45-6789", "SSN#123456789", "SSN-123-45-6789") and in forms.
- Secrets of vendors with documented prefixes (npm, PyPI, Docker Hub, Hugging Face, Shopify, Mailgun, DigitalOcean,
  Heroku, Atlassian/Bitbucket, Okta, Square, Braintree, Discord, Telegram, Replicate, OpenRouter, LangSmith,
  Buildkite, Shippo, EasyPost, Adafruit, Dropbox, Cloudflare origin CA, Asana, CircleCI, Clojars) bare in prose and
  logs, and random values after generic key/token/secret names in config files.
- Look-alikes in the same records: order, ticket, invoice, tracking, part and customer numbers, dates, times,
  versions, amounts, postcodes of many countries, BIC codes, VAT ids, IMEIs, Luhn-failing card shapes, IBAN shapes
  failing mod-97, hashes, UUIDs, MAC addresses, coordinates and placeholders.
Slots:  {S:kind} secret -> SECRET   {P:kind} phone -> PHONE   {N:kind} SSN -> SSN   {E:kind} e-mail -> EMAIL
        {C:kind} card -> CREDIT_CARD   {B:kind} IBAN -> IBAN   {K:kind} generated look-alike -> keep
        [[literal]] literal look-alike -> keep   <<TYPE:literal>> literal pii value
Run:    python3 generate_pii_dev8.py   (deterministic, seed 20261209)
"""
import random
import re

from heldout_values import AN, DI, HEX, LO, UP, URLSAFE, Values, fill_template, write_set
from generate_pii import iban_ok, luhn_check_digit, luhn_ok, make_iban

rng = random.Random(20261209)
_values = Values(rng)
draw, rand_token, hexs, d, nz = _values.draw, _values.rand_token, _values.hexs, _values.digits, _values.nonzero


def pick(*options):
    return rng.choice(options)


def pairs(n):
    return " ".join(d(2) for _ in range(n))


# ---- phones, by numbering plan (national significant numbers valid for their plan) ----
def ru_nsn():
    return pick("495", "499", "812", "343", "383", "916", "903", "926", "985", "977") + d(7)


def fmt_ru(n, lead):
    return pick(f"{lead} ({n[:3]}) {n[3:6]}-{n[6:8]}-{n[8:]}", f"{lead} {n[:3]} {n[3:6]}-{n[6:8]}-{n[8:]}", f"{lead}-{n[:3]}-{n[3:6]}-{n[6:8]}-{n[8:]}",
                f"{lead}{n}" if lead == "+7" else f"{lead} {n[:3]} {n[3:6]} {n[6:8]} {n[8:]}")


PHONES = {
    "ru": lambda: fmt_ru(ru_nsn(), pick("+7", "8")),
    "ru800": lambda: pick(f"8 800 {nz(3)}-{d(2)}-{d(2)}", f"8-800-{nz(3)}-{d(2)}-{d(2)}", f"8 (800) {nz(3)}-{d(2)}-{d(2)}", f"+7 800 {nz(3)} {d(2)} {d(2)}"),
    "kz": lambda: pick(f"+7 701 {nz(3)} {d(4)}", f"8 (727) {nz(3)}-{d(2)}-{d(2)}", f"+7 (777) {nz(3)}-{d(2)}-{d(2)}", f"8 705 {nz(3)} {d(2)} {d(2)}"),
    "pl": lambda: pick(f"+48 {pick('5', '6', '7', '8')}{d(2)} {d(3)} {d(3)}", f"{pick('5', '6', '7', '8')}{d(2)}-{d(3)}-{d(3)}", f"+48 22 {nz(3)} {d(2)} {d(2)}",
                       f"(22) {nz(3)} {d(2)} {d(2)}", f"+48{pick('5', '6', '7')}{d(8)}"),
    "se": lambda: pick(f"07{pick('0', '2', '3', '6')}-{nz(3)} {d(2)} {d(2)}", f"+46 7{pick('0', '2', '3')} {nz(3)} {d(2)} {d(2)}", f"08-{nz(3)} {d(3)} {d(2)}",
                       f"+46 8 {nz(3)} {d(3)} {d(2)}", f"031-{nz(2)} {d(2)} {d(2)}", f"0{pick('70', '73')}{nz(7)}"),
    "no": lambda: pick(f"{pick('4', '9')}{d(2)} {d(2)} {d(3)}", f"+47 {pick('4', '9')}{d(2)} {d(2)} {d(3)}", f"+47 22 {d(2)} {d(2)} {d(2)}", f"22 {d(2)} {d(2)} {d(2)}", f"+47{pick('4', '9')}{d(7)}"),
    "dk": lambda: pick(f"+45 {nz(2)} {d(2)} {d(2)} {d(2)}", f"{pick('2', '3', '4', '5', '6', '7', '8')}{d(1)} {d(2)} {d(2)} {d(2)}", f"+45 {pick('2', '3', '4')}{d(7)}"),
    "fi": lambda: pick(f"040 {nz(3)} {d(4)}", f"+358 40 {nz(3)} {d(4)}", f"+358 9 {nz(4)} {d(4)}", f"09 {nz(4)} {d(4)}", f"050-{nz(3)} {d(4)}", f"+358 (0)50 {nz(3)} {d(4)}"),
    "nl": lambda: pick(f"06-{nz(8)}", f"+31 6 {nz(4)} {d(4)}", f"020-{nz(3)} {d(4)}", f"+31 (0)20 {nz(3)} {d(4)}", f"010 {nz(3)} {d(2)} {d(2)}", f"0031 6 {nz(8)}"),
    "be": lambda: pick(f"04{pick('7', '8', '9')}{d(1)} {d(2)} {d(2)} {d(2)}", f"+32 4{pick('7', '8', '9')}{d(1)} {d(2)} {d(2)} {d(2)}", f"02 {nz(3)} {d(2)} {d(2)}",
                       f"+32 (0)2 {nz(3)} {d(2)} {d(2)}", f"09/{nz(3)}.{d(2)}.{d(2)}"),
    "ch": lambda: pick(f"07{pick('6', '7', '8', '9')} {nz(3)} {d(2)} {d(2)}", f"+41 7{pick('6', '8', '9')} {nz(3)} {d(2)} {d(2)}", f"044 {nz(3)} {d(2)} {d(2)}",
                       f"+41 (0)44 {nz(3)} {d(2)} {d(2)}", f"0041 31 {nz(3)} {d(2)} {d(2)}"),
    "at": lambda: pick(f"0664 {nz(7)}", f"+43 664 {nz(3)} {d(4)}", f"+43 1 {nz(3)} {d(4)}", f"01/{nz(3)} {d(2)} {d(2)}", f"0676-{nz(3)}-{d(4)}", f"+43 (0)316 {nz(6)}"),
    "pt": lambda: pick(f"9{pick('1', '2', '3', '6')}{d(1)} {d(3)} {d(3)}", f"+351 9{pick('1', '2', '3', '6')}{d(1)} {d(3)} {d(3)}", f"+351 21 {nz(3)} {d(4)}", f"00351 2{d(8)}"),
    "ie": lambda: pick(f"08{pick('3', '5', '6', '7', '9')} {nz(3)} {d(4)}", f"+353 8{pick('3', '5', '6', '7')} {nz(3)} {d(4)}", f"(01) {nz(3)} {d(4)}",
                       f"+353 (0)1 {nz(3)} {d(4)}", f"021 {nz(3)} {d(4)}"),
    "cz": lambda: pick(f"+420 {pick('6', '7')}{d(2)} {d(3)} {d(3)}", f"{pick('6', '7')}{d(2)} {d(3)} {d(3)}", f"+420 2{d(2)} {d(3)} {d(3)}"),
    "ua": lambda: pick(f"+380 {pick('50', '63', '67', '68', '93', '97')} {nz(3)} {d(2)} {d(2)}", f"0{pick('50', '67', '97')} {nz(3)} {d(2)} {d(2)}", f"+380 44 {nz(3)} {d(4)}"),
    "mx": lambda: pick(f"+52 55 {nz(4)} {d(4)}", f"+52 1 33 {nz(4)} {d(4)}", f"(55) {nz(4)}-{d(4)}", f"81 {nz(4)} {d(4)}", f"+52 (81) {nz(4)}-{d(4)}", f"+52{pick('55', '33', '81')}{nz(8)}"),
    "ar": lambda: pick(f"+54 9 11 {nz(4)}-{d(4)}", f"+54 11 {pick('4', '5')}{d(3)}-{d(4)}", f"(011) {pick('4', '5')}{d(3)}-{d(4)}", f"011 15-{nz(4)}-{d(4)}", f"+54 9 351 {nz(3)}-{d(4)}"),
    "cl": lambda: pick(f"+56 9 {nz(4)} {d(4)}", f"9 {nz(4)} {d(4)}", f"+56 2 2{d(3)} {d(4)}", f"(2) 2{d(3)} {d(4)}", f"+569{nz(8)}"),
    "co": lambda: pick(f"+57 3{pick('0', '1', '2', '5')}{d(1)} {nz(3)} {d(4)}", f"3{pick('0', '1', '2', '5')}{d(1)} {nz(3)} {d(4)}", f"+57 601 {nz(3)} {d(4)}", f"(604) {nz(3)} {d(4)}"),
    "pe": lambda: pick(f"+51 9{d(2)} {d(3)} {d(3)}", f"9{d(2)} {d(3)} {d(3)}", f"(01) {nz(3)}-{d(4)}", f"+51 1 {nz(3)} {d(4)}"),
    "jp": lambda: pick(f"0{pick('70', '80', '90')}-{nz(4)}-{d(4)}", f"+81 {pick('70', '80', '90')} {nz(4)} {d(4)}", f"03-{nz(4)}-{d(4)}", f"06-{nz(4)}-{d(4)}",
                       f"+81 3-{nz(4)}-{d(4)}", f"0120-{nz(3)}-{d(3)}", f"075-{nz(3)}-{d(4)}", f"(03) {nz(4)}-{d(4)}"),
    "kr": lambda: pick(f"010-{nz(4)}-{d(4)}", f"+82 10-{nz(4)}-{d(4)}", f"02-{nz(3)}-{d(4)}", f"+82 2 {nz(4)} {d(4)}", f"031-{nz(3)}-{d(4)}", f"010 {nz(4)} {d(4)}"),
    "cn": lambda: pick(f"1{pick('3', '5', '8')}{d(1)} {d(4)} {d(4)}", f"+86 1{pick('3', '5', '8')}{d(1)} {d(4)} {d(4)}", f"010-{nz(4)} {d(4)}", f"+86 21 {nz(4)} {d(4)}",
                       f"021-{nz(8)}", f"(0755) {nz(4)} {d(4)}", f"+86-1{pick('3', '5', '8')}{d(9)}"),
    "tw": lambda: pick(f"09{d(2)}-{d(3)}-{d(3)}", f"+886 9{d(2)} {d(3)} {d(3)}", f"(02) {nz(4)}-{d(4)}", f"+886 2 {nz(4)} {d(4)}"),
    "th": lambda: pick(f"0{pick('6', '8', '9')}{d(1)} {nz(3)} {d(4)}", f"+66 {pick('6', '8', '9')}{d(1)} {nz(3)} {d(4)}", f"02 {nz(3)} {d(4)}", f"+66 2 {nz(3)} {d(4)}"),
    "vn": lambda: pick(f"09{d(1)} {nz(3)} {d(2)} {d(2)}", f"+84 9{d(1)} {nz(3)} {d(2)} {d(2)}", f"+84 28 {nz(4)} {d(4)}", f"028 {nz(4)} {d(4)}"),
    "ph": lambda: pick(f"09{d(2)} {nz(3)} {d(4)}", f"+63 9{d(2)} {nz(3)} {d(4)}", f"(02) 8{d(3)} {d(4)}", f"+63 2 8{d(3)} {d(4)}"),
    "my": lambda: pick(f"01{pick('2', '3', '6', '7', '9')}-{nz(3)} {d(4)}", f"+60 1{pick('2', '3', '6', '7', '9')}-{nz(3)} {d(4)}", f"03-{nz(4)} {d(4)}", f"+60 3-{nz(4)} {d(4)}"),
    "id": lambda: pick(f"08{pick('1', '5', '7')}{d(1)}-{nz(4)}-{d(4)}", f"+62 8{pick('1', '5', '7')}{d(1)}-{nz(4)}-{d(4)}", f"(021) {nz(4)} {d(4)}", f"+62 21 {nz(4)} {d(4)}"),
    "pk": lambda: pick(f"03{d(2)} {nz(7)}", f"+92 3{d(2)} {nz(7)}", f"(042) {nz(4)} {d(4)}", f"+92 21 {nz(4)} {d(4)}", f"03{d(2)}-{nz(7)}"),
    "au": lambda: pick(f"04{d(2)} {d(3)} {d(3)}", f"+61 4{d(2)} {d(3)} {d(3)}", f"(0{pick('2', '3', '7', '8')}) {nz(4)} {d(4)}", f"+61 {pick('2', '3', '7', '8')} {nz(4)} {d(4)}",
                       f"1300 {d(3)} {d(3)}", f"0{pick('2', '3')} {nz(4)} {d(4)}"),
    "nz": lambda: pick(f"02{pick('1', '2', '7')} {nz(3)} {d(4)}", f"+64 2{pick('1', '2', '7')} {nz(3)} {d(4)}", f"(09) {nz(3)} {d(4)}", f"+64 9 {nz(3)} {d(4)}", f"04-{nz(3)} {d(4)}"),
    "za": lambda: pick(f"0{pick('72', '82', '83', '84')} {nz(3)} {d(4)}", f"+27 {pick('72', '82', '83')} {nz(3)} {d(4)}", f"011 {nz(3)} {d(4)}", f"+27 (0)21 {nz(3)} {d(4)}"),
    "ng": lambda: pick(f"080{pick('3', '5', '6')} {nz(3)} {d(4)}", f"+234 80{pick('3', '5', '6')} {nz(3)} {d(4)}", f"+234 1 {nz(3)} {d(4)}", f"0{pick('703', '813', '906')}-{nz(3)}-{d(4)}"),
    "ke": lambda: pick(f"07{d(2)} {nz(6)}", f"+254 7{d(2)} {nz(6)}", f"+254 20 {nz(3)} {d(4)}"),
    "eg": lambda: pick(f"01{pick('0', '1', '2', '5')} {nz(4)} {d(4)}", f"+20 1{pick('0', '1', '2')} {nz(4)} {d(4)}", f"+20 2 {nz(4)} {d(4)}"),
    "ae": lambda: pick(f"05{pick('0', '2', '5', '6')} {nz(3)} {d(4)}", f"+971 5{pick('0', '2', '5')} {nz(3)} {d(4)}", f"04 {nz(3)} {d(4)}", f"+971 4 {nz(3)} {d(4)}", f"+9715{d(8)}"),
    "sa": lambda: pick(f"05{d(1)} {nz(3)} {d(4)}", f"+966 5{d(1)} {nz(3)} {d(4)}", f"011 {nz(3)} {d(4)}", f"+966 11 {nz(3)} {d(4)}"),
    "tr": lambda: pick(f"05{pick('3', '4', '5')}{d(1)} {nz(3)} {d(2)} {d(2)}", f"0 (5{pick('3', '4')}{d(1)}) {nz(3)} {d(2)} {d(2)}", f"+90 5{pick('3', '4', '5')}{d(1)} {nz(3)} {d(2)} {d(2)}",
                       f"0212 {nz(3)} {d(2)} {d(2)}", f"+90 (212) {nz(3)} {d(2)} {d(2)}"),
    "il": lambda: pick(f"05{pick('0', '2', '4', '8')}-{nz(3)}-{d(4)}", f"+972 5{pick('0', '2', '4')}-{nz(3)}-{d(4)}", f"03-{nz(3)}-{d(4)}", f"+972 3 {nz(3)} {d(4)}"),
    "de": lambda: pick(f"0711 {nz(6)}", f"+49 711 {nz(6)}", f"0151 {nz(8)}", f"+49 30 {nz(8)}", f"0221 {nz(3)} {d(2)} {d(2)}"),
    "de_glue": lambda: pick(f"+49{pick('30', '89', '711')}{nz(7)}", f"0711{nz(6)}", f"0{pick('151', '160', '176')}{nz(8)}"),
    "nanp": lambda: pick(f"({pick('206', '312', '617', '404', '512')}) {pick(*'23456789')}{pick(*'02345678')}{d(1)}-{d(4)}", f"{pick('720', '971', '917')}-555-01{d(2)}"),
}


# ---- SSNs (SSA rules) ----
def ssn_parts():
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"


SSNS = {
    "dash": lambda: "-".join(ssn_parts()),
    "none": lambda: "".join(ssn_parts()),
    "space": lambda: " ".join(ssn_parts()),
}


# ---- cards (IIN ranges and lengths of each scheme; Luhn) ----
def card_number(prefix, length):
    body = prefix + d(length - len(prefix) - 1)
    return body + luhn_check_digit(body)


def group(s, sizes, sep):
    out, at = [], 0
    for n in sizes:
        out.append(s[at:at + n])
        at += n
    return sep.join(out)


SCHEMES = {
    "visa": lambda: card_number("4", 16),
    "mc": lambda: card_number(pick("51", "52", "54", "55", str(rng.randint(2221, 2720))), 16),
    "discover": lambda: card_number(pick("6011", "65", str(rng.randint(644, 649))), 16),
    "jcb": lambda: card_number(str(rng.randint(3528, 3589)), 16),
    "unionpay": lambda: card_number("62" + d(1), 16),
    "mir": lambda: card_number(f"220{rng.randint(0, 4)}", 16),
}


def card16(sep):
    return group(SCHEMES[pick(*SCHEMES)](), [4, 4, 4, 4], sep)


CARDS = {
    "space": lambda: card16(" "),
    "dash": lambda: card16("-"),
    "bare": lambda: SCHEMES[pick(*SCHEMES)](),
    "any": lambda: card16(pick(" ", "-", "")),
    "amex": lambda: group(card_number(pick("34", "37"), 15), [4, 6, 5], pick(" ", "-", "")),
    "diners": lambda: group(card_number(pick("36", "300", "305"), 14), [4, 6, 4], pick(" ", "")),
    "split": lambda: (lambda s: s[:9] + "\n" + s[10:])(card16(" ")),  # "4111 1111" / "1111 1111" over two lines of a form
}


def bad_card():
    """A 16-digit, Visa- or Mastercard-shaped number whose Luhn check fails."""
    good = SCHEMES[pick("visa", "mc")]()
    bad = good[:-1] + str((int(good[-1]) + rng.randint(1, 9)) % 10)
    assert not luhn_ok(bad)
    return group(bad, [4, 4, 4, 4], pick(" ", "-"))


# ---- IBANs (ISO 13616 registry: country, BBAN layout; n = digits, a = upper-case letters, c = alphanumeric) ----
BBAN = {
    "DE": "18n", "AT": "16n", "CH": "5n12c", "LI": "5n12c", "NL": "4a10n", "BE": "12n", "LU": "3n13c", "FR": "10n11c2n", "MC": "10n11c2n",
    "ES": "20n", "PT": "21n", "IT": "1a10n12c", "SM": "1a10n12c", "GB": "4a14n", "IE": "4a14n", "DK": "14n", "FI": "14n", "NO": "11n", "SE": "20n",
    "PL": "24n", "CZ": "20n", "SK": "20n", "HU": "24n", "SI": "15n", "HR": "17n", "RO": "4a16c", "BG": "4a6n8c", "GR": "7n16c", "CY": "8n16c",
    "MT": "4a5n18c", "EE": "16n", "LV": "4a13c", "LT": "16n", "IS": "22n", "TR": "5n1n16c", "SA": "2n18c", "AE": "3n16n", "QA": "4a21c",
    "KW": "4a22c", "IL": "19n", "UA": "6n19c", "BR": "23n1a1c", "KZ": "3n13c", "GE": "2a16n", "RS": "18n", "EG": "25n",
}
LENGTH = {"NO": 15, "BE": 16, "DK": 18, "FI": 18, "NL": 18, "SI": 19, "AT": 20, "EE": 20, "KZ": 20, "LT": 20, "LU": 20, "CH": 21, "HR": 21,
          "LI": 21, "LV": 21, "BG": 22, "DE": 22, "GB": 22, "GE": 22, "IE": 22, "RS": 22, "AE": 23, "IL": 23, "CZ": 24, "ES": 24, "RO": 24,
          "SA": 24, "SE": 24, "SK": 24, "PT": 25, "IS": 26, "TR": 26, "FR": 27, "GR": 27, "IT": 27, "MC": 27, "SM": 27, "CY": 28, "HU": 28,
          "PL": 28, "BR": 29, "EG": 29, "QA": 29, "UA": 29, "KW": 30, "MT": 31}


def bban(country):
    out = []
    for count, kind in re.findall(r"(\d+)([nac])", BBAN[country]):
        chars = DI if kind == "n" else UP if kind == "a" else UP + DI
        out.append(draw(int(count), chars))
    return "".join(out)


def iban_compact(country=None):
    country = country or pick(*BBAN)
    value = make_iban(country, bban(country))
    assert len(value) == LENGTH[country] and iban_ok(value), (country, value)
    return value


def by4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


IBANS = {
    "spaced": lambda: by4(iban_compact()),
    "compact": lambda: iban_compact(),
    "dashed": lambda: by4(iban_compact(), "-"),
    "lower": lambda: by4(iban_compact()).lower(),
    "any": lambda: pick(by4, lambda s: s)(iban_compact()),
}


def bad_iban():
    good = iban_compact()
    check = int(good[2:4])
    other = pick(*[n for n in range(2, 99) if n != check])
    bad = f"{good[:2]}{other:02d}{good[4:]}"
    assert not iban_ok(bad)
    return pick(by4, lambda s: s)(bad)


# ---- e-mails ----
def email():
    first, last = pick("agnieszka", "mikko", "sipho", "chiamaka", "yerlan", "mateo", "hana", "bao", "ingrid", "oren"), pick("nowak", "virtanen", "dlamini", "okeke", "sato", "kim", "haugen", "levi")
    return f"{pick(first, first + '.' + last, first[0] + last, last + '.' + first)}@{pick('firma.pl', 'yritys.fi', 'mail.co.za', 'corp.example.jp', 'outlook.com', 'example.com.mx')}"


# ---- secrets: vendors' documented formats ----
B64 = AN + "+/"
SECRETS = {
    "npm": lambda: "npm_" + rand_token(36),
    "pypi": lambda: "pypi-AgEIcHlwaS5vcmc" + rand_token(rng.randint(120, 160), URLSAFE),
    "dockerhub": lambda: "dckr_pat_" + rand_token(27, URLSAFE),
    "huggingface": lambda: "hf_" + rand_token(34, UP + LO),
    "shopify": lambda: pick("shpat_", "shpss_", "shpca_") + hexs(32),
    "mailgun": lambda: "key-" + hexs(32),
    "digitalocean": lambda: pick("dop_v1_", "doo_v1_") + hexs(64),
    "heroku": lambda: "HRKU-AA" + rand_token(58, URLSAFE),
    "atlassian": lambda: "ATATT3xFfGF0" + rand_token(174, URLSAFE) + "=" + hexs(8).upper(),
    "bitbucket": lambda: "ATBB" + rand_token(32),
    "okta": lambda: "00" + rand_token(40, URLSAFE),
    "square": lambda: pick(lambda: "EAAA" + rand_token(60, URLSAFE), lambda: "sq0atp-" + rand_token(22, URLSAFE), lambda: "sq0csp-" + rand_token(43, URLSAFE))(),
    "braintree": lambda: f"access_token$production${draw(16, LO + DI)}${hexs(32)}",
    "discord": lambda: pick("MT", "OD", "MT", "Nz") + rand_token(22, AN) + "." + rand_token(6, URLSAFE) + "." + rand_token(38, URLSAFE),
    "telegram": lambda: f"{nz(pick(9, 10))}:AA{rand_token(33, URLSAFE)}",
    "replicate": lambda: "r8_" + rand_token(37),
    "openrouter": lambda: "sk-or-v1-" + hexs(64),
    "langsmith": lambda: f"lsv2_{pick('pt', 'sk')}_{hexs(32)}_{hexs(10)}",
    "buildkite": lambda: "bkua_" + hexs(40),
    "shippo": lambda: "shippo_live_" + hexs(40),
    "easypost": lambda: "EZAK" + rand_token(54),
    "adafruit": lambda: "aio_" + rand_token(28),
    "dropbox": lambda: "sl." + rand_token(rng.randint(130, 150), URLSAFE),
    "cloudflare_ca": lambda: f"v1.0-{hexs(24)}-{hexs(146)}",
    "asana": lambda: f"2/{nz(16)}/{nz(16)}:{hexs(32)}",
    "circleci": lambda: f"CCIPAT_{rand_token(22)}_{hexs(40)}",
    "clojars": lambda: "CLOJARS_" + hexs(60),
    "datadog": lambda: hexs(32),
    "generic": lambda: rand_token(pick(24, 32, 40, 48), URLSAFE),
    "b64": lambda: rand_token(pick(32, 44), B64).rstrip("/+") + "=",
    "password": lambda: rand_token(rng.randint(12, 18), AN + "!#%*+-_@"),
}


# ---- look-alikes ----
def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{pick('8', '9', 'a', 'b')}{h[17:20]}-{h[20:]}"


def imei():
    body = pick("35", "86", "01") + d(12)
    return body + luhn_check_digit(body)


LOOK = {
    "order": lambda: pick(f"{nz(3)}-{d(7)}-{d(7)}", f"ORD-{d(8)}", f"#{nz(6)}", f"SO{nz(7)}", f"{nz(10)}"),
    "ticket": lambda: pick(f"INC{d(7)}", f"#{nz(5)}", f"TCK-{nz(6)}", f"SR-{d(4)}-{nz(5)}", f"{nz(8)}"),
    "invoice": lambda: pick(f"INV-{rng.randint(2024, 2026)}-{d(5)}", f"RE-{nz(8)}", f"FV/{d(4)}/12/2026", f"{nz(3)}/{d(3)}/{d(4)}", f"F{nz(9)}"),
    "tracking": lambda: pick(f"1Z{draw(6, UP + DI)}{d(10)}", f"{nz(4)} {d(4)} {d(4)}", f"JD{d(18)}", f"{nz(2)}{d(2)} {d(4)} {d(4)} {d(4)} {d(4)} {d(2)}", f"LX{d(9)}CN"),
    "part": lambda: pick(f"{nz(3)}-{d(3)}-{d(3)}", f"P/N {nz(5)}-{d(3)}", f"{draw(3, UP)}-{d(4)}-{d(2)}", f"{nz(4)}.{d(3)}.{d(3)}"),
    "customer": lambda: pick(f"{nz(7)}", f"K-{nz(6)}", f"CUST{d(6)}"),
    "customer_spaced": lambda: f"{nz(3)} {d(3)} {d(3)}",
    "date": lambda: pick(f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026",
                         f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026", f"2026/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}"),
    "time": lambda: pick(f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}", f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"),
    "stamp": lambda: f"2026-12-{rng.randint(1, 5):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{d(3)}Z",
    "version": lambda: pick(f"{rng.randint(1, 20)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}", f"v{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}-rc.{rng.randint(1, 5)}",
                            f"{rng.randint(10, 30)}.{rng.randint(1, 12)}.{d(4)}.{d(3)}"),
    "amount": lambda: pick(f"{nz(1)} {d(3)},{d(2)} zł", f"SEK {nz(2)} {d(3)}", f"{nz(2)}.{d(3)},{d(2)} €", f"¥{nz(3)},{d(3)}", f"R$ {nz(1)}.{d(3)},{d(2)}",
                           f"CHF {nz(4)}.{d(2)}", f"₺{nz(2)}.{d(3)}", f"{nz(3)} {d(3)} ₽", f"MXN ${nz(2)},{d(3)}.{d(2)}", f"NOK {nz(2)} {d(3)},-"),
    "postcode": lambda: pick(f"{nz(2)}-{d(3)}", f"{nz(3)} {d(2)}", f"{nz(4)} {draw(2, UP)}", f"{nz(3)}-{d(4)}", f"{nz(5)}-{d(3)}", f"{nz(6)}", f"SW1A {nz(1)}AA", f"{nz(4)}"),
    "bic": lambda: pick("DEUTDEFF", "COBADEFFXXX", "NDEAFIHH", "BPOTBEB1", "ABNANL2A", "INGBNL2A", "UBSWCHZH80A", "PKOPPLPW", "ESSESESS", "DABADKKK", "BOFIIE2D", "CAIXESBBXXX"),
    "vat": lambda: pick(f"DE{nz(9)}", f"PL{nz(10)}", f"SE{nz(10)}01", f"NL{nz(9)}B01", f"BE0{nz(9)}", f"ATU{nz(8)}", f"FI{nz(8)}", f"DK{nz(8)}", f"CHE-{nz(3)}.{d(3)}.{d(3)} MWST"),
    "imei": imei,
    "bad_card": bad_card,
    "bad_iban": bad_iban,
    "sha256": lambda: hexs(64),
    "sha1": lambda: hexs(40),
    "md5": lambda: hexs(32),
    "uuid": uuid4,
    "mac": lambda: ":".join(hexs(2) if i % 2 else draw(2, HEX) for i in range(6)),
    "coords": lambda: f"{rng.randint(10, 69)}.{d(5)}, {rng.randint(10, 150)}.{d(5)}",
    "epoch": lambda: f"17{d(8)}",
    "epoch_ms": lambda: f"17{d(11)}",
    "sku": lambda: f"{draw(3, UP)}-{nz(4)}-{draw(2, UP)}",
    "ean": lambda: pick("5901234123457", "4006381333931", "7311041013502", "8710398501234", "4901234567894"),
}


T = []


def t(lang, text):
    T.append((lang, text))


# ======== phones: national and E.164 forms, with/without a phone word, glued, far ========
# -- signatures and contact blocks (no phone word on the line, or a one-letter label) --
t("en", "Kind regards,\nAgnieszka Nowak\nKey Account Manager | Northwind Polska\n{P:pl}\n{E:any}")
t("sv", "Med vänliga hälsningar\nIngrid Haugen\nKundtjänst, Order [[{K:order}]]\nMobil {P:se}\nVäxel {P:se}")
t("no", "Vennlig hilsen\nIngrid Haugen\nNorthwind AS | Org.nr [[{K:customer}]]\n{P:no}")
t("da", "Med venlig hilsen\nOren Levi\nTlf. {P:dk}\nFaktura [[{K:invoice}]]")
t("fi", "Ystävällisin terveisin\nMikko Virtanen\npuh. {P:fi}\nPostinumero [[{K:postcode}]]")
t("en", "--\nSipho Dlamini\nRegional Sales, Johannesburg\nM {P:za} | O {P:za}")
t("en", "Best,\nChiamaka Okeke\nOps Lead, Lagos\n{P:ng}")
t("en", "Hana Sato\nTokyo Office\nTEL:{P:jp}\nFAX:{P:jp}")
t("ko", "김하나 드림\n영업팀\n전화: {P:kr}\n주문번호 [[{K:order}]]")
t("zh", "王宝\n上海办事处\n电话：{P:cn}\n订单号 [[{K:order}]]")
t("en", "Bao Nguyen | Account Executive | Ho Chi Minh City\n{P:vn}")
t("en", "Thanks!\nMateo\n{P:mx}\nPedido [[{K:order}]]")
t("es", "Saludos,\nMateo Ruiz\nCel: {P:ar}\nFactura [[{K:invoice}]]")
t("es", "Atte.\nCamila Soto\nSantiago de Chile\n{P:cl}")
t("en", "Regards,\nOren Levi\nTel Aviv office\n{P:il}")
t("en", "Yerlan Sato\nAlmaty branch\nTel.:{P:kz}")
t("en", "Regards, Dubai team\nMob: {P:ae}\nOffice: {P:ae}")
t("en", "Riyadh office\nPhone {P:sa}\nCR No. [[{K:customer}]]")
t("tr", "Saygılarımla,\nAyşe Yılmaz\nTel: {P:tr}\nSipariş no: [[{K:order}]]")
t("en", "Cheers,\nLiam\nAuckland\n{P:nz}")
t("en", "Sydney support desk\n{P:au}\nABN [[51 824 753 556]]")
t("en", "Regards,\nSiobhan\nDublin 2, [[D02 X285]]\n{P:ie}")
# -- glued labels --
t("de", "Rückfragen gern an Tel:{P:de_glue} oder per Mail.")
t("de", "Kontakt: Frau Berg, tel.{P:de_glue}, Auftrag [[{K:order}]]")
t("en", "Contact: Mr Kowalski Tel:{P:pl} (office hours [[9:00-17:00]])")
t("en", "Ph:{P:au} | Order [[{K:order}]]")
t("en", "Mob:{P:ie}")
t("nl", "Tel.{P:nl} — klantnummer [[{K:customer}]]")
t("fr", "Tél.:{P:be}, TVA [[{K:vat}]]")
t("it", "Tel.{P:ch} — n. ordine [[{K:order}]]")
t("pt", "Tlm:{P:pt}, fatura [[{K:invoice}]]")
t("en", "phone:{P:sa}")
# -- phone word before, in sentences about other things --
t("en", "Ticket [[{K:ticket}]]: the customer in Kraków asked for a callback on {P:pl} about the refund of [[{K:amount}]].")
t("en", "The courier in Helsinki will call {P:fi} before delivering parcel [[{K:tracking}]].")
t("de", "Bitte rufen Sie Herrn Gruber unter {P:at} zurück, es geht um die Rechnung [[{K:invoice}]].")
t("fr", "Le client belge souhaite être rappelé au {P:be} pour la commande [[{K:order}]].")
t("es", "Por favor llame al cliente al {P:co}, el pedido [[{K:order}]] llegó dañado.")
t("es", "Whatsapp del comprador: {P:pe}. Pedido [[{K:order}]] del [[{K:date}]].")
t("pt", "Ligue para a cliente no {P:pt} sobre a encomenda [[{K:order}]].")
t("en", "Please text the driver at {P:my} when the pallet [[{K:part}]] is ready.")
t("en", "Call the Manila warehouse on {P:ph} to confirm invoice [[{K:invoice}]].")
t("en", "Our Jakarta agent is on {P:id}; her ticket is [[{K:ticket}]].")
t("en", "The Karachi supplier's mobile is {P:pk} and the PO is [[{K:order}]].")
t("en", "Reach the Nairobi office on {P:ke} for the shipment [[{K:tracking}]].")
t("en", "The Cairo partner asked us to call {P:eg} after [[{K:time}]].")
t("en", "WhatsApp {P:th} to reschedule appointment [[{K:ticket}]].")
t("en", "Customer in Taipei: please call {P:tw}; warranty claim [[{K:ticket}]].")
t("ru", "Позвоните, пожалуйста, по номеру {P:ru}, заказ № [[{K:order}]].")
t("ru", "Горячая линия: {P:ru800} (звонок бесплатный).")
t("en", "Our Moscow hotline is {P:ru800}, free of charge within Russia.")
t("uk", "Телефон менеджера: {P:ua}, рахунок [[{K:invoice}]].")
t("cs", "Volejte prosím na {P:cz} kvůli objednávce [[{K:order}]].")
t("ja", "お問い合わせは {P:jp} までお電話ください。注文番号 [[{K:order}]]")
# -- phone word far after the number, or no phone word at all --
t("en", "{P:se} is the number I can be reached on after 5 pm, re order [[{K:order}]].")
t("en", "Re the ticket: {P:no} is the best number to reach me during the day.")
t("en", "Ticket [[{K:ticket}]] update — {P:dk} (that's my personal mobile, not the office line).")
t("en", "For the refund of order [[{K:order}]], {P:ch} works any weekday; that is my direct number.")
t("en", "The Toronto client left {P:nanp} on the order form [[{K:order}]].")
t("en", "Escalation contact for ticket [[{K:ticket}]]: Hana Kim, {P:kr}.")
t("en", "Ship to: Ingrid Haugen, Storgata 5, [[0155]] Oslo, {P:no}")
t("en", "Delivery address: 12 Queen St, Auckland [[1010]], contact {P:nz}")
t("en", "Vendor: Sipho Traders (Pty) Ltd, reg [[2019/123456/07]], {P:za}")
# ======== multi-line records: CRM exports, CSV/TSV, JSON/YAML, logs, forms ========
t("en", "name,country,phone,last_order\nMikko Virtanen,FI,{P:fi},[[{K:order}]]\nAgnieszka Nowak,PL,{P:pl},[[{K:order}]]\nOren Levi,IL,{P:il},[[{K:order}]]")
t("en", "Sipho Dlamini;ZA;{P:za};[[{K:date}]]\nChiamaka Okeke;NG;{P:ng};[[{K:date}]]\nBao Nguyen;VN;{P:vn};[[{K:date}]]")
t("en", "id\tname\tmobile\tpostcode\n[[{K:customer}]]\tHana Sato\t{P:jp}\t[[{K:postcode}]]\n[[{K:customer}]]\tMin-jun Kim\t{P:kr}\t[[{K:postcode}]]")
t("en", "[[{K:customer}]]\tIngrid Haugen\t{P:no}\tOslo\n[[{K:customer}]]\tLars Jensen\t{P:dk}\tAarhus")
t("en", "{\"contact\": {\"name\": \"Yerlan S.\", \"phone\": \"{P:kz}\", \"order\": \"[[{K:order}]]\"}}")
t("en", "{\"name\":\"Bao N.\",\"tel\":\"{P:vn}\",\"created\":\"[[{K:stamp}]]\"}")
t("en", "contact:\n  name: Mateo Ruiz\n  mobile: \"{P:mx}\"\n  customer_id: [[{K:customer}]]\nversion: [[{K:version}]]")
t("en", "customer:\n  name: Camila Soto\n  phone: {P:cl}\n  postcode: \"[[{K:postcode}]]\"")
t("en", "[[{K:stamp}]] INFO  sms.sender queued message to={P:au} template=otp ticket=[[{K:ticket}]]")
t("en", "[[{K:stamp}]] WARN  callback failed number={P:ua} attempt=3 order=[[{K:order}]]")
t("en", "2026-12-05 06:31:02,114 DEBUG twilio: outbound call to {P:mx} status=completed duration=[[{K:time}]]")
t("en", "Name: ______ Oren Levi ______\nPhone: _ {P:il} _\nDate: [[{K:date}]]")
t("en", "CUSTOMER  NAME   Ayşe   Yılmaz\nTEL       {P:tr}\nINVOICE   [[{K:invoice}]]")
t("en", "Ticket [[{K:ticket}]]\nOpened: [[{K:stamp}]]\nCustomer: Bao Nguyen\nCallback: {P:th}\nSummary: parcel [[{K:tracking}]] stuck in customs")
t("de", "Kunde: Gruber GmbH\nKundennr.: [[{K:customer}]]\nAnsprechpartner: Hr. Gruber\nTelefon: {P:at}\nPLZ: [[{K:postcode}]]")
t("fr", "Réf. dossier : [[{K:ticket}]]\nNom : Mme Dubois\nTél. portable : {P:be}\nMontant : [[{K:amount}]]")
t("es", "Nº de pedido: [[{K:order}]]\nCliente: Lucía Pérez\nTeléfono: {P:co}\nFecha: [[{K:date}]]")
t("pt", "Cliente: Rui Costa\nNIF: [[{K:customer}]]\nTelemóvel: {P:pt}\nCódigo postal: [[{K:postcode}]]")
t("nl", "Klant: De Vries BV\nKvK: [[{K:customer}]]\nTelefoon: {P:nl}\nBTW: [[{K:vat}]]")
t("it", "Cliente: Rossi S.r.l.\nP.IVA [[{K:customer}]]\nCellulare: {P:ch}\nOrdine [[{K:order}]]")
t("pl", "Zamówienie nr [[{K:order}]]\nOdbiorca: Jan Kowalski\nTel. kom. {P:pl}\nKod pocztowy: [[{K:postcode}]]")
# ======== cards: spaced, dashed, split, near expiry/CVV, CSV ========
t("en", "Card number: {C:split}\nExpiry: [[{K:date}]]")
t("en", "Payment details\nCardholder: Hana Sato\nCard: {C:space}\nExp: [[09/29]]   CVV: 417")
t("en", "Please charge {C:dash} exp 11/28 cvc 902 for invoice [[{K:invoice}]].")
t("en", "order_id,amount,card,exp\n[[{K:order}]],[[{K:amount}]],{C:bare},[[12/27]]\n[[{K:order}]],[[{K:amount}]],{C:bare},[[03/29]]")
t("en", "{\"payment\": {\"pan\": \"{C:bare}\", \"exp_month\": 7, \"exp_year\": 2029}, \"order\": \"[[{K:order}]]\"}")
t("en", "payment:\n  card_number: \"{C:any}\"\n  holder: Mikko Virtanen\n  invoice: [[{K:invoice}]]")
t("en", "[[{K:stamp}]] ERROR payment gateway rejected pan={C:bare} reason=do_not_honor order=[[{K:order}]]")
t("en", "Amex {C:amex} on file for corporate account [[{K:customer}]].")
t("en", "Diners Club {C:diners} expires [[{K:date}]].")
t("de", "Kreditkarte: {C:space}, gültig bis 08/28, Prüfnummer 331")
t("fr", "Carte bancaire : {C:space} — date d'expiration [[{K:date}]]")
t("es", "Tarjeta {C:dash}, caduca 05/30, pedido [[{K:order}]]")
t("ru", "Номер карты: {C:space}, срок действия 10/28")
t("en", "CARD NO  {C:space}\nVALID THRU  [[06/28]]")
t("en", "Ticket [[{K:ticket}]]: customer pasted {C:any} into the chat; please purge it.")
# card look-alikes
t("en", "Test card [[{K:bad_card}]] fails Luhn and must be rejected; so does [[{K:bad_card}]].")
t("en", "IMEI [[{K:imei}]] is blacklisted; device serial [[{K:sku}]].")
t("en", "Tracking [[{K:tracking}]], shipped [[{K:date}]] at [[{K:time}]].")
t("en", "event_id=[[{K:epoch_ms}]] user=[[{K:uuid}]] build=[[{K:version}]]")
t("en", "EAN [[{K:ean}]], part [[{K:part}]], price [[{K:amount}]].")
# ======== IBANs of many countries ========
t("en", "Bank details for invoice [[{K:invoice}]]:\nIBAN {B:spaced}\nBIC [[{K:bic}]]")
t("de", "Bankverbindung\nIBAN: {B:spaced}\nBIC: [[{K:bic}]]\nUSt-IdNr.: [[{K:vat}]]")
t("fr", "Coordonnées bancaires — IBAN : {B:spaced} — BIC [[{K:bic}]]")
t("es", "Transferencia a la cuenta {B:compact} antes del [[{K:date}]].")
t("it", "Bonifico su IBAN {B:compact}, causale ordine [[{K:order}]].")
t("pl", "Numer rachunku: {B:spaced}, tytuł: faktura [[{K:invoice}]]")
t("en", "supplier,iban,bic\nNorthwind AS,{B:compact},[[{K:bic}]]\nSipho Traders,{B:compact},[[{K:bic}]]\nVirtanen Oy,{B:compact},[[{K:bic}]]")
t("en", "{\"beneficiary\": \"Oren Levi\", \"iban\": \"{B:compact}\", \"amount\": \"[[{K:amount}]]\"}")
t("en", "payee:\n  name: Ayşe Yılmaz\n  iban: {B:spaced}\n  reference: [[{K:invoice}]]")
t("en", "Refund to {B:dashed} as requested in ticket [[{K:ticket}]].")
t("en", "my iban is {B:lower}")
t("en", "Account: {B:any}\nReference: [[{K:order}]]\nAmount: [[{K:amount}]]")
t("nl", "Graag overmaken naar {B:spaced} o.v.v. factuurnummer [[{K:invoice}]].")
t("sv", "Betala till IBAN {B:spaced}, OCR [[{K:customer}]].")
t("en", "Wire {B:compact} / swift [[{K:bic}]] / ref [[{K:order}]]")
# IBAN look-alikes
t("en", "The check digits of [[{K:bad_iban}]] are wrong, so the bank returned the transfer.")
t("en", "Sample from the docs: [[{K:bad_iban}]] (invalid on purpose).")
t("de", "Die IBAN [[{K:bad_iban}]] ist ungültig (Prüfziffer falsch).")
# ======== SSNs glued to their label, in forms ========
t("en", "SSN:{N:dash}")
t("en", "SSN#{N:none}")
t("en", "SSN-{N:dash} (from the W-2)")
t("en", "Employee: Dana Reyes\nDOB: [[{K:date}]]\nSSN:{N:dash}\nStart date: [[{K:date}]]")
t("en", "Applicant SSN#:{N:none} Case [[{K:ticket}]]")
t("en", "SOCIAL SECURITY NO.{N:dash}")
t("en", "Form W-9\nName: Oren Levi\nTaxpayer identification number (SSN): {N:space}\nAccount [[{K:customer}]]")
t("en", "emp_id,name,ssn,hired\n[[{K:customer}]],Dana Reyes,{N:dash},[[{K:date}]]\n[[{K:customer}]],Lee Park,{N:none},[[{K:date}]]")
t("en", "{\"patient\": \"R. Chen\", \"ssn\":\"{N:dash}\", \"mrn\": \"[[{K:customer}]]\"}")
# SSN look-alikes
t("en", "Part number [[{K:part}]] ships with serial [[{K:sku}]].")
t("en", "Invalid SSNs for tests: [[000-12-3456]], [[666-45-6789]], [[912-34-5678]].")
# ======== secrets: documented vendor prefixes, bare and in config ========
t("en", "I accidentally pushed my npm token {S:npm} to the public repo, can you help me rotate it?")
t("en", "Upload failed with {S:pypi} — is the token scoped to the project?")
t("en", "docker login -u builder --password-stdin <<< {S:dockerhub}")
t("en", "HF download works with {S:huggingface} but not in CI.")
t("en", "Shopify app install: {S:shopify}")
t("en", "Our old Mailgun key {S:mailgun} still sends mail, please revoke it.")
t("en", "doctl auth init -t {S:digitalocean}")
t("en", "heroku auth token: {S:heroku}")
t("en", "Jira automation uses {S:atlassian} for the REST calls.")
t("en", "git clone https://ci-bot:{S:bitbucket}@bitbucket.org/acme/app.git")
t("en", "Authorization: SSWS {S:okta}")
t("en", "Square sandbox said 401 with {S:square}.")
t("en", "BRAINTREE_TOKEN=\"{S:braintree}\"")
t("en", "bot.run('{S:discord}')")
t("en", "curl https://api.telegram.org/bot{S:telegram}/getMe")
t("en", "The Replicate token {S:replicate} belongs to the old team.")
t("en", "export OPENROUTER_API_KEY={S:openrouter}")
t("en", "LangSmith tracing uses {S:langsmith} in staging.")
t("en", "steps:\n  - command: upload\n    env:\n      BUILDKITE_TOKEN: {S:buildkite}")
t("en", "shipping:\n  provider: shippo\n  token: {S:shippo}\n  timeout: 30")
t("en", "EasyPost prod key {S:easypost} — rotate after the incident [[{K:ticket}]].")
t("en", "mqtt password {S:adafruit}")
t("en", "[[{K:stamp}]] DEBUG dropbox: refreshed access token {S:dropbox}")
t("en", "Origin CA key: {S:cloudflare_ca}")
t("en", "Asana PAT {S:asana} has workspace admin rights.")
t("en", "circleci token {S:circleci}")
t("en", "deploy-token {S:clojars}")
t("en", "datadog:\n  api_key: {S:datadog}\n  site: datadoghq.eu")
t("de", "Unser npm-Token {S:npm} ist abgelaufen, bitte neu ausstellen.")
t("fr", "Voici le jeton Hugging Face : {S:huggingface}")
t("es", "El token del bot de Telegram es {S:telegram}")
t("pt", "O token do Discord vazou: {S:discord}")
t("ja", "Shopifyのアクセストークン: {S:shopify}")
# -- generic key=/token:/secret in config --
t("en", "[service]\nendpoint = https://api.example.com/v2\nsecret = {S:generic}\nretries = 5")
t("en", "app.auth.token={S:generic}\napp.http.timeout=[[3000]]")
t("en", "WEBHOOK_SIGNING_KEY={S:b64}\nLOG_LEVEL=info\nBUILD=[[{K:version}]]")
t("en", "credentials:\n  client_id: [[{K:uuid}]]\n  client_secret: {S:generic}")
t("en", "{\"auth\": {\"token\": \"{S:generic}\", \"expires\": \"[[{K:stamp}]]\"}}")
t("en", "license_key: {S:generic}\nseats: 25")
t("de", "Der geheime Schlüssel lautet {S:generic}.")
t("nl", "api_key: {S:generic}  # productie")
t("en", "db:\n  user: app\n  password: {S:password}\n  port: [[5432]]")
# secret look-alikes and placeholders
t("en", "Set NPM_TOKEN to [[npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX]] in your shell.")
t("en", "token: [[<your-hugging-face-token>]]")
t("en", "api_key = \"[[${DATADOG_API_KEY}]]\"")
t("en", "commit [[{K:sha1}]], image digest sha256:[[{K:sha256}]]")
t("en", "file checksum (md5) [[{K:md5}]]")
t("en", "request_id=[[{K:uuid}]] trace=[[{K:sha1}]]")
t("en", "Bot token placeholder: [[123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]]")
t("en", "device mac [[{K:mac}]], location [[{K:coords}]]")
# ======== phone look-alikes in records ========
t("en", "Order [[{K:order}]] / invoice [[{K:invoice}]] / tracking [[{K:tracking}]]")
t("de", "Bestellnummer [[0711 4533 9812]], Lieferdatum [[{K:date}]].")
t("ru", "Заказ № [[{K:order}]] от [[{K:date}]], сумма [[{K:amount}]].")
t("ja", "注文番号 [[{K:order}]]、金額 [[{K:amount}]]。")
t("en", "Customer number [[{K:customer_spaced}]], contract [[{K:customer_spaced}]], postcode [[{K:postcode}]].")
t("en", "Release [[{K:version}]] built at [[{K:stamp}]] (epoch [[{K:epoch}]]).")
t("pl", "Faktura nr [[{K:invoice}]] na kwotę [[{K:amount}]], NIP [[{K:vat}]].")
t("sv", "Ordernummer [[{K:order}]], leverans [[{K:date}]], belopp [[{K:amount}]].")
t("es", "Pedido [[{K:order}]], total [[{K:amount}]], CP [[{K:postcode}]].")
t("en", "sku,qty,price\n[[{K:sku}]],12,[[{K:amount}]]\n[[{K:sku}]],3,[[{K:amount}]]")
t("en", "Meeting at [[{K:time}]] on [[{K:date}]], room [[4.12]], dial-in code [[{K:customer}]].")
t("en", "Part [[{K:part}]] replaces part [[{K:part}]] (see bulletin [[{K:ticket}]]).")

# ======== more multi-line records mixing types (tickets, exports, OCR-like spacing) ========
t("en", "From: {E:any}\nSubject: Refund for order [[{K:order}]]\n\nHi, please refund to my card {C:space} or IBAN {B:spaced}.\nYou can call me on {P:se}.\nThanks")
t("en", "#### Support ticket [[{K:ticket}]] ####\nCustomer: Chiamaka Okeke\nPhone: {P:ng}\nCard (last charge): {C:dash}\nStatus: waiting on customer since [[{K:date}]]")
t("en", "CRM export [[{K:date}]]\n---\nAccount: [[{K:customer}]]\nPrimary phone: {P:ar}\nSecondary: {P:ar}\nOwner: m.ruiz")
t("en", "Contact,Phone,IBAN\nVirtanen Oy,{P:fi},{B:compact}\nHaugen AS,{P:no},{B:compact}")
t("en", "I B A N :  {B:spaced}\nB I C :  [[{K:bic}]]")
t("en", "CARD  NUMBER\n{C:space}\nEXPIRES  [[{K:date}]]   SECURITY CODE  [[***]]")
t("en", "RE: RE: delivery [[{K:tracking}]]\n> Please call me back\n> {P:kr}\n> Min-jun")
t("en", "- name: Bao Nguyen\n  phone: \"{P:vn}\"\n- name: Hana Sato\n  phone: \"{P:jp}\"\n- name: Ali Khan\n  phone: \"{P:pk}\"")
t("en", "[{\"name\": \"Sipho\", \"msisdn\": \"{P:za}\"}, {\"name\": \"Wanjiru\", \"msisdn\": \"{P:ke}\"}]")
t("en", "[[{K:stamp}]] INFO  kyc: verified applicant ssn={N:none} dob=[[{K:date}]] request=[[{K:uuid}]]")
t("en", "Dear team,\nthe new supplier's bank account is {B:spaced} and their accounts desk is on {P:cz}.\nInvoice [[{K:invoice}]] is attached.\nBest, Ops")
t("de", "Sehr geehrte Damen und Herren,\nbitte überweisen Sie den Betrag von [[{K:amount}]] auf {B:spaced}.\nBei Fragen: {P:ch}\nMit freundlichen Grüßen")
t("fr", "Bonjour,\nmerci de rembourser la carte {C:space} (commande [[{K:order}]]).\nJe reste joignable au {P:be}.\nCordialement")
t("es", "Hola,\nmi número es {P:mx} y mi cuenta para la devolución es {B:compact}.\nGracias")
t("pt", "Olá,\no meu contacto é {P:pt}\nIBAN: {B:spaced}\nEncomenda [[{K:order}]]")
t("nl", "Beste,\nmijn IBAN is {B:spaced} en mijn mobiele nummer {P:nl}.\nGroet, Sanne")
t("it", "Buongiorno,\nIBAN per il rimborso: {B:compact}\nCellulare: {P:ch}\nGrazie")
t("pl", "Dzień dobry,\nproszę o zwrot na konto {B:spaced}.\nTel. {P:pl}\nPozdrawiam")
t("en", "Patient intake\nName: R. Chen\nSSN: {N:dash}\nEmergency contact: {P:au}\nInsurance ID: [[{K:sku}]]")
t("en", "Order notes ([[{K:order}]]):\n* deliver after [[{K:time}]]\n* customer mobile {P:tr}\n* paid by card {C:any}")
t("en", "user_id\tphone\tsignup\n[[{K:customer}]]\t{P:eg}\t[[{K:date}]]\n[[{K:customer}]]\t{P:sa}\t[[{K:date}]]")
t("en", "Telegram alerts\nbot_token: {S:telegram}\nchat_id: [[-100{K:customer}]]")
t("en", ".npmrc\n//registry.npmjs.org/:_authToken={S:npm}\nsave-exact=true")
t("en", "~/.docker/config.json\n{\"auths\": {\"docker.io\": {\"auth\": \"\"}}, \"credsStore\": \"\"}\nDOCKER_TOKEN={S:dockerhub}")
t("en", "HEROKU_API_KEY={S:heroku}\nSHOPIFY_ACCESS_TOKEN={S:shopify}\nNODE_ENV=production")
t("en", "Ticket [[{K:ticket}]]\nThe customer's Okta admin pasted this: 'SSWS {S:okta}'\nPlease rotate.")


PAT = re.compile(r"\{([SP]):(\w+)\}|\[\[(.*?)\]\](?!\])|<<(\w+):(.*?)>>", re.S)
SLOTS = {"N": ("SSN", SSNS), "E": ("EMAIL", {"any": email}), "C": ("CREDIT_CARD", CARDS), "B": ("IBAN", IBANS)}


def fill(text):
    # This set's own slots expand to literal <<TYPE:value>> values so that the shared filler labels them.
    text = re.sub(r"\{([NECB]):(\w+)\}", lambda m: f"<<{SLOTS[m.group(1)][0]}:{SLOTS[m.group(1)][1][m.group(2)]()}>>", text)
    row = fill_template(text, PAT, LOOK, SECRETS, PHONES)
    for p in row["pii"]:
        assert row["text"].count(p["value"]) >= 1, p
        if p["type"] == "CREDIT_CARD":
            assert luhn_ok(p["value"]), p
        if p["type"] == "IBAN":
            assert iban_ok(p["value"].upper().replace("-", "")), p
    for k in row["keep"]:
        assert k in row["text"], k
    return row


def main():
    rows = [fill(text) for _, text in T]
    non_english = sum(1 for lang, _ in T if lang != "en")
    records = sum(1 for _, text in T if "\n" in text)
    print(f"{len(T)} templates, {non_english} not English ({non_english / len(T):.0%}), {records} multi-line ({records / len(T):.0%})")
    write_set(rows, rng, "pii-dev8.jsonl")


if __name__ == "__main__":
    main()
