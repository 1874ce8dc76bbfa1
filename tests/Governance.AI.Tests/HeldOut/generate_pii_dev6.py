# -*- coding: utf-8 -*-
"""Generates pii-dev6.jsonl: the sixth PII/secret regression set (issue #17, item 2, sixth round).

Written by the sixth round's author *before* changing any recognizer in that round, from the specifications rather than
from earlier misses: IP addresses in the legal forms of RFC 4291 / RFC 5952 (full, `::` anywhere, mixed case, leading
zeros, embedded IPv4, zone ids, `[…]:port`) and RFC 791 dotted quads with ports and CIDR suffixes, inside URLs,
X-Forwarded-For lists, log lines and JSON (every address a person would call an IP counts, private, loopback and
documentation ranges included); phones of numbering plans no earlier set covered (NO, DK, FI, CZ, GR, TR, RU, IL, ZA,
NG, KE, AR, CL, CO, CN, KR, SG, HK, NZ, PH, ID, MY, AE, PK, HU, RO, tel: URIs) with and without a phone word; vendor
keys no earlier set covered and random values bound to a key-ish name in further syntaxes (Dockerfile, PowerShell,
cmd, Kubernetes, HCL, PHP, Ruby, Rust, Kotlin, Swift, SQL, .properties, ~/.aws/credentials, .pypirc, .git-credentials).
Look-alikes: versions, OIDs, SNMP ids, section numbers, dates, times, C++/Rust/Ruby `::` paths, trace ids, image and
package digests, public keys and certificates, cloud resource ids, placeholders.
Slots:  {S:kind} secret -> pii SECRET   {P:kind} phone -> pii PHONE   {I:kind} IP address -> pii IP
        {K:kind} generated look-alike -> keep   [[literal]] literal look-alike -> keep   <<TYPE:literal>> literal pii value
Run:    python3 generate_pii_dev6.py   (deterministic, seed 20261207)
"""
import random, re

rng = random.Random(20261207)
from heldout_values import AN, DI, HEX, LO, UP, URLSAFE, Values, fill_template, write_set

_values = Values(rng)
draw, rand_token, hexs, digits, nonzero = _values.draw, _values.rand_token, _values.hexs, _values.digits, _values.nonzero
B64 = AN + "+/"


def pick(*options):
    return rng.choice(options)


def g(n=4):
    """One IPv6 group of n hex digits with a letter (so it is never all digits)."""
    return hexs(n) if n > 1 else pick(*"abcdef")


def v4():
    return pick(f"203.0.113.{rng.randint(1, 254)}", f"198.51.100.{rng.randint(1, 254)}", f"192.0.2.{rng.randint(1, 254)}",
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}", f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}")


def v6():
    return pick(
        f"2001:0db8:{g()}:{g()}:0000:0000:{g()}:{g()}",                   # full, leading zeros kept
        f"2001:db8:{g(3)}:{g(2)}::{g(3)}",                                # compressed in the middle
        f"2001:DB8:{g().upper()}:{g().upper()}::",                        # trailing ::, upper case
        f"::ffff:{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",  # IPv4-mapped
        f"64:ff9b::{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",  # NAT64
        f"fe80::{g(3)}:{g(2)}ff:fe{g(2)}:{g()}",                          # link-local from a MAC
        f"2a02:{g(3)}:{g()}:{g(2)}00::{g(1)}",                            # short last group
        f"2001:0DB8:0001:0000:0000:0AB9:C0A8:0102",                       # upper case full
        f"fd{g(2)}:{g()}:{g()}::{g(2)}",                                  # unique local
        f"2606:4700:{g(2)}::{g(4)}:{g(3)}",
        f"::{g()}:{g()}",                                                 # leading ::
        f"2001:db8:0:0:{g()}:0:0:{g(1)}",                                 # zeros not compressed
    )


IPS = {"v4": v4, "v6": v6}


def d(n):
    return digits(n)


PHONES = {
    "no": lambda: pick(f"+47 22 {d(2)} {d(2)} {d(2)}", f"+47 4{d(2)} {d(2)} {d(3)}", f"9{d(2)} {d(2)} {d(3)}", f"0047 {pick('4', '9')}{d(7)}"),
    "dk": lambda: pick(f"+45 32 {d(2)} {d(2)} {d(2)}", f"+45 2{d(1)} {d(2)} {d(2)} {d(2)}", f"0045 {d(2)} {d(2)} {d(2)} {d(2)}"),
    "fi": lambda: pick(f"+358 40 {d(3)} {d(4)}", f"040 {d(3)} {d(4)}", f"09 {d(4)} {d(4)}", f"+358 9 {d(4)} {d(3)}", f"050-{d(3)} {d(4)}"),
    "cz": lambda: pick(f"+420 6{d(2)} {d(3)} {d(3)}", f"+420 2{d(2)} {d(3)} {d(3)}", f"7{d(2)} {d(3)} {d(3)}"),
    "gr": lambda: pick(f"+30 21{d(1)} {d(3)} {d(4)}", f"+30 69{d(1)} {d(3)} {d(4)}", f"69{d(1)} {d(3)} {d(4)}", f"210 {d(3)} {d(4)}"),
    "tr": lambda: pick(f"+90 212 {d(3)} {d(2)} {d(2)}", f"0532 {d(3)} {d(2)} {d(2)}", f"+90 (5{d(2)}) {d(3)} {d(2)} {d(2)}", f"0 (212) {d(3)} {d(2)} {d(2)}"),
    "ru": lambda: pick(f"+7 495 {d(3)}-{d(2)}-{d(2)}", f"8 (495) {d(3)}-{d(2)}-{d(2)}", f"8-916-{d(3)}-{d(2)}-{d(2)}", f"+7 (916) {d(3)}-{d(2)}-{d(2)}", f"+7 812 {d(3)} {d(2)} {d(2)}"),
    "il": lambda: pick(f"+972 3-{d(3)}-{d(4)}", f"050-{d(3)}-{d(4)}", f"+972 52-{d(3)}-{d(4)}", f"03-{d(3)}-{d(4)}"),
    "za": lambda: pick(f"+27 21 {d(3)} {d(4)}", f"082 {d(3)} {d(4)}", f"+27 (0)11 {d(3)} {d(4)}", f"011 {d(3)} {d(4)}"),
    "ng": lambda: pick(f"+234 803 {d(3)} {d(4)}", f"0803 {d(3)} {d(4)}", f"+234 (0)1 {d(3)} {d(4)}", f"0810-{d(3)}-{d(4)}"),
    "ke": lambda: pick(f"+254 712 {d(6)}", f"0712 {d(3)} {d(3)}", f"+254 20 {d(3)} {d(4)}", f"+254-7{d(2)}-{d(3)}-{d(3)}"),
    "ar": lambda: pick(f"+54 9 11 {d(4)}-{d(4)}", f"011 15-{d(4)}-{d(4)}", f"(011) 4{d(3)}-{d(4)}", f"+54 11 4{d(3)}-{d(4)}"),
    "cl": lambda: pick(f"+56 9 {d(4)} {d(4)}", f"+56 2 2{d(3)} {d(4)}", f"9 {d(4)} {d(4)}"),
    "co": lambda: pick(f"+57 3{d(2)} {d(7)}", f"+57 601 {d(3)} {d(4)}", f"3{d(2)} {d(3)} {d(4)}"),
    "cn": lambda: pick(f"+86 1{pick('3', '5', '8')}{d(1)} {d(4)} {d(4)}", f"010-{d(4)} {d(4)}", f"1{pick('3', '5', '8')}{d(1)}-{d(4)}-{d(4)}", f"+86 21 {d(4)} {d(4)}", f"(021) {d(4)}-{d(4)}"),
    "kr": lambda: pick(f"+82 10-{d(4)}-{d(4)}", f"010-{d(4)}-{d(4)}", f"02-{d(3)}-{d(4)}", f"+82 2 {d(3)} {d(4)}"),
    "sg": lambda: pick(f"+65 6{d(3)} {d(4)}", f"+65 9{d(3)} {d(4)}", f"8{d(3)} {d(4)}"),
    "hk": lambda: pick(f"+852 2{d(3)} {d(4)}", f"+852 9{d(3)} {d(4)}"),
    "nz": lambda: pick(f"+64 21 {d(3)} {d(4)}", f"021 {d(3)} {d(4)}", f"(09) {d(3)} {d(4)}", f"+64 9 {d(3)} {d(4)}", f"04-{d(3)} {d(4)}"),
    "ph": lambda: pick(f"+63 917 {d(3)} {d(4)}", f"0917 {d(3)} {d(4)}", f"(02) 8{d(3)} {d(4)}", f"+63 2 8{d(3)} {d(4)}"),
    "id": lambda: pick(f"+62 812-{d(4)}-{d(4)}", f"0812-{d(4)}-{d(4)}", f"(021) {d(4)} {d(4)}", f"+62 21 {d(4)} {d(4)}"),
    "my": lambda: pick(f"+60 12-{d(3)} {d(4)}", f"012-{d(3)} {d(4)}", f"+60 3-{d(4)} {d(4)}", f"03-{d(4)} {d(4)}"),
    "ae": lambda: pick(f"+971 50 {d(3)} {d(4)}", f"050 {d(3)} {d(4)}", f"+971 4 {d(3)} {d(4)}", f"04 {d(3)} {d(4)}"),
    "pk": lambda: pick(f"+92 300 {d(7)}", f"0300-{d(7)}", f"+92 21 {d(4)} {d(4)}", f"(021) {d(3)}-{d(4)}"),
    "hu": lambda: pick(f"+36 1 {d(3)} {d(4)}", f"06 30 {d(3)} {d(4)}", f"+36 20 {d(3)} {d(4)}", f"06-1-{d(3)}-{d(4)}"),
    "ro": lambda: pick(f"+40 721 {d(3)} {d(3)}", f"0721 {d(3)} {d(3)}", f"021 {d(3)} {d(4)}", f"+40 21 {d(3)} {d(4)}"),
    "tel_uri": lambda: pick(f"tel:+44{d(10)}", f"tel:+1-201-555-{d(4)}", f"tel:+49-30-{nonzero(7)}"),
    "nanp_slash": lambda: f"{pick('212', '415', '617')}/{nonzero(1)}{d(2)}-{d(4)}",
    "it_334": lambda: f"3{pick('2', '3', '4', '9')}{d(1)} {d(3)} {d(4)}",
    "es_dots": lambda: f"6{d(2)}.{d(3)}.{d(3)}",
    "vanity": lambda: pick("1-800-FLOWERS", "1-800-GO-FEDEX", "1 (888) MY-PIZZA"),
}

SECRETS = {
    "atlassian": lambda: "ATATT3xFfGF0" + rand_token(180, URLSAFE) + "=" + draw(8, "0123456789ABCDEF"),
    "supabase": lambda: "sbp_" + hexs(40),
    "netlify": lambda: "nfp_" + rand_token(36),
    "doppler": lambda: "dp.st.prd." + rand_token(40),
    "pulumi": lambda: "pul-" + hexs(40),
    "age": lambda: "AGE-SECRET-KEY-1" + draw(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"),
    "xai": lambda: "xai-" + rand_token(80),
    "perplexity": lambda: "pplx-" + rand_token(48),
    "airtable": lambda: "pat" + rand_token(14) + "." + hexs(64),
    "contentful": lambda: "CFPAT-" + rand_token(43, URLSAFE),
    "dynatrace": lambda: "dt0c01." + draw(24, UP + DI) + "." + draw(64, UP + DI),
    "rubygems": lambda: "rubygems_" + hexs(48),
    "brevo": lambda: "xkeysib-" + hexs(64) + "-" + rand_token(16),
    "tailscale": lambda: "tskey-auth-k" + rand_token(10) + "CNTRL-" + rand_token(33),
    "pinecone": lambda: "pcsk_" + rand_token(5) + "_" + rand_token(60),
    "prefect": lambda: "pnu_" + rand_token(36),
    "figma": lambda: "figd_" + rand_token(40, URLSAFE),
    "alibaba": lambda: "LTAI" + rand_token(20),
    "azure_devops": lambda: draw(52, LO + "234567"),
    "discord_webhook": lambda: f"https://discord.com/api/webhooks/{nonzero(18)}/{rand_token(68, URLSAFE)}",
    "cloudinary": lambda: f"cloudinary://{nonzero(15)}:{rand_token(27, URLSAFE)}@acme-media",
    "mailchimp": lambda: hexs(32) + "-us" + str(rng.randint(1, 21)),
    "anthropic_admin": lambda: "sk-ant-admin01-" + rand_token(93, URLSAFE) + "AA",
    "openssh": lambda: "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n" + rand_token(70, B64) + "\n-----END OPENSSH PRIVATE KEY-----",
    "k8s_b64": lambda: rand_token(24, B64) + "==",
    "password": lambda: rand_token(rng.randint(12, 20), AN + "!#%*+-_"),
    "generic": lambda: rand_token(pick(24, 32, 40, 48, 64), URLSAFE),
    "generic_hex": lambda: hexs(pick(32, 40, 64)),
    "aws_secret": lambda: rand_token(40, B64),
    "aws_id": lambda: "AKIA" + draw(16, UP + "234567"),
}

LOOK = {
    "uuid": lambda: f"{hexs(8)}-{hexs(4)}-4{hexs(3)}-{pick(*'89ab')}{hexs(3)}-{hexs(12)}",
    "sha": lambda: hexs(40),
    "sha256": lambda: hexs(64),
    "hex32": lambda: hexs(32),
    "hex16": lambda: hexs(16),
    "ver4": lambda: f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 200)}.{rng.randint(1, 250)}",
    "oid": lambda: f"1.3.6.1.4.1.{rng.randint(100, 60000)}.{rng.randint(1, 9)}.{rng.randint(1, 9)}",
    "date_dot": lambda: f"2026.{rng.randint(10, 12)}.{rng.randint(10, 28)}",
    "time": lambda: f"{rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}",
    "nine": lambda: nonzero(9),
    "ten": lambda: nonzero(10),
    "ssh_pub": lambda: "AAAAC3NzaC1lZDI1NTE5AAAAI" + rand_token(43, B64),
}

T = []


def t(lang, text):
    T.append((lang, text))


# ---- IP addresses: every legal writing, in the places they occur ----
t("en", "Failed password for invalid user admin from {I:v4} port 52311 ssh2")
t("en", "X-Forwarded-For: {I:v4}, {I:v4}, {I:v4}")
t("en", "{\"client_ip\": \"{I:v4}\", \"user_agent\": \"curl/8.5.0\", \"status\": 403}")
t("en", "Connection reset by peer {I:v4}:51234")
t("en", "Blocked the subnet {I:v4}/24 after the scan; the rule is in the firewall.")
t("en", "The health check at http://{I:v4}:8080/healthz times out.")
t("en", "curl -6 'http://[<<IP:2001:db8:85a3::8a2e:370:7334>>]:8443/status'")
t("en", "Jan 12 03:14:07 edge01 sshd[2211]: Accepted publickey for deploy from {I:v6} port 50122")
t("en", "Our IPv6 is {I:v6}, the old one was {I:v6}.")
t("en", "ping6 <<IP:fe80::1ff:fe23:4567:890a%eth0>> never answers.")
t("en", "ip -6 route add default via <<IP:fe80::a00:27ff:fe4e:66a1%en0>>")
t("en", "The mapped address ::ffff:{I:v4} shows up in the dual-stack socket log.")
t("en", "allow <<IP:2001:db8:abcd:12::>>/64; deny all;")
t("en", "listen [<<IP:2001:DB8::A:1>>]:443 ssl;")
t("en", "Tracert hop 7: {I:v6} (12 ms)")
t("en", "The service binds to <<IP:::1>> and <<IP:127.0.0.1>> only.")
t("en", "remote_addr={I:v4} method=POST path=/login status=401 duration_ms=38")
t("en", "Add {I:v4} and {I:v6} to the allow-list, please.")
t("en", "\"ipAddress\": \"{I:v6}\"")
t("en", "Leading zeros: <<IP:2001:0db8:0000:0000:0000:ff00:0042:8329>> is the same host as <<IP:2001:db8::ff00:42:8329>>.")
t("de", "Der Server hat die IP-Adresse {I:v4}, das Gateway {I:v4}.")
t("fr", "L'adresse IPv6 du routeur est {I:v6}.")
t("es", "La dirección IP del atacante fue {I:v4}.")
t("pt", "O IP de origem foi {I:v4} (porta 44312).")
t("nl", "Het IP-adres van de printer is {I:v4}.")
t("it", "Indirizzo IP del server: {I:v6}")
# ---- IP look-alikes ----
t("en", "Upgrade to version [[{K:ver4}]] before Friday.")
t("en", "Released v[[{K:ver4}]] with the fix.")
t("en", "The OID [[{K:oid}]] identifies the vendor MIB.")
t("en", "snmpget -v2c -c public localhost [[.1.3.6.1.2.1.1.3.0]]")
t("en", "See section [[4.2.1.3]] of the contract and clause [[12.4.1.2]].")
t("en", "Dated [[{K:date_dot}]], logged at [[{K:time}]].")
t("en", "Use std::vector and [[std::io::Error]]; in Ruby it is [[ActiveRecord::Base]].")
t("en", "Ratio [[16:9]], kick-off at [[20:45]], John [[3:16]].")
t("en", "The timestamp was [[12:34:56.789]] and the duration [[00:01:30]].")
t("en", "Firmware [[2.4.10.1]] and bootloader [[1.0.0.7]] are installed.")
t("de", "Gemäß Abschnitt [[3.1.4.2]] der Norm und Version [[1.12.0.4]].")
t("fr", "Voir l'article [[2.3.1.5]] du règlement.")
t("en", "Package digest [[sha256:{K:sha256}]] (image [[{K:hex16}]]).")
t("en", "The arc [[1.2.840.113549]] belongs to RSA Data Security.")
# ---- phones: bound to a phone word ----
t("en", "Call our Oslo office on {P:no}.")
t("en", "Phone (Copenhagen): {P:dk}")
t("en", "Mobile: {P:fi}, Helsinki")
t("en", "Tel. {P:cz} (Prague)")
t("en", "Call me on {P:gr} after lunch.")
t("en", "Phone: {P:tr}")
t("en", "Our Moscow office: tel. {P:ru}")
t("en", "Mobile {P:il}, office {P:il}")
t("en", "Call {P:za} in Cape Town.")
t("en", "WhatsApp {P:ng} for the Lagos team.")
t("en", "M-Pesa line: phone {P:ke}")
t("es", "Llamame al {P:ar} cuando puedas.")
t("es", "Teléfono: {P:cl}")
t("es", "Celular {P:co}, Bogotá")
t("en", "Phone: {P:cn} (Shanghai)")
t("en", "Call {P:kr}, Seoul")
t("en", "Hotline {P:sg}")
t("en", "Tel {P:hk}")
t("en", "Ring {P:nz} after 5.")
t("en", "Mobile {P:ph}")
t("en", "Hubungi {P:id} (WhatsApp)")
t("en", "Call {P:my} for bookings.")
t("en", "Phone {P:ae}, Dubai")
t("en", "Call {P:pk}")
t("de", "Telefon: {P:hu}")
t("fr", "Téléphone : {P:ro}")
t("en", "Click <a href=\"{P:tel_uri}\">to call us</a>.")
t("en", "Call me at {P:nanp_slash} tomorrow.")
t("it", "Chiamami al {P:it_334}, grazie.")
t("es", "Mi móvil es el {P:es_dots}.")
t("de", "Rufen Sie mich unter {P:tr} an, ich bin bis Freitag in Istanbul.")
t("de", "Handynummer in Prag: {P:cz}")
t("fr", "Mon numéro au Québec : {P:nanp_slash}")
t("fr", "Appelez le bureau de Dakar ou celui de Lagos au {P:ng}.")
t("es", "Mi número en Buenos Aires es {P:ar}.")
t("pt", "Ligue para {P:za} (escritório de Joanesburgo).")
t("nl", "Bel {P:id} voor het kantoor in Jakarta.")
t("it", "Il numero dell'ufficio di Atene è {P:gr}.")
t("de", "Zugriff vom Host {I:v6} wurde gesperrt; Quelle laut Log: {I:v4}.")
t("fr", "Connexion refusée depuis [<<IP:2001:db8:1f::3>>]:22 à 03h12.")
t("es", "El servidor DNS interno es {I:v4} y el externo {I:v6}.")
t("de", "Der Webhook-Schlüssel lautet {S:generic}.")
t("fr", "Clé d'accès AWS secrète : {S:aws_secret}")
t("es", "Token de Netlify: {S:netlify}")
# ---- phones: no phone word ----
t("en", "Kari Nordmann, {P:no}, Bergen")
t("en", "Mette Jensen {P:dk}")
t("en", "Mikko Virtanen | {P:fi}")
t("en", "Jan Novák — {P:cz}")
t("en", "Ayşe Yılmaz {P:tr}")
t("en", "Ivan Petrov, {P:ru}")
t("en", "Noa Levi {P:il}")
t("en", "Thabo Nkosi, {P:za}, Johannesburg")
t("en", "Wei Zhang {P:cn}")
t("en", "Min-jun Kim, {P:kr}")
t("en", "Aroha Smith {P:nz}")
t("en", "Siti Rahman, {P:my}")
t("en", "Ahmed Khan {P:pk}")
t("en", "Andrei Popescu {P:ro}")
t("en", "Dial {P:vanity} for flowers.")
# ---- phone look-alikes ----
t("en", "Order [[{K:ten}]] shipped on [[2026-11-30]].")
t("en", "Invoice [[INV-2026-004512]], account [[{K:nine}]].")
t("en", "The population of the region is [[5 425 270]].")
t("en", "Transaction [[{K:ten}]] was refunded.")
t("en", "Part number [[0412-345-678]] fits the 2019 model.")
t("en", "The distance is [[12 345 678]] km and the mass [[1 989 000]] kg.")
t("de", "Aktenzeichen [[2 BvR 1234/26]], Bestellnummer [[{K:ten}]].")
t("en", "Tracking [[9400 1000 0000 0000 0000 00]] is in transit.")
t("en", "Range [[1000-2000]] and [[3000-4000]] are reserved.")
# ---- secrets: vendor formats ----
t("en", "ATLASSIAN_API_TOKEN={S:atlassian}")
t("en", "supabase login --token {S:supabase}")
t("en", "NETLIFY_AUTH_TOKEN={S:netlify}")
t("en", "DOPPLER_TOKEN={S:doppler} doppler run -- npm start")
t("en", "pulumi login with {S:pulumi}")
t("en", "# created: 2026-12-05\n# public key: [[age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p]]\n{S:age}")
t("en", "export XAI_API_KEY={S:xai}")
t("en", "Perplexity key: {S:perplexity}")
t("en", "curl -H \"Authorization: Bearer {S:airtable}\" https://api.airtable.com/v0/meta/bases")
t("en", "CONTENTFUL_MANAGEMENT_TOKEN={S:contentful}")
t("en", "Api-Token {S:dynatrace}")
t("en", "GEM_HOST_API_KEY: {S:rubygems}")
t("en", "Brevo key {S:brevo} was leaked in the repo.")
t("en", "tailscale up --auth-key={S:tailscale}")
t("en", "pc = Pinecone(api_key=\"{S:pinecone}\")")
t("en", "prefect cloud login -k {S:prefect}")
t("en", "X-Figma-Token: {S:figma}")
t("en", "AccessKeyId: {S:alibaba}")
t("en", "AZURE_DEVOPS_EXT_PAT={S:azure_devops}")
t("en", "Post alerts to {S:discord_webhook}")
t("en", "CLOUDINARY_URL={S:cloudinary}")
t("en", "MAILCHIMP_API_KEY={S:mailchimp}")
t("en", "ANTHROPIC_ADMIN_KEY={S:anthropic_admin}")
t("en", "{S:openssh}")
# ---- secrets: random values bound to a key-ish name, more syntaxes ----
t("en", "ENV API_KEY={S:generic}")
t("en", "$env:OPENAI_API_KEY = \"{S:generic}\"")
t("en", "set API_TOKEN={S:generic}")
t("en", "apiVersion: v1\nkind: Secret\ndata:\n  password: {S:k8s_b64}")
t("en", "resource \"github_actions_secret\" \"ci\" {\n  plaintext_value = \"{S:generic}\"\n}")
t("en", "define('AUTH_KEY', '{S:password}');")
t("en", "'password' => '{S:password}',")
t("en", "config.secret_key_base = '{S:generic_hex}'")
t("en", "let api_key = \"{S:generic}\";")
t("en", "val clientSecret = \"{S:generic}\"")
t("en", "let apiToken = \"{S:generic}\"")
t("en", "CREATE USER report IDENTIFIED BY '{S:password}';")
t("en", "spring.datasource.password={S:password}")
t("en", "[default]\naws_access_key_id = {S:aws_id}\naws_secret_access_key = {S:aws_secret}")
t("en", "[pypi]\nusername = __token__\npassword = {S:generic}")
t("en", "https://octocat:{S:generic}@github.com")
t("en", "sshpass -p '{S:password}' ssh ops@bastion")
t("en", "wifi:\n  ssid: Office\n  psk: \"{S:password}\"")
t("de", "Das Passwort für das WLAN lautet {S:password}.")
t("fr", "Le mot de passe du serveur est {S:password}")
t("es", "La clave API de producción es {S:generic}")
t("it", "La password del database è {S:password}")
t("pt", "O token de acesso é {S:generic}")
t("nl", "De API-sleutel is {S:generic}")
# ---- secret look-alikes and placeholders ----
t("en", "OPENAI_API_KEY=[[<YOUR_KEY>]]")
t("en", "export ANTHROPIC_API_KEY=[[sk-ant-...]]")
t("en", "api_key: \"[[xxxxxxxxxxxxxxxxxxxxxxxx]]\"")
t("en", "Replace [[changeme]] in the sample config before deploying.")
t("en", "traceparent: [[00-{K:hex32}-{K:hex16}-01]]")
t("en", "X-Request-ID: [[{K:uuid}]]")
t("en", "git checkout [[{K:sha}]]")
t("en", "ssh-ed25519 [[{K:ssh_pub}]] ops@laptop")
t("en", "-----BEGIN CERTIFICATE-----\n[[MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ]]\n-----END CERTIFICATE-----")
t("en", "Payment intent [[pi_3NtXk2LkdIwHu7ix0b9XvQ1a]] for customer [[cus_OhT5bq2kHq3nYb]].")
t("en", "Instance [[i-0abcd1234ef567890]] in [[vpc-0a1b2c3d4e5f67890]] runs AMI [[ami-0c55b159cbfafe1f0]].")
t("en", "go.sum: golang.org/x/text v0.14.0 [[h1:ScX5w1eTa3QqT8oi6+ziP7dTV1S2+ALU0bI+0zXKWiQ=]]")
t("en", "subscription_id: [[{K:uuid}]]")
t("en", "The file's SHA-256 is [[{K:sha256}]].")
t("en", "client_id: [[{K:uuid}]]")
t("en", "The [[pcsk_]] prefix marks Pinecone keys and [[xai-]] marks xAI keys.")
t("en", "Set token to [[${{ secrets.NPM_TOKEN }}]] in the workflow.")
t("en", "password_min_length: [[12]], token_ttl: [[3600]]")
t("de", "Der API-Schlüssel steht in der Variable [[API_KEY]].")
t("fr", "Le jeton expire dans [[3600]] secondes.")
t("es", "Guarda la contraseña en [[Azure Key Vault]].")
t("en", "CID [[bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi]] is pinned.")


PAT = re.compile(r"\{([SP]):(\w+)\}|\[\[(.*?)\]\](?!\])|<<(\w+):(.*?)>>")


def fill(text):
    # {I:kind} is this set's own slot: expand it to a literal <<IP:value>> so the shared filler labels it.
    text = re.sub(r"\{I:(\w+)\}", lambda m: f"<<IP:{IPS[m.group(1)]()}>>", text)
    return fill_template(text, PAT, LOOK, SECRETS, PHONES)


def main():
    write_set([fill(text) for _, text in T], rng, "pii-dev6.jsonl")


if __name__ == "__main__":
    main()
