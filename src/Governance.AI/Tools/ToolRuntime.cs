using System.Collections.Concurrent;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Governance.AI.Tools;

/// <summary>The long-lived guards of one tool: its resilience pipeline (timeout, circuit breaker) and rate-limit windows.</summary>
internal sealed class ToolRuntime
{
    private readonly ConcurrentDictionary<string, RateWindow> _windows = new(StringComparer.Ordinal);
    private readonly TimeProvider _timeProvider;

    public ToolRuntime(ToolPolicy? policy, TimeProvider timeProvider)
    {
        Policy = policy;
        _timeProvider = timeProvider;
        Pipeline = BuildPipeline(policy, timeProvider);
    }

    public ToolPolicy? Policy { get; }

    /// <summary>Gets the pipeline the tool runs in; <see cref="ResiliencePipeline.Empty"/> when it has no timeout or breaker.</summary>
    public ResiliencePipeline Pipeline { get; }

    /// <summary>Gets a value indicating whether the tool has a timeout or a circuit breaker.</summary>
    public bool HasResilience => !ReferenceEquals(Pipeline, ResiliencePipeline.Empty);

    /// <summary>Takes one call from the tenant's current fixed window, or refuses when it is used up.</summary>
    public bool TryAcquire(string? tenantId)
    {
        if (Policy?.MaxCallsPerWindow is not { } limit)
        {
            return true;
        }

        RateWindow window = _windows.GetOrAdd(tenantId ?? string.Empty, static _ => new RateWindow());
        long windowIndex = _timeProvider.GetUtcNow().UtcTicks / Policy.RateLimitWindow.Ticks;
        lock (window)
        {
            if (window.Index != windowIndex)
            {
                window.Index = windowIndex;
                window.Count = 0;
            }

            if (window.Count >= limit)
            {
                return false;
            }

            window.Count++;
            return true;
        }
    }

    private static ResiliencePipeline BuildPipeline(ToolPolicy? policy, TimeProvider timeProvider)
    {
        if (policy is null || (policy.CircuitBreaker is null && policy.Timeout is null))
        {
            return ResiliencePipeline.Empty;
        }

        var builder = new ResiliencePipelineBuilder { TimeProvider = timeProvider };

        // The breaker sits outside the timeout, so a timed-out call counts as a failure.
        if (policy.CircuitBreaker is { } breaker)
        {
            builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = breaker.FailureRatio,
                MinimumThroughput = breaker.MinimumThroughput,
                SamplingDuration = breaker.SamplingDuration,
                BreakDuration = breaker.BreakDuration,
            });
        }

        if (policy.Timeout is { } timeout)
        {
            builder.AddTimeout(new TimeoutStrategyOptions { Timeout = timeout });
        }

        return builder.Build();
    }

    private sealed class RateWindow
    {
        public long Index { get; set; } = -1;

        public int Count { get; set; }
    }
}
