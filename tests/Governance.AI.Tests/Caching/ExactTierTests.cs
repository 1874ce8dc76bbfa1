using System.Text;
using Governance.AI.Caching;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.AI.Tests.Caching;

/// <summary>
/// The exact tier answers a lookup of a key its private cache was never written under without asking HybridCache.
/// The invariant: that shortcut never turns a stored answer into a miss — not for any key written through the tier,
/// and never for a cache that something outside this process may write (an L2 other instances share).
/// </summary>
public sealed class ExactTierTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Every_key_written_through_a_private_tier_is_found_and_others_are_misses()
    {
        using var tier = new ExactTier(null, TimeProvider.System, 64L * 1024 * 1024);
        for (int i = 0; i < 2_000; i++)
        {
            await tier.SetAsync(Key(i), Answer(i), TimeSpan.FromDays(1), CancellationToken.None);
        }

        await AssertFindsKeysBelowAsync(tier, 2_000);

        for (int i = 2_000; i < 2_100; i++)
        {
            Assert.Null(await tier.GetAsync(Key(i), Now, CancellationToken.None));
        }
    }

    [Fact]
    public async Task A_tier_on_the_applications_cache_finds_what_another_instance_wrote()
    {
        var services = new ServiceCollection();
        services.AddHybridCache();
        await using ServiceProvider provider = services.BuildServiceProvider();
        HybridCache shared = provider.GetRequiredService<HybridCache>();
        using var writer = new ExactTier(shared, TimeProvider.System, 0);
        using var reader = new ExactTier(shared, TimeProvider.System, 0);

        await writer.SetAsync(Key(7), Answer(7), TimeSpan.FromDays(1), CancellationToken.None);

        CachedAnswer? found = await reader.GetAsync(Key(7), Now, CancellationToken.None);
        Assert.NotNull(found);
        Assert.Equal(7, found.TokensSaved);
    }

    [Fact]
    public async Task Tiers_on_one_in_process_cache_find_each_others_writes_and_skip_only_keys_none_wrote()
    {
        var services = new ServiceCollection();
        services.AddHybridCache();
        await using ServiceProvider provider = services.BuildServiceProvider();
        HybridCache shared = provider.GetRequiredService<HybridCache>();
        using var writer = new ExactTier(shared, TimeProvider.System, 0);
        using var reader = new ExactTier(shared, TimeProvider.System, 0);
        reader.DeclareOnlyWrittenHere();

        for (int i = 0; i < 500; i++)
        {
            await writer.SetAsync(Key(i), Answer(i), TimeSpan.FromDays(1), CancellationToken.None);
        }

        // The reader skips HybridCache only for keys no tier on this cache wrote: every key the writer wrote is found.
        await AssertFindsKeysBelowAsync(reader, 500);

        Assert.Null(await reader.GetAsync(Key(500), Now, CancellationToken.None));
    }

    [Fact]
    public async Task Only_the_services_own_hybrid_cache_without_L2_counts_as_in_process()
    {
        var local = new ServiceCollection();
        local.AddHybridCache();
        await using ServiceProvider localProvider = local.BuildServiceProvider();
        Assert.True(SemanticCacheBuilderExtensions.IsInProcessOnly(localProvider.GetRequiredService<HybridCache>(), localProvider));
        Assert.False(SemanticCacheBuilderExtensions.IsInProcessOnly(null, localProvider));

        // An L2 (any IDistributedCache) may be written by other instances: such a cache is always read.
        var withL2 = new ServiceCollection();
        withL2.AddDistributedMemoryCache();
        withL2.AddHybridCache();
        await using ServiceProvider withL2Provider = withL2.BuildServiceProvider();
        Assert.False(SemanticCacheBuilderExtensions.IsInProcessOnly(withL2Provider.GetRequiredService<HybridCache>(), withL2Provider));

        // A cache from other services than the pipeline's is not known to be without L2.
        Assert.False(SemanticCacheBuilderExtensions.IsInProcessOnly(withL2Provider.GetRequiredService<HybridCache>(), localProvider));
    }

    private static string Key(int i) => ExactTier.KeyPrefix + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(i)));


    /// <summary>Asserts that <paramref name="tier"/> finds the answer written under each of the first <paramref name="count"/> keys.</summary>
    private static async Task AssertFindsKeysBelowAsync(ExactTier tier, int count)
    {
        for (int i = 0; i < count; i++)
        {
            CachedAnswer? found = await tier.GetAsync(Key(i), Now, CancellationToken.None);
            Assert.NotNull(found);
            Assert.Equal(i, found.TokensSaved);
        }
    }
    private static CachedAnswer Answer(int i) => CachedAnswer.Create(Encoding.UTF8.GetBytes("{\"messages\":[]}"), Now.AddDays(1), i, "gpt-4o");
}
