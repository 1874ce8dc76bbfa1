using Governance.AI.Budgets;
using Governance.AI.Embeddings;
using Governance.AI.Testing;
using Governance.AI.Tests.Budgets;
using Governance.AI.Tokenization;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static Governance.AI.Tests.Embeddings.EmbeddingTestKit;

namespace Governance.AI.Tests.Embeddings;

public sealed class EmbeddingRegistrationTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task The_policies_run_in_the_chat_order_whatever_order_they_are_added_in()
    {
        var provider = new RecordingEmbeddingGenerator();
        ServiceCollection services = Services();
        services.AddAiEmbeddingGovernance(provider)
            .AddBudgets(o => o.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Tokens = 1_000 }))
            .AddCache()
            .AddRedaction()
            .AddTelemetry();
        using ServiceProvider sp = services.BuildServiceProvider();
        var generator = sp.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();

        GeneratedEmbeddings<Embedding<float>> first = await generator.GenerateAsync(["mail alice@example.com"], For("acme"));
        GeneratedEmbeddings<Embedding<float>> second = await generator.GenerateAsync(["mail bob@example.com"], For("acme"));

        // Redaction before the cache: two addresses redact to one text, so the second call is a hit; the budget
        // below the cache charged only the call that reached the provider.
        Assert.IsType<GovernanceTelemetryEmbeddingGenerator>(generator);
        Assert.Single(provider.Calls);
        Assert.Equal("hit", second.AdditionalProperties![GovernanceProperties.CacheStatus]);
        long charged = (long)first.AdditionalProperties![BudgetProperties.ChargedTokens]!;
        Assert.Equal(charged, await UsedTokensAsync(sp.GetRequiredService<IBudgetStore>(), "acme", _clock));
        Assert.NotNull(generator.GetService<BudgetEmbeddingGenerator>());
        Assert.NotNull(generator.GetService<RedactingEmbeddingGenerator>());
    }

    [Fact]
    public async Task The_caller_and_governance_switches_never_reach_the_provider()
    {
        var provider = new RecordingEmbeddingGenerator();
        ServiceCollection services = Services();
        services.AddAiEmbeddingGovernance(provider).AddCache();
        using ServiceProvider sp = services.BuildServiceProvider();
        EmbeddingGenerationOptions options = For("acme");
        options.AdditionalProperties![GovernanceProperties.NoStore] = true;
        options.AdditionalProperties["user"] = "kept";

        await sp.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>().GenerateAsync(["x"], options);

        AdditionalPropertiesDictionary sent = provider.Calls.Single().Options!.AdditionalProperties!;
        Assert.Equal(["user"], sent.Keys);
        Assert.NotNull(options.GetCaller());
    }

    [Fact]
    public async Task Chat_and_embeddings_share_one_store_and_the_chat_pipelines_limits()
    {
        var provider = new RecordingEmbeddingGenerator();
        ServiceCollection services = Services();
        services.AddAiGovernance(new FakeChatClient(_clock, "house-model"))
            .AddBudgets(o => o.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Tokens = 30 }));
        services.AddAiEmbeddingGovernance(provider).AddBudgets();
        using ServiceProvider sp = services.BuildServiceProvider();
        var generator = sp.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();

        await generator.GenerateAsync([new string('e', 20)], For("acme"));
        BudgetExceededException denied = await Assert.ThrowsAsync<BudgetExceededException>(() => generator.GenerateAsync([new string('e', 11)], For("acme")));

        Assert.Equal(30, denied.Limit);
        BudgetChatClient chatBudget = sp.GetRequiredService<IChatClient>().GetService<BudgetChatClient>()!;
        BudgetStatus tokens = (await chatBudget.GetStatusAsync(CallerContext.ForTenant("acme"))).Single(s => s.LimitName == "tokens");
        Assert.Equal(20, tokens.Used);
    }

    [Fact]
    public async Task Without_a_chat_pipeline_the_options_bind_from_the_shared_sections()
    {
        IConfigurationRoot configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AiGovernance:Budgets:Limits:0:Scope"] = "Tenant",
            ["AiGovernance:Budgets:Limits:0:Window"] = "Day",
            ["AiGovernance:Budgets:Limits:0:Tokens"] = "10",
            ["AiGovernance:Embeddings:Cache:TimeToLive"] = "00:01:00",
        }).Build();
        var provider = new RecordingEmbeddingGenerator();
        ServiceCollection services = Services();
        services.AddAiEmbeddingGovernance(provider, configuration).AddCache().AddBudgets();
        using ServiceProvider sp = services.BuildServiceProvider();
        var generator = sp.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();

        await generator.GenerateAsync(["0123456789"], For("acme"));
        await Assert.ThrowsAsync<BudgetExceededException>(() => generator.GenerateAsync(["z"], For("acme")));
        _clock.Advance(TimeSpan.FromMinutes(2));
        await Assert.ThrowsAsync<BudgetExceededException>(() => generator.GenerateAsync(["0123456789"], For("acme")));
        Assert.Single(provider.Calls);
    }

    [Fact]
    public async Task UseAiGovernance_composes_into_an_embedding_generator_builder()
    {
        var provider = new RecordingEmbeddingGenerator();
        ServiceCollection services = Services();
        services.AddEmbeddingGenerator(provider)
            .UseAiGovernance(services, g => g.AddCache().AddBudgets(o => o.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Tokens = 5 })));
        using ServiceProvider sp = services.BuildServiceProvider();
        var generator = sp.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();

        await generator.GenerateAsync(["abcde"], For("acme"));
        await generator.GenerateAsync(["abcde"], For("acme"));
        await Assert.ThrowsAsync<BudgetExceededException>(() => generator.GenerateAsync(["f"], For("acme")));
        Assert.Single(provider.Calls);
    }

    [Fact]
    public async Task Entries_written_by_one_instance_are_hits_for_another_through_the_distributed_cache()
    {
        // Two service providers (two application instances) share one IDistributedCache, the L2 of their HybridCaches.
        var l2 = new SharedDistributedCache(new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions())));

        // HybridCache's L2 entries carry their own lifetime, which it checks against the real clock too: this test's clock starts now.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var writerProvider = new RecordingEmbeddingGenerator();
        var readerProvider = new RecordingEmbeddingGenerator();
        ServiceCollection writerServices = Services(clock);
        writerServices.AddSingleton<IDistributedCache>(l2);
        writerServices.AddAiEmbeddingGovernance(writerProvider).AddCache();
        ServiceCollection readerServices = Services(clock);
        readerServices.AddSingleton<IDistributedCache>(l2);
        readerServices.AddAiEmbeddingGovernance(readerProvider).AddCache();
        using ServiceProvider writer = writerServices.BuildServiceProvider();
        using ServiceProvider reader = readerServices.BuildServiceProvider();

        await writer.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>().GenerateAsync(["shared text"], For("acme"));
        GeneratedEmbeddings<Embedding<float>> hit = await reader.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>().GenerateAsync(["shared text"], For("acme"));

        Assert.Empty(readerProvider.Calls);
        Assert.Equal(writerProvider.Embed("shared text"), hit[0].Vector.ToArray());
    }

    [Fact]
    public void A_second_registration_or_a_policy_added_twice_is_refused()
    {
        ServiceCollection services = Services();
        AiEmbeddingGovernanceBuilder governance = services.AddAiEmbeddingGovernance(new RecordingEmbeddingGenerator()).AddCache();

        Assert.Throws<InvalidOperationException>(() => governance.AddCache());
        Assert.Throws<InvalidOperationException>(() => services.AddAiEmbeddingGovernance(new RecordingEmbeddingGenerator()));
    }

    [Fact]
    public void A_second_governance_block_on_another_generator_is_refused_because_it_would_share_the_first_blocks_options()
    {
        // Embedding blocks are unnamed: a second block's code configuration would also apply to the first one's policies.
        ServiceCollection services = Services();
        services.AddAiEmbeddingGovernance(new RecordingEmbeddingGenerator()).AddCache();

        var refused = Assert.Throws<InvalidOperationException>(() => services
            .AddKeyedEmbeddingGenerator("second", new RecordingEmbeddingGenerator())
            .UseAiGovernance(services, g => g.AddBudgets(o => o.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Tokens = 1 }))));
        Assert.Contains("already has a governance block", refused.Message, StringComparison.Ordinal);

        ServiceCollection separate = Services();
        separate.AddEmbeddingGenerator(new RecordingEmbeddingGenerator()).UseAiGovernance(separate, g => g.AddCache());
        Assert.Throws<InvalidOperationException>(() => separate.AddEmbeddingGenerator(new RecordingEmbeddingGenerator()).UseAiGovernance(separate, g => g.AddCache()));
    }

    private ServiceCollection Services(FakeTimeProvider? clock = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock ?? _clock);
        services.AddSingleton<ITokenCounterProvider>(CharTokenCounter.Instance);
        return services;
    }

    /// <summary>A distributed cache as another process sees it (HybridCache does not use a bare <see cref="MemoryDistributedCache"/> as its L2).</summary>
    private sealed class SharedDistributedCache(IDistributedCache inner) : IDistributedCache
    {
        public byte[]? Get(string key) => inner.Get(key);

        public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => inner.GetAsync(key, token);

        public void Refresh(string key) => inner.Refresh(key);

        public Task RefreshAsync(string key, CancellationToken token = default) => inner.RefreshAsync(key, token);

        public void Remove(string key) => inner.Remove(key);

        public Task RemoveAsync(string key, CancellationToken token = default) => inner.RemoveAsync(key, token);

        public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => inner.Set(key, value, options);

        public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
            inner.SetAsync(key, value, options, token);
    }
}
