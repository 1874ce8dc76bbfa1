using Governance.AI.Redaction;
using static Governance.AI.Tests.Redaction.RecognizerProbe;

namespace Governance.AI.Tests.Redaction;

/// <summary>Issue #17, thirteenth round (the dev13 development set): a version word lowers a dotted quad's confidence only
/// when it labels that quad (not another number between them, not across a clause, not as the end of a temporal phrase
/// such as "after the update"); a dotted quad has no decimal part, so a comma after it separates a list; a phone-shaped
/// number in a list with a phone is a phone; Twilio's account SID is a secret like its API key. The cases that expect a
/// match failed on the code before; the cases that expect none guard precision (versions, ranges, order and ticket
/// numbers, dates, UUIDs, ISBNs, tracking numbers, amounts).</summary>
public sealed class RecognizerRound13Tests
{
    [Theory]
    [InlineData("23:00:24 <ops_bot> deploy of build 20260306.7 to 10.165.85.96 and 10.245.89.79 finished", "10.165.85.96")]
    [InlineData("release 2.4 went out to 10.20.30.40 last night", "10.20.30.40")]
    [InlineData("After the update 10.0.0.7 failed to boot", "10.0.0.7")]
    [InlineData("since the upgrade 10.1.2.3 has been unreachable", "10.1.2.3")]
    [InlineData("Nach dem Update 10.4.5.6 antwortet nicht mehr", "10.4.5.6")]
    [InlineData("we applied the firmware update; 10.2.3.4 rebooted twice", "10.2.3.4")]
    public void Quads_a_version_word_does_not_label_are_addresses(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.IPAddress, value), Find(text));

    [Theory]
    [InlineData("version 1.2.3.4 is out")]
    [InlineData("build: 4.2.1.3 is green")]
    [InlineData("upgraded to 5.1.0.3 yesterday")]
    [InlineData("version 1.2.3.4 to 1.2.3.5 changed the parser")]
    [InlineData("after update 4.2.1.0 the login broke")]
    [InlineData("the build 2.0.1.3 is green")]
    [InlineData("after the version 1.0.0.2 rollout")]
    [InlineData("Released on 2026-12-04: patch 3.1.4.1 for order 4411-2290")]
    public void Quads_a_version_word_labels_stay_versions(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.IPAddress);

    [Theory]
    [InlineData("ALLOWED_HOSTS=31.163.3.95,2600:1f18:15e3:5219::51d6,localhost", "31.163.3.95")]
    [InlineData("allow 10.1.2.3,2001:db8::1 only", "10.1.2.3")]
    public void A_comma_after_a_dotted_quad_separates_a_list(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.IPAddress, value), Find(text));

    [Theory]
    [InlineData("Export total 1.100.200.250,50 EUR")]
    [InlineData("UUID 123e4567-e89b-12d3-a456-426614174000, ISBN 978-3-16-148410-0")]
    public void Thousands_groupings_and_identifiers_are_not_addresses(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.IPAddress);

    [Theory]
    [InlineData("Finska kontoret: 040 015 0198, danska kontoret: 21 33 26 00.", "21 33 26 00")]
    [InlineData("Ring the Helsinki desk on 040 015 0198 or Copenhagen,\n21 33 26 00", "21 33 26 00")]
    [InlineData("Helsinki office mobile: 040 015 0198, the Copenhagen office: 21 33 26 00", "21 33 26 00")]
    public void A_phone_shaped_number_in_a_list_with_a_phone_is_a_phone(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Phone, value), Find(text));

    [Theory]
    [InlineData("Call 040 015 0198 about order 21 33 26 00", "21 33 26 00")]
    [InlineData("Helsinki desk, mobile 040 015 0198. The lottery draw gave 21 33 26 00", "21 33 26 00")]
    [InlineData("Call 040 015 0198 at 9:30, codes 21 33 26 00", "21 33 26 00")]
    [InlineData("Scores: 21 33 26 00 and 12 14 16 18", "21 33 26 00")]
    [InlineData("Tel. 040 015 0198, ticket 2113 2600, shipped 2026-12-04, tracking 1Z999AA10123456784", "2113 2600")]
    public void Numbers_outside_a_list_of_phones_stay(string text, string value) =>
        Assert.DoesNotContain((RedactionEntityTypes.Phone, value), Find(text));

    [Theory]
    [InlineData("TWILIO_ACCOUNT_SID=AC294c231d482dd1637a477baca6dbd554", "AC294c231d482dd1637a477baca6dbd554")]
    [InlineData("client = Client('ACbf019e4f53fb64220537e1001d8b1e60', token)", "ACbf019e4f53fb64220537e1001d8b1e60")]
    public void Twilio_account_sids_are_secrets(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.TwilioKey, value), Find(text));

    [Theory]
    [InlineData("call sid CA294c231d482dd1637a477baca6dbd554 ended")]
    [InlineData("id ACDEADBEEF0123456789ABCDEF01234567 in the log")]
    [InlineData("md5 ac294c231d482dd1637a477baca6dbd5")]
    public void Other_sids_and_hex_ids_are_not_twilio_keys(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.TwilioKey);
}
