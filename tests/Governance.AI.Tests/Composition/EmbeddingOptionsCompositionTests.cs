using Governance.AI.Budgets;
using Governance.AI.Caching;
using Governance.AI.Embeddings;
using Governance.AI.Tests.Embeddings;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using static Governance.AI.Tests.Embeddings.EmbeddingTestKit;
using static Governance.AI.Tests.Seams.SeamTestKit;

namespace Governance.AI.Tests.Composition;

/// <summary>
/// Governed embeddings (<c>AddAiEmbeddingGovernance</c>: cache and budget) with request options that change the
/// vectors a provider returns: provider-specific <see cref="EmbeddingGenerationOptions.AdditionalProperties"/> (for
/// example a retrieval provider's <c>input_type</c>, which embeds a query and a document differently) and a
/// <see cref="EmbeddingGenerationOptions.RawRepresentationFactory"/>.
/// </summary>
public sealed class EmbeddingOptionsCompositionTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));

    private (ServiceProvider Services, IEmbeddingGenerator<string, Embedding<float>> Generator) Governed(RecordingEmbeddingGenerator provider)
    {
        ServiceCollection services = Services(_clock);
        services.AddAiEmbeddingGovernance(provider).AddCache().AddBudgets(o => o.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Tokens = 10_000 }));
        ServiceProvider sp = services.BuildServiceProvider();
        return (sp, sp.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>());
    }

    private static EmbeddingGenerationOptions InputType(string inputType, string user = "alice")
    {
        EmbeddingGenerationOptions options = new EmbeddingGenerationOptions { ModelId = "embed-v3" }.ForCaller("acme", user);
        options.AdditionalProperties!["input_type"] = inputType;
        return options;
    }

    [Fact]
    public async Task A_provider_specific_option_keys_the_embedding_cache_and_the_callers_own_keys_do_not()
    {
        // Invariant: the same text embedded as a document and then as a query is two different requests (the
        // provider answers each with its own vector, so each is sent and charged); the same request again is a
        // hit whichever user of the tenant sends it, since the caller's keys never reach the provider.
        var provider = new RecordingEmbeddingGenerator();
        (ServiceProvider sp, IEmbeddingGenerator<string, Embedding<float>> generator) = Governed(provider);
        using ServiceProvider owned = sp;

        await generator.GenerateAsync(["reset a password"], InputType("search_document"));
        GeneratedEmbeddings<Embedding<float>> query = await generator.GenerateAsync(["reset a password"], InputType("search_query"));
        GeneratedEmbeddings<Embedding<float>> again = await generator.GenerateAsync(["reset a password"], InputType("search_query", user: "bob"));

        Assert.Equal(2, provider.Calls.Count);
        Assert.Equal(["search_document", "search_query"], provider.Calls.Select(c => (string)c.Options!.AdditionalProperties!["input_type"]!));
        Assert.Equal("miss", query.AdditionalProperties![GovernanceProperties.CacheStatus]);
        Assert.Equal("hit", again.AdditionalProperties![GovernanceProperties.CacheStatus]);
        Assert.Equal(2 * "reset a password".Length, await UsedTokensAsync(sp.GetRequiredService<IBudgetStore>(), "acme", _clock));
    }

    [Fact]
    public async Task A_request_the_cache_cannot_tell_apart_from_another_is_sent_to_the_provider_every_time()
    {
        // Invariant: a raw-representation factory (a delegate, with no comparable form) or a provider option whose
        // value has no JSON form may change the vectors in ways the key cannot see: such requests are never served
        // from, nor stored in, the cache, so no two of them share an entry.
        var provider = new RecordingEmbeddingGenerator();
        (ServiceProvider sp, IEmbeddingGenerator<string, Embedding<float>> generator) = Governed(provider);
        using ServiceProvider owned = sp;
        EmbeddingGenerationOptions WithFactory(int dimensions)
        {
            EmbeddingGenerationOptions options = For("acme", "embed-v3");
            options.RawRepresentationFactory = _ => new { dimensions };
            return options;
        }

        EmbeddingGenerationOptions WithOpaqueOption(int truncateAt)
        {
            EmbeddingGenerationOptions options = For("acme", "embed-v3");
            options.AdditionalProperties!["truncate"] = (Func<string, string>)(text => text[..Math.Min(truncateAt, text.Length)]);
            return options;
        }

        await generator.GenerateAsync(["reset a password"], WithFactory(256));
        await generator.GenerateAsync(["reset a password"], WithFactory(1024));
        await generator.GenerateAsync(["reset a password"], WithOpaqueOption(5));
        await generator.GenerateAsync(["reset a password"], WithOpaqueOption(50));
        GeneratedEmbeddings<Embedding<float>> plain = await generator.GenerateAsync(["reset a password"], For("acme", "embed-v3"));

        Assert.Equal(5, provider.Calls.Count);
        Assert.Equal("miss", plain.AdditionalProperties![GovernanceProperties.CacheStatus]);
        Assert.Equal(0, plain.AdditionalProperties[CachingEmbeddingGenerator.CacheHitsKey]);
    }

    [Fact]
    public async Task A_factory_the_caller_describes_is_cached_under_its_description()
    {
        // Invariant (as for chat): with SemanticCacheProperties.RawRepresentationKey the description joins the cache
        // key, so the same description again is a hit, another description is another request (never served the
        // first's vector), and a request without a factory shares neither entry. The factory reaches the provider;
        // the description, a governance key, does not.
        var provider = new RecordingEmbeddingGenerator();
        (ServiceProvider sp, IEmbeddingGenerator<string, Embedding<float>> generator) = Governed(provider);
        using ServiceProvider owned = sp;
        EmbeddingGenerationOptions Described(int dimensions)
        {
            EmbeddingGenerationOptions options = For("acme", "embed-v3");
            options.RawRepresentationFactory = _ => new { dimensions };
            options.AdditionalProperties![SemanticCacheProperties.RawRepresentationKey] = "dimensions=" + dimensions;
            return options;
        }

        GeneratedEmbeddings<Embedding<float>> first = await generator.GenerateAsync(["reset a password"], Described(256));
        GeneratedEmbeddings<Embedding<float>> again = await generator.GenerateAsync(["reset a password"], Described(256));
        GeneratedEmbeddings<Embedding<float>> other = await generator.GenerateAsync(["reset a password"], Described(1024));
        GeneratedEmbeddings<Embedding<float>> plain = await generator.GenerateAsync(["reset a password"], For("acme", "embed-v3"));

        Assert.Equal("miss", first.AdditionalProperties![GovernanceProperties.CacheStatus]);
        Assert.Equal("hit", again.AdditionalProperties![GovernanceProperties.CacheStatus]);
        Assert.Equal("miss", other.AdditionalProperties![GovernanceProperties.CacheStatus]);
        Assert.Equal("miss", plain.AdditionalProperties![GovernanceProperties.CacheStatus]);
        Assert.Equal(3, provider.Calls.Count);
        Assert.Equal([true, true, false], provider.Calls.Select(c => c.Options?.RawRepresentationFactory is not null));
        Assert.DoesNotContain(provider.Calls, c => c.Options?.AdditionalProperties?.ContainsKey(SemanticCacheProperties.RawRepresentationKey) == true);
    }

    [Fact]
    public async Task A_description_without_a_factory_is_not_part_of_the_request()
    {
        // Invariant: the description stands for a factory; without one it describes nothing the provider sees (it is
        // removed before the provider), so it neither splits nor bypasses the cache.
        var provider = new RecordingEmbeddingGenerator();
        (ServiceProvider sp, IEmbeddingGenerator<string, Embedding<float>> generator) = Governed(provider);
        using ServiceProvider owned = sp;
        EmbeddingGenerationOptions stray = For("acme", "embed-v3");
        stray.AdditionalProperties![SemanticCacheProperties.RawRepresentationKey] = "dimensions=256";

        await generator.GenerateAsync(["reset a password"], For("acme", "embed-v3"));
        GeneratedEmbeddings<Embedding<float>> described = await generator.GenerateAsync(["reset a password"], stray);

        Assert.Single(provider.Calls);
        Assert.Equal("hit", described.AdditionalProperties![GovernanceProperties.CacheStatus]);
    }
}
