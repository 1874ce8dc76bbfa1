using Governance.AI.Embeddings;
using Governance.AI.Redaction;
using Microsoft.Extensions.AI;
using static Governance.AI.Tests.Embeddings.EmbeddingTestKit;

namespace Governance.AI.Tests.Embeddings;

public sealed class EmbeddingRedactionTests
{
    [Fact]
    public async Task Inputs_reach_the_provider_redacted_and_the_callers_list_is_unchanged()
    {
        var provider = new RecordingEmbeddingGenerator();
        using var redacting = new RedactingEmbeddingGenerator(provider, new RedactionOptions());
        string[] values = ["write to alice@example.com today", "no personal data here"];

        GeneratedEmbeddings<Embedding<float>> result = await redacting.GenerateAsync(values, For("acme"));

        string[] sent = provider.Calls.Single().Values;
        Assert.DoesNotContain("alice@example.com", sent[0], StringComparison.Ordinal);
        Assert.Equal("no personal data here", sent[1]);
        Assert.Equal("write to alice@example.com today", values[0]);
        var counts = Assert.IsAssignableFrom<IReadOnlyDictionary<string, int>>(result.AdditionalProperties![GovernanceProperties.Redactions]);
        Assert.Equal(1, counts.Values.Sum());
        Assert.DoesNotContain("alice", string.Join(",", counts.Keys), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_redacts_to_the_same_text_at_any_position_of_any_batch()
    {
        var provider = new RecordingEmbeddingGenerator();
        using var redacting = new RedactingEmbeddingGenerator(provider, new RedactionOptions());

        await redacting.GenerateAsync(["mail bob@example.org"], For("acme"));
        await redacting.GenerateAsync(["mail carol@example.net", "mail bob@example.org"], For("acme"));

        (string[] Values, EmbeddingGenerationOptions? Options)[] calls = [.. provider.Calls];
        Assert.Equal(calls[0].Values[0], calls[1].Values[1]);
        Assert.Equal(calls[1].Values[0], calls[1].Values[1]);
    }

    [Fact]
    public async Task A_blocked_entity_type_rejects_the_batch_before_the_provider()
    {
        var provider = new RecordingEmbeddingGenerator();
        var options = new RedactionOptions();
        options.Policies["EMAIL"] = new EntityPolicy { Operator = RedactionOperator.Block };
        using var redacting = new RedactingEmbeddingGenerator(provider, options);

        SensitiveDataBlockedException blocked = await Assert.ThrowsAsync<SensitiveDataBlockedException>(
            () => redacting.GenerateAsync(["fine", "mail dave@example.com"], For("acme")));

        Assert.Equal("EMAIL", blocked.EntityType);
        Assert.DoesNotContain("dave", blocked.Message, StringComparison.Ordinal);
        Assert.Empty(provider.Calls);
    }
}
