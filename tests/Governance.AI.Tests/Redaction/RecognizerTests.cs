using System.Text.RegularExpressions;
using Governance.AI.Redaction;

namespace Governance.AI.Tests.Redaction;

public sealed class RecognizerTests
{
    private static readonly RedactionEngine Engine = new(new RedactionOptions());

    private static (string Type, string Value)[] Find(string text, RedactionEngine? engine = null) =>
        [.. (engine ?? Engine).Analyze(text).Select(m => (m.EntityType, text.Substring(m.Start, m.Length)))];

    [Theory]
    [InlineData("Mail jane.doe@example.com today", "EMAIL", "jane.doe@example.com")]
    [InlineData("(x.y+tag@sub.example.co.uk)", "EMAIL", "x.y+tag@sub.example.co.uk")]
    [InlineData("Call (415) 555-0132.", "PHONE", "(415) 555-0132")]
    [InlineData("Call 415.555.0132 now", "PHONE", "415.555.0132")]
    [InlineData("Call +1 415 555 0132 now", "PHONE", "+1 415 555 0132")]
    [InlineData("Tel +44 20 7946 0958", "PHONE", "+44 20 7946 0958")]
    [InlineData("Tel +49 (0)30 1234567", "PHONE", "+49 (0)30 1234567")]
    [InlineData("Tel +33 1 23 45 67 89.", "PHONE", "+33 1 23 45 67 89")]
    [InlineData("Visa 4111 1111 1111 1111", "CREDIT_CARD", "4111 1111 1111 1111")]
    [InlineData("Amex 3782-822463-10005", "CREDIT_CARD", "3782-822463-10005")]
    [InlineData("MC 5555555555554444 ok", "CREDIT_CARD", "5555555555554444")]
    [InlineData("SSN 123-45-6789", "US_SSN", "123-45-6789")]
    [InlineData("ssn: 123456789", "US_SSN", "123456789")]
    [InlineData("IBAN GB82 WEST 1234 5698 7654 32", "IBAN", "GB82 WEST 1234 5698 7654 32")]
    [InlineData("IBAN DE89370400440532013000.", "IBAN", "DE89370400440532013000")]
    [InlineData("from 203.0.113.7:443", "IP_ADDRESS", "203.0.113.7")]
    [InlineData("host 2001:db8::8a2e:370:7334 down", "IP_ADDRESS", "2001:db8::8a2e:370:7334")]
    [InlineData("gw fe80::1%eth0", "IP_ADDRESS", "fe80::1%eth0")]
    [InlineData("Call our London office on 020 7946 0958.", "PHONE", "020 7946 0958")]
    [InlineData("Telefon: 030/1234567", "PHONE", "030/1234567")]
    [InlineData("phone (02) 9876 5432", "PHONE", "(02) 9876 5432")]
    [InlineData("Mobile: 06 12 34 56 78", "PHONE", "06 12 34 56 78")]
    [InlineData("t xapp-1-A0123456789-1234567890123-abcdef0123456789", "SLACK_TOKEN", "xapp-1-A0123456789-1234567890123-abcdef0123456789")]
    [InlineData("url https://hooks.slack.com/services/T0001ABCD/B0002EFGH/abcdefGHIJKL123456789012", "SLACK_TOKEN", "https://hooks.slack.com/services/T0001ABCD/B0002EFGH/abcdefGHIJKL123456789012")]
    [InlineData("STRIPE_WEBHOOK_SECRET=whsec_0123456789abcdefABCDEF012345", "STRIPE_KEY", "whsec_0123456789abcdefABCDEF012345")]
    [InlineData("mapped ::ffff:192.0.2.128 here", "IP_ADDRESS", "::ffff:192.0.2.128")]
    [InlineData("OPENAI_API_KEY=sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAB7CD0EF", "OPENAI_KEY", "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAB7CD0EF")]
    [InlineData("id AKIAIOSFODNN7EXAMPLE,", "AWS_ACCESS_KEY", "AKIAIOSFODNN7EXAMPLE")]
    [InlineData("gh ghp_0123456789abcdefghijABCDEFGHIJ012345", "GITHUB_TOKEN", "ghp_0123456789abcdefghijABCDEFGHIJ012345")]
    [InlineData("t xoxb-123456789012-abcdefABCDEF12", "SLACK_TOKEN", "xoxb-123456789012-abcdefABCDEF12")]
    [InlineData("k AIzaSyA1234567890abcdefghijklmnopqrstuv", "GOOGLE_API_KEY", "AIzaSyA1234567890abcdefghijklmnopqrstuv")]
    [InlineData("s rk_live_0123456789abcdefABCDEF", "STRIPE_KEY", "rk_live_0123456789abcdefABCDEF")]
    public void Finds_each_type(string text, string type, string value) =>
        Assert.Contains((type, value), Find(text));

    [Theory]
    [InlineData("Card 4111 1111 1111 1112 declined")] // Luhn fails
    [InlineData("Number 9111111111111111 is not a card")] // Luhn-valid shape, no scheme starts with 9
    [InlineData("SSN 000-12-3456")]
    [InlineData("SSN 666-12-3456")]
    [InlineData("SSN 912-12-3456")]
    [InlineData("SSN 123-00-4567")]
    [InlineData("SSN 123-45-0000")]
    [InlineData("IBAN GB83 WEST 1234 5698 7654 32")] // bad check digits
    [InlineData("IBAN DE8937040044053201300")] // wrong length for DE
    [InlineData("on 2024-03-15 at 12:30:45")]
    [InlineData("upgrade to version 10.2.3.4")]
    [InlineData("invalid 256.1.1.1 and 1.2.3")]
    [InlineData("std::vector and a::b")]
    [InlineData("step 020 794 609 of the log")] // a 9-digit national shape without a phone word
    [InlineData("call me on 01/12/2024 10:30")] // a date and a time, not a national number
    [InlineData("call back on 030.1234.56.7 or later")] // a one-digit group: not a national number
    [InlineData("see https://hooks.slack.com/services/")] // webhook prefix without its secret
    [InlineData("MAC 00:1A:2B:3C:4D:5E")]
    [InlineData("UUID 123e4567-e89b-12d3-a456-426614174000")]
    [InlineData("ISBN 978-3-16-148410-0")]
    [InlineData("user@localhost and icon@2x.png")]
    [InlineData("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----")]
    [InlineData("sk-learn is not a key; ghp_short neither")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9 alone is not a token")]
    [InlineData("price $1,234.56 and order 4155550132")]
    public void Ignores_near_misses(string text) => Assert.Empty(Find(text));

    [Fact]
    public void Jwt_needs_a_json_header()
    {
        string header = Convert.ToBase64String("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"u8).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        string payload = Convert.ToBase64String("{\"sub\":\"1\"}"u8).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        string token = header + "." + payload + ".c2lnbmF0dXJl";
        Assert.Contains(("JWT", token), Find("Bearer " + token));

        // "eyJ" + garbage that does not decode to a JSON object is no JWT (after "Bearer" it is still a credential).
        Assert.DoesNotContain("JWT", Find("Bearer eyJub3Rqc29u." + payload + ".c2ln").Select(f => f.Type));
        Assert.Empty(Find("see eyJub3Rqc29u." + payload + ".c2ln"));
    }

    [Fact]
    public void Pem_private_key_block_is_one_match_and_public_blocks_are_not()
    {
        string key = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\nq2L5Y\n-----END RSA PRIVATE KEY-----";
        Assert.Equal([("PRIVATE_KEY", key)], Find("key:\n" + key + "\nthanks"));
    }

    [Fact]
    public void Several_pem_blocks_and_a_truncated_one_are_each_found()
    {
        string first = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIB\n-----END EC PRIVATE KEY-----";
        string truncated = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU=";
        string text = "a\n" + first + "\nb\n" + truncated + " (cut off)";
        Assert.Equal([("PRIVATE_KEY", first), ("PRIVATE_KEY", truncated)], Find(text));
    }

    [Fact]
    public void Context_words_raise_low_confidence_matches_over_the_threshold()
    {
        // A bare nine-digit number is an SSN only when the text says so.
        Assert.Empty(Find("reference 123456789"));
        Assert.Equal([("US_SSN", "123456789")], Find("my SSN is 123456789"));

        IReadOnlyList<RedactionMatch> card = Engine.Analyze("card 4111111111111111");
        IReadOnlyList<RedactionMatch> bare = Engine.Analyze("list 4111111111111111");
        Assert.True(card[0].Confidence > bare[0].Confidence);
    }

    [Fact]
    public void Identifier_words_turn_phone_and_ssn_shapes_into_reference_numbers_unless_the_text_says_otherwise()
    {
        Assert.Empty(Find("Order 223-529-4760 shipped"));
        Assert.Empty(Find("ticket #123-45-6789 closed"));
        Assert.Equal([("PHONE", "415-555-0132")], Find("For questions about your order, call 415-555-0132."));
        Assert.Equal([("US_SSN", "123-45-6789")], Find("SSN for the booking: 123-45-6789"));
    }

    [Fact]
    public void Overlaps_resolve_to_the_more_confident_then_longer_match()
    {
        var options = new RedactionOptions();
        options.CustomRecognizers.Add(CustomRecognizer.FromPattern("DIGITS", "[0-9]{4}", confidence: 0.5));
        var engine = new RedactionEngine(options);

        // The card (0.85) beats the overlapping four-digit runs (0.5); the result does not depend on order.
        Assert.Equal([("CREDIT_CARD", "4111 1111 1111 1111")], Find("4111 1111 1111 1111", engine));
        Assert.Equal([("DIGITS", "2024")], Find("year 2024", engine));
    }

    [Fact]
    public void Custom_pattern_with_validator_and_dictionary()
    {
        var options = new RedactionOptions();
        options.CustomRecognizers.Add(CustomRecognizer.FromPattern("ACCOUNT_ID", @"\bACC-[0-9]{6}\b", validator: v => v[^1] != '0'));
        options.CustomRecognizers.Add(CustomRecognizer.FromDictionary("CODENAME", ["Project Falcon", "Bluebird"]));
        var engine = new RedactionEngine(options);

        Assert.Equal(
            [("ACCOUNT_ID", "ACC-123456"), ("CODENAME", "project falcon"), ("CODENAME", "Bluebird")],
            Find("ACC-123456 and ACC-123450 about project falcon and Bluebird, not Bluebirds", engine));
    }

    [Fact]
    public void Custom_regex_must_be_non_backtracking()
    {
        Assert.Throws<ArgumentException>(() => CustomRecognizer.FromRegex("X", new Regex("a+")));
        Assert.Throws<ArgumentException>(() => CustomRecognizer.FromPattern("lower", "a"));
        CustomRecognizer ok = CustomRecognizer.FromRegex("X", new Regex("a+", RegexOptions.NonBacktracking));
        Assert.Equal("X", ok.EntityType);
    }

    [Fact]
    public void Disabled_recognizers_do_not_run()
    {
        var engine = new RedactionEngine(new RedactionOptions { Recognizers = BuiltInRecognizers.AllSecrets });
        Assert.Empty(Find("jane@example.com 4111 1111 1111 1111", engine));
        Assert.Single(Find("AKIAIOSFODNN7EXAMPLE", engine));
    }
}
