namespace Governance.AI.Routing;

/// <summary>The resilience each backend gets: retries, a circuit breaker, timeouts and optional hedging.</summary>
public sealed class RoutingResilienceOptions
{
    /// <summary>Gets or sets the retries on one backend before the router fails over to the next.</summary>
    public RoutingRetryOptions Retry { get; set; } = new();

    /// <summary>Gets or sets each backend's circuit breaker.</summary>
    public RoutingCircuitBreakerOptions CircuitBreaker { get; set; } = new();

    /// <summary>Gets or sets the timeout of one attempt (for a stream: until its first chunk); <see langword="null"/> for none.</summary>
    public TimeSpan? AttemptTimeout { get; set; }

    /// <summary>Gets or sets the timeout of the whole call, retries and failovers (and for a stream, the whole stream) included; <see langword="null"/> for none.</summary>
    public TimeSpan? TotalTimeout { get; set; }

    /// <summary>Gets or sets the most backends one request tries (the first and its failovers).</summary>
    public int MaxBackendsPerRequest { get; set; } = 4;

    /// <summary>Gets or sets hedging: extra requests to other backends when the first is slow (non-streaming calls only).</summary>
    public RoutingHedgingOptions Hedging { get; set; } = new();

    internal void Validate(OptionsValidationErrors errors)
    {
        if (Retry is null)
        {
            errors.Add(nameof(Retry), "is required.");
        }
        else
        {
            Retry.Validate(errors.At(nameof(Retry)));
        }

        if (CircuitBreaker is null)
        {
            errors.Add(nameof(CircuitBreaker), "is required.");
        }
        else
        {
            CircuitBreaker.Validate(errors.At(nameof(CircuitBreaker)));
        }

        if (Hedging is null)
        {
            errors.Add(nameof(Hedging), "is required.");
        }
        else
        {
            Hedging.Validate(errors.At(nameof(Hedging)));
        }

        errors.Require(AttemptTimeout is null || (AttemptTimeout >= TimeSpan.FromMilliseconds(10) && AttemptTimeout <= TimeSpan.FromDays(1)), nameof(AttemptTimeout), $"must be between 10 ms and 1 day (was {AttemptTimeout}).");
        errors.Require(TotalTimeout is null || TotalTimeout > TimeSpan.Zero, nameof(TotalTimeout), $"must be positive (was {TotalTimeout}).");
        errors.Require(MaxBackendsPerRequest >= 1, nameof(MaxBackendsPerRequest), $"must be at least 1 (was {MaxBackendsPerRequest}).");
    }
}

/// <summary>Retries of transient failures (429, 408, 5xx, timeouts, connection errors) on one backend.</summary>
public sealed class RoutingRetryOptions
{
    /// <summary>Gets or sets the retries after the first attempt; 0 for none.</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>Gets or sets the base delay of the exponential backoff.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Gets or sets the longest backoff delay.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets a value indicating whether backoff delays are jittered.</summary>
    public bool UseJitter { get; set; } = true;

    /// <summary>
    /// Gets or sets the longest provider <c>Retry-After</c> the router waits for on the same backend; a longer one
    /// makes it fail over at once (and keeps the backend out of rotation until then).
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    internal void Validate(OptionsValidationErrors errors)
    {
        errors.Require(MaxRetries is >= 0 and <= 100, nameof(MaxRetries), $"must be between 0 and 100 (was {MaxRetries}).");
        errors.Require(BaseDelay >= TimeSpan.Zero, nameof(BaseDelay), $"must not be negative (was {BaseDelay}).");
        errors.Require(MaxDelay >= BaseDelay, nameof(MaxDelay), $"must not be below BaseDelay (was {MaxDelay}).");
        errors.Require(MaxRetryAfter >= TimeSpan.Zero, nameof(MaxRetryAfter), $"must not be negative (was {MaxRetryAfter}).");
    }
}

/// <summary>The circuit breaker of one backend.</summary>
public sealed class RoutingCircuitBreakerOptions
{
    /// <summary>Gets or sets a value indicating whether backends have circuit breakers.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Gets or sets the failure ratio within the sampling window that opens the circuit.</summary>
    public double FailureRatio { get; set; } = 0.5;

    /// <summary>Gets or sets the fewest calls in the sampling window before the circuit may open (at least 2).</summary>
    public int MinimumThroughput { get; set; } = 10;

    /// <summary>Gets or sets the sampling window (at least 500 ms).</summary>
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets how long the circuit stays open (at least 500 ms); a longer provider <c>Retry-After</c> extends it.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets the longest break a provider <c>Retry-After</c> can ask for.</summary>
    public TimeSpan MaxBreakDuration { get; set; } = TimeSpan.FromMinutes(5);

    internal void Validate(OptionsValidationErrors errors)
    {
        errors.Require(FailureRatio > 0 && FailureRatio <= 1, nameof(FailureRatio), $"must be above 0 and at most 1 (was {FailureRatio}).");
        errors.Require(MinimumThroughput >= 2, nameof(MinimumThroughput), $"must be at least 2 (was {MinimumThroughput}).");
        errors.Require(SamplingDuration >= TimeSpan.FromMilliseconds(500), nameof(SamplingDuration), $"must be at least 500 ms (was {SamplingDuration}).");
        errors.Require(BreakDuration >= TimeSpan.FromMilliseconds(500), nameof(BreakDuration), $"must be at least 500 ms (was {BreakDuration}).");
        errors.Require(MaxBreakDuration >= BreakDuration, nameof(MaxBreakDuration), $"must not be below BreakDuration (was {MaxBreakDuration}).");
    }
}

/// <summary>Hedging: when the first backend has not answered after <see cref="Delay"/>, the request also goes to the next one, and the first answer wins.</summary>
public sealed class RoutingHedgingOptions
{
    /// <summary>Gets or sets the extra requests (0 disables hedging; at most 10).</summary>
    public int MaxHedgedAttempts { get; set; }

    /// <summary>Gets or sets how long to wait for an answer before hedging.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.FromSeconds(2);

    internal void Validate(OptionsValidationErrors errors)
    {
        errors.Require(MaxHedgedAttempts is >= 0 and <= 10, nameof(MaxHedgedAttempts), $"must be between 0 and 10 (was {MaxHedgedAttempts}).");
        errors.RequirePositive(Delay, nameof(Delay));
    }
}
