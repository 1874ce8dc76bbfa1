namespace Governance.AI.Routing;

/// <content>Per-minute capacity: a sliding estimate of requests and tokens over two one-minute windows.</content>
internal sealed partial class BackendRuntime
{
    /// <summary>
    /// Whether the per-minute capacity has room for one more request needing this many tokens (prompt plus expected
    /// output), by a sliding estimate over two one-minute windows. An idle backend always takes one request.
    /// </summary>
    public bool HasCapacity(long now, long requestsPerMinute, long tokensPerMinute, int tokensNeeded)
    {
        EstimateUsage(now, out double requests, out double tokens);
        return (requestsPerMinute <= 0 || requests + 1 <= requestsPerMinute) &&
               (tokensPerMinute <= 0 || tokens + tokensNeeded <= tokensPerMinute || tokens == 0);
    }

    /// <summary>When the capacity window rolls over (an estimate of when capacity frees up).</summary>
    public long CapacityResetsAt(long now)
    {
        long start = Volatile.Read(ref _windowStart);
        return start + Minute > now ? start + Minute : now + Minute;
    }

    private void EstimateUsage(long now, out double requests, out double tokens)
    {
        long start = Volatile.Read(ref _windowStart);
        long age = now - start;
        long currentRequests = Volatile.Read(ref _currentRequests);
        long currentTokens = Volatile.Read(ref _currentTokens);
        if (age >= 2 * Minute || age < 0)
        {
            requests = 0;
            tokens = 0;
        }
        else if (age >= Minute)
        {
            double weight = 1 - ((double)(age - Minute) / Minute);
            requests = currentRequests * weight;
            tokens = currentTokens * weight;
        }
        else
        {
            double weight = 1 - ((double)age / Minute);
            requests = (Volatile.Read(ref _previousRequests) * weight) + currentRequests;
            tokens = (Volatile.Read(ref _previousTokens) * weight) + currentTokens;
        }
    }

    private void AddUsage(long requests, long tokens)
    {
        long now = _time.GetUtcNow().UtcTicks;
        lock (_usageLock)
        {
            long age = now - _windowStart;
            if (age >= 2 * Minute || age < 0)
            {
                _previousRequests = 0;
                _previousTokens = 0;
                _currentRequests = 0;
                _currentTokens = 0;
                _windowStart = now;
            }
            else if (age >= Minute)
            {
                _previousRequests = _currentRequests;
                _previousTokens = _currentTokens;
                _currentRequests = 0;
                _currentTokens = 0;
                _windowStart += Minute;
            }

            _currentRequests += requests;
            _currentTokens += tokens;
        }
    }
}
