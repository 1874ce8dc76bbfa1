using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Governance.AI.Budgets;
using Governance.AI.Embeddings;
using Governance.AI.Telemetry;
using Governance.AI.Tests.Budgets;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using static Governance.AI.Tests.Embeddings.EmbeddingTestKit;

namespace Governance.AI.Tests.Embeddings;

public sealed class EmbeddingTelemetryTests : IDisposable
{
    private const string Secret = "call me at alice@example.com about invoice 4111";

    // Other tests report on the same activity source: spans are read by a model id unique to this class.
    private readonly string _model = "telemetry-model-" + Guid.NewGuid().ToString("N")[..8];
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ActivityListener _listener;
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public EmbeddingTelemetryTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == GovernanceDiagnostics.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (Equals(activity.GetTagItem("gen_ai.request.model"), _model))
                {
                    _spans.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    private IMeterFactory Meters => _services.GetRequiredService<IMeterFactory>();

    [Fact]
    public async Task A_call_reports_the_GenAI_embeddings_span_and_token_usage_without_the_input()
    {
        using var tokens = new MetricCollector<long>(Meters, GovernanceDiagnostics.SourceName, "gen_ai.client.token.usage");
        using var duration = new MetricCollector<double>(Meters, GovernanceDiagnostics.SourceName, "gen_ai.client.operation.duration");
        var provider = new RecordingEmbeddingGenerator(modelId: _model);
        using var telemetry = new GovernanceTelemetryEmbeddingGenerator(provider, meterFactory: Meters);

        await telemetry.GenerateAsync([Secret, "second"], For("acme", _model));

        Activity span = Assert.Single(_spans);
        Assert.Equal("embeddings " + _model, span.DisplayName);
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal("embeddings", span.GetTagItem("gen_ai.operation.name"));
        Assert.Equal("recording", span.GetTagItem("gen_ai.provider.name"));
        Assert.Equal((long)(Secret.Length + "second".Length), span.GetTagItem("gen_ai.usage.input_tokens"));
        AssertNoInput(span);

        CollectedMeasurement<long> usage = Assert.Single(tokens.GetMeasurementSnapshot());
        Assert.Equal(Secret.Length + "second".Length, usage.Value);
        Assert.Equal("embeddings", usage.Tags["gen_ai.operation.name"]);
        Assert.Equal("input", usage.Tags["gen_ai.token.type"]);
        Assert.Equal(_model, usage.Tags["gen_ai.request.model"]);
        Assert.DoesNotContain(usage.Tags.Values, value => value is string text && text.Contains("alice", StringComparison.Ordinal));
        Assert.Single(duration.GetMeasurementSnapshot());
    }

    [Fact]
    public async Task A_budget_rejection_is_counted_and_marked_on_the_span_without_the_input()
    {
        using var rejections = new MetricCollector<long>(Meters, GovernanceDiagnostics.SourceName, "governance.requests.rejected");
        var provider = new RecordingEmbeddingGenerator(modelId: _model);
        var clock = new FakeTimeProvider();
        using var budget = new BudgetEmbeddingGenerator(provider, DailyTenantTokens(5), CharTokenCounter.Instance, new InMemoryBudgetStore(clock), clock);
        using var telemetry = new GovernanceTelemetryEmbeddingGenerator(budget, meterFactory: Meters);

        await Assert.ThrowsAsync<BudgetExceededException>(() => telemetry.GenerateAsync([Secret], For("acme", _model)));

        CollectedMeasurement<long> rejected = Assert.Single(rejections.GetMeasurementSnapshot());
        Assert.Equal("budget", rejected.Tags["governance.policy"]);
        Assert.Equal("budget_exceeded", rejected.Tags["governance.reason_code"]);
        Activity span = Assert.Single(_spans);
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("budget_exceeded", span.GetTagItem("error.type"));
        AssertNoInput(span);
    }

    public void Dispose()
    {
        _listener.Dispose();
        _services.Dispose();
    }

    private static void AssertNoInput(Activity span)
    {
        foreach (KeyValuePair<string, object?> tag in span.TagObjects)
        {
            Assert.DoesNotContain("alice", tag.Value?.ToString() ?? string.Empty, StringComparison.Ordinal);
        }

        foreach (ActivityEvent e in span.Events)
        {
            foreach (KeyValuePair<string, object?> tag in e.Tags)
            {
                Assert.DoesNotContain("alice", tag.Value?.ToString() ?? string.Empty, StringComparison.Ordinal);
            }
        }
    }
}
