using System.Text;
using Governance.AI.Redaction;

namespace Governance.AI.Tests.Redaction;

public sealed class StreamingRestoreTests
{
    private static (RedactionVault Vault, string Response) Setup()
    {
        var engine = new RedactionEngine(new RedactionOptions());
        var vault = new RedactionVault();
        engine.Redact("from jane@example.com and bob@example.org, call +44 20 7946 0958, key AKIAIOSFODNN7EXAMPLE", vault);

        // Known placeholders, a secret's placeholder, an unknown one, and '<' that is not a placeholder at all.
        string response = "Dear <EMAIL_1>, cc <EMAIL_2>; a < b and <b>bold</b>; <PHONE_1><PHONE_1> " +
            "<AWS_ACCESS_KEY_1> stays, <EMAIL_9> unknown, <EMAIL_ and <<EMAIL_2>> end <EMAIL_1>";
        return (vault, response);
    }

    private static string Run(RedactionVault vault, IEnumerable<string> chunks)
    {
        StreamingPlaceholderRestorer restorer = vault.CreateStreamingRestorer();
        var output = new StringBuilder();
        foreach (string chunk in chunks)
        {
            output.Append(restorer.Push(chunk));
        }

        return output.Append(restorer.Flush()).ToString();
    }

    [Fact]
    public void Every_single_chunk_boundary_restores_the_same_text()
    {
        (RedactionVault vault, string response) = Setup();
        string expected = vault.Restore(response);
        Assert.Contains("Dear jane@example.com, cc bob@example.org", expected, StringComparison.Ordinal);
        Assert.Contains("<AWS_ACCESS_KEY_1> stays", expected, StringComparison.Ordinal);

        for (int i = 0; i <= response.Length; i++)
        {
            Assert.Equal(expected, Run(vault, [response[..i], response[i..]]));
        }
    }

    [Fact]
    public void Every_pair_of_chunk_boundaries_restores_the_same_text()
    {
        (RedactionVault vault, string response) = Setup();
        string expected = vault.Restore(response);
        for (int i = 0; i <= response.Length; i++)
        {
            for (int j = i; j <= response.Length; j++)
            {
                Assert.Equal(expected, Run(vault, [response[..i], response[i..j], response[j..]]));
            }
        }
    }

    [Fact]
    public void One_character_chunks_restore_the_same_text()
    {
        (RedactionVault vault, string response) = Setup();
        Assert.Equal(vault.Restore(response), Run(vault, response.Select(c => c.ToString())));
    }

    [Fact]
    public void Text_is_released_as_soon_as_it_cannot_be_a_placeholder()
    {
        (RedactionVault vault, _) = Setup();
        StreamingPlaceholderRestorer restorer = vault.CreateStreamingRestorer();
        Assert.Equal("Hello ", restorer.Push("Hello <EM"));
        Assert.True(restorer.HasPending);
        Assert.Equal("<EMx", restorer.Push("x"));
        Assert.Equal("jane@example.com!", restorer.Push("<EMAIL_1>!"));
        Assert.Equal(string.Empty, restorer.Push("<EMAIL_1"));
        Assert.Equal("<EMAIL_1", restorer.Flush());
    }

    [Fact]
    public void A_vault_without_restorable_values_passes_chunks_through()
    {
        var vault = new RedactionVault();
        StreamingPlaceholderRestorer restorer = vault.CreateStreamingRestorer();
        Assert.Equal("a <EMAIL_", restorer.Push("a <EMAIL_"));
        Assert.Equal(string.Empty, restorer.Flush());
    }
}
