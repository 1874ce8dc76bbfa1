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
    public double DecayedLatencyTicks(long now)
    {
        double ewma = LatencyEwmaTicks;
        long idle = now - Volatile.Read(ref _lastLatencyAt);
        return ewma == 0 || idle <= 0 ? ewma : ewma * Math.Exp(-(double)idle / LatencyDecay.Ticks);
    }

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

    public void RecordSuccess(TimeSpan? latency, long? outputTokens, bool limited)
    {
        Interlocked.Increment(ref _successes);
        if (latency is { } measured)
        {
            RecordLatency(measured);
        }

        if (limited && outputTokens is > 0)
        {
            AddUsage(0, outputTokens.Value);
        }
    }

    public void RecordLatency(TimeSpan latency)
    {
        Volatile.Write(ref _lastLatencyAt, _time.GetUtcNow().UtcTicks);
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
