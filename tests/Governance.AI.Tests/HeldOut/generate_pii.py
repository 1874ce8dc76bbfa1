# -*- coding: utf-8 -*-
"""Generates pii-dev.jsonl and pii-test.jsonl (held-out PII redaction set).

Sentence wording is hand-written (TEMPLATES below); this script only fills the slots with
seeded random, fake values that carry valid checksums (Luhn for cards, mod-97 for IBANs) and
fills the look-alike slots with values that must NOT be redacted (including 16-digit numbers
that fail Luhn and IBAN-shaped strings that fail mod-97).

Slots:  {EMAIL} {PHONE:kind} {SSN[:space|plain]} {CC[:brand]} {IBAN[:country]} {IP4} {IP6}
        {SECRET:kind} -> recorded in "pii" with their type
        {K:kind} and [[literal]] -> recorded in "keep"
Split:  template i goes to dev when i is even, to test when i is odd (no template is used twice).
Run:    python3 generate_pii.py   (deterministic, seed 20261204)
"""
import random, string, uuid

rng = random.Random(20261204)
D = string.digits
def dig(n): return "".join(rng.choice(D) for _ in range(n))
def nz(n): return rng.choice("123456789") + dig(n - 1)
def alnum(n, chars=string.ascii_letters + string.digits): return "".join(rng.choice(chars) for _ in range(n))

# ---------- checksums ----------
def luhn_check_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    return str((10 - s % 10) % 10)
def luhn_ok(num):
    num = "".join(c for c in num if c.isdigit())
    return luhn_check_digit(num[:-1]) == num[-1]
def iban_digits(s):
    return "".join(str(int(c, 36)) for c in s)
def iban_ok(iban):
    s = iban.replace(" ", "")
    return int(iban_digits(s[4:] + s[:4])) % 97 == 1
def make_iban(cc, bban):
    check = 98 - int(iban_digits(bban + cc + "00")) % 97
    return f"{cc}{check:02d}{bban}"
def group4(s): return " ".join(s[i:i+4] for i in range(0, len(s), 4))

# ---------- EMAIL ----------
FIRST = ["anna","marco","priya","jonas","chloe","diego","fatima","liam","sofia","kenji","olga","mateo","amelie","rahul","grace","lukas","ines","tomasz","yara","noah","elena","samir","hannah","pablo","mei","oscar","leonie","arjun","camille","david","julia","felix","nora","ravi","lucia","theo","zoe","emil","aisha","hugo"]
LAST = ["schmidt","rossi","patel","nguyen","garcia","muller","dubois","kowalski","tanaka","oconnor","silva","fischer","martin","ivanova","lopez","weber","moreau","santos","kumar","bianchi","jensen","novak","haddad","becker","ferreira","leroy","romero","walsh","costa","wagner"]
DOMAINS = ["gmail.com","outlook.com","yahoo.co.uk","web.de","gmx.de","orange.fr","hotmail.es","libero.it","icloud.com","proton.me","contoso.com","fabrikam.io","northwind-traders.com","mail.acme-corp.com","uni-heidelberg.de","infosys.co.in","uol.com.br","example.org","shop.fictional-bikes.eu","tutanota.com"]
def email():
    f, l, d = rng.choice(FIRST), rng.choice(LAST), rng.choice(DOMAINS)
    fmt = rng.randrange(8)
    local = [f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{rng.randint(1,99)}", f"{f}+{rng.choice(['orders','news','billing','travel'])}", f"{l}.{f[0]}", f"{f}{l[:3]}{rng.randint(70,99)}", f"{f.capitalize()}.{l.capitalize()}", f"{f}-{l}"][fmt]
    return f"{local}@{d}"

# ---------- PHONE ----------
US_AREAS = ["212","312","415","617","206","303","512","702","404","213","718","646","305","214","602","503","615","919","801","612","470","773","859","720"]
UNASSIGNED = ["372","374","376","378","962","964","966","968","292","394","496","593","692","797"]   # reserved / not (yet) assigned NPAs
def exch():
    while True:
        e = rng.choice("23456789") + dig(2)
        if e[1:] != "11" and e != "555": return e
def us(kind=None, area=None):
    a = area or rng.choice(US_AREAS); e = exch(); s = dig(4)
    kind = kind or rng.choice(["paren","dash","dot","plus","plusparen","one","plusdash","space"])
    return {"paren": f"({a}) {e}-{s}", "dash": f"{a}-{e}-{s}", "dot": f"{a}.{e}.{s}", "plus": f"+1 {a} {e} {s}",
            "plusparen": f"+1 ({a}) {e}-{s}", "one": f"1-{a}-{e}-{s}", "plusdash": f"+1-{a}-{e}-{s}", "space": f"{a} {e} {s}",
            "e164": f"+1{a}{e}{s}"}[kind]
def us_unassigned(): return us(rng.choice(["paren","dash","dot","plusparen"]), rng.choice(UNASSIGNED))
def tollfree(): return f"1-{rng.choice(['800','888','877','866','855'])}-{exch()}-{dig(4)}"
def uk(kind=None):
    kind = kind or rng.choice(["mob","mob_intl","mob_intl0","lon","lon_intl","geo","geo_intl","mob_e164","lon_paren"])
    m = "7" + rng.choice("45789") + dig(2); ms = dig(6)
    l1, l2 = rng.choice("378") + dig(3), dig(4)
    g = rng.choice(["161","131","113","117","141","121"]); gs = f"{dig(3)} {dig(4)}"
    return {"mob": f"0{m} {ms}", "mob_intl": f"+44 {m} {ms}", "mob_intl0": f"+44 (0){m} {ms}", "mob_e164": f"+44{m}{ms}",
            "lon": f"020 {l1} {l2}", "lon_intl": f"+44 20 {l1} {l2}", "lon_paren": f"(020) {l1} {l2}",
            "geo": f"0{g} {gs}", "geo_intl": f"+44 {g} {gs}"}[kind]
def de(kind=None):
    kind = kind or rng.choice(["land","slash","mob","mobdash","intl","intl0","mob_intl","dblzero","land_sp"])
    city = rng.choice(["30","40","89","221","69","711","211","351","341"]); cn = nz(7 if len(city) <= 2 else 6)
    mob = rng.choice(["151","152","160","170","171","172","175","176","177","179"]); mn = nz(7) + (dig(1) if rng.random() < .5 else "")
    return {"land": f"0{city} {cn}", "slash": f"0{city}/{cn}", "mob": f"0{mob} {mn}", "mobdash": f"0{mob}-{mn}",
            "intl": f"+49 {city} {cn}", "intl0": f"+49 (0){city} {cn}", "mob_intl": f"+49 {mob} {mn}", "dblzero": f"0049 {city} {cn}",
            "land_sp": f"0{city} {cn[:3]} {cn[3:]}"}[kind]
def fr(kind=None):
    kind = kind or rng.choice(["land","mob","dots","intl","intl0","dblzero","e164"])
    first = rng.choice("12345") if kind in ("land","intl0") else rng.choice("67")
    p = [dig(2) for _ in range(4)]
    return {"land": f"0{first} {' '.join(p)}", "mob": f"0{first} {' '.join(p)}", "dots": f"0{first}.{'.'.join(p)}",
            "intl": f"+33 {first} {' '.join(p)}", "intl0": f"+33 (0){first} {' '.join(p)}", "dblzero": f"0033 {first} {' '.join(p)}",
            "e164": f"+33{first}{''.join(p)}"}[kind]
def es(kind=None):
    kind = kind or rng.choice(["mob3","mob2","land","intl","intl_land","dblzero"])
    m = rng.choice("67") + dig(8); l = "9" + rng.choice("1345") + dig(7)
    return {"mob3": f"{m[:3]} {m[3:6]} {m[6:]}", "mob2": f"{m[:3]} {m[3:5]} {m[5:7]} {m[7:]}", "land": f"{l[:2]} {l[2:5]} {l[5:7]} {l[7:]}",
            "intl": f"+34 {m[:3]} {m[3:6]} {m[6:]}", "intl_land": f"+34 {l[:3]} {l[3:6]} {l[6:]}", "dblzero": f"0034 {m}"}[kind]
def it(kind=None):
    kind = kind or rng.choice(["mob","mob_intl","rome","rome_intl","milan","e164"])
    m = "3" + rng.choice("2345789") + dig(1)
    return {"mob": f"{m} {dig(3)} {dig(4)}", "mob_intl": f"+39 {m} {dig(3)} {dig(4)}", "rome": f"06 {dig(4)} {dig(4)}",
            "rome_intl": f"+39 06 {dig(4)} {dig(4)}", "milan": f"02 {dig(4)} {dig(4)}", "e164": f"+39{m}{dig(7)}"}[kind]
def india(kind=None):
    kind = kind or rng.choice(["intl","trunk","plain","intl_dash","land","land_intl","delhi"])
    m = rng.choice("6789") + dig(4); m2 = dig(5)
    return {"intl": f"+91 {m} {m2}", "trunk": f"0{m} {m2}", "plain": f"{m} {m2}", "intl_dash": f"+91-{m}-{m2}",
            "land": f"022 {dig(4)} {dig(4)}", "land_intl": f"+91 22 {dig(4)} {dig(4)}", "delhi": f"011-{dig(4)}-{dig(4)}"}[kind]
def br(kind=None):
    kind = kind or rng.choice(["mob","mob_intl","land","land_intl","e164","trunk","plain"])
    ddd = rng.choice(["11","21","31","41","51","61","71","81","85"])
    mob = "9" + rng.choice("6789") + dig(3); mob2 = dig(4); l1 = rng.choice("2345") + dig(3)
    return {"mob": f"({ddd}) {mob}-{mob2}", "mob_intl": f"+55 {ddd} {mob}-{mob2}", "land": f"({ddd}) {l1}-{dig(4)}",
            "land_intl": f"+55 ({ddd}) {l1}-{dig(4)}", "e164": f"+55{ddd}{mob}{mob2}", "trunk": f"(0{ddd}) {mob}-{mob2}",
            "plain": f"{ddd} {mob} {mob2}"}[kind]
def e164():
    return rng.choice([lambda: us("e164"), lambda: uk("mob_e164"), lambda: "+49" + rng.choice(["151","176","30"]) + nz(8),
                       lambda: fr("e164"), lambda: "+34" + rng.choice("67") + dig(8), lambda: it("e164"),
                       lambda: "+91" + rng.choice("98") + dig(9), lambda: br("e164"), lambda: "+614" + dig(8),
                       lambda: "+316" + dig(8), lambda: "+8190" + dig(8)])()
PHONE = {"us": us, "us_paren": lambda: us("paren"), "us_dash": lambda: us("dash"), "us_dot": lambda: us("dot"),
         "us_plus": lambda: us(rng.choice(["plus","plusparen","plusdash"])), "us_unassigned": us_unassigned, "tollfree": tollfree,
         "e164": e164, "uk": uk, "uk_mobile": lambda: uk(rng.choice(["mob","mob_intl","mob_intl0"])),
         "uk_land": lambda: uk(rng.choice(["lon","lon_intl","geo","geo_intl","lon_paren"])),
         "de": de, "de_mobile": lambda: de(rng.choice(["mob","mobdash","mob_intl"])), "fr": fr, "es": es, "it": it, "in": india, "br": br}

# ---------- SSN ----------
def ssn(kind="dash"):
    while True:
        a = rng.randint(1, 899)
        if a != 666: break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    return {"dash": f"{a:03d}-{g:02d}-{s:04d}", "space": f"{a:03d} {g:02d} {s:04d}", "plain": f"{a:03d}{g:02d}{s:04d}"}[kind]

# ---------- CREDIT CARD ----------
BRANDS = {"visa": (["4"], 16), "mc": (["51","52","53","54","55","2221","2500","2720"], 16), "amex": (["34","37"], 15),
          "discover": (["6011","65"], 16), "jcb": (["3528","3566","3589"], 16), "diners": (["36"], 14), "unionpay": (["62"], 16)}
def cc_digits(brand):
    pre, n = BRANDS[brand]; p = rng.choice(pre)
    body = p + dig(n - len(p) - 1)
    return body + luhn_check_digit(body)
def fmt_card(num, sep):
    if len(num) == 15: parts = [num[:4], num[4:10], num[10:]]
    elif len(num) == 14: parts = [num[:4], num[4:10], num[10:]]
    else: parts = [num[i:i+4] for i in range(0, len(num), 4)]
    return sep.join(parts)
def cc(brand=None, sep=None):
    brand = brand or rng.choice(list(BRANDS))
    sep = rng.choice([" ", "-", "", " "]) if sep is None else sep
    num = cc_digits(brand); assert luhn_ok(num)
    return fmt_card(num, sep)
def bad_cc():
    num = cc_digits(rng.choice(["visa","mc","discover"]))
    num = num[:-1] + str((int(num[-1]) + rng.randint(1, 9)) % 10); assert not luhn_ok(num)
    return fmt_card(num, rng.choice([" ", "-", ""]))

# ---------- IBAN ----------
UP = string.ascii_uppercase
IBAN_BBAN = {"de": lambda: dig(8) + dig(10), "gb": lambda: rng.choice(["NWBK","BARC","LOYD","HBUK","MIDL"]) + dig(6) + dig(8),
             "fr": lambda: dig(5) + dig(5) + dig(11) + dig(2), "es": lambda: dig(4) + dig(4) + dig(2) + dig(10),
             "it": lambda: rng.choice(UP) + dig(5) + dig(5) + dig(12), "nl": lambda: rng.choice(["ABNA","INGB","RABO","TRIO"]) + dig(10),
             "be": lambda: dig(12), "at": lambda: dig(16), "ch": lambda: dig(5) + dig(12), "pl": lambda: dig(24),
             "ie": lambda: rng.choice(["AIBK","BOFI"]) + dig(6) + dig(8)}
def iban(country=None, grouped=None):
    country = country or rng.choice(list(IBAN_BBAN))
    v = make_iban(country.upper(), IBAN_BBAN[country]()); assert iban_ok(v)
    grouped = rng.random() < 0.6 if grouped is None else grouped
    return group4(v) if grouped else v
def bad_iban(country=None):
    country = country or rng.choice(["de","fr","gb","es","it","nl"])
    v = make_iban(country.upper(), IBAN_BBAN[country]())
    cd = int(v[2:4]); nd = cd
    while nd == cd: nd = rng.randint(2, 98)
    v = v[:2] + f"{nd:02d}" + v[4:]; assert not iban_ok(v)
    return group4(v) if rng.random() < 0.6 else v

# ---------- IP ----------
def ip4():
    k = rng.randrange(5)
    if k == 0: return f"192.168.{rng.randint(0,20)}.{rng.randint(2,254)}"
    if k == 1: return f"10.{rng.randint(0,255)}.{rng.randint(0,255)}.{rng.randint(1,254)}"
    if k == 2: return f"{rng.choice(['203.0.113','198.51.100','192.0.2'])}.{rng.randint(1,254)}"
    return f"{rng.choice([23,31,45,52,62,77,81,91,104,138,151,185,212])}.{rng.randint(0,255)}.{rng.randint(0,255)}.{rng.randint(1,254)}"
def h4(): return format(rng.randint(0, 0xffff), "x")
def ip6():
    k = rng.randrange(5)
    if k == 0: return ":".join(format(rng.randint(0, 0xffff), "04x") for _ in range(8)).replace(":", ":", 7).replace("0000", "0000")
    if k == 1: return f"2001:db8:{h4()}::{h4()}:{h4()}"
    if k == 2: return f"fe80::{h4()}:{h4()}:{h4()}:{h4()}"
    if k == 3: return f"2a02:{h4()}:{h4()}:{h4()}:{h4()}:{h4()}:{h4()}:{h4()}"
    return f"2600:1f18:{h4()}:{h4()}::{h4()}"

# ---------- SECRETS (fake, random) ----------
B32 = UP + "234567"
B64 = string.ascii_letters + string.digits + "+/"
URLSAFE = string.ascii_letters + string.digits + "-_"
AN = string.ascii_letters + string.digits
SECRET = {
 "aws_id": lambda: rng.choice(["AKIA", "AKIA", "ASIA"]) + alnum(16, B32),
 "aws_secret": lambda: alnum(40, B64),
 "anthropic": lambda: "sk-ant-api03-" + alnum(93, URLSAFE) + "AA",
 "openai": lambda: "sk-" + alnum(20, AN) + "T3BlbkFJ" + alnum(20, AN),
 "openai_proj": lambda: "sk-proj-" + alnum(rng.choice([48, 64, 80]), URLSAFE) + "T3BlbkFJ" + alnum(rng.choice([48, 64]), URLSAFE),
 "google": lambda: "AIza" + alnum(35, URLSAFE),
 "azure_storage": lambda: alnum(86, B64) + "==",
 "azure_cog": lambda: alnum(32, "0123456789abcdef"),
 "ghp": lambda: "ghp_" + alnum(36, AN),
 "github_pat": lambda: "github_pat_11" + alnum(20, UP + string.digits) + "_" + alnum(59, AN),
 "stripe": lambda: "sk_live_" + alnum(rng.choice([24, 99]), AN),
 "stripe_rk": lambda: "rk_live_" + alnum(rng.choice([24, 99]), AN),
}

# ---------- look-alikes (keep) ----------
def isbn13():
    body = "978" + rng.choice("0123") + dig(8)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    full = body + str((10 - s % 10) % 10)
    return rng.choice([f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}", f"{full[:3]}-{full[3]}-{full[4:6]}-{full[6:12]}-{full[12]}", full])
KEEP = {
 "order": lambda: rng.choice([f"ORD-2025-{dig(6)}", f"#{nz(7)}", f"SO-{nz(6)}", f"{''.join(rng.choice(UP) for _ in range(3))}-{nz(5)}", f"{nz(8)}", f"A{nz(9)}"]),
 "ticket": lambda: rng.choice([f"INC{dig(7)}", f"TCK-{nz(5)}", f"#{nz(5)}", f"SUP-{nz(4)}", f"CS-{nz(6)}"]),
 "invoice": lambda: rng.choice([f"INV-2025-{dig(5)}", f"F2025/{dig(4)}", f"RE-{nz(4)}-{dig(3)}", f"{nz(10)}", f"INV{nz(8)}"]),
 "tracking": lambda: rng.choice(["1Z" + alnum(6, UP + string.digits) + dig(10), "9400 " + " ".join(dig(4) for _ in range(4)) + " " + dig(2), "JJD" + dig(18), nz(10), "LX" + dig(9) + "DE"]),
 "version": lambda: rng.choice([f"v{rng.randint(1,5)}.{rng.randint(0,20)}.{rng.randint(0,30)}", f"{rng.randint(1,3)}.{rng.randint(0,9)}.{rng.randint(0,9)}-beta.{rng.randint(1,5)}", f"10.0.{rng.randint(19041,26100)}.{rng.randint(1000,5000)}", f"{rng.randint(6,9)}.0.{rng.randint(100,400)}", f"{rng.randint(2024,2025)}.{rng.randint(1,12)}.{rng.randint(1,4)}"]),
 "isbn": isbn13,
 "sku": lambda: rng.choice([f"SKU-{rng.choice(['BLK','WHT','RED','NVY'])}-{nz(4)}-{rng.choice(['S','M','L','XL'])}", f"{''.join(rng.choice(UP) for _ in range(2))}-{nz(4)}", f"{nz(3)}.{dig(3)}.{dig(2)}"]),
 "zip": lambda: rng.choice([nz(5), f"{nz(5)}-{dig(4)}"]),
 "sha": lambda: alnum(40, "0123456789abcdef"),
 "shortsha": lambda: alnum(7, "0123456789abcdef"),
 "uuid": lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4)),
 "badcard": bad_cc,
 "badiban": bad_iban,
}


TEMPLATES = [
    'Hi, following up on order {K:order} — please send the refund confirmation to {EMAIL}.',
    'My card {CC:visa} was charged twice for invoice {K:invoice}; the duplicate charge was [[$84.20]].',
    "Call me back on {PHONE:us_paren} about ticket {K:ticket}, I'm free after [[3:30 pm]].",
    'Please refund order {K:order} to IBAN {IBAN:de}, not to the card on file.',
    'The applicant listed SSN {SSN} and a start date of [[2024-11-02]].',
    'Our staging box at {IP4} keeps returning 502s since {K:version} went out.',
    'Someone committed {SECRET:aws_id} together with the secret {SECRET:aws_secret} in commit {K:sha}.',
    'Please update my mobile to {PHONE:uk_mobile}; the old one is disconnected.',
    'Invoice {K:invoice} for [[€1.240,00]] is payable to {IBAN:fr} within 30 days.',
    'Contact: {EMAIL} | Tel. {PHONE:de}',
    'Ticket {K:ticket}: repeated failed logins from {IP6} overnight.',
    'Ship to ZIP {K:zip} and text the tracking updates to {PHONE:us_dash}.',
    'export ANTHROPIC_API_KEY={SECRET:anthropic}',
    'OPENAI_API_KEY="{SECRET:openai_proj}"  # rotate before [[2025-10-01]]',
    'I paid with my Amex {CC:amex}, and the order total was [[$312.47]].',
    'Can you help? My IBAN is {IBAN:gb} and the bank says the transfer bounced.',
    'Her social is {SSN}, date of birth on the form is [[04/17/1986]].',
    'The book with ISBN {K:isbn} was returned, so please credit card {CC:mc}.',
    'Rufen Sie mich bitte unter {PHONE:de_mobile} an, es geht um die Bestellung {K:order}.',
    'Merci de me rappeler au {PHONE:fr}, dossier n° {K:ticket}.',
    'Mi número es {PHONE:es} y el pedido es el {K:order}.',
    'Il mio numero è {PHONE:it}, la fattura è la {K:invoice}.',
    'Call or WhatsApp me at {PHONE:in} regarding the overdue invoice.',
    'Pode me ligar no {PHONE:br}? O pedido {K:order} ainda não chegou.',
    'The Maps key {SECRET:google} is exposed in the frontend bundle of release {K:version}.',
    'DefaultEndpointsProtocol=https;AccountName=contosoprod;AccountKey={SECRET:azure_storage};EndpointSuffix=core.windows.net',
    'curl -H "Ocp-Apim-Subscription-Key: {SECRET:azure_cog}" https://westeurope.api.cognitive.microsoft.com/text/analytics/v3.1/sentiment',
    'git remote set-url origin https://{SECRET:ghp}@github.com/acme/billing.git',
    'The CI token {SECRET:github_pat} expires on [[30 September 2025]].',
    'A live Stripe key, {SECRET:stripe}, got pasted into ticket {K:ticket} — please revoke it.',
    'The reporting job authenticates with the restricted key {SECRET:stripe_rk}.',
    'We still have the legacy key {SECRET:openai} hard-coded in the cron script.',
    "The customer read out the full number, {CC:visa}, so I've flagged the call recording.",
    'Order {K:order} was placed on [[12/03/2025]] at [[14:05]] for [[$59.00]] and ships from warehouse 7.',
    'Firmware {K:version} fixed the overheating bug; see commit {K:shortsha} for details.',
    'Job {K:uuid} failed at [[02:14:55]] with exit code 137.',
    'The card number {K:badcard} on the order form failed validation, so the order was not charged.',
    'The IBAN {K:badiban} on the supplier form has a typo and fails the checksum.',
    'Quarterly review in room [[4.12]] at [[10:00]] — revenue is up [[12.5%]].',
    'For anything urgent, {PHONE:us_dot} is the fastest way to reach our on-call engineer.',
    'I never received a receipt at {EMAIL} for order {K:order}.',
    'Please wire the deposit to {IBAN:es} before [[March 28]].',
    "The server's public address is {IP4} and the admin panel listens on port 8443.",
    "Hey, it's Marco — new number: {PHONE:it}",
    'Our billing contact is {EMAIL}; invoices go out on the 1st of each month.',
    'Refund of [[$129.99]] approved for order {K:order}; it will go back to card {CC:discover}.',
    'Package {K:tracking} is stuck in customs, please advise.',
    'He typed his SSN, {SSN}, into the chat widget by mistake.',
    'From the access log: {IP4} - - [10/Oct/2025:13:55:36 +0000] "GET /api/orders/{K:order} HTTP/1.1" 200',
    'Kontoinhaber: Jana Weber, IBAN: {IBAN:de}, Verwendungszweck: Rechnung {K:invoice}',
    'Le remboursement sera versé sur le compte {IBAN:fr} sous 5 jours ouvrés.',
    'Puede hacer la transferencia a {IBAN:es}, concepto: factura {K:invoice}.',
    'Bonifico su {IBAN:it}, causale: ordine {K:order}.',
    'Please stop calling {PHONE:us_unassigned}; that number belongs to my grandmother now.',
    'Dial {PHONE:tollfree} for the warranty desk, open until [[8 pm]] Eastern.',
    'You can text me at {PHONE:e164} if the courier needs directions.',
    'Reach me on {PHONE:uk_land} during office hours.',
    'Meine Nummern: {PHONE:de} und {PHONE:de_mobile}.',
    'Téléphone portable : {PHONE:fr} — fixe : {PHONE:fr}',
    'Para cualquier duda sobre el envío {K:tracking}, llámame al {PHONE:es}.',
    'Contatto per la consegna: {PHONE:it} (citofono Rossi).',
    'Office landline {PHONE:in}, extension 214, ask for accounts payable.',
    'Telefone do cliente: {PHONE:br}; e-mail: {EMAIL}',
    'Card on file: {CC:mc}, expires [[08/27]].',
    'JCB card {CC:jcb} was declined at the Tokyo store on [[2025-05-19]].',
    'Diners Club {CC:diners} — please remove it from my profile.',
    'UnionPay card {CC:unionpay} was used for order {K:order}.',
    'New laptop for Priya: asset tag [[AT-55812]], serial [[C02XK1ABJG5H]], ship to room [[312B]].',
    'The build on {K:shortsha} broke because {SECRET:ghp} was printed in the logs.',
    'aws_access_key_id = {SECRET:aws_id}',
    'aws_secret_access_key = {SECRET:aws_secret}',
    'Found this in a public gist: {SECRET:ghp} — is it ours?',
    'x-api-key: {SECRET:anthropic}',
    "const stripe = require('stripe')('{SECRET:stripe}');",
    'GOOGLE_API_KEY={SECRET:google} was committed in {K:sha}.',
    'Ping me at {EMAIL} or {PHONE:uk_mobile}, whichever is easier.',
    'My VPN assigned me {IP4} but the router reports {IP6}.',
    'The suspicious traffic came from {IP6}; block it at the firewall.',
    "Escalating ticket {K:ticket}: the customer's ssn {SSN} appears in the attachment.",
    'The order total of [[$1,049.00]] was split over two cards: {CC:visa} and {CC:mc}.',
    'Invoice {K:invoice} dated [[2025-02-14]] shows [[€2,310.50]], but we agreed on [[€2,100]].',
    'Please confirm the new bank details: {IBAN:nl}.',
    "Our Belgian supplier's account is {IBAN:be}.",
    'Überweisung bitte auf das Konto {IBAN:at}, Betrag [[349,90 EUR]].',
    'Die Miete geht ab [[1. Juni]] auf {IBAN:de} statt auf das alte Konto.',
    'Payee: Zurich Consulting GmbH — IBAN {IBAN:ch}',
    'Przelew na konto {IBAN:pl}, tytuł: faktura {K:invoice}.',
    'Lodge the refund to {IBAN:ie} please, reference {K:order}.',
    "The ISBN {K:isbn} and SKU {K:sku} don't match in the catalogue.",
    'Version {K:version} is the last release that supports Windows 7.',
    'Tracking {K:tracking} — estimated delivery [[Thursday]] between [[9:00]] and [[13:00]].',
    'Your appointment is confirmed for [[14 March 2025]] at [[11:15]] in room [[B-204]].',
    'Request {K:uuid} timed out after [[30s]]; retry count was 3.',
    'Discount code applies [[15%]] off items over [[$200]] until [[2025-12-31]].',
    'The order number is {K:order}, not my phone number, please look it up again.',
    'That 16-digit number, {K:badcard}, is the gift card serial, not a credit card.',
    'Revert to {K:sha}; the regression appeared after {K:version}.',
    'Item {K:sku} is back in stock in ZIP {K:zip}.',
    "I'm the account owner, email {EMAIL}, and I want the refund for order {K:order} to go to {CC:amex}.",
    'Customer called from {PHONE:us} asking why invoice {K:invoice} lists the wrong address.',
    'Please forward the contract to {EMAIL} and cc {EMAIL}.',
    "If the door code doesn't work, call {PHONE:us_plus}.",
    "The new hire's SSN is {SSN:space}; payroll needs it by [[Friday]].",
    'For tax purposes: SSN {SSN}, filing year [[2024]].',
    'Employee 4471 — SSN {SSN} — direct deposit to account ending 0932.',
    "The login from {IP4} at [[03:12]] UTC did not match the user's usual location.",
    'Allow-list these addresses: {IP4}, {IP4} and {IP6}.',
    'nginx: upstream timed out while connecting to {IP4}:8080',
    'Wenn Sie Fragen zur Rechnung haben, erreichen Sie uns unter {PHONE:de}.',
    'Pour toute réclamation concernant la commande {K:order}, écrivez à {EMAIL}.',
    'Escríbeme a {EMAIL} si el reembolso no llega antes del [[15 de abril]].',
    "Per il rimborso dell'ordine {K:order} scriva a {EMAIL}.",
    'The printer at {IP4} is jammed again, ticket {K:ticket}.',
    'I got a call from {PHONE:us_unassigned} claiming to be my bank — is that legit?',
    'Emergency contact: Rahul Kumar, {PHONE:in}',
    'Shipping label for {K:tracking}: recipient phone {PHONE:br}.',
    "Please don't store my card ({CC}) after the order is complete.",
    'The refund of [[£45.00]] was sent to {IBAN:gb} on [[3 June]].',
    'My sort code and account are inside this IBAN: {IBAN:gb}.',
    'Payment reference {K:invoice}, amount [[USD 12,480.00]], beneficiary account {IBAN:pl}.',
    'Vendor onboarding: email {EMAIL}, phone {PHONE:de}, IBAN {IBAN:nl}.',
    'The key {SECRET:openai_proj} is in the .env file that got uploaded with ticket {K:ticket}.',
    'Rotate {SECRET:azure_cog} — it was shared in the Teams channel.',
    'Heads up: {SECRET:stripe_rk} shows up in the browser console on the checkout page.',
    'Token {SECRET:github_pat} has write access to every repo, please scope it down.',
    'Old Anthropic key {SECRET:anthropic} was revoked on [[2025-06-02]].',
    'The release notes for {K:version} mention [[37%]] faster startup.',
    'Invoice {K:invoice} — 3 items, subtotal [[$89.97]], tax [[$7.42]].',
    'Ticket {K:ticket} is about a broken zipper on SKU {K:sku}, no refund yet.',
    'Hi team, the quarterly numbers are in: churn dropped to [[4.2%]] and NPS rose to 61.',
    'Meet me at gate [[B22]] at [[06:40]], flight lands at [[7:55]].',
    'The package weighs [[2.4 kg]] and measures [[40 x 30 x 15 cm]].',
    'Build {K:uuid} produced artifact {K:shortsha}.',
    'My new email is {EMAIL} — the old one at work was deactivated.',
    'Send the signed lease to {EMAIL} by [[Monday]].',
    'Guest list: {EMAIL}, {EMAIL}, {EMAIL}.',
    'Reply-To: {EMAIL}',
    'Please call the front desk at {PHONE:us_paren} to change room [[1204]].',
    "We'll phone you on {PHONE:uk} to confirm the delivery slot.",
    'Mobil erreichbar unter {PHONE:de_mobile}, ab [[18 Uhr]] auch privat.',
    'Appelez-moi au {PHONE:fr} après [[19h]].',
    'Llámame al {PHONE:es}, estoy en la oficina hasta las [[17:30]].',
    "Chiamami al {PHONE:it} per confermare l'ordine {K:order}.",
    'For the India office, dial {PHONE:in}.',
    'Nosso escritório no Brasil atende no {PHONE:br}.',
    'Please charge the deposit to {CC:visa} and the balance to {CC:mc}.',
    'The refund for invoice {K:invoice} went to the wrong card: {CC:discover}.',
    'Account holder: María López, IBAN {IBAN:es}, BIC CAIXESBBXXX.',
    'Pay invoice {K:invoice} to {IBAN:it} by [[30/06/2025]].',
    'Dev DB at {IP4}, replica at {IP4}, both need patching to {K:version}.',
    'SSH from {IP6} was rejected at [[22:41]].',
    'The leaked .env contained {SECRET:aws_id} and its secret {SECRET:aws_secret}.',
    'Can you check why ticket {K:ticket} has my SSN {SSN} in the description?',
    'Order {K:order} was refunded [[$18.50]]; the customer can be reached at {EMAIL}.',
    'Tracking number {K:tracking} belongs to order {K:order}, shipped [[2025-07-08]].',
    "I'd like to change the payment method for order {K:order} to card {CC:jcb}.",
    'Please use the company card {CC:amex} for the conference tickets, [[$1,450]] total.',
    'Text {PHONE:us_dot} when you arrive at the loading dock.',
    "My partner's number is {PHONE:us_dash}, she'll pick up the parcel.",
    'Hotline: {PHONE:tollfree}. Ticket reference: {K:ticket}.',
    'Call my cell {PHONE:us_unassigned} if the delivery is late.',
    'Our tax advisor can be reached at {PHONE:de} or {EMAIL}.',
    'Your ticket {K:ticket} has been closed. If the issue persists, write to {EMAIL}.',
    'The password reset mail went to {EMAIL} instead of {EMAIL}.',
    'The sensor at {IP4} reports [[87%]] humidity.',
    'The ISBN on the invoice is {K:isbn}; the price was [[€24.90]].',
    'Firmware {K:version} rolled out to [[64%]] of devices by [[18:00]].',
    'UUID {K:uuid} is the session id, and {K:uuid} the trace id.',
    'Commit {K:sha} bumps the package to {K:version}.',
    'SKU {K:sku} costs [[$19.99]] and ships to ZIP {K:zip} for free.',
    'Card {K:badcard} was flagged as mistyped by the checkout form, please re-enter it.',
    "This IBAN, {K:badiban}, doesn't validate — the customer probably swapped two digits.",
    'Room [[2.041]] is booked from [[13:00]] to [[14:30]] for the design review.',
    'Order {K:order} contains 12 units at [[8.5%]] VAT.',
    "Last night's backup ({K:uuid}) finished at [[04:02]].",
    'Invoice {K:invoice} was paid on [[2025-04-11]]; receipt {K:order}.',
    'Return label for order {K:order}: drop off before [[June 12]].',
    'The hotel confirmation number is {K:order} and check-in is at [[15:00]].',
    'Ticket {K:ticket} is a duplicate of ticket {K:ticket}.',
    "Please log a ticket — the customer's IP was {IP4} and their email {EMAIL}.",
    'Customer: Jonas Becker, {PHONE:de_mobile}, {EMAIL}, order {K:order}.',
    'Patient callback number {PHONE:us_dash}, appointment [[10/14/2025]] at [[9:30 am]].',
    'For verification she gave her SSN as {SSN} and the last order as {K:order}.',
    'SSN {SSN:plain} was entered without dashes in the HR system.',
    'Debit card {CC} was used at a gas station at [[23:47]].',
    'Card number: {CC:visa}  Exp: [[11/26]]  Name: L. Moreau',
    'Wire details: {IBAN:es}, amount [[€8 750,00]], reference {K:invoice}.',
    'Bitte den Betrag von [[89,50 €]] auf {IBAN:de} erstatten, Bestellnummer {K:order}.',
    'Our Swiss account is {IBAN:ch}; the Austrian one is {IBAN:at}.',
    'Gateway {IP4} forwards to {IP6} internally.',
    'An API key that looks like {SECRET:openai} was posted in the public Discord.',
    'I rotated {SECRET:ghp} after the intern pushed it to a public fork.',
    "Service principal secret leaked? No, it's the storage key: {SECRET:azure_storage}",
    'Is {SECRET:aws_secret} the secret access key of the deploy user or of the backup user?',
    'The Terraform state has {SECRET:stripe} in plain text.',
    'Claude key {SECRET:anthropic} is billed to the research team.',
    'Contact me on {PHONE:uk_land} or by email at {EMAIL}.',
    'For the Lyon store, ring {PHONE:fr}.',
    'Our Madrid warehouse: {PHONE:es}, pedidos a {EMAIL}.',
    'Ufficio di Milano: {PHONE:it}.',
    'India support desk {PHONE:in}, open [[9:00]]–[[18:00]] IST.',
    'Our Brazil hotline: {PHONE:br}.',
    "You can reach Dr. Walsh's assistant on {PHONE:us_dash}.",
    "I'm travelling, use {PHONE:e164} until the 20th.",
    'The order {K:order} confirmation listed my old number, {PHONE:us_dot}.',
    'Refund to IBAN {IBAN:be} approved by finance on [[2025-01-20]].',
    "{PHONE:uk_mobile} — that's my new mobile, please update the account.",
    '{EMAIL} is the address on the invoice, but receipts should go to {EMAIL}.',
    '{IP4} was the last address to touch the config on [[2025-08-03]].',
    'Please remove {CC:mc} from the subscription and bill {CC:visa} instead.',
    'The attachment to invoice {K:invoice} shows the full card number {CC:amex}.',
    'Our refund policy is 30 days; your order {K:order} was delivered 45 days ago.',
    'The SHA {K:shortsha} and the UUID {K:uuid} both refer to the same deployment.',
    'ISBN {K:isbn} is out of print, expect [[6–8]] weeks.',
    'The new price for SKU {K:sku} is [[€149]] from [[1 November]].',
    'Box {K:tracking} left the depot at [[05:20]].',
    '[[2025-09-17]] [[14:22:31]] WARN login failed for {EMAIL} from {IP4}',
    '[[2025-09-17]] [[14:22:35]] INFO token {SECRET:github_pat} used to clone repo',
    '[[2025-09-18]] ERROR user {EMAIL} uploaded file containing {SSN}',
    'Can you redo the invoice? It should say {EMAIL}, not my personal address.',
    "Send the documents to {EMAIL}; I'll check them on [[Wednesday]].",
    'The delivery driver has my number, {PHONE:us_dash}, and the gate code.',
    'I work nights, so call {PHONE:us_plus} only after [[noon]].',
    'Hi! Could you update the billing phone to {PHONE:de} for invoice {K:invoice}?',
    'Refund for ticket {K:ticket} goes to card {CC:unionpay}.',
    'The chargeback on {CC:visa} was for order {K:order} worth [[$74.10]].',
    "The payout account {IBAN:pl} failed verification on the first try, but it's correct.",
    'Netherlands office: {IBAN:nl}, Chamber of Commerce no. [[60512873]].',
    "The router's WAN IP is {IP4}; LAN is {IP4}.",
    'Tenant {K:uuid} is configured with key {SECRET:azure_cog}.',
    'Deploy failed on {K:version}: invalid credential {SECRET:aws_id}.',
    "The IP {IP6} belongs to the customer's home connection.",
    "I'm locked out; my recovery email is {EMAIL} and my phone is {PHONE:uk_mobile}.",
    'Bitte kontaktieren Sie Frau Fischer unter {EMAIL} oder {PHONE:de}.',
    'Vous pouvez joindre le service client au {PHONE:fr} ou par courriel à {EMAIL}.',
    'Puedes contactar con soporte en {EMAIL} o en el {PHONE:es}.',
    'Può contattarci al {PHONE:it} o scrivere a {EMAIL}.',
    'Order {K:order} was cancelled on [[2025-03-02]] at [[16:40]]; no charge was made.',
    'Ticket {K:ticket} opened [[2025-06-01]], SLA [[48h]], priority P2.',
    'Invoice {K:invoice}: [[5%]] early-payment discount if paid by [[15.07.2025]].',
    'Release {K:version} was tagged from {K:sha}.',
    'The failing card {K:badcard} is a test number our QA team invented.',
    'IBAN-like reference {K:badiban} was rejected by the bank.',
    "My gym membership number is {K:order} — not sure if that's what you need.",
    'Please charge {CC:visa} for the 3 nights, the hotel confirmation is {K:order}.',
    "Customer's SSN {SSN} and card {CC} both appear in the screenshot on ticket {K:ticket}.",
    'Our office router {IP4} is assigned the v6 prefix {IP6}.',
    'Refund confirmation sent to {EMAIL} for [[$240.00]] on order {K:order}.',
    'WhatsApp or call {PHONE:in} — ask for Arjun.',
    'Ligue para {PHONE:br} e informe o número do pedido {K:order}.',
    'Sales line {PHONE:tollfree}; the old fax line is retired.',
    'Hey, this is Chloe, my number changed to {PHONE:us_dot}.',
    'Need help ASAP — {PHONE:e164}',
    'The key in config.json is {SECRET:google}; it is restricted to our domain though.',
    'Found {SECRET:stripe_rk} in the mobile app binary of version {K:version}.',
    '{SECRET:openai_proj} was used from an unknown IP {IP4}.',
    "Don't share your key ({SECRET:openai_proj}) in tickets; ticket {K:ticket} is now redacted.",
    "The supplier's IBAN, {IBAN:it}, matches the one on invoice {K:invoice}.",
    'Please update payroll: new account {IBAN:ie}, effective [[1 August]].',
    'Transfer [[€500]] to {IBAN:de} and [[€250]] to {IBAN:fr}.',
    'Card ending in [[4821]] was replaced with {CC:mc} on [[2025-02-10]].',
    'Please verify the SSN {SSN:space} against the W-2.',
    'Access from {IP6} to the admin portal at [[02:00]] triggered alert {K:ticket}.',
    'Contact details for the courier: {PHONE:uk_land}, {EMAIL}.',
    'The vendor portal lists {PHONE:us_unassigned} as our main number, which is wrong.',
    'Erstattung auf die Karte {CC:visa} oder auf das Konto {IBAN:de}? Bitte Bescheid geben.',
    'Remboursement sur la carte {CC:mc}, commande {K:order}.',
    'El cargo de [[89,99 €]] en la tarjeta {CC:visa} corresponde al pedido {K:order}.',
    'Il pagamento con la carta {CC:amex} non è andato a buon fine.',
    'Background check form: name Grace Walsh, SSN {SSN}, phone {PHONE:us_dash}, email {EMAIL}.',
    'I think my SSN ({SSN}) was exposed in the data breach announced on [[2025-05-30]].',
    'The W-9 lists taxpayer ID {SSN}; the invoice is {K:invoice}.',
    'Social Security number {SSN:space} — please mask it in the PDF before sending.',
    "My husband's SSN is {SSN} and mine is {SSN}, for the joint return.",
    'Credit application for order {K:order}: SSN {SSN}, annual income [[$84,000]].',
    'Firewall log: DENY tcp {IP4}:51234 -> {IP4}:22',
    'The customer connected from {IP6} and then from {IP4} within two minutes.',
    'Our DNS server is {IP4}; the secondary is {IP6}.',
    'Blocked {IP4} after [[1,200]] failed logins in [[10]] minutes.',
    'Could you whitelist {IP4} for the partner API? Ticket {K:ticket}.',
    'Kubernetes node {IP4} ran out of memory running image {K:version}.',
    'Attacker IPs so far: {IP4}, {IP6}.',
    'Please refund order {K:order} to {CC:visa} and email the credit note to {EMAIL}.',
    'Lost my wallet — cancel {CC:mc} and {CC:amex} please, and call me on {PHONE:uk_mobile}.',
    'Ticket {K:ticket}: customer pasted {CC:discover} plus the CVV into the chat.',
    'Rechnung {K:invoice}: Zahlung per Karte {CC:mc} ist fehlgeschlagen, bitte melden Sie sich unter {PHONE:de}.',
    "Facture {K:invoice} : merci de régler par virement sur {IBAN:fr} ou d'appeler le {PHONE:fr}.",
    'Pedido {K:order}: el reembolso irá a {IBAN:es}; cualquier duda, {EMAIL}.',
    "Reso dell'ordine {K:order}: rimborso su {IBAN:it}, contatto {PHONE:it}.",
    'The invoice from Dublin lists {IBAN:ie} and a phone number, {PHONE:e164}.',
    'Staff directory update: Olga Ivanova, {EMAIL}, {PHONE:uk_land}, desk [[5.17]].',
    'New supplier in Pune: contact {PHONE:in}, remittance to {EMAIL}.',
    'Fornecedor de Curitiba: {PHONE:br}, {EMAIL}.',
    'Our Seattle office moved; the new main line is {PHONE:us_paren}.',
    'I got a missed call from {PHONE:us_unassigned} at [[2:14 am]], no voicemail.',
    "Parents' contact for the school trip: {PHONE:us_dot} (mom), {PHONE:us_plus} (dad).",
    'Please send the courier to the back door and ring {PHONE:e164}.',
    'Appointment reminder: call {PHONE:tollfree} to reschedule, or reply to {EMAIL}.',
    'Das Paket {K:tracking} liegt in der Filiale; Rückfragen an {PHONE:de_mobile}.',
    'Pour la livraison {K:tracking}, le livreur appellera le {PHONE:fr}.',
    'The secret pair leaked in ticket {K:ticket}: {SECRET:aws_id} / {SECRET:aws_secret}.',
    'Two keys in the notebook: {SECRET:openai} and {SECRET:google}.',
    'The GitHub Action used {SECRET:ghp} and pushed {K:shortsha} to main.',
    'config.yaml: stripe_secret: {SECRET:stripe} · anthropic: {SECRET:anthropic}',
    'AZURE_STORAGE_KEY={SECRET:azure_storage}',
    'The translator resource key is {SECRET:azure_cog}, region westeurope.',
    'Contractor payout: IBAN {IBAN:de}, email {EMAIL}, amount [[€3,200.00]].',
    'Invoice {K:invoice} was paid from {IBAN:ch} on [[2025-03-31]].',
    'Refund of [[$67.30]] for order {K:order}: card {CC:jcb}, confirmation sent to {EMAIL}.',
    'Customer 88213 updated: phone {PHONE:us_dash}, ssn {SSN}, card {CC:visa}.',
    'Admin login for {EMAIL} from {IP4} at [[07:58]] — was that you?',
    'Support chat transcript: "my number is {PHONE:br} and my email is {EMAIL}"',
]

import json, os, re
SLOT = re.compile(r"\{([A-Z0-9]+)(?::([a-z0-9_]+))?\}|\[\[(.+?)\]\]")
TYPE = {"EMAIL": "EMAIL", "PHONE": "PHONE", "SSN": "SSN", "CC": "CREDIT_CARD", "IBAN": "IBAN", "IP4": "IP", "IP6": "IP", "SECRET": "SECRET"}

def value(kind, arg):
    if kind == "EMAIL": return email()
    if kind == "PHONE": return PHONE[arg or "us"]()
    if kind == "SSN": return ssn(arg or "dash")
    if kind == "CC": return cc(arg)
    if kind == "IBAN": return iban(arg)
    if kind == "IP4": return ip4()
    if kind == "IP6": return ip6()
    if kind == "SECRET": return SECRET[arg]()
    if kind == "K": return KEEP[arg]()
    raise KeyError(kind)

def fill(t):
    for _ in range(50):
        out, pii, keep, pos = [], [], [], 0
        for m in SLOT.finditer(t):
            out.append(t[pos:m.start()]); pos = m.end()
            if m.group(3) is not None:
                v = m.group(3); keep.append(v)
            else:
                v = value(m.group(1), m.group(2))
                (keep.append(v) if m.group(1) == "K" else pii.append({"type": TYPE[m.group(1)], "value": v}))
            out.append(v)
        out.append(t[pos:]); text = "".join(out)
        vals = [p["value"] for p in pii]
        ok = len(set(vals)) == len(vals) and len(set(keep)) == len(keep)
        ok = ok and all(text.count(v) == 1 for v in vals)
        ok = ok and not any(k in v or v in k for k in keep for v in vals)
        if ok: return {"text": text, "pii": pii, "keep": keep}
    raise RuntimeError(t)

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    halves = {"dev": [], "test": []}
    for i, t in enumerate(TEMPLATES):
        halves["dev" if i % 2 == 0 else "test"].append(fill(t))
    for h, rows in halves.items():
        with open(os.path.join(here, f"pii-{h}.jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                for p in r["pii"]:
                    assert p["value"] in r["text"]
                    if p["type"] == "CREDIT_CARD": assert luhn_ok(p["value"])
                    if p["type"] == "IBAN": assert iban_ok(p["value"])
                for k in r["keep"]: assert k in r["text"]
                f.write(json.dumps(r, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
