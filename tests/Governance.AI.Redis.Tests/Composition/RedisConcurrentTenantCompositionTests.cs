using Governance.AI.Budgets;
using Governance.AI.Caching;
using Governance.AI.Redaction;
using Governance.AI.Redis.Budgets;
using Governance.AI.Redis.Caching;
using Governance.AI.Redis.Tests.Infrastructure;
using Governance.AI.Testing;
using Governance.AI.Tokenization;
using Microsoft.Extensions.AI;
using StackExchange.Redis;

namespace Governance.AI.Redis.Tests.Composition;

/// <summary>
/// One tenant's callers racing through two application instances that share one Redis for the budget and the
/// semantic cache, with redaction in front: hits, coalesced misses, provider calls and refusals at once.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class RedisConcurrentTenantCompositionTests(RedisServers servers)
{
    [RedisFact]
    public async Task Concurrent_callers_of_one_tenant_on_two_instances_with_the_cache_never_overspend_and_hits_are_never_charged()
    {
        // Invariants: 2 instances x 12 callers x 6 calls on one tenant counter, each call a question (six kinds, each
        // with the caller's own address, redacted to one placeholder, so callers share entries) served by a hit, a
        // provider call or refused: the usage the models reported for the calls they made never exceeds the limit;
        // the shared counter equals exactly that usage (hits add nothing, nothing lost, doubled or left open); the
        // limit was binding and the cache did serve hits, so neither half of the claim is vacuous.
        // About four provider calls fit (each reports ~25 prompt + 12 output tokens), fewer than the six questions
        // need, so refusals do not depend on how the race goes; every admitted question is stored and hit later.
        const long Limit = 150;
        string tenant = "t" + Guid.NewGuid().ToString("N")[..8];
        string prefix = "test:compose2:" + Guid.NewGuid().ToString("N")[..8];
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var budgets = new BudgetOptions();
        budgets.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Tokens = Limit });
        var cache = new SemanticCacheOptions { TimeToLive = TimeSpan.FromHours(1) };
        ITokenCounter exact = new TokenCounterProvider().GetCounter("gpt-4o");
        long reported = 0;
        FakeReply Answer(FakeChatRequest request)
        {
            long input = exact.CountTokens(request.Messages, request.Options);
            Interlocked.Add(ref reported, input + 12);
            return FakeReply.Text("Here is what the account shows.", inputTokens: input, outputTokens: 12);
        }

        using ConnectionMultiplexer redisA = await servers.ConnectStandaloneAsync();
        using ConnectionMultiplexer redisB = await servers.ConnectStandaloneAsync();
        // The stores' replica sync keeps the real clock: nothing here advances a fake one, and a fault under load
        // (a command timing out) must be retried after RetryDelay rather than park the replica on a frozen timer.
        await using var cacheA = new RedisSemanticCacheStore(redisA, new() { KeyPrefix = prefix });
        await using var cacheB = new RedisSemanticCacheStore(redisB, new() { KeyPrefix = prefix });
        await Task.WhenAll(cacheA.StartAsync(), cacheB.StartAsync());
        GovernanceTestHarness a = GovernanceTestHarness.Create(
            p => p.UseRedaction(new RedactionOptions()).UseSemanticCache(cache, cacheA).UseBudgets(budgets, store: new RedisBudgetStore(redisA, new RedisBudgetStoreOptions { KeyPrefix = prefix }, clock)),
            clock: clock);
        GovernanceTestHarness b = GovernanceTestHarness.Create(
            p => p.UseRedaction(new RedactionOptions()).UseSemanticCache(cache, cacheB).UseBudgets(budgets, store: new RedisBudgetStore(redisB, new RedisBudgetStoreOptions { KeyPrefix = prefix }, clock)),
            clock: clock);
        a.Model.Responder = Answer;
        b.Model.Responder = Answer;

        var race = new BillingQuestionRace();
        await Task.WhenAll(new[] { a, b }.SelectMany(instance => race.Start(instance.Client, tenant, callers: 12, calls: 6)));

        Assert.Empty(race.Unexpected);
        Assert.True(race.Refused > 0, "the limit was binding");
        Assert.True(race.Hits > 0, "the cache served hits");
        Assert.True(Interlocked.Read(ref reported) <= Limit, $"reported usage {reported} within {Limit}");
        IReadOnlyList<BudgetStatus> status = await a.Client.GetService<BudgetChatClient>()!.GetStatusAsync(CallerContext.ForTenant(tenant), "gpt-4o");
        Assert.Equal(Interlocked.Read(ref reported), (long)status.Single().Used);
        Assert.Equal(0L, (long)await redisA.GetDatabase().ExecuteAsync("ZCARD", $"{prefix}:{{tenant:{tenant}}}:leases"));
        Assert.Equal(144, race.Hits + race.Refused + a.Model.CallCount + b.Model.CallCount);
    }
}
