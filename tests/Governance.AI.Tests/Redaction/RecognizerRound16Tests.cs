using Governance.AI.Redaction;
using static Governance.AI.Tests.Redaction.RecognizerProbe;

namespace Governance.AI.Tests.Redaction;

/// <summary>Issue #17, sixteenth round, written from general descriptions of how passwords, tokens and keys are written
/// (not from a set's rows): linking words in the past tense ("was", "war", "était",
/// "fue", "foi"); a postposed adjective then a qualifier ("a senha provisória que recebi foi …"); an adverb of time before
/// the linking word or after a colon ("la clave ahora es …", "password: still …"); a password's replacement later in the
/// same sentence ("… and I swapped it for …", "… the new one is …", "… la cambié a …"); a PEM private key encoded whole in
/// base64 (kubeconfig's <c>client-key-data</c>). The config syntaxes (.env, shell, CLI flags, connection strings, URLs,
/// .netrc, .npmrc, INI, XML, JSON, YAML, HTTP headers) guard what was found before. The look-alikes guard precision.</summary>
public sealed class RecognizerRound16Tests
{
    [Theory]
    [InlineData("Das Passwort für den Tresor war Blume%8812, bitte ändern.", "Blume%8812")]
    [InlineData("L'ancien mot de passe était Givre!38Loup.", "Givre!38Loup")]
    [InlineData("La contraseña del router fue Ancla#5521 hasta ayer.", "Ancla#5521")]
    [InlineData("A senha provisória que me enviaram foi Porto#2026tmp, mas não entra.", "Porto#2026tmp")]
    [InlineData("ton mot de passe temporaire pour le portail est Lune-Rouge-7310, change-le.", "Lune-Rouge-7310")]
    [InlineData("la contraseña temporal del portal es Pino$4410x", "Pino$4410x")]
    [InlineData("Cambiamos la clave del servidor: ahora es Cedro!9931y.", "Cedro!9931y")]
    [InlineData("the admin password: still Hunter2!Gale", "Hunter2!Gale")]
    [InlineData("El password de la VPN ahora es Tormenta!55", "Tormenta!55")]
    [InlineData("the shared password now is Osprey_71!k", "Osprey_71!k")]
    public void Passwords_in_prose_are_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Password, value), Find(text));

    [Theory]
    [InlineData("Old password was Tr0ub4dor&3!x and I swapped it last week for Meadow2026#Fig but neither works.", "Tr0ub4dor&3!x", "Meadow2026#Fig")]
    [InlineData("My old password was Maple#2231 and the new one is Birch$9087 now.", "Maple#2231", "Birch$9087")]
    [InlineData("Das Passwort war Blume%8812, jetzt ist es Regen&4410.", "Blume%8812", "Regen&4410")]
    [InlineData("La contraseña del correo era Nube#3321 pero la cambié a Sol$7781.", "Nube#3321", "Sol$7781")]
    [InlineData("The password was Kite!4401 until I replaced it with Lark#5512x.", "Kite!4401", "Lark#5512x")]
    public void A_password_and_its_replacement_in_one_sentence_are_both_found(string text, string old, string replacement)
    {
        (string Type, string Value)[] found = Find(text);
        Assert.Contains((RedactionEntityTypes.Password, old), found);
        Assert.Contains((RedactionEntityTypes.Password, replacement), found);
    }

    [Theory]
    [InlineData("The password for the staging db was changed yesterday, it is now Quartz_55!fin", "Quartz_55!fin")]
    [InlineData("my password was reset this morning and is now Vale#3308Kin", "Vale#3308Kin")]
    public void A_password_given_after_its_change_is_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Password, value), Find(text));

    [Theory]
    [InlineData("Old password was Kite!4401 and the new one is on the wiki page.")]
    [InlineData("The password was changed yesterday, it is now 16 characters long.")]
    [InlineData("My password was Kite!4401; the new one is version2 of it.")]
    [InlineData("The password policy was updated, it is now required for build 2.14.3.")]
    [InlineData("The wifi pw is on the fridge, the router is a TP-Link AX1800.")]
    [InlineData("the pw for the router is printed on the back")]
    [InlineData("Your password must be at least 12 characters long; it is now checked against HIBP.")]
    [InlineData("language: es\ncountry: ES")]
    public void Sentences_about_passwords_that_give_no_new_value_are_left_alone(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.Password && f.Value != "Kite!4401");

    [Theory]
    [InlineData("DB_PASSWORD=Xk9#mQ2!vL", "Xk9#mQ2!vL")]
    [InlineData("export PGPASSWORD='S3cure#Pg'", "S3cure#Pg")]
    [InlineData("MYSQL_PWD=r00tPwd! mysql -u root", "r00tPwd!")]
    [InlineData("mysql -u root -pS3cret!2 -h db.internal", "S3cret!2")]
    [InlineData("mysql --user=admin --password=Qw3rty!99 shop", "Qw3rty!99")]
    [InlineData("sshpass -p 'Ssh!Pass77' ssh root@host", "Ssh!Pass77")]
    [InlineData("docker login -u deploy -p Dck3r!pass registry.example.com", "Dck3r!pass")]
    [InlineData("helm repo add x https://charts.example.com --username me --password Helm!Pw77", "Helm!Pw77")]
    [InlineData("curl -u admin:Adm1n!pw https://api.example.com", "Adm1n!pw")]
    [InlineData("Server=tcp:x.database.windows.net,1433;User ID=admin;Pwd=Azur3Pwd!;Encrypt=True", "Azur3Pwd!")]
    [InlineData("<add name=\"Db\" connectionString=\"Server=sql01;User Id=sa;Password=SqlP@ss2024;\" />", "SqlP@ss2024")]
    [InlineData("mongodb+srv://appuser:M0ngoPass99@cluster0.abcde.mongodb.net/test", "M0ngoPass99")]
    [InlineData("redis://:R3disPass!@cache.internal:6379/0", "R3disPass!")]
    [InlineData("jdbc:mysql://db:3306/app?user=root&password=Jdbc!Pw55", "Jdbc!Pw55")]
    [InlineData("machine github.com login octocat password hunter2Pass", "hunter2Pass")]
    [InlineData("[database]\npassword = IniP@ss77\nuser = app", "IniP@ss77")]
    [InlineData("<user name=\"svc\" password=\"XmlAttr#99\" />", "XmlAttr#99")]
    [InlineData("{\"password\": \"JsonPw!2024\", \"user\": \"x\"}", "JsonPw!2024")]
    [InlineData("spring.datasource.password=Spr1ng#Pw", "Spr1ng#Pw")]
    [InlineData("ansible_become_pass: B3come!Pw", "B3come!Pw")]
    [InlineData("SMTP_PASSWORD=Quartz-Otter", "Quartz-Otter")]
    public void Passwords_in_config_and_command_syntaxes_are_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Password, value), Find(text));

    [Theory]
    [InlineData("//registry.npmjs.org/:_authToken=2f7c9e1a-3b5d-4c6e-8f0a-1b2c3d4e5f60", "2f7c9e1a-3b5d-4c6e-8f0a-1b2c3d4e5f60")]
    [InlineData("curl -H \"Authorization: Basic YWRtaW46czNjcjN0UGFzcw==\" https://x", "YWRtaW46czNjcjN0UGFzcw==")]
    [InlineData("Authorization: Bearer abcDEF123ghiJKL456mnoPQR789", "abcDEF123ghiJKL456mnoPQR789")]
    [InlineData("$env:API_KEY = \"q8Zr2LmX9vT4kP7sN1wB\"", "q8Zr2LmX9vT4kP7sN1wB")]
    public void Tokens_in_config_and_headers_are_found(string text, string value) =>
        Assert.Contains(Find(text), f => f.Value == value);

    [Theory]
    [InlineData("  client-key-data: LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFcEFJQkFBS0NBUUVBN3Z")]
    [InlineData("tls.key: LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCk1JSUV2UUlCQURBTkJna3Foa2lHOXcwQkFRRUZBQVNDQktjd2dnU2pBZ0VBQW9JQkFRQzcK")]
    [InlineData("SSH_KEY_B64=LS0tLS1CRUdJTiBPUEVOU1NIIFBSSVZBVEUgS0VZLS0tLS0KYjNCbGJuTnphQzFyWlhrdGRqRUFBQUFBQkc1dmJtVUFBQUFFYm05dVpRQUFBQUFBQUFBQkFBQUFNd0FBQUF0emMyZ3RaVwo=")]
    public void Base64_encoded_pem_private_keys_are_found(string text)
    {
        string blob = text[(text.IndexOf("LS0t", StringComparison.Ordinal))..];
        Assert.Contains((RedactionEntityTypes.PrivateKey, blob), Find(text));
    }

    [Theory]
    [InlineData("  client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSURCVENDQWUyZ0F3SUJBZ0lJUTNtWDBhR0w0a0l3RFFZSktvWklodmNOQVFFTEJRQXdGVEVUTUJFR0ExVUUK")]
    [InlineData("The image is data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")]
    [InlineData("base64 of '-----BEGIN' is LS0tLS1CRUdJTg== and that is all")]
    public void Base64_certificates_and_blobs_are_not_private_keys(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.PrivateKey);

    [Theory]
    [InlineData("Upgrade to version 2.14.3 and rebuild; commit 3f9c2a7e1b3d5f6a8c0e2b4d6f8a1c3e5b7d9f0a fixed it.")]
    [InlineData("sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")]
    [InlineData("request id 550e8400-e29b-41d4-a716-446655440000 at 2025-03-14T10:20:30Z")]
    [InlineData("Order #112-4567890-1234567 shipped, tracking 1Z999AA10123456784.")]
    [InlineData("ISBN 978-3-16-148410-0, build 20250112.3, ticket JIRA-4521")]
    [InlineData("Password policy: minimum 12 characters, rotate every 90 days.")]
    [InlineData("password_hash = bcrypt(pw)")]
    [InlineData("The password field is required; see docs/password-reset.md for details.")]
    [InlineData("api_key = os.environ[\"API_KEY\"]")]
    [InlineData("password: ${DB_PASSWORD}")]
    [InlineData("The war room password policy is now stricter.")]
    public void Versions_hashes_ids_and_references_are_not_secrets(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type is RedactionEntityTypes.Password or RedactionEntityTypes.Credential or RedactionEntityTypes.PrivateKey ||
            f.Type.EndsWith("_KEY", StringComparison.Ordinal) || f.Type.EndsWith("_TOKEN", StringComparison.Ordinal));

    [Theory]
    [InlineData("Call us on 020 7946 0958 or in Chile on 9 8416 6539.", "9 8416 6539")]
    [InlineData("Helsinki office: 09 4155 3000, Reykjavík office: 562 4100.", "562 4100")]
    [InlineData("Office: 415-555-0132, mobile 650 555 0199, home 555-0147", "555-0147")]
    [InlineData("+45 32 64 11 00 (Copenhagen), 697 0455 (Reykjavík)", "697 0455")]
    public void Members_of_a_list_of_phones_are_phones(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Phone, value), Find(text));

    [Theory]
    [InlineData("Call 415-555-0132. Order 555-0147 shipped yesterday.", "555-0147")]
    [InlineData("Call 415-555-0132, ticket 48 46 57 is open.", "48 46 57")]
    [InlineData("Scores: 21 33 26 00 and then 48 46 57.", "48 46 57")]
    [InlineData("Call 415-555-0132 between 9 and 17, room 562 4100", "562 4100")]
    [InlineData("Call 020 7946 0958 in 2026-12", "2026-12")]
    public void Numbers_outside_a_list_of_phones_need_their_own_phone_word(string text, string value) =>
        Assert.DoesNotContain((RedactionEntityTypes.Phone, value), Find(text));

    [Theory]
    [InlineData("Use Falcon#8812x as the password for the test account.", "Falcon#8812x")]
    [InlineData("Mariposa$2291 is the password for the wifi.", "Mariposa$2291")]
    [InlineData("Xk9#mQ2!vL ist das Passwort für den Server.", "Xk9#mQ2!vL")]
    [InlineData("password (case-sensitive): Otter!4471Lake", "Otter!4471Lake")]
    [InlineData("username/password: admin / S3cret!x99", "S3cret!x99")]
    [InlineData("user/pass: admin/Gr33n!Tea7", "Gr33n!Tea7")]
    [InlineData("**Password:** Sunset#4410", "Sunset#4410")]
    [InlineData("**Password**: Sunset#4410", "Sunset#4410")]
    [InlineData("| host | db01 |\n| password | Tundra!8841 |", "Tundra!8841")]
    [InlineData("Password:\nCobalt!7712x\nThanks, Anna", "Cobalt!7712x")]
    [InlineData("requirepass R3dis!Conf99", "R3dis!Conf99")]
    [InlineData("masterauth R3dis!Master1", "R3dis!Master1")]
    [InlineData("$pw = ConvertTo-SecureString 'Ps!Secure77' -AsPlainText -Force", "Ps!Secure77")]
    public void Passwords_before_their_name_in_markup_and_in_server_configs_are_found(string text, string value)
    {
        (string Type, string Value)[] found = Find(text);
        Assert.Contains((RedactionEntityTypes.Password, value), found);
        Assert.DoesNotContain(found, f => f.Value is "admin" or "ConvertTo-SecureString");
    }

    [Theory]
    [InlineData("This is the password manager we use.")]
    [InlineData("Mine is the password reset flow from v2.")]
    [InlineData("Password:\nEnter it twice to confirm.")]
    [InlineData("password:\n  secretKeyRef:\n    name: db")]
    [InlineData("| field | rule |\n| password | required |")]
    [InlineData("user/password authentication is disabled")]
    public void Prose_and_markup_near_password_words_give_no_false_values(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.Password);

    [Fact]
    public void An_aws_session_token_is_found_by_its_opening()
    {
        const string Token = "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQDx7Vq3cJk8l2mNpQrStUvWxYz0123456789abcdefghijkLMNOPqrstUVWXyz";
        Assert.Contains((RedactionEntityTypes.Credential, Token), Find("AWS_SESSION_TOKEN=" + Token));
        Assert.Contains((RedactionEntityTypes.Credential, Token), Find("the session token " + Token + " expires at noon"));
        Assert.Empty(Find("IQoJb3JpZ2luX2Vj is how it starts"));
    }
}
