using Governance.AI.Redaction;
using static Governance.AI.Tests.Redaction.RecognizerProbe;

namespace Governance.AI.Tests.Redaction;

/// <summary>Issue #17, twenty-fifth round, written from general descriptions of how the values are written (not from a
/// set's rows): a password of a language whose password word has no anchor (Danish, Norwegian, Finnish, Czech, Slovak,
/// Croatian, Polish without "ł") joined to its value by the language's linking word; a password made only of digits; a
/// password word named by its age ("the old pass …") before a value after a bare space; a network written in CIDR
/// notation; a number after <c>00</c> and a country code whose digits do not fit that country's plan. Each family has
/// look-alikes that must stay.</summary>
public sealed class RecognizerRound25Tests
{
    [Theory]
    [InlineData("Jeg kan ikke logge ind. Min adgangskode er Rugbrød#2291, hvad gør jeg?", "Rugbrød#2291")]
    [InlineData("Kodeordet til routeren er Hygge4412x", "Hygge4412x")]
    [InlineData("Mitt kodeord var Fjord8812 før jeg byttet det", "Fjord8812")]
    [InlineData("Salasana on Revontuli_47pohjoinen, tunnus on mlehto.", "Revontuli_47pohjoinen")]
    [InlineData("Salasanani oli Kesä2019! ennen vaihtoa", "Kesä2019!")]
    [InlineData("Heslo do pošty je Vltava-pod-mostem3 a uživatel je jnovak", "Vltava-pod-mostem3")]
    [InlineData("Heslo bylo Praha1990x, teď nevím", "Praha1990x")]
    [InlineData("Lozinka za ruter je Zagreb#2023", "Zagreb#2023")]
    [InlineData("Haslo do wifi to Kotek77!", "Kotek77!")]
    [InlineData("Min adgangskode er  Havblik-7713  (med to mellemrum)", "Havblik-7713")]
    [InlineData("Mitt losenord ar Midsommar#88 sedan i fjol", "Midsommar#88")]
    public void A_foreign_password_joined_by_its_linking_word_is_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Password, value), Find(text));

    [Theory]
    [InlineData("Min adgangskode er udløbet den 12. maj")]
    [InlineData("Adgangskoden er 8 tegn lang og skal skiftes hver 90. dag")]
    [InlineData("Heslo je v trezoru, verze 4.2.1 to neumí")]
    [InlineData("Heslo je 2024 let staré")]
    [InlineData("Salasana on vaihdettu 3 kertaa tänä vuonna")]
    [InlineData("Sandi is 2024Q3ready for the launch")]
    [InlineData("losenordet ar 2020 ars modell")]
    [InlineData("I said to 50 people on 12 May that the score is 4 to 120000")]
    public void A_foreign_password_word_without_a_value_or_a_given_name_stays(string text) =>
        AssertNoPasswordOrCredential(text);

    [Theory]
    [InlineData("Mi contraseña del banco es 582031 y no puedo entrar", "582031")]
    [InlineData("my PIN/password is 73920418, is that too short?", "73920418")]
    [InlineData("the password is 40517293 for the locker app", "40517293")]
    [InlineData("Min adgangskode er 739204", "739204")]
    [InlineData("Hasło do konta to 55120984", "55120984")]
    [InlineData("Passwort: 58204719", "58204719")]
    public void A_password_of_digits_only_is_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Password, value), Find(text));

    [Theory]
    [InlineData("the password is 123456 characters long? no, 16")]
    [InlineData("la contraseña es de 12 caracteres")]
    [InlineData("the password was changed on 20240611 by the admin")]
    [InlineData("password reset ticket is 4471829")]
    [InlineData("the password expires in 900000 seconds")]
    [InlineData("password length is 123456")]
    [InlineData("the password is 2024")]
    public void A_length_a_date_a_ticket_or_a_year_after_a_password_word_stays(string text) =>
        AssertNoPasswordOrCredential(text);

    [Theory]
    [InlineData("the api still accepts the old pass tulip7meadow9 somehow", "tulip7meadow9")]
    [InlineData("my new password rainfall2024x, can you check it?", "rainfall2024x")]
    [InlineData("das alte Passwort sommer2023wind geht noch", "sommer2023wind")]
    public void A_password_named_by_its_age_before_a_bare_value_is_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Password, value), Find(text));

    [Theory]
    [InlineData("the old password policy requires 12 characters")]
    [InlineData("my old pass expired yesterday")]
    [InlineData("the new pass rate is 85% this term")]
    [InlineData("old pass BA2490 for gate 12")]
    [InlineData("the season pass season2024 covers all parks")]
    public void An_aged_pass_without_a_chosen_value_stays(string text) =>
        AssertNoPasswordOrCredential(text);

    [Theory]
    [InlineData("allow tcp from any to 172.31.0.0/16 port 22")]
    [InlineData("Explain what CIDR 10.0.0.0/8 covers")]
    [InlineData("route add 192.168.4.0/24 via the vpn")]
    [InlineData("v=spf1 ip4:192.0.2.0/24 -all")]
    public void A_network_in_CIDR_notation_is_not_an_address(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.IPAddress);

    [Theory]
    [InlineData("inet 192.168.50.23/24 brd 192.168.50.255 scope global", "192.168.50.23")]
    [InlineData("cidr_blocks = [\"81.2.69.160/32\"]", "81.2.69.160")]
    [InlineData("route 10.0.0.0/8 via 10.0.0.1", "10.0.0.1")]
    [InlineData("allow tcp from 172.31.250.14 to 172.31.0.0/16", "172.31.250.14")]
    public void A_host_with_or_near_a_prefix_is_an_address(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.IPAddress, value), Find(text));

    [Theory]
    [InlineData("Pakken er sendt med GLS, nr. 0048 2291 7735.")]
    [InlineData("Sendungsnummer 0033 1234 5678 9 im Lager")]
    [InlineData("reference 0045 123 456 789 on the invoice")]
    public void A_number_after_00_that_does_not_fit_its_countrys_plan_is_not_a_phone(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.Phone);

    [Theory]
    [InlineData("Zadzwoń 0048 601 234 567 po 18", "0048 601 234 567")]
    [InlineData("Ring 0045 31 58 72 04 i morgen", "0045 31 58 72 04")]
    [InlineData("call 001 415 555 0132 from abroad", "001 415 555 0132")]
    [InlineData("Rufen Sie 0049 30 12345678 an", "0049 30 12345678")]
    [InlineData("Zadzwoń +48 2291 7735", "+48 2291 7735")]
    public void A_number_after_00_that_fits_or_a_plus_number_is_a_phone(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Phone, value), Find(text));
}
