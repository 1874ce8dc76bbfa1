using Governance.AI.Budgets;
using Governance.AI.Caching;
using Governance.AI.Idempotency;
using Governance.AI.Redis.Budgets;
using Governance.AI.Redis.Caching;
using Governance.AI.Redis.Idempotency;
using Governance.AI.Redis.Telemetry;
using Governance.AI.Redis.Tests.Infrastructure;
using Governance.AI.Telemetry;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Governance.AI.Redis.Tests.DependencyInjection;

[Collection(RedisCollection.Name)]
public sealed class UseRedisTests(RedisServers servers)
{
    private const long Bucket = 1_764_115_200_000;

    [RedisFact]
    public async Task The_stores_use_the_multiplexer_the_application_registered()
    {
        using ConnectionMultiplexer own = await servers.ConnectStandaloneAsync();
        var services = new ServiceCollection();
        services.AddSingleton<IConnectionMultiplexer>(own);
        services.TryAddSingleton<IBudgetStore>(new InMemoryBudgetStore());
        services.AddAiGovernance(new FakeChatClient()).UseRedis(o => o.BudgetStore.KeyPrefix = "di:own");
        services.TryAddSingleton<ISemanticCacheStore>(new InMemorySemanticCacheStore());

        await using ServiceProvider provider = services.BuildServiceProvider();
        Assert.IsType<RedisSemanticCacheStore>(provider.GetRequiredService<ISemanticCacheStore>());
        Assert.IsType<RedisUsageLedger>(provider.GetRequiredService<IUsageLedger>());
        Assert.IsType<RedisIdempotencyStore>(provider.GetRequiredService<IIdempotencyStore>());
        IBudgetStore store = Assert.IsType<RedisBudgetStore>(provider.GetRequiredService<IBudgetStore>());
        long before = own.OperationCount;
        await ReserveAsync(store, "tenant:own");

        Assert.True(own.OperationCount > before, "the reservation went through the application's multiplexer");
        Assert.Equal(1, (long)await own.CommandAsync("EXISTS", "di:own:{tenant:own}:c:tenant:own|tokens|1d@" + Bucket));
        var cache = Assert.IsType<RedisCache>(provider.GetRequiredService<IDistributedCache>());
        await cache.SetAsync("di-probe", [1, 2, 3], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1) });
        Assert.Equal([1, 2, 3], await cache.GetAsync("di-probe"));
    }

    [RedisFact]
    public async Task A_keyed_pipeline_gets_its_own_stores_and_leaves_the_default_ones_in_place()
    {
        // Invariant: UseRedis on pipeline "b" registers stores keyed "b" and replaces nothing of the default pipeline
        // (or of another key): each resolves the store configured for it.
        using ConnectionMultiplexer own = await servers.ConnectStandaloneAsync();
        var services = new ServiceCollection();
        services.AddSingleton<IConnectionMultiplexer>(own);
        services.AddAiGovernance(new FakeChatClient()).UseRedis(o => o.BudgetStore.KeyPrefix = "di:default");
        services.AddKeyedAiGovernance("b", _ => new FakeChatClient())
            .AddBudgets(o => o.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Tokens = 1_000_000 }))
            .UseRedis(o => o.BudgetStore.KeyPrefix = "di:b");
        services.AddKeyedAiGovernance("c", _ => new FakeChatClient()).AddBudgets();

        await using ServiceProvider provider = services.BuildServiceProvider();
        await ReserveAsync(provider.GetRequiredService<IBudgetStore>(), "tenant:k");
        await ReserveAsync(provider.GetRequiredKeyedService<IBudgetStore>("b"), "tenant:k");
        Assert.Equal(1, (long)await own.CommandAsync("EXISTS", "di:default:{tenant:k}:c:tenant:k|tokens|1d@" + Bucket));
        Assert.Equal(1, (long)await own.CommandAsync("EXISTS", "di:b:{tenant:k}:c:tenant:k|tokens|1d@" + Bucket));
        Assert.Null(provider.GetKeyedService<IBudgetStore>("c"));

        // Pipeline "b"'s budget policy uses its own Redis store.
        string tenant = "kb" + Guid.NewGuid().ToString("N")[..8];
        await provider.GetRequiredKeyedService<IChatClient>("b").GetResponseAsync("Hello", new ChatOptions().ForCaller(tenant));
        IServer server = own.GetServer(own.GetEndPoints()[0]);
        Assert.NotEmpty(server.Keys(pattern: "di:b:{tenant:" + tenant + "}:c:*").ToList());
        Assert.Equal(2, provider.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations.Count(r => r.Name.StartsWith("redis", StringComparison.Ordinal)));
    }

    [RedisFact]
    public async Task With_every_policy_added_the_pipeline_builds_and_serves_a_cache_hit()
    {
        using ConnectionMultiplexer own = await servers.ConnectStandaloneAsync();
        var services = new ServiceCollection();
        services.AddSingleton<IConnectionMultiplexer>(own);
        services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(new FakeEmbeddingGenerator());
        services.AddAiGovernance(new FakeChatClient()).AddTelemetry().AddSemanticCache().AddBudgets()
            .UseRedis(o => o.CacheStore.KeyPrefix = "di:all:" + Guid.NewGuid().ToString("N")[..8]);

        await using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = provider.GetRequiredService<IChatClient>();
        await client.GetResponseAsync("What is the refund policy?", new ChatOptions().ForCaller("all"));
        ChatResponse second = await client.GetResponseAsync("What is the refund policy?", new ChatOptions().ForCaller("all"));
        Assert.Equal("hit", second.AdditionalProperties?[GovernanceProperties.CacheStatus]);
    }

    [Fact]
    public async Task Without_a_registered_multiplexer_the_error_says_what_to_register()
    {
        var services = new ServiceCollection();
        services.AddAiGovernance(new FakeChatClient()).UseRedis(o => (o.Cache, o.Ledger) = (false, false));

        await using ServiceProvider provider = services.BuildServiceProvider();
        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IBudgetStore>());
        Assert.Contains("IConnectionMultiplexer", error.Message, StringComparison.Ordinal);
        Assert.Null(provider.GetService<ISemanticCacheStore>());
        Assert.Null(provider.GetService<IUsageLedger>());
    }

    [Fact]
    public void Invalid_options_fail_at_registration()
    {
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddAiGovernance(new FakeChatClient())
            .UseRedis(o => o.BudgetStore.FallbackShare = 0));
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddAiGovernance(new FakeChatClient())
            .UseRedis(o => o.ConnectionString = " "));
    }

    private static async Task ReserveAsync(IBudgetStore store, string tenant)
    {
        BudgetReservationResult result = await store.ReserveAsync(new BudgetReservationRequest(
            [new BudgetCheck(tenant + "|tokens|1d", Bucket, DateTimeOffset.UtcNow.AddDays(1), 1_000, 10)], true, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1)));
        Assert.True(result.Applied);
    }
}
