using Microsoft.Extensions.AI;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Governance.AI.Routing;

/// <summary>The resilience settings a backend's pipeline is built from; equal settings keep a backend's state across reloads.</summary>
internal sealed record ResilienceSettings(
    int MaxRetries,
    TimeSpan BaseDelay,
    TimeSpan MaxDelay,
    bool UseJitter,
    TimeSpan MaxRetryAfter,
    bool BreakerEnabled,
    double FailureRatio,
    int MinimumThroughput,
    TimeSpan SamplingDuration,
    TimeSpan BreakDuration,
    TimeSpan MaxBreakDuration,
    TimeSpan? AttemptTimeout)
{
    public static ResilienceSettings From(RoutingResilienceOptions options) => new(
        options.Retry.MaxRetries,
        options.Retry.BaseDelay,
        options.Retry.MaxDelay,
        options.Retry.UseJitter,
        options.Retry.MaxRetryAfter,
        options.CircuitBreaker.Enabled,
        options.CircuitBreaker.FailureRatio,
        options.CircuitBreaker.MinimumThroughput,
        options.CircuitBreaker.SamplingDuration,
        options.CircuitBreaker.BreakDuration,
        options.CircuitBreaker.MaxBreakDuration,
        options.AttemptTimeout);
}

/// <summary>
/// One backend's live state: its client, its Polly strategies (retry → circuit breaker → attempt timeout), and the
/// health the router decides by (unavailable-until times, latency EWMA, requests in flight, per-minute usage).
/// </summary>
internal sealed partial class BackendRuntime
{
    private const double EwmaAlpha = 0.3;

    /// <summary>The time constant of the latency EWMA's decay while a backend gets no samples.</summary>
    public static readonly TimeSpan LatencyDecay = TimeSpan.FromSeconds(30);
    private static readonly long Minute = TimeSpan.TicksPerMinute;

    private readonly TimeProvider _time;
    private readonly CircuitBreakerStateProvider? _breakerState;
    private readonly ResiliencePipeline? _retry;
    private readonly ResiliencePipeline _attempt;
    private readonly bool _retryAfterFirst;
    private readonly Lock _usageLock = new();
    private Func<Exception, ProviderError?>? _inspector;
    private int _inFlight;
    private long _ewmaBits;
    /// <summary>When the last latency sample was taken, as a <see cref="TimeProvider.GetTimestamp"/> value (0 before the first).</summary>
    private long _lastLatencyAt;
    private long _brokenUntil;
    private long _throttledUntil;
    private long _lastRetryAfter;
    private long _successes;
    private long _failures;
    private long _windowStart;
    private long _currentRequests;
    private long _currentTokens;
    private long _previousRequests;
    private long _previousTokens;

    public BackendRuntime(
        string name,
        IChatClient client,
        ResilienceSettings settings,
        TimeProvider time,
        RouterRandom random,
        Func<Exception, ProviderError?>? inspector)
    {
        Name = name;
        Client = client;
        Settings = settings;
        _time = time;
        _inspector = inspector;

        // Two pipelines that together are retry → circuit breaker → attempt timeout: the retry runs only once an
        // attempt through the others has failed (see RunAsync), so a call answered at once skips the retry layer.
        string pipelineName = "Governance.AI.Router." + name;
        if (settings.MaxRetries > 0)
        {
            _retry = new ResiliencePipelineBuilder { TimeProvider = time, Name = pipelineName }.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = settings.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = settings.UseJitter,
                Delay = settings.BaseDelay,
                MaxDelay = settings.MaxDelay,
                Randomizer = random.NextDouble,
                ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args.Outcome.Exception, args.Context.CancellationToken)),
                DelayGenerator = args => new ValueTask<TimeSpan?>(args.Outcome.Exception is { } ex ? Inspect(ex).RetryAfter : null),
            }).Build();
        }

        var attempt = new ResiliencePipelineBuilder { TimeProvider = time, Name = pipelineName };
        if (settings.BreakerEnabled)
        {
            _breakerState = new CircuitBreakerStateProvider();
            attempt.AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = settings.FailureRatio,
                MinimumThroughput = settings.MinimumThroughput,
                SamplingDuration = settings.SamplingDuration,
                BreakDuration = settings.BreakDuration,
                BreakDurationGenerator = _ => new ValueTask<TimeSpan>(NextBreakDuration()),
                StateProvider = _breakerState,
                ShouldHandle = args => new ValueTask<bool>(args.Outcome.Exception is { } ex && IsBackendFailure(ex, args.Context.CancellationToken)),
                OnOpened = args =>
                {
                    Volatile.Write(ref _brokenUntil, (_time.GetUtcNow() + args.BreakDuration).UtcTicks);
                    return default;
                },
                OnClosed = _ =>
                {
                    Volatile.Write(ref _brokenUntil, 0);
                    return default;
                },
            });
        }

        if (settings.AttemptTimeout is { } timeout)
        {
            attempt.AddTimeout(new TimeoutStrategyOptions { Timeout = timeout });
        }

        _attempt = attempt.Build();
        _retryAfterFirst = _retry is not null && (settings.BreakerEnabled || settings.AttemptTimeout is not null);
    }

    public string Name { get; }

    public IChatClient Client { get; }

    public ResilienceSettings Settings { get; }

    public Func<Exception, ProviderError?>? Inspector
    {
        get => Volatile.Read(ref _inspector);
        set => Volatile.Write(ref _inspector, value);
    }

    public ProviderError Inspect(Exception exception) => ProviderErrors.Inspect(exception, _time.GetUtcNow(), Inspector);

    /// <summary>Whether a failure is the backend's fault: counted by its breaker and worth a failover.</summary>
    public bool IsBackendFailure(Exception exception, CancellationToken callerToken)
    {
        if (callerToken.IsCancellationRequested && exception is OperationCanceledException)
        {
            return false;
        }

        if (exception is EmptyStreamException or TimeoutRejectedException)
        {
            return true;
        }

        ProviderError error = Inspect(exception);
        return ProviderErrors.IsTransient(exception, error, callerToken);
    }

    private bool ShouldRetry(Exception? exception, CancellationToken callerToken)
    {
        if (exception is null || callerToken.IsCancellationRequested || exception is BrokenCircuitException)
        {
            return false;
        }

        if (exception is EmptyStreamException or TimeoutRejectedException)
        {
            return true;
        }

        ProviderError error = Inspect(exception);
        return ProviderErrors.IsTransient(exception, error, callerToken) &&
               (error.RetryAfter is not { } wait || wait <= Settings.MaxRetryAfter);
    }

    private TimeSpan NextBreakDuration()
    {
        TimeSpan retryAfter = TimeSpan.FromTicks(Interlocked.Exchange(ref _lastRetryAfter, 0));
        TimeSpan duration = retryAfter > Settings.BreakDuration ? retryAfter : Settings.BreakDuration;
        return duration < Settings.MaxBreakDuration ? duration : Settings.MaxBreakDuration;
    }
}
