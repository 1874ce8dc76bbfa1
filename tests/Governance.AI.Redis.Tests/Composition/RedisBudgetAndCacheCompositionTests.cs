using Governance.AI.Budgets;
using Governance.AI.Caching;
using Governance.AI.Redis.Budgets;
using Governance.AI.Redis.Caching;
using Governance.AI.Redis.Tests.Infrastructure;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using StackExchange.Redis;

namespace Governance.AI.Redis.Tests.Composition;

/// <summary>Two application instances sharing one Redis for budgets and the semantic cache, composed in one pipeline each.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisBudgetAndCacheCompositionTests(RedisServers servers)
{
    [RedisFact]
    public async Task Two_instances_share_one_budget_charge_only_provider_calls_and_serve_hits_to_a_tenant_past_its_limit()
    {
        // Invariants: the shared tenant counter holds exactly the usage the models reported (a hit on the other
        // instance adds nothing); a limit reached through one instance refuses misses on the other; hits stay
        // served because the cache answers before the budget; no reservation is left open.
        string tenant = "t" + Guid.NewGuid().ToString("N")[..8];
        string prefix = "test:compose:" + Guid.NewGuid().ToString("N")[..8];
        // Window ends and entry lifetimes become key expiries on the server's clock: the fake clock starts at real time.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var budgets = new BudgetOptions { DefaultOutputAllowance = 50 };
        budgets.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Tokens = 100 });
        var cache = new SemanticCacheOptions { TimeToLive = TimeSpan.FromHours(1) };

        using ConnectionMultiplexer redisA = await servers.ConnectStandaloneAsync();
        using ConnectionMultiplexer redisB = await servers.ConnectStandaloneAsync();
        // The stores' replica sync keeps the real clock: nothing here advances a fake one, and a fault under load
        // (a command timing out) must be retried after RetryDelay rather than park the replica on a frozen timer.
        await using var cacheA = new RedisSemanticCacheStore(redisA, new() { KeyPrefix = prefix });
        await using var cacheB = new RedisSemanticCacheStore(redisB, new() { KeyPrefix = prefix });
        await Task.WhenAll(cacheA.StartAsync(), cacheB.StartAsync());
        var budgetA = new RedisBudgetStore(redisA, new RedisBudgetStoreOptions { KeyPrefix = prefix }, clock);
        var budgetB = new RedisBudgetStore(redisB, new RedisBudgetStoreOptions { KeyPrefix = prefix }, clock);
        GovernanceTestHarness a = GovernanceTestHarness.Create(p => p.UseSemanticCache(cache, cacheA).UseBudgets(budgets, store: budgetA), clock: clock);
        GovernanceTestHarness b = GovernanceTestHarness.Create(p => p.UseSemanticCache(cache, cacheB).UseBudgets(budgets, store: budgetB), clock: clock);
        a.Model.Responder = _ => FakeReply.Text("Paris.", inputTokens: 30, outputTokens: 5);
        b.Model.Responder = _ => FakeReply.Text("Berlin.", inputTokens: 30, outputTokens: 5);
        ChatOptions Caller() => new ChatOptions { MaxOutputTokens = 20 }.ForCaller(tenant);

        var replicated = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        cacheB.ReplicaChanged += (_, _) => replicated.TrySetResult();
        await a.Client.GetResponseAsync("What is the capital of France?", Caller());
        await replicated.Task.WaitAsync(TimeSpan.FromSeconds(30));
        ChatResponse hitOnB = await b.Client.GetResponseAsync("What is the capital of France?", Caller());
        Assert.Equal(SemanticCacheProperties.StatusHit, hitOnB.AdditionalProperties?[GovernanceProperties.CacheStatus]);
        Assert.Equal(35, await UsedAsync(b, tenant));

        // A second provider call through b takes the shared counter to 70: a third miss (prompt + 20 > 30 left) is
        // refused on a, where only one call was made.
        await b.Client.GetResponseAsync("What is the capital of Germany?", Caller());
        Assert.Equal(70, await UsedAsync(a, tenant));
        await Assert.ThrowsAsync<BudgetExceededException>(() => a.Client.GetResponseAsync("What is the capital of Spain?", Caller()));

        // Past the limit, a hit is still served on both instances, and charged nothing.
        ChatResponse hitOnA = await a.Client.GetResponseAsync("What is the capital of France?", Caller());
        Assert.Equal("Paris.", hitOnA.Text);
        Assert.Equal(70, await UsedAsync(a, tenant));
        Assert.Equal(1, a.Model.CallCount);
        Assert.Equal(1, b.Model.CallCount);
    }

    private static async Task<long> UsedAsync(GovernanceTestHarness harness, string tenant)
    {
        IReadOnlyList<BudgetStatus> status = await harness.Client.GetService<BudgetChatClient>()!.GetStatusAsync(CallerContext.ForTenant(tenant));
        return (long)status.Single(s => s.LimitName == "tokens").Used;
    }
}
