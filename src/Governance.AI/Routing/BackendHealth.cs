namespace Governance.AI.Routing;

/// <summary>The state of a backend as the router sees it.</summary>
public enum BackendHealthState
{
    /// <summary>Available.</summary>
    Healthy = 0,

    /// <summary>The provider asked to wait (Retry-After) or the backend's capacity is used up; back at <see cref="BackendHealth.UnavailableUntil"/>.</summary>
    Throttled,

    /// <summary>The circuit is open: the backend failed too often; a probe is allowed at <see cref="BackendHealth.UnavailableUntil"/>.</summary>
    Broken,

    /// <summary>The circuit is half-open: a probe request decides whether it closes again.</summary>
    HalfOpen,
}

/// <summary>A snapshot of one backend's health.</summary>
/// <param name="Name">The backend's name.</param>
/// <param name="Model">The model it serves, if set.</param>
/// <param name="Region">Its region, if set.</param>
/// <param name="State">Its state.</param>
/// <param name="UnavailableUntil">When it is expected back, while it is throttled or broken.</param>
/// <param name="LatencyEwma">The exponentially weighted moving average of its successful latencies (time to first chunk for streams); zero before any.</param>
/// <param name="InFlight">Its requests in flight.</param>
/// <param name="Successes">Successful attempts so far.</param>
/// <param name="Failures">Failed attempts so far.</param>
/// <param name="Role">Its role: <c>primary</c>, <c>canary</c> or <c>shadow</c>.</param>
public sealed record BackendHealth(
    string Name,
    string? Model,
    string? Region,
    BackendHealthState State,
    DateTimeOffset? UnavailableUntil,
    TimeSpan LatencyEwma,
    int InFlight,
    long Successes,
    long Failures,
    string Role)
{
    /// <summary>Gets a value indicating whether the backend can take a request now.</summary>
    public bool IsAvailable => State is BackendHealthState.Healthy or BackendHealthState.HalfOpen;
}
