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
/// One backend's live state: its client, its Polly pipeline (retry → circuit breaker → attempt timeout), and the
/// health the router decides by (unavailable-until times, latency EWMA, requests in flight, per-minute usage).
/// </summary>
internal sealed class BackendRuntime
{
    private const double EwmaAlpha = 0.3;

    /// <summary>The time constant of the latency EWMA's decay while a backend gets no samples.</summary>
    public static readonly TimeSpan LatencyDecay = TimeSpan.FromSeconds(30);
    private static readonly long Minute = TimeSpan.TicksPerMinute;

    private readonly TimeProvider _time;
    private readonly CircuitBreakerStateProvider? _breakerState;
    private readonly Lock _usageLock = new();
    private Func<Exception, ProviderError?>? _inspector;
    private int _inFlight;
    private long _ewmaBits;
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

        var builder = new ResiliencePipelineBuilder { TimeProvider = time, Name = "Governance.AI.Router." + name };
        if (settings.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = settings.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = settings.UseJitter,
                Delay = settings.BaseDelay,
                MaxDelay = settings.MaxDelay,
                Randomizer = random.NextDouble,
                ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args.Outcome.Exception, args.Context.CancellationToken)),
                DelayGenerator = args => new ValueTask<TimeSpan?>(args.Outcome.Exception is { } ex ? Inspect(ex).RetryAfter : null),
            });
        }

        if (settings.BreakerEnabled)
        {
            _breakerState = new CircuitBreakerStateProvider();
            builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
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
            builder.AddTimeout(new TimeoutStrategyOptions { Timeout = timeout });
        }

        Pipeline = builder.Build();
    }

    public string Name { get; }

    public IChatClient Client { get; }

    public ResilienceSettings Settings { get; }

    public ResiliencePipeline Pipeline { get; }

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

    public Func<Exception, ProviderError?>? Inspector
    {
        get => Volatile.Read(ref _inspector);
        set => Volatile.Write(ref _inspector, value);
    }

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

    /// <summary>
    /// Runs one call through the backend's pipeline; <see cref="ResultOf{T}"/> reads the response or throws the failure.
    /// The attempts hand Polly their outcome instead of throwing, so an attempt that completes synchronously needs no
    /// async state machine, neither ours nor Polly's wrapper. The outcome is typed <see cref="object"/>, the result
    /// type of the untyped pipeline's retry and breaker: Polly then passes it through them as it is, where an
    /// <c>Outcome&lt;ChatResponse&gt;</c> is converted in and out of each strategy by an async wrapper of its own.
    /// </summary>
    public ValueTask<Outcome<object>> ExecuteAsync(RouteCall call, ChatOptions? options, bool limited, ResilienceContext context) =>
        Pipeline.ExecuteOutcomeAsync(
            static (ctx, state) => state.Backend.AttemptAsync(state.Call, state.Options, state.Limited, ctx.CancellationToken),
            context,
            (Backend: this, Call: call, Options: options, Limited: limited));

    /// <summary>Gets the result of an outcome of <see cref="ExecuteAsync"/> or <see cref="OpenAsync"/>, or throws its failure with the original stack.</summary>
    public static T ResultOf<T>(in Outcome<object> outcome)
        where T : class
    {
        outcome.ThrowIfException();
        return (T)outcome.Result!;
    }

    public void BeginAttempt(RouteCall call, bool limited)
    {
        Interlocked.Increment(ref call.Attempts);
        Interlocked.Increment(ref _inFlight);
        if (limited)
        {
            AddUsage(1, call.Request.PromptTokens);
        }
    }

    public void EndAttempt() => Interlocked.Decrement(ref _inFlight);

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

    /// <summary>
    /// Opens a stream through the backend's pipeline; <see cref="ResultOf{T}"/> reads the <see cref="StreamLease"/> or
    /// throws the failure. Typed <see cref="object"/> like <see cref="ExecuteAsync"/>, for the same reason.
    /// </summary>
    public ValueTask<Outcome<object>> OpenAsync(
        RouteCall call, ChatOptions? options, bool limited, bool requireFinishReason, ResilienceContext context, CancellationToken streamToken) =>
        Pipeline.ExecuteOutcomeAsync(
            static (ctx, s) => s.Backend.OpenAttemptAsync(s.Call, s.Options, s.Limited, s.RequireFinish, s.Token, ctx.CancellationToken),
            context,
            (Backend: this, Call: call, Options: options, Limited: limited, RequireFinish: requireFinishReason, Token: streamToken));

    /// <summary>
    /// One attempt to open a stream: it succeeds when the first update has arrived (or, if allowed, when the stream
    /// ended empty). Never throws: a failure is counted and returned as the outcome.
    /// </summary>
    private async ValueTask<Outcome<object>> OpenAttemptAsync(
        RouteCall call, ChatOptions? options, bool limited, bool requireFinishReason, CancellationToken streamToken, CancellationToken attemptToken)
    {
        BeginAttempt(call, limited);
        long start = _time.GetTimestamp();

        // The stream runs on its own token, linked to the call's: Polly's attempt token (which carries the attempt
        // timeout) only governs the wait for the first update, and is detached before the stream goes to the caller.
        var streamCancellation = CancellationTokenSource.CreateLinkedTokenSource(streamToken);
        IAsyncEnumerator<ChatResponseUpdate>? enumerator = null;
        try
        {
            bool hasFirst;
            using (attemptToken.UnsafeRegister(static state => ((CancellationTokenSource)state!).Cancel(), streamCancellation))
            {
                enumerator = Client.GetStreamingResponseAsync(call.Messages, options, streamCancellation.Token).GetAsyncEnumerator(streamCancellation.Token);
                hasFirst = await enumerator.MoveNextAsync().ConfigureAwait(false);
            }

            if (!hasFirst && requireFinishReason)
            {
                throw new EmptyStreamException();
            }

            RecordLatency(_time.GetElapsedTime(start));
            return Outcome.FromResult<object>(new StreamLease(this, enumerator, streamCancellation, hasFirst, limited));
        }
        catch (Exception ex)
        {
            if (enumerator is not null)
            {
                await StreamLease.DisposeQuietlyAsync(enumerator).ConfigureAwait(false);
            }

            streamCancellation.Dispose();
            EndAttempt();
            RecordFailure(ex, call.CallerToken);
            return Outcome.FromException<object>(ex);
        }
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

    /// <summary>One attempt; never throws (Polly's outcome callbacks must not): a failure is counted and returned as the outcome.</summary>
    private ValueTask<Outcome<object>> AttemptAsync(RouteCall call, ChatOptions? options, bool limited, CancellationToken cancellationToken)
    {
        BeginAttempt(call, limited);
        long start = _time.GetTimestamp();
        Task<ChatResponse> answering;
        try
        {
            answering = Client.GetResponseAsync(call.Messages, options, cancellationToken);
        }
        catch (Exception ex)
        {
            return new ValueTask<Outcome<object>>(EndFailedAttempt(call, ex));
        }

        if (!answering.IsCompleted)
        {
            return AwaitAttemptAsync(call, answering, start, limited);
        }

        ChatResponse response;
        try
        {
            response = answering.GetAwaiter().GetResult();
        }
        catch (Exception ex)
        {
            return new ValueTask<Outcome<object>>(EndFailedAttempt(call, ex));
        }

        return new ValueTask<Outcome<object>>(EndServedAttempt(response, start, limited));
    }

    private async ValueTask<Outcome<object>> AwaitAttemptAsync(RouteCall call, Task<ChatResponse> answering, long start, bool limited)
    {
        ChatResponse response;
        try
        {
            response = await answering.ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            return EndFailedAttempt(call, ex);
        }

        return EndServedAttempt(response, start, limited);
    }

    private Outcome<object> EndServedAttempt(ChatResponse response, long start, bool limited)
    {
        try
        {
            RecordSuccess(_time.GetElapsedTime(start), response.Usage?.OutputTokenCount, limited);
            return Outcome.FromResult<object>(response);
        }
        finally
        {
            EndAttempt();
        }
    }

    private Outcome<object> EndFailedAttempt(RouteCall call, Exception failure)
    {
        try
        {
            RecordFailure(failure, call.CallerToken);
            return Outcome.FromException<object>(failure);
        }
        finally
        {
            EndAttempt();
        }
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

/// <summary>An open upstream stream whose first update has arrived; it holds the backend's in-flight slot until disposed.</summary>
internal sealed class StreamLease(
    BackendRuntime backend, IAsyncEnumerator<ChatResponseUpdate> enumerator, CancellationTokenSource cancellation, bool hasCurrent, bool limited) : IAsyncDisposable
{
    private int _disposed;

    public BackendRuntime Backend { get; } = backend;

    public bool Limited { get; } = limited;

    public bool HasCurrent { get; private set; } = hasCurrent;

    public ChatResponseUpdate Current => enumerator.Current;

    /// <summary>Moves to the next update; returns the upstream error instead of throwing it.</summary>
    public async ValueTask<Exception?> MoveNextAsync()
    {
        try
        {
            HasCurrent = await enumerator.MoveNextAsync().ConfigureAwait(false);
            return null;
        }
        catch (Exception ex)
        {
            HasCurrent = false;
            return ex;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        try
        {
            await DisposeQuietlyAsync(enumerator).ConfigureAwait(false);
        }
        finally
        {
            cancellation.Dispose();
            Backend.EndAttempt();
        }
    }

    /// <summary>Disposes an upstream enumerator that already failed or is abandoned; its own disposal errors are not the caller's concern.</summary>
    public static async ValueTask DisposeQuietlyAsync(IAsyncEnumerator<ChatResponseUpdate> enumerator)
    {
        try
        {
            await enumerator.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Observed and dropped: the stream is over either way.
        }
    }
}

/// <summary>A stream that ended before its first update: retried like any transient failure.</summary>
internal sealed class EmptyStreamException : IOException
{
    public EmptyStreamException()
        : base("The provider's stream ended before its first update.")
    {
    }

    public EmptyStreamException(string message)
        : base(message)
    {
    }

    public EmptyStreamException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
