# -*- coding: utf-8 -*-
"""Generates pii-dev5.jsonl: the fifth PII/secret regression set (issue #17, item 2, fifth round).

Written by the fifth round's author *before* changing any recognizer in that round, from the specifications rather than
from earlier misses: the national numbering plans and written conventions of NANP, UK, DE, AT, CH, FR, BE, NL, ES, PT,
IT, IE, PL, SE, IN, BR, MX, AU and JP (international and national forms, trunk prefixes, "(0)", separators, extensions),
with and without a phone word in the sentence's language; vendors' documented key and token formats; connection strings,
.netrc/.pgpass lines, CLI flags; long random values bound to a key-ish name in env/YAML/JSON/TOML/INI/XML and code.
Look-alikes: order/ticket/invoice numbers, dates, versions, UUIDs, SHAs, hashes, build ids, postcodes, amounts and
placeholder keys. Its before-number is an honest estimate for these formats only; the rules were then tuned on it.
Slots:  {S:kind} secret -> pii SECRET   {P:kind} phone -> pii PHONE   {K:kind} generated look-alike -> keep
        [[literal]] literal look-alike -> keep   <<TYPE:literal>> literal pii value of that type
Run:    python3 generate_pii_dev5.py   (deterministic, seed 20261206)
"""
import random, re

rng = random.Random(20261206)
from heldout_values import AN, DI, HEX, LO, UP, URLSAFE, Values, fill_template, write_set

_values = Values(rng)
draw, rand_token, hexs, digits, nonzero = _values.draw, _values.rand_token, _values.hexs, _values.digits, _values.nonzero
B64 = AN + "+/"


def pick(*options):
    return rng.choice(options)


def nxx():
    while True:
        e = pick(*"23456789") + digits(2)
        if e[1:] != "11":
            return e


def npa():
    return pick("212", "312", "404", "503", "602", "646", "713", "786", "917", "604", "416", "514", "808", "973")


def nanp():
    a, e, l = npa(), nxx(), digits(4)
    return pick(f"+1 ({a}) {e}-{l}", f"+1.{a}.{e}.{l}", f"1 ({a}) {e}-{l}", f"+1 {a} {e} {l}", f"({a}){e}-{l}", f"{a}/{e}-{l}",
                f"1.{a}.{e}.{l}", f"+1-{a}-{e}-{l} ext. {digits(3)}", f"001 {a} {e} {l}", f"{a} {e} {l}")


def uk():
    return pick(f"+44 (0)20 7{digits(3)} {digits(4)}", f"+44 7{pick('4','5','7','8','9')}{digits(2)} {digits(6)}", f"07{pick('4','7','8','9')}{digits(2)} {digits(3)} {digits(3)}",
                f"(0161) 496 {digits(4)}", f"0131 496 {digits(4)}", f"+44 (0) 113 496 {digits(4)}", f"0044 20 3{digits(3)} {digits(4)}",
                f"0800 {digits(3)} {digits(4)}", f"(01632) {digits(6)}", f"+44 (0)7700 900{digits(3)}")


def de():
    return pick(f"+49 (0)30 {nonzero(8)}", f"0049 89 {nonzero(7)}", f"(089) {digits(3)} {digits(2)} {digits(2)}", f"0151/{nonzero(8)}", f"0176 {digits(4)} {digits(4)}",
                f"+49 (0) 221 {nonzero(6)}", f"+49-40-{nonzero(7)}", f"040 / {nonzero(7)}", f"0 30 / {digits(2)} {digits(2)} {digits(2)} {digits(2)}",
                f"+49 (0)160 {nonzero(7)}", f"06221 {digits(2)} {digits(2)} {digits(2)}", f"+49 711 {nonzero(5)}-{digits(3)}")


def at():
    return pick(f"+43 1 {nonzero(7)}", f"+43 (0)1 {digits(3)} {digits(2)} {digits(2)}", f"0664 {digits(3)} {digits(2)} {digits(2)}", f"0664/{nonzero(7)}",
                f"+43 664 {nonzero(7)}", f"01/{digits(3)} {digits(2)} {digits(2)}", f"0316 {nonzero(6)}", f"+43 650 {digits(3)} {digits(4)}")


def ch():
    return pick(f"+41 44 {digits(3)} {digits(2)} {digits(2)}", f"044 {digits(3)} {digits(2)} {digits(2)}", f"079 {digits(3)} {digits(2)} {digits(2)}",
                f"+41 (0)79 {digits(3)} {digits(2)} {digits(2)}", f"0041 31 {digits(3)} {digits(2)} {digits(2)}", f"+41 76 {digits(3)} {digits(2)} {digits(2)}",
                f"022 {digits(3)} {digits(2)} {digits(2)}")


def fr():
    p = lambda: " ".join(digits(2) for _ in range(4))
    return pick(f"+33 (0)1 {p()}", f"0033 6 {p()}", f"07.{digits(2)}.{digits(2)}.{digits(2)}.{digits(2)}", f"04-{digits(2)}-{digits(2)}-{digits(2)}-{digits(2)}",
                f"+33 7 {p()}", f"09 {p()}", f"+33 (0) 6 {p()}", f"01{digits(8)}")


def be():
    return pick(f"+32 2 {digits(3)} {digits(2)} {digits(2)}", f"02/{digits(3)}.{digits(2)}.{digits(2)}", f"0470/{digits(2)}.{digits(2)}.{digits(2)}",
                f"+32 470 {digits(2)} {digits(2)} {digits(2)}", f"0475 {digits(2)} {digits(2)} {digits(2)}", f"09 {digits(3)} {digits(2)} {digits(2)}",
                f"+32 (0)3 {digits(3)} {digits(2)} {digits(2)}")


def nl():
    return pick(f"+31 20 {digits(3)} {digits(4)}", f"020-{nonzero(7)}", f"06-{nonzero(8)}", f"06 {digits(4)} {digits(4)}", f"+31 6 {nonzero(8)}",
                f"(020) {digits(3)} {digits(2)} {digits(2)}", f"+31 (0)10 {digits(3)} {digits(4)}", f"010 - {digits(3)} {digits(2)} {digits(2)}", f"0031 6 {digits(2)} {digits(2)} {digits(2)} {digits(2)}")


def es():
    return pick(f"+34 91 {digits(3)} {digits(2)} {digits(2)}", f"+34 6{digits(2)} {digits(3)} {digits(3)}", f"0034 6{digits(8)}", f"93 {digits(3)} {digits(2)} {digits(2)}",
                f"+34-6{digits(2)}-{digits(3)}-{digits(3)}", f"6{digits(2)}.{digits(3)}.{digits(3)}", f"(+34) 91 {digits(3)} {digits(4)}")


def pt():
    return pick(f"+351 21 {digits(3)} {digits(4)}", f"+351 9{pick('1','2','3','6')}{digits(1)} {digits(3)} {digits(3)}", f"00351 912{digits(6)}",
                f"21 {digits(3)} {digits(2)} {digits(2)}", f"9{pick('1','2','3','6')}{digits(7)}", f"(+351) 22 {digits(3)} {digits(4)}")


def it():
    return pick(f"+39 06 {digits(4)} {digits(4)}", f"06 {nonzero(7)}", f"02-{nonzero(8)}", f"3{pick('2','3','4','9')}{digits(1)} {digits(3)} {digits(4)}",
                f"+39 3{pick('3','4','8')}{digits(1)} {nonzero(7)}", f"347/{nonzero(7)}", f"0039 02 {digits(3)} {digits(2)} {digits(3)}", f"055 {digits(3)} {digits(4)}")


def ie():
    return pick(f"+353 1 {digits(3)} {digits(4)}", f"01 {digits(3)} {digits(4)}", f"08{pick('3','5','6','7','9')} {digits(3)} {digits(4)}",
                f"+353 8{pick('5','6','7')} {digits(3)} {digits(4)}", f"(01) {digits(3)} {digits(4)}", f"021 {nonzero(7)}", f"+353 (0)21 {digits(3)} {digits(4)}")


def pl():
    return pick(f"+48 22 {digits(3)} {digits(2)} {digits(2)}", f"22 {digits(3)} {digits(2)} {digits(2)}", f"{pick('5','6','7','8')}{digits(2)} {digits(3)} {digits(3)}",
                f"+48 {pick('5','6','7','8')}{digits(2)} {digits(3)} {digits(3)}", f"{pick('5','6','7')}{digits(2)}-{digits(3)}-{digits(3)}", f"(22) {digits(3)} {digits(2)} {digits(2)}",
                f"0048 12 {digits(3)} {digits(2)} {digits(2)}")


def se():
    return pick(f"+46 8 {digits(3)} {digits(3)} {digits(2)}", f"08-{digits(3)} {digits(3)} {digits(2)}", f"070-{digits(3)} {digits(2)} {digits(2)}",
                f"+46 70 {digits(3)} {digits(2)} {digits(2)}", f"031-{digits(2)} {digits(2)} {digits(2)}", f"08-{digits(2)} {digits(2)} {digits(2)}",
                f"073 {digits(3)} {digits(2)} {digits(2)}", f"+46 (0)31 {digits(3)} {digits(2)} {digits(2)}")


def india():
    m = lambda: pick(*"6789") + digits(4)
    return pick(f"+91 {m()} {digits(5)}", f"+91-{m()}{digits(5)}", f"0{m()} {digits(5)}", f"011-{digits(4)} {digits(4)}", f"+91 22 {digits(4)} {digits(4)}",
                f"{m()}-{digits(5)}", f"(022) {digits(4)} {digits(4)}", f"+91 80 {digits(8)}")


def br():
    return pick(f"+55 11 9{digits(4)}-{digits(4)}", f"(11) 9{digits(4)}-{digits(4)}", f"+55 (21) {pick(*'2345')}{digits(3)}-{digits(4)}", f"(0xx11) 9{digits(4)}-{digits(4)}",
                f"011 9{digits(4)}-{digits(4)}", f"+55 31 9 {digits(4)} {digits(4)}", f"(47) {pick(*'2345')}{digits(3)}-{digits(4)}", f"+55 (61) 9{digits(8)}")


def mx():
    return pick(f"+52 55 {digits(4)} {digits(4)}", f"55 {digits(4)} {digits(4)}", f"+52 1 55 {digits(4)} {digits(4)}", f"(55) {digits(4)}-{digits(4)}",
                f"33 {digits(4)} {digits(4)}", f"81-{digits(4)}-{digits(4)}", f"+52 (33) {digits(4)} {digits(4)}", f"+52 998 {digits(3)} {digits(4)}", f"(998) {digits(3)} {digits(4)}")


def au():
    return pick(f"+61 2 {digits(4)} {digits(4)}", f"(02) {digits(4)} {digits(4)}", f"03 {digits(4)} {digits(4)}", f"04{digits(2)} {digits(3)} {digits(3)}",
                f"+61 4{digits(2)} {digits(3)} {digits(3)}", f"1300 {digits(3)} {digits(3)}", f"1800 {digits(3)} {digits(3)}", f"+61 (0)3 {digits(4)} {digits(4)}",
                f"(07) {digits(4)}-{digits(4)}")


def jp():
    return pick(f"+81 3-{digits(4)}-{digits(4)}", f"03-{digits(4)}-{digits(4)}", f"090-{digits(4)}-{digits(4)}", f"+81 90-{digits(4)}-{digits(4)}",
                f"06-{digits(4)}-{digits(4)}", f"045-{digits(3)}-{digits(4)}", f"0120-{digits(3)}-{digits(3)}", f"(03) {digits(4)}-{digits(4)}",
                f"+81 (0)3 {digits(4)} {digits(4)}", f"080 {digits(4)} {digits(4)}")


PHONES = {"nanp": nanp, "uk": uk, "de": de, "at": at, "ch": ch, "fr": fr, "be": be, "nl": nl, "es": es, "pt": pt, "it": it, "ie": ie,
          "pl": pl, "se": se, "in": india, "br": br, "mx": mx, "au": au, "jp": jp}


def b64(n):
    return rand_token(n, B64)


SECRETS = {
    "azure_storage": lambda: b64(86) + "==",
    "azure_sas_sig": lambda: rand_token(43, AN + "%") .replace("%", "%2B") + "%3D",
    "azure_openai": lambda: hexs(32),
    "azure_sb": lambda: b64(43) + "=",
    "gcp_pem_json": lambda: "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC" + b64(60) + "\\n" + b64(64) + "\\n-----END PRIVATE KEY-----\\n",
    "gcp_key_id": lambda: hexs(40),
    "fcm": lambda: "AAAA" + rand_token(7, URLSAFE) + ":APA91b" + rand_token(134, URLSAFE),
    "hf": lambda: "hf_" + rand_token(34, UP + LO),
    "cohere": lambda: rand_token(40),
    "mistral": lambda: rand_token(32),
    "groq": lambda: "gsk_" + rand_token(52),
    "replicate": lambda: "r8_" + rand_token(37),
    "npm": lambda: "npm_" + rand_token(36),
    "nuget": lambda: "oy2" + draw(43, LO + DI),
    "docker": lambda: "dckr_pat_" + rand_token(27, URLSAFE),
    "tfc": lambda: rand_token(14) + ".atlasv1." + rand_token(67),
    "vault": lambda: "hvs." + rand_token(pick(24, 91), URLSAFE),
    "postman": lambda: "PMAK-" + hexs(24) + "-" + hexs(34),
    "sentry_dsn_key": lambda: hexs(32),
    "sentry_token": lambda: pick("sntrys_eyJpYXQiOjE3" + rand_token(120, AN) + "_" + rand_token(43, URLSAFE), "sntryu_" + hexs(64)),
    "newrelic": lambda: pick("NRAK-" + draw(27, UP + DI), "NRII-" + rand_token(32, URLSAFE), hexs(36) + "NRAL"),
    "datadog_api": lambda: hexs(32),
    "datadog_app": lambda: hexs(40),
    "okta": lambda: "00" + rand_token(40, URLSAFE),
    "auth0": lambda: rand_token(64, URLSAFE),
    "shopify": lambda: pick("shpat_", "shpss_") + hexs(32),
    "square": lambda: pick("EAAA" + rand_token(60, URLSAFE), "sq0csp-" + rand_token(43, URLSAFE)),
    "braintree": lambda: "access_token$production$" + draw(16, LO + DI) + "$" + hexs(32),
    "paypal_secret": lambda: "E" + rand_token(79, URLSAFE),
    "twilio_auth": lambda: hexs(32),
    "mapbox": lambda: pick("pk", "sk") + ".eyJ1IjoiZ" + rand_token(40, URLSAFE) + "." + rand_token(22, URLSAFE),
    "password": lambda: rand_token(rng.randint(12, 20), AN + "!#%*+-_"),
    "generic": lambda: rand_token(pick(24, 32, 40, 48, 64), URLSAFE),
    "generic_hex": lambda: hexs(pick(32, 40, 64)),
}

LOOK = {
    "uuid": lambda: f"{hexs(8)}-{hexs(4)}-4{hexs(3)}-{pick(*'89ab')}{hexs(3)}-{hexs(12)}",
    "sha": lambda: hexs(40),
    "sha256": lambda: hexs(64),
    "hex32": lambda: hexs(32),
    "b64hash": lambda: rand_token(43, B64) + "=",
    "order": lambda: f"{digits(3)}-{digits(7)}-{digits(7)}",
    "ten": lambda: nonzero(10),
    "nine_sp": lambda: f"{nonzero(3)} {digits(3)} {digits(3)}",
    "date_de": lambda: f"{rng.randint(10, 28)}.{rng.randint(10, 12)}.2026",
    "build": lambda: f"2026{rng.randint(10, 12)}{rng.randint(10, 28)}.{rng.randint(1, 9)}",
    "ver4": lambda: f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(1000, 29999)}.{rng.randint(100, 9999)}",
}

T = []


def t(lang, text):
    T.append((lang, text))


# ---- phones: bound to a phone word in the sentence's language ----
t("en", "Call me at {P:nanp} after 6pm.")
t("en", "Reach me on {P:uk} if the train is late.")
t("en", "Mobile: {P:au} | Office: {P:au}")
t("en", "WhatsApp {P:in} for the spare keys.")
t("en", "Text {P:nanp} with the code word.")
t("en", "Ring {P:ie} and ask for Siobhán.")
t("en", "cell {P:mx}, fax {P:mx}")
t("en", "Tel. {P:jp} (Tokyo office), order [[{K:order}]].")
t("de", "Tel.: {P:de} · Fax: {P:de}")
t("de", "Handy {P:de}, Rechnung vom [[{K:date_de}]].")
t("de", "Fon {P:at} — Mo–Fr 8–16 Uhr.")
t("de", "Bitte rufen Sie mich unter {P:ch} zurück.")
t("de", "Mobil: {P:at}, Festnetz: {P:at}")
t("fr", "Portable : {P:fr}, fixe : {P:fr}")
t("fr", "Tél. {P:be} (secrétariat), dossier [[2026/0418]].")
t("fr", "Appelez-moi au {P:ch} demain matin.")
t("es", "Móvil: {P:es}. Fijo: {P:es}")
t("es", "Llámame al {P:mx} cuando llegues.")
t("es", "Teléfono de contacto {P:es}, pedido [[PED-2026-00412]].")
t("it", "Cellulare {P:it}, telefono fisso {P:it}")
t("it", "Chiamami al {P:it} dopo pranzo.")
t("pt", "Telemóvel: {P:pt} — ligue depois das 18h.")
t("pt", "WhatsApp {P:br}, falar com a Joana.")
t("pt", "Telefone comercial {P:br}, CEP [[01310-100]].")
t("nl", "Bel mij op {P:nl} of stuur een sms.")
t("nl", "Tel. {P:be} (onthaal), mobiel {P:nl}")
t("pl", "Tel. kom. {P:pl}, biuro {P:pl}")
t("sv", "Mobil: {P:se}, växel {P:se}")
t("en", "Support hotline {P:uk}, ticket [[#48213]].")
t("en", "Phone (AU): {P:au}, ABN not needed.")
t("en", "Our Warsaw desk: phone {P:pl}.")
t("en", "Emergency contact: {P:se} (Stockholm).")
t("en", "Osaka branch tel {P:jp}, closed on Sundays.")
t("en", "Contact number {P:in} — Mumbai office.")
t("en", "Call {P:br} for the São Paulo team.")
t("en", "reach me on WhatsApp: {P:es}")
# ---- phones: no phone word, the format alone ----
t("en", "Anna ({P:uk}) will bring the keys.")
t("en", "Details: Jan de Vries, {P:nl}, Amsterdam.")
t("en", "Signature: Dr. M. Huber | {P:at} | Graz")
t("en", "Escalate to Pierre Dubois {P:fr} or to Lea {P:ch}.")
t("en", "Giulia Romano, {P:it}, Milano")
t("en", "Kontakt: Jonas Weber / {P:de}")
t("en", "Seán Murphy {P:ie} Dublin 2")
t("en", "Marta Nowak {P:pl}")
t("en", "Erik Lindqvist, {P:se}")
t("en", "Rahul Mehta — {P:in}")
t("en", "Lucas Silva {P:br} (São Paulo)")
t("en", "Sofía Hernández, {P:mx}, CDMX")
t("en", "Liam Walsh, {P:au}, Sydney NSW")
t("en", "Yuki Tanaka {P:jp}")
t("en", "Ines Costa, {P:pt}, Lisboa")
t("en", "Javier Ruiz {P:es} Madrid")
t("en", "Emma Peeters {P:be} Gent")
t("en", "Michael Chen {P:nanp}")
t("en", "Forward the fax to {P:nanp} today.")
# ---- phone look-alikes ----
t("en", "Your Amazon order [[{K:order}]] has shipped.")
t("en", "Invoice no. [[{K:ten}]] is overdue since [[{K:date_de}]].")
t("de", "Kundennummer [[{K:nine_sp}]], Bestellung vom [[{K:date_de}]].")
t("en", "Build [[{K:build}]] passed; Windows [[{K:ver4}]] is required.")
t("en", "ISBN [[978-3-16-148410-0]], EAN [[4006381333931]].")
t("en", "Postcodes: [[10115]] Berlin, [[1010]] Wien, [[8001]] Zürich, [[75008]] Paris, [[1012 AB]] Amsterdam.")
t("en", "Ship to [[114 55]] Stockholm and [[00-950]] Warszawa; [[1250-096]] Lisboa is next.")
t("pt", "Total: [[R$ 12.345,67]] em [[3]] parcelas de [[R$ 4.115,22]].")
t("en", "Budget [[₹ 1,23,45,678]] approved, plus [[€ 1 234 567,89]].")
t("pl", "Kwota: [[1 234 567 zł]], faktura [[FV/2026/12/0042]].")
t("sv", "Summa [[12 345 678 kr]], order [[2026-120-5]].")
t("en", "The window is [[09:00–17:30]] on [[2026-12-05]].")
t("en", "Coordinates [[48.1351, 11.5820]] and altitude [[520 m]].")
t("en", "Tracking [[1Z999AA10123456784]], parcel [[00340434161094042557]].")
t("en", "Case [[02154895]] was merged into case [[02154896]].")
t("en", "Serial [[SN 12-3456-7890]] failed QA on line [[4]].")
t("de", "Auftragsnummer [[2026 1205 0042]], Position [[3]].")
t("fr", "Facture n° [[{K:ten}]] du [[{K:date_de}]], montant [[1 234,56 €]].")
t("es", "Pedido nº [[{K:nine_sp}]], referencia [[REF-2026-8841]].")
t("en", "Population [[8 336 817]] (2026), area [[783.8 km²]].")
t("en", "Stack trace at line [[1203]], offset [[0x7ffe5a3c]].")
t("en", "Meeting ID [[{K:nine_sp}]], passcode [[482913]].")
t("ja", "郵便番号 [[100-0001]]、注文番号 [[2026-1205-0042]]。")
t("en", "Range [[1800-2000]] MHz, model [[RT-AX88U]].")
# ---- secrets: vendor formats ----
t("en", "DefaultEndpointsProtocol=https;AccountName=contosodata;AccountKey={S:azure_storage};EndpointSuffix=core.windows.net")
t("en", "https://contosodata.blob.core.windows.net/backups/db.bak?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-31T23:59:59Z&spr=https&sig={S:azure_sas_sig}")
t("en", "AZURE_OPENAI_API_KEY={S:azure_openai}")
t("en", "Endpoint=sb://contoso-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={S:azure_sb}")
t("en", "{\"type\": \"service_account\", \"project_id\": \"acme-prod\", \"private_key_id\": \"{S:gcp_key_id}\", \"private_key\": \"{S:gcp_pem_json}\"}")
t("en", "FCM server key: {S:fcm}")
t("en", "huggingface-cli login --token {S:hf}")
t("en", "export CO_API_KEY={S:cohere}")
t("en", "MISTRAL_API_KEY=\"{S:mistral}\"")
t("en", "client = Groq(api_key=\"{S:groq}\")")
t("en", "REPLICATE_API_TOKEN={S:replicate}")
t("en", "//registry.npmjs.org/:_authToken={S:npm}")
t("en", "dotnet nuget push pkg.nupkg --api-key {S:nuget} --source nuget.org")
t("en", "echo {S:docker} | docker login -u acmebot --password-stdin")
t("en", "credentials \"app.terraform.io\" { token = \"{S:tfc}\" }")
t("en", "VAULT_TOKEN={S:vault} vault kv get secret/app")
t("en", "Postman key {S:postman} was shared in the workspace.")
t("en", "SENTRY_DSN=https://{S:sentry_dsn_key}@o450123.ingest.sentry.io/5512345")
t("en", "SENTRY_AUTH_TOKEN={S:sentry_token}")
t("en", "New Relic key: {S:newrelic}")
t("en", "DD_API_KEY={S:datadog_api}\nDD_APP_KEY={S:datadog_app}")
t("en", "Authorization: SSWS {S:okta}")
t("en", "AUTH0_CLIENT_SECRET='{S:auth0}'")
t("en", "X-Shopify-Access-Token: {S:shopify}")
t("en", "square_access_token: {S:square}")
t("en", "BRAINTREE_TOKEN={S:braintree}")
t("en", "paypal:\n  client_id: AYSq3RDGsmBLJE-otTkBtM-jBRd1TCQwFf9RGfwddNXWz0uFU9ztymylOhRS\n  client_secret: {S:paypal_secret}")
t("en", "TWILIO_AUTH_TOKEN={S:twilio_auth}")
t("en", "mapboxgl.accessToken = '{S:mapbox}';")
# ---- secrets: connection strings, files, command lines ----
t("en", "Server=tcp:acme.database.windows.net,1433;Initial Catalog=orders;User ID=sqladmin;Pwd={S:password};Encrypt=True;")
t("en", "DATABASE_URL=postgresql://app_user:{S:password}@db.internal:5432/orders?sslmode=require")
t("en", "mysql://root:{S:password}@<<IP_ADDRESS:10.0.3.7>>:3306/shop")
t("en", "mongodb+srv://reporting:{S:password}@cluster0.ab1cd.mongodb.net/analytics?retryWrites=true")
t("en", "REDIS_URL=rediss://:{S:password}@cache.internal:6380/0")
t("en", "redis.acme.net:6380,password={S:password},ssl=True,abortConnect=False")
t("en", "amqps://svc-orders:{S:password}@rabbit.internal:5671/prod")
t("en", "machine api.github.com login octo-bot password {S:generic}")
t("en", "db.internal:5432:orders:app_user:{S:password}")
t("en", "docker login registry.acme.io -u deploy -p {S:password}")
t("en", "curl -u admin:{S:password} https://jenkins.internal/api/json")
t("en", "Authorization: Bearer {S:generic}")
t("en", "git clone https://deploy:{S:generic}@git.acme.io/platform/infra.git")
# ---- secrets: generic values bound to a key-ish name in any syntax ----
t("en", "[auth]\nsecret_key = \"{S:generic}\"")
t("en", "[service]\napi_token={S:generic}")
t("en", "<add key=\"ApiKey\" value=\"{S:generic}\" />")
t("en", "<ClientSecret>{S:generic}</ClientSecret>")
t("en", "./sync --api-key {S:generic} --region eu-west-1")
t("en", "deploy.sh --token={S:generic}")
t("en", "var apiKey = \"{S:generic}\";")
t("en", "private const string ClientSecret = \"{S:generic}\";")
t("en", "API_KEY = \"{S:generic}\"  # TODO move to vault")
t("en", "const accessToken = '{S:generic}';")
t("en", "authToken := \"{S:generic}\"")
t("en", "private static final String SECRET_KEY = \"{S:generic}\";")
t("en", "headers = {\"X-Auth-Token\": \"{S:generic_hex}\"}")
t("en", "settings.signing_secret: {S:generic}")
t("de", "Geheimer Schlüssel: {S:generic}")
t("de", "Das Zugriffstoken für die API ist {S:generic}.")
t("fr", "Clé secrète : {S:generic}")
t("fr", "Voici le jeton : {S:generic}")
t("es", "Clave secreta: {S:generic}")
t("es", "El token de la API es {S:generic}.")
t("it", "Chiave segreta: {S:generic}")
t("it", "Il token di accesso è {S:generic}.")
t("pt", "Chave secreta: {S:generic}")
t("pt", "O token da API é {S:generic}.")
t("nl", "Geheime sleutel: {S:generic}")
t("nl", "Het API-token is {S:generic}.")
# ---- secret look-alikes and placeholders ----
t("en", "OPENAI_API_KEY=[[sk-...your key here]]")
t("en", "Authorization: Bearer [[<YOUR_TOKEN>]]")
t("en", "HF_TOKEN=[[hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]]")
t("en", "api_key = \"[[YOUR_API_KEY]]\"")
t("en", "GROQ_API_KEY=[[gsk_your_key_here]]")
t("en", "password: [[********]]")
t("en", "client_secret: [[xxxx]]")
t("en", "token = [[os.environ[\"API_TOKEN\"]]]")
t("en", "Commit [[{K:sha}]] bumped the lock file.")
t("en", "image@sha256:[[{K:sha256}]]")
t("en", "\"integrity\": \"sha512-[[{K:b64hash}]]\"")
t("en", "Request-Id: [[{K:uuid}]]")
t("en", "tenant_id: [[{K:uuid}]], client_id: [[{K:uuid}]]")
t("en", "ETag: \"[[{K:hex32}]]\"")
t("en", "The checksum (md5) is [[{K:hex32}]].")
t("en", "cache_key = \"[[session:42:profile]]\"")
t("en", "primary_key: [[id]], sort_key: [[created_at]]")
t("en", "token_count: [[1532]], max_tokens: [[4096]]")
t("en", "Version [[10.0.100-rc.2.24474.11]] of the SDK, build [[{K:build}]].")
t("en", "The [[PMAK-]] prefix marks Postman keys and [[NRAK-]] marks New Relic user keys.")
t("en", "The Mapbox style [[mapbox://styles/mapbox/streets-v12]] is public.")
t("de", "Der Schlüssel für Raum [[B-204]] liegt am Empfang.")
t("fr", "La clé USB [[SanDisk 64 Go]] est perdue.")
t("es", "La clave del éxito es [[la constancia]].")
t("en", "secret: [[{{ .Values.apiSecret }}]]")
t("en", "AZURE_OPENAI_ENDPOINT=[[https://acme-openai.openai.azure.com/]]")


PAT = re.compile(r"\{([SPK]):(\w+)\}|\[\[(.*?)\]\](?!\])|<<(\w+):(.*?)>>")


def main():
    write_set([fill_template(text, PAT, LOOK, SECRETS, PHONES) for _, text in T], rng, "pii-dev5.jsonl")


if __name__ == "__main__":
    main()
