#!/usr/bin/env python3
"""Generates the labelled redaction corpus (redaction-corpus.jsonl) deterministically.

Values are generated from the published formats (Luhn for cards, ISO 13616 mod-97 for IBANs, SSA rules for SSNs,
NANP/E.164 for phones, RFC 4291/5952 for IPv6, the vendors' documented token shapes for secrets) and embedded in
varied sentences. Near-misses are values that look similar but are not sensitive: checksum failures, invalid SSN
ranges, dates, times, versions, prices, order/tracking numbers, ISBNs, UUIDs, hex ids, public certificates.
Hand-written cases live in HAND_WRITTEN at the end.

Each line: {"id", "text", "entities": [{"type", "start", "end", "value"}]} with offsets in UTF-16 code units
(what .NET strings use). Run: python3 generate_corpus.py > redaction-corpus.jsonl
"""
import base64
import json
import random
import string

rng = random.Random(20261126)

FIRST = ["john", "maria", "li", "ahmed", "sofia", "pierre", "anna", "raj", "olga", "kenji", "fatima", "lucas", "emma",
         "noah", "chen", "ines", "tomas", "aisha", "diego", "yuki", "sam", "zoe", "ivan", "nora"]
LAST = ["smith", "garcia", "wang", "khan", "rossi", "dubois", "novak", "patel", "ivanova", "tanaka", "silva", "brown",
        "muller", "kim", "lopez", "nguyen", "okafor", "jensen", "costa", "haddad"]
DOMAINS = ["example.com", "mail.example.org", "corp.acme.io", "university.edu", "gmail.com", "outlook.com",
           "company.co.uk", "startup.dev", "bank.de", "agency.gov", "shop.fr", "consulting.com.au", "tech.ai",
           "post.example.net", "health.org", "sub.mail.example.info"]


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


class Builder:
    """Builds a text from literal pieces and labelled values, tracking UTF-16 offsets."""

    def __init__(self):
        self.parts = []
        self.entities = []
        self.offset = 0

    def lit(self, s):
        self.parts.append(s)
        self.offset += utf16_len(s)
        return self

    def ent(self, etype, value):
        start = self.offset
        self.lit(value)
        self.entities.append({"type": etype, "start": start, "end": self.offset, "value": value})
        return self

    def text(self):
        return "".join(self.parts)


def fill(template, etype, value):
    """template has one {} where the value goes."""
    before, after = template.split("{}", 1)
    return Builder().lit(before).ent(etype, value).lit(after)


# ------------------------------------------------------------------ value generators

def digits(n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def luhn_check_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def card_number(valid=True):
    brand = rng.choice(["visa16", "visa13", "mc", "mc2", "amex", "discover", "discover65", "jcb", "diners", "unionpay"])
    prefix, length = {
        "visa16": ("4" + digits(5), 16),
        "visa13": ("4" + digits(5), 13),
        "mc": (str(rng.randint(51, 55)) + digits(4), 16),
        "mc2": (str(rng.randint(2221, 2720)) + digits(2), 16),
        "amex": (rng.choice(["34", "37"]) + digits(4), 15),
        "discover": ("6011" + digits(2), 16),
        "discover65": ("65" + digits(4), 16),
        "jcb": (str(rng.randint(3528, 3589)) + digits(2), 16),
        "diners": ("36" + digits(4), 14),
        "unionpay": ("62" + digits(4), 16),
    }[brand]
    body = prefix + digits(length - len(prefix) - 1)
    check = luhn_check_digit(body)
    if not valid:
        check = str((int(check) + rng.randint(1, 9)) % 10)
    return body + check, brand


def format_card(number, brand):
    style = rng.choice(["compact", "space", "dash", "space"])
    if style == "compact":
        return number
    sep = " " if style == "space" else "-"
    if brand == "amex":
        groups = [number[:4], number[4:10], number[10:]]
    elif brand == "diners":
        groups = [number[:4], number[4:10], number[10:]]
    else:
        groups = [number[i:i + 4] for i in range(0, len(number), 4)]
    return sep.join(groups)


def ssn(valid=True):
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    group = rng.randint(1, 99)
    serial = rng.randint(1, 9999)
    if not valid:
        kind = rng.choice(["area0", "area666", "area9", "group0", "serial0"])
        if kind == "area0":
            area = 0
        elif kind == "area666":
            area = 666
        elif kind == "area9":
            area = rng.randint(900, 999)
        elif kind == "group0":
            group = 0
        else:
            serial = 0
    return f"{area:03d}", f"{group:02d}", f"{serial:04d}"


def nanp_parts():
    while True:
        area = str(rng.randint(2, 9)) + str(rng.randint(0, 8)) + str(rng.randint(0, 9))
        if area[1:] != "11":
            break
    while True:
        exch = str(rng.randint(2, 9)) + digits(2)
        if exch[1:] != "11":
            break
    return area, exch, digits(4)


def nanp_phone():
    a, e, l = nanp_parts()
    return rng.choice([
        f"({a}) {e}-{l}", f"{a}-{e}-{l}", f"{a}.{e}.{l}", f"{a} {e} {l}", f"+1 {a} {e} {l}", f"+1-{a}-{e}-{l}",
        f"1-{a}-{e}-{l}", f"+1 ({a}) {e}-{l}", f"({a}){e}-{l}", f"+1.{a}.{e}.{l}",
    ])


def intl_phone():
    return rng.choice([
        lambda: f"+44 20 {digits(4)} {digits(4)}",
        lambda: f"+44 7{digits(3)} {digits(6)}",
        lambda: f"+49 30 {digits(8)}",
        lambda: f"+49 (0)89 {digits(7)}",
        lambda: f"+33 1 {digits(2)} {digits(2)} {digits(2)} {digits(2)}",
        lambda: f"+33 6 {digits(2)} {digits(2)} {digits(2)} {digits(2)}",
        lambda: f"+91 9{digits(4)} {digits(5)}",
        lambda: f"+91-9{digits(4)}-{digits(5)}",
        lambda: f"+81 3-{digits(4)}-{digits(4)}",
        lambda: f"+61 2 {digits(4)} {digits(4)}",
        lambda: f"+61 4{digits(2)} {digits(3)} {digits(3)}",
        lambda: f"+55 11 9{digits(4)}-{digits(4)}",
        lambda: f"+86 13{digits(1)} {digits(4)} {digits(4)}",
        lambda: f"+34 6{digits(2)} {digits(2)} {digits(2)} {digits(2)}",
        lambda: f"+39 06 {digits(4)} {digits(4)}",
        lambda: f"+31 20 {digits(3)} {digits(4)}",
        lambda: f"+52 55 {digits(4)} {digits(4)}",
        lambda: f"+353 1 {digits(3)} {digits(4)}",
        lambda: f"+27 21 {digits(3)} {digits(4)}",
        lambda: f"+971 4 {digits(3)} {digits(4)}",
        lambda: "+1" + "".join(nanp_parts()),
        lambda: f"+33.1.{digits(2)}.{digits(2)}.{digits(2)}.{digits(2)}",
        lambda: f"+46 8 {digits(3)} {digits(3)} {digits(2)}",
        lambda: f"+65 {digits(4)} {digits(4)}",
    ])()


IBAN_FORMATS = {  # country: BBAN pattern (n = digit, a = upper letter, c = alnum)
    "DE": "n" * 18, "GB": "aaaa" + "n" * 14, "FR": "n" * 23, "ES": "n" * 20, "IT": "a" + "n" * 22, "NL": "aaaa" + "n" * 10,
    "BE": "n" * 12, "CH": "n" * 17, "AT": "n" * 16, "PL": "n" * 24, "SE": "n" * 20, "NO": "n" * 11, "DK": "n" * 14,
    "IE": "aaaa" + "n" * 14, "PT": "n" * 21, "FI": "n" * 14, "LU": "nnn" + "c" * 13, "CZ": "n" * 20, "HU": "n" * 24,
    "RO": "aaaa" + "c" * 16, "GR": "n" * 23, "SA": "nn" + "c" * 18, "AE": "n" * 19, "TR": "n" * 22, "BR": "n" * 23 + "ac",
}


def iban_check(country, bban):
    rearranged = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in rearranged)
    return f"{98 - int(num) % 97:02d}"


def iban(valid=True):
    country = rng.choice(list(IBAN_FORMATS))
    bban = "".join(
        rng.choice(string.digits) if p == "n" else rng.choice(string.ascii_uppercase) if p == "a"
        else rng.choice(string.ascii_uppercase + string.digits) for p in IBAN_FORMATS[country])
    check = iban_check(country, bban)
    if not valid:
        check = f"{(int(check) + rng.randint(1, 90)) % 97 + 2:02d}"
        if check == iban_check(country, bban):
            check = f"{(int(check) + 1) % 97 + 2:02d}"
    compact = country + check + bban
    if rng.random() < 0.5:
        return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))
    return compact


def ipv4():
    kind = rng.choice(["private10", "private192", "public", "public", "loop", "cgnat"])
    if kind == "private10":
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind == "private192":
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind == "loop":
        return f"127.0.0.{rng.randint(1, 9)}"
    if kind == "cgnat":
        return f"100.{rng.randint(64, 127)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def hex_group():
    return format(rng.randint(0, 0xFFFF), "x")


def ipv6():
    kind = rng.choice(["full", "compressed", "doc", "linklocal", "v4mapped", "upper", "loopback"])
    if kind == "full":
        return ":".join(format(rng.randint(0, 0xFFFF), "04x") for _ in range(8))
    if kind == "compressed":
        return f"2001:db8:{hex_group()}::{hex_group()}:{hex_group()}"
    if kind == "doc":
        return f"2001:db8::{hex_group()}"
    if kind == "linklocal":
        return f"fe80::{hex_group()}:{hex_group()}:{hex_group()}:{hex_group()}"
    if kind == "v4mapped":
        return f"::ffff:{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind == "upper":
        return ":".join(format(rng.randint(0, 0xFFFF), "X") for _ in range(8))
    return "::1"


B62 = string.ascii_letters + string.digits
B64URL = B62 + "-_"


def rand(alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def openai_key():
    kind = rng.choice(["classic", "proj", "proj", "svc"])
    if kind == "classic":
        return "sk-" + rand(B62, 48)
    if kind == "proj":
        return "sk-proj-" + rand(B64URL, rng.choice([48, 64, 124, 156]))
    return "sk-svcacct-" + rand(B64URL, 64)


def aws_key():
    return rng.choice(["AKIA", "ASIA"]) + rand(string.ascii_uppercase + "234567", 16)


def github_token():
    if rng.random() < 0.25:
        return "github_pat_" + rand(B62, 22) + "_" + rand(B62, 59)
    return rng.choice(["ghp_", "gho_", "ghu_", "ghs_", "ghr_"]) + rand(B62, 36)


def slack_token():
    kind = rng.choice("baprs")
    return f"xox{kind}-{digits(12)}-{digits(13)}-{rand(B62, 24)}"


def google_key():
    return "AIza" + rand(B64URL, 35)


def stripe_key():
    prefix = rng.choice(["sk_live_", "pk_live_", "rk_live_", "sk_test_", "pk_test_"])
    return prefix + rand(B62, rng.choice([24, 34, 99]))


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def jwt():
    header = {"alg": rng.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    if rng.random() < 0.3:
        header["kid"] = rand(B62, 8)
    payload = {"sub": digits(8), "name": rng.choice(FIRST).title(), "iat": 1700000000 + rng.randint(0, 10 ** 7)}
    sig = b64url(bytes(rng.randrange(256) for _ in range(rng.choice([32, 64]))))
    return ".".join([b64url(json.dumps(header, separators=(",", ":")).encode()),
                     b64url(json.dumps(payload, separators=(",", ":")).encode()), sig])


def pem():
    label = rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY"])
    body = base64.b64encode(bytes(rng.randrange(256) for _ in range(rng.choice([120, 300, 600])))).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def email():
    f, l = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice([f"{f}.{l}", f"{f}_{l}", f"{f[0]}{l}", f"{f}{rng.randint(1, 99)}", f"{f}.{l}+{rng.choice(['news', 'work', 'x'])}",
                        f"{l}-{f}", f"{f.title()}.{l.title()}"])
    return f"{local}@{rng.choice(DOMAINS)}"


# ------------------------------------------------------------------ sentences

TEMPLATES = {
    "EMAIL": ["Please email {} with the report.", "Contact: {}", "My address is {} if you need it.",
              "Forwarding this from {}.", "cc {} on the thread", "Send the invoice to <{}> by Friday.",
              "The user ({}) reported a crash.", "{} wrote: thanks for the quick reply!"],
    "PHONE": ["Call me at {} tomorrow.", "Phone: {}", "You can reach our office on {} during business hours.",
              "My mobile is {}.", "Emergency contact {} (wife).", "Tel. {} ext. 12", "Ring {} after 6pm.",
              "The customer left {} as a callback number."],
    "CREDIT_CARD": ["My card number is {}.", "Charge it to {} please.", "Visa {} exp 09/27",
                    "Payment failed for card {} yesterday.", "Use {} for the hotel booking.",
                    "cc: {} cvv on the back", "The PAN {} was flagged by the processor.",
                    "I paid with {} but got charged twice."],
    "US_SSN": ["My SSN is {}.", "Social security number: {}", "SSN {} on file", "Employee ssn: {} (verify)",
               "Please update the social security no. to {} in the HR system.", "Taxpayer id {} was rejected."],
    "IBAN": ["Please wire the money to IBAN {}.", "Account: {}", "Bank details: {} (Sparkasse)",
             "Refund to {} please.", "Our IBAN is {} for SEPA transfers.", "Transfer to {} by Monday."],
    "IP_ADDRESS": ["The request came from {}.", "Server IP: {}", "Block {} at the firewall.",
                   "ssh admin@{}", "Connection refused by host {} on port 443.", "Client address {} hit the rate limit.",
                   "Ping {} to check the link."],
    "SECRET": ["Here is my key: {}", "export API_KEY={}", "The token {} leaked in the logs.",
               "config: token: \"{}\"", "Use {} for the staging environment.", "I accidentally committed {} to git.",
               "Authorization: Bearer {}", "key={}&mode=test"],
}

SECRET_GENERATORS = [("OPENAI_KEY", openai_key), ("AWS_ACCESS_KEY", aws_key), ("GITHUB_TOKEN", github_token),
                     ("SLACK_TOKEN", slack_token), ("GOOGLE_API_KEY", google_key), ("STRIPE_KEY", stripe_key),
                     ("JWT", jwt)]

records = []


def add(builder, kind):
    records.append({"id": f"{kind}-{len(records) + 1:04d}", "text": builder.text(), "entities": builder.entities})


def positives():
    for _ in range(30):
        add(fill(rng.choice(TEMPLATES["EMAIL"]), "EMAIL", email()), "pos")
    for _ in range(24):
        add(fill(rng.choice(TEMPLATES["PHONE"]), "PHONE", nanp_phone()), "pos")
    for _ in range(26):
        add(fill(rng.choice(TEMPLATES["PHONE"]), "PHONE", intl_phone()), "pos")
    for _ in range(36):
        number, brand = card_number()
        add(fill(rng.choice(TEMPLATES["CREDIT_CARD"]), "CREDIT_CARD", format_card(number, brand)), "pos")
    for _ in range(28):
        a, g, s = ssn()
        value = rng.choice([f"{a}-{g}-{s}", f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}"])
        add(fill(rng.choice(TEMPLATES["US_SSN"]), "US_SSN", value), "pos")
    for _ in range(30):
        add(fill(rng.choice(TEMPLATES["IBAN"]), "IBAN", iban()), "pos")
    for _ in range(18):
        add(fill(rng.choice(TEMPLATES["IP_ADDRESS"]), "IP_ADDRESS", ipv4()), "pos")
    for _ in range(18):
        add(fill(rng.choice(TEMPLATES["IP_ADDRESS"]), "IP_ADDRESS", ipv6()), "pos")
    for etype, gen in SECRET_GENERATORS:
        for _ in range(14):
            add(fill(rng.choice(TEMPLATES["SECRET"]), etype, gen()), "pos")
    for _ in range(12):
        b = Builder().lit(rng.choice(["Here is the deploy key:\n", "```\n", "cat id_rsa\n", "Can you check why this fails?\n"]))
        b.ent("PRIVATE_KEY", pem()).lit(rng.choice(["\n", "\n```", "\nThanks!", ""]))
        add(b, "pos")
    # Mixed: several values in one message.
    for _ in range(30):
        b = Builder()
        f = rng.choice(FIRST).title()
        b.lit(f"Hi, I'm {f}. You can email me at ").ent("EMAIL", email()).lit(" or call ").ent("PHONE", rng.choice([nanp_phone, intl_phone])())
        choice = rng.random()
        if choice < 0.33:
            number, brand = card_number()
            b.lit(". Please charge my card ").ent("CREDIT_CARD", format_card(number, brand)).lit(".")
        elif choice < 0.66:
            b.lit(". My IBAN is ").ent("IBAN", iban()).lit(" for the refund.")
        else:
            a, g, s = ssn()
            b.lit(". SSN: ").ent("US_SSN", f"{a}-{g}-{s}").lit(", logged in from ").ent("IP_ADDRESS", ipv4()).lit(".")
        add(b, "mix")


NEAR_MISS_TEMPLATES = [
    lambda: "Card {} was declined because the number is invalid.".format(format_card(*card_number(valid=False))),
    lambda: "Test number {} fails the checksum.".format(card_number(valid=False)[0]),
    lambda: "SSN field contained {}-{}-{}, which the SSA never issues.".format(*ssn(valid=False)),
    lambda: "The transfer to {} bounced: bad check digits.".format(iban(valid=False)),
    lambda: "The meeting is on {}-{:02d}-{:02d} at {:02d}:{:02d}.".format(rng.randint(1990, 2030), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59)),
    lambda: "Invoice dated {:02d}/{:02d}/{} is overdue.".format(rng.randint(1, 12), rng.randint(1, 28), rng.randint(1990, 2030)),
    lambda: "Deadline: {:02d}.{:02d}.{}".format(rng.randint(1, 28), rng.randint(1, 12), rng.randint(1990, 2030)),
    lambda: "Upgrade to version {}.{}.{} before Friday.".format(rng.randint(0, 20), rng.randint(0, 30), rng.randint(0, 300)),
    lambda: "Running build {}.{}.{}.{} of the agent.".format(rng.randint(1, 20), rng.randint(0, 9), rng.randint(0, 9999), rng.randint(0, 99)),
    lambda: "We shipped v{}.{}.{}-rc.{} last night.".format(rng.randint(0, 9), rng.randint(0, 20), rng.randint(0, 50), rng.randint(1, 9)),
    lambda: "Your order #{}-{}-{} has shipped.".format(digits(3), digits(7), digits(7)),
    lambda: "Order ORD-{}-{} is delayed.".format(rng.randint(2015, 2026), digits(6)),
    lambda: "Order number {} was refunded.".format(digits(8)),
    lambda: "The total is ${:,}.{:02d} including tax.".format(rng.randint(1, 99999), rng.randint(0, 99)),
    lambda: "Price: €{},{:02d} per month".format(rng.randint(1, 999), rng.randint(0, 99)),
    lambda: "It costs {} {:03d},00 kr.".format(rng.randint(1, 9), rng.randint(0, 999)),
    lambda: "Commit {} fixed the bug.".format(rand("0123456789abcdef", 40)),
    lambda: "Request id {} failed.".format(rand("0123456789abcdef", 16)),
    lambda: "Pointer 0x{} was null.".format(rand("0123456789ABCDEF", 8)),
    lambda: "The job ran from {:02d}:{:02d}:{:02d} to {:02d}:{:02d}.".format(rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 23), rng.randint(0, 59)),
    lambda: "Trace {:02d}:{:02d}:{:02d}.{:03d} started".format(rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999)),
    lambda: "Correlation id {}-{}-{}-{}-{}".format(rand("0123456789abcdef", 8), rand("0123456789abcdef", 4), rand("0123456789abcdef", 4), rand("0123456789abcdef", 4), rand("0123456789abcdef", 12)),
    lambda: "See ISBN 978-{}-{}-{}-{} for details.".format(rng.randint(0, 1), digits(2), digits(6), rng.randint(0, 9)),
    lambda: "ISBN {} is out of print.".format("978" + digits(10)),
    lambda: "UPS tracking 1Z{}{}".format(rand(string.ascii_uppercase + string.digits, 6), digits(10)),
    lambda: "USPS tracking number {} {} {} {} {} {}".format("9400", digits(4), digits(4), digits(4), digits(4), digits(2)),
    lambda: "FedEx tracking {}".format(digits(12)),
    lambda: "Population grew to {:,} in {}.".format(rng.randint(1000000, 99999999), rng.randint(1990, 2024)),
    lambda: "ZIP code {}-{}".format(digits(5), digits(4)),
    lambda: "Ticket JIRA-{} and PR #{}".format(rng.randint(100, 99999), rng.randint(1, 9999)),
    lambda: "MAC address {}".format(":".join(rand("0123456789ABCDEF", 2) for _ in range(6))),
    lambda: "Use std::vector<int> and std::map here.",
    lambda: "Invalid address {}.{}.{}.{} in the config.".format(rng.randint(256, 999), rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255)),
    lambda: "Rollout reached {}.{}% of users.".format(rng.randint(1, 99), rng.randint(0, 9)),
    lambda: "Write to user@localhost for local testing.",
    lambda: "Follow @{}_{} on social media.".format(rng.choice(FIRST), rng.choice(LAST)),
    lambda: "Use the icon@2x.png asset.",
    lambda: "Install sk-learn? No, it is scikit-learn.",
    lambda: "The prefix AKIA alone is not a key.",
    lambda: "-----BEGIN CERTIFICATE-----\n{}\n-----END CERTIFICATE-----".format(base64.b64encode(bytes(rng.randrange(256) for _ in range(48))).decode()),
    lambda: "-----BEGIN PUBLIC KEY-----\n{}\n-----END PUBLIC KEY-----".format(base64.b64encode(bytes(rng.randrange(256) for _ in range(48))).decode()),
    lambda: "Bearer token format is eyJ followed by base64.",
    lambda: "Call extension {} internally.".format(digits(4)),
    lambda: "Dial 555-{} for the front desk.".format(digits(4)),
    lambda: "Room {}, floor {}, badge {}".format(digits(3), rng.randint(1, 40), digits(6)),
    lambda: "Coordinates {}.{}, -{}.{}".format(rng.randint(10, 60), digits(6), rng.randint(10, 120), digits(6)),
    lambda: "Score: {} to {} after {} minutes".format(rng.randint(0, 120), rng.randint(0, 120), rng.randint(40, 120)),
    lambda: "Serial number SN-{}-{}".format(digits(4), digits(8)),
    lambda: "The ratio was {}:{} in favour.".format(rng.randint(1, 20), rng.randint(1, 20)),
]


def near_misses():
    for k in range(220):
        template = NEAR_MISS_TEMPLATES[k % len(NEAR_MISS_TEMPLATES)]
        add(Builder().lit(template()), "neg")


HAND_WRITTEN = [
    # (text, [(type, value)]) — each value appears once in the text.
    ("Reach me at jane.doe@example.com or (415) 555-0132.", [("EMAIL", "jane.doe@example.com"), ("PHONE", "(415) 555-0132")]),
    ("My Amex is 3782 822463 10005 and my Visa 4111 1111 1111 1111.", [("CREDIT_CARD", "3782 822463 10005"), ("CREDIT_CARD", "4111 1111 1111 1111")]),
    ("IBAN: GB82 WEST 1234 5698 7654 32", [("IBAN", "GB82 WEST 1234 5698 7654 32")]),
    ("iban DE89370400440532013000, BIC COBADEFFXXX", [("IBAN", "DE89370400440532013000")]),
    ("The SSN 078-05-1120 was printed on a wallet insert.", [("US_SSN", "078-05-1120")]),
    ("Dirección: jürgen.müller@beispiel.de", [("EMAIL", "jürgen.müller@beispiel.de")]),
    ("Server 2001:0db8:85a3:0000:0000:8a2e:0370:7334 is down.", [("IP_ADDRESS", "2001:0db8:85a3:0000:0000:8a2e:0370:7334")]),
    ("[2001:db8::1]:8080 refused the connection", [("IP_ADDRESS", "2001:db8::1")]),
    ("Whitelist 203.0.113.7, 198.51.100.23 and 192.0.2.146.", [("IP_ADDRESS", "203.0.113.7"), ("IP_ADDRESS", "198.51.100.23"), ("IP_ADDRESS", "192.0.2.146")]),
    ("Emoji test 😀 call +44 20 7946 0958 😀 now", [("PHONE", "+44 20 7946 0958")]),
    ("AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE", [("AWS_ACCESS_KEY", "AKIAIOSFODNN7EXAMPLE")]),
    ("slack: xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx", [("SLACK_TOKEN", "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx")]),
    ("Mastercard 5555-5555-5555-4444 expires 12/26; Discover 6011 1111 1111 1117.", [("CREDIT_CARD", "5555-5555-5555-4444"), ("CREDIT_CARD", "6011 1111 1111 1117")]),
    ("call +1 (212) 555-0199 or 1-800-555-0199", [("PHONE", "+1 (212) 555-0199"), ("PHONE", "1-800-555-0199")]),
    ("Version 4.2.1.0 fixed the crash on 10.0.0.1.", [("IP_ADDRESS", "10.0.0.1")]),
    ("Contact: support+billing@help.example.co.uk.", [("EMAIL", "support+billing@help.example.co.uk")]),
    ("ssn: 219 09 9999 (typo?)", [("US_SSN", "219 09 9999")]),
    ("FR14 2004 1010 0505 0001 3M02 606 is the account.", [("IBAN", "FR14 2004 1010 0505 0001 3M02 606")]),
    ("Key AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe in the Android manifest", [("GOOGLE_API_KEY", "AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe")]),
    ("localhost is ::1 and the gateway fe80::1ff:fe23:4567:890a%eth0", [("IP_ADDRESS", "::1"), ("IP_ADDRESS", "fe80::1ff:fe23:4567:890a")]),
    ("UK office (+44) 20 7946 0958, Paris 0033 1 42 68 53 00.", [("PHONE", "(+44) 20 7946 0958"), ("PHONE", "0033 1 42 68 53 00")]),
    ("Call 1-415-555-0132 ext. 45 or +1-202-555-0143 x123.", [("PHONE", "1-415-555-0132 ext. 45"), ("PHONE", "+1-202-555-0143 x123")]),
    ("Please call me on 123-456-7890 tonight.", [("PHONE", "123-456-7890")]),
    ("{\"email\": \"o'neil@example.ie\", \"ssn\": \"219-09-9999\"}", [("EMAIL", "o'neil@example.ie"), ("US_SSN", "219-09-9999")]),
    ("curl -H 'Authorization: Bearer sk-proj-AbC1dEf2GhI3jKl4MnO5pQr6StU7vWx8YzA9bCd0' https://api.example.com", [("OPENAI_KEY", "sk-proj-AbC1dEf2GhI3jKl4MnO5pQr6StU7vWx8YzA9bCd0")]),
    ("git clone https://ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789@github.com/org/repo", [("GITHUB_TOKEN", "ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789")]),
    ("STRIPE_SECRET_KEY=sk_live_51HxAbCdEfGhIjKlMnOpQrSt", [("STRIPE_KEY", "sk_live_51HxAbCdEfGhIjKlMnOpQrSt")]),
    ("Card on file: 4111.1111.1111.1111; SSN 123.45.6789", [("CREDIT_CARD", "4111.1111.1111.1111"), ("US_SSN", "123.45.6789")]),
    ("Maestro 6759 6498 2643 8453 and JCB 3530111333300000", [("CREDIT_CARD", "6759 6498 2643 8453"), ("CREDIT_CARD", "3530111333300000")]),
    ("IBAN nl91 abna 0417 1643 00 (lower case)", [("IBAN", "nl91 abna 0417 1643 00")]),
    ("用户邮箱是 张伟@例子.广告 请回复", [("EMAIL", "张伟@例子.广告")]),
    ("Upgraded the package to 4.2.0.1 and pinned build 10.0.19045.3803.", []),
    ("The hash is 2001:0db8 in the docs table, times 10:30:45 and 23:59.", []),
    ("Use a::b or dead::beef in Rust paths; icon@3x.webp is an asset.", []),
    ("Number 4111 1111 1111 1112 is Luhn-invalid, as is 5555 5555 5555 4445.", []),
    ("GR60 4257 0976 2685 2089 8613 002 has a bad check digit.", []),
    ("USPS 9400 1000 0000 0000 0000 00 and FedEx 7489 1234 5678.", []),
    ("Order 223-529-4760 shipped; ticket #318-52-7744 is closed.", []),
    ("For questions about your order, call 415-555-0132.", [("PHONE", "415-555-0132")]),
]


def hand_written():
    for text, values in HAND_WRITTEN:
        b = Builder()
        rest = text
        for etype, value in values:
            i = rest.index(value)
            b.lit(rest[:i]).ent(etype, value)
            rest = rest[i + len(value):]
        b.lit(rest)
        assert b.text() == text
        add(b, "hand")


positives()
near_misses()
hand_written()
for r in records:
    print(json.dumps(r, ensure_ascii=False))
