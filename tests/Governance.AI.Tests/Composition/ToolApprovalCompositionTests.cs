using System.Text.Json;
using Governance.AI.Budgets;
using Governance.AI.Redaction;
using Governance.AI.Testing;
using Governance.AI.Tests.Budgets;
using Governance.AI.Tests.Tools;
using Governance.AI.Tools;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using static Governance.AI.Tests.Seams.SeamTestKit;

namespace Governance.AI.Tests.Composition;

/// <summary>
/// A tool that needs a person's approval, in a turn whose arguments carry personal data: tool governance outside the
/// function-invocation loop, redaction and budgets inside it, as the Tools README composes them.
/// </summary>
public sealed class ToolApprovalCompositionTests
{
    private const string Payee = "ana.lopez@example.com";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
    private readonly CheckingBudgetStore _store;

    public ToolApprovalCompositionTests() => _store = new CheckingBudgetStore(new InMemoryBudgetStore(_clock));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_approver_sees_and_the_tool_gets_the_real_payee_while_the_model_only_ever_sees_its_placeholder(bool streaming)
    {
        // Invariants: the model asks to pay "<EMAIL_1>" (all it saw); the approval request the caller must decide on
        // names the real address, so a person approves what will happen; once approved the tool runs once with the
        // real address; the model's second request — carrying the call and its result — holds no address; each of the
        // two model round trips is charged once and nothing stays reserved.
        var model = new FakeChatClient(_clock).Enqueue(
            ToolScript.Call("transfer_funds", "c1", new Dictionary<string, object?> { ["payee"] = "<EMAIL_1>", ["amount"] = 120 }, tokens: 40),
            ToolScript.Done("Transferred.", 10));
        string? paidTo = null;
        AIFunction transfer = AIFunctionFactory.Create(
            (string payee, int amount) =>
            {
                paidTo = payee;
                return $"Transfer of {amount} to {payee} booked.";
            },
            "transfer_funds");
        IChatClient agent = Agent(model);
        ChatOptions options = new ChatOptions { Tools = [transfer], MaxOutputTokens = 100 }.ForCaller("contoso");
        List<ChatMessage> history = [new(ChatRole.User, $"Pay 120 to {Payee} for the invoice.")];

        ChatResponse paused = await TurnAsync(agent, history, options, streaming);

        ToolApprovalRequestContent request = Assert.Single(paused.Messages.SelectMany(m => m.Contents).OfType<ToolApprovalRequestContent>());
        FunctionCallContent asked = Assert.IsType<FunctionCallContent>(request.ToolCall);
        Assert.Equal(Payee, asked.Arguments?["payee"]?.ToString());
        Assert.Null(paidTo);
        Assert.Equal(1, model.CallCount);

        history.AddRange(paused.Messages);
        history.Add(new ChatMessage(ChatRole.User, [request.CreateResponse(approved: true)]));
        ChatResponse resumed = await TurnAsync(agent, history, options, streaming);

        Assert.Equal("Transferred.", resumed.Text);
        Assert.Equal(Payee, paidTo);
        Assert.Equal(2, model.CallCount);
        foreach (FakeChatRequest sent in model.Requests)
        {
            Assert.DoesNotContain("ana.lopez", JsonSerializer.Serialize(sent.Messages, AIJsonUtilities.DefaultOptions), StringComparison.Ordinal);
        }

        Assert.Equal(2, await UsedAsync(agent, "requests"));
        Assert.Equal(50, await UsedAsync(agent, "tokens"));
        Assert.Empty(_store.Open);
        Assert.Empty(_store.Violations);
    }

    private static Task<ChatResponse> TurnAsync(IChatClient client, List<ChatMessage> history, ChatOptions options, bool streaming) =>
        streaming
            ? client.GetStreamingResponseAsync(history, options).ToChatResponseAsync()
            : client.GetResponseAsync(history, options);

    private IChatClient Agent(FakeChatClient model)
    {
        var tools = new ToolGovernanceOptions();
        tools.Tools["transfer_funds"] = new ToolPolicy { RequiresApproval = true };
        var budgets = new BudgetOptions();
        budgets.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Requests = 100, Tokens = 100_000 });
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_clock);
        using ServiceProvider provider = services.BuildServiceProvider();
        return new ChatClientBuilder(model)
            .UseToolGovernance(tools)
            .UseFunctionInvocation()
            .UseAiGovernance(g => g
                .UseRedaction(new RedactionOptions())
                .UseBudgets(budgets, CharTokenCounter.Instance, _store))
            .Build(provider);
    }
}
