using Governance.AI.Budgets;
using Governance.AI.Tests.Embeddings;
using Governance.AI.Tests.Seams;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using static Governance.AI.Tests.Embeddings.EmbeddingTestKit;
using static Governance.AI.Tests.Seams.SeamTestKit;

namespace Governance.AI.Tests.Composition;

/// <summary>
/// M.E.AI's <c>UseDistributedCache()</c> on an <see cref="EmbeddingGeneratorBuilder{TInput, TEmbedding}"/> (a
/// <see cref="DistributedCachingEmbeddingGenerator{TInput, TEmbedding}"/>) next to the embedding governance block:
/// refused inside it, as for chat; outside it, what the Embeddings README says it stores and whom it serves.
/// </summary>
public sealed class EmbeddingResponseCacheCompositionTests
{
    private const string Email = "kim.novak@example.com";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));

    private sealed class SignedInCaller : ICallerContextAccessor
    {
        public CallerContext? Current { get; set; }
    }

    private ServiceCollection Services(IDistributedCache cache, ICallerContextAccessor? accessor = null)
    {
        ServiceCollection services = SeamTestKit.Services(_clock);
        services.AddSingleton(cache);
        if (accessor is not null)
        {
            services.AddSingleton(accessor);
        }

        return services;
    }

    private static void TenantTokens(BudgetOptions options) =>
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Tokens = 10_000 });

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void UseDistributedCache_inside_the_embedding_block_is_refused_when_the_generator_is_resolved(bool afterTheBlock)
    {
        // Invariant: inside the block the caller has been removed at the provider boundary, so the cache's key (the
        // values and options) is the same for every tenant: tenant B would be served tenant A's entry and charged
        // for it as a provider call (counted tokens and cost for a call nobody made). Refused, as for chat.
        var provider = new RecordingEmbeddingGenerator();
        ServiceCollection services = Services(new RecordingDistributedCache());
        if (afterTheBlock)
        {
            services.AddEmbeddingGenerator(provider).UseAiGovernance(services, g => g.AddBudgets(TenantTokens)).UseDistributedCache();
        }
        else
        {
            services.AddAiEmbeddingGovernance(sp => provider.AsBuilder().UseDistributedCache().Build(sp)).AddBudgets(TenantTokens);
        }

        using ServiceProvider sp = services.BuildServiceProvider();

        InvalidOperationException refused = Assert.Throws<InvalidOperationException>(() => sp.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>());

        Assert.Contains("UseDistributedCache", refused.Message, StringComparison.Ordinal);
        Assert.Contains("before UseAiGovernance", refused.Message, StringComparison.Ordinal);
        Assert.Contains("AddCache()", refused.Message, StringComparison.Ordinal);
        Assert.Empty(provider.Calls);
    }

    [Fact]
    public async Task Outside_the_block_the_cache_holds_only_redacted_vectors_and_keeps_tenants_apart_only_when_the_caller_is_in_the_options()
    {
        // Invariants (Embeddings README, "With M.E.AI's UseDistributedCache"): outside, the cache stores what the
        // block returned (vectors of the redacted value) under a digest, so neither the value nor the tenant is in
        // the shared store; a caller set with ForCaller partitions it (each tenant sends and is charged once), a
        // caller from the accessor does not (the second tenant gets the first one's entry, uncharged, never sent).
        var provider = new RecordingEmbeddingGenerator();
        var cache = new RecordingDistributedCache();
        var accessor = new SignedInCaller();
        ServiceCollection services = Services(cache, accessor);
        services.AddEmbeddingGenerator(provider).UseDistributedCache().UseAiGovernance(services, g => g.AddRedaction().AddBudgets(TenantTokens));
        using ServiceProvider sp = services.BuildServiceProvider();
        var generator = sp.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
        var store = sp.GetRequiredService<IBudgetStore>();

        await generator.GenerateAsync(["Mail " + Email], For("contoso"));
        await generator.GenerateAsync(["Mail " + Email], For("fabrikam"));
        long contoso = await UsedTokensAsync(store, "contoso", _clock);
        long fabrikam = await UsedTokensAsync(store, "fabrikam", _clock);
        accessor.Current = CallerContext.ForTenant("contoso");
        await generator.GenerateAsync(["refund policy"]);
        accessor.Current = CallerContext.ForTenant("fabrikam");
        GeneratedEmbeddings<Embedding<float>> shared = await generator.GenerateAsync(["refund policy"]);

        Assert.Equal(3, provider.Calls.Count);
        Assert.True(contoso > 0);
        Assert.Equal(contoso, fabrikam);
        Assert.Equal(contoso + "refund policy".Length, await UsedTokensAsync(store, "contoso", _clock));
        Assert.Equal(fabrikam, await UsedTokensAsync(store, "fabrikam", _clock));
        Assert.Equal(provider.Embed("refund policy"), shared[0].Vector.ToArray());
        Assert.All(provider.Calls, call => Assert.DoesNotContain(Email, call.Values[0], StringComparison.Ordinal));
        Assert.DoesNotContain(Email, cache.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(Email, cache.AllKeys, StringComparison.Ordinal);
        Assert.DoesNotContain("contoso", cache.AllText + cache.AllKeys, StringComparison.Ordinal);
    }
}
