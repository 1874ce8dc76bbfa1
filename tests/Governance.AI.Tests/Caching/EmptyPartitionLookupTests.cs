using Governance.AI.Caching;
using Governance.AI.Embeddings.Offline;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.Caching;

/// <summary>
/// A request that may not store its answer skips the semantic lookup (semantic text, embedding, search) where the
/// in-memory store knows its partition holds no vector, and only there: a partition with entries is searched, a
/// request that may store still embeds (its answer is filed under the vector), and another store is always asked.
/// </summary>
public sealed class EmptyPartitionLookupTests
{
    private static ChatOptions Tenant(string tenant) => new ChatOptions().ForCaller(tenant);

    private static ChatOptions NoStore(string tenant) => GovernanceProperties.With(Tenant(tenant), GovernanceProperties.NoStore, true);

    private static GovernanceTestHarness Create(CountingEmbedder embedder, ISemanticCacheStore? store = null) =>
        GovernanceTestHarness.Create(p => p.UseSemanticCache(new SemanticCacheOptions(), store, embedder));

    [Fact]
    public async Task A_no_store_miss_in_an_empty_partition_asks_no_embedder()
    {
        var embedder = new CountingEmbedder();
        GovernanceTestHarness h = Create(embedder);

        ChatResponse miss = await h.Client.GetResponseAsync("What's the weather like?", NoStore("acme"));

        Assert.Equal(0, embedder.Calls);
        Assert.Equal(SemanticCacheProperties.StatusMiss, miss.AdditionalProperties![GovernanceProperties.CacheStatus]);
        Assert.Equal(SemanticCacheReasons.NoStore, miss.AdditionalProperties[SemanticCacheProperties.Reason]);
        Assert.Equal(1, h.Model.CallCount);
    }

    [Fact]
    public async Task A_no_store_paraphrase_is_still_served_from_a_partition_with_entries()
    {
        var embedder = new CountingEmbedder();
        GovernanceTestHarness h = Create(embedder);
        h.Model.Enqueue(FakeReply.Text("Sunny and mild.", 10, 4));

        await h.Client.GetResponseAsync("What's the weather like?", Tenant("acme"));
        ChatResponse hit = await h.Client.GetResponseAsync("How's the weather today?", NoStore("acme"));
        ChatResponse otherTenant = await h.Client.GetResponseAsync("How's the weather today?", NoStore("globex"));

        Assert.Equal(SemanticCacheProperties.TierSemantic, hit.AdditionalProperties![SemanticCacheProperties.Tier]);
        Assert.Equal("Sunny and mild.", hit.Text);
        Assert.Equal(SemanticCacheProperties.StatusMiss, otherTenant.AdditionalProperties![GovernanceProperties.CacheStatus]);
        // The stored request and the paraphrase were embedded; the other tenant's empty partition was not searched.
        Assert.Equal(2, embedder.Calls);
        Assert.Equal(2, h.Model.CallCount);
    }

    [Fact]
    public async Task A_request_that_may_store_embeds_in_an_empty_partition()
    {
        var embedder = new CountingEmbedder();
        GovernanceTestHarness h = Create(embedder);
        h.Model.Enqueue(FakeReply.Text("Sunny and mild.", 10, 4));

        await h.Client.GetResponseAsync("What's the weather like?", Tenant("acme"));
        ChatResponse hit = await h.Client.GetResponseAsync("How's the weather today?", Tenant("acme"));

        Assert.Equal(2, embedder.Calls);
        Assert.Equal(SemanticCacheProperties.TierSemantic, hit.AdditionalProperties![SemanticCacheProperties.Tier]);
    }

    [Fact]
    public async Task Another_store_is_searched_for_a_no_store_request()
    {
        var embedder = new CountingEmbedder();
        var store = new SearchCountingStore();
        GovernanceTestHarness h = Create(embedder, store);

        await h.Client.GetResponseAsync("What's the weather like?", NoStore("acme"));

        Assert.Equal(1, embedder.Calls);
        Assert.Equal(1, store.Searches);
    }

    private sealed class CountingEmbedder() : DelegatingEmbeddingGenerator<string, Embedding<float>>(new WordVectorEmbeddingGenerator())
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public override Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _calls);
            return base.GenerateAsync(values, options, cancellationToken);
        }
    }

    /// <summary>A store of its own (not the in-memory store's type), counting its searches.</summary>
    private sealed class SearchCountingStore : ISemanticCacheStore
    {
        private readonly InMemorySemanticCacheStore _inner = new();
        private int _searches;

        public int Searches => Volatile.Read(ref _searches);

        public ValueTask<SemanticCacheEntry?> GetExactAsync(string partition, string exactKey, CancellationToken cancellationToken = default) =>
            _inner.GetExactAsync(partition, exactKey, cancellationToken);

        public ValueTask<IReadOnlyList<SemanticCacheMatch>> FindSimilarAsync(string partition, ReadOnlyMemory<float> embedding, float minSimilarity, int maxResults, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _searches);
            return _inner.FindSimilarAsync(partition, embedding, minSimilarity, maxResults, cancellationToken);
        }

        public ValueTask SetAsync(SemanticCacheEntry entry, CancellationToken cancellationToken = default) => _inner.SetAsync(entry, cancellationToken);

        public ValueTask<bool> RemoveAsync(string partition, string id, CancellationToken cancellationToken = default) => _inner.RemoveAsync(partition, id, cancellationToken);
    }
}
