using Governance.AI.Redaction;
using static Governance.AI.Tests.Redaction.RecognizerProbe;

namespace Governance.AI.Tests.Redaction;

/// <summary>Issue #17, twentieth round, written from general descriptions of how values are written (not from a set's
/// rows): vendor keys a few characters off their documented length (npm, Terraform Cloud) and documentation's filler in
/// AWS and Google key shapes; a bare "PAT:" label; a Romance word for "key" a few words before a colon; a password in
/// brackets after a qualifier; a password given later in its sentence after a comma, an ellipsis, "currently" or a verb
/// that puts a value in; older DIN 5008's spaced extension dash; an IBAN right before a CSV comma. The look-alikes guard
/// precision.</summary>
public sealed class RecognizerRound20Tests
{
    [Theory]
    [InlineData("ci uses npm_Rb4Tk9Vz2Lq7Wm1Xc8Pd3Hn6Ys5Fg0Ja2Ku to publish", "npm_Rb4Tk9Vz2Lq7Wm1Xc8Pd3Hn6Ys5Fg0Ja2Ku")]
    [InlineData("NPM: npm_Rb4Tk9Vz2Lq7Wm1Xc8Pd3Hn6Ys5Fg0Ja2KuPe7", "npm_Rb4Tk9Vz2Lq7Wm1Xc8Pd3Hn6Ys5Fg0Ja2KuPe7")]
    [InlineData("tf token Pq3Wx8Lm2Zr7Tb.atlasv1.Hd4Kf9Ns2Vc7Xq1Lm6Rb3Ty8Wp5Gz0Ja2Ek7Mu4Ic9Od1Sh6Bn3Fv8Qx2Lr", "Pq3Wx8Lm2Zr7Tb.atlasv1.Hd4Kf9Ns2Vc7Xq1Lm6Rb3Ty8Wp5Gz0Ja2Ek7Mu4Ic9Od1Sh6Bn3Fv8Qx2Lr")]
    public void Vendor_tokens_a_few_characters_off_their_length_are_found(string text, string value) =>
        Assert.True(Redacts(text, value));

    [Theory]
    [InlineData("run npm_install_all_workspace_packages_first")]
    [InlineData("npm_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("npm_rb4tk9vz2lq7wm1xc8pd3hn6ys5fg0ja2ku")]
    [InlineData("docs say Pq3Wx8Lm2Zr7Tb.atlasv1.short works")]
    public void Look_alikes_of_shortened_vendor_tokens_stay(string text) =>
        Assert.Empty(Find(text));

    [Theory]
    [InlineData("the sample config has AKIAXXXXXXXXXXXXXXXX as its key id")]
    [InlineData("aws_access_key_id = AKIA0000000000000000")]
    [InlineData("maps key AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX in the template")]
    public void Filler_in_aws_and_google_key_shapes_stays(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type is RedactionEntityTypes.AwsAccessKey or RedactionEntityTypes.GoogleApiKey);

    [Fact]
    public void A_real_looking_aws_key_id_is_still_found() =>
        Assert.Contains((RedactionEntityTypes.AwsAccessKey, "AKIAZ4QT7MWX2RL9PB3K"), Find("key id AKIAZ4QT7MWX2RL9PB3K in prod"));

    [Theory]
    [InlineData("# PAT: m4xq8wz2kd7hc3nv6tbr5jlp9sg1fa2ue7oi0ky4nd8rw3xfzq5b", "m4xq8wz2kd7hc3nv6tbr5jlp9sg1fa2ue7oi0ky4nd8rw3xfzq5b")]
    [InlineData("DevOps PAT: m4xq8wz2kd7hc3nv6tbr5jlp9sg1fa2ue7oi0ky4nd8rw3xfzq5b (read scope)", "m4xq8wz2kd7hc3nv6tbr5jlp9sg1fa2ue7oi0ky4nd8rw3xfzq5b")]
    public void A_value_after_a_bare_pat_label_is_found(string text, string value) =>
        Assert.True(Redacts(text, value));

    [Theory]
    [InlineData("PAT: expires next Friday, renew it")]
    [InlineData("Pat: m4xq8wz2kd7hc3nv6tbr5jlp9sg1fa2ue7oi0ky4nd8rw3xfzq5b")]
    [InlineData("PAT: see the team vault")]
    public void Other_text_after_pat_stays(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.Credential);

    [Theory]
    [InlineData("je te laisse ma clé Groq pour la démo : Tz8Wq2Nm5Lk9Xr3Vb7Hc1Pd4Ys6Ga0Fe", "Tz8Wq2Nm5Lk9Xr3Vb7Hc1Pd4Ys6Ga0Fe")]
    [InlineData("minha chave da API: Tz8Wq2Nm5Lk9Xr3Vb7Hc1Pd4Ys6Ga0Fe", "Tz8Wq2Nm5Lk9Xr3Vb7Hc1Pd4Ys6Ga0Fe")]
    [InlineData("la chiave del servizio per i test: Tz8Wq2Nm5Lk9Xr3Vb7Hc1Pd4Ys6Ga0Fe", "Tz8Wq2Nm5Lk9Xr3Vb7Hc1Pd4Ys6Ga0Fe")]
    [InlineData("voilà la clé: Tz8Wq2Nm5Lk9Xr3Vb7Hc1Pd4Ys6Ga0Fe", "Tz8Wq2Nm5Lk9Xr3Vb7Hc1Pd4Ys6Ga0Fe")]
    public void A_key_after_a_romance_key_word_and_a_colon_is_found(string text, string value) =>
        Assert.True(Redacts(text, value));

    [Theory]
    [InlineData("la clé primaire de la table : Tz8Wq2Nm5Lk9Xr3Vb7Hc1Pd4Ys6Ga0Fe")]
    [InlineData("clé du build : 550e8400-e29b-41d4-a716-446655440000")]
    [InlineData("chave do commit: 7f3a9c2e1b4d8f6a0c5e7b9d1f3a5c7e9b1d3f5a")]
    [InlineData("Voici ma clé USB, le numéro de série : 4C530001220528117490")]
    [InlineData("la clé du problème : RESTARTWITHCLEANCACHE")]
    public void Database_keys_hashes_and_other_labels_stay(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.Credential);

    [Theory]
    [InlineData("La contraseña temporal de la intranet que me mandaste (Faro#Norte2290) no funciona.", "Faro#Norte2290")]
    [InlineData("le mot de passe provisoire du portail RH (Ecureuil!Bleu61) a expiré", "Ecureuil!Bleu61")]
    [InlineData("the temporary password you emailed me (Copper$Hill83) expired", "Copper$Hill83")]
    public void A_password_in_brackets_after_a_qualifier_is_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Password, value), Find(text));

    [Theory]
    [InlineData("the password you emailed me (see ticket SD-44120) expired")]
    [InlineData("the password policy for the portal (ISO27001) needs 14 characters")]
    [InlineData("the password you emailed me (thanks!) works")]
    [InlineData("la contraseña del portal (ver la guía) caducó")]
    public void Brackets_after_a_qualifier_that_hold_no_password_stay(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.Password);

    [Theory]
    [InlineData("lost my password, I had set it to Quartz44!Bay but it fails", "Quartz44!Bay")]
    [InlineData("Perdí mi contraseña, había puesto Sierra2019!Sol y no entra", "Sierra2019!Sol")]
    [InlineData("Mot de passe oublié... j'avais mis Falaise2020!Brest et rien", "Falaise2020!Brest")]
    [InlineData("is there a better wifi password than mine? currently it's Otter1987!z", "Otter1987!z")]
    [InlineData("I forgot the password. I typed Lantern7$Owl twice", "Lantern7$Owl")]
    public void A_password_later_in_its_sentence_is_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Password, value), Find(text));

    [Theory]
    [InlineData("forgot my password, I used the reset link and it works now")]
    [InlineData("Olvidé mi contraseña, usé el enlace de recuperación")]
    [InlineData("the password, as I said, is stored in the vault")]
    [InlineData("what's a good password length? currently it's 12 characters")]
    [InlineData("Mot de passe oublié... j'avais mis le mauvais compte")]
    public void Ordinary_words_later_in_the_sentence_stay(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.Password);

    [Theory]
    [InlineData("Tel. 0228 / 4471 - 209, Fax …", "0228 / 4471 - 209")]
    [InlineData("Telefon: 089 / 3310 - 4512", "089 / 3310 - 4512")]
    public void A_spaced_din_extension_after_a_spaced_slash_is_part_of_the_phone(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Phone, value), Find(text));

    [Theory]
    [InlineData("Bericht 089 / 2018 - 2019 Seite 4")]
    [InlineData("Zeitraum 2019 / 2020 - 2021")]
    public void Slashed_and_dashed_numbers_without_a_phone_word_stay(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.Phone);

    [Theory]
    [InlineData("Aino Virtanen,FI21 1234 5600 0007 85,860.50", "FI21 1234 5600 0007 85")]
    public void An_iban_before_a_csv_comma_is_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Iban, value), Find(text));

    [Fact]
    public void An_iban_shape_with_a_wrong_checksum_before_a_comma_stays() =>
        Assert.DoesNotContain(Find("Aino Virtanen,FI21 1234 5600 0007 86,860.50"), f => f.Type == RedactionEntityTypes.Iban);
}
