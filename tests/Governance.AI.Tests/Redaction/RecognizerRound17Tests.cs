using Governance.AI.Redaction;
using static Governance.AI.Tests.Redaction.RecognizerProbe;

namespace Governance.AI.Tests.Redaction;

/// <summary>Issue #17, seventeenth round, written from general descriptions of how secrets are written (not from a set's
/// rows): password words of languages the key-name rules did not read (Polish, Turkish, Czech, Romanian, Hungarian,
/// Finnish, Danish, Indonesian, Catalan, Vietnamese, Greek, Chinese, Japanese, Korean) with their linking words and
/// particles; arrows in notes ("password -> …"); a login named as a user and password pair ("login: root / …",
/// "creds are admin:…"); a password in brackets after its name; its replacement in the next sentence; commands that take
/// a password as an argument or after a flag of their own, as their manuals document them; the Wi-Fi QR code; ClickUp
/// tokens; French and British mobiles typed compact. The look-alikes guard precision.</summary>
public sealed class RecognizerRound17Tests
{
    [Theory]
    [InlineData("Hasło do panelu to Jodła#5521, nie wysyłaj dalej.", "Jodła#5521")]
    [InlineData("Moje hasło to Sowa!7740x", "Sowa!7740x")]
    [InlineData("şifre: Martı!3318", "Martı!3318")]
    [InlineData("Modem şifresi Kule#4402ev, kimseye söyleme.", "Kule#4402ev")]
    [InlineData("Yeni parola: Liman_6610!", "Liman_6610!")]
    [InlineData("heslo: Most!2280brno", "Most!2280brno")]
    [InlineData("Parolă: Delta#5570x", "Delta#5570x")]
    [InlineData("jelszó: Tavasz!3319", "Tavasz!3319")]
    [InlineData("salasana: Kuusi#6612metsä", "Kuusi#6612metsä")]
    [InlineData("adgangskode: Bølge!8830", "Bølge!8830")]
    [InlineData("Kata sandi router: Kelapa#2218", "Kelapa#2218")]
    [InlineData("Contrasenya: Montjuic!4410", "Montjuic!4410")]
    [InlineData("mật khẩu: Song!Hong4471", "Song!Hong4471")]
    [InlineData("Ο κωδικός είναι Thalassa#7731", "Thalassa#7731")]
    [InlineData("パスワード: Momiji#5529x", "Momiji#5529x")]
    [InlineData("パスワードは Kawa!3317yama です", "Kawa!3317yama")]
    [InlineData("数据库密码：Xihu#6620abc", "Xihu#6620abc")]
    [InlineData("wifi密码是 Shan!4419x", "Shan!4419x")]
    [InlineData("비밀번호: Namsan#8841", "Namsan#8841")]
    [InlineData("La password del NAS è Tevere!5512", "Tevere!5512")]
    [InlineData("Het wachtwoord is Molen#3391", "Molen#3391")]
    public void Passwords_in_more_languages_are_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Password, value), Find(text));

    [Theory]
    [InlineData("password -> Qv7!kLm2zz", "Qv7!kLm2zz")]
    [InlineData("staging db password → Wn4$pRt8q", "Wn4$pRt8q")]
    [InlineData("the vpn password is now: Jd3!xYc8", "Jd3!xYc8")]
    [InlineData("my password was literally Falcon9Falcon9! until today", "Falcon9Falcon9!")]
    [InlineData("creds are deploy:Dpl#8831x", "Dpl#8831x")]
    [InlineData("creds: admin / Ks7!pQw2", "Ks7!pQw2")]
    [InlineData("login: root / Oak!7712x", "Oak!7712x")]
    [InlineData("the login for the router is admin / Maple#6620!", "Maple#6620!")]
    [InlineData("the staging database password (Red-Otter-4410-Bay) was in the doc", "Red-Otter-4410-Bay")]
    [InlineData("Forgot my password again. New one is Lilac!Meadow55, noting it here.", "Lilac!Meadow55")]
    [InlineData("le mot de passe Wi-Fi de la salle de repos est Olive!2281.", "Olive!2281")]
    [InlineData("Voici le mot de passe du compte Teams pour la salle de conférence : Cerise2026!Salle", "Cerise2026!Salle")]
    public void Passwords_after_arrows_pairs_brackets_and_the_next_sentence_are_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Password, value), Find(text));

    [Theory]
    [InlineData("net user svc-backup Bkp!7720pass /add", "Bkp!7720pass")]
    [InlineData("net user administrator Adm1n!New", "Adm1n!New")]
    [InlineData("htpasswd -b /etc/apache2/.htpasswd ops Ops!7721x", "Ops!7721x")]
    [InlineData("htpasswd -nb admin Htp#5520", "Htp#5520")]
    [InlineData("echo 'Sudo!Pw42' | sudo -S apt-get update", "Sudo!Pw42")]
    [InlineData("echo 'ops:Chg!5521' | chpasswd", "Chg!5521")]
    [InlineData("echo 'dev:Usr!7730' | sudo chpasswd", "Usr!7730")]
    [InlineData("rabbitmqctl add_user worker Rmq!5530x", "Rmq!5530x")]
    [InlineData("rabbitmqctl change_password guest Gst#4471", "Gst#4471")]
    [InlineData("sentinel auth-pass primary Sent!nel4471", "Sent!nel4471")]
    [InlineData("username netops privilege 15 password 0 Cisc0!7730", "Cisc0!7730")]
    [InlineData("snmp-server community Snmp!4471 RO", "Snmp!4471")]
    [InlineData("sqlplus system/Orcl!5521@prod", "Orcl!5521")]
    [InlineData("sqlcmd -S sql01 -U sa -P Sa!Pass2291 -Q \"SELECT 1\"", "Sa!Pass2291")]
    [InlineData("zip -P Arch!7741x report.zip report.pdf", "Arch!7741x")]
    [InlineData("ldapsearch -x -D cn=admin,dc=corp -w Ldap#7741 -b dc=corp", "Ldap#7741")]
    [InlineData("smbclient //files/share -U bob%Smb#7730", "Smb#7730")]
    [InlineData("plink -ssh admin@10.0.0.7 -pw Plk!9921x", "Plk!9921x")]
    [InlineData("xfreerdp /v:10.0.0.9 /u:admin /p:Rdp#4471x", "Rdp#4471x")]
    [InlineData("curl --user api:Api!7730x https://api.example.com/v2", "Api!7730x")]
    [InlineData("keytool -importkeystore -srckeystore a.p12 -srcstorepass Ks!7741x -deststorepass Ks!7742x", "Ks!7741x")]
    [InlineData("WIFI:T:WPA;S:Lobby;P:Qr!Code7731;;", "Qr!Code7731")]
    [InlineData("network={\n  ssid=\"Lab\"\n  psk=\"Lab!Psk5521\"\n}", "Lab!Psk5521")]
    public void Passwords_on_command_lines_are_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Password, value), Find(text));

    [Fact]
    public void A_ClickUp_token_is_found_bare() =>
        Assert.Contains((RedactionEntityTypes.Credential, "pk_87654321_Q7ZK3MX9V2BN7CL4PR8TY1WE6UI0OA5S"), Find("found pk_87654321_Q7ZK3MX9V2BN7CL4PR8TY1WE6UI0OA5S in the CI log"));

    [Theory]
    [InlineData("Julie Martin 0612345678", "0612345678")]
    [InlineData("Sam Jones\n07911123456", "07911123456")]
    public void French_and_British_mobiles_typed_compact_are_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Phone, value), Find(text));

    [Theory]
    [InlineData("Commande 0612345678 expédiée")]
    [InlineData("Order no. 07911123456 shipped")]
    [InlineData("Invoice 0712345678 is overdue")]
    [InlineData("Numéro de commande : 0612345678")]
    public void Compact_reference_numbers_after_their_label_are_not_phones(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.Phone);

    [Theory]
    [InlineData("Hasło to podstawa bezpieczeństwa.")]
    [InlineData("Hasło musi mieć 12 znaków.")]
    [InlineData("şifre sıfırlama bağlantısı gönderildi")]
    [InlineData("Şifre en az 8 karakter olmalı")]
    [InlineData("Parola: casa")]
    [InlineData("heslo: viz trezor")]
    [InlineData("Mật khẩu là mã gồm 8 ký tự")]
    [InlineData("密码错误，请重试")]
    [InlineData("パスワードを忘れた場合")]
    [InlineData("The password -> must be 12 characters")]
    [InlineData("pwd -> /home/bob")]
    [InlineData("token -> exchanged for a session")]
    [InlineData("login: admin / see the wiki page")]
    [InlineData("login: https://portal.example.com/auth2")]
    [InlineData("Login: 2024-03-02 14:11 from the office")]
    [InlineData("the login is required for build 2.3.1")]
    [InlineData("creds: see vault/prod-db")]
    [InlineData("reset your password (KB-4471) here")]
    [InlineData("The password manager for the team is Bitwarden2")]
    [InlineData("password policy for the org is PCI-DSS4")]
    [InlineData("My password expired. New hire onboarding is on build 4.2.0-rc1 now.")]
    [InlineData("net user guest /active:no")]
    [InlineData("net user bob /delete")]
    [InlineData("htpasswd -c /etc/nginx/.htpasswd admin")]
    [InlineData("echo $SUDO_PW | sudo -S reboot")]
    [InlineData("echo hello | sudo tee /etc/motd")]
    [InlineData("rabbitmqctl list_users")]
    [InlineData("sentinel monitor mymaster 10.0.0.1 6379 2")]
    [InlineData("enable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0")]
    [InlineData("snmp-server community public RO")]
    [InlineData("sqlplus / as sysdba")]
    [InlineData("sqlcmd -S db01,1433 -E")]
    [InlineData("curl --user-agent Mozilla/5.0 https://example.com")]
    [InlineData("xfreerdp /v:host /u:admin /p:$RDP_PW")]
    [InlineData("WIFI:T:WPA;S:Guest;P:;;")]
    [InlineData("pk_test_placeholder and pk_live_ are Stripe prefixes")]
    public void Look_alikes_are_left_alone(string text) =>
        AssertNoPasswordOrCredential(text);

    [Theory]
    [InlineData("-")]
    [InlineData("-S ")]
    [InlineData("--user")]
    [InlineData(":p")]
    [InlineData("/p:")]
    [InlineData("_user ")]
    [InlineData("@x")]
    [InlineData("P:")]
    [InlineData("密")]
    [InlineData("hasł")]
    [InlineData("net user ")]
    [InlineData("| chpasswd")]
    [InlineData("htpasswd -b")]
    public void Fragments_of_the_new_shapes_at_the_text_edges_do_not_throw(string text) =>
        Assert.NotNull(Find(text));
}
