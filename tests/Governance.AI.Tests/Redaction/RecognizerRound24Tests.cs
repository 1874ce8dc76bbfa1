using Governance.AI.Redaction;
using static Governance.AI.Tests.Redaction.RecognizerProbe;

namespace Governance.AI.Tests.Redaction;

/// <summary>Issue #17, twenty-fourth round, written from general descriptions of how secrets are written (not from a set's
/// rows): a credential passed to a setter named for it (<c>setApiKey('…')</c>); a SendGrid key shortened in an example; a
/// hex key named by the kind of key it is ("the app key 9b2e…"); a second password named by "one" or "other" after the
/// first ("… and the redis one is …"); a password the writer believes it was ("…, but I think it was …", "…, men jag
/// tror det var …"); a numeric code that opens something ("the alarm code is …", "PIN: …", "Der Alarmcode lautet …",
/// "el código de la alarma es …"). Each family has look-alikes that must stay.</summary>
public sealed class RecognizerRound24Tests
{
    [Theory]
    [InlineData("const mailer = require('mailer');\nmailer.setApiKey('Tq7Lm2Xz9Kp4Wr8Nv3Ys');", "Tq7Lm2Xz9Kp4Wr8Nv3Ys")]
    [InlineData("$client->setAccessToken(\"h4Rk9Qm2Lx7Vn3Bz8Tp6Wc\");", "h4Rk9Qm2Lx7Vn3Bz8Tp6Wc")]
    [InlineData("api = Client().with_token('Zr8Nq3Lk7Vw2Mx9Tp4Bc')", "Zr8Nq3Lk7Vw2Mx9Tp4Bc")]
    [InlineData("sdk.set_api_key(`Pk5Wz8Rn2Tq7Lm4Xv9Cb`)", "Pk5Wz8Rn2Tq7Lm4Xv9Cb")]
    public void A_credential_passed_to_its_setter_is_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Credential, value), Find(text));

    [Theory]
    [InlineData("mailer.setApiKey(process.env.MAILER_KEY);")]
    [InlineData("mailer.setApiKey('YOUR_API_KEY');")]
    [InlineData("client.setToken(\"${DEPLOY_TOKEN}\")")]
    [InlineData("const { data } = useApiKey('projectAlpha');")]
    [InlineData("form.setPassword('');\nform.setPasswordLabel('Password2')")]
    [InlineData("cache.setKey('user:4411:profile'); settings.useToken('refresh')")]
    public void A_setter_with_a_reference_a_placeholder_or_a_name_stays(string text) =>
        AssertNoPasswordOrCredential(text);

    [Theory]
    [InlineData("sg.setApiKey('SG.Rk4Tq8Mz2Lp6Wx9B.cN3vH7jY1fD5gS9aK2eU6iO0pT4rW8zX3mQ7bL1nV5c');", "SG.Rk4Tq8Mz2Lp6Wx9B.cN3vH7jY1fD5gS9aK2eU6iO0pT4rW8zX3mQ7bL1nV5c")]
    [InlineData("SENDGRID=SG.Zx1Cv2Bn3Mq4Wr5.Et6Yu7Io8Pa9Sd0Fg1Hj2Kl3Zx4Cv5Bn6Mq7Wr8Et9Yu0Io1", "SG.Zx1Cv2Bn3Mq4Wr5.Et6Yu7Io8Pa9Sd0Fg1Hj2Kl3Zx4Cv5Bn6Mq7Wr8Et9Yu0Io1")]
    public void A_shortened_SendGrid_key_is_found(string text, string value) =>
        Assert.True(Redacts(text, value));

    [Theory]
    [InlineData("see SG.changeme.changeme in the sample config")]
    [InlineData("the SG.xxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx placeholder")]
    [InlineData("region SG.2024.release-notes for Singapore")]
    public void A_SendGrid_placeholder_or_a_dotted_name_stays(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type is RedactionEntityTypes.SendGridKey or RedactionEntityTypes.Credential);

    [Theory]
    [InlineData("Our monitoring app key 5c1e8a3f9b7d2e4a6c0f8b1d3e5a7c9f2b4d6e8a is on the old wiki", "5c1e8a3f9b7d2e4a6c0f8b1d3e5a7c9f2b4d6e8a")]
    [InlineData("the analytics API key is 7e2b9d4f1a6c8e3b5d0f2a4c6e8b1d3f5a7c9e2b, rotate it", "7e2b9d4f1a6c8e3b5d0f2a4c6e8b1d3f5a7c9e2b")]
    [InlineData("application key 3A9C1E5B7D2F4A6C8E0B1D3F5A7C9E2B4D6F8A0C1E3B5D7F", "3A9C1E5B7D2F4A6C8E0B1D3F5A7C9E2B4D6F8A0C1E3B5D7F")]
    public void A_hex_key_named_by_a_secret_kind_of_key_is_found(string text, string value) =>
        Assert.Contains(Find(text), f => f.Value == value && f.Type is RedactionEntityTypes.Credential or RedactionEntityTypes.AzureKey);

    [Theory]
    [InlineData("the GPG key 4F8A2C9E1B7D3F6A0C5E8B2D9F1A4C7E3B6D0F2A signs our releases")]
    [InlineData("our signing key 4f8a2c9e1b7d3f6a0c5e8b2d9f1a4c7e3b6d0f2a is public")]
    [InlineData("the app key rotation landed in commit 4f8a2c9e1b7d3f6a0c5e8b2d9f1a4c7e3b6d0f2a")]
    [InlineData("host key 9b2e4f7a1c8d3e60b5f9a2c7d1e4b8f3a6c9d0e2 changed, verify it")]
    [InlineData("api key 0000000000000000000000000000000000000000 in the sample")]
    [InlineData("the API key is abcdefabcdefabcdefabcdefabcdefab, a test string")]
    public void A_fingerprint_a_commit_or_a_filler_after_a_key_word_stays(string text) =>
        AssertNoPasswordOrCredential(text);

    [Theory]
    [InlineData("the staging db password is Qw7!rTz2Lm and since build 2024.06 the cache one is Vb9#tWz4nE too", "Vb9#tWz4nE")]
    [InlineData("vpn password is Hx4$kPq8Zn, the other one is Mr6&wLc2Ty", "Mr6&wLc2Ty")]
    [InlineData("Das WLAN-Passwort ist Kx8#mQ2vLp, das andere ist Tz4!nW9rBc.", "Tz4!nW9rBc")]
    [InlineData("le mot de passe du NAS est Fj3@qL8mWz et l'autre est Pn7%cX2rKd", "Pn7%cX2rKd")]
    [InlineData("la contraseña del router es Gh5*vN1qZs y la otra es Wy2^bM8tLp", "Wy2^bM8tLp")]
    public void A_second_password_named_by_one_or_other_is_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Password, value), Find(text));

    [Theory]
    [InlineData("the wifi password is Qw7!rTz2Lm and the other one is in the vault")]
    [InlineData("our password policy changed and the new one is stricter than the other one")]
    [InlineData("the one is 2024Q3 and the other is Version2, both releases")]
    public void Prose_about_another_password_without_a_value_stays(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.Password && f.Value != "Qw7!rTz2Lm");

    [Theory]
    [InlineData("I forgot my password for the portal, but I think it was Tulip-77x!", "Tulip-77x!")]
    [InlineData("Jag glömde mitt lösenord till mejlen, men jag tror det var Snöboll#42", "Snöboll#42")]
    [InlineData("Mein Passwort fürs Portal weiß ich nicht mehr, ich glaube es war Sonne#2291x", "Sonne#2291x")]
    [InlineData("Olvidé la contraseña del banco, creo que era Luna$8812q", "Luna$8812q")]
    public void A_password_the_writer_believes_it_was_is_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Password, value), Find(text));

    [Theory]
    [InlineData("I forgot my password for the portal, but I think it was in the welcome email")]
    [InlineData("Jag glömde lösenordet, tror det var 2019 någon gång")]
    [InlineData("I reset my password yesterday, I think it was around 10:30")]
    public void A_belief_about_something_else_stays(string text) =>
        AssertNoPasswordOrCredential(text);

    [Theory]
    [InlineData("My home alarm code is 7306 and the cat eats at six", "7306")]
    [InlineData("Gate code 4471, door code 3318", "3318")]
    [InlineData("the code to the front door is 6620", "6620")]
    [InlineData("My PIN is 90217, please remember it", "90217")]
    [InlineData("PIN-Code: 4821", "4821")]
    [InlineData("Der Alarmcode lautet 5823.", "5823")]
    [InlineData("le code de l'alarme est 5512", "5512")]
    [InlineData("el código de la alarma es 6604", "6604")]
    [InlineData("il codice del cancello è 3157", "3157")]
    [InlineData("kod do drzwi to 2868", "2868")]
    [InlineData("Portkoden är 4417 och larmet sitter i hallen", "4417")]
    [InlineData("de deurcode is 9043", "9043")]
    public void A_numeric_code_that_opens_something_is_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Password, value), Find(text));

    [Theory]
    [InlineData("area code 4155 and zip code 10115")]
    [InlineData("status code 5003 from the lock service, error code 4012")]
    [InlineData("Alarm code 2105: overheating on line 3")]
    [InlineData("alarm code 2105 raised by the PLC at noon")]
    [InlineData("alarm code 2024 rollout starts Monday")]
    [InlineData("the door code was changed in 2023")]
    [InlineData("the default PIN is 0000")]
    [InlineData("the door code costs $4500 to install, alarm code 4821.50 EUR")]
    [InlineData("GPIO pin 1822 is high")]
    [InlineData("I have a meeting ID 815 2293 4471 and passcode 482913 for a public webinar")]
    [InlineData("the building code 1604 applies, sector code 4821 is closed")]
    [InlineData("Dial-in 0800 123 4567, conference PIN 27719043.")]
    [InlineData("Zugangscode 5714487, PIN-Code: 2771.")]
    [InlineData("Your PIN is 7392 and the access code is 555-0199.")]
    public void A_code_number_that_opens_nothing_a_year_or_an_amount_stays(string text) =>
        AssertNoPasswordOrCredential(text);
}
