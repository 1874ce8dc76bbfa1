using System.Diagnostics;
using System.Diagnostics.Metrics;
using Governance.AI.Telemetry;

namespace Governance.AI.Routing;

/// <summary>
/// The router's instruments on <see cref="GovernanceDiagnostics.Meter"/>: request outcomes, failovers, shadow
/// comparisons, and observable gauges of every live router's backend health.
/// </summary>
internal static class RouterTelemetry
{
    private static readonly Lock Gate = new();
    private static readonly List<WeakReference<ModelRouterChatClient>> Routers = [];

    private static readonly Counter<long> Requests = GovernanceDiagnostics.Meter.CreateCounter<long>(
        "governance.router.requests", "{request}", "Requests routed, by serving backend and outcome.");

    private static readonly Counter<long> Failovers = GovernanceDiagnostics.Meter.CreateCounter<long>(
        "governance.router.failovers", "{failover}", "Times a request left a failing backend for the next one.");

    private static readonly Counter<long> ShadowRequests = GovernanceDiagnostics.Meter.CreateCounter<long>(
        "governance.router.shadow.requests", "{request}", "Shadow requests, by shadow backend and outcome.");

    private static readonly Histogram<double> ShadowSimilarity = GovernanceDiagnostics.Meter.CreateHistogram<double>(
        "governance.router.shadow.similarity", "1", "Token Jaccard similarity of shadow and real answers.");

    private static readonly Histogram<double> ShadowLatencyDelta = GovernanceDiagnostics.Meter.CreateHistogram<double>(
        "governance.router.shadow.latency_delta", "ms", "Shadow latency minus real latency.");

    private static readonly Histogram<long> ShadowOutputTokenDelta = GovernanceDiagnostics.Meter.CreateHistogram<long>(
        "governance.router.shadow.output_token_delta", "{token}", "Shadow output tokens minus real output tokens.");

    static RouterTelemetry()
    {
        GovernanceDiagnostics.Meter.CreateObservableGauge(
            "governance.router.backend.in_flight", () => Observe(static h => h.InFlight), "{request}", "Requests in flight per backend.");
        GovernanceDiagnostics.Meter.CreateObservableGauge(
            "governance.router.backend.latency_ewma", () => Observe(static h => h.LatencyEwma.TotalMilliseconds), "ms", "Latency EWMA per backend (time to first chunk for streams).");
        GovernanceDiagnostics.Meter.CreateObservableGauge(
            "governance.router.backend.available", () => Observe(static h => h.IsAvailable ? 1 : 0), "1", "1 when the backend can take requests, 0 while it is broken or throttled.");
        GovernanceDiagnostics.Meter.CreateObservableGauge(
            "governance.router.backend.state", () => Observe(static h => (int)h.State), "1", "Backend state: 0 healthy, 1 throttled, 2 broken, 3 half-open.");
    }

    public static void Register(ModelRouterChatClient router)
    {
        lock (Gate)
        {
            Routers.RemoveAll(static r => !r.TryGetTarget(out _));
            Routers.Add(new WeakReference<ModelRouterChatClient>(router));
        }
    }

    public static void Unregister(ModelRouterChatClient router)
    {
        lock (Gate)
        {
            Routers.RemoveAll(r => !r.TryGetTarget(out ModelRouterChatClient? target) || ReferenceEquals(target, router));
        }
    }

    public static void RecordRequest(string router, string backend, string outcome)
    {
        if (Requests.Enabled)
        {
            Requests.Add(1, new TagList { { "router", router }, { "backend", backend }, { "outcome", outcome } });
        }
    }

    public static void RecordFailover(string router, string backend, Exception error)
    {
        if (Failovers.Enabled)
        {
            Failovers.Add(1, new TagList { { "router", router }, { "backend", backend }, { "error.type", error.GetType().Name } });
        }

        Activity.Current?.AddEvent(new ActivityEvent("governance.router.failover", tags: new ActivityTagsCollection
        {
            ["backend"] = backend,
            ["error.type"] = error.GetType().Name,
        }));
    }

    public static void RecordShadow(string router, ShadowComparison comparison)
    {
        var tags = new TagList { { "router", router }, { "backend", comparison.Backend }, { "shadow", comparison.ShadowBackend } };
        TagList outcomeTags = tags;
        outcomeTags.Add("outcome", comparison.ShadowSucceeded ? "success" : "failure");
        ShadowRequests.Add(1, outcomeTags);
        if (comparison.Similarity is { } similarity)
        {
            ShadowSimilarity.Record(similarity, tags);
        }

        if (comparison.PrimarySucceeded && comparison.ShadowSucceeded)
        {
            ShadowLatencyDelta.Record((comparison.ShadowLatency - comparison.PrimaryLatency).TotalMilliseconds, tags);
            if (comparison.PrimaryOutputTokens is { } primary && comparison.ShadowOutputTokens is { } shadow)
            {
                ShadowOutputTokenDelta.Record(shadow - primary, tags);
            }
        }
    }

    private static List<Measurement<T>> Observe<T>(Func<BackendHealth, T> value)
        where T : struct
    {
        var measurements = new List<Measurement<T>>();
        List<ModelRouterChatClient> live = [];
        lock (Gate)
        {
            foreach (WeakReference<ModelRouterChatClient> reference in Routers)
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
