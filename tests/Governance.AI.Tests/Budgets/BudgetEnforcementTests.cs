using Governance.AI.Budgets;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using static Governance.AI.Tests.Budgets.BudgetTestKit;

namespace Governance.AI.Tests.Budgets;

public sealed class BudgetEnforcementTests
{
    private static readonly CallerContext Contoso = CallerContext.ForTenant("contoso");

    private static BudgetOptions TokensPerMinute(long tokens)
    {
        var options = new BudgetOptions();
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Minute, Tokens = tokens });
        return options;
    }

    [Fact]
    public async Task A_request_that_fits_exactly_passes_and_one_token_more_is_rejected()
    {
        // Prompt 90 + output allowance 10 = 100 = the limit.
        GovernanceTestHarness exact = Harness(TokensPerMinute(100));
        exact.Model.Enqueue(FakeReply.Text("0123456789", inputTokens: 90, outputTokens: 10));
        ChatResponse response = await exact.Client.GetResponseAsync(Prompt(90), Options("contoso", maxOutputTokens: 10));
        Assert.Equal(0L, response.AdditionalProperties![BudgetProperties.RemainingTokens]);
        Assert.Equal(100, await UsedAsync(exact, Contoso, "tokens"));

        GovernanceTestHarness oneMore = Harness(TokensPerMinute(100));
        var error = await Assert.ThrowsAsync<BudgetExceededException>(
            () => oneMore.Client.GetResponseAsync(Prompt(91), Options("contoso", maxOutputTokens: 10)));
        Assert.Equal("tenant:contoso", error.Scope);
        Assert.Equal("tokens", error.LimitName);
        Assert.Equal("1m", error.Window);
        Assert.Equal(100m, error.Limit);
        Assert.Equal(0m, error.Used);
        Assert.Equal(101m, error.Requested);
        Assert.Equal(GovernanceReasonCodes.BudgetExceeded, error.ReasonCode);
        Assert.Equal(429, error.StatusCode);
        Assert.Null(error.RetryAfter); // 101 tokens never fit a 100-token window.
        Assert.Equal(0, oneMore.Model.CallCount);
        Assert.Equal(0, await UsedAsync(oneMore, Contoso, "tokens"));
    }

    [Fact]
    public async Task Settlement_refunds_the_unused_allowance_and_the_boundary_holds_on_what_remains()
    {
        GovernanceTestHarness harness = Harness(TokensPerMinute(100));
        harness.Clock.Advance(TimeSpan.FromSeconds(15));

        // Reserves 20 + 40, settles 20 + 5.
        harness.Model.Enqueue(FakeReply.Text("hello", inputTokens: 20, outputTokens: 5));
        ChatResponse first = await harness.Client.GetResponseAsync(Prompt(20), Options("contoso", maxOutputTokens: 40));
        Assert.Equal(25L, first.AdditionalProperties![BudgetProperties.ChargedTokens]);
        Assert.Equal(75L, first.AdditionalProperties![BudgetProperties.RemainingTokens]);
        Assert.Equal(25, await UsedAsync(harness, Contoso, "tokens"));

        // 75 remain: 65 + 10 fits exactly.
        harness.Model.Enqueue(FakeReply.Text("0123456789", inputTokens: 65, outputTokens: 10));
        await harness.Client.GetResponseAsync(Prompt(65), Options("contoso", maxOutputTokens: 10));
        Assert.Equal(100, await UsedAsync(harness, Contoso, "tokens"));

        var error = await Assert.ThrowsAsync<BudgetExceededException>(
            () => harness.Client.GetResponseAsync(Prompt(6), Options("contoso", maxOutputTokens: 1)));
        Assert.Equal(100m, error.Used);
        Assert.Equal(0m, error.Remaining);
        Assert.Equal(7m, error.Requested);
        Assert.Equal(TimeSpan.FromSeconds(45), error.RetryAfter);
    }

    [Fact]
    public async Task Output_is_counted_with_the_tokenizer_when_the_provider_reports_no_usage()
    {
        GovernanceTestHarness harness = Harness(TokensPerMinute(1000));
        harness.Model.Enqueue(FakeReply.Text("twelve chars"));
        ChatResponse response = await harness.Client.GetResponseAsync(Prompt(30), Options("contoso", maxOutputTokens: 100));
        Assert.Equal(42L, response.AdditionalProperties![BudgetProperties.ChargedTokens]);
        Assert.Equal(42, await UsedAsync(harness, Contoso, "tokens"));
    }

    [Fact]
    public async Task Failed_and_cancelled_calls_are_refunded_when_RefundFailedCalls_is_on()
    {
        var options = TokensPerMinute(1000);
        options.RefundFailedCalls = true;
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Concurrent = 1, Window = BudgetWindow.Minute, Requests = 10 });
        GovernanceTestHarness harness = Harness(options);

        harness.Model.Enqueue(FakeReply.Throw(new InvalidOperationException("provider down")));
        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Client.GetResponseAsync(Prompt(50), Options("contoso", 50)));

        harness.Model.Enqueue(FakeReply.Text("late").After(TimeSpan.FromSeconds(5)));
        using var cts = new CancellationTokenSource();
        Task<ChatResponse> pending = harness.Client.GetResponseAsync(Prompt(50), Options("contoso", 50), cts.Token);
        Assert.Equal(100, await UsedAsync(harness, Contoso, "tokens"));
        Assert.Equal(1, await UsedAsync(harness, Contoso, "concurrent"));
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);

        Assert.Equal(0, await UsedAsync(harness, Contoso, "tokens"));
        Assert.Equal(0, await UsedAsync(harness, Contoso, "requests"));
        Assert.Equal(0, await UsedAsync(harness, Contoso, "concurrent"));
    }

    [Fact]
    public async Task A_concurrency_limit_rejects_while_the_slots_are_taken_and_frees_them_when_calls_end()
    {
        var options = new BudgetOptions();
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant | BudgetScope.User, Concurrent = 2 });
        GovernanceTestHarness harness = Harness(options);
        harness.Model.Latency = TimeSpan.FromSeconds(1);

        Task<ChatResponse> a = harness.Client.GetResponseAsync(Prompt(10), Options("contoso", user: "alice"));
        Task<ChatResponse> b = harness.Client.GetResponseAsync(Prompt(10), Options("contoso", user: "alice"));
        var error = await Assert.ThrowsAsync<BudgetExceededException>(() => harness.Client.GetResponseAsync(Prompt(10), Options("contoso", user: "alice")));
        Assert.Equal("tenant:contoso/user:alice", error.Scope);
        Assert.Equal("concurrent", error.LimitName);
        Assert.Null(error.Window);
        Assert.Equal(2m, error.Used);

        // Another user has slots of their own.
        Task<ChatResponse> bob = harness.Client.GetResponseAsync(Prompt(10), Options("contoso", user: "bob"));

        harness.Clock.Advance(TimeSpan.FromSeconds(1));
        await Task.WhenAll(a, b, bob);
        harness.Model.Latency = TimeSpan.Zero;
        await harness.Client.GetResponseAsync(Prompt(10), Options("contoso", user: "alice"));
    }

    [Fact]
    public async Task Every_applicable_rule_must_pass_and_the_one_that_fails_is_named()
    {
        var options = new BudgetOptions();
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Month, Tokens = 1000 });
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant | BudgetScope.User, Window = BudgetWindow.Day, Tokens = 100 });
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant | BudgetScope.Model, Window = BudgetWindow.Hour, Requests = 3, Model = "gpt-4o" });
        GovernanceTestHarness harness = Harness(options);

        harness.Model.Responder = _ => FakeReply.Text("ok", inputTokens: 40, outputTokens: 2);
        await harness.Client.GetResponseAsync(Prompt(40), Options("contoso", 10, user: "alice", model: "gpt-4o"));
        await harness.Client.GetResponseAsync(Prompt(40), Options("contoso", 10, user: "alice", model: "gpt-4o"));
        var user = await Assert.ThrowsAsync<BudgetExceededException>(
            () => harness.Client.GetResponseAsync(Prompt(40), Options("contoso", 10, user: "alice", model: "gpt-4o")));
        Assert.Equal("tenant:contoso/user:alice", user.Scope);
        Assert.Equal("1d", user.Window);

        await harness.Client.GetResponseAsync(Prompt(40), Options("contoso", 10, user: "bob", model: "gpt-4o"));
        var model = await Assert.ThrowsAsync<BudgetExceededException>(
            () => harness.Client.GetResponseAsync(Prompt(40), Options("contoso", 10, user: "carol", model: "gpt-4o")));
        Assert.Equal("tenant:contoso/model:gpt-4o", model.Scope);
        Assert.Equal("requests", model.LimitName);
        Assert.Equal("1h", model.Window);

        // The rejected requests reserved nothing anywhere (all or nothing).
        Assert.Equal(126, await UsedAsync(harness, Contoso, "tokens", "month"));
    }

    [Fact]
    public async Task Per_request_size_limits_reject_with_request_too_large()
    {
        var options = new BudgetOptions();
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Application, MaxPromptTokens = 100, MaxOutputTokens = 50 });
        GovernanceTestHarness harness = Harness(options);

        var prompt = await Assert.ThrowsAsync<BudgetExceededException>(() => harness.Client.GetResponseAsync(Prompt(101), Options("contoso")));
        Assert.Equal(GovernanceReasonCodes.RequestTooLarge, prompt.ReasonCode);
        Assert.Equal("prompt_tokens", prompt.LimitName);
        Assert.Equal(413, prompt.StatusCode);
        Assert.Equal("app:_", prompt.Scope);

        var output = await Assert.ThrowsAsync<BudgetExceededException>(() => harness.Client.GetResponseAsync(Prompt(100), Options("contoso", maxOutputTokens: 51)));
        Assert.Equal("output_tokens", output.LimitName);
        Assert.Equal(GovernanceReasonCodes.RequestTooLarge, output.ReasonCode);

        // Exactly at both limits passes; without MaxOutputTokens the provider is asked for at most the limit.
        await harness.Client.GetResponseAsync(Prompt(100), Options("contoso", maxOutputTokens: 50));
        await harness.Client.GetResponseAsync(Prompt(100), Options("contoso"));
        Assert.Equal(50, harness.Model.Requests[^1].Options!.MaxOutputTokens);
    }

    [Fact]
    public async Task Without_MaxOutputTokens_the_default_allowance_is_reserved_and_sent_on_a_clone()
    {
        var options = TokensPerMinute(10_000);
        options.DefaultOutputAllowance = 300;
        GovernanceTestHarness harness = Harness(options);
        harness.Model.Latency = TimeSpan.FromSeconds(1);
        ChatOptions callerOptions = Options("contoso");

        Task<ChatResponse> call = harness.Client.GetResponseAsync(Prompt(50), callerOptions);
        Assert.Equal(350, await UsedAsync(harness, Contoso, "tokens"));
        harness.Clock.Advance(TimeSpan.FromSeconds(1));
        await call;

        Assert.Equal(300, harness.Model.Requests[0].Options!.MaxOutputTokens);
        Assert.Null(callerOptions.MaxOutputTokens);
    }

    [Fact]
    public async Task Clamping_lowers_MaxOutputTokens_to_what_remains_without_touching_the_callers_options()
    {
        var options = TokensPerMinute(100);
        options.ClampMaxOutputTokens = true;
        options.MinClampedOutputTokens = 5;
        GovernanceTestHarness harness = Harness(options);
        harness.Model.Responder = request => FakeReply.Text(
            "x", inputTokens: CharTokenCounter.Instance.CountTokens(request.Messages), outputTokens: request.Options?.MaxOutputTokens ?? 0);
        await harness.Client.GetResponseAsync(Prompt(60), Options("contoso", 10));

        // 30 remain; the prompt takes 20, so 10 of the 50 asked for are allowed.
        ChatOptions callerOptions = Options("contoso", 50);
        await harness.Client.GetResponseAsync(Prompt(20), callerOptions);
        Assert.Equal(10, harness.Model.Requests[^1].Options!.MaxOutputTokens);
        Assert.Equal(50, callerOptions.MaxOutputTokens);

        // Less than MinClampedOutputTokens left: rejected.
        await Assert.ThrowsAsync<BudgetExceededException>(() => harness.Client.GetResponseAsync(Prompt(20), Options("contoso", 50)));
    }

    [Fact]
    public async Task Cost_limits_use_the_configured_prices_and_the_response_reports_the_cost()
    {
        var options = new BudgetOptions();
        options.Prices["house-model"] = new BudgetPrice { InputPerMillion = 1_000_000m, OutputPerMillion = 2_000_000m };
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, CostUsd = 100m });
        GovernanceTestHarness harness = Harness(options);

        // $1 per input token, $2 per output token: 30 + 2 * 20 = $70 reserved, $30 + 2 * 5 = $40 charged.
        harness.Model.Enqueue(FakeReply.Text("hello", inputTokens: 30, outputTokens: 5));
        ChatResponse response = await harness.Client.GetResponseAsync(Prompt(30), Options("contoso", 20, model: "house-model"));
        Assert.Equal(40m, response.AdditionalProperties![GovernanceProperties.CostUsd]);
        Assert.Equal(60m, response.AdditionalProperties![BudgetProperties.RemainingCostUsd]);

        // $30 + $2 * 15 = $60 fits exactly; a dollar more does not.
        var error = await Assert.ThrowsAsync<BudgetExceededException>(
            () => harness.Client.GetResponseAsync(Prompt(31), Options("contoso", 15, model: "house-model")));
        Assert.Equal("cost_usd", error.LimitName);
        Assert.Equal(100m, error.Limit);
        Assert.Equal(40m, error.Used);
        Assert.Equal(61m, error.Requested);
        harness.Model.Enqueue(FakeReply.Text("x", inputTokens: 30, outputTokens: 15));
        await harness.Client.GetResponseAsync(Prompt(30), Options("contoso", 15, model: "house-model"));
    }

    [Fact]
    public async Task Monitor_mode_counts_and_reports_what_would_be_blocked_but_blocks_nothing()
    {
        var options = TokensPerMinute(50);
        options.Mode = BudgetMode.Monitor;
        var reported = new List<BudgetExceededException>();
        options.OnLimitExceeded = reported.Add;
        GovernanceTestHarness harness = Harness(options);

        harness.Model.Enqueue(FakeReply.Text("hello", inputTokens: 60, outputTokens: 5));
        ChatResponse response = await harness.Client.GetResponseAsync(Prompt(60), Options("contoso", 10));

        Assert.Equal("tenant:contoso tokens per 1m", response.AdditionalProperties![BudgetProperties.WouldBlock]);
        Assert.Equal(65, await UsedAsync(harness, Contoso, "tokens"));
        BudgetExceededException error = Assert.Single(reported);
        Assert.Equal(70m, error.Requested);
        Assert.Equal(1, harness.Model.CallCount);

        harness.Model.Enqueue(FakeReply.Text("fits"));
        ChatResponse fine = await harness.Client.GetResponseAsync(Prompt(6), Options("fabrikam", 1));
        Assert.False(fine.AdditionalProperties!.ContainsKey(BudgetProperties.WouldBlock));
    }

    [Fact]
    public async Task Soft_thresholds_fire_once_per_window()
    {
        var options = TokensPerMinute(100);
        options.SoftThresholds = [0.5, 1.0];
        var events = new List<BudgetThresholdReached>();
        options.OnThresholdReached = events.Add;
        GovernanceTestHarness harness = Harness(options);
        harness.Model.Responder = _ => FakeReply.Text("x", inputTokens: 40, outputTokens: 1);

        // Reserves 60 (crosses 0.5), settles 41.
        await harness.Client.GetResponseAsync(Prompt(40), Options("contoso", 20));
        BudgetThresholdReached half = Assert.Single(events);
        Assert.Equal(0.5, half.Threshold);
        Assert.Equal("tenant:contoso", half.Scope);
        Assert.Equal("tokens", half.LimitName);
        Assert.Equal("1m", half.Window);
        Assert.Equal(60m, half.Used);

        // Crosses 0.5 again (41 -> 62 reserved): no second event in this window.
        harness.Model.Responder = _ => FakeReply.Text("x", inputTokens: 20, outputTokens: 1);
        await harness.Client.GetResponseAsync(Prompt(20), Options("contoso", 1));
        Assert.Single(events);

        // 62 + 38 = 100 crosses 1.0.
        harness.Model.Responder = _ => FakeReply.Text("x", inputTokens: 37, outputTokens: 1);
        await harness.Client.GetResponseAsync(Prompt(37), Options("contoso", 1));
        Assert.Equal([0.5, 1.0], events.Select(e => e.Threshold));

        // The next window raises them again.
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        harness.Model.Responder = _ => FakeReply.Text("x", inputTokens: 50, outputTokens: 1);
        await harness.Client.GetResponseAsync(Prompt(50), Options("contoso", 1));
        Assert.Equal([0.5, 1.0, 0.5], events.Select(e => e.Threshold));
        Assert.Equal(harness.Clock.GetUtcNow(), events[^1].WindowStart);
    }

    [Fact]
    public async Task Downgrade_flag_is_set_on_a_clone_when_remaining_budget_falls_below_the_fraction()
    {
        var options = TokensPerMinute(100);
        options.DowngradeBelowRemainingFraction = 0.5;
        var clock = new FakeTimeProvider();
        var model = new FakeChatClient(clock) { Responder = _ => FakeReply.Text("x", inputTokens: 20, outputTokens: 5) };
        using var policy = new BudgetChatClient(model, options, CharTokenCounter.Instance, timeProvider: clock);

        ChatOptions first = Options("contoso", 5);
        await policy.GetResponseAsync(Prompt(20), first); // 25 used afterwards: 75 % remains
        Assert.Null(GovernanceProperties.Get<object>(model.Requests[0].Options, GovernanceProperties.PreferCheaperModel));

        ChatOptions second = Options("contoso", 5);
        await policy.GetResponseAsync(Prompt(20), second); // 25 + 25 reserved: exactly 50 % remains, not below
        Assert.Null(GovernanceProperties.Get<object>(model.Requests[1].Options, GovernanceProperties.PreferCheaperModel));

        ChatOptions third = Options("contoso", 5);
        await policy.GetResponseAsync(Prompt(20), third); // 75 after reservation: 25 % remains
        Assert.True(GovernanceProperties.Get<bool>(model.Requests[2].Options, GovernanceProperties.PreferCheaperModel));
        Assert.False(third.AdditionalProperties!.ContainsKey(GovernanceProperties.PreferCheaperModel));
    }

    [Fact]
    public async Task Remaining_budget_is_queryable_per_caller()
    {
        var options = TokensPerMinute(1000);
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Requests = 10, Concurrent = 4 });
        GovernanceTestHarness harness = Harness(options);
        harness.Clock.Advance(TimeSpan.FromHours(6));
        harness.Model.Enqueue(FakeReply.Text("x", inputTokens: 94, outputTokens: 6));
        await harness.Client.GetResponseAsync(Prompt(94), Options("contoso", 10));

        IReadOnlyList<BudgetStatus> status = await Policy(harness).GetStatusAsync(Contoso);
        BudgetStatus tokens = status.Single(s => s.LimitName == "tokens");
        Assert.Equal(900m, tokens.Remaining);
        Assert.Equal(harness.Clock.GetUtcNow().AddMinutes(1), tokens.ResetsAt);
        BudgetStatus requests = status.Single(s => s.LimitName == "requests");
        Assert.Equal(9m, requests.Remaining);
        Assert.Equal(new DateTimeOffset(2025, 1, 2, 0, 0, 0, TimeSpan.Zero), requests.ResetsAt);
        Assert.Equal(0m, status.Single(s => s.LimitName == "concurrent").Used);

        IReadOnlyList<BudgetStatus> other = await Policy(harness).GetStatusAsync(CallerContext.ForTenant("fabrikam"));
        Assert.All(other, s => Assert.Equal(0m, s.Used));
    }

    [Fact]
    public async Task Requests_no_rule_applies_to_pass_through_untouched()
    {
        var options = new BudgetOptions();
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, TenantId = "contoso", Window = BudgetWindow.Minute, Tokens = 10 });
        GovernanceTestHarness harness = Harness(options);
        ChatOptions callerOptions = Options("fabrikam");
        ChatResponse response = await harness.Client.GetResponseAsync(Prompt(500), callerOptions);
        Assert.Null(response.AdditionalProperties?.GetValueOrDefault(BudgetProperties.ChargedTokens));
        Assert.Null(harness.Model.Requests[0].Options!.MaxOutputTokens);
    }

    [Fact]
    public async Task Ids_that_contain_separators_cannot_impersonate_another_scope()
    {
        var options = new BudgetOptions();
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant | BudgetScope.User, Window = BudgetWindow.Minute, Tokens = 100 });
        GovernanceTestHarness harness = Harness(options);
        harness.Model.Responder = r => FakeReply.Text("x", inputTokens: CharTokenCounter.Instance.CountTokens(r.Messages), outputTokens: 10);

        await harness.Client.GetResponseAsync(Prompt(90), new ChatOptions { MaxOutputTokens = 10 }.ForCaller(CallerContext.ForTenant("a/user:b")));
        var error = await Assert.ThrowsAsync<BudgetExceededException>(
            () => harness.Client.GetResponseAsync(Prompt(6), new ChatOptions { MaxOutputTokens = 1 }.ForCaller(CallerContext.ForTenant("a/user:b"))));
        Assert.Equal("tenant:a%2Fuser:b/user:_", error.Scope);

        await harness.Client.GetResponseAsync(Prompt(90), Options("a", 10, user: "b"));
        await harness.Client.GetResponseAsync(Prompt(90), Options("a", 10, user: "_"));
    }

    [Fact]
    public async Task A_tenant_can_be_required()
    {
        var options = TokensPerMinute(1000);
        options.RequireTenant = true;
        GovernanceTestHarness harness = Harness(options);
        var error = await Assert.ThrowsAsync<CallerContextRequiredException>(() => harness.Client.GetResponseAsync(Prompt(10)));
        Assert.Equal("tenant", error.Missing);
        Assert.Equal(0, harness.Model.CallCount);
    }

    [Fact]
    public async Task Options_are_read_per_request_so_a_reload_applies_to_the_next_call()
    {
        var source = new SwitchableSource(TokensPerMinute(100));
        var clock = new FakeTimeProvider();
        var model = new FakeChatClient(clock) { Responder = r => FakeReply.Text("x", CharTokenCounter.Instance.CountTokens(r.Messages), 0) };
        using var policy = new BudgetChatClient(model, source, CharTokenCounter.Instance, timeProvider: clock);

        await Assert.ThrowsAsync<BudgetExceededException>(() => policy.GetResponseAsync(Prompt(150), Options("contoso", 10)));
        source.Current = TokensPerMinute(1000);
        await policy.GetResponseAsync(Prompt(150), Options("contoso", 10));
        Assert.Equal(850m, (await policy.GetStatusAsync(Contoso)).Single().Remaining);
    }

    private sealed class SwitchableSource(BudgetOptions options) : IPolicyOptionsSource<BudgetOptions>
    {
        public BudgetOptions Current { get; set; } = options;
    }
}
