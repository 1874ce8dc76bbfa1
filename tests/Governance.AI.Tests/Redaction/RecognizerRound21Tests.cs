using Governance.AI.Redaction;
using static Governance.AI.Tests.Redaction.RecognizerProbe;

namespace Governance.AI.Tests.Redaction;

/// <summary>Issue #17, twenty-first round, written from general descriptions of how values are written (not from a set's
/// rows): an address after a host name that opens its line ("web01 198.51.100.23") or after another address and one
/// space ("nameservers 192.0.2.53 192.0.2.54"); a compact SSN next to a formatted
/// one; "pw" as a password word in prose; a German contracted preposition ("fürs", "beim") in a password's qualifier; a
/// value before another credential's name ("… as the secret"); an OpenAI organization id. The look-alikes guard
/// precision.</summary>
public sealed class RecognizerRound21Tests
{
    [Theory]
    [InlineData("inventory:\nweb01 198.51.100.23\napi2 203.0.113.99", "198.51.100.23")]
    [InlineData("inventory:\nweb01 198.51.100.23\napi2 203.0.113.99", "203.0.113.99")]
    [InlineData("  - cache3 10.4.5.6 (internal)", "10.4.5.6")]
    [InlineData("node-7 172.31.4.18\nnode-8 172.31.4.19", "172.31.4.19")]
    public void An_address_after_a_host_name_opening_its_line_is_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.IPAddress, value), Find(text));

    [Theory]
    [InlineData("We tested python3 4.15.0.2 yesterday")]
    [InlineData("Release notes: build 7 4.2.0.1 shipped")]
    [InlineData("GR16 0110 1250 0000 0001 2300 695")]
    [InlineData("version2 1.2.3.4.5 of the schema")]
    public void A_quad_after_a_word_ending_in_a_digit_inside_a_line_stays_unread_as_an_address(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.IPAddress);

    [Theory]
    [InlineData("dns-nameservers 192.0.2.53 192.0.2.54", "192.0.2.54")]
    [InlineData("route add 10.2.3.0 mask 255.255.255.0 10.2.3.1", "10.2.3.1")]
    public void An_address_after_another_quad_and_one_space_is_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.IPAddress, value), Find(text));

    [Theory]
    [InlineData("schema 1.2.3.4.5 6.7.8.9 of the document")]
    [InlineData("at 10.11.12 13.14.15.16 minutes")]
    public void A_quad_after_a_longer_dotted_number_stays(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.IPAddress);

    [Fact]
    public void A_host_name_line_keeps_a_version_word_reading()
    {
        // The line-opening rule only lets the address be proposed; a version word after the quad still makes it a version.
        Assert.DoesNotContain(Find("app3 4.1.0.2 was the last version affected"), f => f.Type == RedactionEntityTypes.IPAddress);
    }

    [Theory]
    [InlineData("The intake form took 219-09-9999 but rejected 219099999 for the SSN", "219099999")]
    [InlineData("SSN 219-09-9999; the applicant later typed 219099998 instead", "219099998")]
    public void A_compact_ssn_next_to_a_formatted_one_is_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.UsSsn, value), Find(text));

    [Theory]
    [InlineData("SSN 219-09-9999, order no. 219099998 shipped")]
    [InlineData("SSN 219-09-9999. The tracking number 219099998 arrived later")]
    [InlineData("ticket 219-09-9999 was merged with 219099998")]
    public void A_nine_digit_number_near_an_ssn_but_labelled_or_past_a_sentence_stays(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.UsSsn && f.Value.StartsWith("2190999", StringComparison.Ordinal) && !f.Value.Contains('-'));

    [Theory]
    [InlineData("my gmail pw is Tq7$vLm2!rk so you can log in", "Tq7$vLm2!rk")]
    [InlineData("the router pw was Hx9!corvid22", "Hx9!corvid22")]
    public void A_value_after_pw_in_prose_is_found(string text, string value) =>
        Assert.True(Redacts(text, value));

    [Theory]
    [InlineData("the pw is too short and my pw was rejected")]
    [InlineData("pw reset link expired, the pw is stored hashed")]
    [InlineData("upward trend, kpw is 12")]
    public void Prose_about_a_pw_stays(string text) =>
        AssertNoPasswordOrCredential(text);

    [Theory]
    [InlineData("Das Passwort fürs WLAN lautet Kuckuck#7731 – danke.", "Kuckuck#7731")]
    [InlineData("Das Kennwort beim Router ist Brezel!2024x", "Brezel!2024x")]
    [InlineData("le mot de passe au portail est Mouette#5520", "Mouette#5520")]
    public void A_password_after_a_contracted_preposition_qualifier_is_found(string text, string value) =>
        Assert.True(Redacts(text, value));

    [Theory]
    [InlineData("Das Passwort fürs WLAN lautet wie immer")]
    [InlineData("Das Passwort beim Router ist abgelaufen")]
    public void A_contracted_qualifier_without_a_value_stays(string text) =>
        AssertNoPasswordOrCredential(text);

    [Theory]
    [InlineData("I typed Pq9!nova#42 as the secret for the webhook", "Pq9!nova#42")]
    [InlineData("Zr8Kq2Vm7Lx4Wn9Tb is the token for the staging bot", "Zr8Kq2Vm7Lx4Wn9Tb")]
    public void A_value_before_a_credential_name_is_found(string text, string value) =>
        Assert.True(Redacts(text, value));

    [Theory]
    [InlineData("We used rosemary as the secret ingredient")]
    [InlineData("this is the token of our thanks")]
    [InlineData("3f9e1a7c2b6d8e0f4a5c is the token id in the log")]
    public void Prose_before_a_credential_name_stays(string text) =>
        AssertNoPasswordOrCredential(text);

    [Theory]
    [InlineData("-H \"OpenAI-Organization: org-Ab3dE5fG7hJ9kL1mN3pQ5rS7\"", "org-Ab3dE5fG7hJ9kL1mN3pQ5rS7")]
    [InlineData("openai.organization = \"org-Zx8Yw7Vu6Ts5Rq4Po3Nm2Lk1\"", "org-Zx8Yw7Vu6Ts5Rq4Po3Nm2Lk1")]
    public void An_openai_organization_id_is_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Credential, value), Find(text));

    [Theory]
    [InlineData("the org-chart is in the wiki, see org-unit-2024 too")]
    [InlineData("the github org-abcdefghijklmnopqrstuvwx slug")]
    [InlineData("placeholder org-XXXXXXXXXXXXXXXXXXXXXXXX in the docs")]
    [InlineData("id org-Ab3dE5fG7hJ9kL1mN3pQ5rS7x9 is too long")]
    public void Org_look_alikes_stay(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.Credential);
}
