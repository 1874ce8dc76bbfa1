using System.Diagnostics;
using System.Diagnostics.Metrics;
using Governance.AI.Telemetry;

namespace Governance.AI.Routing;

/// <summary>
/// The router's instruments on one meter (see <see cref="InstrumentCache{T}"/>): request outcomes, failovers, shadow
/// comparisons, and observable gauges of the backend health of every live router that records on that meter (so a
/// service provider's meter reports only its own routers).
/// </summary>
internal sealed class RouterTelemetry
{
    private static readonly InstrumentCache<RouterTelemetry> Cache = new(static meter => new RouterTelemetry(meter));

    private readonly Lock _gate = new();
    private readonly List<WeakReference<ModelRouterChatClient>> _routers = [];
    private readonly Counter<long> _requests;
    private readonly Counter<long> _failovers;
    private readonly Counter<long> _shadowRequests;
    private readonly Histogram<double> _shadowSimilarity;
    private readonly Histogram<double> _shadowLatencyDelta;
    private readonly Histogram<long> _shadowOutputTokenDelta;

    private RouterTelemetry(Meter meter)
    {
        _requests = meter.CreateCounter<long>(
            "governance.router.requests", "{request}", "Requests routed, by serving backend and outcome.");
        _failovers = meter.CreateCounter<long>(
            "governance.router.failovers", "{failover}", "Times a request left a failing backend for the next one.");
        _shadowRequests = meter.CreateCounter<long>(
            "governance.router.shadow.requests", "{request}", "Shadow requests, by shadow backend and outcome.");
        _shadowSimilarity = meter.CreateHistogram<double>(
            "governance.router.shadow.similarity", "1", "Token Jaccard similarity of shadow and real answers.");
        _shadowLatencyDelta = meter.CreateHistogram<double>(
            "governance.router.shadow.latency_delta", "ms", "Shadow latency minus real latency.");
        _shadowOutputTokenDelta = meter.CreateHistogram<long>(
            "governance.router.shadow.output_token_delta", "{token}", "Shadow output tokens minus real output tokens.");
        meter.CreateObservableGauge(
            "governance.router.backend.in_flight", () => Observe(static h => h.InFlight), "{request}", "Requests in flight per backend.");
        meter.CreateObservableGauge(
            "governance.router.backend.latency_ewma", () => Observe(static h => h.LatencyEwma.TotalMilliseconds), "ms", "Latency EWMA per backend (time to first chunk for streams).");
        meter.CreateObservableGauge(
            "governance.router.backend.available", () => Observe(static h => h.IsAvailable ? 1 : 0), "1", "1 when the backend can take requests, 0 while it is broken or throttled.");
        meter.CreateObservableGauge(
            "governance.router.backend.state", () => Observe(static h => (int)h.State), "1", "Backend state: 0 healthy, 1 throttled, 2 broken, 3 half-open.");
    }

    /// <summary>Gets the instruments on the process-wide meter.</summary>
    public static RouterTelemetry Shared => Cache.Shared;

    /// <summary>Gets the instruments on the meter of <paramref name="meterFactory"/>, or on the process-wide meter without one.</summary>
    public static RouterTelemetry For(IMeterFactory? meterFactory) => Cache.For(meterFactory);

    public void Register(ModelRouterChatClient router)
    {
        lock (_gate)
        {
            _routers.RemoveAll(static r => !r.TryGetTarget(out _));
            _routers.Add(new WeakReference<ModelRouterChatClient>(router));
        }
    }

    public void Unregister(ModelRouterChatClient router)
    {
        lock (_gate)
        {
            _routers.RemoveAll(r => !r.TryGetTarget(out ModelRouterChatClient? target) || ReferenceEquals(target, router));
        }
    }

    public void RecordRequest(string router, string backend, string outcome)
    {
        if (_requests.Enabled)
        {
            _requests.Add(1, new TagList { { "router", router }, { "backend", backend }, { "outcome", outcome } });
        }
    }

    public void RecordFailover(string router, string backend, Exception error)
    {
        if (_failovers.Enabled)
        {
            _failovers.Add(1, new TagList { { "router", router }, { "backend", backend }, { "error.type", error.GetType().Name } });
        }

        Activity.Current?.AddEvent(new ActivityEvent("governance.router.failover", tags: new ActivityTagsCollection
        {
            ["backend"] = backend,
            ["error.type"] = error.GetType().Name,
        }));
    }

    public void RecordShadow(string router, ShadowComparison comparison)
    {
        var tags = new TagList { { "router", router }, { "backend", comparison.Backend }, { "shadow", comparison.ShadowBackend } };
        TagList outcomeTags = tags;
        outcomeTags.Add("outcome", comparison.ShadowSucceeded ? "success" : "failure");
        _shadowRequests.Add(1, outcomeTags);
        if (comparison.Similarity is { } similarity)
        {
            _shadowSimilarity.Record(similarity, tags);
        }

        if (comparison.PrimarySucceeded && comparison.ShadowSucceeded)
        {
            _shadowLatencyDelta.Record((comparison.ShadowLatency - comparison.PrimaryLatency).TotalMilliseconds, tags);
            if (comparison.PrimaryOutputTokens is { } primary && comparison.ShadowOutputTokens is { } shadow)
            {
                _shadowOutputTokenDelta.Record(shadow - primary, tags);
            }
        }
    }

    private List<Measurement<T>> Observe<T>(Func<BackendHealth, T> value)
        where T : struct
    {
        var measurements = new List<Measurement<T>>();
        List<ModelRouterChatClient> live = [];
        lock (_gate)
        {
            foreach (WeakReference<ModelRouterChatClient> reference in _routers)
            {
                if (reference.TryGetTarget(out ModelRouterChatClient? router))
                {
                    live.Add(router);
                }
            }
        }

        foreach (ModelRouterChatClient router in live)
        {
            foreach (BackendHealth health in router.GetBackendHealth())
            {
                measurements.Add(new Measurement<T>(value(health), new KeyValuePair<string, object?>("router", router.RouterName), new KeyValuePair<string, object?>("backend", health.Name), new KeyValuePair<string, object?>("role", health.Role)));
            }
        }

        return measurements;
    }
}
