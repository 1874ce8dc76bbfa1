using Governance.AI.Redaction;
using static Governance.AI.Tests.Redaction.RecognizerProbe;

namespace Governance.AI.Tests.Redaction;

/// <summary>Issue #17, twenty-eighth round, written from general descriptions of how the values are written (not from a
/// set's rows): a password stated after an aside between its word and the value (a time phrase, a relative clause, a
/// "now"), in the languages whose password words are read; a number right after "part" is an article number. Each family
/// has look-alikes that must stay.</summary>
public sealed class RecognizerRound28Tests
{
    [Theory]
    [InlineData("The wifi password is, since the router was replaced on Friday, Otter#5521k.", "Otter#5521k")]
    [InlineData("Our VPN password is now, after the quarterly rotation, Harbor_7730Lm — please update your laptops.", "Harbor_7730Lm")]
    [InlineData("Das WLAN-Passwort ist seit gestern Abend Kranich&4410x, bitte weitergeben.", "Kranich&4410x")]
    [InlineData("Le mot de passe du serveur, que Paul a changé lundi, est maintenant Mouette%2290b.", "Mouette%2290b")]
    [InlineData("La contraseña del portal, que cambió el técnico ayer, ahora es Girasol$3104q.", "Girasol$3104q")]
    [InlineData("Het wachtwoord van de kassa is sinds de storing van dinsdag Tulpen!6623z.", "Tulpen!6623z")]
    [InlineData("Lösenordet till skrivaren är, sedan tekniker bytte det, Hjortron#118Kq.", "Hjortron#118Kq")]
    [InlineData("Hasło do drukarki, które zmienił informatyk wczoraj, to od dziś Sosna@7712m.", "Sosna@7712m")]
    [InlineData("Heslo k serveru je od včerejška, kdy ho Petr změnil, Borovice!5031x.", "Borovice!5031x")]
    [InlineData("Sunucunun şifresi, teknisyen dün değiştirdikten sonra, artık Martı?3382Lp.", "Martı?3382Lp")]
    [InlineData("A senha do roteador, que o técnico trocou ontem, passou a ser Caju#4471t.", "Caju#4471t")]
    [InlineData("Parola routerului, pe care a schimbat-o Ion ieri, este acum Brasov#5531x.", "Brasov#5531x")]
    [InlineData("Пароль от роутера, который мастер сменил вчера, теперь Клён#4471x.", "Клён#4471x")]
    [InlineData("Kata sandi wifi kantor, yang diganti admin kemarin, sekarang Rambutan!2210x.", "Rambutan!2210x")]
    [InlineData("Tell Ana the Wi-Fi password is now, after the outage, Lantern_42x and ask her to reconnect.", "Lantern_42x")]
    [InlineData("Das Passwort ist jetzt, nach dem Reset, „Amsel!4471x“.", "Amsel!4471x")]
    public void A_password_after_an_aside_is_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Password, value), Find(text));

    [Theory]
    [InlineData("A strong password looks like, for example, Otter#5521k.")]
    [InlineData("Passwörter wie zum Beispiel Kranich&4410x sind zu kurz.")]
    [InlineData("The password policy, updated in May, now rejects Summer#2024x.")]
    [InlineData("I reset the password for Mark_Lee2x.")]
    [InlineData("Please reset the password of user Ops#2024x, then log in.")]
    [InlineData("The password, as discussed yesterday, is stored in Vault_2024x under ops.")]
    [InlineData("The password file, moved last week, is at C:/Keys_2024/Vault#1.kdbx.")]
    [InlineData("I changed the password. The ticket Ref#2024Ab is closed.")]
    [InlineData("Our release train, which ships every Friday, is called Harbor_7730Lm.")]
    public void A_rule_an_example_an_owner_or_a_value_in_another_sentence_stays(string text) =>
        AssertNoPasswordOrCredential(text);

    [Theory]
    [InlineData("The crate holds spare part 680-425-2156 (a pump seal).")]
    [InlineData("Order the replacement part 415-555-0132 from the supplier catalogue.")]
    [InlineData("Im Karton liegt Ersatzteil 0711 4846 5700 für die Pumpe.")]
    [InlineData("Nel pacco c'è il ricambio 333 123 4567 per la caldaia.")]
    public void A_number_right_after_part_is_an_article_number(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.Phone);

    [Theory]
    [InlineData("For the most part, call me at 415-555-0132 after six.", "415-555-0132")]
    [InlineData("I will take part in the meeting; my cell is 415-555-0132.", "415-555-0132")]
    [InlineData("Ersatzteil bestellt, bitte rufen Sie mich unter 0711 4846570 an.", "0711 4846570")]
    public void A_phone_elsewhere_in_a_sentence_about_parts_is_still_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Phone, value), Find(text));

    [Theory]
    [InlineData("TENCENTCLOUD_SECRET_ID=AKIDq4Lm9Nc2Rt6Vb8Wd1Ze3Fg5Hj0Kk2Ms7", "AKIDq4Lm9Nc2Rt6Vb8Wd1Ze3Fg5Hj0Kk2Ms7")]
    [InlineData("cred = credential.Credential(\"AKIDq4Lm9Nc2Rt6Vb8Wd1Ze3Fg5Hj0Kk2Ms7\", secret_key)", "AKIDq4Lm9Nc2Rt6Vb8Wd1Ze3Fg5Hj0Kk2Ms7")]
    public void A_tencent_cloud_secret_id_is_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Credential, value), Find(text));

    [Theory]
    [InlineData("secret id AKIDxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx in the docs")]
    [InlineData("id AKIDq4Lm9Nc2Rt6Vb8Wd1Ze3Fg5Hj0Kk2Ms7Q8 is too long")]
    [InlineData("the field AKIDENTITYPROVIDERNAMESPACEKEYLIST12 is an enum")]
    [InlineData("column XAKIDq4Lm9Nc2Rt6Vb8Wd1Ze3Fg5Hj0Kk2Ms7 renamed")]
    public void A_tencent_shaped_placeholder_or_identifier_stays(string text) =>
        AssertNoPasswordOrCredential(text);
}
