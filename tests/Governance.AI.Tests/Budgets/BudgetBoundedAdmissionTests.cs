using Governance.AI.Budgets;
using Governance.AI.Testing;
using Governance.AI.Tokenization;
using Microsoft.Extensions.AI;
using static Governance.AI.Tests.Budgets.BudgetTestKit;

namespace Governance.AI.Tests.Budgets;

/// <summary>
/// Admission by a cheap upper bound of the prompt (<see cref="BoundedCharTokenCounter"/>: Prompt(n) counts n, bound
/// 2n − 6): far from every limit the prompt is never counted; near one, every rejection, clamp, threshold and hint is
/// what the exact count decides, and every charge without provider usage is the exact count.
/// </summary>
public sealed class BudgetBoundedAdmissionTests
{
    private static readonly CallerContext Contoso = CallerContext.ForTenant("contoso");

    private static BudgetOptions TokensPerMinute(long tokens, BudgetMode mode = BudgetMode.Enforce)
    {
        var options = new BudgetOptions { Mode = mode };
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Minute, Tokens = tokens });
        return options;
    }

    [Fact]
    public async Task Far_from_every_limit_the_prompt_is_never_counted_and_the_providers_usage_is_charged()
    {
        var counter = new BoundedCharTokenCounter();
        GovernanceTestHarness harness = BoundedHarness(TokensPerMinute(1_000_000), counter);
        harness.Model.StreamingChunks = 4;
        for (int i = 0; i < 5; i++)
        {
            harness.Model.Enqueue(FakeReply.Text("answer", inputTokens: 90, outputTokens: 6));
            ChatResponse response = await harness.Client.GetResponseAsync(Prompt(90), Options("contoso", maxOutputTokens: 100));
            Assert.Equal(96L, response.AdditionalProperties![BudgetProperties.ChargedTokens]);
        }

        harness.Model.Enqueue(FakeReply.Text("streamed", inputTokens: 90, outputTokens: 8));
        List<ChatResponseUpdate> updates = await StreamAsync(harness, Prompt(90), Options("contoso", maxOutputTokens: 100));
        Assert.Equal(98L, updates[^1].AdditionalProperties![BudgetProperties.ChargedTokens]);

        Assert.Equal(0, counter.PromptCounts);
        Assert.Equal((5 * 96) + 98, await UsedAsync(harness, Contoso, "tokens"));
    }

    [Fact]
    public async Task A_request_the_bound_fails_but_the_count_fits_passes_and_one_token_more_is_rejected_with_exact_numbers()
    {
        // Prompt 90 (bound 174) + 10 = 100 = the limit.
        var counter = new BoundedCharTokenCounter();
        GovernanceTestHarness exact = BoundedHarness(TokensPerMinute(100), counter);
        exact.Model.Enqueue(FakeReply.Text("0123456789", inputTokens: 90, outputTokens: 10));
        ChatResponse response = await exact.Client.GetResponseAsync(Prompt(90), Options("contoso", maxOutputTokens: 10));
        Assert.Equal(0L, response.AdditionalProperties![BudgetProperties.RemainingTokens]);
        Assert.Equal(100, await UsedAsync(exact, Contoso, "tokens"));
        Assert.Equal(1, counter.PromptCounts);

        GovernanceTestHarness oneMore = BoundedHarness(TokensPerMinute(100), new BoundedCharTokenCounter());
        var error = await Assert.ThrowsAsync<BudgetExceededException>(
            () => oneMore.Client.GetResponseAsync(Prompt(91), Options("contoso", maxOutputTokens: 10)));
        Assert.Equal("tokens", error.LimitName);
        Assert.Equal(100m, error.Limit);
        Assert.Equal(0m, error.Used);
        Assert.Equal(101m, error.Requested);
        Assert.Null(error.RetryAfter); // 101 tokens never fit a 100-token window (the bound's 186 would not either).
        Assert.Equal(0, oneMore.Model.CallCount);
        Assert.Equal(0, await UsedAsync(oneMore, Contoso, "tokens"));
    }

    [Fact]
    public async Task Retry_after_and_the_fitting_output_allowance_of_a_rejection_come_from_the_count()
    {
        var counter = new BoundedCharTokenCounter();
        GovernanceTestHarness harness = BoundedHarness(TokensPerMinute(1000), counter);
        harness.Clock.Advance(TimeSpan.FromSeconds(15));

        // Prompt 100 (bound 194) with the default 4,096 allowance: 900 fit by the count (806 by the bound).
        var error = await Assert.ThrowsAsync<BudgetExceededException>(() => harness.Client.GetResponseAsync(Prompt(100), Options("contoso")));
        Assert.Equal(4196m, error.Requested);
        Assert.Equal(900, error.FittingMaxOutputTokens);
        Assert.Contains("MaxOutputTokens = 900 or less", error.Message, StringComparison.Ordinal);
        Assert.Null(error.RetryAfter);

        // 600 used; prompt 300 (bound 594) + 200: the count asks 500 and fits 100 of output (the bound would ask 794 and fit none).
        harness.Model.Enqueue(FakeReply.Text("x", inputTokens: 600, outputTokens: 0));
        await harness.Client.GetResponseAsync(Prompt(300), Options("contoso", maxOutputTokens: 100));
        error = await Assert.ThrowsAsync<BudgetExceededException>(() => harness.Client.GetResponseAsync(Prompt(300), Options("contoso", maxOutputTokens: 200)));
        Assert.Equal(500m, error.Requested);
        Assert.Equal(600m, error.Used);
        Assert.Equal(100, error.FittingMaxOutputTokens);
        Assert.Equal(TimeSpan.FromSeconds(45), error.RetryAfter);
        Assert.Equal(600, await UsedAsync(harness, Contoso, "tokens"));
    }

    [Fact]
    public async Task Soft_thresholds_fire_at_the_exact_crossing_not_the_bounds()
    {
        var events = new List<BudgetThresholdReached>();
        BudgetOptions options = TokensPerMinute(1000);
        options.SoftThresholds = [0.5];
        options.OnThresholdReached = events.Add;
        var counter = new BoundedCharTokenCounter();
        GovernanceTestHarness harness = BoundedHarness(options, counter);

        // 0 → 310 by the count (604 by the bound): no crossing.
        harness.Model.Enqueue(FakeReply.Text("x", inputTokens: 300, outputTokens: 0));
        await harness.Client.GetResponseAsync(Prompt(300), Options("contoso", maxOutputTokens: 10));

        // 300 → 410 by the count (504 by the bound): no crossing.
        harness.Model.Enqueue(FakeReply.Text("x", inputTokens: 100, outputTokens: 10));
        await harness.Client.GetResponseAsync(Prompt(100), Options("contoso", maxOutputTokens: 10));
        Assert.Empty(events);

        // 410 → 510: the crossing, reported with the counted use.
        harness.Model.Enqueue(FakeReply.Text("x", inputTokens: 90, outputTokens: 10));
        await harness.Client.GetResponseAsync(Prompt(90), Options("contoso", maxOutputTokens: 10));
        BudgetThresholdReached crossing = Assert.Single(events);
        Assert.Equal(0.5, crossing.Threshold);
        Assert.Equal(510m, crossing.Used);
        Assert.Equal(3, counter.PromptCounts);

        // Past the raised threshold nothing depends on the count any more.
        harness.Model.Enqueue(FakeReply.Text("x", inputTokens: 50, outputTokens: 10));
        await harness.Client.GetResponseAsync(Prompt(50), Options("contoso", maxOutputTokens: 10));
        Assert.Single(events);
        Assert.Equal(3, counter.PromptCounts);
    }

    [Fact]
    public async Task The_cheaper_model_hint_is_decided_by_the_count()
    {
        BudgetOptions options = TokensPerMinute(1000);
        options.DowngradeBelowRemainingFraction = 0.2;
        var counter = new BoundedCharTokenCounter();
        var clock = new FakeTimeProvider();
        var model = new FakeChatClient(clock);
        using var policy = new BudgetChatClient(model, options, counter, timeProvider: clock);

        // 590 remain by the count (196 by the bound): no hint.
        model.Enqueue(FakeReply.Text("x", inputTokens: 400, outputTokens: 10));
        await policy.GetResponseAsync(Prompt(400), Options("contoso", maxOutputTokens: 10));
        Assert.Null(GovernanceProperties.Get<object>(model.Requests[0].Options, GovernanceProperties.PreferCheaperModel));

        // 190 remain by the count: the hint.
        model.Enqueue(FakeReply.Text("x", inputTokens: 390, outputTokens: 10));
        await policy.GetResponseAsync(Prompt(390), Options("contoso", maxOutputTokens: 10));
        Assert.True(GovernanceProperties.Get<bool>(model.Requests[1].Options, GovernanceProperties.PreferCheaperModel));
        Assert.Equal(2, counter.PromptCounts);

        // 180 remain even with no prompt at all: the hint, without counting.
        model.Enqueue(FakeReply.Text("x", inputTokens: 50, outputTokens: 10));
        await policy.GetResponseAsync(Prompt(50), Options("contoso", maxOutputTokens: 10));
        Assert.True(GovernanceProperties.Get<bool>(model.Requests[2].Options, GovernanceProperties.PreferCheaperModel));
        Assert.Equal(2, counter.PromptCounts);
    }

    [Fact]
    public async Task A_clamped_output_allowance_is_the_one_the_count_gives()
    {
        static async Task<int?> SentMaxOutputTokens(ITokenCounterProvider counters)
        {
            BudgetOptions options = TokensPerMinute(200);
            options.ClampMaxOutputTokens = true;
            GovernanceTestHarness harness = GovernanceTestHarness.Create(p => p.UseBudgets(options, counters));
            harness.Model.Enqueue(FakeReply.Text("x", inputTokens: 90, outputTokens: 1));
            await harness.Client.GetResponseAsync(Prompt(90), Options("contoso"));
            return harness.Model.Requests[0].Options!.MaxOutputTokens;
        }

        // 200 − 90 (the bound, 174, would leave 26).
        Assert.Equal(110, await SentMaxOutputTokens(CharTokenCounter.Instance));
        Assert.Equal(110, await SentMaxOutputTokens(new BoundedCharTokenCounter()));
    }

    [Fact]
    public async Task Max_prompt_tokens_is_decided_by_the_count_and_a_prompt_the_bound_keeps_below_it_is_not_counted()
    {
        var options = new BudgetOptions();
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, MaxPromptTokens = 100 });
        var counter = new BoundedCharTokenCounter();
        GovernanceTestHarness harness = BoundedHarness(options, counter);

        harness.Model.Enqueue(FakeReply.Text("x", inputTokens: 53, outputTokens: 1));
        await harness.Client.GetResponseAsync(Prompt(53), Options("contoso")); // bound 100
        Assert.Equal(0, counter.PromptCounts);

        harness.Model.Enqueue(FakeReply.Text("x", inputTokens: 100, outputTokens: 1));
        await harness.Client.GetResponseAsync(Prompt(100), Options("contoso")); // bound 194, count 100
        Assert.Equal(1, counter.PromptCounts);

        var error = await Assert.ThrowsAsync<BudgetExceededException>(() => harness.Client.GetResponseAsync(Prompt(101), Options("contoso")));
        Assert.Equal("prompt_tokens", error.LimitName);
        Assert.Equal(100m, error.Limit);
        Assert.Equal(101m, error.Requested);
        Assert.Equal(2, harness.Model.CallCount);
    }

    [Fact]
    public async Task Without_provider_usage_the_prompt_is_charged_by_the_count()
    {
        var counter = new BoundedCharTokenCounter();
        GovernanceTestHarness harness = BoundedHarness(TokensPerMinute(1000), counter);

        harness.Model.Enqueue(FakeReply.Text("twelve chars"));
        ChatResponse response = await harness.Client.GetResponseAsync(Prompt(30), Options("contoso", maxOutputTokens: 100));
        Assert.Equal(42L, response.AdditionalProperties![BudgetProperties.ChargedTokens]);

        // Usage without input tokens: the output as reported, the prompt by the count.
        harness.Model.Enqueue(FakeReply.Text("x", inputTokens: null, outputTokens: 5));
        response = await harness.Client.GetResponseAsync(Prompt(30), Options("contoso", maxOutputTokens: 100));
        Assert.Equal(35L, response.AdditionalProperties![BudgetProperties.ChargedTokens]);

        Assert.Equal(2, counter.PromptCounts);
        Assert.Equal(77, await UsedAsync(harness, Contoso, "tokens"));
    }

    [Fact]
    public async Task A_failed_call_is_charged_the_counted_prompt_and_one_a_governance_stage_stopped_is_not_counted()
    {
        var counter = new BoundedCharTokenCounter();
        GovernanceTestHarness harness = BoundedHarness(TokensPerMinute(1000), counter);

        harness.Model.Enqueue(FakeReply.Throw(new HttpRequestException("provider down")));
        await Assert.ThrowsAsync<HttpRequestException>(() => harness.Client.GetResponseAsync(Prompt(40), Options("contoso", maxOutputTokens: 100)));
        Assert.Equal(40, await UsedAsync(harness, Contoso, "tokens"));
        Assert.Equal(1, counter.PromptCounts);

        harness.Model.Enqueue(FakeReply.Throw(new NoHealthyBackendException("gpt-4o", null, DateTimeOffset.UnixEpoch)));
        await Assert.ThrowsAsync<NoHealthyBackendException>(() => harness.Client.GetResponseAsync(Prompt(40), Options("contoso", maxOutputTokens: 100)));
        Assert.Equal(40, await UsedAsync(harness, Contoso, "tokens"));
        Assert.Equal(1, counter.PromptCounts);
    }

    [Fact]
    public async Task Streams_without_usage_and_streams_cut_off_are_charged_the_counted_prompt()
    {
        var counter = new BoundedCharTokenCounter();
        GovernanceTestHarness harness = BoundedHarness(TokensPerMinute(1000), counter);
        harness.Model.StreamingChunks = 4;

        harness.Model.Enqueue(FakeReply.Text("abcdefgh"));
        List<ChatResponseUpdate> updates = await StreamAsync(harness, Prompt(30), Options("contoso", maxOutputTokens: 100));
        Assert.Equal(38L, updates[^1].AdditionalProperties![BudgetProperties.ChargedTokens]);
        Assert.Equal(1, counter.PromptCounts);

        // The provider ignores MaxOutputTokens = 4: cut after "abcd", charged prompt + 4.
        harness.Model.Enqueue(FakeReply.Text("abcdefgh", inputTokens: 30, outputTokens: 8));
        updates = await StreamAsync(harness, Prompt(30), Options("contoso", maxOutputTokens: 4));
        Assert.Equal(true, updates[^1].AdditionalProperties![BudgetProperties.CutOff]);
        Assert.Equal(34L, updates[^1].AdditionalProperties![BudgetProperties.ChargedTokens]);
        Assert.Equal(2, counter.PromptCounts);
        Assert.Equal(72, await UsedAsync(harness, Contoso, "tokens"));
    }

    [Fact]
    public async Task Monitor_mode_reports_what_the_count_would_block_and_gives_back_the_bounds_reservation()
    {
        var counter = new BoundedCharTokenCounter();
        GovernanceTestHarness harness = BoundedHarness(TokensPerMinute(100, BudgetMode.Monitor), counter);

        // The bound (174 + 10) would block; the count (100) does not.
        harness.Model.Enqueue(FakeReply.Text("x", inputTokens: 90, outputTokens: 10));
        ChatResponse response = await harness.Client.GetResponseAsync(Prompt(90), Options("contoso", maxOutputTokens: 10));
        Assert.False(response.AdditionalProperties!.ContainsKey(BudgetProperties.WouldBlock));
        Assert.Equal(100, await UsedAsync(harness, Contoso, "tokens"));

        harness.Model.Enqueue(FakeReply.Text("x", inputTokens: 20, outputTokens: 1));
        response = await harness.Client.GetResponseAsync(Prompt(20), Options("contoso", maxOutputTokens: 10));
        Assert.Equal("tenant:contoso tokens per 1m", response.AdditionalProperties![BudgetProperties.WouldBlock]);
        Assert.Equal(121, await UsedAsync(harness, Contoso, "tokens"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Monitor_mode_serves_the_call_when_the_store_fails_to_give_back_the_bounds_reservation(bool storeYields)
    {
        // Invariant: giving back the bound's reservation in monitor mode is a release like any other: a store that
        // throws there leaves it to the lease and never turns an admitted call into the store's raw exception.
        var store = new FaultyBudgetStore(new InMemoryBudgetStore(), storeYields) { FailRefund = true };
        GovernanceTestHarness harness = BoundedHarness(TokensPerMinute(100, BudgetMode.Monitor), new BoundedCharTokenCounter(), store);

        // The bound (174 + 10) would block, and giving it back fails: it stays held until its lease, so the count
        // (90 + 10) is reported as what would block, and the call is served all the same (monitor mode reports only).
        harness.Model.Enqueue(FakeReply.Text("served", inputTokens: 90, outputTokens: 10));
        ChatResponse response = await harness.Client.GetResponseAsync(Prompt(90), Options("contoso", maxOutputTokens: 10));

        Assert.Equal("served", response.Text);
        Assert.Equal("tenant:contoso tokens per 1m", response.AdditionalProperties![BudgetProperties.WouldBlock]);
        Assert.Equal(1, harness.Model.CallCount);
    }

    private static async Task<List<ChatResponseUpdate>> StreamAsync(GovernanceTestHarness harness, List<ChatMessage> messages, ChatOptions options)
    {
        var updates = new List<ChatResponseUpdate>();
        await foreach (ChatResponseUpdate update in harness.Client.GetStreamingResponseAsync(messages, options))
        {
            updates.Add(update);
        }

        return updates;
    }
}
