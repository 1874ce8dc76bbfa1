using System.Diagnostics;
using System.Diagnostics.Metrics;
using BenchmarkDotNet.Attributes;
using Governance.AI.Telemetry;
using Microsoft.Extensions.AI;

namespace Governance.AI.Benchmarks.Telemetry;

/// <summary>
/// What the telemetry policy adds to a call whose model costs (almost) nothing. <c>Listeners = none</c>: nothing
/// listens to the Governance.AI source or meter and there is no ledger or audit sink (target ≤ 50 ns over
/// <c>Direct</c>). <c>traces</c> / <c>metrics</c> / <c>both</c>: an activity listener samples every span, a meter
/// listener takes every measurement, or both (target ≤ 1 µs over <c>Direct</c>). <c>TelemetryWithLedger</c> adds the
/// in-memory usage ledger. <c>BareActivityPeer</c> measures, in the same run, the floor of any span: one activity with
/// five tags under the same listener.
/// </summary>
[MemoryDiagnoser]
public class TelemetryBenchmarks
{
    private readonly List<ChatMessage> _messages = [new(ChatRole.User, "hello")];
    private readonly ChatOptions _options = new() { ModelId = "gpt-4o" };
    private IChatClient _model = null!;
    private IChatClient _telemetry = null!;
    private IChatClient _telemetryWithLedger = null!;
    private static readonly ActivitySource PeerSource = new("Governance.AI.Benchmarks.Peer");
    private ActivityListener? _activityListener;
    private MeterListener? _meterListener;

    /// <summary>Gets or sets what listens: nothing, an activity listener, a meter listener, or both.</summary>
    [Params("none", "traces", "metrics", "both")]
    public string Listeners { get; set; } = "none";

    [GlobalSetup]
    public void Setup()
    {
        _model = new ConstantChatClient();
        var options = new TelemetryOptions { Audit = { Enabled = false } };
        _telemetry = new GovernanceTelemetryChatClient(_model, options);
        _telemetryWithLedger = new GovernanceTelemetryChatClient(_model, options, ledger: new InMemoryUsageLedger(new UsageLedgerOptions { MaxRecords = 10_000 }));
        if (Listeners is "traces" or "both")
        {
            // Create the peer source before the listener, so that the listener sees it.
            _ = PeerSource.Name;
            _activityListener = new ActivityListener
            {
                ShouldListenTo = s => s.Name == GovernanceDiagnostics.SourceName || s == PeerSource,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = _ => { },
            };
            ActivitySource.AddActivityListener(_activityListener);
        }

        if (Listeners is "metrics" or "both")
        {
            _meterListener = new MeterListener
            {
                InstrumentPublished = (instrument, listener) =>
                {
                    if (instrument.Meter.Name == GovernanceDiagnostics.SourceName)
                    {
                        listener.EnableMeasurementEvents(instrument);
                    }
                },
            };
            _meterListener.SetMeasurementEventCallback<long>((_, _, _, _) => { });
            _meterListener.SetMeasurementEventCallback<double>((_, _, _, _) => { });
            _meterListener.Start();
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _activityListener?.Dispose();
        _meterListener?.Dispose();
    }

    [Benchmark(Baseline = true)]
    public Task<ChatResponse> Direct() => _model.GetResponseAsync(_messages, _options);

    [Benchmark]
    public Task<ChatResponse> Telemetry() => _telemetry.GetResponseAsync(_messages, _options);

    [Benchmark]
    public Task<ChatResponse> TelemetryWithLedger() => _telemetryWithLedger.GetResponseAsync(_messages, _options);

    /// <summary>
    /// The peer: the floor any span costs — start a client activity, add five tags, stop it — under the same listener.
    /// </summary>
    [Benchmark]
    public void BareActivityPeer()
    {
        using Activity? activity = PeerSource.StartActivity("chat gpt-4o", ActivityKind.Client);
        if (activity is not null)
        {
            activity.AddTag("gen_ai.operation.name", "chat");
            activity.AddTag("gen_ai.provider.name", "openai");
            activity.AddTag("gen_ai.request.model", "gpt-4o");
            activity.AddTag("gen_ai.usage.input_tokens", 12L);
            activity.AddTag("gen_ai.usage.output_tokens", 3L);
        }
    }

    /// <summary>Returns one completed task for every call: no allocation, no work.</summary>
    private sealed class ConstantChatClient : IChatClient
    {
        private readonly Task<ChatResponse> _response = Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "hi"))
        {
            ModelId = "gpt-4o-2024-08-06",
            ResponseId = "resp-1",
            FinishReason = ChatFinishReason.Stop,
            Usage = new UsageDetails { InputTokenCount = 12, OutputTokenCount = 3 },
        });

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) => _response;

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) =>
            serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata("openai", null, "gpt-4o") : null;

        public void Dispose()
        {
        }
    }
}
