using System.Collections.Concurrent;

namespace Governance.AI.Caching;

/// <summary>
/// Single-flight per request key: of identical concurrent misses, one (the leader) looks further and calls the
/// provider; the others wait for it and are served its answer, or go on alone when it has none to share (it failed,
/// was cancelled, or its response may not be stored).
/// </summary>
internal sealed class CacheFlights
{
    private readonly ConcurrentDictionary<string, Flight> _flights = new(StringComparer.Ordinal);

    /// <summary>Joins the flight of <paramref name="key"/>, starting one when none is in the air.</summary>
    /// <returns><see langword="true"/> when the caller leads <paramref name="flight"/> and must complete it.</returns>
    public bool Join(string key, out Flight flight)
    {
        if (_flights.TryGetValue(key, out Flight? airborne))
        {
            flight = airborne;
            return false;
        }

        var mine = new Flight(this, key);
        flight = _flights.GetOrAdd(key, mine);
        return ReferenceEquals(flight, mine);
    }

    /// <summary>Finds the flight of <paramref name="key"/> without starting one: for a request that would have nothing to share (it may not store its answer).</summary>
    /// <returns><see langword="true"/> when an identical request is in the air.</returns>
    public bool TryFind(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Flight? flight) => _flights.TryGetValue(key, out flight);

    /// <summary>One coalesced miss.</summary>
    internal sealed class Flight(CacheFlights owner, string key)
    {
        private readonly TaskCompletionSource<FlightResult?> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Waits for the leader's answer; <see langword="null"/> when it has none to share.</summary>
        public Task<FlightResult?> WaitAsync(CancellationToken cancellationToken) => _done.Task.WaitAsync(cancellationToken);

        /// <summary>Lands the flight: later identical requests start a new one (and find the stored answer first).</summary>
        public void Complete(FlightResult? result)
        {
            owner._flights.TryRemove(new KeyValuePair<string, Flight>(key, this));
            _done.TrySetResult(result);
        }
    }
}

/// <summary>What a flight's leader shares: the answer and the tier that gave it.</summary>
internal sealed record FlightResult(CachedAnswer Answer, string Tier, float Similarity);
