using Governance.AI.Budgets;
using Governance.AI.Embeddings;
using Governance.AI.Tests.Budgets;
using Microsoft.Extensions.AI;
using static Governance.AI.Tests.Embeddings.EmbeddingTestKit;

namespace Governance.AI.Tests.Embeddings;

public sealed class EmbeddingBudgetConcurrencyTests
{
    private const int Callers = 48;
    private const int CallsPerCaller = 25;
    private const long TokenLimit = 2_000;

    /// <summary>
    /// The acceptance of issue #18 item 3. Invariant: with 48 callers racing batches of random sizes on one tenant's
    /// daily token limit, the tenant's counter never holds more than the limit — read after every reserve, settle
    /// and refund the store performs, not only at the end — so the sum of settled tokens never exceeds it (zero
    /// overshoot); at the end no reservation is open and the counter equals exactly what the calls were charged (the
    /// successes' reported usage plus the failures' counted input). The limit really binds (some batches are denied),
    /// and some calls fail at the provider, so settle and failure paths race too.
    /// </summary>
    [Fact]
    public async Task Concurrent_callers_never_overshoot_a_tight_token_limit()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));
        var store = new CheckingBudgetStore(new InMemoryBudgetStore(clock));
        // Every fourth call that reaches the provider fails. The limit admits at least (2,000 - 76) / 76 > 25 calls
        // whatever order the race takes (a batch counts at most 4 × 19 tokens), so failures always happen; a rule on
        // the batch's contents instead depended on which batches won the race.
        int providerCalls = 0;
        var provider = new RecordingEmbeddingGenerator
        {
            Failure = _ => Interlocked.Increment(ref providerCalls) % 4 == 0 ? new InvalidOperationException("provider down") : null,

            // Multi-value batches are billed one token less than counted, so settlements give tokens back while others reserve.
            Usage = values => new UsageDetails { InputTokenCount = RecordingEmbeddingGenerator.CharCount(values) - (values.Count > 1 ? 1 : 0) },
        };
        using var budget = new BudgetEmbeddingGenerator(provider, DailyTenantTokens(TokenLimit), CharTokenCounter.Instance, store, clock);

        long charged = 0;
        int denied = 0;
        int failed = 0;
        using var start = new Barrier(Callers);
        Task[] callers = Enumerable.Range(0, Callers).Select(c => Task.Factory.StartNew(async () =>
        {
            // Dedicated threads released together, so that reservations really race.
            start.SignalAndWait();
            var random = new Random(c);
            for (int i = 0; i < CallsPerCaller; i++)
            {
                string[] batch = Enumerable.Range(0, random.Next(1, 5)).Select(_ => new string('t', random.Next(1, 20))).ToArray();
                try
                {
                    GeneratedEmbeddings<Embedding<float>> result = await budget.GenerateAsync(batch, For("acme"));
                    Interlocked.Add(ref charged, (long)result.AdditionalProperties![BudgetProperties.ChargedTokens]!);
                }
                catch (BudgetExceededException)
                {
                    Interlocked.Increment(ref denied);
                }
                catch (InvalidOperationException)
                {
                    Interlocked.Add(ref charged, RecordingEmbeddingGenerator.CharCount(batch));
                    Interlocked.Increment(ref failed);
                }
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap()).ToArray();
        await Task.WhenAll(callers);

        Assert.Empty(store.Violations);
        Assert.Empty(store.Open);
        long used = await UsedTokensAsync(store, "acme", clock);
        Assert.True(used <= TokenLimit, $"the counter holds {used} of {TokenLimit}");
        Assert.Equal(charged, used);
        Assert.True(denied > 0, "the limit was binding");
        Assert.True(failed > 0, "some calls failed at the provider");
    }
}
