#!/usr/bin/env python3
"""Independent generalization set for the redaction recognizers (written separately from generate_corpus.py:
other templates, other number formats, other embeddings such as env files, JSON, URLs and headers).
Python 3 standard library only, fixed seed. Usage: python3 generate_generalization.py > generalization-corpus.jsonl
Markup: a template holds values as [[TYPE|value]]; everything else is literal. Offsets are UTF-16 code units."""
import base64, json, random, re, string, sys

rng = random.Random(20261126)
B62 = string.ascii_letters + string.digits
B64U = B62 + "-_"
MARK = re.compile(r"\[\[([A-Z_0-9]+)\|(.*?)\]\]", re.S)


def u16(s):
    return len(s.encode("utf-16-le")) // 2


def record(rid, template):
    text, ents, pos, off = [], [], 0, 0
    for m in MARK.finditer(template):
        lit = template[pos:m.start()]
        text.append(lit); off += u16(lit)
        v = m.group(2)
        ents.append({"type": m.group(1), "start": off, "end": off + u16(v), "value": v})
        text.append(v); off += u16(v); pos = m.end()
    text.append(template[pos:])
    return {"id": rid, "text": "".join(text), "entities": ents}


def d(n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def r(alpha, n):
    return "".join(rng.choice(alpha) for _ in range(n))


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        x = int(ch)
        if i % 2 == 0:
            x *= 2
            if x > 9: x -= 9
        total += x
    return str((10 - total % 10) % 10)


def card(prefix, length, valid=True):
    body = prefix + d(length - len(prefix) - 1)
    c = luhn_digit(body)
    if not valid: c = str((int(c) + rng.randint(1, 9)) % 10)
    return body + c


def group(num, sizes, sep):
    out, i = [], 0
    for s in sizes:
        out.append(num[i:i + s]); i += s
    if i < len(num): out.append(num[i:])
    return sep.join(out)


CARDS = [  # prefix, length, grouping
    ("4", 16, [4, 4, 4, 4]), ("4", 13, [4, 4, 5]), ("51", 16, [4, 4, 4, 4]), ("2221", 16, [4, 4, 4, 4]),
    ("2720", 16, [4, 4, 4, 4]), ("34", 15, [4, 6, 5]), ("37", 15, [4, 6, 5]), ("6011", 16, [4, 4, 4, 4]),
    ("65", 16, [4, 4, 4, 4]), ("644", 16, [4, 4, 4, 4]), ("36", 14, [4, 6, 4]), ("300", 14, [4, 6, 4]),
    ("3528", 16, [4, 4, 4, 4]), ("3589", 16, [4, 4, 4, 4]), ("62", 16, [4, 4, 4, 4]), ("62", 19, [4, 4, 4, 4, 3]),
    ("6759", 16, [4, 4, 4, 4]), ("5018", 16, [4, 4, 4, 4]), ("6304", 19, [4, 4, 4, 4, 3]), ("2200", 16, [4, 4, 4, 4]),
]

IBAN = {"DE": "n18", "GB": "a4n14", "FR": "n10a11n2", "ES": "n20", "IT": "a1n10c12", "NL": "a4n10", "BE": "n12",
        "CH": "n5c12", "AT": "n16", "PL": "n24", "SE": "n20", "NO": "n11", "DK": "n14", "FI": "n14", "IE": "a4n14",
        "PT": "n21", "LU": "n3c13", "CZ": "n20", "HU": "n24", "RO": "a4c16", "GR": "n7c16", "SA": "n2c18",
        "AE": "n19", "TR": "n5c17", "BR": "n23a1c1", "MT": "a4n5c18", "CY": "n8c16", "LT": "n16", "HR": "n17"}


def bban(country):
    out = ""
    for kind, n in re.findall(r"([anc])(\d+)", IBAN[country]):
        alpha = {"a": string.ascii_uppercase, "n": string.digits, "c": string.ascii_uppercase + string.digits}[kind]
        out += r(alpha, int(n))
    return out


def iban(valid=True):
    cc = rng.choice(list(IBAN)); b = bban(cc)
    num = int("".join(str(int(ch, 36)) for ch in b + cc + "00"))
    chk = 98 - num % 97
    if not valid: chk = (chk + rng.randint(1, 95)) % 97 + 2 if (chk + 1) % 97 + 2 != chk else chk + 1
    if not valid and chk == 98 - num % 97: chk = (chk % 96) + 2
    s = f"{cc}{chk:02d}{b}"
    style = rng.random()
    if style < 0.4: s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    elif style < 0.55: s = s.lower()
    elif style < 0.65: s = " ".join(s[i:i + 4] for i in range(0, len(s), 4)).lower()
    return s


def ssn(valid=True):
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if a != 666: break
    if not valid:
        k = rng.choice(["a0", "a666", "a9", "g0", "s0"])
        if k == "a0": a = 0
        elif k == "a666": a = 666
        elif k == "a9": a = rng.randint(900, 999)
        elif k == "g0": g = 0
        else: s = 0
    return f"{a:03d}", f"{g:02d}", f"{s:04d}"


def nanp():
    return str(rng.randint(2, 9)) + d(1) + str(rng.choice([0, 1, 3, 4, 5, 6, 7, 8])), str(rng.randint(2, 9)) + d(2), d(4)


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jwt():
    h = {"typ": "JWT", "alg": rng.choice(["HS512", "RS256", "EdDSA"])}
    p = {"iss": "https://auth.example.org", "aud": "api", "exp": 1800000000 + rng.randint(0, 10 ** 6), "scope": "read write"}
    return ".".join([b64u(json.dumps(h).encode()), b64u(json.dumps(p).encode()), b64u(bytes(rng.randrange(256) for _ in range(48)))])


def pem():
    label = rng.choice(["PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY", "DSA PRIVATE KEY"])
    body = base64.b64encode(bytes(rng.randrange(256) for _ in range(rng.choice([90, 250])))).decode()
    return f"-----BEGIN {label}-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + f"\n-----END {label}-----"


def hx(n):
    return r("0123456789abcdef", n)


rows = []


def add(kind, t):
    rows.append(record(f"{kind}-{len(rows) + 1:04d}", t))


# ---------- emails
users = ["jane.doe", "o'brien", "j.smith+invoices", "first_last", "x", "anna-maria.k", "user+tag+more", "dev.ops42"]
domains = ["mail.example.co.uk", "eu.corp.example.com", "example.museum", "sub.dept.uni-example.edu", "example.io",
           "example.travel", "xn--bcher-kva.example", "example.technology"]
email_t = ["Contact: <{}>", "reply to mailto:{}?subject=hi", "From: \"Jane\" <{}>", "email={}&lang=en",
           "{{\"email\": \"{}\"}}", "cc'd {}, please advise.", "(owner: {})", "Write to {}."]
for i in range(40):
    e = rng.choice(users) + "@" + rng.choice(domains)
    add("email", rng.choice(email_t).format("[[EMAIL|" + e + "]]"))

# ---------- phones
def phones():
    a, b, c = nanp()
    return [f"({a}) {b}-{c}", f"{a}.{b}.{c}", f"1-{a}-{b}-{c}", f"+1 ({a}) {b}-{c} ext. {d(2)}", f"+1 {a} {b} {c}",
            f"{a}-{b}-{c}", f"+1-{a}-{b}-{c}", f"1 ({a}) {b}-{c}",
            f"+44 20 {rng.randint(7000, 8999)} {d(4)}", f"+44 (0)20 {rng.randint(7000, 8999)} {d(4)}",
            f"+44 7{d(3)} {d(6)}", f"0049 30 {d(7)}", f"+49 (0)30 {d(8)}", f"+49-89-{d(7)}",
            f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 6.{d(2)}.{d(2)}.{d(2)}.{d(2)}", f"+91 9{d(4)} {d(5)}",
            f"+61 2 {d(4)} {d(4)}", f"+81 3-{d(4)}-{d(4)}", f"+39 06 {d(4)} {d(4)}", f"+34 91 {d(3)} {d(2)} {d(2)}",
            f"+31 (0)20 {d(3)} {d(4)}", f"+55 11 9{d(4)}-{d(4)}", f"+86 10 {d(4)} {d(4)}", f"+353 1 {d(3)} {d(4)}",
            f"+41 44 {d(3)} {d(2)} {d(2)}", f"(+44) 161 {d(3)} {d(4)}", f"+1.{a}.{b}.{c}"]


phone_t = ["Call me at {}.", "Phone: {}", "mobile {} (evenings)", "Tel. {}", "reach the desk on {} any time",
           "Her number is {}, text first.", "| Alice | {} |", "Fax: {}"]
for i in range(70):
    add("phone", rng.choice(phone_t).format("[[PHONE|" + rng.choice(phones()) + "]]"))
national = [lambda: f"020 {rng.randint(7000, 8999)} {d(4)}", lambda: f"0161 {d(3)} {d(4)}", lambda: f"07{d(3)} {d(6)}",
            lambda: f"030 {d(7)}", lambda: f"030/{d(7)}", lambda: f"089 {d(3)} {d(4)}", lambda: f"01 {d(2)} {d(2)} {d(2)} {d(2)}",
            lambda: f"06 {d(2)} {d(2)} {d(2)} {d(2)}", lambda: f"0{d(2)}-{d(7)}", lambda: f"(02) {d(4)} {d(4)}"]
nat_t = ["Call our London office on {}.", "Telefon: {}", "tel: {}", "phone number {}", "ring me on {} tomorrow",
         "Mobile: {}", "Tél. : {}", "contact phone: {}"]
for i in range(25):
    add("phone", rng.choice(nat_t).format("[[PHONE|" + rng.choice(national)() + "]]"))

# ---------- cards
card_t = ["Card number: {}", "charged to {} yesterday", "PAN={}", "{{\"pan\":\"{}\"}}", "my card is {} exp 09/29",
          "Use {} for the booking.", "cc: {}"]
for i in range(50):
    p, n, g = rng.choice(CARDS)
    num = card(p, n)
    s = rng.random()
    v = num if s < 0.3 else group(num, g, " ") if s < 0.75 else group(num, g, "-")
    add("card", rng.choice(card_t).format("[[CREDIT_CARD|" + v + "]]"))

# ---------- SSNs
ssn_t = ["SSN: {}", "social security number {}", "ssn={}", "Her SSN is {}.", "SS# {}", "taxpayer id (SSN) {}"]
for i in range(30):
    a, g, s = ssn()
    v = rng.choice([f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}", f"{a}.{g}.{s}"])
    add("ssn", rng.choice(ssn_t).format("[[US_SSN|" + v + "]]"))

# ---------- IBAN
iban_t = ["IBAN: {}", "please wire to {} by Monday", "iban={}", "Account (IBAN) {}.", "{{\"iban\": \"{}\"}}",
          "Bankverbindung {}", "pay into {} ref INV"]
for i in range(45):
    add("iban", rng.choice(iban_t).format("[[IBAN|" + iban() + "]]"))

# ---------- IP
def ip4():
    return ".".join(str(rng.randint(1, 254)) for _ in range(4))


def ip6():
    g = [format(rng.randint(0, 65535), "x") for _ in range(8)]
    k = rng.random()
    if k < 0.2: return ":".join(g)
    if k < 0.4: return f"2001:db8::{g[0]}:{g[1]}"
    if k < 0.5: return f"fe80::{g[2]}:{g[3]}%eth0"
    if k < 0.6: return f"::ffff:{ip4()}"
    if k < 0.7: return f"{g[0]}:{g[1]}::"
    if k < 0.8: return "::1"
    if k < 0.9: return f"2001:db8:{g[1]}::{g[3]}"
    return f"fe80::{g[5]}%3"


ip_t = ["client_ip={}", "Connection from {} refused", "[{}]:8443", "X-Forwarded-For: {}", "ping {}",
        "{{\"remote_addr\": \"{}\"}}", "host {} is down"]
for i in range(30):
    add("ip", rng.choice(ip_t).format("[[IP_ADDRESS|" + ip4() + "]]"))
for i in range(30):
    v = ip6()
    t = rng.choice(ip_t)
    if v.startswith("[") is False and t.startswith("["): t = "http://[{}]:8080/health"
    add("ip", t.format("[[IP_ADDRESS|" + v + "]]"))

# ---------- secrets
def secrets():
    return [
        ("OPENAI_KEY", "sk-proj-" + r(B64U, 80)), ("OPENAI_KEY", "sk-" + r(B62, 48)), ("OPENAI_KEY", "sk-svcacct-" + r(B64U, 70)),
        ("AWS_ACCESS_KEY", "AKIA" + r(string.ascii_uppercase + "234567", 16)),
        ("AWS_ACCESS_KEY", "ASIA" + r(string.ascii_uppercase + "234567", 16)),
        ("GITHUB_TOKEN", "ghp_" + r(B62, 36)), ("GITHUB_TOKEN", "github_pat_11" + r(string.ascii_uppercase + string.digits, 20) + "_" + r(B62, 59)),
        ("GITHUB_TOKEN", "gho_" + r(B62, 36)), ("GITHUB_TOKEN", "ghs_" + r(B62, 36)),
        ("SLACK_TOKEN", f"xoxb-{d(11)}-{d(13)}-{r(B62, 24)}"), ("SLACK_TOKEN", f"xoxp-{d(12)}-{d(12)}-{d(13)}-{hx(32)}"),
        ("SLACK_TOKEN", f"xapp-1-A{r(string.ascii_uppercase + string.digits, 10)}-{d(13)}-{hx(64)}"),
        ("SLACK_TOKEN", f"https://hooks.slack.com/services/T{r(string.ascii_uppercase + string.digits, 8)}/B{r(string.ascii_uppercase + string.digits, 10)}/{r(B62, 24)}"),
        ("GOOGLE_API_KEY", "AIza" + r(B64U, 35)),
        ("STRIPE_KEY", "rk_live_" + r(B62, 99)), ("STRIPE_KEY", "sk_live_51" + r(B62, 97)), ("STRIPE_KEY", "pk_test_" + r(B62, 24)),
        ("STRIPE_KEY", "whsec_" + r(B62, 32)),
        ("JWT", jwt()), ("PRIVATE_KEY", pem()),
    ]


sec_t = ["export API_KEY={}", "{{\"token\": \"{}\"}}", "GET /v1/data?key={}&page=2", "Authorization: Bearer {}",
         "token = \"{}\"", "SECRET={}\n", "curl -H 'X-Api-Key: {}' https://api.example.com", "I pasted my key {} by mistake"]
for i in range(90):
    t, v = rng.choice(secrets())
    tpl = "{}" if t == "PRIVATE_KEY" and rng.random() < 0.5 else rng.choice(sec_t)
    if t == "SLACK_TOKEN" and v.startswith("https://"): tpl = "webhook_url: {}"
    if t == "JWT": tpl = rng.choice(["Authorization: Bearer {}", "Cookie: session={}; Path=/", "id_token={}&state=xyz", "{{\"access_token\":\"{}\"}}"])
    add("secret", tpl.format("[[" + t + "|" + v + "]]"))
for i in range(8):  # two secrets in one env file
    add("secret", "AWS_ACCESS_KEY_ID=[[AWS_ACCESS_KEY|AKIA" + r(string.ascii_uppercase + "234567", 16) + "]]\nAWS_REGION=eu-west-1\n"
        "OPENAI_API_KEY=[[OPENAI_KEY|sk-proj-" + r(B64U, 64) + "]]\n")

# ---------- mixed
for i in range(20):
    a, b, c = nanp(); sa, sg, ss = ssn()
    add("mixed", f"Name: Jo Park, phone [[PHONE|({a}) {b}-{c}]], SSN [[US_SSN|{sa}-{sg}-{ss}]], "
        f"email [[EMAIL|jo.park{i}@example.org]], card [[CREDIT_CARD|{group(card('4', 16), [4, 4, 4, 4], ' ')}]].")

# ---------- near misses (no entities)
def uuid():
    return f"{hx(8)}-{hx(4)}-4{hx(3)}-{rng.choice('89ab')}{hx(3)}-{hx(12)}"


def isbn13():
    b = "978" + d(9)
    s = sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(b))
    v = b + str((10 - s % 10) % 10)
    return f"{v[:3]}-{v[3]}-{v[4:8]}-{v[8:12]}-{v[12]}"


def bad_card():
    p, n, g = rng.choice(CARDS)
    return group(card(p, n, valid=False), g, rng.choice([" ", "-", ""]))


near = [
    lambda: f"ISBN {isbn13()}", lambda: f"request id {uuid()}", lambda: f"commit {hx(40)}", lambda: f"fixed in {hx(7)}",
    lambda: f"upgrade to v{rng.randint(1, 20)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}",
    lambda: f"version {rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 99)}.{rng.randint(100, 9999)}",
    lambda: f"due {rng.randint(2020, 2030)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
    lambda: f"on {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1990, 2030)}",
    lambda: f"on {rng.randint(1, 28)}.{rng.randint(1, 12)}.{rng.randint(1990, 2030)}",
    lambda: f"at {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{d(3)}",
    lambda: f"timestamp {rng.randint(2020, 2030)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T{rng.randint(10, 23)}:{d(2)}:{d(2)}Z",
    lambda: f"total ${rng.randint(1, 99)},{d(3)}.{d(2)}", lambda: f"price EUR {rng.randint(100, 999)} {d(3)},{d(2)}",
    lambda: f"tracking 1Z{r(string.ascii_uppercase + string.digits, 16)}", lambda: f"USPS tracking {d(4)} {d(4)} {d(4)} {d(4)} {d(4)} {d(2)}",
    lambda: f"Invoice INV-{d(4)}-{d(6)}", lambda: f"order #{d(3)}-{d(7)}-{d(7)}", lambda: f"order number {d(3)}-{d(3)}-{d(4)}",
    lambda: f"x = {d(3)} * {d(3)} - {d(4)}", lambda: f"int[] a = {{{d(3)}, {d(3)}, {d(4)}}};",
    lambda: f"result: {d(3)}-{d(2)}-{d(4)} rows", lambda: f"bad card {bad_card()}",
    lambda: f"IBAN check failed for {iban(valid=False)}", lambda: f"SSN {'-'.join(ssn(valid=False))} is invalid",
    lambda: f"part no. {d(4)}-{d(4)}-{d(4)}-{d(4)}", lambda: f"sha256:{hx(64)}", lambda: f"MAC {':'.join(hx(2) for _ in range(6))}",
    lambda: f"sk-{r(B62, 8)} is too short to be a key", lambda: f"file ./build/{hx(12)}.js", lambda: f"port 8080, pid {d(5)}",
    lambda: f"latitude {rng.randint(10, 80)}.{d(6)}, longitude -{rng.randint(10, 170)}.{d(6)}",
    lambda: f"ratio 1:{d(3)}:{d(2)}", lambda: f"See RFC {d(4)} section {rng.randint(1, 9)}.{rng.randint(1, 9)}.{rng.randint(1, 9)}",
    lambda: f"Build 10.0.{d(5)}.{d(4)}", lambda: f"Windows 10.0.{d(5)}", lambda: f"temperature {rng.randint(10, 40)}.{d(1)} C at 12:30",
    lambda: f"Flight LH{d(4)} departs 07:45", lambda: f"EAN {d(13)}", lambda: f"npm install left-pad@{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}",
    lambda: f"docker pull example/app@sha256:{hx(64)}", lambda: f"account ending in {d(4)}", lambda: f"call stack at 0x{hx(12)}",
    lambda: f"between {d(3)} and {d(3)}-{d(4)} units", lambda: f"matrix [{d(3)} {d(3)} {d(4)}]",
    lambda: f"Ticket #{d(3)}-{d(3)}-{d(4)} closed", lambda: f"step 020 {d(4)} {d(4)} of the log",
    lambda: f"population 1,{d(3)},{d(3)},{d(3)}", lambda: f"ASIN B0{r(string.ascii_uppercase + string.digits, 8)}",
]
for i in range(220):
    add("near", rng.choice(near)())

for row in rows:
    sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
