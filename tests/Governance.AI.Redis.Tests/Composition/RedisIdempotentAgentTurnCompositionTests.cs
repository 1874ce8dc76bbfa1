using Governance.AI.Budgets;
using Governance.AI.Idempotency;
using Governance.AI.Redaction;
using Governance.AI.Redis.Budgets;
using Governance.AI.Redis.Idempotency;
using Governance.AI.Redis.Tests.Infrastructure;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using StackExchange.Redis;

namespace Governance.AI.Redis.Tests.Composition;

/// <summary>
/// A tool-calling turn with an idempotency key on two instances sharing Redis (idempotency store and budget), with
/// M.E.AI's function invocation outside idempotency, outside the governance block (budgets and redaction).
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class RedisIdempotentAgentTurnCompositionTests(RedisServers servers)
{
    private static FakeReply Call(string order) =>
        FakeReply.Of(new ChatResponse(new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("call-1", "cancel_order", new Dictionary<string, object?> { ["order"] = order })]))
        {
            FinishReason = ChatFinishReason.ToolCalls,
            Usage = new UsageDetails { InputTokenCount = 20, OutputTokenCount = 6, TotalTokenCount = 26 },
        });

    [RedisFact]
    public async Task A_keyed_turn_retried_on_another_instance_replays_each_round_trip_from_redis_and_is_charged_once()
    {
        // Invariants: on instance A the turn runs both round trips (the tool call, then the answer on the tool's
        // result: never the tool call replayed to itself); retried with the same key on instance B, each round trip
        // is the same request read back from Redis (its tool call's arguments as JSON), so B's model is never called,
        // B ends with A's answer, and the shared budget holds exactly A's two calls.
        string prefix = "test:compose4:" + Guid.NewGuid().ToString("N")[..8];
        string tenant = "t" + Guid.NewGuid().ToString("N")[..8];
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using ConnectionMultiplexer redisA = await servers.ConnectStandaloneAsync();
        using ConnectionMultiplexer redisB = await servers.ConnectStandaloneAsync();
        var budgets = new BudgetOptions();
        budgets.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Tokens = 100_000 });
        var modelA = new FakeChatClient(clock).Enqueue(Call("A-17"), FakeReply.Text("Order A-17 is cancelled.", 30, 8));
        var modelB = new FakeChatClient(clock) { Responder = _ => FakeReply.Text("instance B answered itself", 1, 1) };
        GovernanceTestHarness a = GovernanceTestHarness.Create(
            p => p.UseRedaction(new RedactionOptions()).UseBudgets(budgets, store: new RedisBudgetStore(redisA, new RedisBudgetStoreOptions { KeyPrefix = prefix + ":b" }, clock)), modelA, clock);
        GovernanceTestHarness b = GovernanceTestHarness.Create(
            p => p.UseRedaction(new RedactionOptions()).UseBudgets(budgets, store: new RedisBudgetStore(redisB, new RedisBudgetStoreOptions { KeyPrefix = prefix + ":b" }, clock)), modelB, clock);
        var idempotency = new RedisIdempotencyStoreOptions { KeyPrefix = prefix + ":i:", PollInterval = TimeSpan.FromMilliseconds(5) };
        var orders = new List<string>();
        AIFunction cancel = AIFunctionFactory.Create((string order) => { lock (orders) { orders.Add(order); } return "cancelled"; }, "cancel_order");
        using var one = new FunctionInvokingChatClient(new IdempotentChatClient(a.Client, new RedisIdempotencyStore(redisA, idempotency))) { MaximumIterationsPerRequest = 5 };
        using var two = new FunctionInvokingChatClient(new IdempotentChatClient(b.Client, new RedisIdempotencyStore(redisB, idempotency))) { MaximumIterationsPerRequest = 5 };
        ChatOptions Options() => new ChatOptions { Tools = [cancel] }.ForCaller(tenant, "ana").WithIdempotencyKey("cancel-A-17");

        ChatResponse first = await one.GetResponseAsync("Cancel order A-17.", Options()).WaitAsync(TimeSpan.FromSeconds(30));
        ChatResponse retried = await two.GetResponseAsync("Cancel order A-17.", Options()).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("Order A-17 is cancelled.", first.Text);
        Assert.Equal("Order A-17 is cancelled.", retried.Text);
        Assert.Equal((2, 0), (modelA.CallCount, modelB.CallCount));
        Assert.All(orders, order => Assert.Equal("A-17", order));
        IReadOnlyList<BudgetStatus> status = await b.Client.GetService<BudgetChatClient>()!.GetStatusAsync(CallerContext.ForTenant(tenant));
        Assert.Equal(26 + 38, (long)status.Single(s => s.LimitName == "tokens").Used);
    }
}
