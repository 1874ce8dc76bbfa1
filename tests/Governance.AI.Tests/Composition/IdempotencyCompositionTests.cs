using Governance.AI.Budgets;
using Governance.AI.Idempotency;
using Governance.AI.Redaction;
using Governance.AI.Testing;
using Governance.AI.Tests.Budgets;
using Governance.AI.Tests.Tools;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.AI.Tests.Composition;

/// <summary>
/// <c>UseIdempotency</c> composed with M.E.AI's <c>UseFunctionInvocation</c> and the governance block: an idempotency
/// key set on a tool-calling turn's options travels with every model round trip of the turn.
/// </summary>
public sealed class IdempotencyCompositionTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
    private readonly CheckingBudgetStore _store;

    public IdempotencyCompositionTests() => _store = new CheckingBudgetStore(new InMemoryBudgetStore(_clock));

    private IChatClient Agent(IChatClient model, Func<ChatClientBuilder, ChatClientBuilder> outside)
    {
        var budgets = new BudgetOptions();
        budgets.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Requests = 100, Tokens = 100_000 });
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_clock);
        using ServiceProvider provider = services.BuildServiceProvider();
        return outside(new ChatClientBuilder(model))
            .UseAiGovernance(g => g.UseRedaction(new RedactionOptions()).UseBudgets(budgets, CharTokenCounter.Instance, _store))
            .Build(provider);
    }

    private static Task<ChatResponse> Send(IChatClient client, string prompt, ChatOptions options, bool streaming) =>
        streaming
            ? client.GetStreamingResponseAsync(prompt, options).ToChatResponseAsync()
            : client.GetResponseAsync(prompt, options);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task With_function_invocation_outside_idempotency_each_round_trip_of_a_keyed_turn_reaches_the_model_and_the_tool_runs_once(bool streaming)
    {
        // Invariant: the round trip that carries the tool's result is another request than the one that asked for
        // the tool, so it is never answered with the first round trip's tool call: the turn makes two model calls,
        // runs its tool once and ends with the model's final answer.
        var model = new FakeChatClient(_clock).Enqueue(ToolScript.Call("place_order", "c1", tokens: 20), ToolScript.Done("Order placed.", 10));
        var tool = new CountingTool("place_order");
        IChatClient client = Agent(model, b => b.UseFunctionInvocation(configure: f => f.MaximumIterationsPerRequest = 5).UseIdempotency());
        ChatOptions options = new ChatOptions { Tools = [tool.Function] }.ForCaller("contoso", "alice").WithIdempotencyKey("order-42");

        ChatResponse answer = await Send(client, "Place my order.", options, streaming);

        Assert.Equal("Order placed.", answer.Text);
        Assert.Equal(1, tool.Runs);
        Assert.Equal(2, model.CallCount);
        Assert.Equal(2, _store.Reserved);
        Assert.Empty(_store.Violations);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_retried_keyed_turn_with_function_invocation_outside_idempotency_replays_each_round_trip_without_charging_it(bool streaming)
    {
        // Invariant: retrying the whole turn with its key sends the same round trips again; each is answered from
        // the first turn (no model call, no charge), and the retried turn ends with the same final answer.
        var model = new FakeChatClient(_clock).Enqueue(ToolScript.Call("lookup", "c1", tokens: 20), ToolScript.Done("It is 42.", 10));
        var tool = new CountingTool("lookup", _ => "42");
        IChatClient client = Agent(model, b => b.UseFunctionInvocation(configure: f => f.MaximumIterationsPerRequest = 5).UseIdempotency());
        ChatOptions Options() => new ChatOptions { Tools = [tool.Function] }.ForCaller("contoso", "alice").WithIdempotencyKey("turn-7");

        ChatResponse first = await Send(client, "What is the answer?", Options(), streaming);
        ChatResponse retried = await Send(client, "What is the answer?", Options(), streaming);

        Assert.Equal("It is 42.", first.Text);
        Assert.Equal("It is 42.", retried.Text);
        Assert.Equal(2, model.CallCount);
        Assert.Equal(2, _store.Reserved);
        Assert.Empty(_store.Violations);
    }

    [Fact]
    public async Task A_replayed_answer_is_the_callers_own_so_changing_it_reaches_neither_the_first_caller_nor_later_replays()
    {
        // Invariant (IdempotentChatClient: "each replay gets its own response object, so one caller's changes never
        // reach another's"): editing the messages and text parts of one answer, the first or a replay, leaves every
        // later replay as the model wrote it.
        var model = new FakeChatClient(_clock).Enqueue(FakeReply.Text("Your order number is 42.", 10, 6));
        IChatClient client = Agent(model, b => b.UseIdempotency());
        ChatOptions Options() => new ChatOptions().ForCaller("contoso", "alice").WithIdempotencyKey("order-42");

        ChatResponse first = await client.GetResponseAsync("Place my order.", Options());
        ((TextContent)first.Messages[0].Contents[0]).Text = "edited by the first caller";
        first.Messages[0].Contents.Add(new TextContent(" and more"));

        ChatResponse replay = await client.GetResponseAsync("Place my order.", Options());
        Assert.Equal("Your order number is 42.", replay.Text);
        replay.Messages[0].Contents.Clear();
        replay.Messages.Add(new ChatMessage(ChatRole.User, "appended by the second caller"));

        ChatResponse again = await client.GetResponseAsync("Place my order.", Options());
        Assert.Equal("Your order number is 42.", again.Text);
        Assert.Single(again.Messages);
        Assert.Equal(1, model.CallCount);
    }

    [Fact]
    public async Task A_keyed_request_whose_prompt_differs_from_the_first_with_that_key_is_not_answered_with_the_first_answer()
    {
        // Invariant: a replay answers the same request sent again; a different prompt under a reused key gets its
        // own answer (and its own charge), never the answer to another question.
        var model = new FakeChatClient(_clock) { Responder = r => FakeReply.Text("Answer to: " + r.LastUserText, 10, 5) };
        IChatClient client = Agent(model, b => b.UseIdempotency());
        ChatOptions Options() => new ChatOptions().ForCaller("contoso", "alice").WithIdempotencyKey("request-1");

        ChatResponse first = await client.GetResponseAsync("Cancel my subscription.", Options());
        ChatResponse other = await client.GetResponseAsync("What is my balance?", Options());
        ChatResponse retried = await client.GetResponseAsync("Cancel my subscription.", Options());

        Assert.Equal("Answer to: Cancel my subscription.", first.Text);
        Assert.Equal("Answer to: What is my balance?", other.Text);
        Assert.Equal("Answer to: Cancel my subscription.", retried.Text);
        Assert.Equal(true, retried.AdditionalProperties?[IdempotencyChatOptionsExtensions.ReplayedProperty]);
        Assert.Equal(2, model.CallCount);
        Assert.Equal(2, _store.Reserved);
        Assert.Empty(_store.Violations);
    }

    [Fact]
    public async Task A_keyed_stream_and_its_replay_end_as_streams_do_with_nothing_after_the_finish_reason_and_the_usage_last()
    {
        // Invariant (root README, Errors: "nothing follows the update with the finish reason, and the policies'
        // properties ride on the provider's last update (the one with the usage)"): a streamed request with an
        // idempotency key, first run and replay alike, ends with one update carrying the finish reason, the usage
        // and the policies' properties, after which nothing comes.
        var model = new FakeChatClient(_clock) { StreamingChunks = 3, Responder = _ => FakeReply.Text("Your order is placed.", 10, 6) };
        IChatClient client = Agent(model, b => b.UseIdempotency());
        ChatOptions Options() => new ChatOptions().ForCaller("contoso", "alice").WithIdempotencyKey("order-42");

        foreach (bool replay in new[] { false, true })
        {
            List<ChatResponseUpdate> updates = [];
            await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync("Place my order.", Options()))
            {
                updates.Add(update);
            }

            Assert.Equal("Your order is placed.", string.Concat(updates.Select(u => u.Text)));
            ChatResponseUpdate last = updates[^1];
            Assert.Equal(ChatFinishReason.Stop, last.FinishReason);
            Assert.Single(updates, u => u.FinishReason is not null);
            Assert.Equal(16, Assert.Single(last.Contents.OfType<UsageContent>()).Details.TotalTokenCount);
            Assert.Equal(replay ? true : null, last.AdditionalProperties?.GetValueOrDefault(IdempotencyChatOptionsExtensions.ReplayedProperty));
        }

        Assert.Equal(1, model.CallCount);
    }
}
