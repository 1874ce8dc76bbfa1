using Polly.CircuitBreaker;

namespace Governance.AI.Routing;

/// <content>Health: requests in flight, latency EWMA, success and failure counts, breaker state and the unavailable-until times, and how attempts record them.</content>
internal sealed partial class BackendRuntime
{
    public int InFlight => Volatile.Read(ref _inFlight);

    public double LatencyEwmaTicks => BitConverter.Int64BitsToDouble(Volatile.Read(ref _ewmaBits));

    /// <summary>
    /// Gets the latency EWMA as the latency-aware strategy weighs it: decayed towards zero while the backend gets no
    /// samples (time constant <see cref="LatencyDecay"/>), so that a backend that was slow once is probed again later
    /// instead of starving forever.
    /// </summary>
    /// <param name="now">The current <see cref="Timestamp"/>: one reading for all the backends a selection compares.</param>
    public double DecayedLatencyTicks(long now)
    {
        double ewma = LatencyEwmaTicks;
        if (ewma == 0)
        {
            return ewma;
        }

        long idle = _time.GetElapsedTime(Volatile.Read(ref _lastLatencyAt), now).Ticks;
        return idle <= 0 ? ewma : ewma * Math.Exp(-(double)idle / LatencyDecay.Ticks);
    }

    /// <summary>Gets the router clock's monotonic timestamp, the unit of the latency samples' times.</summary>
    public long Timestamp() => _time.GetTimestamp();

    public long Successes => Volatile.Read(ref _successes);

    public long Failures => Volatile.Read(ref _failures);

    public CircuitState CircuitState => _breakerState?.CircuitState ?? CircuitState.Closed;

    /// <summary>Gets the time (UTC ticks) until which the backend is out of rotation: broken or throttled; 0 when available.</summary>
    public long UnavailableUntil
    {
        get
        {
            long broken = Volatile.Read(ref _brokenUntil);
            long throttled = Volatile.Read(ref _throttledUntil);
            return broken > throttled ? broken : throttled;
        }
    }

    public long BrokenUntil => Volatile.Read(ref _brokenUntil);

    public long ThrottledUntil => Volatile.Read(ref _throttledUntil);

    public void RecordSuccess(long? outputTokens, bool limited)
    {
        Interlocked.Increment(ref _successes);

        if (limited && outputTokens is > 0)
        {
            AddUsage(0, outputTokens.Value);
        }
    }

    public void RecordLatency(TimeSpan latency) => RecordLatency(latency, _time.GetTimestamp());

    /// <summary>Adds a latency sample measured up to <paramref name="at"/> (a <see cref="Timestamp"/>: the attempt's end, already read for its latency).</summary>
    public void RecordLatency(TimeSpan latency, long at)
    {
        Volatile.Write(ref _lastLatencyAt, at);
        double sample = latency.Ticks;
        long current = Volatile.Read(ref _ewmaBits);
        while (true)
        {
            double old = BitConverter.Int64BitsToDouble(current);
            double next = old == 0 ? sample : old + (EwmaAlpha * (sample - old));
            long seen = Interlocked.CompareExchange(ref _ewmaBits, BitConverter.DoubleToInt64Bits(next), current);
            if (seen == current)
            {
                break;
            }

            current = seen;
        }
    }

    /// <summary>Counts a failed attempt and, when the provider said how long to wait, keeps the backend out of rotation until then.</summary>
    public void RecordFailure(Exception exception, CancellationToken callerToken)
    {
        if (callerToken.IsCancellationRequested && exception is OperationCanceledException)
        {
            return;
        }

        Interlocked.Increment(ref _failures);
        if (Inspect(exception).RetryAfter is { } wait && wait > TimeSpan.Zero)
        {
            long until = (_time.GetUtcNow() + wait).UtcTicks;
            Volatile.Write(ref _lastRetryAfter, wait.Ticks);
            long current = Volatile.Read(ref _throttledUntil);
            while (until > current)
            {
                long seen = Interlocked.CompareExchange(ref _throttledUntil, until, current);
                if (seen == current)
                {
                    break;
                }

                current = seen;
            }
        }
    }
}
