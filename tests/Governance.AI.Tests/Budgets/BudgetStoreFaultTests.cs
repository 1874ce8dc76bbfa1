using Governance.AI.Budgets;
using Governance.AI.Telemetry;
using Governance.AI.Testing;
using Governance.AI.Tests.Embeddings;
using Governance.AI.Tests.TelemetryPolicy;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using static Governance.AI.Tests.Budgets.BudgetTestKit;

namespace Governance.AI.Tests.Budgets;

/// <summary>
/// An application's <see cref="IBudgetStore"/> that throws: a failed reservation is a typed, documented rejection that
/// sends nothing to the provider; a failed settlement costs neither the answer nor its accounting.
/// </summary>
public sealed class BudgetStoreFaultTests
{
    private static BudgetOptions TokensPerMinute(long tokens)
    {
        var options = new BudgetOptions();
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Minute, Tokens = tokens, Concurrent = 1 });
        return options;
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public async Task A_store_that_throws_on_reserve_rejects_with_a_typed_error_and_sends_nothing(bool storeYields, bool streaming)
    {
        // Invariant: whatever the store throws on ReserveAsync (at once or later) reaches the caller as a
        // BudgetStoreUnavailableException (503, reason budget_store_unavailable) wrapping it; the provider is not called.
        var clock = new FakeTimeProvider();
        var store = new FaultyBudgetStore(new InMemoryBudgetStore(clock), storeYields) { FailReserve = true };
        GovernanceTestHarness harness = Harness(TokensPerMinute(100), store, clock);

        BudgetStoreUnavailableException error = await Assert.ThrowsAsync<BudgetStoreUnavailableException>(async () =>
        {
            if (streaming)
            {
                await foreach (ChatResponseUpdate update in harness.Client.GetStreamingResponseAsync(Prompt(20), Options("contoso", 10)))
                {
                    _ = update;
                }
            }
            else
            {
                await harness.Client.GetResponseAsync(Prompt(20), Options("contoso", 10));
            }
        });

        Assert.Same(store.Thrown, error.InnerException);
        Assert.Equal(GovernanceReasonCodes.BudgetStoreUnavailable, error.ReasonCode);
        Assert.Equal(GovernancePolicyNames.Budget, error.Policy);
        Assert.Equal(503, error.StatusCode);
        Assert.Equal(0, harness.Model.CallCount);
    }

    [Fact]
    public async Task The_callers_cancellation_during_a_reservation_stays_a_cancellation()
    {
        // Invariant: only the store's own faults are wrapped; the caller's cancellation is not a store outage.
        var clock = new FakeTimeProvider();
        var store = new FaultyBudgetStore(new InMemoryBudgetStore(clock), storeYields: false) { FailReserve = true, CancelInstead = true };
        GovernanceTestHarness harness = Harness(TokensPerMinute(100), store, clock);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Client.GetResponseAsync(Prompt(20), Options("contoso", 10), cancellation.Token));
        Assert.Equal(0, harness.Model.CallCount);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public async Task A_store_that_throws_on_settle_serves_the_answer_records_the_real_usage_and_frees_the_slot(bool storeYields, bool streaming)
    {
        // Invariant: the provider already produced and billed the answer, so a store that throws on SettleAsync (at
        // once or later, at the end of a stream too) costs neither: the caller gets the answer with its charge, the
        // usage ledger records the provider's real usage as a success, the failure is logged without prompt or
        // response text, and the reservation is given back so its concurrency slot admits the next call.
        var clock = new FakeTimeProvider();
        var store = new FaultyBudgetStore(new InMemoryBudgetStore(clock), storeYields) { FailSettle = true };
        var ledger = new InMemoryUsageLedger(timeProvider: clock);
        using var logs = new TestLogs();
        GovernanceTestHarness harness = GovernanceTestHarness.Create(
            p => p.UseTelemetry(ledger: ledger).UseBudgets(TokensPerMinute(100), CharTokenCounter.Instance, store),
            clock: clock,
            services: new Dictionary<Type, object> { [typeof(ILoggerFactory)] = logs.Factory });
        harness.Model.Responder = _ => FakeReply.Text("hello", inputTokens: 20, outputTokens: 5);

        for (int call = 0; call < 2; call++)
        {
            (string text, AdditionalPropertiesDictionary? properties) = await AskAsync(harness.Client, streaming);

            Assert.Equal("hello", text);
            Assert.Equal(25L, properties![BudgetProperties.ChargedTokens]);
            Assert.Equal(0, store.Inner.OpenReservationCount);
        }

        Assert.Equal(2, harness.Model.CallCount);
        List<UsageRecord> records = [];
        await foreach (UsageRecord record in ledger.ReadAsync(UsagePeriod.Day(clock.GetUtcNow(), TimeZoneInfo.Utc)))
        {
            records.Add(record);
        }

        Assert.Equal(2, records.Count);
        Assert.All(records, r => Assert.Equal((UsageOutcome.Success, 20L, 5L), (r.Outcome, r.InputTokens, r.OutputTokens)));
        IReadOnlyList<FakeLogRecord> failures = [.. logs.Records.Where(r => r.Id.Id == 8120)];
        Assert.Equal(2, failures.Count);
        Assert.All(failures, r =>
        {
            Assert.Equal(LogLevel.Warning, r.Level);
            Assert.Same(store.Thrown, r.Exception);
            Assert.DoesNotContain("qqq", r.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("hello", r.Message, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_embedding_batch_whose_settlement_the_store_fails_is_served_logged_and_frees_its_slot(bool storeYields)
    {
        // Invariant: the embedding budget shares the chat budget's settlement, so a store that throws on SettleAsync
        // costs no embeddings either: the batch is returned, the failure logged, and the concurrency slot freed.
        var clock = new FakeTimeProvider();
        var store = new FaultyBudgetStore(new InMemoryBudgetStore(clock), storeYields) { FailSettle = true };
        using var logs = new TestLogs();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<IBudgetStore>(store);
        services.AddSingleton(logs.Factory);
        services.AddAiEmbeddingGovernance(new RecordingEmbeddingGenerator())
            .AddBudgets(o => o.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Tokens = 100_000, Concurrent = 1 }));
        using ServiceProvider provider = services.BuildServiceProvider();
        var governed = provider.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();

        for (int call = 0; call < 2; call++)
        {
            GeneratedEmbeddings<Embedding<float>> embeddings = await governed.GenerateAsync(["alpha", "bravo"], EmbeddingTestKit.For("contoso"));

            Assert.Equal(2, embeddings.Count);
            Assert.Equal(0, store.Inner.OpenReservationCount);
        }

        Assert.Equal(2, logs.Records.Count(r => r.Id.Id == 8120));
    }

    private static async Task<(string Text, AdditionalPropertiesDictionary? Properties)> AskAsync(IChatClient client, bool streaming)
    {
        if (!streaming)
        {
            ChatResponse response = await client.GetResponseAsync(Prompt(20, 'q'), Options("contoso", 10));
            return (response.Text, response.AdditionalProperties);
        }

        var text = new System.Text.StringBuilder();
        AdditionalPropertiesDictionary? last = null;
        await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync(Prompt(20, 'q'), Options("contoso", 10)))
        {
            text.Append(update.Text);
            last = update.AdditionalProperties ?? last;
        }

        return (text.ToString(), last);
    }
}
