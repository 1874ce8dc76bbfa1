using Governance.AI.Redaction;

namespace Governance.AI.Tests.Redaction;

public sealed class OperatorTests
{
    private static readonly byte[] Key1 = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];
    private static readonly byte[] Key2 = [.. Enumerable.Range(100, 32).Select(i => (byte)i)];

    private static RedactionEngine EngineWith(string type, EntityPolicy policy, PseudonymKeyRing? ring = null)
    {
        var options = new RedactionOptions { KeyRing = ring };
        options.Policies[type] = policy;
        return new RedactionEngine(options);
    }

    [Fact]
    public void Placeholders_are_indexed_per_type_and_reused_for_the_same_value()
    {
        var engine = new RedactionEngine(new RedactionOptions());
        var vault = new RedactionVault();
        string redacted = engine.Redact("a@example.com, b@example.com, A@Example.com; 4111 1111 1111 1111 = 4111-1111-1111-1111", vault);

        Assert.Equal("<EMAIL_1>, <EMAIL_2>, <EMAIL_1>; <CREDIT_CARD_1> = <CREDIT_CARD_1>", redacted);
        Assert.Equal(3, vault.EntityCounts["EMAIL"]);
        Assert.Equal(2, vault.EntityCounts["CREDIT_CARD"]);

        // The second call of the same request continues the numbering.
        Assert.Equal("<EMAIL_3> and <EMAIL_2>", engine.Redact("c@example.com and b@example.com", vault));
        Assert.Equal("a@example.com wrote to b@example.com", vault.Restore("<EMAIL_1> wrote to <EMAIL_2>"));
    }

    [Fact]
    public void Mask_keeps_the_last_characters_and_the_punctuation()
    {
        RedactionEngine engine = EngineWith("CREDIT_CARD", new EntityPolicy { Operator = RedactionOperator.Mask, MaskKeepLast = 4 });
        Assert.Equal("card ****-****-****-1111.", engine.Redact("card 4111-1111-1111-1111.", new RedactionVault()));

        RedactionEngine hashes = EngineWith("US_SSN", new EntityPolicy { Operator = RedactionOperator.Mask, MaskKeepLast = 0, MaskCharacter = '#' });
        Assert.Equal("SSN ###-##-####", hashes.Redact("SSN 123-45-6789", new RedactionVault()));
    }

    [Fact]
    public void Pseudonyms_are_stable_across_calls_and_change_with_the_key()
    {
        var ring = new PseudonymKeyRing("k1", Key1);
        RedactionEngine engine = EngineWith("EMAIL", new EntityPolicy { Operator = RedactionOperator.Pseudonymize }, ring);

        string first = engine.Redact("from jane@example.com", new RedactionVault());
        string second = engine.Redact("from JANE@example.com", new RedactionVault());
        Assert.Equal(first, second);
        Assert.Matches("^from <EMAIL:k1:[0-9a-f]{16}>$", first);
        Assert.DoesNotContain("jane", first, StringComparison.OrdinalIgnoreCase);

        // A second engine with the same key gives the same pseudonym (stable across processes).
        var sameKey = new PseudonymKeyRing("k1", Key1);
        Assert.Equal(first, EngineWith("EMAIL", new EntityPolicy { Operator = RedactionOperator.Pseudonymize }, sameKey).Redact("from jane@example.com", new RedactionVault()));

        // Rotation: new pseudonyms use k2; the k1 pseudonym can still be recomputed for matching old data.
        ring.AddKey("k2", Key2);
        string rotated = engine.Redact("from jane@example.com", new RedactionVault());
        Assert.Matches("^from <EMAIL:k2:[0-9a-f]{16}>$", rotated);
        Assert.NotEqual(first, rotated);
        Assert.Equal(first, "from " + ring.Pseudonymize("EMAIL", "jane@example.com", "k1"));
        Assert.Equal(["k1", "k2"], ring.KeyIds.Order(StringComparer.Ordinal));
        Assert.Throws<ArgumentException>(() => ring.AddKey("k2", Key2));
        Assert.Throws<ArgumentException>(() => ring.AddKey("k3", new byte[8]));
        Assert.Throws<KeyNotFoundException>(() => ring.Pseudonymize("EMAIL", "x", "k9"));
    }

    [Fact]
    public void Pseudonyms_are_not_restored()
    {
        var ring = new PseudonymKeyRing("k1", Key1);
        RedactionEngine engine = EngineWith("EMAIL", new EntityPolicy { Operator = RedactionOperator.Pseudonymize }, ring);
        var vault = new RedactionVault();
        string redacted = engine.Redact("jane@example.com", vault);
        Assert.Equal(redacted, vault.Restore(redacted));
    }

    [Fact]
    public void Remove_drops_the_value()
    {
        RedactionEngine engine = EngineWith("IP_ADDRESS", new EntityPolicy { Operator = RedactionOperator.Remove });
        Assert.Equal("from  today", engine.Redact("from 203.0.113.7 today", new RedactionVault()));
    }

    [Fact]
    public void Block_throws_a_typed_exception_naming_the_type_but_not_the_value()
    {
        RedactionEngine engine = EngineWith("US_SSN", new EntityPolicy { Operator = RedactionOperator.Block });
        SensitiveDataBlockedException ex = Assert.Throws<SensitiveDataBlockedException>(
            () => engine.Redact("SSN 123-45-6789 and 234-56-7890", new RedactionVault()));

        Assert.Equal("US_SSN", ex.EntityType);
        Assert.Equal(2, ex.Count);
        Assert.Contains("US_SSN", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("6789", ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("7890", ex.ToString(), StringComparison.Ordinal);

        // In a response, block acts as a placeholder (the response is not the caller's to block).
        Assert.Equal("SSN <US_SSN_1>", engine.RedactResponse("SSN 123-45-6789", new RedactionVault()));
    }

    [Fact]
    public void Secrets_get_placeholders_but_are_never_restored()
    {
        var engine = new RedactionEngine(new RedactionOptions());
        var vault = new RedactionVault();
        string redacted = engine.Redact("key AKIAIOSFODNN7EXAMPLE for jane@example.com", vault);
        Assert.Equal("key <AWS_ACCESS_KEY_1> for <EMAIL_1>", redacted);
        Assert.Equal("key <AWS_ACCESS_KEY_1> for jane@example.com", vault.Restore(redacted));
        Assert.False(vault.TryGetOriginal("<AWS_ACCESS_KEY_1>", out _));
    }

    [Fact]
    public void Response_redaction_placeholders_are_not_restored_but_request_values_are()
    {
        var engine = new RedactionEngine(new RedactionOptions());
        var vault = new RedactionVault();
        engine.Redact("I am jane@example.com", vault);

        string response = engine.RedactResponse("Write to <EMAIL_1>, jane@example.com or bob@example.org", vault);
        Assert.Equal("Write to <EMAIL_1>, <EMAIL_1> or <EMAIL_2>", response);
        Assert.Equal("Write to jane@example.com, jane@example.com or <EMAIL_2>", vault.Restore(response));
    }

    [Fact]
    public void Options_are_validated_with_their_keys()
    {
        var options = new RedactionOptions { MinimumConfidence = 2, MaxInputLength = 0 };
        options.Policies["bad name"] = new EntityPolicy();
        options.Policies["EMAIL"] = new EntityPolicy { Operator = RedactionOperator.Pseudonymize, MaskKeepLast = -1 };

        var ex = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => new RedactionEngine(options));
        string all = string.Join("\n", ex.Failures);
        Assert.Contains("AiGovernance:Redaction:MinimumConfidence", all, StringComparison.Ordinal);
        Assert.Contains("AiGovernance:Redaction:MaxInputLength", all, StringComparison.Ordinal);
        Assert.Contains("'bad name'", all, StringComparison.Ordinal);
        Assert.Contains("AiGovernance:Redaction:Policies:EMAIL:MaskKeepLast", all, StringComparison.Ordinal);
        Assert.Contains("AiGovernance:Redaction:KeyRing", all, StringComparison.Ordinal);
    }
}
