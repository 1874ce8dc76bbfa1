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

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_conversation_of_only_function_calls_and_results_passes_every_stage_and_is_charged_once(bool streaming)
    {
        // Invariant: a request with no user text (an agent resuming after its tools ran) is neither an error nor free:
        // the provider gets the call and its result unchanged, the budget charges the reported usage once, and the
        // ledger records one served call.
        List<ChatMessage> messages =
        [
            new(ChatRole.Assistant, [new FunctionCallContent("c1", "get_invoice", new Dictionary<string, object?> { ["id"] = 42 })]),
            new(ChatRole.Tool, [new FunctionResultContent("c1", "Invoice 42 is due on Friday.")]),
        ];

        ChatResponse response = streaming
            ? await Client.GetStreamingResponseAsync(messages, For(Contoso, "gpt-4o", 100)).ToChatResponseAsync()
            : await Client.GetResponseAsync(messages, For(Contoso, "gpt-4o", 100));

        Assert.Equal("Noted, thanks for the details.", response.Text);
        Assert.Equal(1, _model.CallCount);
        Assert.Equal("Invoice 42 is due on Friday.", Assert.Single(_model.Requests[0].Messages.SelectMany(m => m.Contents).OfType<FunctionResultContent>()).Result?.ToString());
        Assert.Equal(36m, await UsedAsync(_provider, "tokens", "gpt-4o"));
        await AssertNothingHeldAsync();
        Assert.Equal(UsageOutcome.Success, Assert.Single(await LedgerAsync()).Outcome);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_text_content_whose_text_is_null_passes_every_stage_as_empty_text(bool streaming)
    {
        // Invariant: TextContent allows a null text; no stage may fail on it (no NullReferenceException from a scan,
        // a redaction, a key or a count), and the call is served and charged once like any other.
        List<ChatMessage> messages = [new(ChatRole.User, [new TextContent(null), new TextContent("What is due?")])];

        ChatResponse response = streaming
            ? await Client.GetStreamingResponseAsync(messages, For(Contoso, "gpt-4o", 100)).ToChatResponseAsync()
            : await Client.GetResponseAsync(messages, For(Contoso, "gpt-4o", 100));

        Assert.Equal("Noted, thanks for the details.", response.Text);
        Assert.Equal(1, _model.CallCount);
        Assert.Equal(1m, await UsedAsync(_provider, "requests", "gpt-4o"));
        await AssertNothingHeldAsync();
    }

    [Fact]
    public async Task One_options_instance_shared_by_concurrent_calls_is_never_changed_and_a_change_between_calls_is_seen()
    {
        // Invariants: the stages never write into the caller's ChatOptions (the budget's output allowance, the
        // router's model and the redacted instructions go on clones), so eight concurrent calls sharing one instance
        // all see what the caller set; when the caller changes the instance between calls, the next call is
        // governed by the new values (a new cache identity: a miss, not the answer cached for the old ones).
        // The model names the instructions it got up to the safety step's canary marker: repeating the marker too
        // would be a leak of the system prompt, blocked as one.
        _model.Responder = r => FakeReply.Text("Answer for " + r.Options?.Instructions?.Split("\n\n(Confidential marker ")[0] + ".", 30, 6);
        ChatOptions shared = For(Contoso, "gpt-4o");
        shared.Instructions = "Answer as the billing team; escalations go to jane.doe@example.com.";

        ChatResponse[] first = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Client.GetResponseAsync("When is my invoice due?", shared))));
        Assert.Null(shared.MaxOutputTokens);
        Assert.Equal("gpt-4o", shared.ModelId);
        Assert.Equal("Answer as the billing team; escalations go to jane.doe@example.com.", shared.Instructions);

        shared.Instructions = "Answer as the support team; escalations go to john.roe@example.com.";
        ChatResponse second = await Client.GetResponseAsync("When is my invoice due?", shared);

        Assert.All(first, r => Assert.Equal("Answer for Answer as the billing team; escalations go to jane.doe@example.com..", r.Text));
        Assert.Equal("Answer for Answer as the support team; escalations go to john.roe@example.com..", second.Text);
        Assert.All(_model.Requests, r => Assert.DoesNotContain("@example.com", r.Options?.Instructions ?? string.Empty, StringComparison.Ordinal));
        Assert.Equal("Answer as the support team; escalations go to john.roe@example.com.", shared.Instructions);
        Assert.Null(shared.MaxOutputTokens);
        await AssertNothingHeldAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_two_megabyte_prompt_within_the_redaction_limit_passes_every_stage_is_charged_once_and_cached(bool streaming)
    {
        // Invariant: size alone is not an error when the limits allow it: every stage handles 2 MB (scan, redaction,
        // key, count), the provider gets the prompt with the one address in it redacted, the call is charged once,
        // and the identical request is a hit that is charged nothing.
        var clock = new FakeTimeProvider();
        var store = new CheckingBudgetStore(new InMemoryBudgetStore(clock));
        var model = new FakeChatClient(clock, "gpt-4o") { Responder = _ => FakeReply.Text("A long read.", 30, 6) };
        ServiceCollection services = Services(clock);
        services.AddSingleton<IBudgetStore>(store);
        services.AddAiGovernance(new FakeChatClient(clock), Config(
                ("AiGovernance:Redaction:MaxInputLength", "4194304"),
                ("AiGovernance:Budgets:Limits:0:Scope", "Tenant"),
                ("AiGovernance:Budgets:Limits:0:Window", "Day"),
                ("AiGovernance:Budgets:Limits:0:Tokens", "10000000")))
            .AddTelemetry()
            .AddSafety()
            .AddRedaction()
            .AddSemanticCache()
            .AddBudgets()
            .AddRouting(r => r.AddBackend("primary", model, "gpt-4o"));
        using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = provider.GetRequiredService<IChatClient>();
        string huge = string.Concat(Enumerable.Repeat("Lorem ipsum dolor sit amet, consectetur adipiscing elit. ", 36_000)) + "Reply to jane.doe@example.com.";
        Assert.True(huge.Length > 2_000_000);
        Task<ChatResponse> Send() => streaming
            ? client.GetStreamingResponseAsync(huge, For(Contoso, "gpt-4o", 100)).ToChatResponseAsync()
            : client.GetResponseAsync(huge, For(Contoso, "gpt-4o", 100));

        ChatResponse miss = await Send();
        ChatResponse hit = await Send();

        Assert.Equal("A long read.", miss.Text);
        Assert.Equal(miss.Text, hit.Text);
        Assert.Equal(1, model.CallCount);
        Assert.DoesNotContain("jane.doe", model.Requests[0].LastUserText, StringComparison.Ordinal);
        Assert.Equal(1, store.Reserved);
        Assert.Empty(store.Open);
        Assert.Equal(36m, await UsedAsync(provider, "tokens", "gpt-4o"));
    }

    [Theory]
    [InlineData(false, "The quarterly ledger lists every invoice line by line.")]
    [InlineData(true, "The quarterly ledger lists every invoice line by line.")]
    [InlineData(false, "Decode this base64 and follow the recipe: TWl4IDIwMGcgZmxvdXIsIDIgZWdncyBhbmQgMzAwbWwgbWlsay4gUmVzdCAzMCBtaW51dGVzLCB0aGVuIGZyeSB0aGluIHBhbmNha2VzLg==")]
    [InlineData(true, "Decode this base64 and follow the recipe: TWl4IDIwMGcgZmxvdXIsIDIgZWdncyBhbmQgMzAwbWwgbWlsay4gUmVzdCAzMCBtaW51dGVzLCB0aGVuIGZyeSB0aGluIHBhbmNha2VzLg==")]
    public async Task A_benign_document_whose_lines_repeat_is_not_blocked_as_an_injection(bool streaming, string line)
    {
        // Invariant: repetition is not an attack: a document whose line repeats (as logs, tables and exports do) is
        // served like the same line once. The lexical model once summed the repeated features of a two-sentence
        // window: the ledger line scored 0.707 once and 0.946 twice with the first-round model, the recipe request
        // (a benign training row) 0.597 once and 0.875 twice with the second-round model (threshold 0.860), and both
        // were blocked. A window now counts each feature once.
        var document = line + " " + line;

        ChatResponse response = streaming
            ? await Client.GetStreamingResponseAsync(document, For(Contoso, "gpt-4o", 100)).ToChatResponseAsync()
            : await Client.GetResponseAsync(document, For(Contoso, "gpt-4o", 100));

        Assert.Equal("Noted, thanks for the details.", response.Text);
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
