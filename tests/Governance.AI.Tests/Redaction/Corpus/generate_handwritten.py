#!/usr/bin/env python3
"""Hand-written generalization cases (real-world shapes: tel: URIs, E.164 compact, dashed IBANs, Slack refresh
tokens, PGP private key blocks, colon labels, near-misses in prose). Usage: python3 generate_handwritten.py > handwritten-corpus.jsonl"""
import json, re, sys
MARK = re.compile(r"\[\[([A-Z_0-9]+)\|(.*?)\]\]", re.S)
def u16(s): return len(s.encode("utf-16-le")) // 2
def record(rid, t):
    text, ents, pos, off = [], [], 0, 0
    for m in MARK.finditer(t):
        lit = t[pos:m.start()]; text.append(lit); off += u16(lit); v = m.group(2)
        ents.append({"type": m.group(1), "start": off, "end": off + u16(v), "value": v}); text.append(v); off += u16(v); pos = m.end()
    text.append(t[pos:]); return {"id": rid, "text": "".join(text), "entities": ents}
cases = r'''
Call [[PHONE|+44 7911 123456]] now
Her number is [[PHONE|(555) 123-4567]].
tel: [[PHONE|02079460958]]
call me on [[PHONE|098765 43210]]
Freephone [[PHONE|0800 123 4567]]
customer id 02079460958 in the CRM
call id 0123-4567 at 10:30
Jo Park, [[PHONE|555.123.4567]], Denver
reach out at [[PHONE|555-123-4567]]
support line [[PHONE|1-555-010-4477]]
order number 123-456-7890 shipped
ref 555-012-3456 in the ledger
values 555 123 4567 in the column
Office: [[PHONE|+1 415-555-2671]]
phone [[PHONE|(415)555-2671]]
ph: [[PHONE|415 555 2671]]
Moscow office [[PHONE|+7 (495) 123-45-67]]
Mexico [[PHONE|+52 55 1234 5678]]
SG [[PHONE|+65 6123 4567]]
Dubai [[PHONE|+971 4 123 4567]]
Cape Town [[PHONE|+27 21 123 4567]]
<a href="tel:[[PHONE|+14155552671]]">call</a>
WhatsApp [[PHONE|+14155552671]]
UK [[PHONE|+442079460958]]
toll free [[PHONE|800-555-0199]]
Contact: [[PHONE|0044 20 7946 0958]]
Helsinki [[PHONE|+358 40 1234567]]
Beijing [[PHONE|+86 138 0013 8000]]
Phone: [[PHONE|01632 960123]]
tel. [[PHONE|0171 1234567]]
Mob: [[PHONE|07700 900123]]
Tel: [[PHONE|+49 (0) 30 1234567]]
call [[PHONE|(020) 7946 0958]]
Email [[EMAIL|FIRST.LAST@EXAMPLE.COM]] now
x [[EMAIL|a.b-c_d@ex-ample.co]].
send to [[EMAIL|name@example.com]].
mailto:[[EMAIL|ops@status.example.net]]
Card [[CREDIT_CARD|4111-1111-1111-1111]]
JCB [[CREDIT_CARD|3530 1113 3330 0000]]
Discover [[CREDIT_CARD|6011 0009 9013 9424]]
MC [[CREDIT_CARD|5105 1051 0510 5100]]
Diners [[CREDIT_CARD|36227206271667]]
Diners [[CREDIT_CARD|3622 720627 1667]]
Amex [[CREDIT_CARD|3782 822463 10005]]
dots [[CREDIT_CARD|4111.1111.1111.1111]]
paid with [[CREDIT_CARD|4111111111111111]].
UnionPay [[CREDIT_CARD|6200000000000005]]
Maestro [[CREDIT_CARD|6759649826438453]]
SSN#[[US_SSN|123-45-6789]]
ssn:[[US_SSN|123456789]]
Social Security No. [[US_SSN|078-05-1121]]
IBAN [[IBAN|NL91ABNA0417164300]]
iban [[IBAN|nl91 abna 0417 1643 00]]
[[IBAN|FR14 2004 1010 0505 0001 3M02 606]]
[[IBAN|GB29NWBK60161331926819]]
IBAN: [[IBAN|CH9300762011623852957]]
IBAN: [[IBAN|GB29-NWBK-6016-1331-9268-19]]
subnet [[IP_ADDRESS|10.0.0.1]]/24
[[IP_ADDRESS|192.168.0.1]]:8080
[[IP_ADDRESS|2001:0db8:0000:0000:0000:ff00:0042:8329]]
https://[[[IP_ADDRESS|2001:db8::1]]]:443/
gw [[IP_ADDRESS|FE80::1]]
dns [[IP_ADDRESS|2001:DB8::1]]
GET /maps?key=[[GOOGLE_API_KEY|AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI]]&v=3
[[GITHUB_TOKEN|ghu_16C7e42F292c6912E7710c838347Ae178B4a]]
Authorization: Bearer [[JWT|eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U]]
Authorization: Bearer [[OPENAI_KEY|sk-proj-abcDEF123456ghiJKL789012mnoPQR345678stuVWX901234]]
{"stripe":"[[STRIPE_KEY|sk_live_51HqLyjWDarjtT1zdp7dcXYZabcdefghij]]"}
[[PRIVATE_KEY|-----BEGIN PGP PRIVATE KEY BLOCK-----
lQOYBF0000000000000000000000000000000000000000000000000000000000
-----END PGP PRIVATE KEY BLOCK-----]]
AWS_ACCESS_KEY_ID: "[[AWS_ACCESS_KEY|AKIAIOSFODNN7EXAMPLE]]"
slack [[SLACK_TOKEN|xoxe.xoxp-1-Mi0yLTE3MjA1NzM2ODk4OTMtMTcyMzI0NjU3Mzc3]]
+1 vote from me
+5 points
Order #123-456-7890 shipped
version 1.2.3
release 10.0.0.0
Invoice 0123 456 789
Ticket 0207 946 0958
the call took 02:30:15
call stack 0x7fff5fbff8a8
Call 1 of 2: 0.25 0.5 1.0 2.0 4.0
result 3.14159 2.71828
phone model 2024 edition
call me back 2024-05-06
Telefon und Fax: 13.05.2024
Phone bill of $1,234.56 on 03/04/2025
id 550e8400-e29b-41d4-a716-446655440000
sha 9fceb02d0ae598e95dc970b74767f19372d61af8
ISBN 0-306-40615-2
tracking 9400 1000 0000 0000 0000 00
call 0.5 mg twice
SKU 0012-3456-7890
call duration 0:02:30
Text 1 of 3: 020 items
tel 2024-05-06
ssn:000-12-3456
port:0123456789
time:12:30:45
fax 01.02.2024 and 03.04.2024
contact us between 09 00 and 17 30
sms code 012345
dial 0.5 1.5 2.5
reach v0.12.3456789
phone IMEI 353456789012345
call 02/03/2024 at 0930
mobile app build 0.9.12345.678
Contact: 0000 0000 00
phone bill 012,345,678.90
tel 01-02-2023-15-30
call to 0x00ff00ff00 returned
contact ref 0123 4567 89 from the log
sha1:0123456789abcdef0123456789abcdef01234567
phone: 0.123456789
call +0 123 456 7890
mobile 1:0123456789
'''.strip().split("\n")
# join PEM lines
out, buf = [], []
for line in cases:
    buf.append(line)
    if "[[PRIVATE_KEY|" in "\n".join(buf) and "]]" not in line: continue
    out.append("\n".join(buf)); buf = []
for i, t in enumerate(out):
    kind = "pos" if "[[" in t else "near"
    print(json.dumps(record(f"{kind}-{i:03d}", t)))
