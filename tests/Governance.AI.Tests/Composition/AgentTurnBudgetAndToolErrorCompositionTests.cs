using Governance.AI.Budgets;
using Governance.AI.Testing;
using Governance.AI.Tests.Tools;
using Microsoft.Extensions.AI;
using static Governance.AI.Tests.Seams.SeamTestKit;

namespace Governance.AI.Tests.Composition;

/// <summary>Agent turns that run out of budget part-way, and tools that fail, through the whole governed block.</summary>
public sealed partial class AgentTurnCompositionTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_turn_whose_budget_runs_out_in_the_middle_stops_with_the_typed_error_and_is_charged_exactly_the_calls_made(bool streaming)
    {
        // Invariant: with two requests a day left, a turn that needs three model round trips makes two (running the
        // tool twice), is refused the third with BudgetExceededException naming the tenant's request limit, and the
        // tenant is charged exactly the two calls' requests and reported tokens; nothing stays reserved.
        var model = new FakeChatClient(_clock).Enqueue(
            ToolScript.Call("lookup", "c1", tokens: 40),
            ToolScript.Call("lookup", "c2", tokens: 55),
            ToolScript.Done("all found", 10));
        var tool = new CountingTool("lookup");
        IChatClient agent = Agent(model, requestsPerDay: 2);

        BudgetExceededException refused = await Assert.ThrowsAsync<BudgetExceededException>(() => Turn(agent, "Look up both orders.", WithTool(tool.Function), streaming));

        Assert.Equal("tenant:contoso", refused.Scope);
        Assert.Equal(2, tool.Runs);
        Assert.Equal(2, model.CallCount);
        Assert.Equal(2, await UsedAsync(agent, "requests"));
        Assert.Equal(40 + 55, await UsedAsync(agent, "tokens"));
        Assert.Equal(2, _store.Reserved);
        Assert.Empty(_store.Open);
        Assert.Empty(_store.Violations);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_tool_that_throws_with_personal_data_in_its_message_reaches_the_model_redacted_and_the_turn_is_charged_per_call(bool streaming)
    {
        // Invariants: with detailed errors on, the function invoker sends the tool's exception message to the model as
        // the tool result; the address in it is personal data and reaches the model only as a placeholder. The turn
        // completes with two round trips, each charged once.
        var model = new FakeChatClient(_clock).Enqueue(ToolScript.Call("find_account", "c1", tokens: 40), ToolScript.Done("No account was found.", 10));
        var tool = new CountingTool("find_account", _ => throw new InvalidOperationException("No account is registered for dana.white@example.com."));
        IChatClient agent = Agent(model, configureInvocation: f => f.IncludeDetailedErrors = true);

        ChatResponse answer = await Turn(agent, "Find my account.", WithTool(tool.Function), streaming);

        Assert.Equal("No account was found.", answer.Text);
        Assert.Equal(1, tool.Runs);
        Assert.Equal(2, model.CallCount);
        string sent = string.Concat(ToolScript.ResultsIn(model.Requests[1]).Select(r => r.Result?.ToString()));
        Assert.Contains("No account is registered for", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("dana.white", sent, StringComparison.Ordinal);
        Assert.Equal(2, await UsedAsync(agent, "requests"));
        Assert.Equal(50, await UsedAsync(agent, "tokens"));
        Assert.Empty(_store.Open);
        Assert.Empty(_store.Violations);
    }
}
