using Governance.AI.Embeddings;
using Microsoft.Extensions.AI;
using static Governance.AI.Tests.Embeddings.EmbeddingTestKit;

namespace Governance.AI.Tests.Embeddings;

public sealed class EmbeddingCacheTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_batch_of_ten_with_seven_cached_sends_only_the_three_misses_and_keeps_the_order()
    {
        var provider = new RecordingEmbeddingGenerator();
        using var cache = new CachingEmbeddingGenerator(provider, new EmbeddingCacheOptions(), timeProvider: _clock);
        string[] batch = [.. Enumerable.Range(0, 10).Select(i => "value number " + i)];
        int[] cached = [0, 1, 3, 4, 6, 8, 9];
        await cache.GenerateAsync([.. cached.Select(i => batch[i])], For("acme"));

        GeneratedEmbeddings<Embedding<float>> result = await cache.GenerateAsync(batch, For("acme"));

        Assert.Equal(["value number 2", "value number 5", "value number 7"], provider.Calls.Last().Values);
        Assert.Equal(10, result.Count);
        for (int i = 0; i < batch.Length; i++)
        {
            Assert.Equal(provider.Embed(batch[i]), result[i].Vector.ToArray());
        }

        Assert.Equal(7, result.AdditionalProperties![CachingEmbeddingGenerator.CacheHitsKey]);
        Assert.Equal("miss", result.AdditionalProperties[GovernanceProperties.CacheStatus]);
        Assert.Equal(3 * "value number 2".Length, result.Usage!.InputTokenCount);
    }

    [Fact]
    public async Task A_fully_cached_batch_does_not_call_the_provider_and_reports_no_usage()
    {
        var provider = new RecordingEmbeddingGenerator();
        using var cache = new CachingEmbeddingGenerator(provider, new EmbeddingCacheOptions(), timeProvider: _clock);
        await cache.GenerateAsync(["a", "b"], For("acme"));

        GeneratedEmbeddings<Embedding<float>> result = await cache.GenerateAsync(["b", "a"], For("acme"));

        Assert.Single(provider.Calls);
        Assert.Equal("hit", result.AdditionalProperties![GovernanceProperties.CacheStatus]);
        Assert.Null(result.Usage);
        Assert.Equal(provider.Embed("b"), result[0].Vector.ToArray());
    }

    [Fact]
    public async Task Tenants_never_share_entries_unless_configured()
    {
        var provider = new RecordingEmbeddingGenerator();
        using var cache = new CachingEmbeddingGenerator(provider, new EmbeddingCacheOptions(), timeProvider: _clock);
        await cache.GenerateAsync(["same text"], For("acme"));

        await cache.GenerateAsync(["same text"], For("globex"));
        Assert.Equal(2, provider.Calls.Count);

        using var shared = new CachingEmbeddingGenerator(provider, new EmbeddingCacheOptions { ShareAcrossTenants = true }, timeProvider: _clock);
        await shared.GenerateAsync(["same text"], For("acme"));
        await shared.GenerateAsync(["same text"], For("globex"));
        Assert.Equal(3, provider.Calls.Count);
    }

    [Fact]
    public async Task The_model_and_the_dimensions_are_part_of_the_key()
    {
        var provider = new RecordingEmbeddingGenerator();
        using var cache = new CachingEmbeddingGenerator(provider, new EmbeddingCacheOptions(), timeProvider: _clock);
        await cache.GenerateAsync(["text"], For("acme", "model-a"));

        await cache.GenerateAsync(["text"], For("acme", "model-b"));
        EmbeddingGenerationOptions smaller = For("acme", "model-a");
        smaller.Dimensions = 8;
        await cache.GenerateAsync(["text"], smaller);
        await cache.GenerateAsync(["text"], For("acme", "model-a"));

        Assert.Equal(3, provider.Calls.Count);
    }

    [Fact]
    public async Task No_store_reads_but_does_not_write_and_no_cache_skips_both()
    {
        var provider = new RecordingEmbeddingGenerator();
        using var cache = new CachingEmbeddingGenerator(provider, new EmbeddingCacheOptions(), timeProvider: _clock);
        EmbeddingGenerationOptions noStore = For("acme");
        noStore.AdditionalProperties![GovernanceProperties.NoStore] = true;

        await cache.GenerateAsync(["x"], noStore);
        await cache.GenerateAsync(["x"], For("acme"));
        Assert.Equal(2, provider.Calls.Count);

        GeneratedEmbeddings<Embedding<float>> read = await cache.GenerateAsync(["x"], noStore);
        Assert.Equal(2, provider.Calls.Count);
        Assert.Equal("hit", read.AdditionalProperties![GovernanceProperties.CacheStatus]);

        EmbeddingGenerationOptions noCache = For("acme");
        noCache.AdditionalProperties![GovernanceProperties.NoCache] = true;
        await cache.GenerateAsync(["x"], noCache);
        Assert.Equal(3, provider.Calls.Count);
    }

    [Fact]
    public async Task Entries_expire_after_the_time_to_live_on_the_policy_clock()
    {
        var provider = new RecordingEmbeddingGenerator();
        using var cache = new CachingEmbeddingGenerator(provider, new EmbeddingCacheOptions { TimeToLive = TimeSpan.FromMinutes(10) }, timeProvider: _clock);
        await cache.GenerateAsync(["x"], For("acme"));

        _clock.Advance(TimeSpan.FromMinutes(9));
        await cache.GenerateAsync(["x"], For("acme"));
        Assert.Single(provider.Calls);

        _clock.Advance(TimeSpan.FromMinutes(2));
        await cache.GenerateAsync(["x"], For("acme"));
        Assert.Equal(2, provider.Calls.Count);
    }

    [Fact]
    public void Invalid_options_are_named_by_path()
    {
        var failure = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(
            () => new CachingEmbeddingGenerator(new RecordingEmbeddingGenerator(), new EmbeddingCacheOptions { TimeToLive = TimeSpan.Zero }));
        Assert.Contains("AiGovernance:Embeddings:Cache:TimeToLive", failure.Message, StringComparison.Ordinal);
    }
}
