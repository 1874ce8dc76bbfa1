# -*- coding: utf-8 -*-
"""Generates pii-dev4.jsonl: the fourth PII/secret regression set (issue #17, item 2, fourth round).

Written by the fourth round's author *before* changing any recognizer in that round, aimed at the gaps the third round
listed: phone extensions in every common notation, local numbers bound to a phone word, "code/PIN/dial-in" numbers that
are not phones, vendor token families with a fixed prefix, and long random values after a key name in en/de/fr/es/it/pt/nl.
Its before-number is an honest estimate for these gaps only; the rules were then tuned on it (a regression set).
Slots:  {S:kind} secret -> pii SECRET   {P:kind} phone -> pii PHONE   {K:kind} generated look-alike -> keep
        [[literal]] literal look-alike -> keep
Run:    python3 generate_pii_dev4.py   (deterministic, seed 20261205)
"""
import random, re

rng = random.Random(20261205)
from heldout_values import AN, DI, HEX, LO, UP, URLSAFE, Values, fill_template, write_set

_values = Values(rng)
draw, rand_token, hexs, digits, nonzero = _values.draw, _values.rand_token, _values.hexs, _values.digits, _values.nonzero


SECRETS = {
    "databricks": lambda: "dapi" + hexs(32) + rng.choice(["", "-2", "-3"]),
    "google_access": lambda: "ya29." + rand_token(rng.randint(120, 180), URLSAFE),
    "google_refresh": lambda: "1//0" + rng.choice("3456789abcdefg") + rand_token(rng.randint(90, 100), URLSAFE),
    "shopify": lambda: rng.choice(["shpat_", "shpca_", "shppa_", "shpss_"]) + hexs(32),
    "digitalocean": lambda: rng.choice(["dop_v1_", "doo_v1_", "dor_v1_"]) + hexs(64),
    "telegram": lambda: nonzero(rng.choice([9, 10])) + ":AA" + rand_token(33, URLSAFE),
    "discord": lambda: rng.choice("MN") + rand_token(25) + "." + rand_token(6, URLSAFE) + "." + rand_token(38, URLSAFE),
    "mailgun": lambda: "key-" + hexs(32),
    "atlassian": lambda: "ATATT3xFfGF0" + rand_token(170, URLSAFE) + "=" + draw(8, "0123456789ABCDEF"),
    "notion": lambda: rng.choice(["secret_" + rand_token(43), "ntn_" + digits(11) + rand_token(35)]),
    "supabase": lambda: rng.choice(["sbp_" + hexs(40), "sb_secret_" + rand_token(31, URLSAFE)]),
    "linear": lambda: "lin_api_" + rand_token(40),
    "heroku": lambda: "HRKU-AA" + rand_token(58, URLSAFE),
    "square": lambda: rng.choice(["EAAA" + rand_token(60, URLSAFE), "sq0atp-" + rand_token(22, URLSAFE), "sq0csp-" + rand_token(43, URLSAFE)]),
    "aws_session": lambda: rng.choice(["FwoGZXIvYXdzE", "IQoJb3JpZ2luX2Vj"]) + rand_token(rng.randint(300, 380), AN + "+/") + "==",
    "aws_temp_id": lambda: "ASIA" + draw(16, UP + "234567"),
    "stripe_whsec": lambda: "whsec_" + rand_token(32),
    "generic": lambda: rand_token(rng.choice([24, 32, 40, 48]), URLSAFE),
    "generic_hex": lambda: hexs(rng.choice([32, 40, 64])),
}

AREAS = ["212", "305", "415", "617", "206", "512", "720"]


def exchange():
    while True:
        e = rng.choice("23456789") + digits(2)
        if e[1:] != "11":
            return e


PHONES = {
    "de_ext": lambda: rng.choice([f"0711 {digits(3)} {digits(2)}-{digits(2)}", f"0711 {nonzero(4)}-{digits(2)}", f"030 {nonzero(5)}-{digits(3)}",
                                  f"+49 711 {nonzero(4)}-{digits(2)}", f"089 {nonzero(6)}-{digits(2)}", f"0221 {digits(3)} {digits(2)}-{digits(1)}",
                                  f"+49 30 {nonzero(5)}-0"]),
    "ext_word": lambda: rng.choice([f"({rng.choice(AREAS)}) {exchange()}-{digits(4)}", f"{rng.choice(AREAS)}.{exchange()}.{digits(4)}",
                                    f"+44 20 {rng.choice('378')}{digits(3)} {digits(4)}", f"01 {digits(2)} {digits(2)} {digits(2)} {digits(2)}",
                                    f"+33 1 {digits(2)} {digits(2)} {digits(2)} {digits(2)}", f"0711 {nonzero(6)}", f"+39 02 {digits(4)} {digits(4)}"])
                        + rng.choice([" x", " x ", " ext. ", " ext ", " Ext.", " extension ", " Durchwahl ", " DW ", " poste ", " int. ", " interno ", " ramal ", " toestel ", " #"])
                        + digits(rng.randint(2, 4)),
    "nanp7": lambda: f"{exchange()}-{digits(4)}",
    "local_eu": lambda: rng.choice([f"{nonzero(2)} {digits(2)} {digits(2)}", f"{nonzero(3)} {digits(2)} {digits(2)}", f"{nonzero(4)}-{digits(2)}",
                                    f"{nonzero(3)}-{digits(4)}", f"{nonzero(2)} {digits(2)} {digits(3)}"]),
}

LOOK = {
    "ten": lambda: nonzero(10),
    "code_dash": lambda: f"{nonzero(3)}-{digits(4)}",
    "meeting": lambda: f"{nonzero(3)} {digits(4)} {digits(4)}",
    "pin": lambda: digits(rng.choice([4, 6, 8])),
    "sha": lambda: hexs(40),
    "uuid": lambda: f"{hexs(8)}-{hexs(4)}-4{hexs(3)}-a{hexs(3)}-{hexs(12)}",
    "hex32": lambda: hexs(32),
    "ratio": lambda: f"{rng.randint(10, 99)}:{rng.randint(10, 59)}",
    "range": lambda: f"{nonzero(4)}-{digits(2)}",
}

T = []


def t(lang, text):
    T.append((lang, text))


# ---- phones: extensions ----
t("de", "Erreichbar unter {P:de_ext} (Zentrale), bitte nach Frau Keller fragen.")
t("de", "Tel.: {P:de_ext} · Fax: [[0711 4846-99]] ist abgeschaltet.".replace("[[0711 4846-99]]", "{P:de_ext}"))
t("de", "Rückruf bitte an {P:de_ext}, Vorgang [[2026-4711]].")
t("en", "Our Stuttgart office: {P:de_ext}. Ticket [[INC-48213]] stays open.")
t("de", "Sie erreichen mich unter {P:de_ext} oder mobil.")
t("de", "Telefon {P:ext_word}, Raum [[3.14]], Gebäude B.")
t("en", "Reach Dana at {P:ext_word} between 9 and 5.")
t("en", "Phone: {P:ext_word} — ask for accounts payable, invoice [[INV-2026-0331]].")
t("fr", "Joignable au {P:ext_word} du lundi au vendredi.")
t("it", "Per assistenza chiamare il {P:ext_word}, pratica [[PR-88213]].")
t("pt", "Ligue para {P:ext_word} e peça pelo setor financeiro.")
t("nl", "Bel {P:ext_word} voor de helpdesk.")
t("en", "Call me on {P:ext_word} if the deploy fails again.")
t("en", "Main line {P:ext_word}; after hours use the pager.")
t("es", "Llame al {P:ext_word} y pregunte por soporte.")
t("en", "Contact: Priya Nair, tel {P:ext_word}, build [[4.2.1-57]].")
# ---- phones: local numbers bound to a phone word ----
t("en", "If nobody answers, call {P:nanp7} and leave a message.")
t("en", "Front desk phone: {P:nanp7} (ask for room [[512]]).")
t("en", "Text me at {P:nanp7} when you land.")
t("en", "Dial {P:nanp7} from any hotel phone for the concierge.")
t("en", "tel. {P:nanp7}, fax {P:nanp7}")
t("en", "My cell is {P:nanp7}, the office is closed until Monday.")
t("de", "Hausruf: Tel. {P:local_eu}, Zimmer [[214]].")
t("de", "Bitte rufen Sie {P:local_eu} an, Kundennummer [[KD-77120]].")
t("fr", "Appelez le {P:local_eu} pour la réception.")
t("it", "Telefono {P:local_eu} (centralino).")
t("nl", "Telefoon: {P:local_eu}")
t("es", "Teléfono de la recepción: {P:local_eu}.")
# ---- phone look-alikes: codes, PINs, ids ----
t("en", "Dial-in code [[{K:ten}]] for the weekly sync; the bridge opens at 9.")
t("en", "Join with meeting ID [[{K:meeting}]] and passcode [[{K:pin}]].")
t("en", "Your PIN is [[{K:pin}]] and the access code is [[{K:code_dash}]].")
t("en", "Conference code: [[{K:ten}]] — use the number in the invite.")
t("de", "Einwahlcode [[{K:ten}]], PIN [[{K:pin}]].")
t("fr", "Code de conférence [[{K:ten}]], code PIN [[{K:pin}]].")
t("es", "Código de acceso [[{K:ten}]] para la reunión.")
t("en", "Error code [[{K:code_dash}]] appeared twice in the logs.")
t("en", "The voucher code [[{K:code_dash}]] expired yesterday.")
t("en", "Part number [[{K:range}]] is back in stock.")
t("de", "Artikelnummer [[{K:range}]], Menge 12.")
t("en", "Section [[{K:range}]] of the spec covers retries.")
t("en", "Tracking code [[{K:ten}]] shows the parcel in Leipzig.")
t("en", "Confirmation code [[{K:code_dash}]] — keep it for check-in.")
t("en", "The score was [[{K:ratio}]] at half time, kickoff at 20:45.")
t("en", "Seats [[14-22]] are reserved; page [[1021-57]] has the table.")
t("en", "Lines [[1203-57]] of the diff touch the parser.")
# ---- secrets: vendor families ----
t("en", "export DATABRICKS_TOKEN={S:databricks}")
t("en", "Databricks PAT for the nightly job: {S:databricks} (rotate in March).")
t("en", "curl -H 'Authorization: Bearer {S:google_access}' https://www.googleapis.com/drive/v3/files")
t("en", "The OAuth playground returned {S:google_access} as the access token.")
t("en", "refresh_token saved: {S:google_refresh}")
t("en", "Shopify admin token {S:shopify} was committed to the theme repo.")
t("en", "SHOPIFY_ACCESS_TOKEN={S:shopify}")
t("en", "doctl auth init -t {S:digitalocean}")
t("en", "Found a DigitalOcean token in the Terraform vars: {S:digitalocean}")
t("en", "Bot token: {S:telegram} — the bot is @deploy_alerts_bot.")
t("en", "https://api.telegram.org/bot{S:telegram}/sendMessage?chat_id=[[-100123456789]]")
t("en", "DISCORD_BOT_TOKEN=\"{S:discord}\"")
t("en", "client.login('{S:discord}')")
t("en", "Mailgun key {S:mailgun} is used by the password-reset mailer.")
t("en", "curl -s --user 'api:{S:mailgun}' https://api.mailgun.net/v3/example.com/messages")
t("en", "Jira API token for ci-bot: {S:atlassian}")
t("en", "NOTION_TOKEN={S:notion}")
t("en", "The Notion integration uses {S:notion} — please revoke it.")
t("en", "supabase login --token {S:supabase}")
t("en", "LINEAR_API_KEY={S:linear}")
t("en", "Linear key {S:linear} leaked in the Slack export.")
t("en", "heroku authorizations token: {S:heroku}")
t("en", "Square access token {S:square} (production).")
t("en", "SQUARE_SECRET={S:square}")
t("en", "aws_access_key_id = {S:aws_temp_id}\naws_session_token = {S:aws_session}")
t("en", "AWS_SESSION_TOKEN={S:aws_session}")
t("en", "STRIPE_WEBHOOK_SECRET={S:stripe_whsec}")
# ---- secrets: generic key names in any syntax and language ----
t("en", "token: {S:generic}")
t("en", "secret = \"{S:generic}\"")
t("en", "apikey={S:generic}")
t("en", "access_key: {S:generic}")
t("en", "{\"client_secret\": \"{S:generic}\", \"grant_type\": \"client_credentials\"}")
t("en", "auth: {S:generic}")
t("en", "private_key = '{S:generic}'")
t("en", "The token is {S:generic} and it expires tonight.")
t("en", "Here is the API key: {S:generic_hex}")
t("de", "Der API-Schlüssel lautet {S:generic}.")
t("de", "Zugangstoken: {S:generic}")
t("fr", "La clé API est {S:generic}, ne la partagez pas.")
t("fr", "Jeton d'accès : {S:generic}")
t("es", "La clave de API es {S:generic}.")
t("es", "Token de acceso: {S:generic}")
t("it", "La chiave API è {S:generic}.")
t("pt", "A chave da API é {S:generic}.")
t("nl", "De API-sleutel is {S:generic}.")
t("nl", "Toegangstoken: {S:generic}")
# ---- secret look-alikes ----
t("en", "token: [[expired]] (re-login required)")
t("en", "Set api_key to [[<your-api-key>]] before running the sample.")
t("en", "client_secret: [[${CLIENT_SECRET}]]")
t("en", "Commit [[{K:sha}]] fixed the token refresh bug.")
t("en", "request id [[{K:uuid}]], trace [[{K:hex32}]]")
t("en", "The md5 of the file is [[{K:hex32}]].")
t("en", "Use [[shpat_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX]] in the docs, never a real token.")
t("en", "The word [[dapifora]] is not a token, nor is [[key-value]] storage.")
t("en", "Our secret santa list is in [[secret_santa_2026.xlsx]].")
t("en", "Store tokens with [[ya29.prefix]] only in memory.")
t("en", "The ratio [[16:9]] and the time [[12:30:45]] are fine.")
t("en", "The [[lin_api_]] prefix marks Linear keys; see the docs.")
t("en", "Shopify tokens start with [[shpat_]] and Mailgun keys with [[key-]].")
t("de", "Der Schlüssel liegt im Tresor, Fach [[B-12]].")
t("fr", "La clé est sous le paillasson, code [[4711]].")
t("en", "access_key = [[None]]  # filled in by the vault at runtime")
t("en", "auth: [[required]]")
t("en", "private_key_path = [[/etc/ssl/private/server.key]]")
t("en", "token_type: [[bearer]], expires_in: [[3599]]")
t("en", "Version [[2.1.0-57]] shipped with [[sbp_]] support.")


PAT = re.compile(r"\{([SPK]):(\w+)\}|\[\[(.*?)\]\]")


def main():
    write_set([fill_template(text, PAT, LOOK, SECRETS, PHONES) for _, text in T], rng, "pii-dev4.jsonl")


if __name__ == "__main__":
    main()
