using Governance.AI.Redaction;
using static Governance.AI.Tests.Redaction.RecognizerProbe;

namespace Governance.AI.Tests.Redaction;

/// <summary>Issue #17 item 2, eighth round (found with HeldOut/pii-dev8.jsonl, written from the numbering plans, ISO 13616
/// and vendors' formats, and the heldout7 dev set): labels glued to their number ("Tel:0711…", "tel.0151…", "SSN-…",
/// "NO.…", "SSN#:…"), a field comma before a date in a CSV row, a card wrapped over two lines of a form, Danish and
/// Norwegian four pairs, Polish bracketed area codes, German 12-digit mobiles, the preposition "no", vendor tokens with a
/// digit or a dot in their prefix and more developer tools' tokens found bare, Russian 8-800 and 8-4xx numbers, Norwegian
/// 3-2-3 mobiles, Santiago's "(2)", a slash then dashed groups ("064/214-1900"), 8-digit trunk-0 numbers after a phone word, Spanish key names with the qualifier last and shell parameter expansions. Every case
/// that expects a match failed on the code before; the cases that expect none guard precision.</summary>
public sealed class RecognizerRound8Tests
{
    [Theory]
    [InlineData("Rückruf bitte Tel:07111234567.", "07111234567")]
    [InlineData("Frau Lang, tel.015112345678, Auftrag folgt", "015112345678")]
    [InlineData("Tél.:02 345 67 89", "02 345 67 89")]
    [InlineData("TEL:06-6123-4567", "06-6123-4567")]
    [InlineData("FAX:(06) 6123-4568", "(06) 6123-4568")]
    [InlineData("Tel.:8 (495) 123-45-67", "8 (495) 123-45-67")]
    [InlineData("Mob.415-555-0132", "415-555-0132")]
    public void A_phone_label_glued_to_its_number_is_a_phone_word(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Phone, value), Find(text));

    [Theory]
    [InlineData("SSN-219-09-9999 (W-2 copy)", "219-09-9999")]
    [InlineData("SOCIAL SECURITY NO.219-09-9999", "219-09-9999")]
    [InlineData("Borrower SSN#:219099999", "219099999")]
    public void An_ssn_label_glued_to_its_number_is_an_ssn_word(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.UsSsn, value), Find(text));

    [Theory]
    [InlineData("Part ABC-219-09-9999 is in stock.")]
    [InlineData("Lot-219-09-9999 shipped.")]
    [InlineData("ver.10.0.0.1 was released")]
    [InlineData("Order No.0711 4533 9812 shipped")]
    public void A_glued_label_that_is_no_type_word_finds_nothing(string text) =>
        Assert.Empty(Find(text));

    [Theory]
    [InlineData("order,card,exp\n1001,4111111111111111,09/29", RedactionEntityTypes.CreditCard, "4111111111111111")]
    [InlineData("id,name,ssn,hired\n7,Ann Lee,219099999,01.02.2024", RedactionEntityTypes.UsSsn, "219099999")]
    [InlineData("Card number: 4111 1111\n1111 1111\nExpiry: 09/29", RedactionEntityTypes.CreditCard, "4111 1111\n1111 1111")]
    public void Values_in_records_are_found_before_a_date_field_or_over_a_wrapped_line(string text, string type, string value) =>
        Assert.Contains((type, value), Find(text));

    [Theory]
    [InlineData("Paid 4111111111111111,50 EUR")]
    [InlineData("Batch 4111 1111\n1111 1112")]
    [InlineData("4111 1111\n1111 1111 1111")]
    public void A_comma_before_a_short_fraction_and_lines_of_other_numbers_are_not_records(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.CreditCard);

    [Theory]
    [InlineData("Ticket update: 74 93 08 59 (my own mobile).", "74 93 08 59")]
    [InlineData("Hotline 8 800 555-35-35 (free)", "8 800 555-35-35")]
    [InlineData("Li Wei\n8-495-123-45-67", "8-495-123-45-67")]
    [InlineData("Ingrid Haugen\n473 71 914", "473 71 914")]
    [InlineData("Ana Lima\t(2) 2711 2849\tSantiago", "(2) 2711 2849")]
    [InlineData("Regards,\nNadia K.\n064/214-1900", "064/214-1900")]
    [InlineData("Please call me on 098/735-054 tomorrow.", "098/735-054")]
    [InlineData("Please call me on 03 731 133 tomorrow.", "03 731 133")]
    [InlineData("Zamówienie\nTel. kom. (22) 891 86 41", "(22) 891 86 41")]
    [InlineData("Ligue para a cliente no 00351 231 344 302 hoje.", "00351 231 344 302")]
    public void National_formats_of_more_plans_are_phones(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Phone, value), Find(text));

    [Theory]
    [InlineData("Winning numbers: 03 11 19 24 36 41.")]
    [InlineData("Customer No 4155550132 was refunded.")]
    [InlineData("Order 74 93 08 59 shipped.")]
    [InlineData("Kickoff at 12 30 45 00")]
    [InlineData("Scores: 21 14 28 17 after four rounds")]
    [InlineData("Room 01 234 567 is booked.")]
    [InlineData("call id 0123-4567 at 10:30")]
    [InlineData("Dates 03/12-2024 and 01-02-2023, call us")]
    [InlineData("Step (2) 2024 2025 budgets")]
    public void Pairs_lists_reference_numbers_and_numbers_starting_with_1_are_not_phones(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.Phone);

    [Theory]
    [InlineData("trace uses 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 ok", "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")]
    [InlineData("key EZAK3f9Qw2LmZ8xR4tYp1NvB7cK0sD6hJ5gF2aE9uI3oP8lM4nB7vC1xZ6qW now", "EZAK3f9Qw2LmZ8xR4tYp1NvB7cK0sD6hJ5gF2aE9uI3oP8lM4nB7vC1xZ6qW")]
    [InlineData("pat 1/1204755123456:0a1b2c3d4e5f60718293a4b5c6d7e8f9 here", "1/1204755123456:0a1b2c3d4e5f60718293a4b5c6d7e8f9")]
    [InlineData("- HRKU-AAbC3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9fG1hJ3kL5mN7pQ9rS1tU3v", "HRKU-AAbC3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9fG1hJ3kL5mN7pQ9rS1tU3v")]
    [InlineData("found ATBB1ybRMdZOKaVHJc248NzEzlaebzZc0iNh in the logs", "ATBB1ybRMdZOKaVHJc248NzEzlaebzZc0iNh")]
    [InlineData("r8_1q1efeQyLtnIz0VZY6dzamDLbYNNCTJgTZfDO", "r8_1q1efeQyLtnIz0VZY6dzamDLbYNNCTJgTZfDO")]
    [InlineData("bkua_0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d", "bkua_0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d")]
    [InlineData("shippo_live_0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d", "shippo_live_0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d")]
    [InlineData("aio_fc7ywO9BQRYbunr0ssZhkobWF1gz", "aio_fc7ywO9BQRYbunr0ssZhkobWF1gz")]
    [InlineData("CCIPAT_dkuMKm64UEkOi9nIvavclx_0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d", "CCIPAT_dkuMKm64UEkOi9nIvavclx_0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d")]
    [InlineData("CLOJARS_0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6de", "CLOJARS_0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6de")]
    public void Vendor_tokens_with_a_digit_in_their_prefix_are_credentials(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Credential, value), Find(text));

    [Fact]
    public void A_cloudflare_origin_ca_key_is_a_credential()
    {
        string key = "v1.0-" + new string('a', 12) + "0123456789ab" + "-" + string.Concat(Enumerable.Repeat("0123456789abcdef", 9)) + "01";

        Assert.Contains((RedactionEntityTypes.Credential, key), Find($"Origin CA key: {key}"));
    }

    [Theory]
    [InlineData("Bot token: 987654321:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData("ratio 1/2:0a1b2c3d4e5f60718293a4b5c6d7e8f9")]
    [InlineData("lsv2_pt_<your-key>")]
    [InlineData("aio_http_client_session_manager_v2")]
    [InlineData("r8_register_value_for_the_second_bank")]
    public void Placeholders_and_short_fractions_are_not_vendor_tokens(string text) =>
        Assert.Empty(Find(text));

    [Theory]
    [InlineData("[db]\nclave_bd = Rt7#pQ2wZx\ncontrasena_admin = Rt7#pQ2wZx91", "Rt7#pQ2wZx91")]
    [InlineData("senha_banco: Rt7#pQ2wZx91", "Rt7#pQ2wZx91")]
    public void Spanish_and_portuguese_password_names_with_a_qualifier_after_them_name_a_password(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Password, value), Find(text));

    [Theory]
    [InlineData("export API_TOKEN=${API_TOKEN:?set it first}")]
    [InlineData("password: ${DB_PASSWORD:-postgres}")]
    public void A_shell_parameter_expansion_is_a_reference_not_a_credential(string text) =>
        Assert.Empty(Find(text));
}
