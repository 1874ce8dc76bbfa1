using Governance.AI.Redaction;
using static Governance.AI.Tests.Redaction.RecognizerProbe;

namespace Governance.AI.Tests.Redaction;

/// <summary>Issue #17, twenty-ninth round, written from general descriptions of the shapes (not from a set's rows): a
/// password after an aside that ends in a semicolon or a colon; a key of an unknown provider in a sentence that names it an
/// API key (Latin and CJK scripts); Heroku's <c>HRKU-</c> + UUID keys; and the look-alikes: part numbers after an
/// abbreviated label or starting with "+", and hex ids of databases and objects in sentences about keys.</summary>
public sealed class RecognizerRound29Tests
{
    [Theory]
    [InlineData("The password for the staff wiki; please keep it to yourself: Heron#4410Lx. Thanks!", "Heron#4410Lx")]
    [InlineData("Das Passwort für den Drucker; bitte nicht weitersagen: Amsel&2281Qz.", "Amsel&2281Qz")]
    [InlineData("Le mot de passe du routeur : attention, ne le partage pas : Mouette%7319Kp.", "Mouette%7319Kp")]
    [InlineData("La contraseña de la intranet; por favor, que no salga de aquí: Colibri$5521Tv. ¿Caduca?", "Colibri$5521Tv")]
    [InlineData("A senha do servidor; cuidado, não espalhe: Caju!8830Wm.", "Caju!8830Wm")]
    [InlineData("Das Passwort fürs Labor; bitte nicht weitersagen: Falke.Nord#72.", "Falke.Nord#72")]
    public void A_password_after_an_aside_that_ends_in_a_semicolon_or_colon_is_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Password, value), Find(text));

    [Theory]
    [InlineData("The password was reset this morning; username: Heron#4410Lx.")]
    [InlineData("Password rules; for example: Heron#4410Lx is accepted.")]
    [InlineData("Das Passwort wurde geändert; Benutzer: Amsel&2281Qz.")]
    [InlineData("The build finished at 10:45; tag: Release#2024Rc.")]
    [InlineData("The password file is stored; see: Vault#1.kdbx.")]
    [InlineData("The password is in the config; file: Secrets#2.Json.bak.")]
    public void A_value_after_another_field_or_an_example_stays(string text) =>
        AssertNoPasswordOrCredential(text);

    [Theory]
    [InlineData("Our API key (9rT2kLmQ8vXw4ZyB7nHc3PqR5sDf6GjK) showed up in a public gist.", "9rT2kLmQ8vXw4ZyB7nHc3PqR5sDf6GjK")]
    [InlineData("Unsere Mistral-Instanz: der API-Schlüssel 9rT2kLmQ8vXw4ZyB7nHc3PqR5sDf6GjK ist abgelaufen.", "9rT2kLmQ8vXw4ZyB7nHc3PqR5sDf6GjK")]
    [InlineData("La clé d'API (Zq81_mPx-4RvT7wLkY2bNc9HdS3fGa6J) est visible dans les journaux.", "Zq81_mPx-4RvT7wLkY2bNc9HdS3fGa6J")]
    [InlineData("La chiave API Zq81_mPx-4RvT7wLkY2bNc9HdS3fGa6J non funziona più.", "Zq81_mPx-4RvT7wLkY2bNc9HdS3fGa6J")]
    [InlineData("Klucz API (Zq81mPx4RvT7wLkY2bNc9HdS3fGa6J) trafił do repozytorium.", "Zq81mPx4RvT7wLkY2bNc9HdS3fGa6J")]
    [InlineData("我们的API密钥（9rT2kLmQ8vXw4ZyB7nHc3PqR5sDf6GjK）被提交到了公开仓库。", "9rT2kLmQ8vXw4ZyB7nHc3PqR5sDf6GjK")]
    [InlineData("APIキー 9rT2kLmQ8vXw4ZyB7nHc3PqR5sDf6GjK が無効になりました。", "9rT2kLmQ8vXw4ZyB7nHc3PqR5sDf6GjK")]
    [InlineData("API 키(9rT2kLmQ8vXw4ZyB7nHc3PqR5sDf6GjK)가 유출되었습니다.", "9rT2kLmQ8vXw4ZyB7nHc3PqR5sDf6GjK")]
    public void An_unknown_providers_key_named_an_api_key_is_found(string text, string value) =>
        Assert.True(Redacts(text, value), text);

    [Theory]
    [InlineData("Our API key format looks like Zq81mPx4RvT7wLkY2bNc9HdS3fGa6J; how should we store it?")]
    [InlineData("The API docs live at https://docs.example.com/Zq81mPx4RvT7wLkY2bNc9HdS3fGa6J for the key.")]
    [InlineData("Our API key leaked in commit 4f1c2b9e8d7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e yesterday.")]
    [InlineData("The API key job's request id is Zq81mPx4RvT7wLkY2bNc9HdS3fGa6J.")]
    [InlineData("The rapid rollout moved build Zq81mPx4RvT7wLkY2bNc9HdS3fGa6J to the key accounts.")]
    [InlineData("我们的项目编号 Zq81mPx4RvT7wLkY2bNc9HdS3fGa6J 没有问题。")]
    public void A_token_that_is_a_sample_a_path_a_hash_an_id_or_not_near_an_api_key_stays(string text) =>
        AssertNoPasswordOrCredential(text);

    [Theory]
    [InlineData("HRKU-3f2a9c1e-7b4d-4e8a-9c2f-1a6b8d0e4f7c")]
    [InlineData("Rotate HRKU-3f2a9c1e-7b4d-4e8a-9c2f-1a6b8d0e4f7c before Friday.")]
    public void A_heroku_key_with_a_uuid_is_found(string text) =>
        Assert.Contains((RedactionEntityTypes.Credential, "HRKU-3f2a9c1e-7b4d-4e8a-9c2f-1a6b8d0e4f7c"), Find(text));

    [Theory]
    [InlineData("HRKU-3f2a9c1e-7b4d-4e8a-9c2f")]
    [InlineData("HRKU-3f2a9c1e-7b4d-4e8a-9c2f-1a6b8d0e4f7c9")]
    public void A_heroku_prefix_without_a_whole_uuid_stays(string text) =>
        AssertNoPasswordOrCredential(text);

    [Theory]
    [InlineData("The shipment for PN 318-624-7095 is late; reach me at +44 20 7946 0958.")]
    [InlineData("Please reorder P/N 318-624-7095 and call me back.")]
    [InlineData("Supplier MPN 318-624-7095 is discontinued, call us.")]
    [InlineData("Die Lieferung mit Art.-Nr. 318-624-7095 fehlt, rufen Sie mich an.")]
    [InlineData("Bitte Artikelnr. 0711 4846 5700 nachbestellen.")]
    [InlineData("Skip the part number +4 915 208 336 in the export, call me.")]
    [InlineData("The part number is 318-624-7095, call me if it is wrong.")]
    public void A_part_number_after_an_abbreviated_label_or_starting_with_plus_is_no_phone(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.Phone && !f.Value.StartsWith("+44", StringComparison.Ordinal));

    [Theory]
    [InlineData("Reference +44 20 7946 0958 for the booking.", "+44 20 7946 0958")]
    [InlineData("Order shipped; my number is +44 20 7946 0958.", "+44 20 7946 0958")]
    [InlineData("The best number is 415-555-0132, call after six.", "415-555-0132")]
    [InlineData("SPN 415-555-0132 is my office line, call me.", "415-555-0132")]
    public void A_phone_after_a_non_article_label_is_still_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Phone, value), Find(text));

    [Theory]
    [InlineData("I send the secret key in the header and the database id is 7c4e1f9a2b8d3e6f0a1c5b9d8e2f4a6c.")]
    [InlineData("Our API token works, but objectId: 7c4e1f9a2b8d3e6f0a1c5b9d8e2f4a6c returns 404.")]
    [InlineData("Secret rotated; page_id=7c4e1f9a2b8d3e6f0a1c5b9d8e2f4a6c still fails.")]
    [InlineData("密钥没问题，数据库ID：7c4e1f9a2b8d3e6f0a1c5b9d8e2f4a6c 找不到。")]
    public void A_hex_id_in_a_sentence_about_keys_stays(string text) =>
        Assert.False(Redacts(text, "7c4e1f9a2b8d3e6f0a1c5b9d8e2f4a6c"), text);

    [Theory]
    [InlineData("The subscription key is 7c4e1f9a2b8d3e6f0a1c5b9d8e2f4a6c, rotate it.")]
    [InlineData("I paid for it; the API key 7c4e1f9a2b8d3e6f0a1c5b9d8e2f4a6c was leaked.")]
    [InlineData("api-key: 7c4e1f9a2b8d3e6f0a1c5b9d8e2f4a6c")]
    public void A_hex_key_that_is_not_labelled_an_id_is_still_found(string text) =>
        Assert.True(Redacts(text, "7c4e1f9a2b8d3e6f0a1c5b9d8e2f4a6c"), text);
}
