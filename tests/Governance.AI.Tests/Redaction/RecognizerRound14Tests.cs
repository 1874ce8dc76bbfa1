using Governance.AI.Redaction;
using static Governance.AI.Tests.Redaction.RecognizerProbe;

namespace Governance.AI.Tests.Redaction;

/// <summary>Issue #17, fourteenth round (the dev14 development set): an address written with its port the way logs write
/// it (HAProxy's unbracketed <c>address:port</c> after a full IPv6 address, tcpdump's and BSD netstat's <c>address.port</c>);
/// a netmask and the unspecified <c>0.0.0.0</c> name no host; a verb that moves something to a version labels the quad
/// after "to" a few words later; a number after "units of" or a replacement word ("replaces", "superseded by") is an
/// article number; spaced 3-3-4 numbers outside the NANP plan are phones (IT, CO, GR). The cases that expect a match
/// failed on the code before; the cases that expect none guard precision.</summary>
public sealed class RecognizerRound14Tests
{
    [Theory]
    [InlineData("haproxy[56309]: 2604:a880:492d:f047:0000:0000:ff12:76e8:50412 [09/May/2024:03:05:00.123]", "2604:a880:492d:f047:0000:0000:ff12:76e8")]
    [InlineData("from 2001:db8:1:2:3:4:5:6:443 accepted", "2001:db8:1:2:3:4:5:6")]
    [InlineData("12:01:02.123456 IP 192.0.2.20.52211 > 93.184.216.34.443: Flags [S]", "192.0.2.20")]
    [InlineData("12:01:02.123456 IP 192.0.2.20.52211 > 93.184.216.34.443: Flags [S]", "93.184.216.34")]
    [InlineData("IP6 2001:db8::20.52211 > 2606:2800:220:1:248:1893:25c8:1946.443: Flags [S]", "2001:db8::20")]
    [InlineData("IP6 2001:db8::20.52211 > 2606:2800:220:1:248:1893:25c8:1946.443: Flags [S]", "2606:2800:220:1:248:1893:25c8:1946")]
    [InlineData("tcp4  0  0  10.0.1.5.22   203.0.113.8.61234   ESTABLISHED", "10.0.1.5")]
    public void Addresses_with_a_port_as_logs_write_them_are_found_without_the_port(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.IPAddress, value), Find(text));

    [Theory]
    [InlineData("Subnetzmaske 255.255.255.192, Gateway laut Router")]
    [InlineData("netmask 255.255.0.0 broadcast")]
    [InlineData("listening on 0.0.0.0:8080")]
    [InlineData("release 1.2.3.4.5 shipped")]
    [InlineData("Release notes 1.1.843: bumped the embedded agent to 3.9.10.69, fixed a crash")]
    [InlineData("Softwarestand 2.4.8.223.")]
    public void Masks_unspecified_addresses_and_versions_are_not_addresses(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.IPAddress);

    [Theory]
    [InlineData("Ticket: IP laut Router 141.100.116.240, Maske 255.255.255.192", "141.100.116.240")]
    [InlineData("we updated the gateway to 10.0.0.1 yesterday", "10.0.0.1")]
    [InlineData("The service binds to 127.0.0.1 only.", "127.0.0.1")]
    public void Hosts_next_to_masks_and_version_verbs_stay_addresses(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.IPAddress, value), Find(text));

    [Theory]
    [InlineData("interested in 40 units of 350-167-0505. Quote valid until 16/01/2023.")]
    [InlineData("Part number SKU-ITT-32684 replaces 856-984-9078. Unit weight 83 x 265 x 69 mm.")]
    [InlineData("Item 4411 was superseded by 856-984-9078 in March.")]
    public void Article_numbers_after_quantities_and_replacement_words_are_not_phones(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.Phone);

    [Theory]
    [InlineData("My new cell replaces 415-555-0199 from today", "415-555-0199")]
    [InlineData("Phone 415-555-0142 replaces 415-555-0199", "415-555-0199")]
    [InlineData("Saluti, Marco Rossi, 333 123 4567", "333 123 4567")]
    [InlineData("Regards, Nikos Pappas, 210 123 4567", "210 123 4567")]
    [InlineData("Saludos, Camila Gómez, 300 123 4567", "300 123 4567")]
    public void Phones_next_to_replacement_words_and_spaced_numbers_outside_the_plan_are_phones(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Phone, value), Find(text));
}
