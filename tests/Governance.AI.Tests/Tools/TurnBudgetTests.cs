using Governance.AI.Testing;
using Governance.AI.Tools;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.Tools;

public sealed class TurnBudgetTests
{
    private readonly FakeTimeProvider _clock = new();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_round_trip_limit_stops_a_runaway_loop_with_a_typed_error(bool streaming)
    {
        var tool = new CountingTool("search");
        int call = 0;
        var model = new FakeChatClient(_clock) { Responder = _ => ToolScript.Call("search", "c" + Interlocked.Increment(ref call)) };
        IChatClient client = Build(model, new ToolGovernanceOptions { MaxRoundTripsPerTurn = 3 });

        TurnLimitExceededException error = await Assert.ThrowsAsync<TurnLimitExceededException>(
            () => ToolGovernanceTests.GetAsync(client, streaming, new ChatOptions { Tools = [tool.Function] }.ForCaller("contoso")));

        Assert.Equal(3, model.CallCount);
        Assert.Equal(3, tool.Runs);
        Assert.Equal(("round_trips", 3L, 3L), (error.LimitName, error.Limit, error.Used));
        Assert.Equal((TurnLimitExceededException.ReasonCodeValue, "tools", "tenant:contoso", 429), (error.ReasonCode, error.Policy, error.Scope, error.StatusCode));
    }

    [Fact]
    public async Task A_token_limit_refuses_the_round_trip_after_the_turn_has_used_its_tokens()
    {
        var tool = new CountingTool("search");
        int call = 0;
        var model = new FakeChatClient(_clock) { Responder = _ => ToolScript.Call("search", "c" + Interlocked.Increment(ref call), tokens: 100) };
        IChatClient client = Build(model, new ToolGovernanceOptions { MaxTokensPerTurn = 250 });

        TurnLimitExceededException error = await Assert.ThrowsAsync<TurnLimitExceededException>(
            () => client.GetResponseAsync("go", new ChatOptions { Tools = [tool.Function] }));

        Assert.Equal(3, model.CallCount);
        Assert.Equal(("tokens", 250L, 300L), (error.LimitName, error.Limit, error.Used));
    }

    [Fact]
    public async Task A_turn_within_its_limits_completes_and_reports_its_round_trips()
    {
        var tool = new CountingTool("search");
        var model = new FakeChatClient(_clock).Enqueue(ToolScript.Call("search", "c1"), ToolScript.Done());
        IChatClient client = Build(model, new ToolGovernanceOptions { MaxRoundTripsPerTurn = 2 });

        ChatResponse response = await client.GetResponseAsync("go", new ChatOptions { Tools = [tool.Function] });

        Assert.Equal("done", response.Text);
        Assert.Equal(2, response.AdditionalProperties?[ToolGovernanceProperties.RoundTrips]);
        Assert.All(model.Requests, r => Assert.False(r.Options?.AdditionalProperties?.ContainsKey("governance.tools.turn") ?? false));
    }

    [Fact]
    public async Task Turn_limits_without_the_turn_meter_inside_the_loop_fail_loudly_instead_of_going_unenforced()
    {
        var model = new FakeChatClient(_clock).Enqueue(ToolScript.Done());
        IChatClient client = new ChatClientBuilder(model)
            .UseToolGovernance(new ToolGovernanceOptions { MaxRoundTripsPerTurn = 2 })
            .UseFunctionInvocation()
            .Build();

        InvalidOperationException error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetResponseAsync("go"));
        Assert.Contains("UseToolTurnBudget", error.Message, StringComparison.Ordinal);
    }

    private static IChatClient Build(IChatClient model, ToolGovernanceOptions options) =>
        new ChatClientBuilder(model)
            .UseToolGovernance(options)
            .UseFunctionInvocation()
            .UseToolTurnBudget()
            .Build();
}
