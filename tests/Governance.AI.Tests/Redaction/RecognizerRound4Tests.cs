using Governance.AI.Redaction;
using static Governance.AI.Tests.Redaction.RecognizerProbe;

namespace Governance.AI.Tests.Redaction;

/// <summary>Issue #17 item 2, fourth round (found with HeldOut/pii-dev4.jsonl): phone extensions in DIN 5008 and in words,
/// local numbers bound to a phone word, code/PIN/meeting-id labels that win over a phone word, vendor tokens with a fixed
/// prefix (reported as <see cref="RedactionEntityTypes.Credential"/>) and key names in French, Italian, Dutch and German.
/// Every case that expects a match failed on the code before; the cases that expect none guard precision.</summary>
public sealed class RecognizerRound4Tests
{
    [Theory]
    [InlineData("Erreichbar unter 0711 4846-57 (Zentrale).", "0711 4846-57")]
    [InlineData("Notfallkontakt: 0711 048 46-57 bitte.", "0711 048 46-57")]
    [InlineData("Our office: 030 80091-237. Ticket INC-1 stays open.", "030 80091-237")]
    [InlineData("Telefon 0711 484657 Durchwahl 12, Raum 3.", "0711 484657 Durchwahl 12")]
    [InlineData("Call (415) 555-0132 poste 57 today.", "(415) 555-0132 poste 57")]
    public void Phone_extensions_are_part_of_the_number(string text, string value) =>
        Assert.Equal([(RedactionEntityTypes.Phone, value)], Find(text));

    [Theory]
    [InlineData("If nobody answers, call 610-9323 and leave a message.", "610-9323")]
    [InlineData("Text me at 370-4382 when you land.", "370-4382")]
    [InlineData("Hausruf: Tel. 59 47 170, Zimmer 214.", "59 47 170")]
    [InlineData("Teléfono de la recepción: 972 81 98.", "972 81 98")]
    [InlineData("Bitte rufen Sie 79 21 74 an.", "79 21 74")]
    public void Local_numbers_count_with_a_phone_word_bound_to_them(string text, string value) =>
        Assert.Equal([(RedactionEntityTypes.Phone, value)], Find(text));

    [Theory]
    [InlineData("Error code 555-0132 appeared twice.")]
    [InlineData("Seats 610-9323 are reserved; call the box office.")]
    [InlineData("Call about release 2026-12 today.")]
    [InlineData("Dial-in code 5775982273 for the weekly sync.")]
    [InlineData("Call and enter PIN 555-0132 at the prompt.")]
    [InlineData("Join by phone, meeting ID 845 2231 9087.")]
    public void Numbers_that_are_codes_or_lack_a_bound_phone_word_are_not_phones(string text) =>
        Assert.Empty(Find(text));

    [Fact]
    public void An_area_code_label_still_leaves_the_number_a_phone() =>
        Assert.Equal([(RedactionEntityTypes.Phone, "(415) 555-0132")], Find("Area code (415) 555-0132 is the office."));

    [Theory]
    [InlineData("dapi0123456789abcdef0123456789abcdef")]
    [InlineData("dapi108c35beda314197414b2b755382116b-3")]
    [InlineData("ya29.a0AfB_byC3xYz9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0LzXcVbNm")]
    [InlineData("1//0gLkD8s7Fh3Jk2Lm9Np4Qr6St1Uv5Wx8Yz0Ab3Cd7Ef2Gh")]
    [InlineData("932322499:AARY6Jxq0BO2hjx2iP3n8EB6GWecW-FVQXw")]
    [InlineData("NSPswXaHhU4vH5t0bHn8WGMyI0.AN2FzM.KHwQW_izC8P2BI78Eew_Sls5j6ndR5zgeOscJS")]
    [InlineData("dop_v1_7908a20def39349f91ec72e28412296818eb49750bc04f5d7c1546ee48fdd35f")]
    [InlineData("lin_api_142zC9bmKCeGrNKDARUeGKLx3pQO05WKayBZGlyq")]
    [InlineData("secret_ZbgZHxaXKDMbBm4rEb7F93aF31wclVlSLDx3jzcwGJT")]
    [InlineData("key-5d5f158d6eba9296fb9d03614885a211")]
    public void Vendor_tokens_with_a_fixed_prefix_are_credentials(string token) =>
        Assert.Equal([(RedactionEntityTypes.Credential, token)], Find($"found {token} in the logs"));

    [Fact]
    public void A_telegram_token_is_found_inside_the_bot_api_url()
    {
        const string Token = "932322499:AARY6Jxq0BO2hjx2iP3n8EB6GWecW-FVQXw";

        Assert.Contains((RedactionEntityTypes.Credential, Token), Find($"https://api.telegram.org/bot{Token}/sendMessage"));
    }

    [Theory]
    [InlineData("The word dapifora is not a token, nor is key-value storage.")]
    [InlineData("Our secret santa list is in secret_santa_2026.xlsx.")]
    [InlineData("Store tokens with ya29.prefix only in memory.")]
    [InlineData("Use shpat_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX in the docs.")]
    [InlineData("The ratio 16:9 and the time 12:30:45 are fine.")]
    public void Prefix_look_alikes_are_not_tokens(string text) =>
        Assert.Empty(Find(text));

    [Theory]
    [InlineData("La clé API est 8uH-SNyfSXoR-oizUM4mH5ms, ne la partagez pas.", "8uH-SNyfSXoR-oizUM4mH5ms")]
    [InlineData("La chiave API è Tcy_a8gOMzV8PKv9saSFQNsl.", "Tcy_a8gOMzV8PKv9saSFQNsl")]
    [InlineData("De API-sleutel is 9rJFwqj0QVttby0YqrnLJkXv.", "9rJFwqj0QVttby0YqrnLJkXv")]
    [InlineData("Jeton d'accès : zL3dJ_vuy1urfj1TKEsa8XG1MF5DT2c6", "zL3dJ_vuy1urfj1TKEsa8XG1MF5DT2c6")]
    public void Key_names_in_other_languages_introduce_a_credential(string text, string value) =>
        Assert.Equal([(RedactionEntityTypes.Credential, value)], Find(text));

    [Theory]
    [InlineData("De sleutel ligt onder de mat.")]
    [InlineData("La clé est sous le paillasson, code 4711.")]
    public void Key_words_in_prose_without_a_random_value_are_not_credentials(string text) =>
        Assert.Empty(Find(text));
}
