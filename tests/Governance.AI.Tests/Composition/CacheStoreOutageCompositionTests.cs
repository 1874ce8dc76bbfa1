using Governance.AI.Budgets;
using Governance.AI.Caching;
using Governance.AI.Telemetry;
using Governance.AI.Testing;
using Governance.AI.Tests.Budgets;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using static Governance.AI.Tests.Seams.SeamTestKit;

namespace Governance.AI.Tests.Composition;

/// <summary>
/// All six stages with an application's <see cref="ISemanticCacheStore"/> that is down (every call throws): the cache
/// only saves provider calls, so an outage of its store must cost hits, never answers or accounting.
/// </summary>
public sealed class CacheStoreOutageCompositionTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_semantic_store_that_is_down_turns_lookups_into_misses_and_every_call_is_answered_charged_and_recorded_once(bool streaming)
    {
        // Invariant: a failing semantic store is a miss (as a failing embedder and a failing write already are), not
        // a failed call; the exact tier, in process, still serves the repeat; every provider call is charged once and
        // nothing stays reserved; every call is in the usage ledger once.
        var store = new CheckingBudgetStore(new InMemoryBudgetStore(_clock));
        var model = new FakeChatClient(_clock, "gpt-4o") { Responder = r => FakeReply.Text("Answer to: " + r.Messages[^1].Text, 20, 8) };
        ServiceCollection services = Services(_clock);
        services.AddSingleton<IBudgetStore>(store);
        services.AddSingleton<ISemanticCacheStore>(new UnavailableSemanticCacheStore());
        services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(new SameVectorEmbeddingGenerator());
        services.AddAiGovernance(new FakeChatClient(_clock), Config(
                ("AiGovernance:Budgets:Limits:0:Scope", "Tenant"),
                ("AiGovernance:Budgets:Limits:0:Window", "Day"),
                ("AiGovernance:Budgets:Limits:0:Requests", "100"),
                ("AiGovernance:Budgets:Limits:1:Scope", "Tenant"),
                ("AiGovernance:Budgets:Limits:1:Concurrent", "2")))
            .AddTelemetry()
            .AddSafety()
            .AddRedaction()
            .AddSemanticCache()
            .AddBudgets()
            .AddRouting(r => r.AddBackend("primary", model, "gpt-4o"));
        using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = provider.GetRequiredService<IChatClient>();

        (string first, string? firstStatus, string? firstReason) = await AskAsync(client, "Which invoices are overdue?", streaming);
        (string repeat, string? repeatStatus, _) = await AskAsync(client, "Which invoices are overdue?", streaming);
        (string other, string? otherStatus, _) = await AskAsync(client, "Which invoices were paid last week?", streaming);

        Assert.Equal("Answer to: Which invoices are overdue?", first);
        Assert.Equal(SemanticCacheProperties.StatusMiss, firstStatus);
        // A stream is marked on its first update, before its answer is offered to the store; a response after.
        Assert.Equal(streaming ? SemanticCacheReasons.LookupFailed : SemanticCacheReasons.StoreFailed, firstReason);
        Assert.Equal(first, repeat);
        Assert.Equal(SemanticCacheProperties.StatusHit, repeatStatus);
        Assert.Equal("Answer to: Which invoices were paid last week?", other);
        Assert.Equal(SemanticCacheProperties.StatusMiss, otherStatus);
        Assert.Equal(2, model.CallCount);
        Assert.Equal(2m, await UsedAsync(provider, "requests", "gpt-4o"));
        Assert.Equal(0m, await UsedAsync(provider, "concurrent", "gpt-4o"));
        Assert.Empty(store.Open);
        Assert.Empty(store.Violations);
        Assert.Equal(3, ((InMemoryUsageLedger)provider.GetRequiredService<IUsageLedger>()).Count);
    }

    /// <summary>Sends a question; returns the answer with the cache status and reason the response carried.</summary>
    private static async Task<(string Text, string? Status, string? Reason)> AskAsync(IChatClient client, string question, bool streaming)
    {
        if (!streaming)
        {
            ChatResponse response = await client.GetResponseAsync(question, For(Contoso));
            return (response.Text, Property(response.AdditionalProperties, GovernanceProperties.CacheStatus), Property(response.AdditionalProperties, SemanticCacheProperties.Reason));
        }

        // A streamed response carries the cache's status on its first update.
        var text = new System.Text.StringBuilder();
        string? status = null;
        string? reason = null;
        await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync(question, For(Contoso)))
        {
            text.Append(update.Text);
            status ??= Property(update.AdditionalProperties, GovernanceProperties.CacheStatus);
            reason ??= Property(update.AdditionalProperties, SemanticCacheProperties.Reason);
        }

        return (text.ToString(), status, reason);
    }

    private static string? Property(AdditionalPropertiesDictionary? properties, string key) =>
        properties is not null && properties.TryGetValue(key, out object? value) ? value as string : null;

    /// <summary>A semantic store whose backend is unreachable: every operation fails as a network client's would.</summary>
    private sealed class UnavailableSemanticCacheStore : ISemanticCacheStore
    {
        public ValueTask<SemanticCacheEntry?> GetExactAsync(string partition, string exactKey, CancellationToken cancellationToken = default) =>
            ValueTask.FromException<SemanticCacheEntry?>(new TimeoutException("The cache store did not answer."));

        public ValueTask<IReadOnlyList<SemanticCacheMatch>> FindSimilarAsync(
            string partition, ReadOnlyMemory<float> embedding, float minSimilarity, int maxResults, CancellationToken cancellationToken = default) =>
            ValueTask.FromException<IReadOnlyList<SemanticCacheMatch>>(new TimeoutException("The cache store did not answer."));

        public ValueTask SetAsync(SemanticCacheEntry entry, CancellationToken cancellationToken = default) =>
            ValueTask.FromException(new TimeoutException("The cache store did not answer."));

        public ValueTask<bool> RemoveAsync(string partition, string id, CancellationToken cancellationToken = default) =>
            ValueTask.FromException<bool>(new TimeoutException("The cache store did not answer."));
    }
}
