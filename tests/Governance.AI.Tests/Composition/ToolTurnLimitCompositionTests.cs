using Governance.AI.Budgets;
using Governance.AI.Caching;
using Governance.AI.Testing;
using Governance.AI.Tests.Budgets;
using Governance.AI.Tools;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using static Governance.AI.Tests.Seams.SeamTestKit;

namespace Governance.AI.Tests.Composition;

/// <summary>
/// Turn limits (<c>UseToolTurnBudget</c>, inside <c>UseFunctionInvocation</c>) in front of a governance block with the
/// cache and budgets: the turn's output cap bounds what the provider may write; it is not a request for that much.
/// </summary>
public sealed class ToolTurnLimitCompositionTests
{
    private const int TurnTokens = 20_000;

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
    private readonly CheckingBudgetStore _store;

    public ToolTurnLimitCompositionTests() => _store = new CheckingBudgetStore(new InMemoryBudgetStore(_clock));

    /// <summary>Asks for <c>lookup_orders</c> until the request carries its result, then answers.</summary>
    private FakeChatClient OrdersModel() => new(_clock, "gpt-4o")
    {
        Responder = request => request.Messages[^1].Contents.OfType<FunctionResultContent>().Any()
            ? FakeReply.Text("You have 2 open orders.", 30, 10)
            : FakeReply.Of(new ChatResponse(new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("call-1", "lookup_orders", new Dictionary<string, object?> { ["id"] = "42" })]))
            {
                FinishReason = ChatFinishReason.ToolCalls,
                Usage = new UsageDetails { InputTokenCount = 20, OutputTokenCount = 5 },
            }),
    };

    private IChatClient Agent(FakeChatClient model, long tenantTokensPerDay, bool routed = false)
    {
        var budgets = new BudgetOptions();
        budgets.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Requests = 100, Tokens = tenantTokensPerDay });
        var cache = new SemanticCacheOptions();
        cache.IdempotentTools.Add("lookup_orders");
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_clock);
        using ServiceProvider provider = services.BuildServiceProvider();
        return new ChatClientBuilder(routed ? new FakeChatClient(_clock, "gpt-4o") : model)
            .UseToolGovernance(new ToolGovernanceOptions { MaxTokensPerTurn = TurnTokens })
            .UseFunctionInvocation()
            .UseToolTurnBudget()
            .UseAiGovernance(g =>
            {
                g.UseSemanticCache(cache).UseBudgets(budgets, CharTokenCounter.Instance, _store);
                if (routed)
                {
                    g.UseRouting(r => r.AddBackend("primary", model, "gpt-4o"));
                }
            })
            .Build(provider);
    }

    private static async Task<string> TurnAsync(IChatClient agent, bool streaming)
    {
        AIFunction lookup = AIFunctionFactory.Create((string id) => "orders for " + id + ": 2 open", "lookup_orders");
        ChatOptions options = new ChatOptions { Tools = [lookup] }.ForCaller("contoso", "alice");
        ChatResponse response = streaming
            ? await agent.GetStreamingResponseAsync("List my open orders please.", options).ToChatResponseAsync()
            : await agent.GetResponseAsync("List my open orders please.", options);
        return response.Text;
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public async Task A_turn_limit_larger_than_the_tenants_budget_does_not_make_the_budget_reserve_the_whole_turn(bool streaming, bool routed)
    {
        // Invariants: a request that names no MaxOutputTokens reserves the budget's default output allowance whether
        // or not it is part of a token-limited turn (the turn's cap is a bound, not a request), so a tenant with 10,000
        // tokens a day can run a turn limited to 20,000; each round trip still reaches the provider with an output cap
        // within what the turn has left (through the router's backends too), and is charged once.
        FakeChatClient model = OrdersModel();
        IChatClient agent = Agent(model, tenantTokensPerDay: 10_000, routed);

        string answer = await TurnAsync(agent, streaming);

        Assert.Equal("You have 2 open orders.", answer);
        Assert.Equal(2, model.CallCount);
        Assert.All(model.Requests, r => Assert.InRange(r.Options?.MaxOutputTokens ?? int.MaxValue, 1, new BudgetOptions().DefaultOutputAllowance));
        Assert.Equal(2m, await UsedAsync(agent, "requests"));
        Assert.Empty(_store.Open);
        Assert.Empty(_store.Violations);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_repeated_token_limited_turn_is_answered_from_the_cache_in_every_round_trip(bool streaming)
    {
        // Invariant: the turn's remaining tokens differ between a turn whose round trips were billed and one served
        // from the cache; that is the turn's bookkeeping, not part of the request, so it must not change the cache key.
        FakeChatClient model = OrdersModel();
        IChatClient agent = Agent(model, tenantTokensPerDay: 100_000);

        await TurnAsync(agent, streaming);
        string repeat = await TurnAsync(agent, streaming);

        Assert.Equal("You have 2 open orders.", repeat);
        Assert.Equal(2, model.CallCount);
        Assert.Equal(2m, await UsedAsync(agent, "requests"));
        Assert.Empty(_store.Open);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Without_a_budget_in_the_block_each_round_trip_still_reaches_the_provider_capped_at_what_the_turn_has_left(bool streaming)
    {
        // Invariant: the cap the turn meter leaves to the block's provider boundary is applied there (every round trip
        // carries a MaxOutputTokens within the turn's rest) and the key that carried it never reaches the provider.
        FakeChatClient model = OrdersModel();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_clock);
        using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient agent = new ChatClientBuilder(model)
            .UseToolGovernance(new ToolGovernanceOptions { MaxTokensPerTurn = TurnTokens })
            .UseFunctionInvocation()
            .UseToolTurnBudget()
            .UseAiGovernance(g => g.UseSemanticCache(new SemanticCacheOptions()))
            .Build(provider);

        await TurnAsync(agent, streaming);

        Assert.Equal(2, model.CallCount);
        Assert.All(model.Requests, r => Assert.InRange(r.Options?.MaxOutputTokens ?? int.MaxValue, 1, TurnTokens - 1));
        Assert.True(model.Requests[1].Options!.MaxOutputTokens < model.Requests[0].Options!.MaxOutputTokens, "the second round trip has less of the turn left");
        Assert.All(model.Requests, r => Assert.Null(r.Options?.AdditionalProperties));
    }
}
