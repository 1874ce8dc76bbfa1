using Governance.AI.Caching;
using Governance.AI.Embeddings.Offline;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.Caching;

/// <summary>The cache's switches are read in one pass over the request's properties, as keyed lookups read them: ignoring case, by type.</summary>
public sealed class CacheSwitchTests
{
    private static GovernanceTestHarness Create() =>
        GovernanceTestHarness.Create(p => p.UseSemanticCache(new SemanticCacheOptions(), null, new WordVectorEmbeddingGenerator()));

    private static ChatOptions With(string key, object? value) => GovernanceProperties.With(new ChatOptions().ForCaller("acme"), key, value);

    [Fact]
    public async Task Switches_are_found_whatever_the_case_of_their_key()
    {
        GovernanceTestHarness h = Create();

        ChatResponse bypass = await h.Client.GetResponseAsync("Hello there", With(GovernanceProperties.NoCache.ToUpperInvariant(), true));
        ChatResponse notStored = await h.Client.GetResponseAsync("Hello there", With("Governance.No_Store", true));
        ChatResponse stillMiss = await h.Client.GetResponseAsync("Hello there", new ChatOptions().ForCaller("acme"));

        Assert.Equal(SemanticCacheProperties.StatusBypass, bypass.AdditionalProperties![GovernanceProperties.CacheStatus]);
        Assert.Equal(SemanticCacheReasons.NoStore, notStored.AdditionalProperties![SemanticCacheProperties.Reason]);
        Assert.Equal(SemanticCacheProperties.StatusMiss, stillMiss.AdditionalProperties![GovernanceProperties.CacheStatus]);
    }

    [Fact]
    public async Task A_switch_of_another_type_is_off()
    {
        GovernanceTestHarness h = Create();

        ChatResponse first = await h.Client.GetResponseAsync("Hello there", With(GovernanceProperties.NoStore, "true"));
        ChatResponse second = await h.Client.GetResponseAsync("Hello there", With(GovernanceProperties.NoCache, 1));

        Assert.Equal(SemanticCacheProperties.StatusMiss, first.AdditionalProperties![GovernanceProperties.CacheStatus]);
        Assert.Equal(SemanticCacheProperties.StatusHit, second.AdditionalProperties![GovernanceProperties.CacheStatus]);
    }

    [Fact]
    public async Task No_cache_is_found_among_many_keys_and_next_to_no_store()
    {
        GovernanceTestHarness h = Create();
        ChatOptions options = With(GovernanceProperties.NoStore, true);
        for (int i = 0; i < 6; i++)
        {
            options.AdditionalProperties!["app.key" + i] = i;
        }

        options.AdditionalProperties![GovernanceProperties.NoCache] = true;

        ChatResponse bypass = await h.Client.GetResponseAsync("Hello there", options);
        ChatResponse again = await h.Client.GetResponseAsync("Hello there", options);

        Assert.Equal(SemanticCacheProperties.StatusBypass, bypass.AdditionalProperties![GovernanceProperties.CacheStatus]);
        Assert.Equal(SemanticCacheReasons.NoCache, bypass.AdditionalProperties![SemanticCacheProperties.Reason]);
        Assert.Equal(SemanticCacheProperties.StatusBypass, again.AdditionalProperties![GovernanceProperties.CacheStatus]);
        Assert.Equal(2, h.Model.CallCount);
    }

    [Fact]
    public async Task A_request_for_a_cheaper_model_is_a_partition_of_its_own()
    {
        GovernanceTestHarness h = Create();

        await h.Client.GetResponseAsync("Hello there", new ChatOptions().ForCaller("acme"));
        ChatResponse cheaper = await h.Client.GetResponseAsync("Hello there", With(GovernanceProperties.PreferCheaperModel, true));
        ChatResponse cheaperAgain = await h.Client.GetResponseAsync("Hello there", With(GovernanceProperties.PreferCheaperModel, true));
        ChatResponse asFirst = await h.Client.GetResponseAsync("Hello there", With(GovernanceProperties.PreferCheaperModel, false));

        Assert.Equal(SemanticCacheProperties.StatusMiss, cheaper.AdditionalProperties![GovernanceProperties.CacheStatus]);
        Assert.Equal(SemanticCacheProperties.StatusHit, cheaperAgain.AdditionalProperties![GovernanceProperties.CacheStatus]);
        Assert.Equal(SemanticCacheProperties.StatusHit, asFirst.AdditionalProperties![GovernanceProperties.CacheStatus]);
        Assert.Equal(2, h.Model.CallCount);
    }
}
