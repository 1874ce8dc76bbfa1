using Governance.AI.Budgets;
using Governance.AI.Caching;
using Governance.AI.Redis.Budgets;
using Governance.AI.Redis.Caching;
using Governance.AI.Redis.Telemetry;
using Governance.AI.Telemetry;
using Governance.AI.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Governance.AI.Redis.Tests.DependencyInjection;

public sealed class UseRedisTests
{
    [Fact]
    public async Task Replaces_the_in_memory_stores_whatever_the_registration_order()
    {
        var services = new ServiceCollection();
        services.TryAddSingleton<IBudgetStore>(new InMemoryBudgetStore());
        services.AddAiGovernance(new FakeChatClient()).UseRedis(o => o.Connection = RedisConnectionOptions.Parse("127.0.0.1:1"));
        services.TryAddSingleton<ISemanticCacheStore>(new InMemorySemanticCacheStore());

        await using ServiceProvider provider = services.BuildServiceProvider();
        Assert.IsType<RedisMultiplexer>(provider.GetRequiredService<IRedisConnection>());
        Assert.IsType<RedisBudgetStore>(provider.GetRequiredService<IBudgetStore>());
        Assert.IsType<RedisSemanticCacheStore>(provider.GetRequiredService<ISemanticCacheStore>());
        Assert.IsType<RedisUsageLedger>(provider.GetRequiredService<IUsageLedger>());
        Assert.NotNull(provider.GetRequiredService<RedisHealthCheck>());
    }

    [Fact]
    public async Task Uses_a_connection_the_application_registered_and_only_the_chosen_stores()
    {
        var own = new RedisMultiplexer(RedisConnectionOptions.Parse("127.0.0.1:2"));
        var services = new ServiceCollection();
        services.AddSingleton<IRedisConnection>(own);
        services.AddAiGovernance(new FakeChatClient()).UseRedis(o => (o.Cache, o.Ledger) = (false, false));

        await using ServiceProvider provider = services.BuildServiceProvider();
        Assert.Same(own, provider.GetRequiredService<IRedisConnection>());
        Assert.IsType<RedisBudgetStore>(provider.GetRequiredService<IBudgetStore>());
        Assert.Null(provider.GetService<ISemanticCacheStore>());
        Assert.Null(provider.GetService<IUsageLedger>());
        await own.DisposeAsync();
    }

    [Fact]
    public void Invalid_store_options_fail_at_registration()
    {
        var services = new ServiceCollection();
        Assert.Throws<ArgumentException>(() => services.AddAiGovernance(new FakeChatClient())
            .UseRedis(o => o.BudgetStore.FallbackShare = 0));
    }
}
