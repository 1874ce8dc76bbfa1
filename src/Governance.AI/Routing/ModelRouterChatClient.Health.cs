using Polly.CircuitBreaker;

namespace Governance.AI.Routing;

/// <content>Backend health: each backend's state, when it is expected back, latency and counters, as the router reports them.</content>
public sealed partial class ModelRouterChatClient
{
    /// <summary>Gets the health of every backend: state, when it is expected back, latency EWMA and requests in flight.</summary>
    /// <returns>One entry per enabled backend.</returns>
    public IReadOnlyList<BackendHealth> GetBackendHealth()
    {
        RouteTable table = GetTable();
        long now = _time.GetUtcNow().UtcTicks;
        var health = new BackendHealth[table.Count];
        for (int i = 0; i < table.Count; i++)
        {
            BackendRuntime backend = table.Backends[i];
            CircuitState circuit = backend.CircuitState;
            long broken = backend.BrokenUntil;
            long throttled = backend.ThrottledUntil;
            BackendHealthState state;
            long until = 0;
            if (circuit == CircuitState.Isolated)
            {
                state = BackendHealthState.Broken;
            }
            else if (broken > now)
            {
                state = BackendHealthState.Broken;
                until = Math.Max(broken, throttled);
            }
            else if (throttled > now)
            {
                state = BackendHealthState.Throttled;
                until = throttled;
            }
            else if (circuit is CircuitState.Open or CircuitState.HalfOpen)
            {
                state = BackendHealthState.HalfOpen;
            }
            else if (table.IsLimited(i) && !backend.HasCapacity(now, table.RequestsPerMinute[i], table.TokensPerMinute[i], 0))
            {
                state = BackendHealthState.Throttled;
                until = backend.CapacityResetsAt(now);
            }
            else
            {
                state = BackendHealthState.Healthy;
            }

            health[i] = new BackendHealth(
                backend.Name,
                table.Settings[i].Model,
                table.Settings[i].Region,
                state,
                until > 0 ? new DateTimeOffset(until, TimeSpan.Zero) : null,
                TimeSpan.FromTicks((long)backend.LatencyEwmaTicks),
                backend.InFlight,
                backend.Successes,
                backend.Failures,
                table.Roles[i]);
        }

        return health;
    }
}
