using Governance.AI.Testing;
using Governance.AI.Tools;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.AI.Tests.Tools;

public sealed class ToolGovernanceTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryToolAuditSink _audit = new();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_tool_denied_for_the_tenant_never_runs_and_the_model_and_caller_see_the_refusal(bool streaming)
    {
        var options = new ToolGovernanceOptions();
        options.Tenants["contoso"] = new ToolAccessList();
        options.Tenants["contoso"].Denied.Add("delete_records");
        var tool = new CountingTool("delete_records");
        var model = new FakeChatClient(_clock).Enqueue(ToolScript.Call("delete_records", "c1"), ToolScript.Done());
        IChatClient client = Build(model, options);

        ChatResponse response = await GetAsync(client, streaming, new ChatOptions { Tools = [tool.Function] }.ForCaller("contoso"));

        Assert.Equal(0, tool.Runs);
        FunctionResultContent refusal = Assert.Single(ToolScript.ResultsIn(model.Requests[1]));
        Assert.Equal(options.RefusalMessage, refusal.Result?.ToString());
        // Streamed, the turn's properties ride on the update with the finish reason; ToChatResponse keeps them on its message.
        AdditionalPropertiesDictionary? properties = streaming ? response.Messages[^1].AdditionalProperties : response.AdditionalProperties;
        Assert.Equal(["delete_records"], Assert.IsAssignableFrom<IReadOnlyList<string>>(properties?[ToolGovernanceProperties.DeniedTools]));
        ToolAuditRecord record = Assert.Single(_audit.Records);
        Assert.Equal((ToolCallOutcome.Denied, "delete_records", "contoso"), (record.Outcome, record.ToolName, record.TenantId));
    }

    [Fact]
    public async Task A_tool_denied_for_one_tenant_still_runs_for_another()
    {
        var options = new ToolGovernanceOptions();
        options.Tenants["contoso"] = new ToolAccessList { Allowed = new HashSet<string> { "search" } };
        var tool = new CountingTool("delete_records");
        var model = new FakeChatClient(_clock).Enqueue(ToolScript.Call("delete_records", "c1"), ToolScript.Done());
        IChatClient client = Build(model, options);

        ChatResponse response = await client.GetResponseAsync("go", new ChatOptions { Tools = [tool.Function] }.ForCaller("fabrikam"));

        Assert.Equal(1, tool.Runs);
        Assert.Null(response.AdditionalProperties?.GetValueOrDefault(ToolGovernanceProperties.DeniedTools));
        Assert.Equal(ToolCallOutcome.Succeeded, Assert.Single(_audit.Records).Outcome);
    }

    [Fact]
    public async Task An_approval_required_tool_pauses_the_turn_and_runs_only_once_approved()
    {
        var options = new ToolGovernanceOptions();
        options.Tools["transfer_funds"] = new ToolPolicy { RequiresApproval = true };
        var tool = new CountingTool("transfer_funds");
        var model = new FakeChatClient(_clock).Enqueue(ToolScript.Call("transfer_funds", "c1"), ToolScript.Done("sent"));
        IChatClient client = Build(model, options);
        ChatOptions chatOptions = new ChatOptions { Tools = [tool.Function] }.ForCaller("contoso");
        List<ChatMessage> history = [new(ChatRole.User, "pay the invoice")];

        ChatResponse paused = await client.GetResponseAsync(history, chatOptions);

        Assert.Equal(0, tool.Runs);
        Assert.Equal(1, model.CallCount);
        ToolApprovalRequestContent request = Assert.Single(paused.Messages.SelectMany(m => m.Contents).OfType<ToolApprovalRequestContent>());
        Assert.Empty(_audit.Records);

        history.AddRange(paused.Messages);
        history.Add(new ChatMessage(ChatRole.User, [request.CreateResponse(approved: true)]));
        ChatResponse resumed = await client.GetResponseAsync(history, chatOptions);

        Assert.Equal(1, tool.Runs);
        Assert.Equal("sent", resumed.Text);
        Assert.Equal(ToolCallOutcome.Succeeded, Assert.Single(_audit.Records).Outcome);
    }

    [Fact]
    public async Task A_denied_tool_that_requires_approval_is_refused_without_asking_for_approval()
    {
        var options = new ToolGovernanceOptions();
        options.DeniedTools.Add("transfer_funds");
        options.Tools["transfer_funds"] = new ToolPolicy { RequiresApproval = true };
        var tool = new CountingTool("transfer_funds");
        var model = new FakeChatClient(_clock).Enqueue(ToolScript.Call("transfer_funds", "c1"), ToolScript.Done());
        IChatClient client = Build(model, options);

        ChatResponse response = await client.GetResponseAsync("pay", new ChatOptions { Tools = [tool.Function] });

        Assert.Empty(response.Messages.SelectMany(m => m.Contents).OfType<ToolApprovalRequestContent>());
        Assert.Equal(0, tool.Runs);
        Assert.Equal(ToolCallOutcome.Denied, Assert.Single(_audit.Records).Outcome);
    }

    [Fact]
    public async Task The_circuit_opens_after_failures_refuses_calls_without_running_the_tool_and_closes_after_the_break_on_the_fake_clock()
    {
        var options = new ToolGovernanceOptions();
        options.Tools["flaky"] = new ToolPolicy
        {
            CircuitBreaker = new ToolCircuitBreakerOptions { FailureRatio = 0.5, MinimumThroughput = 2, BreakDuration = TimeSpan.FromSeconds(30) },
        };
        var tool = new CountingTool("flaky", run => run <= 2 ? throw new InvalidOperationException("backend down") : "ok");
        var model = new FakeChatClient(_clock);
        IChatClient client = Build(model, options);
        var chatOptions = new ChatOptions { Tools = [tool.Function] };

        for (int turn = 1; turn <= 3; turn++)
        {
            model.Enqueue(ToolScript.Call("flaky", "c" + turn), ToolScript.Done());
            await client.GetResponseAsync("go", chatOptions);
        }

        // Two failures opened the circuit: the third call was refused and the tool did not run.
        Assert.Equal(2, tool.Runs);
        Assert.Equal([ToolCallOutcome.Failed, ToolCallOutcome.Failed, ToolCallOutcome.CircuitOpen], _audit.Records.Select(r => r.Outcome));
        Assert.Equal("InvalidOperationException", _audit.Records[0].ErrorType);

        _clock.Advance(TimeSpan.FromSeconds(30));
        model.Enqueue(ToolScript.Call("flaky", "c4"), ToolScript.Done());
        await client.GetResponseAsync("go", chatOptions);

        Assert.Equal(3, tool.Runs);
        Assert.Equal(ToolCallOutcome.Succeeded, _audit.Records[^1].Outcome);
    }

    [Fact]
    public async Task The_rate_limit_refuses_calls_past_the_window_limit_per_tenant_until_the_window_turns()
    {
        var options = new ToolGovernanceOptions();
        options.Tools["search"] = new ToolPolicy { MaxCallsPerWindow = 2, RateLimitWindow = TimeSpan.FromMinutes(1) };
        var tool = new CountingTool("search");
        var model = new FakeChatClient(_clock);
        IChatClient client = Build(model, options);

        async Task TurnAsync(string tenant, string callId)
        {
            model.Enqueue(ToolScript.Call("search", callId), ToolScript.Done());
            await client.GetResponseAsync("go", new ChatOptions { Tools = [tool.Function] }.ForCaller(tenant));
        }

        await TurnAsync("contoso", "c1");
        await TurnAsync("contoso", "c2");
        await TurnAsync("contoso", "c3");
        await TurnAsync("fabrikam", "c4");

        Assert.Equal(3, tool.Runs);
        Assert.Equal(ToolCallOutcome.RateLimited, _audit.Records[2].Outcome);

        _clock.Advance(TimeSpan.FromMinutes(1));
        await TurnAsync("contoso", "c5");
        Assert.Equal(4, tool.Runs);
    }

    [Fact]
    public async Task A_tool_past_its_timeout_is_cancelled_and_audited_as_failed()
    {
        var options = new ToolGovernanceOptions();
        options.Tools["slow"] = new ToolPolicy { Timeout = TimeSpan.FromSeconds(5) };
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        AIFunction slow = AIFunctionFactory.Create(
            async (CancellationToken token) =>
            {
                started.SetResult();
                await Task.Delay(Timeout.InfiniteTimeSpan, token);
                return "never";
            },
            "slow");
        var model = new FakeChatClient(_clock).Enqueue(ToolScript.Call("slow", "c1"), ToolScript.Done());
        IChatClient client = Build(model, options);

        Task<ChatResponse> turn = client.GetResponseAsync("go", new ChatOptions { Tools = [slow] });
        await started.Task;
        _clock.Advance(TimeSpan.FromSeconds(5));
        await turn;

        ToolAuditRecord record = Assert.Single(_audit.Records);
        Assert.Equal((ToolCallOutcome.Failed, "TimeoutRejectedException"), (record.Outcome, record.ErrorType));
    }

    [Fact]
    public async Task A_retried_turn_repeating_a_state_changing_call_replays_the_first_result_and_the_tool_runs_once()
    {
        var options = new ToolGovernanceOptions();
        options.Tools["create_order"] = new ToolPolicy { IsStateChanging = true };
        var tool = new CountingTool("create_order");
        var model = new FakeChatClient(_clock);
        IChatClient client = Build(model, options);
        ChatOptions chatOptions = new ChatOptions { Tools = [tool.Function] }.ForCaller("contoso");

        // The same turn twice (a client retry after a timeout): the model repeats call id c7.
        for (int attempt = 0; attempt < 2; attempt++)
        {
            model.Enqueue(ToolScript.Call("create_order", "c7"), ToolScript.Done());
            await client.GetResponseAsync("order one widget", chatOptions);
        }

        Assert.Equal(1, tool.Runs);
        Assert.Equal("result-1", ToolScript.ResultsIn(model.Requests[3]).Single().Result?.ToString());
        Assert.Equal([ToolCallOutcome.Succeeded, ToolCallOutcome.Replayed], _audit.Records.Select(r => r.Outcome));

        // Another tenant's call with the same id is its own call.
        model.Enqueue(ToolScript.Call("create_order", "c7"), ToolScript.Done());
        await client.GetResponseAsync("order one widget", new ChatOptions { Tools = [tool.Function] }.ForCaller("fabrikam"));
        Assert.Equal(2, tool.Runs);
    }

    [Fact]
    public async Task A_tool_that_does_not_change_state_runs_again_on_a_repeated_call_id()
    {
        var tool = new CountingTool("search");
        var model = new FakeChatClient(_clock);
        IChatClient client = Build(model, new ToolGovernanceOptions());

        for (int attempt = 0; attempt < 2; attempt++)
        {
            model.Enqueue(ToolScript.Call("search", "c7"), ToolScript.Done());
            await client.GetResponseAsync("go", new ChatOptions { Tools = [tool.Function] });
        }

        Assert.Equal(2, tool.Runs);
    }

    [Fact]
    public async Task The_audit_holds_argument_names_but_never_raw_argument_values()
    {
        var tool = new CountingTool("lookup");
        var model = new FakeChatClient(_clock).Enqueue(
            ToolScript.Call("lookup", "c1", new Dictionary<string, object?> { ["id"] = "SSN 123-45-6789" }), ToolScript.Done());
        IChatClient client = Build(model, new ToolGovernanceOptions());

        await client.GetResponseAsync("go", new ChatOptions { Tools = [tool.Function] });

        ToolAuditRecord record = Assert.Single(_audit.Records);
        Assert.Equal(1, tool.Runs);
        Assert.Equal(["id"], record.Arguments.Keys);
        Assert.Null(record.Arguments["id"]);
        Assert.DoesNotContain("123-45-6789", record.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("123-45-6789", System.Text.Json.JsonSerializer.Serialize(record), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configured_redactor_decides_the_audited_argument_text()
    {
        var options = new ToolGovernanceOptions { AuditArgumentRedactor = (name, value) => name + ":<" + value?.ToString()?.Length + " chars>" };
        var tool = new CountingTool("lookup");
        var model = new FakeChatClient(_clock).Enqueue(
            ToolScript.Call("lookup", "c1", new Dictionary<string, object?> { ["id"] = "123-45-6789" }), ToolScript.Done());
        IChatClient client = Build(model, options);

        await client.GetResponseAsync("go", new ChatOptions { Tools = [tool.Function] });

        Assert.Equal("id:<11 chars>", Assert.Single(_audit.Records).Arguments["id"]);
    }

    [Fact]
    public async Task A_configured_result_redactor_rewrites_what_the_model_receives()
    {
        var options = new ToolGovernanceOptions { ResultRedactor = (tool, result) => tool + " returned <redacted " + result?.ToString()?.Length + " chars>" };
        var tool = new CountingTool("crm_lookup", _ => "jane.doe@example.com");
        var model = new FakeChatClient(_clock).Enqueue(ToolScript.Call("crm_lookup", "c1"), ToolScript.Done());
        IChatClient client = Build(model, options);

        await client.GetResponseAsync("go", new ChatOptions { Tools = [tool.Function] });

        FunctionResultContent result = Assert.Single(ToolScript.ResultsIn(model.Requests[1]));
        Assert.Equal("crm_lookup returned <redacted 20 chars>", result.Result?.ToString());
        Assert.DoesNotContain("jane.doe", model.Requests[1].AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registered_through_AddChatClient_with_AddToolGovernance_the_policy_and_audit_sink_come_from_the_services()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_clock);
        var model = new FakeChatClient(_clock).Enqueue(ToolScript.Call("delete_records", "c1"), ToolScript.Done());
        services.AddChatClient(model)
            .UseToolGovernance()
            .UseFunctionInvocation()
            .UseToolTurnBudget()
            .UseAiGovernance(services, g => g.AddToolGovernance(o => o.DeniedTools.Add("delete_records")));
        using ServiceProvider provider = services.BuildServiceProvider();
        var tool = new CountingTool("delete_records");

        ChatResponse response = await provider.GetRequiredService<IChatClient>().GetResponseAsync("go", new ChatOptions { Tools = [tool.Function] });

        Assert.Equal(0, tool.Runs);
        Assert.NotNull(response.AdditionalProperties?[ToolGovernanceProperties.DeniedTools]);
        var audit = Assert.IsType<InMemoryToolAuditSink>(provider.GetRequiredService<IToolAuditSink>());
        Assert.Equal(ToolCallOutcome.Denied, Assert.Single(audit.Records).Outcome);
    }

    [Fact]
    public void Invalid_options_are_rejected_with_the_option_named()
    {
        var options = new ToolGovernanceOptions();
        options.Tools["flaky"] = new ToolPolicy { CircuitBreaker = new ToolCircuitBreakerOptions { MinimumThroughput = 1 } };

        ArgumentException error = Assert.Throws<ArgumentException>(() => new ChatClientBuilder(new FakeChatClient()).UseToolGovernance(options));
        Assert.Contains("'flaky'", error.Message, StringComparison.Ordinal);
        Assert.Contains("MinimumThroughput", error.Message, StringComparison.Ordinal);
    }

    internal static async Task<ChatResponse> GetAsync(IChatClient client, bool streaming, ChatOptions options) =>
        streaming
            ? await client.GetStreamingResponseAsync("go", options).ToChatResponseAsync()
            : await client.GetResponseAsync("go", options);

    private IChatClient Build(IChatClient model, ToolGovernanceOptions options)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_clock);
        services.AddSingleton<IToolAuditSink>(_audit);
        using ServiceProvider provider = services.BuildServiceProvider();
        return new ChatClientBuilder(model)
            .UseToolGovernance(options)
            .UseFunctionInvocation()
            .UseToolTurnBudget()
            .Build(provider);
    }
}
