using Governance.AI.Redaction;
using static Governance.AI.Tests.Redaction.RecognizerProbe;

namespace Governance.AI.Tests.Redaction;

/// <summary>Issue #17, nineteenth round, written from general descriptions of how values are written (not from a set's
/// rows): an IPv4 address after its label "IPv4"/"ip4" (a label that ends in a digit); the French and Portuguese password
/// phrases written as one identifier in config keys ("mot_de_passe", "motDePasse", "palavra_passe"); "it's" as a linking
/// word and a chat interjection ("lol", "btw") between a password word and its linking word. The look-alikes guard
/// precision.</summary>
public sealed class RecognizerRound19Tests
{
    [Theory]
    [InlineData("the box answers on IPv6 but its IPv4 203.0.113.58 times out", "203.0.113.58")]
    [InlineData("ipv4 81.24.67.190, ipv6 none yet", "81.24.67.190")]
    [InlineData("eth0 got ip4 10.44.3.21 from dhcp", "10.44.3.21")]
    public void An_address_after_its_ipv4_label_is_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.IPAddress, value), Find(text));

    [Theory]
    [InlineData("the tipv4 1.2.3.4 typo")]
    [InlineData("GR60 4257 0976 1234 is not complete")]
    [InlineData("python3 4.15.0.2 release notes")]
    [InlineData("IPv4 uses 32-bit addresses, IPv6 128")]
    public void Digits_after_other_labels_ending_in_a_digit_are_no_ipv4(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.IPAddress);

    [Theory]
    [InlineData("base:\n  utilisateur: compta\n  mot_de_passe: \"Vigne!Lyon58\"", "Vigne!Lyon58")]
    [InlineData("DB_MOT_DE_PASSE=Garonne_2291x", "Garonne_2291x")]
    [InlineData("{ \"motDePasse\": \"Tilleul#7730\" }", "Tilleul#7730")]
    [InlineData("smtp.mot-de-passe = Cerisier44!b", "Cerisier44!b")]
    [InlineData("palavra_passe: Caju*9921lx", "Caju*9921lx")]
    public void French_and_portuguese_password_identifiers_name_a_password(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Password, value), Find(text));

    [Theory]
    [InlineData("mot_de_passe_oublie: /compte/reinitialiser")]
    [InlineData("mot_de_passe: ${DB_MOT_DE_PASSE}")]
    [InlineData("Le lien mot-de-passe-oublie est cassé")]
    [InlineData("motdepasse: <à remplir>")]
    public void Password_identifiers_with_placeholders_or_suffixes_stay(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.Password);

    [Theory]
    [InlineData("the guest wifi password lol it's pinkFalcon?83 don't share", "pinkFalcon?83")]
    [InlineData("router password, ok so the admin password btw is Trx-4471-Qa", "Trx-4471-Qa")]
    [InlineData("my laptop password it's Moss&Fern209", "Moss&Fern209")]
    [InlineData("le mot de passe mdr c'est Prune.Soleil74", "Prune.Soleil74")]
    public void Its_and_chat_interjections_before_a_password_are_read(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Password, value), Find(text));

    [Theory]
    [InlineData("the wifi password lol it's on the fridge")]
    [InlineData("my password it's been months since I changed it")]
    [InlineData("the password its length is checked on submit")]
    [InlineData("your password btw is stored hashed")]
    [InlineData("password lol I forgot it again")]
    public void Its_and_interjections_before_ordinary_words_stay(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.Password);
}
