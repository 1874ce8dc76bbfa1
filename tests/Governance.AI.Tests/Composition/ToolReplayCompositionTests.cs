using Governance.AI.Redaction;
using Governance.AI.Testing;
using Governance.AI.Tools;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.AI.Tests.Composition;

/// <summary>
/// Tool governance's replay of state-changing calls (<c>IsStateChanging</c>) in an agent whose model reuses call ids
/// (many local and OpenAI-compatible servers number calls per response: <c>call_0</c>), with redaction in the block,
/// so the model writes placeholders and the tool receives each caller's restored values.
/// </summary>
public sealed class ToolReplayCompositionTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryToolAuditSink _audit = new();
    private readonly List<string> _refunds = [];

    private IChatClient Agent(FakeChatClient model)
    {
        var tools = new ToolGovernanceOptions();
        tools.Tools["issue_refund"] = new ToolPolicy { IsStateChanging = true };
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_clock);
        services.AddSingleton<IToolAuditSink>(_audit);
        using ServiceProvider provider = services.BuildServiceProvider();
        return new ChatClientBuilder(model)
            .UseToolGovernance(tools)
            .UseFunctionInvocation()
            .UseAiGovernance(g => g.UseRedaction(new RedactionOptions()))
            .Build(provider);
    }

    private AIFunction Refund() => AIFunctionFactory.Create(
        (string order, string email) =>
        {
            lock (_refunds)
            {
                _refunds.Add(order + " " + email);
            }

            return "Refund for " + order + " sent to " + email + ".";
        },
        "issue_refund");

    // The model numbers its calls per response, as many servers do: every turn's first call is call_0.
    private static FakeChatClient NumberingModel(FakeTimeProvider clock) => new(clock)
    {
        Responder = request =>
        {
            if (request.Messages.SelectMany(m => m.Contents).OfType<FunctionResultContent>().LastOrDefault() is { } result)
            {
                return FakeReply.Text("Done: " + result.Result, 20, 5);
            }

            string text = request.LastUserText;
            string order = text[(text.IndexOf("order ", StringComparison.Ordinal) + 6)..text.IndexOf(" to", StringComparison.Ordinal)];
            var call = new FunctionCallContent("call_0", "issue_refund", new Dictionary<string, object?> { ["order"] = order, ["email"] = "<EMAIL_1>" });
            return FakeReply.Of(new ChatResponse(new ChatMessage(ChatRole.Assistant, [call]))
            {
                FinishReason = ChatFinishReason.ToolCalls,
                Usage = new UsageDetails { InputTokenCount = 20, OutputTokenCount = 5, TotalTokenCount = 25 },
            });
        },
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Two_different_refunds_under_a_reused_call_id_both_run_and_each_caller_gets_only_their_own_result(bool streaming)
    {
        // Invariants: a replay answers the same call repeated (same caller, same tool, same call id, same
        // arguments); a call whose arguments differ is another call and runs; another user's call is never answered
        // with a result holding the first user's personal data. Ana refunds A-17 then B-99, Bo refunds A-17 — three
        // refunds issued, each to its own caller's address, and no answer names another caller's address.
        IChatClient agent = Agent(NumberingModel(_clock));
        AIFunction refund = Refund();
        async Task<string> TurnAsync(string user, string prompt)
        {
            ChatOptions options = new ChatOptions { Tools = [refund] }.ForCaller("contoso", user);
            ChatResponse response = streaming
                ? await agent.GetStreamingResponseAsync(prompt, options).ToChatResponseAsync()
                : await agent.GetResponseAsync(prompt, options);
            return response.Text;
        }

        string first = await TurnAsync("ana", "Refund order A-17 to ana.ruiz@example.com");
        string second = await TurnAsync("ana", "Refund order B-99 to ana.ruiz@example.com");
        string third = await TurnAsync("bo", "Refund order A-17 to bo.chen@example.com");

        Assert.Equal(["A-17 ana.ruiz@example.com", "B-99 ana.ruiz@example.com", "A-17 bo.chen@example.com"], _refunds);
        Assert.Equal("Done: Refund for A-17 sent to ana.ruiz@example.com.", first);
        Assert.Equal("Done: Refund for B-99 sent to ana.ruiz@example.com.", second);
        Assert.Equal("Done: Refund for A-17 sent to bo.chen@example.com.", third);
        Assert.All(_audit.Records, r => Assert.Equal(ToolCallOutcome.Succeeded, r.Outcome));
    }

    [Fact]
    public async Task The_same_refund_retried_by_the_same_caller_is_replayed_and_issued_once()
    {
        // Invariant (Tools/README, IsStateChanging): the same call repeated by a retried turn gets the first result
        // and the tool runs once, with the arguments restored by redaction in both turns.
        IChatClient agent = Agent(NumberingModel(_clock));
        AIFunction refund = Refund();
        ChatOptions Options() => new ChatOptions { Tools = [refund] }.ForCaller("contoso", "ana");

        ChatResponse first = await agent.GetResponseAsync("Refund order A-17 to ana.ruiz@example.com", Options());
        ChatResponse retried = await agent.GetResponseAsync("Refund order A-17 to ana.ruiz@example.com", Options());

        Assert.Equal(["A-17 ana.ruiz@example.com"], _refunds);
        Assert.Equal(first.Text, retried.Text);
        Assert.Equal([ToolCallOutcome.Succeeded, ToolCallOutcome.Replayed], _audit.Records.Select(r => r.Outcome));
    }
}
