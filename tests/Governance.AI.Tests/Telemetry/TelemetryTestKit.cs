using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using Governance.AI.Telemetry;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Governance.AI.Tests.TelemetryPolicy;

/// <summary>
/// Telemetry tests that listen to the process-wide activity source (spans) or to the process-wide meter (the budget
/// instruments, other policies' metrics) run one at a time. The telemetry policy's own metrics need no such care: each
/// <see cref="TelemetryPipeline"/> reads them with <c>MetricCollector</c>s on its own meter factory.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry";
}

/// <summary>One recorded measurement.</summary>
internal sealed record CapturedMeasurement(string Instrument, string? Unit, double Value, IReadOnlyDictionary<string, object?> Tags)
{
    public object? Tag(string key) => Tags.TryGetValue(key, out object? value) ? value : null;
}

/// <summary>
/// Listens to the Governance.AI activity source and meter for one test. Other code in the process may report on the
/// same source, so tests filter what they read by a model id unique to the test.
/// </summary>
internal sealed class TelemetryCapture : IDisposable
{
    private readonly ActivityListener _activities;
    private readonly MeterListener _meters;
    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly ConcurrentQueue<CapturedMeasurement> _measurements = new();
    private readonly ConcurrentDictionary<string, Instrument> _instruments = new();

    public TelemetryCapture(bool traces = true, bool metrics = true)
    {
        _activities = new ActivityListener
        {
            ShouldListenTo = source => traces && source.Name == GovernanceDiagnostics.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => _stopped.Enqueue(activity),
        };
        ActivitySource.AddActivityListener(_activities);

        _meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (metrics && instrument.Meter.Name == GovernanceDiagnostics.SourceName)
                {
                    _instruments[instrument.Name] = instrument;
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _meters.SetMeasurementEventCallback<long>((i, v, t, _) => Add(i, v, t));
        _meters.SetMeasurementEventCallback<int>((i, v, t, _) => Add(i, v, t));
        _meters.SetMeasurementEventCallback<double>((i, v, t, _) => Add(i, v, t));
        _meters.Start();
    }

    public IReadOnlyList<Activity> Activities => [.. _stopped];

    public IReadOnlyList<CapturedMeasurement> Measurements => [.. _measurements];

    public IReadOnlyDictionary<string, Instrument> Instruments => _instruments;

    /// <summary>Gets the stopped spans whose request model is the given one.</summary>
    public IReadOnlyList<Activity> SpansFor(string model) =>
        [.. _stopped.Where(a => Equals(a.GetTagItem("gen_ai.request.model"), model))];

    /// <summary>Gets the measurements of an instrument whose request model is the given one.</summary>
    public IReadOnlyList<CapturedMeasurement> For(string instrument, string model) =>
        [.. _measurements.Where(m => m.Instrument == instrument && Equals(m.Tag("gen_ai.request.model"), model))];

    public IReadOnlyList<CapturedMeasurement> Of(string instrument) => [.. _measurements.Where(m => m.Instrument == instrument)];

    public void RecordObservables() => _meters.RecordObservableInstruments();

    public void Dispose()
    {
        _activities.Dispose();
        _meters.Dispose();
    }

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, object?> tag in tags)
        {
            map[tag.Key] = tag.Value;
        }

        _measurements.Enqueue(new CapturedMeasurement(instrument.Name, instrument.Unit, value, map));
    }
}

/// <summary>Loggers for telemetry tests: every level, kept by a <see cref="FakeLogCollector"/>.</summary>
internal sealed class TestLogs : IDisposable
{
    public TestLogs() => Factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(Collector)));

    public FakeLogCollector Collector { get; } = new();

    public ILoggerFactory Factory { get; }

    public IReadOnlyList<FakeLogRecord> Records => Collector.GetSnapshot();

    public void Dispose() => Factory.Dispose();
}

/// <summary>
/// Stands in for the inner policies: reports through response keys (on the response, or on the last streamed update)
/// what a cache, redactor, safety filter and router would, or throws the typed exception a policy would.
/// </summary>
internal sealed class ReportingPolicy(IChatClient inner) : DelegatingChatClient(inner)
{
    public Dictionary<string, object?> Keys { get; } = new(StringComparer.Ordinal);

    public Exception? Throw { get; set; }

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (Throw is { } failure)
        {
            throw failure;
        }

        ChatResponse response = await base.GetResponseAsync(messages, options, cancellationToken);
        if (Keys.Count > 0)
        {
            response.AdditionalProperties ??= [];
            foreach (KeyValuePair<string, object?> key in Keys)
            {
                response.AdditionalProperties[key.Key] = key.Value;
            }
        }

        return response;
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (Throw is { } failure)
        {
            throw failure;
        }

        await foreach (ChatResponseUpdate update in base.GetStreamingResponseAsync(messages, options, cancellationToken))
        {
            // Policies report on the last update, which carries the finish reason.
            if (update.FinishReason is not null && Keys.Count > 0)
            {
                update.AdditionalProperties ??= [];
                foreach (KeyValuePair<string, object?> key in Keys)
                {
                    update.AdditionalProperties[key.Key] = key.Value;
                }
            }

            yield return update;
        }
    }
}

/// <summary>A governed pipeline for telemetry tests: telemetry over a reporting policy over the fake model.</summary>
internal sealed class TelemetryPipeline
{
    private static readonly string[] LongInstruments = ["gen_ai.client.token.usage", "governance.requests.rejected", "governance.router.attempts"];
    private static readonly string[] DoubleInstruments =
        ["gen_ai.client.operation.duration", "gen_ai.client.operation.time_to_first_chunk", "governance.cost", "governance.cache.cost_saved"];

    private readonly Dictionary<string, MetricCollector<long>> _longs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MetricCollector<double>> _doubles = new(StringComparer.Ordinal);

    /// <summary>The audit pseudonym key of the default options (a configured key: no start-up warning in the logs).</summary>
    public const string PseudonymKey = "telemetry-tests-pseudonym-key";

    public TelemetryPipeline(TelemetryOptions? options = null, string? model = null, bool ledger = true, bool audit = true)
    {
        Model = model ?? "model-" + Guid.NewGuid().ToString("N")[..8];
        Clock = new FakeTimeProvider();
        Fake = new Governance.AI.Testing.FakeChatClient(Clock, Model);
        Ledger = ledger ? new InMemoryUsageLedger(timeProvider: Clock) : null;
        Audit = audit ? new InMemoryAuditSink() : null;
        Logs = new TestLogs();
        Options = options ?? new TelemetryOptions { MaxMetricAttributeValues = 10_000, Audit = { PseudonymKey = PseudonymKey } };
        ServiceProvider services = new ServiceCollection().AddMetrics().AddSingleton<TimeProvider>(Clock).AddSingleton(Logs.Factory).BuildServiceProvider();
        MeterFactory = services.GetRequiredService<IMeterFactory>();
        foreach (string instrument in LongInstruments)
        {
            _longs[instrument] = new MetricCollector<long>(MeterFactory, GovernanceDiagnostics.SourceName, instrument);
        }

        foreach (string instrument in DoubleInstruments)
        {
            _doubles[instrument] = new MetricCollector<double>(MeterFactory, GovernanceDiagnostics.SourceName, instrument);
        }

        Client = new GovernancePipelineBuilder(Fake)
            .Use(GovernanceStage.Cache, next => Reporter = new ReportingPolicy(next))
            .UseTelemetry(Options, Ledger, Audit)
            .Build(services);
    }

    /// <summary>Gets the meter factory of the pipeline's services: its metrics are its own, whatever else runs in parallel.</summary>
    public IMeterFactory MeterFactory { get; }

    /// <summary>Gets every measurement this pipeline's telemetry policy recorded.</summary>
    public IReadOnlyList<CapturedMeasurement> AllMeasured =>
        [.. LongInstruments.Concat(DoubleInstruments).SelectMany(Measured)];

    public string Model { get; }

    public FakeTimeProvider Clock { get; }

    public Governance.AI.Testing.FakeChatClient Fake { get; }

    public InMemoryUsageLedger? Ledger { get; }

    public InMemoryAuditSink? Audit { get; }

    public TestLogs Logs { get; }

    public TelemetryOptions Options { get; }

    public ReportingPolicy Reporter { get; private set; } = null!;

    public IChatClient Client { get; }

    /// <summary>Gets the measurements of one of the telemetry policy's instruments, read by a <see cref="MetricCollector{T}"/> on the pipeline's meter factory.</summary>
    public IReadOnlyList<CapturedMeasurement> Measured(string instrument) =>
        _longs.TryGetValue(instrument, out MetricCollector<long>? longs)
            ? [.. longs.GetMeasurementSnapshot().Select(m => new CapturedMeasurement(instrument, longs.Instrument?.Unit, m.Value, m.Tags))]
            : [.. _doubles[instrument].GetMeasurementSnapshot().Select(m => new CapturedMeasurement(instrument, _doubles[instrument].Instrument?.Unit, m.Value, m.Tags))];

    /// <summary>Gets one of the telemetry policy's instruments on the pipeline's meter.</summary>
    public Instrument? Instrument(string instrument) =>
        _longs.TryGetValue(instrument, out MetricCollector<long>? longs) ? longs.Instrument : _doubles[instrument].Instrument;

    public async Task<List<UsageRecord>> LedgerRecordsAsync()
    {
        var records = new List<UsageRecord>();
        await foreach (UsageRecord record in Ledger!.ReadAsync(new UsagePeriod(DateTimeOffset.MinValue, DateTimeOffset.MaxValue)))
        {
            records.Add(record);
        }

        return records;
    }

}
