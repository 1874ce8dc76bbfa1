using System.Diagnostics.Metrics;
using Governance.AI.Budgets;
using Governance.AI.Embeddings;
using Governance.AI.Telemetry;
using Governance.AI.Tests.Budgets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using static Governance.AI.Tests.Embeddings.EmbeddingTestKit;

namespace Governance.AI.Tests.Embeddings;

/// <summary>What the embedding budget reports because it admits through the chat policy's ledger: soft thresholds, rejections, unpriced models.</summary>
public sealed class EmbeddingBudgetEventTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    private IMeterFactory Meters => _services.GetRequiredService<IMeterFactory>();

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task Soft_thresholds_fire_for_embedding_batches_once_per_window()
    {
        BudgetOptions options = DailyTenantTokens(10);
        options.SoftThresholds = [0.5, 1.0];
        var events = new List<BudgetThresholdReached>();
        options.OnThresholdReached = events.Add;
        using var budget = new BudgetEmbeddingGenerator(new RecordingEmbeddingGenerator(), options, CharTokenCounter.Instance, new InMemoryBudgetStore(_clock), _clock);

        await budget.GenerateAsync(["abcdef"], For("acme"));
        BudgetThresholdReached half = Assert.Single(events);
        Assert.Equal(0.5, half.Threshold);
        Assert.Equal("tenant:acme", half.Scope);
        Assert.Equal("tokens", half.LimitName);
        Assert.Equal("1d", half.Window);
        Assert.Equal(6m, half.Used);

        await budget.GenerateAsync(["ab"], For("acme"));
        Assert.Single(events);

        await budget.GenerateAsync(["cd"], For("acme"));
        Assert.Equal([0.5, 1.0], events.Select(e => e.Threshold));

        _clock.Advance(TimeSpan.FromDays(1));
        await budget.GenerateAsync(["abcde"], For("acme"));
        Assert.Equal([0.5, 1.0, 0.5], events.Select(e => e.Threshold));
    }

    [Fact]
    public async Task A_threshold_callback_that_throws_refunds_the_batch_reservation()
    {
        BudgetOptions options = DailyTenantTokens(10);
        options.OnThresholdReached = _ => throw new InvalidOperationException("callback failed");
        var provider = new RecordingEmbeddingGenerator();
        var store = new InMemoryBudgetStore(_clock);
        using var budget = new BudgetEmbeddingGenerator(provider, options, CharTokenCounter.Instance, store, _clock);

        await Assert.ThrowsAsync<InvalidOperationException>(() => budget.GenerateAsync(["abcdefghi"], For("acme")));

        Assert.Empty(provider.Calls);
        Assert.Equal(0, await UsedTokensAsync(store, "acme", _clock));
    }

    [Fact]
    public async Task A_denied_batch_is_counted_on_the_budget_rejections_metric()
    {
        using var rejections = new MetricCollector<long>(Meters, GovernanceDiagnostics.SourceName, "governance.budget.rejections");
        using var budget = new BudgetEmbeddingGenerator(new RecordingEmbeddingGenerator(), DailyTenantTokens(3), CharTokenCounter.Instance, new InMemoryBudgetStore(_clock), _clock)
        {
            MeterFactory = Meters,
        };

        await Assert.ThrowsAsync<BudgetExceededException>(() => budget.GenerateAsync(["abcd"], For("acme")));

        CollectedMeasurement<long> rejected = Assert.Single(rejections.GetMeasurementSnapshot());
        Assert.Equal("tokens", rejected.Tags["governance.budget.limit"]);
        Assert.Equal("1d", rejected.Tags["governance.budget.window"]);
        Assert.Equal("enforce", rejected.Tags["governance.budget.mode"]);
    }

    [Fact]
    public async Task An_unpriced_model_under_a_cost_limit_is_counted_on_the_unpriced_models_metric()
    {
        using var unpriced = new MetricCollector<long>(Meters, GovernanceDiagnostics.SourceName, "governance.budget.unpriced_models");
        var options = new BudgetOptions { UnpricedModels = UnpricedModelAction.Deny };
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, CostUsd = 1m });
        using var budget = new BudgetEmbeddingGenerator(new RecordingEmbeddingGenerator(), options, CharTokenCounter.Instance, new InMemoryBudgetStore(_clock), _clock)
        {
            MeterFactory = Meters,
        };

        await Assert.ThrowsAsync<ModelNotPricedException>(() => budget.GenerateAsync(["abcd"], For("acme", "house-embedding-unpriced")));

        CollectedMeasurement<long> counted = Assert.Single(unpriced.GetMeasurementSnapshot());
        Assert.Equal("deny", counted.Tags["governance.budget.unpriced_action"]);
    }
}
