using Governance.AI.Redaction;
using static Governance.AI.Tests.Redaction.RecognizerProbe;

namespace Governance.AI.Tests.Redaction;

/// <summary>Issue #17 item 2, third round (found with HeldOut/pii-dev3.jsonl): credentials named in Dutch, in compounds and
/// behind a qualifier in seven languages, XML key/value attributes, Entra ID client secrets, redis-cli's <c>-a</c>,
/// vendor keys filled with a placeholder character, and phone numbers in brackets, Brazilian mobiles without brackets and
/// Portuguese landlines. Every case that expects a match failed on the code before; the cases that expect none guard
/// precision.</summary>
public sealed class RecognizerRound3Tests
{
    [Theory]
    [InlineData("Mijn wachtwoord is lIqKRL4Ace$, graag wijzigen.", "lIqKRL4Ace$")]
    [InlineData("Het wachtwoord van de beheerder: UxJ9XP3SDJ!", "UxJ9XP3SDJ!")]
    [InlineData("Das Kennwort für den Server lautet FYCYVG#Rbf5e5M – danke.", "FYCYVG#Rbf5e5M")]
    [InlineData("Passwort für den Tresor: IX20g8*eRsHzJStZYQU_", "IX20g8*eRsHzJStZYQU_")]
    [InlineData("Voici le mot de passe du compte de test : Winter6245$", "Winter6245$")]
    [InlineData("Mi contraseña del correo: 34viN-M*CX6VgdgTv, gracias.", "34viN-M*CX6VgdgTv")]
    [InlineData("Senha do banco de dados: nordlicht-granite-59 (urgente)", "nordlicht-granite-59")]
    [InlineData("A palavra-passe é Falcao2024! e expira amanhã.", "Falcao2024!")]
    [InlineData("Datenbankpasswort=Qm7#vLp2xR", "Qm7#vLp2xR")]
    [InlineData("<add key=\"SmtpPassword\" value=\"vTQJv2dpALLU5M\" />", "vTQJv2dpALLU5M")]
    [InlineData("redis-cli -h cache-01 -a Quartz724% INFO keyspace", "Quartz724%")]
    [InlineData("la clave del wifi es Gato2024!x", "Gato2024!x")]
    [InlineData("mdp : Soleil2024!", "Soleil2024!")]
    [InlineData("user: ana / pw: Soleil2024!", "Soleil2024!")]
    public void Passwords_are_found_by_their_name_in_any_of_the_languages(string text, string value) =>
        Assert.Equal([(RedactionEntityTypes.Password, value)], Find(text));

    [Fact]
    public void An_entra_client_secret_is_an_azure_key_even_in_prose()
    {
        const string Text = "The app registration secret value is dA95Q~1EScNaPQ1g0kMHdHED5R.chZD8hQ4qaADn and it expires soon.";

        Assert.Equal([(RedactionEntityTypes.AzureKey, "dA95Q~1EScNaPQ1g0kMHdHED5R.chZD8hQ4qaADn")], Find(Text));
    }

    [Fact]
    public void A_pypi_token_is_reported_under_its_own_name()
    {
        const string Token = "pypi-AgEIcHlwaS5vcmcCJDAbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEfGhIjKlMnOpQrSt";

        Assert.Equal([(RedactionEntityTypes.PyPiToken, Token)], Find($"the upload token {Token} leaked in CI"));
    }

    [Theory]
    [InlineData("(+34 653 357 885)", "+34 653 357 885")]
    [InlineData("Caller list: 11 92828 8362 and nobody else.", "11 92828 8362")]
    [InlineData("Ligue para 21 98765-4321 amanhã.", "21 98765-4321")]
    [InlineData("| Porto | 22 403 4626 |", "22 403 4626")]
    public void Phone_numbers_in_brackets_and_without_a_trunk_prefix_are_found(string text, string value) =>
        Assert.Equal([(RedactionEntityTypes.Phone, value)], Find(text));

    [Theory]
    [InlineData("Use a token like ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX in the docs.")]
    [InlineData("STRIPE_KEY=sk_live_0000000000000000000000000")]
    [InlineData("ls -a Quartz724Fx /tmp")] // "-a" is "all" outside redis-cli
    [InlineData("Das Passwort für den Account ist abgelaufen.")]
    [InlineData("Het wachtwoord van de beheerder is verlopen.")]
    [InlineData("<add key=\"PasswordPolicy\" value=\"strict\" />")]
    [InlineData("The release notes for 2.4Q~3 are out.")]
    [InlineData("Revenue was 22 403 4626 € last year.")]
    [InlineData("La clave es importante para entender el problema.")]
    public void Fillers_other_flags_prose_and_amounts_are_kept(string text) => Assert.Empty(Find(text));
}
