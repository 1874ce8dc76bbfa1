using Governance.AI.Redaction;
using static Governance.AI.Tests.Redaction.RecognizerProbe;

namespace Governance.AI.Tests.Redaction;

/// <summary>Issue #17, twenty-sixth round, written from general descriptions of how the values are written (not from a
/// set's rows): a hex key passed to a client's constructor; a Romanian or Italian password joined by "e"/"è"/"era", a
/// Hungarian one after its word without a linking word (Hungarian has no copula) or after "volt"; a Discord token whose
/// signature is longer than the classic 27–38 characters, accepted only when its first part decodes to the bot's numeric
/// id; an address on a domain named "noreply" (a bot's or a hidden author's), kept; a password of digits only after a
/// password word and a bare space; a credential named by the "key" field of a key/value pair (Postman); PagerDuty user
/// tokens and Supabase secret keys without a name. Each family has look-alikes that must stay.</summary>
public sealed class RecognizerRound26Tests
{
    private const string HexKey = "5c0e8a3f7b2d9164e0c7a5f3b8d1e2a6";

    [Theory]
    [InlineData("client = Client('SID_PLACEHOLDER', '" + HexKey + "')")]
    [InlineData("var api = new RestClient(\"acct\", \"" + HexKey + "\");")]
    [InlineData("sms = Client(sid, \"" + HexKey + "\")")]
    public void A_hex_key_passed_to_a_client_constructor_is_found(string text) =>
        Assert.True(Redacts(text, HexKey));

    [Theory]
    [InlineData("c = Client(md5='" + HexKey + "')")]
    [InlineData("client = Client(trace_id='" + HexKey + "')")]
    [InlineData("Client connected; build " + HexKey + " deployed")]
    [InlineData("client.fetch('" + HexKey + "') returned 404")]
    public void A_digest_or_a_build_id_near_a_client_stays(string text) =>
        Assert.False(Redacts(text, HexKey));

    [Theory]
    [InlineData("parola mea de la laptop e Brasov1987Toamna, nu o spune nimanui", "Brasov1987Toamna")]
    [InlineData("parola contului era Lalea#2020 inainte", "Lalea#2020")]
    [InlineData("la password del modem è Tramonto77x", "Tramonto77x")]
    [InlineData("A jelszavam Napsugar2021 volt, most már más.", "Napsugar2021")]
    [InlineData("a jelszó Balaton#88 lett az új", "Balaton#88")]
    [InlineData("A wifi jelszava 40918273", "40918273")]
    [InlineData("a régi jelszó volt Kiskert77", "Kiskert77")]
    public void A_romanian_italian_or_hungarian_password_in_prose_is_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Password, value), Find(text));

    [Theory]
    [InlineData("ogni parola e 3 lettere")]
    [InlineData("parola e 2024 sunt in titlu")]
    [InlineData("la parola chiave e il codice sono diversi")]
    [InlineData("a jelszavam 2024-ben lejárt")]
    [InlineData("a jelszavam 12 karakter hosszú")]
    [InlineData("A jelszó megváltozott 3 napja")]
    [InlineData("parola e schimbata din 2019")]
    public void A_password_word_with_a_year_a_length_or_prose_after_it_stays(string text) =>
        AssertNoPasswordOrCredential(text);

    [Theory]
    [InlineData("someone posted MTA5Mzg0NzU2MTAyOTM4NDc1Ng.Hk2pQx.Zr4Tm8Vb1Nc6Xq3Lw9Ys2Df7Gh0Jk5Pa8Ue1Io4Ry in chat",
        "MTA5Mzg0NzU2MTAyOTM4NDc1Ng.Hk2pQx.Zr4Tm8Vb1Nc6Xq3Lw9Ys2Df7Gh0Jk5Pa8Ue1Io4Ry")]
    [InlineData("token MTA5Mzg0NzU2MTAyOTM4NDc1Ng.Hk2pQx.Zr4Tm8Vb1Nc6Xq3Lw9Ys2Df7Gh0Jk5",
        "MTA5Mzg0NzU2MTAyOTM4NDc1Ng.Hk2pQx.Zr4Tm8Vb1Nc6Xq3Lw9Ys2Df7Gh0Jk5")]
    public void A_discord_token_with_a_long_signature_is_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Credential, value), Find(text));

    [Theory]
    [InlineData("id NGJjZGVmZ2hpamtsbW5vcHFycw.Hk2pQx.Zr4Tm8Vb1Nc6Xq3Lw9Ys2Df7Gh0Jk5Pa8Ue1Io4Ry in the log")]
    [InlineData("artifact MTA5Mzg0NzU2MTAyOTM4NDc1Ng.Hk2pQx.Zr4Tm8Vb1Nc6Xq3Lw9Ys2Df7Gh0Jk5Pa8Ue1Io4RyQw8Ez3Bn")]
    public void A_dotted_id_that_is_not_a_discord_token_stays(string text) =>
        AssertNoPasswordOrCredential(text);

    [Theory]
    [InlineData("   3  Build Bot <ci@noreply.local>")]
    [InlineData("Author: octocat <583231+octocat@users.noreply.github.com>")]
    [InlineData("Co-authored-by: Mia <mia@no-reply.example.org>")]
    public void An_address_on_a_noreply_domain_is_kept(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.Email);

    [Theory]
    [InlineData("FROM_ADDRESS=no-reply@shop.example.com", "no-reply@shop.example.com")]
    [InlineData("Author: Ana Pop <ana.pop@noreplyfirm.ro>", "ana.pop@noreplyfirm.ro")]
    [InlineData("mail noreply-rechnungen@stadtwerke.example.de", "noreply-rechnungen@stadtwerke.example.de")]
    public void A_noreply_mailbox_on_a_real_domain_is_an_address(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Email, value), Find(text));

    [Theory]
    [InlineData("my password 40917735 doesn't work anymore", "40917735")]
    [InlineData("das Passwort 58293174 geht nicht", "58293174")]
    [InlineData("WiFi şifresi 582930 olarak değişti", "582930")]
    [InlineData("salasana 739104 ei toimi", "739104")]
    [InlineData("Mitt passord 40917735 virker ikke", "40917735")]
    [InlineData("the old password 58293174 expired", "58293174")]
    public void A_password_of_digits_only_after_a_bare_space_is_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Password, value), Find(text));

    [Theory]
    [InlineData("password 123456 is still the most used one")]
    [InlineData("salasana 111111 on huono")]
    [InlineData("the password 20240611 rotation is overdue")]
    [InlineData("boarding pass 48291734 for gate 12")]
    [InlineData("the season pass 58291734 covers all parks")]
    [InlineData("password 12345678 characters? no")]
    [InlineData("my password 2024 is old")]
    [InlineData("password policy 582931 was approved")]
    public void A_sequence_a_date_a_pass_or_a_count_after_a_password_word_stays(string text) =>
        AssertNoPasswordOrCredential(text);

    [Theory]
    [InlineData("{\"key\": \"apiKey\", \"value\": \"Vq7Rt2Lx9Pm4Nz8Kc3Wb6Hd1\", \"type\": \"string\"}", "Vq7Rt2Lx9Pm4Nz8Kc3Wb6Hd1")]
    [InlineData("\"bearer\": [{\"key\": \"token\", \"value\": \"Vq7Rt2Lx9Pm4Nz8Kc3Wb6Hd1\", \"type\": \"string\"}]", "Vq7Rt2Lx9Pm4Nz8Kc3Wb6Hd1")]
    [InlineData("{\n  \"key\": \"password\",\n  \"value\": \"Lighthouse!42\"\n}", "Lighthouse!42")]
    public void A_credential_named_by_its_key_field_is_found(string text, string value) =>
        Assert.True(Redacts(text, value));

    [Theory]
    [InlineData("{\"key\": \"Content-Type\", \"value\": \"application/json\"}")]
    [InlineData("{\"key\": \"apiKey\", \"value\": \"{{api_key}}\", \"type\": \"string\"}")]
    [InlineData("{\"key\": \"token_type\", \"value\": \"Bearer\"}")]
    [InlineData("{\"key\": \"requestId\", \"value\": \"Vq7Rt2Lx9Pm4Nz8Kc3Wb6Hd1\"}")]
    [InlineData("{\"key\": \"password\", \"value\": \"\"}")]
    public void A_header_a_placeholder_or_an_id_in_a_key_value_pair_stays(string text) =>
        AssertNoPasswordOrCredential(text);

    [Theory]
    [InlineData("session = APISession(\"u+Qw3rTy7uIo9pAs2dFg\")", "u+Qw3rTy7uIo9pAs2dFg")]
    [InlineData("PagerDuty user token u+Zx8cV_bN2mLk4jHg6f leaked", "u+Zx8cV_bN2mLk4jHg6f")]
    [InlineData("rotate sb_secret_Rt7Yu2Io9Pq4Wm8Ez3Xc6Vb1Nk5 today", "sb_secret_Rt7Yu2Io9Pq4Wm8Ez3Xc6Vb1Nk5")]
    public void A_pagerduty_or_supabase_token_without_a_name_is_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Credential, value), Find(text));

    [Theory]
    [InlineData("the emoji U+1F600 and u+00e9 in the font")]
    [InlineData("menu+settingsPanelOpen2 flag")]
    [InlineData("the publishable key sb_publishable_Rt7Yu2Io9Pq4Wm8Ez3Xc6Vb1Nk5 is public")]
    [InlineData("column sb_secret_rotation_enabled in the table")]
    public void A_code_point_a_compound_or_a_publishable_key_stays(string text) =>
        AssertNoPasswordOrCredential(text);
}
