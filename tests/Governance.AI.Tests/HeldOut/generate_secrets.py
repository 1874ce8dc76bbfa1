# -*- coding: utf-8 -*-
"""Generates secrets-dev.jsonl: a regression set for the secret and credential recognizers.

Written by the recognizers' author (not held out): the sentences below are hand-written config files, .env lines,
shell exports, JSON/YAML snippets, logs, support e-mails, curl commands, connection strings and prose; the script
fills the slots with seeded, random, fake values shaped like each vendor's published credential format.

Slots:  {S:kind}        -> a secret, recorded in "pii" as {"type": "SECRET", "value": ..., "entity": ENTITY_NAME}
        {K:kind}        -> a generated look-alike, recorded in "keep"
        [[literal]]     -> a literal look-alike or placeholder, recorded in "keep"
Run:    python3 generate_secrets.py   (deterministic, seed 20261205)
"""
import base64, json, os, random, string, uuid, hashlib

rng = random.Random(20261205)
UP, LO, DI = string.ascii_uppercase, string.ascii_lowercase, string.digits
ALNUM = UP + LO + DI
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
HEXL = "0123456789abcdef"


def pick(n, chars):
    return "".join(rng.choice(chars) for _ in range(n))


def mixed(n, chars=ALNUM):
    """A random token that holds upper case, lower case and a digit (as real random keys of these lengths do)."""
    while True:
        s = pick(n, chars)
        if any(c in UP for c in s) and any(c in LO for c in s) and any(c in DI for c in s):
            return s


def hexkey(n=32):
    while True:
        s = pick(n, HEXL)
        if any(c in "abcdef" for c in s):
            return s


def b64url(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt():
    header = b64url({"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"})
    payload = b64url({"sub": str(rng.randint(10000, 99999)), "name": rng.choice(["Ana", "Kai", "Lee"]), "iat": rng.randint(1700000000, 1800000000)})
    return f"{header}.{payload}.{mixed(43, B64URL)}"


def pem(label):
    body = "\n".join(pick(64, B64) for _ in range(3)) + "\n" + pick(20, B64) + "=="
    return f"-----BEGIN {label}-----\n{body}\n-----END {label}-----"


def password():
    words = ["Summer", "River", "Falcon", "Copper", "Maple", "Orbit", "Tiger", "Velvet", "Harbor", "Cobalt"]
    return rng.choice([
        lambda: rng.choice(words) + str(rng.randint(10, 9999)) + rng.choice("!#$%?&"),
        lambda: mixed(14, ALNUM + "!#%^*"),
        lambda: rng.choice(words).lower() + rng.choice("-_.") + rng.choice(words) + str(rng.randint(1, 99)),
        lambda: mixed(20),
    ])()


SECRETS = {
    "aws_id": ("AWS_ACCESS_KEY", lambda: rng.choice(["AKIA", "ASIA"]) + pick(16, UP + "234567")),
    "aws_secret": ("AWS_SECRET_KEY", lambda: mixed(40, B64)),
    "openai": ("OPENAI_KEY", lambda: "sk-" + mixed(20) + "T3BlbkFJ" + mixed(20)),
    "openai_proj": ("OPENAI_KEY", lambda: "sk-proj-" + mixed(rng.choice([48, 74, 124]), B64URL)),
    "openai_svc": ("OPENAI_KEY", lambda: "sk-svcacct-" + mixed(rng.choice([48, 96]), B64URL)),
    "openai_admin": ("OPENAI_KEY", lambda: "sk-admin-" + mixed(64, B64URL)),
    "anthropic": ("ANTHROPIC_KEY", lambda: "sk-ant-api03-" + mixed(93, B64URL) + "AA"),
    "google": ("GOOGLE_API_KEY", lambda: "AIza" + mixed(35, B64URL)),
    "google_oauth": ("GOOGLE_CLIENT_SECRET", lambda: "GOCSPX-" + mixed(28, B64URL)),
    "azure_storage": ("AZURE_KEY", lambda: mixed(86, B64) + "=="),
    "azure_hex": ("AZURE_KEY", hexkey),
    "github": ("GITHUB_TOKEN", lambda: rng.choice(["ghp_", "gho_", "ghu_", "ghs_", "ghr_"]) + mixed(36)),
    "github_pat": ("GITHUB_TOKEN", lambda: "github_pat_11" + pick(20, UP + DI) + "_" + mixed(59)),
    "gitlab": ("GITLAB_TOKEN", lambda: "glpat-" + mixed(20, B64URL)),
    "slack_bot": ("SLACK_TOKEN", lambda: "xoxb-" + pick(12, DI) + "-" + pick(13, DI) + "-" + mixed(24)),
    "slack_user": ("SLACK_TOKEN", lambda: "xoxp-" + pick(12, DI) + "-" + pick(12, DI) + "-" + pick(13, DI) + "-" + pick(32, HEXL)),
    "slack_app": ("SLACK_TOKEN", lambda: "xapp-1-A" + pick(10, UP + DI) + "-" + pick(13, DI) + "-" + pick(64, HEXL)),
    "slack_hook": ("SLACK_TOKEN", lambda: "https://hooks.slack.com/services/T" + pick(8, UP + DI) + "/B" + pick(10, UP + DI) + "/" + mixed(24)),
    "stripe": ("STRIPE_KEY", lambda: rng.choice(["sk_live_", "rk_live_", "sk_test_"]) + mixed(rng.choice([24, 99]))),
    "stripe_pk": ("STRIPE_KEY", lambda: "pk_live_" + mixed(24)),
    "twilio": ("TWILIO_KEY", lambda: "SK" + hexkey(32)),
    "sendgrid": ("SENDGRID_KEY", lambda: "SG." + mixed(22, B64URL) + "." + mixed(43, B64URL)),
    "npm": ("NPM_TOKEN", lambda: "npm_" + mixed(36)),
    "huggingface": ("HUGGINGFACE_TOKEN", lambda: "hf_" + pick(34, UP + LO)),
    "jwt": ("JWT", jwt),
    "pem_rsa": ("PRIVATE_KEY", lambda: pem("RSA PRIVATE KEY")),
    "pem_ec": ("PRIVATE_KEY", lambda: pem("EC PRIVATE KEY")),
    "pem_ssh": ("PRIVATE_KEY", lambda: pem("OPENSSH PRIVATE KEY")),
    "password": ("PASSWORD", password),
    "token": ("CREDENTIAL", lambda: mixed(rng.choice([24, 32, 40]), ALNUM + "-_")),
    "basic": ("CREDENTIAL", lambda: base64.b64encode(f"svc-{pick(4, LO)}:{password()}".encode()).decode()),
}

KEEPS = {
    "sha": lambda: pick(40, HEXL),
    "short_sha": lambda: pick(7, HEXL),
    "uuid": lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4)),
    "sha256": lambda: pick(64, HEXL),
    "md5": lambda: pick(32, HEXL),
    "integrity": lambda: "sha512-" + base64.b64encode(hashlib.sha512(pick(12, ALNUM).encode()).digest()).decode(),
    "base64img": lambda: "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA" + pick(120, B64) + "=",
    "request_id": lambda: "req_" + pick(24, LO + DI),
    "twilio_sid": lambda: "AC" + hexkey(32),
}

TEMPLATES = [
    # --- .env files and shell exports
    "OPENAI_API_KEY={S:openai_proj}\nOPENAI_MODEL=gpt-4o-mini",
    "export ANTHROPIC_API_KEY={S:anthropic}",
    "# .env.production\nDATABASE_URL=postgres://app_user:{S:password}@db.internal:5432/orders\nREDIS_URL=redis://cache.internal:6379/0",
    "AWS_ACCESS_KEY_ID={S:aws_id}\nAWS_SECRET_ACCESS_KEY={S:aws_secret}\nAWS_DEFAULT_REGION=eu-west-1",
    "export GITHUB_TOKEN={S:github} && gh release list",
    "STRIPE_SECRET_KEY={S:stripe}\nSTRIPE_PUBLISHABLE_KEY={S:stripe_pk}",
    "SENDGRID_API_KEY={S:sendgrid}",
    "export HF_TOKEN={S:huggingface}; huggingface-cli whoami",
    "NPM_TOKEN={S:npm}",
    "SLACK_BOT_TOKEN={S:slack_bot}\nSLACK_APP_TOKEN={S:slack_app}",
    "DB_PASSWORD={S:password}\nDB_USER=orders_rw\nDB_HOST=db.internal",
    "export PGPASSWORD='{S:password}'\npsql -h db.internal -U reporting",
    "GOOGLE_CLIENT_ID=1234567890-abc.apps.googleusercontent.com\nGOOGLE_CLIENT_SECRET={S:google_oauth}",
    "TWILIO_ACCOUNT_SID={K:twilio_sid}\nTWILIO_API_KEY={S:twilio}",
    # --- JSON and YAML
    '{"api_key": "{S:google}", "region": "us-central1"}',
    '{\n  "client_id": "web-portal",\n  "client_secret": "{S:token}",\n  "grant_type": "client_credentials"\n}',
    "spring:\n  datasource:\n    username: orders\n    password: {S:password}",
    "credentials:\n  github_token: {S:github_pat}\n  gitlab_token: {S:gitlab}",
    '{"type": "service_account", "private_key": "{S:pem_rsa}"}',
    "slack:\n  webhook_url: {S:slack_hook}\n  channel: '#alerts'",
    "azure:\n  storage:\n    connection_string: DefaultEndpointsProtocol=https;AccountName=ordersprod;AccountKey={S:azure_storage};EndpointSuffix=core.windows.net",
    '{"Ocp-Apim-Subscription-Key": "{S:azure_hex}", "endpoint": "https://westeurope.api.cognitive.microsoft.com"}',
    "huggingface:\n  token: \"{S:huggingface}\"\n  model: mistralai/Mistral-7B-Instruct-v0.2",
    # --- code
    'client = OpenAI(api_key="{S:openai}")',
    'const anthropic = new Anthropic({ apiKey: "{S:anthropic}" });',
    'var credential = new AzureKeyCredential("{S:azure_hex}");',
    'sg = SendGridAPIClient("{S:sendgrid}")',
    'stripe.api_key = "{S:stripe}"',
    'conn = psycopg2.connect(host="db", user="etl", password="{S:password}")',
    'var cs = "Server=tcp:sql-prod.database.windows.net,1433;Database=Orders;User ID=app;Password={S:password};Encrypt=True;";',
    'mongo_uri = "mongodb+srv://reporter:{S:password}@cluster0.mongodb.net/analytics"',
    'headers = {"Authorization": f"Bearer {S:openai_svc}"}',
    'token = jwt.decode("{S:jwt}", verify=False)',
    # --- curl and HTTP
    "curl https://api.openai.com/v1/models -H \"Authorization: Bearer {S:openai_admin}\"",
    "curl -H 'Authorization: Bearer {S:token}' https://internal.example.net/api/v2/reports",
    "curl -u admin:{S:password} https://jenkins.internal/job/deploy/build",
    "GET /v1/orders HTTP/1.1\nHost: api.example.com\nAuthorization: Basic {S:basic}",
    "curl 'https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key={S:google}'",
    "POST /token HTTP/1.1\nAuthorization: Bearer {S:jwt}\nContent-Type: application/json",
    "curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"deploy done\"}' {S:slack_hook}",
    # --- logs
    "2026-11-30T08:12:44Z ERROR auth failed for token={S:token} (status 401) request_id={K:request_id}",
    "[warn] retrying with key {S:aws_id} after SignatureDoesNotMatch, build {K:short_sha}",
    "DEBUG connecting to amqp://guest:{S:password}@rabbit.internal:5672/ vhost=/",
    "level=info msg=\"login ok\" user=ops password={S:password} duration=12ms",
    # --- support e-mails and chat prose
    "Hi team, I accidentally pasted our production key {S:openai} into the public channel. Can you revoke it?",
    "Hello support, our Anthropic key {S:anthropic} stopped working this morning, commit {K:sha} was the last deploy.",
    "Please rotate the storage key {S:azure_storage} before Friday.",
    "The temporary password is {S:password} and it expires in 24 hours.",
    "For the staging box, user is deploy and the password is {S:password}.",
    "Here is the GitHub token I use in CI: {S:github}. Is that why the workflow fails?",
    "My Twilio API key is {S:twilio}, the account is on the pay-as-you-go plan.",
    "Our npm publish token {S:npm} leaked in the build log of run 4481.",
    "We found {S:gitlab} in a merge request description; the request id was {K:uuid}.",
    "Can you check why Stripe rejects {S:stripe} with 'invalid api key'? Invoice 2026-0042 is blocked.",
    "the hugging face token {S:huggingface} gives 403 on gated models",
    "Use the subscription key {S:azure_hex} for the translator endpoint, the trace id is {K:uuid}.",
    "I rotated the AWS secret: {S:aws_secret}. The old one is disabled.",
    "Found this in a public gist, please confirm it is revoked:\n{S:pem_ssh}\nThanks!",
    "Wi-Fi for the offsite: network Harbor-Guest, passphrase {S:password}",
    "Le mot de passe est {S:password} pour le compte admin.",
    "Das Passwort lautet: {S:password}",
    "La contraseña es {S:password}, cámbiala al iniciar sesión.",
    "the session cookie was {S:jwt} when the 500 happened",
    "Google OAuth: client secret {S:google_oauth}, redirect URI https://app.example.com/callback",
    "the EC key for signing: {S:pem_ec}",
    "please add SG key {S:sendgrid} to the vault and delete it from the wiki",
    "api token: {S:token}",
    "secret = {S:token}",
    "mysql -h db.internal -u root --password={S:password} orders",
    "docker login -u deploy -p {S:password} registry.example.com",
    "ftp://backup:{S:password}@files.example.org/nightly/",
    "The Slack user token {S:slack_user} has admin scopes, remove it from the README.",
    "ASIA keys are temporary: {S:aws_id} was issued by STS an hour ago.",
    "aws_secret_access_key = {S:aws_secret}",
    # --- hard look-alikes and placeholders (nothing to redact)
    "Set OPENAI_API_KEY=[[<your-api-key>]] before running the sample.",
    "export OPENAI_API_KEY=[[${OPENAI_API_KEY}]] is a no-op in this shell",
    "password: [[********]] (hidden)",
    "api_key: [[YOUR_API_KEY]]",
    "Authorization: Bearer [[$TOKEN]]",
    "Authorization: Bearer [[<token>]]",
    "token: [[{{ secrets.DEPLOY_TOKEN }}]]",
    "DB_PASSWORD=[[xxxxxxxx]]",
    "the key looks like [[sk-...]] followed by 48 characters",
    "password = [[os.environ['DB_PASSWORD']]]",
    "apiKey: [[process.env.STRIPE_KEY]],",
    "max_tokens=[[1024]] and temperature=0.2",
    "token_type: [[bearer]]\nexpires_in: [[3600]]",
    "This model has a context window of [[128000]] tokens: 4096 tokens are reserved for output.",
    "Click the password reset link in the e-mail; tokens expire after [[15]] minutes.",
    "password_policy: [[strong]]",
    "secret_name: [[prod-db-credentials]]",
    "primary_key=[[True]], unique=True",
    "PWD=[[/home/runner/work]]",
    "The keyboard shortcut is Ctrl+K, Monkey Island was released in 1990.",
    "commit {K:sha} (HEAD -> main) fixes the flaky test",
    "Merged {K:short_sha} and {K:short_sha} into release/2.4.",
    "\"integrity\": \"{K:integrity}\"",
    "docker pull ghcr.io/acme/api@sha256:{K:sha256}",
    "md5sum: {K:md5}  backup.tar.gz",
    "id {K:uuid} in the audit log",
    "<img src=\"{K:base64img}\">",
    "ETag: \"{K:md5}\"",
    "Stripe.js is initialised with the publishable key {S:stripe_pk} in checkout.html",
    "requestId={K:request_id} status=200",
    "The password must be at least 12 characters and contain a digit.",
    "Your API key is shown only once: copy it now.",
    "Token: [[expired]], please sign in again.",
    "The build number is 2026.11.30.4 and the secret santa draw is on Friday.",
    "sha1: {K:sha}\nsize: 48213",
    "Use the pass [[22]] to Zermatt; the key is under the mat.",
]


def fill(template):
    pii, keep, out, i = [], [], [], 0
    while i < len(template):
        if template.startswith("[[", i):
            j = template.index("]]", i)
            value = template[i + 2:j]
            keep.append(value)
            out.append(value)
            i = j + 2
        elif template.startswith("{S:", i) or template.startswith("{K:", i):
            j = template.index("}", i)
            kind = template[i + 3:j]
            if template[i + 1] == "S":
                entity, make = SECRETS[kind]
                value = make()
                pii.append({"type": "SECRET", "value": value, "entity": entity})
            else:
                value = KEEPS[kind]()
                keep.append(value)
            out.append(value)
            i = j + 1
        else:
            out.append(template[i])
            i += 1
    text = "".join(out)
    for p in pii:
        assert p["value"] in text
    for k in keep:
        assert k in text and not any(k in p["value"] or p["value"] in k for p in pii), k
    return {"text": text, "pii": pii, "keep": keep}


if __name__ == "__main__":
    rows = [fill(t) for t in TEMPLATES]
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "secrets-dev.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(rows), "rows,", sum(len(r["pii"]) for r in rows), "secrets,", sum(len(r["keep"]) for r in rows), "keep")
