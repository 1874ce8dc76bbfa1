using Governance.AI.Budgets;
using Governance.AI.Caching;
using Governance.AI.Idempotency;
using Governance.AI.Redaction;
using Governance.AI.Redis.Budgets;
using Governance.AI.Redis.Caching;
using Governance.AI.Redis.Idempotency;
using Governance.AI.Redis.Tests.Infrastructure;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using StackExchange.Redis;

namespace Governance.AI.Redis.Tests.Composition;

/// <summary>
/// Two instances of a governed app on one Redis, with different policies where a rolling upgrade would have them;
/// and a reservation that outlives a Redis outage.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class RedisTwoInstanceAndOutageCompositionTests(RedisServers servers)
{
    [RedisFact]
    public async Task An_answer_stored_by_an_instance_that_does_not_redact_e_mails_is_served_by_a_redacting_instance_without_the_address()
    {
        // Invariant (Redaction README, RedactResponse): a caller of a pipeline that redacts e-mails never receives an
        // address the model wrote, even when the hit comes from a shared Redis entry that another instance, whose
        // recognizers leave e-mails alone, stored with the address in it.
        string prefix = "test:compose3:" + Guid.NewGuid().ToString("N")[..8];
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using ConnectionMultiplexer redisA = await servers.ConnectStandaloneAsync();
        using ConnectionMultiplexer redisB = await servers.ConnectStandaloneAsync();
        // The stores' replica sync keeps the real clock: nothing here advances a fake one, and a fault under load
        // (a command timing out) must be retried after RetryDelay rather than park the replica on a frozen timer.
        await using var cacheA = new RedisSemanticCacheStore(redisA, new() { KeyPrefix = prefix });
        await using var cacheB = new RedisSemanticCacheStore(redisB, new() { KeyPrefix = prefix });
        await Task.WhenAll(cacheA.StartAsync(), cacheB.StartAsync());
        var cache = new SemanticCacheOptions { TimeToLive = TimeSpan.FromHours(1) };
        GovernanceTestHarness redacting = GovernanceTestHarness.Create(p => p.UseRedaction(new RedactionOptions()).UseSemanticCache(cache, cacheA), clock: clock);
        GovernanceTestHarness older = GovernanceTestHarness.Create(
            p => p.UseRedaction(new RedactionOptions { Recognizers = BuiltInRecognizers.All & ~BuiltInRecognizers.Email }).UseSemanticCache(cache, cacheB),
            clock: clock);
        older.Model.Responder = _ => FakeReply.Text("Refunds are handled by carol.white@example.org.", inputTokens: 20, outputTokens: 8);

        var replicated = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        cacheA.ReplicaChanged += (_, _) => replicated.TrySetResult();
        ChatResponse stored = await older.Client.GetResponseAsync("Who handles refunds?", new ChatOptions().ForCaller("acme"));
        await replicated.Task.WaitAsync(TimeSpan.FromSeconds(30));
        ChatResponse hit = await redacting.Client.GetResponseAsync("Who handles refunds?", new ChatOptions().ForCaller("acme"));
        ChatResponse streamedHit = await redacting.Client.GetStreamingResponseAsync("Who handles refunds?", new ChatOptions().ForCaller("acme")).ToChatResponseAsync();

        Assert.Contains("carol.white@example.org", stored.Text, StringComparison.Ordinal);
        Assert.Equal(SemanticCacheProperties.StatusHit, hit.AdditionalProperties?[GovernanceProperties.CacheStatus]);
        Assert.Equal(0, redacting.Model.CallCount);
        Assert.DoesNotContain("carol.white", hit.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("carol.white", streamedHit.Text, StringComparison.Ordinal);
    }

    [RedisFact]
    public async Task A_retry_on_a_second_instance_while_the_first_still_runs_waits_for_it_and_is_charged_and_sent_once()
    {
        // Invariants: instance B gets the same Idempotency key while instance A's request is at the provider; B makes
        // no provider call and no reservation, answers A's text (with the caller's own address restored) marked as
        // replayed, and the shared Redis budget holds exactly the one call's reported usage.
        string prefix = "test:compose3:" + Guid.NewGuid().ToString("N")[..8];
        string tenant = "t" + Guid.NewGuid().ToString("N")[..8];
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using ConnectionMultiplexer redisA = await servers.ConnectStandaloneAsync();
        using ConnectionMultiplexer redisB = await servers.ConnectStandaloneAsync();
        var budgets = new BudgetOptions();
        budgets.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Tokens = 100_000 });
        var budgetA = new RedisBudgetStore(redisA, new RedisBudgetStoreOptions { KeyPrefix = prefix + ":b" }, clock);
        var budgetB = new RedisBudgetStore(redisB, new RedisBudgetStoreOptions { KeyPrefix = prefix + ":b" }, clock);
        var modelA = new FakeChatClient(clock)
        {
            Responder = r => FakeReply.Text("Receipt sent to " + r.LastUserText[r.LastUserText.IndexOf('<', StringComparison.Ordinal)..], inputTokens: 25, outputTokens: 7),
        };
        var gatedA = new GatedChatClient(modelA);
        GovernanceTestHarness a = GovernanceTestHarness.Create(p => p.UseRedaction(new RedactionOptions()).UseBudgets(budgets, store: budgetA), gatedA, clock);
        GovernanceTestHarness b = GovernanceTestHarness.Create(p => p.UseRedaction(new RedactionOptions()).UseBudgets(budgets, store: budgetB), clock: clock);
        var idempotency = new RedisIdempotencyStoreOptions { KeyPrefix = prefix + ":i:", PollInterval = TimeSpan.FromMilliseconds(5) };
        var one = new IdempotentChatClient(a.Client, new RedisIdempotencyStore(redisA, idempotency));
        var two = new IdempotentChatClient(b.Client, new RedisIdempotencyStore(redisB, idempotency));
        ChatOptions Options() => new ChatOptions().ForCaller(tenant, "ana").WithIdempotencyKey("receipt-7");
        const string Prompt = "Send the receipt to ana.lopez@example.com";

        Task<ChatResponse> first = one.GetResponseAsync(Prompt, Options());
        await gatedA.Arrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Task<ChatResponse> retry = two.GetResponseAsync(Prompt, Options());
        Assert.False(retry.IsCompleted);
        gatedA.Gate.SetResult();
        ChatResponse[] answers = await Task.WhenAll(first, retry).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("Receipt sent to ana.lopez@example.com", answers[0].Text);
        Assert.Equal(answers[0].Text, answers[1].Text);
        Assert.Equal(true, answers[1].AdditionalProperties?[IdempotencyChatOptionsExtensions.ReplayedProperty]);
        Assert.Equal((1, 0), (modelA.CallCount, b.Model.CallCount));
        IReadOnlyList<BudgetStatus> status = await b.Client.GetService<BudgetChatClient>()!.GetStatusAsync(CallerContext.ForTenant(tenant));
        Assert.Equal(32, (long)status.Single(s => s.LimitName == "tokens").Used);
    }

    [RedisFact]
    public async Task A_reservation_made_before_redis_was_killed_is_settled_with_the_calls_usage_once_redis_returns()
    {
        // Invariants (Redis README, FaultPolicy): a call reserved in Redis, whose answer arrives while Redis is down,
        // completes without an error; once Redis is back (from its append-only file) and the queue is replayed, the
        // tenant's counter holds exactly the usage the model reported and the reservation is closed — not left to its
        // lease — so the reserved allowance is not held.
        await using RedisServerProcess server = await RedisServerProcess.StartAsync("--appendonly", "yes", "--appendfsync", "always");
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using ConnectionMultiplexer redis = await server.ConnectWithFastReconnectAsync();
        await using var store = new RedisBudgetStore(redis, new RedisBudgetStoreOptions { KeyPrefix = "outage:b" }, clock);
        var budgets = new BudgetOptions();
        budgets.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Tokens = 1_000_000 });
        var model = new GatedChatClient(new FakeChatClient(clock) { Responder = _ => FakeReply.Text("Drafted.", inputTokens: 30, outputTokens: 12) });
        GovernanceTestHarness pipeline = GovernanceTestHarness.Create(p => p.UseBudgets(budgets, store: store), model, clock);
        const string Leases = "outage:b:{tenant:acme}:leases";
        BudgetCounterRef tokens = new("tenant:acme|tokens|1d", new DateTimeOffset(clock.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero).ToUnixTimeMilliseconds());

        Task<ChatResponse> call = pipeline.Client.GetResponseAsync("Draft a reply to the customer.", new ChatOptions().ForCaller("acme"));
        await model.Arrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(1L, (long)await redis.CommandAsync("ZCARD", Leases));
        long reserved = (await store.GetUsedAsync([tokens]))[0];
        await server.KillAsync();
        model.Gate.SetResult();
        ChatResponse answer = await call.WaitAsync(TimeSpan.FromSeconds(30));
        await server.RestartAsync();
        await redis.WaitConnectedAsync();

        Assert.Equal("Drafted.", answer.Text);
        Assert.True(reserved > 42, "the reservation held more than the call used");
        Assert.True(await store.FlushQueueAsync());
        Assert.Equal(42, (await store.GetUsedAsync([tokens]))[0]);
        Assert.Equal(0L, (long)await redis.CommandAsync("ZCARD", Leases));
    }
}
