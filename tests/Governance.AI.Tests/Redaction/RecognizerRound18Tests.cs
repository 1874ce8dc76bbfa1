using Governance.AI.Redaction;
using static Governance.AI.Tests.Redaction.RecognizerProbe;

namespace Governance.AI.Tests.Redaction;

/// <summary>Issue #17, eighteenth round, written from general descriptions of how values are written (not from a set's
/// rows): numbers glued to Chinese, Japanese and Korean words (no space in those scripts); a second password offered as
/// an alternative ("A or B", "A ou B", "A oder B"); a service name between a password word and its linking word ("mot de
/// passe Netflix c'est …"); vendor keys quoted shorter than generated ones (SendGrid a few characters off, Atlassian and
/// FCM shortened); .NET assembly version attributes and the version word in CJK before a dotted quad; a URL after a
/// placeholder key name. The look-alikes guard precision.</summary>
public sealed class RecognizerRound18Tests
{
    [Theory]
    [InlineData("ご不明な点は080-2468-1357までお電話ください。", "080-2468-1357")]
    [InlineData("大阪支店は06-6123-4567、ファックスは06-6123-4568です。", "06-6123-4567")]
    [InlineData("海外からは+81 6-6123-4567へどうぞ。", "+81 6-6123-4567")]
    [InlineData("电话13812345678请联系", "13812345678")]
    [InlineData("연락처는 010-9876-5432로 주세요", "010-9876-5432")]
    public void Phones_glued_to_cjk_words_are_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Phone, value), Find(text));

    [Theory]
    [InlineData("2025年3月14日に出荷しました。")]
    [InlineData("注文番号98765432の件でご連絡しました")]
    [InlineData("価格は34,500円です。")]
    [InlineData("会议室是2045号房间")]
    [InlineData("郵便番号は150-0002です")]
    [InlineData("사번은 20231234입니다")]
    public void Numbers_glued_to_cjk_words_that_are_no_phones_stay(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.Phone);

    [Theory]
    [InlineData("Não lembro se a senha do banco é Girassol#41 ou Girassol#42, pode testar?", "Girassol#42")]
    [InlineData("my password is Walnut!5530 or Walnut!5531, one of those", "Walnut!5531")]
    [InlineData("das Passwort ist Fichte#2207 oder Fichte#2208", "Fichte#2208")]
    [InlineData("la contraseña es Nube_8812 o Nube_8813", "Nube_8813")]
    public void An_alternative_password_after_or_is_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Password, value), Find(text));

    [Theory]
    [InlineData("the password is Walnut!5530 or something close to it")]
    [InlineData("the password is Walnut!5530 or ask the admin")]
    [InlineData("the password field is empty or missing")]
    [InlineData("The password policy is 12 chars or more")]
    public void Or_after_a_password_and_ordinary_words_stay(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Value is "something" or "ask" or "missing" or "more");

    [Theory]
    [InlineData("Mon mot de passe Netflix c'est Renard.roux42 mais ça ne marche plus", "Renard.roux42")]
    [InlineData("das Passwort WLAN ist Kiefer!8821", "Kiefer!8821")]
    public void A_service_name_between_the_password_word_and_the_linking_word_is_read(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Password, value), Find(text));

    [Theory]
    [InlineData("Mon mot de passe Netflix c'est trop court")]
    [InlineData("the password Manager is 1Password")]
    [InlineData("the password reset is at 10am2day")]
    public void A_topic_or_a_word_after_the_linking_word_stays(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.Password);

    [Theory]
    [InlineData("client = SendGridAPIClient('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')")]
    [InlineData("SENDGRID=SG.Zx8cV6bN4mQ2wE0rT8yU6iO.Pa4sD2fG0hJ8kL6zX4cV2bN0mQ8wE6rT4yU2iO0pA8sD6fG4")]
    public void SendGrid_keys_a_few_characters_off_are_found(string text) =>
        Assert.Contains(Find(text), f => f.Type == RedactionEntityTypes.SendGridKey && f.Value.StartsWith("SG.", StringComparison.Ordinal));

    [Theory]
    [InlineData("use SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx as the placeholder")]
    [InlineData("key SG.YOUR_SENDGRID_KEY_ID.YOUR_SENDGRID_KEY_SECRET_VALUE_GOES_HERE")]
    [InlineData("see SG.sg-docs-getting-started.overview-of-the-mail-send-endpoint for details")]
    public void SendGrid_look_alikes_stay(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.SendGridKey);

    [Theory]
    [InlineData("Jira says 401 with ATATT3xFfGF0Lm4Nq8Rt2Vw6Yz0Bc4Df8Gh2Jk6Mn0Pq4St8Uv2Xy6=9F3A1C7E", "ATATT3xFfGF0Lm4Nq8Rt2Vw6Yz0Bc4Df8Gh2Jk6Mn0Pq4St8Uv2Xy6=9F3A1C7E")]
    [InlineData("fcm:\n  legacy: AAAAq7Wr2Ty:APA91bHk3Lm8Np2Qr7St1Uv6Wx0Yz5Ab9Cd4Ef8Gh3Ij7Kl2Mn6Op1Qr5", "AAAAq7Wr2Ty:APA91bHk3Lm8Np2Qr7St1Uv6Wx0Yz5Ab9Cd4Ef8Gh3Ij7Kl2Mn6Op1Qr5")]
    public void Shortened_atlassian_and_fcm_keys_are_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Credential, value), Find(text));

    [Theory]
    [InlineData("the ATATTACHMENT_HANDLER_FOR_UPLOADS_IN_THE_SERVICE_LAYER setting")]
    [InlineData("AAAAbbbbccc:APA91bXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")]
    public void Atlassian_and_fcm_look_alikes_stay(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.Credential);

    [Theory]
    [InlineData("[assembly: AssemblyFileVersion(\"4.2.0.7\")]")]
    [InlineData("<FileVersion>3.1.0.4</FileVersion>")]
    [InlineData("バージョン2.4.1.8に更新しました")]
    public void Assembly_and_cjk_version_quads_stay(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.IPAddress);

    [Theory]
    [InlineData("[assembly: AssemblyVersion(\"2.7.0.1\")] // deployed to 10.20.30.40", "10.20.30.40")]
    [InlineData("The AssemblyVersion is fine but the host at 10.4.0.9 is down", "10.4.0.9")]
    [InlineData("サーバーは192.168.10.20です", "192.168.10.20")]
    public void Addresses_near_version_attributes_and_in_cjk_are_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.IPAddress, value), Find(text));

    [Theory]
    [InlineData("curl -H \"Authorization: Bearer YOUR_API_TOKEN\" https://api.example.dev/v2/status")]
    [InlineData("replace MY_SECRET_TOKEN https://docs.example.org/v1/setup with yours")]
    public void A_url_after_a_placeholder_key_name_stays(string text) =>
        Assert.Empty(Find(text));

    [Fact]
    public void A_real_bearer_token_before_a_url_is_still_found() =>
        Assert.Contains(Find("curl -H \"Authorization: Bearer Zk4Pq9Wm2Xr7Tn5Lv8Hs3\" https://api.example.dev/v2/status"),
            f => f.Value == "Zk4Pq9Wm2Xr7Tn5Lv8Hs3");
}
