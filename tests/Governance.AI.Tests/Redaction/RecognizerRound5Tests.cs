using Governance.AI.Redaction;
using static Governance.AI.Tests.Redaction.RecognizerProbe;

namespace Governance.AI.Tests.Redaction;

/// <summary>Issue #17 item 2, fifth round (found with HeldOut/pii-dev5.jsonl and probes written from the numbering plans
/// and vendors' documented formats): area codes with their own slash or dash (BE, SE, NL), the trunk 0 written apart
/// (old DE style), 9-digit national numbers in three groups (IE, BE), a whole national number in brackets, Mexican,
/// Brazilian and Polish numbers without a trunk 0, Australian 1300/1800 numbers, Brazil's "(0xx11)"; developer-platform
/// tokens with a documented prefix, .pgpass lines, Okta's SSWS scheme and "secret" key names in seven languages.
/// Every case that expects a match failed on the code before; the cases that expect none guard precision.</summary>
public sealed class RecognizerRound5Tests
{
    [Theory]
    [InlineData("Tel. 02/458.66.19 (onthaal)", "02/458.66.19")]
    [InlineData("Tel: 0470/12.34.56", "0470/12.34.56")]
    [InlineData("Mobil: 08-932 147 59, tack", "08-932 147 59")]
    [InlineData("växel 070-891 72 10", "070-891 72 10")]
    [InlineData("Ring 031-12 34 56 after lunch", "031-12 34 56")]
    [InlineData("Bel 010 - 123 45 67 voor de balie.", "010 - 123 45 67")]
    [InlineData("Handy 0 30 / 82 15 67 57, Rechnung vom 11.12.2026.", "0 30 / 82 15 67 57")]
    [InlineData("Seán Murphy 01 640 7975 Dublin 2", "01 640 7975")]
    [InlineData("Anna (07922 298 686) will bring the keys.", "07922 298 686")]
    [InlineData("Sofía Hernández, 81-9884-8562, CDMX", "81-9884-8562")]
    [InlineData("Oficina 33 1234 5678, Guadalajara", "33 1234 5678")]
    [InlineData("Biuro 22 123 45 67, Warszawa", "22 123 45 67")]
    [InlineData("Marta Nowak 512 345 678", "512 345 678")]
    [InlineData("Bookings on 1300 123 456 or 1800 654 321.", "1300 123 456")]
    [InlineData("Telefone comercial (0xx11) 90001-8326, CEP 01310-100.", "(0xx11) 90001-8326")]
    public void National_numbers_written_by_their_plans_conventions_are_phones(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Phone, value), Find(text));

    [Theory]
    [InlineData("Serial SN 12-3456-7890 failed QA.")]
    [InlineData("Population 8 336 817 (2026).")]
    [InlineData("Kwota: 512 345 678 zł.")]
    [InlineData("Ship to 114 55 Stockholm.")]
    [InlineData("Invoice dated 01-02 2023 is paid.")]
    [InlineData("The range 2026-120-5 is closed.")]
    public void Serials_amounts_postcodes_and_dates_are_not_phones(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.Phone);

    [Theory]
    [InlineData("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")]
    [InlineData("dckr_pat_6MbEfPATaxhx0RnIuhovWkIiLBM")]
    [InlineData("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")]
    [InlineData("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")]
    [InlineData("glsa_vWfColNV9ds0HqtO93L7Q5uUaVcojsNO_ddb14f71")]
    [InlineData("pscale_tkn_P8Kd0d3mS8gBlKv3azKgaS-m-x_SHuKBD_vok-nPTmZ")]
    [InlineData("access_token$production$1569969e58b08100$6f7e3dfc967a64cb14028d512c9791e5")]
    [InlineData("PMAK-4376d3c1d3a317cf0f776be6-c11820757e11b42c574160651f467e7e39")]
    [InlineData("NRAK-X4HH5344TFJGVQ4K7BN7XJ8B7TF")]
    [InlineData("oy2ufwc0ojqkbq2e37rxdi15a24rdz0wufgita5jdoesl8")]
    [InlineData("sq0csp-3omjMyXHCabM6JOF8EFd0Nhcy_1kGD2VD_eR1UYzaLi")]
    [InlineData("EAAAA_zNyD7CHLn_xC-1hsYgBds1ghxY5OokvQyx7eNWVQ4vnakJkS1pAWTN3lg8")]
    [InlineData("hvs.KtHF4vUCsMehGAkWvj7FAc9Q")]
    [InlineData("HNsG9eh6Yo4gfq.atlasv1.rc5XlrWi0B26R08qzjI6GKFSufrdZSlB5er8bOfZqfM2oeq3hDavJA76rNicHTp8hkq")]
    [InlineData("sk.eyJ1IjoiZuI5aHUQPFeNBTxaQWk8JzFalHlsZfYcMMDktXP_t.Ksf2rcDkdfrUnW5gcF-Ha6")]
    [InlineData("AAAAili8GjH:APA91bEAD6_Wj9KfzjsQGMrb9h-ImB-LK777pzNk8cL6j5IXAAjlsHUqJoUD_-Ydua-5ZMs1SWOpQaPRYpzbLGViYXjU2JgJngKtFI3OyV2dZAkg05rK-gqv81RKMGHZEM9YpvujA_C5")]
    public void Developer_platform_tokens_with_a_documented_prefix_are_credentials(string token) =>
        Assert.Equal([(RedactionEntityTypes.Credential, token)], Find($"found {token} in the logs"));

    [Theory]
    [InlineData("Authorization: SSWS 001ff28L5Vl_x5lUxt0QqQJSBEn0os9RURFjlYispW", "001ff28L5Vl_x5lUxt0QqQJSBEn0os9RURFjlYispW")]
    [InlineData("Clé secrète : Rj1V8VG9p4vURst9_3YMJSGU23MR5H1O9k0v9POj", "Rj1V8VG9p4vURst9_3YMJSGU23MR5H1O9k0v9POj")]
    [InlineData("Clave secreta: b1rWMgZHFx8oubFK03AokhY9", "b1rWMgZHFx8oubFK03AokhY9")]
    [InlineData("Chave secreta: 7EWHzWXwfVpsNzfbvNmO-Tmgb35DWzNG", "7EWHzWXwfVpsNzfbvNmO-Tmgb35DWzNG")]
    [InlineData("Geheimer Schlüssel: cF1oqj1KZ5wf5lf6ewaz8ihNN92kN5ty", "cF1oqj1KZ5wf5lf6ewaz8ihNN92kN5ty")]
    [InlineData("Das Geheimnis ist hhz4iILo3ojQKDVzk80b8OySAM1MHcz8", "hhz4iILo3ojQKDVzk80b8OySAM1MHcz8")]
    [InlineData("o segredo é axgHleuBmGQboiAzX7DOcZ44cc3PNr6R", "axgHleuBmGQboiAzX7DOcZ44cc3PNr6R")]
    [InlineData("clé d'API : guD5EhjGdO5YQ7nJE1shqWmxBqp7pgys", "guD5EhjGdO5YQ7nJE1shqWmxBqp7pgys")]
    [InlineData("\"private_key_id\": \"e939089b16c7053cd8037a5c77c03fe4305ccac0\"", "e939089b16c7053cd8037a5c77c03fe4305ccac0")]
    public void Values_after_a_secret_name_or_scheme_are_credentials(string text, string value) =>
        Assert.Equal([(RedactionEntityTypes.Credential, value)], Find(text));

    [Fact]
    public void A_pgpass_line_reveals_its_password() =>
        Assert.Equal([(RedactionEntityTypes.Password, "31e8VM6gY1URLJ%%DI")], Find("db.internal:5432:orders:app_user:31e8VM6gY1URLJ%%DI"));

    [Theory]
    [InlineData("credentials \"app.terraform.io\" { token = \"${var.tfc}\" }")]
    [InlineData("The time was 2026-12-05T10:30:45:123 in the log.")]
    [InlineData("El secreto es que nadie lo sabe.")]
    [InlineData("La clave secreta: guardarla bien.")]
    [InlineData("The glc_init_context_for_the_renderer_v2_impl function.")]
    [InlineData("Use hvs.xxxxxxxxxxxxxxxxxxxxxxxx in the docs.")]
    [InlineData("Our secretary is out; the Geheimnis des Erfolgs ist Geduld.")]
    public void Host_names_timestamps_prose_identifiers_and_masks_are_not_secrets(string text) =>
        Assert.Empty(Find(text));
}
