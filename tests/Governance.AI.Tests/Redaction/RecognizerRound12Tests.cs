using Governance.AI.Redaction;
using static Governance.AI.Tests.Redaction.RecognizerProbe;

namespace Governance.AI.Tests.Redaction;

/// <summary>Issue #17, twelfth round (the dev12 development set and probes written from RFC 4291/5952, the ITU numbering
/// plans and vendors' documented formats): addresses glued to SPF and "IPv6:" labels, dashed ranges and EC2 host names;
/// object identifiers and quads a version word follows kept; international numbers with a slash after the area code or a
/// spaced "00"; Italian 2-7 and Czech 3-3-3 numbers; more vendors' tokens found bare; password words in Swedish, Polish,
/// Norwegian and Russian, a qualifier holding a file name, and "application key" (Datadog). Every case that expects a match
/// failed on the code before, except the last two addresses, which guard the new version-word rule; the cases that expect
/// none guard precision.</summary>
public sealed class RecognizerRound12Tests
{
    [Theory]
    [InlineData("v=spf1 ip4:192.0.2.25 -all", "192.0.2.25")] // round 25: a network ("ip4:192.0.2.0/24") names no host
    [InlineData("v=spf1 ip6:2001:db8::/32 -all", "2001:db8::")]
    [InlineData("IPv6:2001:db8::42 is the relay", "2001:db8::42")]
    [InlineData("IPv4:10.20.30.40 is the relay", "10.20.30.40")]
    [InlineData("ip6:fe80::1 only", "fe80::1")]
    [InlineData("DHCP range 10.0.0.100-10.0.0.200 on vlan 20", "10.0.0.100")]
    [InlineData("DHCP range 10.0.0.100-10.0.0.200 on vlan 20", "10.0.0.200")]
    [InlineData("the node ip-10-0-1-23.ec2.internal went down", "10-0-1-23")]
    [InlineData("My home IP is 193.41.166.78 and the tunnel gets 10.23.84.9. Client version 4.10.08025.", "10.23.84.9")]
    [InlineData("host 10.0.0.5 runs the new release", "10.0.0.5")]
    public void Addresses_glued_to_labels_ranges_and_host_names_are_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.IPAddress, value), Find(text));

    [Theory]
    [InlineData("After the update, 192.168.1.7 stopped responding", "192.168.1.7")]
    [InlineData("Updated DNS to 203.0.113.53 today", "203.0.113.53")]
    [InlineData("build agent reachable at http://10.0.0.9/admin", "10.0.0.9")]
    [InlineData("patched 10.0.0.1:8080 yesterday", "10.0.0.1")]
    public void Quads_written_only_as_addresses_are_addresses_after_version_words(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.IPAddress, value), Find(text));

    [Theory]
    [InlineData("version 1.2.3.4 is out")]
    [InlineData("firmware 4.2.1.3 flashed")]
    [InlineData("CN OID 2.5.4.3 and OID: 1.3.6.1")]
    [InlineData("urn:oid:2.5.4.10 is organizationName")]
    [InlineData("fixed in the parser (1.2.3.4 was the last version affected)")]
    [InlineData("chart 5.1.0.3 released last week")]
    [InlineData("ip-10-0-1-300.ec2.internal")]
    [InlineData("zip-10-0-1-23 is a part number")]
    public void Object_identifiers_and_versions_are_not_addresses(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.IPAddress);

    [Theory]
    [InlineData("Büro +49 89/1234567, Fax folgt", "+49 89/1234567")]
    [InlineData("Wien +43 1/234 56 78", "+43 1/234 56 78")]
    [InlineData("Zentrale +49 (0) 89 / 12 34 56-78", "+49 (0) 89 / 12 34 56-78")]
    [InlineData("London office 00 44 20 7946 0958", "00 44 20 7946 0958")]
    [InlineData("Milan showroom: 02 4175715, open 10:00-19:00.", "02 4175715")]
    [InlineData("Call me on 212 345 678 tomorrow.", "212 345 678")]
    public void International_slashes_spaced_prefixes_and_more_national_groupings_are_phones(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Phone, value), Find(text));

    [Theory]
    [InlineData("Invoice total 212 345 678 units")]
    [InlineData("codes 00 12 34 56")]
    [InlineData("ratio +1 2/3 of the votes")]
    public void Thousands_groupings_and_short_codes_are_not_phones(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.Phone);

    [Theory]
    [InlineData("token gloas-cccc3fc1626e53a13043b026c48bbf33feff9243a8f506b40928b5b7a767c76f here", RedactionEntityTypes.GitLabToken)]
    [InlineData("trigger glptt-c6f5da2cec255404e4fb440034d6608697a8d41b here", RedactionEntityTypes.GitLabToken)]
    [InlineData("agent glagent-i0B3JrTAwR4y9ojfljoQoaF1LlqsajAIxNKu8iS2G8NPRVdD53 here", RedactionEntityTypes.GitLabToken)]
    [InlineData("register with GR1348941ihA_2O76UMFxFkM_R5Kj now", RedactionEntityTypes.GitLabToken)]
    [InlineData("org token 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 here", RedactionEntityTypes.HuggingFaceToken)]
    [InlineData("https://hooks.slack.com/workflows/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", RedactionEntityTypes.SlackToken)]
    [InlineData("https://hooks.slack.com/triggers/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", RedactionEntityTypes.SlackToken)]
    [InlineData("mailgun 7a683536c4499d863386ce10cd79e048-c07dd775-3eda83d7 key", RedactionEntityTypes.Credential)]
    [InlineData("jfrog AKCpyLza7wk38puJuFrs4nsdXbkJeM3wCQdHy1CwVWgHo9RV7jAvQwiRmNN2r01HgV2V7WErY key", RedactionEntityTypes.Credential)]
    [InlineData("meta EAAGhhhz4iILo3ojQKDVzk80b8OySAM1MHcz8dXxvzp1vTB1KZ6u0z2JduHj9R7wp3BQOaxgHleuBmGQboiAzX7DOcZ44cc3PNr6RNrOIZ7cNgqh token", RedactionEntityTypes.Credential)]
    [InlineData("hubspot pat-na1-4d30d3fc-4d83-cee9-b9bc-ca0fce9594dc token", RedactionEntityTypes.Credential)]
    [InlineData("plaid access-production-9447a3d5-4ec6-390b-f611-89639e35aeeb token", RedactionEntityTypes.Credential)]
    [InlineData("launchdarkly sdk-95210ef2-a83f-df6a-0b29-872400c49b55 key", RedactionEntityTypes.Credential)]
    [InlineData("sonar squ_ddceb1be0273dbc46dfcea25bab29539ad5966d5 token", RedactionEntityTypes.Credential)]
    [InlineData("posthog phx_gYU1tVNuylP0wuoxiJ6x11qpdcgKZO60Tz5d8nFBFUk key", RedactionEntityTypes.Credential)]
    [InlineData("typeform tfp_CZKRwKmEfIuHDBI6O3jz9MNfZZdURvMQtKKA8xEQPit3 token", RedactionEntityTypes.Credential)]
    [InlineData("render rnd_ASVzVN1orHfw88BC7vSGVS11OOCGdRSn key", RedactionEntityTypes.Credential)]
    [InlineData("fly fo1_US0d7FZTmxLoICfZfu3zMtWfNwD_G3SaoKfgFoeOASl token", RedactionEntityTypes.Credential)]
    [InlineData("1password ops_eyJcrOg258LewmCNybdo4zLW9cCdNppock7L2lua530DtAMq94F8epRyRTLoAtz4TFbY3pflkwyla4szJxhvI3yvzPe9hB06wJpymDswpBcrQbvZjpTifmrI1Yi token", RedactionEntityTypes.Credential)]
    [InlineData("tavily 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 key", RedactionEntityTypes.Credential)]
    [InlineData("octopus API-16I5MC9QL8KP8QPDKWW0FMTII5 key", RedactionEntityTypes.Credential)]
    [InlineData("razorpay rzp_live_QEpTpaGSCi7PwS key", RedactionEntityTypes.Credential)]
    [InlineData("flutterwave FLWSECK-924754ec21ef66b01d4921da2e055c90-X key", RedactionEntityTypes.Credential)]
    [InlineData("elevenlabs sk_a067e24bdb7ec83756378368f7e732d2e433ec56f24b1c71 key", RedactionEntityTypes.Credential)]
    public void Vendor_tokens_are_found_bare(string text, string type)
    {
        // The token is the sentence's longest word.
        string token = text.Split(' ').MaxBy(w => w.Length)!;
        Assert.Contains((type, token), Find(text));
    }

    [Theory]
    [InlineData("request 550e8400-e29b-41d4-a716-446655440000 failed")]
    [InlineData("sdk-550e8400 is a build tag")]
    [InlineData("API-GATEWAY-TIMEOUT-ERROR-CODE is shown")]
    [InlineData("glpat-xxxxxxxxxxxxxxxxxxxx in the docs")]
    [InlineData("access-production-logs is the bucket")]
    [InlineData("EAAB is an airline code")]
    [InlineData("sk_live_ is the prefix of live keys")]
    public void Identifiers_and_placeholders_are_not_tokens(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type is RedactionEntityTypes.Credential or RedactionEntityTypes.GitLabToken);

    [Theory]
    [InlineData("Mitt lösenord är Xk29!pqLmz8", "Xk29!pqLmz8")]
    [InlineData("Hasło do serwera: Tq8#mZp2Lk", "Tq8#mZp2Lk")]
    [InlineData("hasło do panelu: lBd*!rfNAs1xhC.", "lBd*!rfNAs1xhC")]
    [InlineData("пароль: Zx81!kqPw", "Zx81!kqPw")]
    [InlineData("Passordet er Kq7!mZ2pLx", "Kq7!mZ2pLx")]
    [InlineData("Passwort in der config.ini ist uiY2xpS!tj1J – bitte nicht weitergeben!", "uiY2xpS!tj1J")]
    [InlineData("the Datadog application key is 3f9a1c2e4b5d6a7f8e9d0c1b2a3f4e5d6c7b8a90", "3f9a1c2e4b5d6a7f8e9d0c1b2a3f4e5d6c7b8a90")]
    [InlineData("DD-APPLICATION-KEY: 3f9a1c2e4b5d6a7f8e9d0c1b2a3f4e5d6c7b8a90", "3f9a1c2e4b5d6a7f8e9d0c1b2a3f4e5d6c7b8a90")]
    public void Password_words_of_more_languages_and_application_keys_introduce_credentials(string text, string value) =>
        Assert.Contains(Find(text), f => f.Value == value);

    [Theory]
    [InlineData("Das Passwort im Klartext ist verboten.")]
    [InlineData("Hasło do konta zostało zmienione.")]
    [InlineData("The password in the config.ini is stored hashed")]
    [InlineData("exit code=1 after 3 retries")]
    [InlineData("The application key is missing from the request.")]
    public void Prose_about_passwords_and_keys_finds_no_credential(string text) =>
        AssertNoPasswordOrCredential(text);
}
