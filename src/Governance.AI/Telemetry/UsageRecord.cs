namespace Governance.AI.Telemetry;

/// <summary>How a governed call ended.</summary>
public enum UsageOutcome
{
    /// <summary>The call returned a response (a cache hit included).</summary>
    Success = 0,

    /// <summary>A policy rejected or blocked the call; <see cref="UsageRecord.ReasonCode"/> says why.</summary>
    Rejected = 1,

    /// <summary>The call failed; <see cref="UsageRecord.ErrorType"/> says how.</summary>
    Failed = 2,

    /// <summary>The caller cancelled the call or abandoned the stream.</summary>
    Cancelled = 3,
}

/// <summary>One completed governed call, as the usage ledger records it. It never carries prompt or response text.</summary>
public sealed record UsageRecord
{
    /// <summary>Gets when the call started.</summary>
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>Gets the tenant id, if known.</summary>
    public string? TenantId { get; init; }

    /// <summary>Gets the end-user id, if known.</summary>
    public string? UserId { get; init; }

    /// <summary>Gets the application id, if known.</summary>
    public string? ApplicationId { get; init; }

    /// <summary>Gets the cost center, if known.</summary>
    public string? CostCenter { get; init; }

    /// <summary>Gets the model that answered (the response's model, else the requested one), if known.</summary>
    public string? Model { get; init; }

    /// <summary>Gets the backend that served the call, as the router reported it, if any.</summary>
    public string? Backend { get; init; }

    /// <summary>Gets the provider's response id, if any.</summary>
    public string? ResponseId { get; init; }

    /// <summary>Gets the input tokens billed (cached ones included); 0 for a cache hit.</summary>
    public long InputTokens { get; init; }

    /// <summary>Gets the cached part of <see cref="InputTokens"/>.</summary>
    public long CachedInputTokens { get; init; }

    /// <summary>Gets the output tokens billed; 0 for a cache hit.</summary>
    public long OutputTokens { get; init; }

    /// <summary>Gets the cost in US dollars; 0 when the model has no price or nothing was billed.</summary>
    public decimal CostUsd { get; init; }

    /// <summary>Gets a value indicating whether the response came from the cache.</summary>
    public bool CacheHit { get; init; }

    /// <summary>Gets the tokens a cache hit saved.</summary>
    public long TokensSaved { get; init; }

    /// <summary>Gets the cost in US dollars a cache hit saved.</summary>
    public decimal CostSavedUsd { get; init; }

    /// <summary>Gets a value indicating whether the call was streamed.</summary>
    public bool Streaming { get; init; }

    /// <summary>Gets how long the call took, to the end of the stream for streamed calls.</summary>
    public TimeSpan Latency { get; init; }

    /// <summary>Gets how the call ended.</summary>
    public UsageOutcome Outcome { get; init; }

    /// <summary>Gets the reason code of a rejection (<see cref="GovernanceReasonCodes"/>).</summary>
    public string? ReasonCode { get; init; }

    /// <summary>Gets the error type of a failure (an HTTP status, <c>timeout</c> or an exception type name).</summary>
    public string? ErrorType { get; init; }
}

/// <summary>What one cost center spent in a period.</summary>
/// <param name="CostCenter">The cost center; <see langword="null"/> for calls without one.</param>
/// <param name="CostUsd">The total cost in US dollars.</param>
/// <param name="Requests">The number of calls recorded, whatever their outcome (served, rejected, failed or cancelled).</param>
/// <param name="InputTokens">The input tokens billed.</param>
/// <param name="OutputTokens">The output tokens billed.</param>
public sealed record CostCenterSpend(string? CostCenter, decimal CostUsd, long Requests, long InputTokens, long OutputTokens)
{
    /// <summary>Gets the calls that were answered (<see cref="UsageOutcome.Success"/>, cache hits included).</summary>
    public long ServedRequests { get; init; }

    /// <summary>Gets the calls a policy rejected or blocked (<see cref="UsageOutcome.Rejected"/>); they never reached the model.</summary>
    public long RejectedRequests { get; init; }
}

/// <summary>The tokens one model used on one calendar day (in the ledger's time zone).</summary>
/// <param name="Day">The day.</param>
/// <param name="Model">The model; <see langword="null"/> when unknown.</param>
/// <param name="InputTokens">The input tokens billed, cached ones included.</param>
/// <param name="CachedInputTokens">The cached part of the input tokens.</param>
/// <param name="OutputTokens">The output tokens billed.</param>
/// <param name="Requests">The number of calls recorded, whatever their outcome (served, rejected, failed or cancelled).</param>
/// <param name="CostUsd">The total cost in US dollars.</param>
public sealed record ModelDailyUsage(DateOnly Day, string? Model, long InputTokens, long CachedInputTokens, long OutputTokens, long Requests, decimal CostUsd)
{
    /// <summary>Gets the calls that were answered (<see cref="UsageOutcome.Success"/>, cache hits included).</summary>
    public long ServedRequests { get; init; }

    /// <summary>Gets the calls a policy rejected or blocked (<see cref="UsageOutcome.Rejected"/>); they never reached the model.</summary>
    public long RejectedRequests { get; init; }
}
