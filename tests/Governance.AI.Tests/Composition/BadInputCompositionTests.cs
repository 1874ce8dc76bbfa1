using Governance.AI.Budgets;
using Governance.AI.Redaction;
using Governance.AI.Telemetry;
using Governance.AI.Testing;
using Governance.AI.Tests.Budgets;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Governance.AI.Tests.Seams.SeamTestKit;

namespace Governance.AI.Tests.Composition;

/// <summary>
/// Bad and odd requests through all six stages registered with <c>AddAiGovernance</c>: each gets its documented typed
/// error or an answer, and the budget and the usage ledger account for it exactly.
/// </summary>
public sealed class BadInputCompositionTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
    private readonly CheckingBudgetStore _store;
    private readonly FakeChatClient _model;
    private readonly ServiceProvider _provider;

    public BadInputCompositionTests()
    {
        _store = new CheckingBudgetStore(new InMemoryBudgetStore(_clock));
        _model = new FakeChatClient(_clock, "gpt-4o") { Responder = _ => FakeReply.Text("Noted, thanks for the details.", 30, 6) };
        IConfigurationRoot configuration = Config(
            ("AiGovernance:Redaction:MaxInputLength", "2000"),
            ("AiGovernance:Safety:DenyTerms:0", "project falcon"),
            ("AiGovernance:Budgets:Limits:0:Scope", "Tenant"),
            ("AiGovernance:Budgets:Limits:0:Window", "Day"),
            ("AiGovernance:Budgets:Limits:0:Tokens", "100000"),
            ("AiGovernance:Budgets:Limits:0:Requests", "100"),
            ("AiGovernance:Budgets:Limits:1:Scope", "Tenant"),
            ("AiGovernance:Budgets:Limits:1:Concurrent", "2"));
        ServiceCollection services = Services(_clock);
        services.AddSingleton<IBudgetStore>(_store);
        services.AddAiGovernance(new FakeChatClient(_clock), configuration)
            .AddTelemetry()
            .AddSafety()
            .AddRedaction()
            .AddSemanticCache()
            .AddBudgets()
            .AddRouting(r => r.AddBackend("primary", _model, "gpt-4o"));
        _provider = services.BuildServiceProvider();
    }

    private IChatClient Client => _provider.GetRequiredService<IChatClient>();

    public void Dispose() => _provider.Dispose();

    private async Task<List<UsageRecord>> LedgerAsync()
    {
        var records = new List<UsageRecord>();
        DateTimeOffset now = _clock.GetUtcNow();
        await foreach (UsageRecord record in _provider.GetRequiredService<IUsageLedger>().ReadAsync(new UsagePeriod(now.AddDays(-1), now.AddDays(1))))
        {
            records.Add(record);
        }

        return records;
    }

    private async Task AssertNothingHeldAsync()
    {
        Assert.Empty(_store.Open);
        Assert.Empty(_store.Violations);
        Assert.Equal(0m, await UsedAsync(_provider, "concurrent", "gpt-4o"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Null_messages_are_an_argument_error_before_any_policy_counts_them(bool streaming)
    {
        // Invariant: a programming error is reported as one, and nothing is reserved, called or recorded for it.
        await Assert.ThrowsAsync<ArgumentNullException>(async () =>
        {
            if (streaming)
            {
                await foreach (ChatResponseUpdate update in Client.GetStreamingResponseAsync(null!, For(Contoso, "gpt-4o")))
                {
                }
            }
            else
            {
                await Client.GetResponseAsync((IEnumerable<ChatMessage>)null!, For(Contoso, "gpt-4o"));
            }
        });

        Assert.Equal(0, _model.CallCount);
        Assert.Equal(0, _store.Reserved);
        await AssertNothingHeldAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_message_with_no_text_passes_every_stage_and_is_charged_once(bool streaming)
    {
        // Invariant: an image-only message is neither an error nor free: the provider gets it, the budget charges the
        // reported usage once and the ledger records one served call.
        List<ChatMessage> messages = [new(ChatRole.User, [new DataContent(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, "image/png")])];

        ChatResponse response = streaming
            ? await Client.GetStreamingResponseAsync(messages, For(Contoso, "gpt-4o", 100)).ToChatResponseAsync()
            : await Client.GetResponseAsync(messages, For(Contoso, "gpt-4o", 100));

        Assert.Equal("Noted, thanks for the details.", response.Text);
        Assert.Equal(1, _model.CallCount);
        Assert.Single(_model.Requests[0].Messages[0].Contents.OfType<DataContent>());
        Assert.Equal(36m, await UsedAsync(_provider, "tokens", "gpt-4o"));
        Assert.Equal(1m, await UsedAsync(_provider, "requests", "gpt-4o"));
        await AssertNothingHeldAsync();
        UsageRecord record = Assert.Single(await LedgerAsync());
        Assert.Equal(UsageOutcome.Success, record.Outcome);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_prompt_over_the_redaction_limit_is_a_413_that_reaches_no_budget_and_is_recorded_as_rejected(bool streaming)
    {
        // Invariant: the typed error names the problem (413); the provider and the budget never see the request; the
        // ledger counts it once, as rejected rather than served.
        string huge = string.Concat(Enumerable.Repeat("Lorem ipsum dolor sit amet. ", 200));
        RedactionInputTooLargeException tooLarge = await Assert.ThrowsAsync<RedactionInputTooLargeException>(async () =>
        {
            if (streaming)
            {
                await foreach (ChatResponseUpdate update in Client.GetStreamingResponseAsync(huge, For(Contoso, "gpt-4o")))
                {
                }
            }
            else
            {
                await Client.GetResponseAsync(huge, For(Contoso, "gpt-4o"));
            }
        });

        Assert.Equal(413, tooLarge.StatusCode);
        Assert.Equal(0, _model.CallCount);
        Assert.Equal(0, _store.Reserved);
        UsageRecord record = Assert.Single(await LedgerAsync());
        Assert.Equal(UsageOutcome.Rejected, record.Outcome);
        Assert.Equal(tooLarge.ReasonCode, record.ReasonCode);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_answer_blocked_after_the_provider_billed_it_is_charged_its_usage_once_and_recorded_as_rejected(bool streaming)
    {
        // Invariant: the provider did the work, so the budget keeps its reported usage (nothing lost, nothing
        // doubled); the caller gets the typed 403; the ledger records one rejected call.
        _model.Responder = _ => FakeReply.Text("Project Falcon ships in May with the new plans.", 30, 10);

        ContentBlockedException blocked = await Assert.ThrowsAsync<ContentBlockedException>(async () =>
        {
            if (streaming)
            {
                await foreach (ChatResponseUpdate update in Client.GetStreamingResponseAsync("What ships in May?", For(Contoso, "gpt-4o", 100)))
                {
                }
            }
            else
            {
                await Client.GetResponseAsync("What ships in May?", For(Contoso, "gpt-4o", 100));
            }
        });

        Assert.Equal(403, blocked.StatusCode);
        Assert.Equal(1m, await UsedAsync(_provider, "requests", "gpt-4o"));
        if (!streaming)
        {
            Assert.Equal(40m, await UsedAsync(_provider, "tokens", "gpt-4o"));
        }

        Assert.Equal(1, _store.Reserved);
        await AssertNothingHeldAsync();
        UsageRecord record = Assert.Single(await LedgerAsync());
        Assert.Equal(UsageOutcome.Rejected, record.Outcome);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_failing_usage_ledger_never_fails_a_call_nor_changes_its_charge_or_its_typed_rejection(bool streaming)
    {
        // Invariant (Telemetry/README: "a failing ledger is logged and never fails a call"): with a ledger that
        // throws, an answer is still delivered and charged once, and a rejection is still the budget's typed error.
        var clock = new FakeTimeProvider();
        var store = new CheckingBudgetStore(new InMemoryBudgetStore(clock));
        var model = new FakeChatClient(clock, "gpt-4o") { Responder = _ => FakeReply.Text("Noted, thanks.", 30, 6) };
        ServiceCollection services = Services(clock);
        services.AddSingleton<IBudgetStore>(store);
        services.AddSingleton<IUsageLedger>(new ThrowingLedger());
        services.AddAiGovernance(model, Config(
                ("AiGovernance:Budgets:Limits:0:Scope", "Tenant"),
                ("AiGovernance:Budgets:Limits:0:Window", "Day"),
                ("AiGovernance:Budgets:Limits:0:Tokens", "100"),
                ("AiGovernance:Budgets:Limits:0:Requests", "100")))
            .AddTelemetry()
            .AddSafety()
            .AddRedaction()
            .AddBudgets();
        using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = provider.GetRequiredService<IChatClient>();
        Task<ChatResponse> Ask(int promptTokens, int maxOutputTokens) => streaming
            ? client.GetStreamingResponseAsync(BudgetTestKit.Prompt(promptTokens), For(Contoso, maxOutputTokens: maxOutputTokens)).ToChatResponseAsync()
            : client.GetResponseAsync(BudgetTestKit.Prompt(promptTokens), For(Contoso, maxOutputTokens: maxOutputTokens));

        ChatResponse answer = await Ask(30, 20);
        await Assert.ThrowsAsync<BudgetExceededException>(() => Ask(60, 10));

        Assert.Equal("Noted, thanks.", answer.Text);
        Assert.Equal(36m, await UsedAsync(provider, "tokens"));
        Assert.Equal(1m, await UsedAsync(provider, "requests"));
        Assert.Empty(store.Open);
        Assert.Empty(store.Violations);
    }

    private sealed class ThrowingLedger : IUsageLedger
    {
        public TimeZoneInfo TimeZone => TimeZoneInfo.Utc;

        public ValueTask RecordAsync(UsageRecord record, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The ledger's database is down.");

        public IAsyncEnumerable<UsageRecord> ReadAsync(UsagePeriod period, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public ValueTask<IReadOnlyList<CostCenterSpend>> GetTopCostCentersAsync(UsagePeriod period, int count, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public ValueTask<IReadOnlyList<ModelDailyUsage>> GetTokensByModelByDayAsync(UsagePeriod period, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();
    }
}
