# -*- coding: utf-8 -*-
"""Generates pii-dev7.jsonl: the seventh PII/secret regression set (issue #17, item 2, seventh round).

Written by the seventh round's author *before* reading or changing any recognizer in that round, from the specifications
and from how people write rather than from earlier misses:
- US SSNs by the SSA rules (area 001-899 but not 666, group 01-99, serial 0001-9999) in every written form (dashes,
  spaces, dots, none, OCR-like spacing) after every label people use ("SSN", "SS#", "social", "social security no.",
  "Sozialversicherungsnummer (USA)", "numéro de sécurité sociale américain", "número de Seguro Social"), in forms, CSV
  rows and JSON, next to a name or a date of birth, and in sentences that also talk about tickets, cases, claims,
  refunds, orders and accounts. Look-alikes: SSNs the SSA never issues (area 000, 666 or 9xx, group 00, serial 0000),
  nine-digit order numbers, ZIP+4 codes, ABA routing numbers, and SSN-shaped numbers labelled as a case or claim number.
- Phones in sentences whose other words are about tickets, orders, refunds, invoices, accounts, deliveries and
  appointments; in lists, tables, CSV and e-mail signatures; after call/text/WhatsApp/reach me/mobile/cell/tel/fax/
  Handy/portable/móvil/cellulare; international numbers grouped the way their plans write them (and some ways people do);
  and the formats earlier rounds left undone (spaced 3-3-4 non-NANP numbers after a phone word, SG/HK 8-digit, NO 3-2-3,
  HU 06-1-…, AR 011 15-…). Look-alikes: numbers labelled as order, ticket, invoice, tracking or customer numbers, dates,
  amounts, ISBNs, EANs, postcodes, durations.
- A few of every other type in new settings (e-mails with plus-tags and subdomains, IBANs spaced and not, cards 4-4-4-4
  and 4-6-5, IPs in log lines, secrets in config files) so that a regression shows.
Slots:  {S:kind} secret -> SECRET   {P:kind} phone -> PHONE   {N:kind} SSN -> SSN   {E:kind} e-mail -> EMAIL
        {C:kind} card -> CREDIT_CARD   {B:kind} IBAN -> IBAN   {I:kind} IP -> IP   {K:kind} generated look-alike -> keep
        [[literal]] literal look-alike -> keep   <<TYPE:literal>> literal pii value
Run:    python3 generate_pii_dev7.py   (deterministic, seed 20261208)
"""
import random, re

rng = random.Random(20261208)
from heldout_values import AN, DI, LO, UP, URLSAFE, Values, fill_template, write_set
from generate_pii import iban_ok, luhn_check_digit, luhn_ok, make_iban

_values = Values(rng)
draw, rand_token, hexs, digits, nonzero = _values.draw, _values.rand_token, _values.hexs, _values.digits, _values.nonzero


def pick(*options):
    return rng.choice(options)


def d(n):
    return digits(n)


# ---- SSNs (SSA rules: area 001-665, 667-899; group 01-99; serial 0001-9999) ----
def ssn_parts():
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"


def ssn_with(sep):
    a, g, s = ssn_parts()
    return f"{a}{sep}{g}{sep}{s}"


SSNS = {
    "dash": lambda: ssn_with("-"),
    "space": lambda: ssn_with(" "),
    "dot": lambda: ssn_with("."),
    "none": lambda: ssn_with(""),
    "any": lambda: ssn_with(pick("-", "-", " ", ".", "")),
    "ocr": lambda: pick(*(lambda a, g, s: [f"{a} - {g} - {s}", f"{a}- {g} -{s}", f"{a} -{g}- {s}", f"{a}-{g} {s}"])(*ssn_parts())),
}


def invalid_ssn():
    a, g, s = ssn_parts()
    kind = rng.randrange(5)
    a = "000" if kind == 0 else "666" if kind == 1 else f"9{d(2)}" if kind == 2 else a
    g = "00" if kind == 3 else g
    s = "0000" if kind == 4 else s
    return f"{a}-{g}-{s}"


def aba():
    """An ABA routing number: 8 digits (a valid Federal Reserve prefix) and the 3-7-1 weighted check digit."""
    body = pick("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "21", "22", "26", "32") + d(6)
    total = sum(int(c) * w for c, w in zip(body, [3, 7, 1, 3, 7, 1, 3, 7]))
    return body + str((10 - total % 10) % 10)


# ---- phones ----
def nxx():
    while True:
        e = pick(*"23456789") + d(2)
        if e[1:] != "11":
            return e


def npa():
    return pick("213", "303", "347", "469", "503", "602", "614", "704", "716", "808", "832", "929", "971", "647", "778")


PHONES = {
    "nanp": lambda: (lambda a, e, l: pick(f"{a}-{e}-{l}", f"({a}) {e}-{l}", f"{a}.{e}.{l}", f"+1 {a} {e} {l}", f"1-{a}-{e}-{l}",
                                          f"+1 ({a}) {e}-{l}", f"{a}{e}{l}", f"+1{a}{e}{l}", f"({a}){e}{l}", f"{a} {e}-{l}"))(npa(), nxx(), d(4)),
    "uk": lambda: pick(f"07{pick('4', '5', '7', '8', '9')}{d(2)} {d(6)}", f"020 7{d(3)} {d(4)}", f"+44 7{d(3)} {d(3)} {d(3)}", f"+44 (0)121 {nonzero(3)} {d(4)}",
                       f"0161-{nonzero(3)}-{d(4)}", f"+44 20 3{d(3)} {d(4)}", f"(01865) {nonzero(6)}"),
    "de": lambda: pick(f"0151 {d(8)}", f"+49 (0)30 {nonzero(3)} {d(2)} {d(2)}", f"0176/{nonzero(7)}", f"089 / {nonzero(3)} {d(3)}-{d(2)}",
                       f"+49 170 {nonzero(7)}", f"0221-{nonzero(6)}", f"(040) {nonzero(3)} {d(3)} {d(2)}"),
    "fr": lambda: pick(f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 (0)1 {d(2)} {d(2)} {d(2)} {d(2)}", f"07.{d(2)}.{d(2)}.{d(2)}.{d(2)}", f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
                       f"01-{d(2)}-{d(2)}-{d(2)}-{d(2)}", f"+33{nonzero(9)}"),
    "es": lambda: pick(f"6{d(2)} {d(3)} {d(3)}", f"+34 91 {d(3)} {d(2)} {d(2)}", f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}", f"9{d(2)} {d(2)} {d(2)} {d(2)}", f"7{d(8)}"),
    "it": lambda: pick(f"3{pick('3', '4', '2', '9')}{d(1)} {d(3)} {d(4)}", f"+39 06 {d(4)} {d(4)}", f"+39 3{d(2)} {d(7)}", f"02 {d(4)} {d(4)}", f"3{d(2)}-{d(7)}"),
    "nl": lambda: pick(f"06-{nonzero(8)}", f"+31 6 {nonzero(8)}", f"020 {d(3)} {d(4)}", f"+31 (0)10 {d(3)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}"),
    "pt_br": lambda: pick(f"+55 21 9{d(4)}-{d(4)}", f"(11) 9{d(4)}-{d(4)}", f"+351 91{d(1)} {d(3)} {d(3)}", f"21 {d(3)} {d(4)}", f"(21) 3{d(3)}-{d(4)}"),
    "intl": lambda: pick(f"+91 {nonzero(5)} {d(5)}", f"+61 4{d(2)} {d(3)} {d(3)}", f"+61 (0)2 {d(4)} {d(4)}", f"+81 90-{d(4)}-{d(4)}", f"+81 3 {d(4)} {d(4)}",
                         f"+353 (0)1 {nonzero(3)} {d(4)}", f"+32 4{d(2)} {d(2)} {d(2)} {d(2)}", f"+41 (0)44 {d(3)} {d(2)} {d(2)}", f"+43 664 {d(7)}",
                         f"+48 {nonzero(3)}-{d(3)}-{d(3)}", f"+46 (0)8-{d(3)} {d(2)} {d(2)}", f"+52 1 55 {d(4)} {d(4)}", f"+27 82-{d(3)}-{d(4)}",
                         f"+971-50-{d(7)}", f"+1 647 {nxx()} {d(4)}", f"+44.20.{d(4)}.{d(4)}", f"(+49) 30 {nonzero(7)}", f"+49-151-{d(8)}",
                         f"+33 (6) {d(2)} {d(2)} {d(2)} {d(2)}", f"+34-6{d(2)}-{d(3)}-{d(3)}", f"+39 (0)2 {d(3)} {d(4)}"),
    "e164": lambda: pick(f"+4420{nonzero(8)}", f"+4915{nonzero(9)}", f"+3361{d(7)}", f"+9198{d(8)}", f"+5511{9}{d(8)}", f"+1{npa()}{nxx()}{d(4)}"),
    "it_334": lambda: f"3{pick('3', '4', '2', '9')}{d(1)} {d(3)} {d(4)}",
    "gr_334": lambda: f"21{d(1)} {d(3)} {d(4)}",
    "co_334": lambda: f"3{pick('0', '1', '2', '5')}{d(1)} {d(3)} {d(4)}",
    "sg": lambda: f"{pick('6', '8', '9')}{d(3)} {d(4)}",
    "hk": lambda: f"{pick('2', '3', '5', '6', '9')}{d(3)} {d(4)}",
    "no_323": lambda: f"{pick('4', '9')}{d(2)} {d(2)} {d(3)}",
    "hu": lambda: pick(f"06-1-{d(3)}-{d(4)}", f"06-30-{d(3)}-{d(4)}", f"06 1 {d(3)} {d(4)}"),
    "ar": lambda: pick(f"011 15-{d(4)}-{d(4)}", f"(011) 15 {d(4)}-{d(4)}", f"0351 15-{d(3)}-{d(4)}"),
}


# ---- other types ----
DOMAIN = ["mail.eu.contoso.com", "corp.fabrikam.co.uk", "students.uni-bonn.de", "eng.northwind.io", "gmail.com", "outlook.fr", "sub.dept.example.ac.jp"]


def email():
    first, last = pick("ana", "kofi", "lena", "raj", "yuki", "marta", "owen", "ines"), pick("okafor", "lindqvist", "moreau", "tanaka", "rossi", "oneill")
    local = pick(f"{first}.{last}+{pick('invoices', 'orders', 'support', 'tickets', 'refunds')}", f"{first}+{d(3)}", f"{first}_{last}", f"{first[0]}.{last}", f"{first.upper()}.{last.capitalize()}")
    return f"{local}@{pick(*DOMAIN)}"


def card(prefix, length):
    body = prefix + d(length - len(prefix) - 1)
    return body + luhn_check_digit(body)


def group(s, sizes, sep=" "):
    out, at = [], 0
    for n in sizes:
        out.append(s[at:at + n])
        at += n
    return sep.join(out)


CARDS = {
    "visa4": lambda: group(card("4" + d(1), 16), [4, 4, 4, 4], pick(" ", "-")),
    "mc4": lambda: group(card(pick("51", "53", "55", "2221", "2720"), 16), [4, 4, 4, 4], pick(" ", "-", "")),
    "amex": lambda: group(card(pick("34", "37"), 15), [4, 6, 5], pick(" ", "-")),
    "bare": lambda: card(pick("4", "6011", "35"), 16),
}


def es_bban():
    def ctl(ten):
        s = 11 - sum(int(c) * w for c, w in zip(ten, [1, 2, 4, 8, 5, 10, 9, 7, 3, 6])) % 11
        return "0" if s == 11 else "1" if s == 10 else str(s)
    bank, office, account = d(4), d(4), d(10)
    return bank + office + ctl("00" + bank + office) + ctl(account) + account


def fr_bban():
    bank, branch, account = nonzero(5), d(5), d(11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return f"{bank}{branch}{account}{key:02d}"


def be_bban():
    ten = nonzero(10)
    check = int(ten) % 97 or 97
    return f"{ten}{check:02d}"


def iban(cc, bban):
    value = make_iban(cc, bban)
    assert iban_ok(value)
    return value


IBANS = {
    "de": lambda: iban("DE", d(18)),
    "fr": lambda: iban("FR", fr_bban()),
    "es": lambda: iban("ES", es_bban()),
    "gb": lambda: iban("GB", pick("NWBK", "BARC", "LOYD", "MIDL") + d(14)),
    "nl": lambda: iban("NL", pick("ABNA", "INGB", "RABO") + nonzero(10)),
    "be": lambda: iban("BE", be_bban()),
    "it": lambda: iban("IT", pick(*UP) + d(10) + draw(12, DI)),
    "ch": lambda: iban("CH", d(17)),
}

IPS = {
    "v4": lambda: pick(f"203.0.113.{rng.randint(1, 254)}", f"198.51.100.{rng.randint(1, 254)}", f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"),
    "v6": lambda: pick(f"2001:db8:{hexs(4)}::{hexs(3)}", f"fe80::{hexs(4)}:{hexs(4)}:{hexs(4)}:{hexs(4)}", f"2a01:4f8:{hexs(3)}:{hexs(4)}::2"),
}

SECRETS = {
    "generic": lambda: rand_token(pick(24, 32, 40), URLSAFE),
    "password": lambda: rand_token(rng.randint(12, 18), AN + "!#%*+-_"),
    "github": lambda: "ghp_" + rand_token(36),
    "stripe": lambda: "sk_live_" + rand_token(24),
    "slack": lambda: f"xoxb-{nonzero(11)}-{nonzero(13)}-{rand_token(24)}",
    "google": lambda: "AIza" + rand_token(35, URLSAFE),
    "anthropic": lambda: "sk-ant-api03-" + rand_token(93, URLSAFE) + "AA",
    "aws_secret": lambda: rand_token(40, AN + "+/"),
}

LOOK = {
    "invalid_ssn": invalid_ssn,
    "aba": aba,
    "nine": lambda: nonzero(9),
    "ten": lambda: nonzero(10),
    "zip4": lambda: f"{nonzero(5)}-{d(4)}",
    "ssn_shape": lambda: "-".join(ssn_parts()),
    "nanp_shape": lambda: f"{npa()}-{nxx()}-{d(4)}",
    "date_us": lambda: f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{rng.randint(1950, 2005)}",
    "isbn": lambda: pick("978-0-306-40615-7", "978-3-16-148410-0", "978-1-4028-9462-6"),
    "ean": lambda: pick("4006381333931", "5901234123457", "0012345678905"),
    "amount": lambda: f"${rng.randint(1, 9)},{d(3)}.{d(2)}",
    "po": lambda: "45" + d(8),
    "eight": lambda: nonzero(8),
}

T = []


def t(lang, text):
    T.append((lang, text))


# ---- SSNs: labels, layouts, neighbours ----
t("en", "SSN: {N:dash}")
t("en", "SS# {N:dash} on the intake sheet")
t("en", "Her social is {N:space}, could you update the HR record?")
t("en", "Social security no. {N:dot}")
t("en", "Social Security Number (SSN): {N:none}")
t("en", "The claimant's SSN is {N:dash} and the claim was filed on [[{K:date_us}]].")
t("en", "Refund request for order [[{K:nine}]]: customer verified identity with SSN {N:space}.")
t("en", "Ticket [[#48213]] — the user pasted his SSN {N:dash} into the chat, please purge the transcript.")
t("en", "Case [[CS-20931]]: wrong SSN on file ({N:dash}); the account holder sent the correct one.")
t("en", "Please reopen the claim; my social security number is {N:none} and my account is locked.")
t("en", "Jordan Miller, DOB [[{K:date_us}]], {N:dash}")
t("en", "name,dob,ssn\nPriya Shah,[[1988-04-17]],{N:dash}\nTom Baker,[[1979-11-02]],{N:none}")
t("en", "{\"first_name\": \"Luis\", \"ssn\": \"{N:dash}\", \"plan\": \"gold\"}")
t("en", "<ssn>{N:none}</ssn>")
t("en", "S.S.N. {N:ocr} (scanned form, page 2)")
t("en", "Soc. Sec. #: {N:ocr}")
t("en", "Applicant: Maria Gomez   SSN {N:ocr}   Date of birth [[{K:date_us}]]")
t("en", "Can you check why my tax refund is late? SSN {N:dot}, filed in March.")
t("en", "SSN/TIN {N:dash} — W-9 attached to invoice [[INV-88213]].")
t("en", "The last order shipped, but the account still shows the wrong social, {N:dash}.")
t("en", "ssn={N:none}&dob=[[1990-02-14]]&zip=[[30301]]")
t("en", "Spouse SSN {N:space}; dependent SSN {N:dash}.")
t("en", "He wrote his social on the delivery note: {N:dash}.")
t("en", "Patient: R. Okafor | DOB [[{K:date_us}]] | SSN {N:any} | Appointment [[Tue 10:30]]")
t("de", "Sozialversicherungsnummer (USA): {N:dash}")
t("de", "Seine US-Sozialversicherungsnummer lautet {N:space}; die Bestellung [[{K:eight}]] ist bezahlt.")
t("fr", "Numéro de sécurité sociale américain : {N:dash}")
t("fr", "Le client a donné son SSN {N:none} pour le remboursement.")
t("es", "Número de Seguro Social: {N:dash}")
t("es", "Mi número de seguro social es {N:space} y el pedido es el [[{K:eight}]].")
t("it", "Il suo numero di previdenza sociale statunitense (SSN) è {N:dash}.")
t("pt", "CPF não, o SSN americano dele é {N:dash}.")
# ---- SSN look-alikes ----
t("en", "The validator must reject [[{K:invalid_ssn}]], [[{K:invalid_ssn}]] and [[{K:invalid_ssn}]] because the SSA never issues them.")
t("en", "Test fixtures use [[000-12-3456]] and [[123-00-4567]] as invalid SSNs.")
t("en", "Area [[666-20-1234]] is never assigned, nor is [[412-55-0000]].")
t("en", "ITIN-style placeholder [[900-12-3456]] in the sample form.")
t("en", "Order #[[{K:nine}]] was refunded to the card ending 4421.")
t("en", "Ship to 1200 Main St, Springfield, IL [[{K:zip4}]].")
t("en", "Routing number [[{K:aba}]], account ending 7781.")
t("en", "ABA [[{K:aba}]] is the bank's ACH routing number.")
t("en", "Case number [[{K:ssn_shape}]] was assigned to the dispute.")
t("en", "Claim no. [[{K:ssn_shape}]] — the adjuster will call you.")
t("en", "Tracking [[{K:nine}]] shows the parcel in Memphis.")
t("en", "Confirmation code [[{K:nine}]] for your appointment on [[Dec 12]].")
t("de", "Auftragsnummer [[{K:nine}]], Lieferung am [[12.12.2026]].")
t("fr", "Commande n° [[{K:nine}]] remboursée le [[03/12/2026]].")
t("es", "Número de pedido [[{K:nine}]], código postal [[28013]].")
# ---- phones in sentences about other things ----
t("en", "Ticket [[#58213]]: the customer wants a refund and asks for a callback at {P:nanp}.")
t("en", "Order [[{K:ten}]] was delivered to the wrong address; the buyer's number is {P:nanp}.")
t("en", "Invoice [[INV-2026-1193]] disputed — reach me at {P:nanp} before Friday.")
t("en", "Your appointment on [[Dec 14]] at [[3:30 pm]] is confirmed; questions? {P:nanp}")
t("en", "Refund of [[{K:amount}]] processed for account [[AC-44120]]; customer phone {P:uk}.")
t("en", "The courier could not deliver parcel [[{K:nine}]]; text {P:uk} to rebook.")
t("en", "Re: order [[{K:eight}]] — please call the customer on {P:de}, she wants to cancel.")
t("en", "The claim was approved; the claimant can be reached on {P:fr}.")
t("en", "Account [[ACC-99120]] locked after three attempts; owner's mobile {P:intl}.")
t("en", "Delivery window [[14:00-16:00]], the driver's cell is {P:nanp}.")
t("en", "Support ticket [[{K:eight}]] was escalated because the customer at {P:nanp} called twice about the refund.")
t("en", "We rescheduled the appointment; if that doesn't work, text {P:nanp}.")
t("en", "For the invoice question the finance contact is {P:intl}.")
t("en", "Booking reference [[QX7P2L]] — the guest left {P:intl} as a contact.")
t("en", "The order shipped yesterday; WhatsApp {P:e164} for delivery updates.")
t("en", "Customer called from {P:nanp} about ticket [[INC0048812]] and refund [[RF-2211]].")
# ---- phones after a phone word, many languages ----
t("en", "Call me at {P:nanp} or text {P:nanp}.")
t("en", "Fax: {P:nanp}")
t("en", "Tel {P:intl} / Fax {P:intl}")
t("en", "Reach me on {P:uk} any time after 6.")
t("en", "mobile: {P:e164}")
t("de", "Handy: {P:de}, Festnetz {P:de}")
t("de", "Rückruf bitte unter {P:de} wegen der Rechnung [[RE-2026-0412]].")
t("fr", "Portable : {P:fr}, bureau : {P:fr}")
t("fr", "Merci de me rappeler au {P:fr} au sujet de la commande [[{K:eight}]].")
t("es", "Móvil: {P:es}")
t("es", "Llámame al {P:es} por lo del reembolso del pedido [[{K:eight}]].")
t("it", "Cellulare {P:it}, ufficio {P:it}")
t("it", "Per la fattura [[FT-2026/318]] chiamami al {P:it_334}.")
t("nl", "Bel me op {P:nl} over de bestelling [[{K:eight}]].")
t("pt", "Meu celular é {P:pt_br}, o pedido é o [[{K:eight}]].")
t("en", "Call the Athens desk on {P:gr_334}.")
t("es", "Mi celular en Bogotá: {P:co_334}")
t("en", "Mobile (Singapore): {P:sg}")
t("en", "Call our Hong Kong office at {P:hk}.")
t("en", "Ring Oslo on {P:no_323}.")
t("de", "Telefon Budapest: {P:hu}")
t("es", "Mi celular es {P:ar}.")
# ---- phones in lists, tables, CSV and signatures ----
t("en", "| Name | Phone | Order |\n|---|---|---|\n| Ana Lima | {P:pt_br} | [[{K:eight}]] |\n| Tom Hale | {P:nanp} | [[{K:eight}]] |")
t("en", "name,phone,ticket\nKofi Mensah,{P:intl},[[T-5521]]\nLena Berg,{P:e164},[[T-5522]]")
t("en", "Contacts:\n- Sales: {P:nanp}\n- Support: {P:uk}\n- Billing: {P:intl}")
t("en", "Best regards,\nMarta Rossi\nAccount Manager, Northwind\nM: {P:it}\nT: {P:it}")
t("en", "--\nOwen O'Neill | Deliveries\n{P:intl} (office) · {P:uk} (mobile)")
t("en", "Thanks,\nYuki\nDirect {P:intl}\nOrder desk hours [[9-17]]")
t("de", "Mit freundlichen Grüßen\nLena Lindqvist\nTel. {P:de}\nFax {P:de}")
t("en", "{\"customer\": \"R. Patel\", \"phone\": \"{P:e164}\", \"order_id\": \"[[{K:ten}]]\"}")
t("en", "Emergency contacts: mom {P:nanp}, dad {P:nanp}")
# ---- phone look-alikes ----
t("en", "Order number [[{K:ten}]] was refunded on [[2026-11-28]].")
t("en", "Ticket number [[{K:ten}]] is closed.")
t("en", "Invoice [[{K:ten}]] totals [[{K:amount}]].")
t("en", "Purchase order [[{K:po}]] covers 12 laptops.")
t("en", "Customer number [[{K:eight}]], contract [[{K:eight}]].")
t("en", "ISBN [[{K:isbn}]], EAN [[{K:ean}]].")
t("en", "The meeting lasted [[1:45:00]] and ended at [[16:20]].")
t("en", "Population [[8 336 817]], area [[783.8]] km².")
t("en", "Serial [[SN-204-775-1893]] is out of warranty.")
t("en", "Reference [[{K:nanp_shape}]] is the order number on the packing slip.")
t("de", "Rechnungsnummer [[{K:ten}]] vom [[05.12.2026]].")
t("fr", "Le numéro de commande est [[{K:ten}]], livré le [[04/12/2026]].")
t("es", "Número de factura [[{K:ten}]], importe [[1.250,00 €]].")
t("it", "Numero d'ordine [[{K:ten}]], spedito il [[02/12/2026]].")
t("nl", "Bestelnummer [[{K:ten}]] is onderweg.")
# ---- other types in new settings ----
t("en", "Send the invoice to {E:any}; copy {E:any}.")
t("en", "From: \"Ana Okafor\" <{E:any}>")
t("en", "mailto:{E:any}?subject=Refund")
t("de", "Bitte antworten Sie an {E:any}.")
t("en", "Wire the refund to IBAN {B:de} (Ms Lindqvist).")
t("en", "IBAN: {B:gb}")
t("fr", "Mon IBAN est {B:fr}.")
t("es", "IBAN para la devolución: {B:es}")
t("nl", "Rekeningnummer (IBAN) {B:nl}")
t("en", "iban,name\n{B:be},Kofi Mensah\n{B:it},Marta Rossi\n{B:ch},Lena Berg")
t("en", "Card {C:visa4}, exp [[09/28]], for order [[{K:eight}]].")
t("en", "Amex {C:amex} was charged twice for ticket [[#7712]].")
t("en", "card_number={C:mc4}")
t("de", "Kreditkarte {C:amex}, gültig bis [[11/27]].")
t("en", "PAN {C:bare} appears in the refund log.")
t("en", "{I:v4} - - [05/Dec/2026:06:12:01 +0000] \"GET /orders/[[{K:eight}]] HTTP/1.1\" 200 512")
t("en", "Dec  5 06:12:44 web01 sshd[311]: Failed password for root from {I:v4} port 50022 ssh2")
t("en", "level=warn msg=\"rate limited\" client={I:v6} path=/api/refunds")
t("en", "DATABASE_PASSWORD={S:password}\nSTRIPE_SECRET_KEY={S:stripe}")
t("en", "slack:\n  bot_token: {S:slack}\n  channel: \"#orders\"")
t("en", "[github]\ntoken = \"{S:github}\"")
t("en", "\"google_maps_key\": \"{S:google}\"")
t("en", "ANTHROPIC_API_KEY={S:anthropic}")
t("en", "aws_secret_access_key = {S:aws_secret}")


PAT = re.compile(r"\{([SP]):(\w+)\}|\[\[(.*?)\]\](?!\])|<<(\w+):(.*?)>>")
SLOTS = {"N": ("SSN", SSNS), "E": ("EMAIL", {"any": email}), "C": ("CREDIT_CARD", CARDS), "B": ("IBAN", IBANS), "I": ("IP", IPS)}


def fill(text):
    # This set's own slots expand to literal <<TYPE:value>> values so that the shared filler labels them.
    text = re.sub(r"\{([NECBI]):(\w+)\}", lambda m: f"<<{SLOTS[m.group(1)][0]}:{SLOTS[m.group(1)][1][m.group(2)]()}>>", text)
    row = fill_template(text, PAT, LOOK, SECRETS, PHONES)
    for p in row["pii"]:
        assert p["value"] in row["text"], p
        if p["type"] == "CREDIT_CARD":
            assert luhn_ok(p["value"]), p
        if p["type"] == "IBAN":
            assert iban_ok(p["value"]), p
    return row


def main():
    rows = [fill(text) for _, text in T]
    non_english = sum(1 for lang, _ in T if lang != "en")
    print(f"{len(T)} templates, {non_english} not English ({non_english / len(T):.0%})")
    write_set(rows, rng, "pii-dev7.jsonl")


if __name__ == "__main__":
    main()
