namespace Governance.AI.Tools;

/// <summary>Options of <see cref="ToolGovernanceChatClient"/>: who may call which tool, how each tool is guarded, and turn limits.</summary>
public sealed class ToolGovernanceOptions
{
    /// <summary>Gets the tools no caller may execute.</summary>
    public ISet<string> DeniedTools { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Gets the access lists of tenants, by tenant id.</summary>
    public IDictionary<string, ToolAccessList> Tenants { get; } = new Dictionary<string, ToolAccessList>(StringComparer.Ordinal);

    /// <summary>Gets the access lists of applications, by application id.</summary>
    public IDictionary<string, ToolAccessList> Applications { get; } = new Dictionary<string, ToolAccessList>(StringComparer.Ordinal);

    /// <summary>Gets the per-tool guards (approval, idempotency, rate limit, timeout, circuit breaker), by tool name.</summary>
    public IDictionary<string, ToolPolicy> Tools { get; } = new Dictionary<string, ToolPolicy>(StringComparer.Ordinal);

    /// <summary>Gets or sets the most model round-trips one turn may make; <see langword="null"/> for no limit.</summary>
    public int? MaxRoundTripsPerTurn { get; set; }

    /// <summary>Gets or sets the most tokens (input plus output, all round-trips) one turn may use; <see langword="null"/> for no limit.</summary>
    public long? MaxTokensPerTurn { get; set; }

    /// <summary>
    /// Gets or sets how long a state-changing tool's result is kept for replay, so a retried turn that repeats
    /// the same tool call gets the first result instead of a second side effect.
    /// </summary>
    public TimeSpan IdempotencyWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Gets or sets a function that turns an argument value into the text an audit record may hold (for example a
    /// redactor); <see langword="null"/> (the default) records argument names only, never values.
    /// </summary>
    public Func<string, object?, string>? AuditArgumentRedactor { get; set; }

    /// <summary>
    /// Gets or sets a function that rewrites a tool's result (tool name, result) before it goes back to the model, for
    /// example to redact PII; <see langword="null"/> (the default) passes results unchanged.
    /// </summary>
    public Func<string, object?, object?>? ResultRedactor { get; set; }

    /// <summary>Gets or sets the text the model receives in place of a denied tool's result.</summary>
    public string RefusalMessage { get; set; } = "This tool is not permitted for the current caller; do not call it again.";

    /// <summary>Checks the options and throws when a value is out of range.</summary>
    /// <exception cref="ArgumentException">An option is invalid; the message names it.</exception>
    public void Validate()
    {
        if (MaxRoundTripsPerTurn is < 1)
        {
            throw new ArgumentException($"ToolGovernanceOptions.MaxRoundTripsPerTurn must be at least 1 (was {MaxRoundTripsPerTurn}).");
        }

        if (MaxTokensPerTurn is < 1)
        {
            throw new ArgumentException($"ToolGovernanceOptions.MaxTokensPerTurn must be at least 1 (was {MaxTokensPerTurn}).");
        }

        if (IdempotencyWindow <= TimeSpan.Zero)
        {
            throw new ArgumentException($"ToolGovernanceOptions.IdempotencyWindow must be positive (was {IdempotencyWindow}).");
        }

        if (string.IsNullOrEmpty(RefusalMessage))
        {
            throw new ArgumentException("ToolGovernanceOptions.RefusalMessage must not be empty.");
        }

        foreach (KeyValuePair<string, ToolPolicy> tool in Tools)
        {
            (tool.Value ?? throw new ArgumentException($"ToolGovernanceOptions.Tools['{tool.Key}'] is null.")).Validate(tool.Key);
        }

        foreach (KeyValuePair<string, ToolAccessList> tenant in Tenants)
        {
            _ = tenant.Value ?? throw new ArgumentException($"ToolGovernanceOptions.Tenants['{tenant.Key}'] is null.");
        }

        foreach (KeyValuePair<string, ToolAccessList> application in Applications)
        {
            _ = application.Value ?? throw new ArgumentException($"ToolGovernanceOptions.Applications['{application.Key}'] is null.");
        }
    }

    /// <summary>Gets a value indicating whether a caller may execute a tool.</summary>
    /// <param name="caller">The caller.</param>
    /// <param name="toolName">The tool's name.</param>
    /// <returns><see langword="true"/> if no list denies it.</returns>
    public bool IsAllowed(CallerContext caller, string toolName)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(toolName);
        if (DeniedTools.Contains(toolName))
        {
            return false;
        }

        if (caller.TenantId is { } tenant && Tenants.TryGetValue(tenant, out ToolAccessList? tenantList) && !tenantList.Permits(toolName))
        {
            return false;
        }

        return caller.ApplicationId is not { } application
            || !Applications.TryGetValue(application, out ToolAccessList? applicationList)
            || applicationList.Permits(toolName);
    }
}

/// <summary>The tools a tenant or an application may and may not execute.</summary>
public sealed class ToolAccessList
{
    /// <summary>Gets or sets the only tools allowed; <see langword="null"/> (the default) allows every tool not denied.</summary>
    public ISet<string>? Allowed { get; set; }

    /// <summary>Gets the tools denied; a denial wins over an allowance.</summary>
    public ISet<string> Denied { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Gets a value indicating whether the list permits a tool.</summary>
    /// <param name="toolName">The tool's name.</param>
    /// <returns><see langword="true"/> if permitted.</returns>
    public bool Permits(string toolName) => !Denied.Contains(toolName) && (Allowed is null || Allowed.Contains(toolName));
}

/// <summary>How one tool is guarded.</summary>
public sealed class ToolPolicy
{
    /// <summary>Gets or sets a value indicating whether the turn pauses for human approval before the tool runs.</summary>
    public bool RequiresApproval { get; set; }

    /// <summary>Gets or sets a value indicating whether the tool changes state, so a repeated call (same call id) replays the first result.</summary>
    public bool IsStateChanging { get; set; }

    /// <summary>Gets or sets the longest a call may run; <see langword="null"/> for no timeout.</summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary>Gets or sets the most calls per tenant in <see cref="RateLimitWindow"/>; <see langword="null"/> for no limit.</summary>
    public int? MaxCallsPerWindow { get; set; }

    /// <summary>Gets or sets the rate limit's fixed window.</summary>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Gets or sets the circuit breaker; <see langword="null"/> for none.</summary>
    public ToolCircuitBreakerOptions? CircuitBreaker { get; set; }

    internal void Validate(string toolName)
    {
        if (Timeout is { } timeout && timeout <= TimeSpan.Zero)
        {
            throw new ArgumentException($"ToolPolicy '{toolName}': Timeout must be positive (was {timeout}).");
        }

        if (MaxCallsPerWindow is < 1)
        {
            throw new ArgumentException($"ToolPolicy '{toolName}': MaxCallsPerWindow must be at least 1 (was {MaxCallsPerWindow}).");
        }

        if (RateLimitWindow <= TimeSpan.Zero)
        {
            throw new ArgumentException($"ToolPolicy '{toolName}': RateLimitWindow must be positive (was {RateLimitWindow}).");
        }

        CircuitBreaker?.Validate(toolName);
    }
}

/// <summary>When a tool's circuit opens: after enough failures in a sampling window, calls are refused for a while.</summary>
public sealed class ToolCircuitBreakerOptions
{
    /// <summary>Gets or sets the failure ratio (0–1] in the sampling window that opens the circuit.</summary>
    public double FailureRatio { get; set; } = 0.5;

    /// <summary>Gets or sets the fewest calls in the sampling window before the ratio counts (at least 2).</summary>
    public int MinimumThroughput { get; set; } = 5;

    /// <summary>Gets or sets the sampling window (at least 500 ms).</summary>
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets how long the circuit stays open (at least 500 ms).</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    internal void Validate(string toolName)
    {
        if (FailureRatio is <= 0 or > 1 || double.IsNaN(FailureRatio))
        {
            throw new ArgumentException($"ToolPolicy '{toolName}': CircuitBreaker.FailureRatio must be in (0, 1] (was {FailureRatio}).");
        }

        if (MinimumThroughput < 2)
        {
            throw new ArgumentException($"ToolPolicy '{toolName}': CircuitBreaker.MinimumThroughput must be at least 2 (was {MinimumThroughput}).");
        }

        if (SamplingDuration < TimeSpan.FromMilliseconds(500) || BreakDuration < TimeSpan.FromMilliseconds(500))
        {
            throw new ArgumentException($"ToolPolicy '{toolName}': CircuitBreaker.SamplingDuration and BreakDuration must be at least 500 ms.");
        }
    }
}
