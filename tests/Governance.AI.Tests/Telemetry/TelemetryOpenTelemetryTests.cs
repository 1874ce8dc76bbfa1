using System.Diagnostics;
using System.Diagnostics.Metrics;
using Governance.AI.Telemetry;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Governance.AI.Tests.TelemetryPolicy;

/// <summary>
/// The GenAI span and metrics come from one place: the telemetry policy emits them, unless the application's
/// <c>UseOpenTelemetry</c> (Microsoft.Extensions.AI's <see cref="OpenTelemetryChatClient"/>) does, inside or around the
/// governed pipeline. These tests run in parallel with others: each has its own model id (the exporters' readings are
/// filtered by it), its own <c>UseOpenTelemetry</c> source name and its own service provider's meter factory.
/// </summary>
public sealed class TelemetryOpenTelemetryTests
{
    public enum Placement
    {
        /// <summary>No <c>UseOpenTelemetry</c>: the telemetry policy alone.</summary>
        None,

        /// <summary><c>UseOpenTelemetry</c> between the governed pipeline and the provider.</summary>
        InsideGovernance,

        /// <summary><c>UseOpenTelemetry</c> around the governed pipeline.</summary>
        AroundGovernance,
    }

    [Theory]
    [InlineData(Placement.None)]
    [InlineData(Placement.InsideGovernance)]
    [InlineData(Placement.AroundGovernance)]
    public async Task Each_call_has_one_GenAI_span_and_one_token_usage_record_per_token_type_and_keeps_its_governance_telemetry(Placement useOpenTelemetry)
    {
        string model = "model-" + Guid.NewGuid().ToString("N")[..8];
        string appSource = "app." + model;
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        using TracerProvider tracing = Sdk.CreateTracerProviderBuilder()
            .AddSource(GovernanceDiagnostics.SourceName, appSource).AddInMemoryExporter(spans).Build();
        using MeterProvider meters = Sdk.CreateMeterProviderBuilder()
            .AddMeter(GovernanceDiagnostics.SourceName, appSource).AddInMemoryExporter(metrics).Build();
        var clock = new FakeTimeProvider();
        var fake = new FakeChatClient(clock, model) { Responder = _ => FakeReply.Text("ok", inputTokens: 12, outputTokens: 3) };
        IChatClient provider = useOpenTelemetry == Placement.InsideGovernance ? fake.AsBuilder().UseOpenTelemetry(sourceName: appSource).Build() : fake;
        await using ServiceProvider services = new ServiceCollection().AddMetrics().AddSingleton<TimeProvider>(clock).BuildServiceProvider();
        ReportingPolicy reporter = null!;
        IChatClient governed = new GovernancePipelineBuilder(provider)
            .Use(GovernanceStage.Router, next => reporter = new ReportingPolicy(next))
            .UseTelemetry(new TelemetryOptions { Prices = { [model] = new ModelPriceOptions { InputPerMillion = 1m, OutputPerMillion = 2m } } })
            .Build(services);
        reporter.Keys[GovernanceProperties.RouteBackend] = "primary";
        IChatClient client = useOpenTelemetry == Placement.AroundGovernance ? governed.AsBuilder().UseOpenTelemetry(sourceName: appSource).Build() : governed;
        using var cost = new MetricCollector<double>(services.GetRequiredService<IMeterFactory>(), GovernanceDiagnostics.SourceName, "governance.cost");

        await client.GetResponseAsync("hi", new ChatOptions { ModelId = model });
        await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync("hi", new ChatOptions { ModelId = model }))
        {
            Assert.NotNull(update);
        }

        meters.ForceFlush();
        Activity[] genAI = [.. spans.Where(s => Equals(s.GetTagItem("gen_ai.operation.name"), "chat") && Equals(s.GetTagItem("gen_ai.request.model"), model))];
        Assert.Equal(2, genAI.Length);
        Assert.Equal(2, Records(metrics, "gen_ai.client.token.usage", model, tokenType: "input"));
        Assert.Equal(2, Records(metrics, "gen_ai.client.token.usage", model, tokenType: "output"));
        Assert.Equal(2, Records(metrics, "gen_ai.client.operation.duration", model));

        // Governance attributes are on the policy's span of each call (the GenAI span itself when the policy emits it).
        Activity[] governance = [.. spans.Where(s => s.Source.Name == GovernanceDiagnostics.SourceName && Equals(s.GetTagItem("gen_ai.request.model"), model))];
        Assert.Equal(2, governance.Length);
        Assert.All(governance, s => Assert.Equal(("success", "primary"), (s.GetTagItem("governance.outcome"), s.GetTagItem("governance.route.backend"))));
        Assert.All(governance, s => Assert.Contains(s.Events, e => e.Name == "governance.route"));
        Assert.Equal(useOpenTelemetry == Placement.None ? ActivityKind.Client : ActivityKind.Internal, governance[0].Kind);

        // Governance metrics are recorded either way, on the meter of the service provider's meter factory.
        Assert.Equal(2, cost.GetMeasurementSnapshot().Count);
        Assert.All(cost.GetMeasurementSnapshot(), m => Assert.Equal(0.000018, m.Value, 9));
    }

    [Fact]
    public async Task Defer_leaves_the_GenAI_span_and_metrics_to_the_application()
    {
        string model = "model-" + Guid.NewGuid().ToString("N")[..8];
        var spans = new List<Activity>();
        using TracerProvider tracing = Sdk.CreateTracerProviderBuilder().AddSource(GovernanceDiagnostics.SourceName).AddInMemoryExporter(spans).Build();
        await using ServiceProvider services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        IChatClient client = new GovernancePipelineBuilder(new FakeChatClient(new FakeTimeProvider(), model))
            .UseTelemetry(new TelemetryOptions { GenAIConventions = GenAIConventions.Defer })
            .Build(services);
        using var tokens = new MetricCollector<long>(services.GetRequiredService<IMeterFactory>(), GovernanceDiagnostics.SourceName, "gen_ai.client.token.usage");

        await client.GetResponseAsync("hi", new ChatOptions { ModelId = model });

        Activity span = Assert.Single(spans, s => Equals(s.GetTagItem("gen_ai.request.model"), model));
        Assert.Equal(("governance chat " + model, ActivityKind.Internal), (span.DisplayName, span.Kind));
        Assert.Null(span.GetTagItem("gen_ai.operation.name"));
        Assert.Empty(tokens.GetMeasurementSnapshot());
    }

    [Fact]
    public async Task Metrics_belong_to_the_meter_factory_of_the_pipelines_services()
    {
        // Invariant: a collector on one service provider's meter factory sees that provider's calls and no other's,
        // so tests (or two hosts in one process) that read metrics can run in parallel.
        await using ServiceProvider first = new ServiceCollection().AddMetrics().BuildServiceProvider();
        await using ServiceProvider second = new ServiceCollection().AddMetrics().BuildServiceProvider();
        IChatClient a = new GovernancePipelineBuilder(new FakeChatClient()).UseTelemetry(new TelemetryOptions { Audit = { Enabled = false } }).Build(first);
        IChatClient b = new GovernancePipelineBuilder(new FakeChatClient()).UseTelemetry(new TelemetryOptions { Audit = { Enabled = false } }).Build(second);
        using var firstDurations = new MetricCollector<double>(first.GetRequiredService<IMeterFactory>(), GovernanceDiagnostics.SourceName, "gen_ai.client.operation.duration");
        using var secondDurations = new MetricCollector<double>(second.GetRequiredService<IMeterFactory>(), GovernanceDiagnostics.SourceName, "gen_ai.client.operation.duration");

        await a.GetResponseAsync("hi");
        await b.GetResponseAsync("hi");
        await b.GetResponseAsync("hi");

        Assert.Single(firstDurations.GetMeasurementSnapshot());
        Assert.Equal(2, secondDurations.GetMeasurementSnapshot().Count);
    }

    /// <summary>Counts the measurements of a histogram for a request model (and token type) across every meter that exported it.</summary>
    private static long Records(List<Metric> metrics, string instrument, string model, string? tokenType = null)
    {
        long count = 0;
        foreach (Metric metric in metrics)
        {
            if (metric.Name != instrument)
            {
                continue;
            }

            foreach (ref readonly MetricPoint point in metric.GetMetricPoints())
            {
                bool sameModel = false;
                bool sameType = tokenType is null;
                foreach (KeyValuePair<string, object?> tag in point.Tags)
                {
                    sameModel |= tag.Key == "gen_ai.request.model" && Equals(tag.Value, model);
                    sameType |= tag.Key == "gen_ai.token.type" && Equals(tag.Value, tokenType);
                }

                if (sameModel && sameType)
                {
                    count += point.GetHistogramCount();
                }
            }
        }

        return count;
    }
}
