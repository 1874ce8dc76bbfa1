using System.Collections.Concurrent;
using Governance.AI.Budgets;
using Governance.AI.Caching;
using Governance.AI.Testing;
using Governance.AI.Tests.Budgets;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using static Governance.AI.Tests.Seams.SeamTestKit;

namespace Governance.AI.Tests.Composition;

/// <summary>
/// A tool-calling turn (<c>UseFunctionInvocation</c> outside the block) with the cache and budgets on, the tool not in
/// <see cref="SemanticCacheOptions.IdempotentTools"/>, asked the same question by two users of one tenant.
/// </summary>
public sealed class UncachedToolCallCompositionTests
{
    private const string Question = "What is the weather in Paris right now?";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_response_calling_a_tool_that_is_not_idempotent_is_never_served_from_the_cache_and_each_round_trip_is_charged_once(bool streaming)
    {
        // Invariants (Caching README: "responses calling a tool not in IdempotentTools" are not stored): the second
        // user's turn gets the function call from the model, not from the cache, so the tool runs for each user; the
        // answer to the same tool result may be served from the cache (its key holds the result). The budget is
        // charged each model round trip's reported usage once, the tool result's tokens inside the second round
        // trip's input: 25 + 41 for the first turn, 25 for the second (its answer a hit, charged nothing).
        var store = new CheckingBudgetStore(new InMemoryBudgetStore(_clock));
        var model = new FakeChatClient(_clock, "gpt-4o")
        {
            StreamingChunks = 3,
            Responder = request => request.Messages[^1].Contents.OfType<FunctionResultContent>().Any()
                ? FakeReply.Text("It is sunny in Paris.", 35, 6)
                : FakeReply.Of(new ChatResponse(new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("call-1", "current_weather", new Dictionary<string, object?> { ["city"] = "Paris" })]))
                {
                    FinishReason = ChatFinishReason.ToolCalls,
                    Usage = new UsageDetails { InputTokenCount = 20, OutputTokenCount = 5 },
                }),
        };
        var runs = new ConcurrentQueue<string>();
        AIFunction weather = AIFunctionFactory.Create(
            (string city) =>
            {
                runs.Enqueue(city);
                return "sunny, 21 C";
            },
            "current_weather");
        var budgets = new BudgetOptions();
        budgets.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Tokens = 100_000 });
        using ServiceProvider provider = new ServiceCollection().AddSingleton<TimeProvider>(_clock).BuildServiceProvider();
        IChatClient agent = new ChatClientBuilder(model)
            .UseFunctionInvocation()
            .UseAiGovernance(g => g.UseSemanticCache(new SemanticCacheOptions()).UseBudgets(budgets, CharTokenCounter.Instance, store))
            .Build(provider);

        ChatResponse alice = await TurnAsync(agent, "alice", weather, streaming);
        ChatResponse bob = await TurnAsync(agent, "bob", weather, streaming);

        Assert.Equal("It is sunny in Paris.", alice.Messages[^1].Text);
        Assert.Equal("It is sunny in Paris.", bob.Messages[^1].Text);
        Assert.Equal(["Paris", "Paris"], runs);
        Assert.Equal(3, model.CallCount);
        Assert.Equal(25m + 41m + 25m, await UsedAsync(agent, "tokens"));
        Assert.Equal(3, store.Reserved);
        Assert.Empty(store.Open);
        Assert.Empty(store.Violations);
    }

    private static async Task<ChatResponse> TurnAsync(IChatClient agent, string user, AIFunction tool, bool streaming)
    {
        ChatOptions options = new ChatOptions { Tools = [tool], MaxOutputTokens = 100 }.ForCaller("contoso", user);
        return streaming
            ? await agent.GetStreamingResponseAsync(Question, options).ToChatResponseAsync()
            : await agent.GetResponseAsync(Question, options);
    }
}
