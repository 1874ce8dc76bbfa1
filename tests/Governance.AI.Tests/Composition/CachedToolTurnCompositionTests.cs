using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Governance.AI.Budgets;
using Governance.AI.Caching;
using Governance.AI.Redaction;
using Governance.AI.Safety;
using Governance.AI.Testing;
using Governance.AI.Tests.Budgets;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.AI.Tests.Composition;

/// <summary>
/// A tool-calling turn (<c>UseFunctionInvocation</c> outside the block) through safety, redaction, the cache (the tool
/// listed in <see cref="SemanticCacheOptions.IdempotentTools"/>) and budgets, run by two users of one tenant.
/// </summary>
public sealed partial class CachedToolTurnCompositionTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    [GeneratedRegex("<EMAIL_[0-9]+>")]
    private static partial Regex EmailPlaceholder();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_cached_tool_turn_replayed_for_another_user_runs_the_tool_with_that_users_own_value_and_charges_only_model_calls(bool streaming)
    {
        // Invariants: the model only ever sees placeholders; a round trip served from the cache (the tool call, then
        // the answer to the tool's redacted result) is restored with the replaying caller's own values, so the tool
        // runs for Bob with Bob's address, never Alice's, and Bob's answer names his address; the cache saves model
        // calls, never tool runs; only the round trips that reached the model are charged, and nothing stays held.
        var store = new CheckingBudgetStore(new InMemoryBudgetStore(_clock));
        var model = new FakeChatClient(_clock, "gpt-4o")
        {
            Responder = request =>
            {
                if (request.Messages[^1].Contents.OfType<FunctionResultContent>().FirstOrDefault() is { } result)
                {
                    string address = EmailPlaceholder().Match(result.Result?.ToString() ?? string.Empty).Value;
                    return FakeReply.Text("You have 2 open orders under " + address + ".", 30, 10);
                }

                string asked = EmailPlaceholder().Match(request.LastUserText).Value;
                return FakeReply.Of(new ChatResponse(new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("call-1", "lookup_orders", new Dictionary<string, object?> { ["email"] = asked })]))
                {
                    FinishReason = ChatFinishReason.ToolCalls,
                    Usage = new UsageDetails { InputTokenCount = 20, OutputTokenCount = 5 },
                });
            },
        };
        var looked = new ConcurrentQueue<string>();
        AIFunction lookup = AIFunctionFactory.Create(
            (string email) =>
            {
                looked.Enqueue(email);
                return "orders for " + email + ": 2 open";
            },
            "lookup_orders");
        var budgets = new BudgetOptions();
        budgets.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Requests = 100, Tokens = 100_000 });
        budgets.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Concurrent = 1 });
        var cache = new SemanticCacheOptions();
        cache.IdempotentTools.Add("lookup_orders");
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_clock);
        using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient agent = new ChatClientBuilder(model)
            .UseFunctionInvocation()
            .UseAiGovernance(g => g
                .UseSafety(new SafetyOptions())
                .UseRedaction(new RedactionOptions())
                .UseSemanticCache(cache)
                .UseBudgets(budgets, CharTokenCounter.Instance, store))
            .Build(provider);

        string alice = await TurnAsync(agent, "List the open orders of alice.smith@example.com please.", "alice", lookup, streaming);
        string bob = await TurnAsync(agent, "List the open orders of bob.jones@example.com please.", "bob", lookup, streaming);

        Assert.Equal(["alice.smith@example.com", "bob.jones@example.com"], looked);
        Assert.Equal("You have 2 open orders under alice.smith@example.com.", alice);
        Assert.Equal("You have 2 open orders under bob.jones@example.com.", bob);
        Assert.Equal(2, model.CallCount);
        Assert.DoesNotContain(model.Requests, r => r.AllText.Contains("@example.com", StringComparison.Ordinal)
            || r.Messages.SelectMany(m => m.Contents).OfType<FunctionResultContent>().Any(c => c.Result?.ToString()?.Contains("@example.com", StringComparison.Ordinal) == true));
        Assert.Equal(2, store.Reserved);
        Assert.Empty(store.Open);
        Assert.Empty(store.Violations);
    }

    private static async Task<string> TurnAsync(IChatClient agent, string prompt, string user, AIFunction tool, bool streaming)
    {
        ChatOptions options = new ChatOptions { Tools = [tool], MaxOutputTokens = 100 }.ForCaller("contoso", user);
        ChatResponse response = streaming
            ? await agent.GetStreamingResponseAsync(prompt, options).ToChatResponseAsync()
            : await agent.GetResponseAsync(prompt, options);
        return response.Messages[^1].Text;
    }
}
