# -*- coding: utf-8 -*-
"""Generates pii-dev3.jsonl: the third PII/secret regression set (issue #17, item 2, third round).

Written by the recognizers' author *before* reading the recognizers in that round, so its before-number is an honest
estimate; the recognizers were then tuned on it, so later numbers are regression numbers only (see README.md).
Sentences are hand-written tickets, logs, configs, shell commands, chats and e-mails (about a fifth in de/fr/es/it/pt/nl);
the script fills the slots with seeded, random, fake values in the vendors' and numbering plans' published shapes.

Slots:  {S:kind}  secret          -> pii SECRET        {P:kind}  phone  -> pii PHONE
        {E}       e-mail          -> pii EMAIL         {C:brand} card   -> pii CREDIT_CARD (passes Luhn)
        {I:cc}    IBAN            -> pii IBAN (mod-97) {IP4} {IP6}      -> pii IP        {SSN} -> pii SSN
        {K:kind}  generated look-alike -> keep         [[literal]]      -> literal look-alike, keep      {{TYPE|literal}} -> literal value, pii TYPE
Run:    python3 generate_pii_dev3.py   (deterministic, seed 20261206)
"""
import base64, hashlib, json, os, random, string, uuid

rng = random.Random(20261206)
from heldout_values import AN, DI, HEX, LO, UP, URLSAFE, Values

B64 = AN + "+/"
_values = Values(rng)
draw, rand_token, hexs, digits, nonzero = _values.draw, _values.rand_token, _values.hexs, _values.digits, _values.nonzero


# ---------------- secrets ----------------
def b64u(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt():
    head = b64u({"alg": rng.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"})
    body = b64u({"sub": rand_token(8), "role": rng.choice(["admin", "user", "svc"]), "exp": rng.randint(1760000000, 1800000000)})
    return f"{head}.{body}.{rand_token(43, URLSAFE)}"


def pem(label, lines=4):
    rows = [draw(64, B64) for _ in range(lines)] + [draw(rng.randint(12, 40), B64) + "="]
    return f"-----BEGIN {label}-----\n" + "\n".join(rows) + f"\n-----END {label}-----"


def human_password():
    stems = ["Winter", "Pelican", "Granite", "Mango", "Lantern", "Quartz", "Nordlicht", "Sol", "Bosque", "Tulp", "Ponte", "Azul"]
    return rng.choice([
        lambda: rng.choice(stems) + digits(rng.randint(2, 4)) + rng.choice("!#$%&*@"),
        lambda: rand_token(rng.randint(12, 20), AN + "!#%*-_"),
        lambda: rng.choice(stems).lower() + "-" + rng.choice(stems).lower() + "-" + digits(2),
        lambda: rand_token(10) + rng.choice("!?$"),
    ])()


def azure_entra_secret():
    return rand_token(3) + rng.choice(DI) + "Q~" + rand_token(34, AN + "_.~-")


def sas_sig():
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(32))).decode().replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")


def pypi():
    return "pypi-AgEIcHlwaS5vcmc" + rand_token(rng.randint(60, 80), URLSAFE)


SECRETS = {
    "aws_id": lambda: rng.choice(["AKIA", "ASIA"]) + draw(16, UP + "234567"),
    "aws_secret": lambda: rand_token(40, AN + "/+"),
    "openai": lambda: "sk-" + rand_token(20) + "T3BlbkFJ" + rand_token(20),
    "openai_proj": lambda: "sk-proj-" + rand_token(rng.randint(40, 70), URLSAFE) + "T3BlbkFJ" + rand_token(rng.randint(40, 70), URLSAFE),
    "openai_svc": lambda: "sk-svcacct-" + rand_token(60, URLSAFE) + "T3BlbkFJ" + rand_token(60, URLSAFE),
    "anthropic": lambda: "sk-ant-api03-" + rand_token(93, URLSAFE) + "AA",
    "anthropic_admin": lambda: "sk-ant-admin01-" + rand_token(93, URLSAFE) + "AA",
    "google": lambda: "AIza" + rand_token(35, URLSAFE),
    "google_oauth": lambda: "GOCSPX-" + rand_token(28, URLSAFE),
    "azure_storage": lambda: rand_token(86, B64) + "==",
    "azure_cog": lambda: hexs(32),
    "azure_entra": azure_entra_secret,
    "sas_sig": sas_sig,
    "gh_classic": lambda: rng.choice(["ghp_", "gho_", "ghu_", "ghs_", "ghr_"]) + rand_token(36),
    "gh_fine": lambda: "github_pat_" + rand_token(22) + "_" + rand_token(59),
    "gh_app": lambda: "ghs_" + rand_token(36),
    "gitlab": lambda: rng.choice(["glpat-", "gldt-", "glrt-"]) + rand_token(20, URLSAFE),
    "stripe_live": lambda: "sk_live_" + rand_token(rng.choice([24, 99])),
    "stripe_test": lambda: "sk_test_" + rand_token(rng.choice([24, 99])),
    "stripe_rk": lambda: "rk_live_" + rand_token(rng.choice([24, 99])),
    "stripe_whsec": lambda: "whsec_" + rand_token(32),
    "slack_bot": lambda: f"xoxb-{nonzero(11)}-{nonzero(13)}-{rand_token(24)}",
    "slack_user": lambda: f"xoxp-{nonzero(11)}-{nonzero(11)}-{nonzero(13)}-{hexs(32)}",
    "slack_app": lambda: f"xapp-1-A{draw(10, UP + DI)}-{nonzero(13)}-{hexs(64)}",
    "slack_hook": lambda: f"https://hooks.slack.com/services/T{draw(8, UP + DI)}/B{draw(10, UP + DI)}/{rand_token(24)}",
    "twilio_key": lambda: "SK" + hexs(32),
    "twilio_token": lambda: hexs(32),
    "sendgrid": lambda: "SG." + rand_token(22, URLSAFE) + "." + rand_token(43, URLSAFE),
    "npm": lambda: "npm_" + rand_token(36),
    "pypi": pypi,
    "hf": lambda: "hf_" + rand_token(34, UP + LO),
    "datadog_api": lambda: hexs(32),
    "datadog_app": lambda: hexs(40),
    "jwt": jwt,
    "pem_rsa": lambda: pem("RSA PRIVATE KEY"),
    "pem_pkcs8": lambda: pem("PRIVATE KEY"),
    "pem_ec": lambda: pem("EC PRIVATE KEY", 2),
    "pem_openssh": lambda: pem("OPENSSH PRIVATE KEY", 5),
    "password": human_password,
    "basic_auth": lambda: base64.b64encode(f"{rng.choice(FIRST)}:{human_password()}".encode()).decode(),
    "k8s_b64": lambda: base64.b64encode(human_password().encode()).decode(),
    "hex_token": lambda: hexs(rng.choice([32, 40, 64])),
    "opaque": lambda: rand_token(rng.choice([24, 32, 40]), URLSAFE),
}

# ---------------- phones ----------------
ASSIGNED = ["212", "305", "312", "415", "503", "617", "702", "713", "206", "404", "512", "619", "720", "919"]
UNASSIGNED = ["378", "459", "538", "965", "293", "387", "422", "676", "982", "837"]


def exchange():
    while True:
        e = rng.choice("23456789") + digits(2)
        if e[1:] != "11":
            return e


def nanp(style, area=None):
    a, e, s = area or rng.choice(ASSIGNED), exchange(), digits(4)
    return {"paren": f"({a}) {e}-{s}", "dash": f"{a}-{e}-{s}", "dot": f"{a}.{e}.{s}", "space": f"{a} {e} {s}",
            "plus": f"+1 {a} {e} {s}", "plusparen": f"+1 ({a}) {e}-{s}", "plusdash": f"+1-{a}-{e}-{s}",
            "one": f"1-{a}-{e}-{s}", "onedot": f"1.{a}.{e}.{s}", "e164": f"+1{a}{e}{s}", "plusdot": f"+1.{a}.{e}.{s}"}[style]


def pick_style(*styles):
    return rng.choice(styles)


PHONES = {
    "nanp": lambda: nanp(pick_style("paren", "dash", "dot", "space", "plus", "plusparen", "plusdash", "one", "onedot", "plusdot")),
    "nanp_dash": lambda: nanp("dash"),
    "nanp_unassigned": lambda: nanp(pick_style("dash", "paren", "dot", "plusdash"), rng.choice(UNASSIGNED)),
    "nanp_ext": lambda: nanp(pick_style("paren", "dash", "dot")) + rng.choice([" ext. ", " x", " ext ", " #"]) + digits(rng.randint(2, 4)),
    "e164": lambda: rng.choice([lambda: nanp("e164"), lambda: "+447" + rng.choice("4579") + digits(8), lambda: "+4915" + digits(9),
                                lambda: "+336" + digits(8), lambda: "+346" + digits(8), lambda: "+393" + digits(9), lambda: "+919" + digits(9),
                                lambda: "+55119" + digits(8), lambda: "+316" + digits(8), lambda: "+3519" + digits(8), lambda: "+61 4" + digits(8)])(),
    "e164_spaced": lambda: rng.choice([lambda: f"+44 7{rng.choice('4579')}{digits(2)} {digits(6)}", lambda: f"+49 15{digits(1)} {digits(4)} {digits(4)}",
                                       lambda: f"+33 6 {digits(2)} {digits(2)} {digits(2)} {digits(2)}", lambda: f"+34 6{digits(2)} {digits(3)} {digits(3)}",
                                       lambda: f"+39 3{digits(2)} {digits(3)} {digits(4)}", lambda: f"+91 9{digits(4)} {digits(5)}",
                                       lambda: f"+55 11 9{digits(4)} {digits(4)}", lambda: f"+31 6 {digits(4)} {digits(4)}",
                                       lambda: f"+351 9{digits(2)} {digits(3)} {digits(3)}", lambda: f"+353 8{digits(1)} {digits(3)} {digits(4)}"])(),
    "uk": lambda: rng.choice([f"07{rng.choice('4579')}{digits(2)} {digits(6)}", f"020 {rng.choice('378')}{digits(3)} {digits(4)}",
                              f"+44 (0)20 {rng.choice('378')}{digits(3)} {digits(4)}", f"0161 {digits(3)} {digits(4)}",
                              f"+44 131 {digits(3)} {digits(4)}", f"(0117) {digits(3)} {digits(4)}", f"07{rng.choice('4579')}{digits(2)}-{digits(3)}-{digits(3)}"]),
    "de": lambda: rng.choice([f"030 {nonzero(8)}", f"089/{nonzero(7)}", f"0151 {digits(4)} {digits(4)}", f"0176-{nonzero(8)}",
                              f"+49 (0)40 {nonzero(7)}", f"+49 221 {nonzero(6)}", f"0049 69 {nonzero(7)}", f"0711 {digits(3)} {digits(2)}-{digits(2)}",
                              f"(0341) {nonzero(6)}", f"+49 172 {nonzero(7)}"]),
    "fr": lambda: rng.choice([f"0{rng.choice('12345')} {digits(2)} {digits(2)} {digits(2)} {digits(2)}",
                              f"0{rng.choice('67')}.{digits(2)}.{digits(2)}.{digits(2)}.{digits(2)}",
                              f"+33 (0){rng.choice('1234567')} {digits(2)} {digits(2)} {digits(2)} {digits(2)}",
                              f"0033 {rng.choice('67')} {digits(2)} {digits(2)} {digits(2)} {digits(2)}",
                              f"0{rng.choice('67')}{digits(8)}"]),
    "es": lambda: rng.choice([f"6{digits(2)} {digits(3)} {digits(3)}", f"9{rng.choice('1356')} {digits(3)} {digits(2)} {digits(2)}",
                              f"+34 91 {digits(3)} {digits(2)} {digits(2)}", f"7{digits(2)} {digits(2)} {digits(2)} {digits(2)}",
                              f"(+34) 6{digits(2)} {digits(3)} {digits(3)}", f"6{digits(8)}"]),
    "it": lambda: rng.choice([f"3{rng.choice('2345789')}{digits(1)} {digits(3)} {digits(4)}", f"06 {digits(4)} {digits(4)}",
                              f"+39 02 {digits(4)} {digits(4)}", f"0039 3{digits(2)} {digits(7)}", f"055/{digits(6)}",
                              f"3{rng.choice('2345789')}{digits(1)}.{digits(3)}.{digits(4)}"]),
    "in": lambda: rng.choice([f"+91 {rng.choice('6789')}{digits(4)} {digits(5)}", f"0{rng.choice('6789')}{digits(4)} {digits(5)}",
                              f"{rng.choice('6789')}{digits(4)}-{digits(5)}", f"+91-80-{digits(4)}-{digits(4)}", f"022 {digits(4)} {digits(4)}",
                              f"{rng.choice('6789')}{digits(9)}"]),
    "br": lambda: rng.choice([f"(11) 9{digits(4)}-{digits(4)}", f"+55 21 9{digits(4)}-{digits(4)}", f"(0{rng.choice(['11','21','31','41'])}) {rng.choice('2345')}{digits(3)}-{digits(4)}",
                              f"+55 (31) {rng.choice('2345')}{digits(3)}-{digits(4)}", f"11 9{digits(4)} {digits(4)}", f"9{digits(4)}-{digits(4)}"]),
    "nl": lambda: rng.choice([f"06-{digits(8)}", f"06 {digits(2)} {digits(2)} {digits(2)} {digits(2)}", f"020-{digits(3)} {digits(4)}",
                              f"+31 (0)20 {digits(3)} {digits(4)}", f"+31 6 {digits(4)} {digits(4)}", f"010 {digits(3)} {digits(2)} {digits(2)}"]),
    "pt": lambda: rng.choice([f"9{rng.choice('1236')}{digits(1)} {digits(3)} {digits(3)}", f"+351 21 {digits(3)} {digits(4)}",
                              f"+351 9{rng.choice('1236')}{digits(1)} {digits(3)} {digits(3)}", f"22 {digits(3)} {digits(4)}", f"00351 9{digits(8)}"]),
}

# ---------------- other PII ----------------
FIRST = ["ana", "jonas", "claire", "mateo", "giulia", "joao", "sanne", "priya", "liam", "fatima", "noah", "elif"]
LAST = ["kovacs", "meier", "dubois", "garcia", "rossi", "silva", "devries", "sharma", "obrien", "nasser", "berg", "yilmaz"]
DOMAINS = ["example.com", "mailbox.org", "web.de", "orange.fr", "gmail.com", "outlook.com", "acme-corp.io", "uni-hamburg.de", "empresa.es", "posteo.net"]


def email():
    f, l = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice([f"{f}.{l}", f"{f}{rng.randint(1, 99)}", f"{f[0]}{l}", f"{f}_{l}", f"{f}+billing"])
    return f"{local}@{rng.choice(DOMAINS)}"


def luhn_check(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_check(num[:-1]) == num[-1]


CARD_PREFIX = {"visa": ("4", 16), "mc": (rng.choice(["52", "55", "2223"]), 16), "amex": ("37", 15), "discover": ("6011", 16)}


def card(brand):
    pre, n = CARD_PREFIX[brand]
    body = pre + digits(n - len(pre) - 1)
    num = body + luhn_check(body)
    if brand == "amex":
        return rng.choice([f"{num[:4]} {num[4:10]} {num[10:]}", num])
    return rng.choice([" ".join(num[i:i + 4] for i in range(0, 16, 4)), "-".join(num[i:i + 4] for i in range(0, 16, 4)), num])


def bad_card():
    body = "4" + digits(14)
    wrong = str((int(luhn_check(body)) + rng.randint(1, 9)) % 10)
    num = body + wrong
    assert not luhn_ok(num)
    return " ".join(num[i:i + 4] for i in range(0, 16, 4))


IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "PT": 25, "GB": 22, "BE": 16}


def iban_check(cc, bban):
    rearranged = bban + cc + "00"
    n = int("".join(str(int(ch, 36)) for ch in rearranged))
    return f"{98 - n % 97:02d}"


def bban(cc):
    n = IBAN_LEN[cc] - 4
    if cc == "NL":
        return draw(4, UP) + digits(10)
    if cc == "GB":
        return draw(4, UP) + digits(14)
    if cc == "IT":
        return rng.choice(UP) + digits(n - 1)
    return digits(n)


def group(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def iban(cc):
    b = bban(cc)
    s = cc + iban_check(cc, b) + b
    return rng.choice([group(s), s])


def bad_iban(cc):
    b = bban(cc)
    good = iban_check(cc, b)
    wrong = f"{(int(good) + rng.randint(1, 40)) % 97 + 2:02d}"
    if wrong == good:
        wrong = f"{(int(good) + 3) % 97 + 2:02d}"
    return group(cc + wrong + b)


def ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return rng.choice([f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}", f"{a:03d} {rng.randint(1, 99):02d} {rng.randint(1, 9999):04d}"])


def ip4():
    return f"{rng.choice([23, 45, 81, 91, 103, 141, 178, 185, 203, 212])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ip6():
    return rng.choice([lambda: ":".join(format(rng.randint(0, 0xffff), "x") for _ in range(8)),
                       lambda: f"2a01:{format(rng.randint(1, 0xffff), 'x')}:{format(rng.randint(1, 0xffff), 'x')}::{format(rng.randint(1, 0xffff), 'x')}"])()


def isbn13():
    body = "978" + digits(9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    full = body + str((10 - s % 10) % 10)
    return f"{full[:3]}-{full[3]}-{full[4:7]}-{full[7:12]}-{full[12]}"


KEEPS = {
    "order": lambda: rng.choice([f"#{nonzero(7)}", f"ORD-{nonzero(8)}", f"{nonzero(10)}", f"A{digits(3)}-{digits(7)}-{digits(7)}"]),
    "ticket": lambda: rng.choice([f"INC{nonzero(7)}", f"JIRA-{rng.randint(100, 9999)}", f"#{nonzero(6)}", f"SR-{nonzero(6)}", f"CS{nonzero(8)}"]),
    "invoice": lambda: rng.choice([f"INV-2026-{digits(5)}", f"RE-{nonzero(6)}", f"F{digits(4)}/{digits(4)}", f"{nonzero(9)}"]),
    "tracking": lambda: rng.choice([f"1Z{draw(6, UP + DI)}{digits(10)}", f"9400 {digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(2)}", f"JJD{digits(18)}", f"{nonzero(12)}"]),
    "date": lambda: rng.choice([f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026",
                                f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/2026", f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"]),
    "time": lambda: rng.choice([f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}", f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} pm", f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{digits(3)}"]),
    "version": lambda: rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}", f"{rng.randint(1, 20)}.{rng.randint(0, 9)}.{rng.randint(0, 400)}"]),
    "build": lambda: f"{rng.choice([10, 6, 17, 8])}.0.{rng.randint(10000, 26999)}.{rng.randint(100, 6999)}",
    "isbn": isbn13,
    "uuid": lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4)),
    "sha": lambda: hashlib.sha1(str(rng.random()).encode()).hexdigest(),
    "shortsha": lambda: hashlib.sha1(str(rng.random()).encode()).hexdigest()[:7],
    "sha256": lambda: hashlib.sha256(str(rng.random()).encode()).hexdigest(),
    "md5": lambda: hashlib.md5(str(rng.random()).encode()).hexdigest(),
    "amount": lambda: rng.choice([f"${rng.randint(1, 9)},{digits(3)}.{digits(2)}", f"€{rng.randint(10, 999)},{digits(2)}", f"£{rng.randint(10, 9999)}.{digits(2)}",
                                  f"{rng.randint(1, 99)}.{digits(3)},{digits(2)} €", f"USD {rng.randint(100, 99999)}.00"]),
    "postcode": lambda: rng.choice([f"{nonzero(5)}", f"{nonzero(5)}-{digits(4)}", f"SW1A {rng.randint(1, 9)}AA", f"75{digits(3)}", f"{rng.randint(1000, 9999)} {draw(2, UP)}", f"{digits(4)}-{digits(3)}"]),
    "part": lambda: rng.choice([f"PN {digits(3)}-{digits(4)}-{digits(2)}", f"SKU-{draw(3, UP)}-{digits(5)}", f"{digits(3)}.{digits(3)}.{digits(2)}", f"MX{digits(4)}-{draw(2, UP)}"]),
    "serial": lambda: rng.choice([f"SN{draw(2, UP)}{digits(8)}", f"S/N {draw(4, UP + DI)}-{draw(4, UP + DI)}-{draw(4, UP + DI)}", f"{draw(3, UP)}{digits(9)}"]),
    "badcard": bad_card,
    "badiban_de": lambda: bad_iban("DE"),
    "badiban_fr": lambda: bad_iban("FR"),
    "badiban_nl": lambda: bad_iban("NL"),
    "request": lambda: rng.choice([f"req_{rand_token(24)}", f"0HN{draw(9, UP + DI)}:0000000{rng.randint(1, 9)}", f"trace-{hexs(16)}"]),
    "port": lambda: str(rng.choice([5432, 6379, 27017, 5672, 1433, 3306, 8080, 443])),
    "duration": lambda: f"{rng.randint(1, 999)}ms",
    "percent": lambda: f"{rng.randint(1, 99)}.{rng.randint(0, 9)} %",
}


# ---------------- templates ----------------
# Each template is used once; language tag in front for the README count.
T = []


def t(lang, text):
    T.append((lang, text))


# --- vendor keys in prose, logs, config ---
t("en", "Rotated the leaked key AKIA-style id {S:aws_id} yesterday; the matching secret {S:aws_secret} was in commit {K:sha}.")
t("en", "[default]\naws_access_key_id = {S:aws_id}\naws_secret_access_key = {S:aws_secret}\nregion = eu-central-1")
t("en", "AWS_SECRET_ACCESS_KEY={S:aws_secret} AWS_ACCESS_KEY_ID={S:aws_id} terraform apply -auto-approve")
t("en", "Found in the CI log at {K:time}: \"awsSecretKey\": \"{S:aws_secret}\" (build {K:version}).")
t("en", "Hey, can you check why my OpenAI calls fail? I'm using {S:openai_proj} and it says quota exceeded since {K:date}.")
t("en", "OPENAI_API_KEY=\"{S:openai_svc}\"  # service account for the batch worker, ticket {K:ticket}")
t("en", "client = OpenAI(api_key=\"{S:openai}\")  # move to an env var before v{K:version}")
t("en", "The Anthropic console shows key {S:anthropic} as active; please revoke it and bill order {K:order}.")
t("en", "x-api-key: {S:anthropic}\nanthropic-version: 2023-06-01\ncontent-type: application/json")
t("en", "Admin key for the org API: {S:anthropic_admin}")
t("en", "<meta-data android:name=\"com.google.android.geo.API_KEY\" android:value=\"{S:google}\"/>")
t("en", "maps.googleapis.com/maps/api/geocode/json?address=Main+St&key={S:google} returned 403 at {K:time}.")
t("en", "{\"web\":{\"client_id\":\"{K:order}-abc.apps.googleusercontent.com\",\"client_secret\":\"{S:google_oauth}\",\"redirect_uris\":[\"http://localhost\"]}}")
t("en", "DefaultEndpointsProtocol=https;AccountName=stprodlogs;AccountKey={S:azure_storage};EndpointSuffix=core.windows.net")
t("en", "Ocp-Apim-Subscription-Key: {S:azure_cog}\nRegion: westeurope\nX-Request-Id: {K:uuid}")
t("en", "AZURE_CLIENT_ID={K:uuid}\nAZURE_TENANT_ID={K:uuid}\nAZURE_CLIENT_SECRET={S:azure_entra}")
t("en", "The app registration secret value is {S:azure_entra} and it expires on {K:date}.")
t("en", "https://stprod.blob.core.windows.net/exports/report.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-31T23:59:59Z&spr=https&sig={S:sas_sig}")
t("en", "git remote set-url origin https://{S:gh_classic}@github.com/acme/payments.git")
t("en", "Our deploy bot uses the fine-grained token {S:gh_fine}; it was created for release {K:version}.")
t("en", "Authorization: token {S:gh_app}\nAccept: application/vnd.github+json")
t("en", "GITHUB_TOKEN: {S:gh_classic}   # job {K:order} on runner ubuntu-22.04")
t("en", "curl --header \"PRIVATE-TOKEN: {S:gitlab}\" https://gitlab.example.com/api/v4/projects/{K:order}/pipelines")
t("en", "Stripe.apiKey = \"{S:stripe_live}\"; // charge {K:amount} for invoice {K:invoice}")
t("en", "STRIPE_SECRET_KEY={S:stripe_test}\nSTRIPE_WEBHOOK_SECRET={S:stripe_whsec}")
t("en", "Restricted key for the reporting job: {S:stripe_rk} (created {K:date}).")
t("en", "SLACK_BOT_TOKEN={S:slack_bot}\nSLACK_APP_TOKEN={S:slack_app}")
t("en", "The user token {S:slack_user} was pasted in #general at {K:time}, please rotate.")
t("en", "Alerts go to {S:slack_hook} — the on-call channel, runbook {K:ticket}.")
t("en", "TWILIO_API_KEY={S:twilio_key}\nTWILIO_AUTH_TOKEN={S:twilio_token}\nTWILIO_ACCOUNT_SID=AC{K:md5}")
t("en", "sendgrid.setApiKey('{S:sendgrid}'); // newsletter job {K:ticket}")
t("en", "//registry.npmjs.org/:_authToken={S:npm}")
t("en", "[pypi]\n  username = __token__\n  password = {S:pypi}")
t("en", "huggingface-cli login --token {S:hf}  # model rev {K:shortsha}")
t("en", "DD_API_KEY={S:datadog_api}\nDD_APP_KEY={S:datadog_app}\nDD_SITE=datadoghq.eu")
t("en", "Here is the token the API gave me: Bearer {S:jwt} — it expires after 3600 seconds.")
t("en", "Cookie: session={S:jwt}; theme=dark; lang=en")
t("en", "id_token={S:jwt}&state={K:uuid}")
t("en", "Please ignore, wrong paste:\n{S:pem_rsa}\nThe cert for build {K:build} is fine.")
t("en", "key.pem contains\n{S:pem_pkcs8}")
t("en", "{S:pem_openssh}")
t("en", "tls.key: |\n  {S:pem_ec}")
# --- connection strings ---
t("en", "Server=tcp:sql-prod.database.windows.net,1433;Database=orders;User ID=appuser;Password={S:password};Encrypt=True;")
t("en", "DATABASE_URL=postgres://billing:{S:password}@db.internal:5432/billing?sslmode=require")
t("en", "MONGO_URI=mongodb+srv://reporter:{S:password}@cluster0.ab12c.mongodb.net/analytics?retryWrites=true")
t("en", "redis://:{S:password}@cache-01.internal:6379/0 is what the worker connects to since {K:date}.")
t("en", "\"Redis\": \"cache.internal:6380,password={S:password},ssl=True,abortConnect=False\"")
t("en", "amqp://orders:{S:password}@rabbitmq.internal:5672/%2F")
t("en", "jdbc:mysql://db:3306/shop?user=shop&password={S:password}&useSSL=false")
t("en", "Data Source=.\\SQLEXPRESS;Initial Catalog=Crm;User Id=sa;Pwd={S:password};")
# --- config files ---
t("en", "# .env\nDB_HOST=localhost\nDB_PORT={K:port}\nDB_PASSWORD={S:password}\nLOG_LEVEL=debug")
t("en", "database:\n  host: db.internal\n  port: {K:port}\n  username: svc_report\n  password: {S:password}")
t("en", "smtp:\n  user: {{EMAIL|alerts@example.com}}\n  pass: \"{S:password}\"\n  port: 587")
t("en", "{\"db\": {\"user\": \"app\", \"password\": \"{S:password}\", \"poolSize\": 20}, \"build\": \"{K:build}\"}")
t("en", "{\"apiKey\": \"{S:opaque}\", \"timeoutMs\": 5000, \"requestId\": \"{K:uuid}\"}")
t("en", "[database]\nuser = reporting\npassword = {S:password}\n[cache]\nttl = 300")
t("en", "<add key=\"SmtpPassword\" value=\"{S:password}\" />")
t("en", "<connection user=\"admin\" password=\"{S:password}\" host=\"{{IP|10.0.0.5}}\" timeout=\"30\"/>")
t("en", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-credentials\ntype: Opaque\ndata:\n  password: {S:k8s_b64}")
t("en", "stringData:\n  API_TOKEN: {S:opaque}\n  LOG_LEVEL: info")
t("en", "services:\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_PASSWORD={S:password}\n      - POSTGRES_USER=app")
t("en", "docker run -e MYSQL_ROOT_PASSWORD={S:password} -p 3306:3306 mysql:8.0")
t("en", "spring.datasource.password={S:password}\nspring.datasource.url=jdbc:postgresql://db:5432/app")
t("en", "webhook_secret: {S:hex_token}\nretries: 3\nbackoff: {K:duration}")
t("en", "\"client_secret\": \"{S:opaque}\", \"grant_type\": \"client_credentials\"")
# --- shell ---
t("en", "export DB_PASSWORD='{S:password}'\nexport DB_USER=admin")
t("en", "mysql -u root -p{S:password} -h {{IP|127.0.0.1}} shop < dump_{K:date}.sql")
t("en", "psql \"host=db port=5432 user=etl password={S:password} dbname=warehouse\"")
t("en", "./deploy.sh --user deploy --password {S:password} --env prod --build {K:build}")
t("en", "redis-cli -h cache-01 -a {S:password} INFO keyspace")
t("en", "curl -H \"Authorization: Bearer {S:opaque}\" https://api.example.com/v2/orders/{K:order}")
t("en", "curl -u admin:{S:password} https://jenkins.internal/job/nightly/build")
t("en", "curl -H 'X-API-Key: {S:hex_token}' https://metrics.example.net/api/v1/query")
t("en", "sshpass -p '{S:password}' ssh {{EMAIL|ops@bastion.internal}}")
t("en", "docker login registry.example.com -u ci -p {S:password}")
t("en", "Authorization: Basic {S:basic_auth}")
t("en", "set PGPASSWORD={S:password}&& pg_dump -h db -U postgres shop > backup.sql")
# --- prose, multilingual ---
t("en", "my password for the staging box is {S:password}, please don't share it")
t("en", "The wifi password is {S:password} and the guest network ends at {K:time}.")
t("en", "pwd: {S:password} (temporary, change after first login)")
t("de", "Mein Passwort ist {S:password}, bitte nach dem Test ändern.")
t("de", "Das Kennwort für den Server lautet {S:password} – Ticket {K:ticket}.")
t("de", "Zugangsdaten: Benutzer admin, Passwort: {S:password}")
t("fr", "Mon mot de passe est {S:password}, je l'ai changé le {K:date}.")
t("fr", "Voici le mot de passe du compte de test : {S:password}")
t("es", "La contraseña es {S:password} y el usuario es soporte.")
t("es", "Mi contraseña del correo: {S:password}, pedido {K:order}.")
t("it", "La mia password è {S:password}, la cambio domani.")
t("it", "Credenziali del server: utente root, password {S:password}")
t("pt", "A minha senha é {S:password}, não partilhes.")
t("pt", "Senha do banco de dados: {S:password} (pedido {K:order})")
t("nl", "Mijn wachtwoord is {S:password}, graag na gebruik wijzigen.")
t("nl", "Het wachtwoord van de beheerder: {S:password}")
t("de", "Hier der API-Schlüssel für das Projekt: {S:openai_proj}")
t("es", "Te paso la clave de Stripe: {S:stripe_live} para la factura {K:invoice}.")
t("fr", "Le jeton GitHub {S:gh_classic} a fuité dans le dépôt, version {K:version}.")

# --- placeholders and look-alikes only ---
t("en", "Set OPENAI_API_KEY=[[sk-...]] in your shell, never commit the real value.")
t("en", "api_key: [[<your-api-key>]]\nmodel: gpt-4o\nmax_tokens: 1024")
t("en", "password: [[${DB_PASSWORD}]]\nuser: [[${DB_USER}]]")
t("en", "AWS_SECRET_ACCESS_KEY=[[xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]] # replace me")
t("en", "Use a token like [[ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX]] (placeholder) in the docs.")
t("en", "The password must be at least 12 characters; reset link for ticket {K:ticket} sent.")
t("en", "DB_PASSWORD={{SECRET|changeit-in-prod}}")
t("en", "Commit {K:sha} bumps lodash to {K:version}, integrity sha256 {K:sha256}.")
t("en", "Checksum (md5) of the upload: {K:md5}, request {K:request}.")
t("en", "apiKey: [[process.env.STRIPE_SECRET_KEY]], timeout: 30")
t("en", "token = [[os.environ[\"HF_TOKEN\"]]]")
t("en", "Authorization: Bearer [[<token>]]")
t("en", "password=[[********]] (masked by the logger)")
t("en", "ORDER {K:order} | TRACK {K:tracking} | shipped {K:date} {K:time}")

# --- phones ---
t("en", "Customer called from {P:nanp} about order {K:order}; callback requested before {K:time}.")
t("en", "2026-11-03 14:22:07 INFO sms.sent to={P:e164} template=otp id={K:uuid}")
t("en", "Reach me at {P:nanp_dash} — I'm on the road until {K:date}.")
t("en", "New lead: Dana, cell {P:nanp_unassigned}, budget {K:amount}.")
t("en", "Vendor support line {P:nanp_unassigned} (hours 9–5 ET), case {K:ticket}.")
t("en", "Please dial {P:nanp_ext} and ask for accounts payable regarding invoice {K:invoice}.")
t("en", "| name | phone | order |\n|---|---|---|\n| K. Ito | {P:nanp} | {K:order} |\n| M. Ruiz | {P:e164_spaced} | {K:order} |")
t("en", "Contact: {P:e164_spaced}, tracking {K:tracking}.")
t("en", "WARN twilio.delivery failed number={P:e164} code=30003 ts={K:date}")
t("en", "{P:nanp_dash} is the number on the refund form for ticket {K:ticket}.")
t("en", "Text me on {P:nanp_unassigned} once the parcel {K:tracking} arrives.")
t("en", "Our London office: {P:uk}. Invoice {K:invoice}, postcode {K:postcode}.")
t("en", "UK mobile {P:uk} – delivery slot {K:time}.")
t("en", "Call the Manchester team on {P:uk} about part {K:part}.")
t("de", "Bitte rufen Sie mich unter {P:de} zurück, Bestellnummer {K:order}.")
t("de", "Tel. {P:de}, Fax {P:de} – Rechnung {K:invoice} vom {K:date}.")
t("de", "Handy: {P:de} (ab {K:time} erreichbar)")
t("en", "Berlin hotline {P:de}, serial {K:serial}.")
t("fr", "Vous pouvez me joindre au {P:fr} pour la commande {K:order}.")
t("fr", "Tél : {P:fr} – rendez-vous le {K:date} à {K:time}.")
t("en", "Paris office {P:fr}, booking ref {K:ticket}.")
t("es", "Llámame al {P:es} por el pedido {K:order}, gracias.")
t("es", "Teléfono de contacto: {P:es}. Código postal {K:postcode}.")
t("en", "Madrid contact {P:es}, amount due {K:amount}.")
t("it", "Il mio cellulare è {P:it}, ordine {K:order}.")
t("it", "Tel. ufficio {P:it} — fattura {K:invoice}.")
t("en", "Rome desk: {P:it}; build {K:build} deployed.")
t("en", "Our Bangalore support: {P:in}, ticket {K:ticket}.")
t("en", "Mobile {P:in} – please WhatsApp the invoice {K:invoice}.")
t("en", "Mumbai office landline {P:in}, GSTIN invoice {K:invoice}.")
t("pt", "Meu celular é {P:br}, pedido {K:order}.")
t("pt", "Telefone comercial: {P:br}, CEP {K:postcode}.")
t("en", "São Paulo contact {P:br} for shipment {K:tracking}.")
t("nl", "Bel me op {P:nl} over bestelling {K:order}.")
t("nl", "Telefoonnummer: {P:nl} – factuur {K:invoice}.")
t("en", "Amsterdam desk {P:nl}, version {K:version}.")
t("pt", "O meu telemóvel é {P:pt}, encomenda {K:order}.")
t("pt", "Contacto Lisboa: {P:pt}")
t("en", "Lisbon office {P:pt} and Porto {P:pt}.")
t("en", "({P:e164_spaced})")
t("en", "caller_id={P:e164}&duration={K:duration}&status=completed")
t("en", "Phone numbers on file: {P:uk}; {P:de}; {P:fr}.")
t("en", "If urgent, {P:nanp} or {P:e164_spaced}, otherwise email.")
t("en", "2026-10-12T08:15:00Z callback queued phone=\"{P:nanp}\" order={K:order}")
t("en", "Emergency contact (wife): {P:nanp_dash}")
t("en", "Support: {P:nanp} ext. 4410 – ticket {K:ticket}, SLA {K:percent}")

# --- mixed PII, e-mail, cards, IBAN, IP, SSN ---
t("en", "Refund of {K:amount} for order {K:order} goes to card {C:visa}, receipt to {E}.")
t("en", "Payment failed for {C:mc} (expires 08/28); customer {E} called from {P:nanp}.")
t("en", "Amex on file: {C:amex}. Not this one: {K:badcard}.")
t("de", "Bitte überweisen Sie {K:amount} auf {I:DE}, Verwendungszweck {K:invoice}.")
t("fr", "Merci de virer le montant sur {I:FR} avant le {K:date}.")
t("es", "Mi cuenta es {I:ES}, la factura {K:invoice}.")
t("it", "IBAN per il rimborso: {I:IT}")
t("nl", "Rekeningnummer {I:NL}, klantnummer {K:order}.")
t("pt", "O IBAN é {I:PT}; referência {K:invoice}.")
t("en", "Wire to {I:GB}. The number {K:badiban_de} in the old form is a typo.")
t("en", "This IBAN looks wrong: {K:badiban_fr} and so does {K:badiban_nl}.")
t("en", "Failed login for {E} from {IP4} at {K:time}, user agent build {K:build}.")
t("en", "nginx: {IP4} - - [{K:date}] \"GET /api/orders/{K:order} HTTP/1.1\" 200 512")
t("en", "Blocked {IP6} after 20 attempts; rule version {K:version}.")
t("en", "SSN {SSN} was entered in the free-text field of ticket {K:ticket}.")
t("en", "Employee record: {E}, SSN {SSN}, start date {K:date}.")
t("en", "Card {C:discover} was declined; order {K:order}, amount {K:amount}.")
t("de", "Kontakt: {E}, Telefon {P:de}.")
t("fr", "Écrivez à {E} ou appelez le {P:fr}.")
t("es", "Escríbeme a {E} o al {P:es}.")

# --- look-alike-only sentences ---
t("en", "Your order {K:order} ships with tracking {K:tracking}, ETA {K:date}.")
t("en", "Build {K:build} of the agent fixes the crash seen in {K:version}.")
t("en", "ISBN {K:isbn}, price {K:amount}, stock location {K:part}.")
t("en", "Device {K:serial} reported uptime {K:percent} and latency {K:duration}.")
t("en", "Case {K:ticket}: customer in {K:postcode} wants invoice {K:invoice} reissued.")
t("de", "Lieferung {K:tracking} kommt am {K:date} zwischen {K:time} und 18:00.")
t("fr", "Facture {K:invoice} d'un montant de {K:amount}, commande {K:order}.")
t("es", "Pedido {K:order} enviado el {K:date}, número de seguimiento {K:tracking}.")
t("en", "trace_id={K:uuid} span={K:request} took {K:duration}")
t("en", "Merged {K:shortsha} and {K:sha} into release {K:version}.")
t("en", "The card number {K:badcard} fails validation, order {K:order}.")
t("en", "Docker image digest sha256:{K:sha256} pulled at {K:time}.")
t("nl", "Bestelling {K:order} is verzonden, track & trace {K:tracking}.")
t("it", "Ordine {K:order} del {K:date}, importo {K:amount}.")
t("pt", "Encomenda {K:order}, fatura {K:invoice}, código postal {K:postcode}.")
t("en", "Windows {K:build}, driver {K:version}, part {K:part}.")
t("en", "Meeting at {K:time} on {K:date} in room 4.12, dial-in code {K:order}.")

# --- denser rows: several values in one log, table or message ---
t("en", "on-call roster:\n  primary  {P:nanp}\n  backup   {P:e164_spaced}\n  manager  {P:uk}\n  escalate {P:nanp_unassigned}")
t("en", "| site | phone | fax |\n|---|---|---|\n| Köln | {P:de} | {P:de} |\n| Lyon | {P:fr} | {P:fr} |\n| Porto | {P:pt} | {P:pt} |")
t("en", "2026-11-20 09:12:44 WARN auth user={E} ip={IP4} phone={P:e164} session={K:uuid}")
t("en", "export GITLAB_TOKEN={S:gitlab}\nexport NPM_TOKEN={S:npm}\nexport HF_TOKEN={S:hf}")
t("en", "env:\n  - name: SENDGRID_API_KEY\n    value: {S:sendgrid}\n  - name: STRIPE_KEY\n    value: {S:stripe_live}")
t("en", "AWS keys from the old laptop: {S:aws_id} / {S:aws_secret}; Google: {S:google}.")
t("es", "Datos de acceso: usuario admin, contraseña {S:password}, teléfono {P:es}.")
t("de", "Notfallkontakte: {P:de} oder {P:e164_spaced}, Passwort für den Tresor: {S:password}")
t("fr", "Contacts : {P:fr}, {P:fr} ; jeton API {S:openai_proj}")
t("it", "Chiamami al {P:it} oppure al {P:it}.")
t("en", "Caller list: {P:in}, {P:br}, {P:nl}, {P:nanp_dash}.")


def fill(template):
    pii, keep, out, i = [], [], [], 0
    while i < len(template):
        if template.startswith("{{", i):
            j = template.index("}}", i)
            typ, _, lit = template[i + 2:j].partition("|")
            pii.append({"type": typ, "value": lit})
            out.append(lit)
            i = j + 2
            continue
        if template.startswith("[[", i):
            j = template.index("]]", i)
            lit = template[i + 2:j]
            keep.append(lit)
            out.append(lit)
            i = j + 2
            continue
        if template[i] == "{" and i + 1 < len(template) and (template[i + 1].isupper()) and "}" in template[i:]:
            j = template.index("}", i)
            slot = template[i + 1:j]
            kind, _, arg = slot.partition(":")
            if kind == "S":
                value, typ = SECRETS[arg](), "SECRET"
            elif kind == "P":
                value, typ = PHONES[arg](), "PHONE"
            elif kind == "E":
                value, typ = email(), "EMAIL"
            elif kind == "C":
                value, typ = card(arg), "CREDIT_CARD"
            elif kind == "I":
                value, typ = iban(arg), "IBAN"
            elif kind == "IP4":
                value, typ = ip4(), "IP"
            elif kind == "IP6":
                value, typ = ip6(), "IP"
            elif kind == "SSN":
                value, typ = ssn(), "SSN"
            elif kind == "K":
                value, typ = KEEPS[arg](), None
            else:
                raise ValueError(slot)
            if typ is None:
                keep.append(value)
            else:
                pii.append({"type": typ, "value": value})
            out.append(value)
            i = j + 1
            continue
        out.append(template[i])
        i += 1
    return "".join(out), pii, keep


def main():
    rows, langs = [], {}
    for lang, template in T:
        text, pii, keep = fill(template)
        for p in pii:
            assert p["value"] in text
            if p["type"] == "CREDIT_CARD":
                assert luhn_ok(p["value"].replace(" ", "").replace("-", ""))
        for k in keep:
            assert k in text
            assert not any(k in p["value"] or p["value"] in k for p in pii), (k, pii)
        rows.append({"text": text, "pii": pii, "keep": keep})
        langs[lang] = langs.get(lang, 0) + 1
    rng.shuffle(rows)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pii-dev3.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    types = {}
    for r in rows:
        for p in r["pii"]:
            types[p["type"]] = types.get(p["type"], 0) + 1
    print(len(rows), "rows", sum(len(r["pii"]) for r in rows), "pii", sum(len(r["keep"]) for r in rows), "keep",
          sum(1 for r in rows if not r["pii"]), "without pii", types, langs)


if __name__ == "__main__":
    main()
