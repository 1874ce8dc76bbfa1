namespace Governance.AI;

/// <summary>
/// The base of every error a governance policy raises on purpose: a rejected, blocked or unroutable request.
/// </summary>
/// <remarks>
/// Each error carries a machine-readable <see cref="ReasonCode"/>, the <see cref="Policy"/> and <see cref="Scope"/>
/// that decided, the HTTP <see cref="StatusCode"/> a web application should answer with, and
/// <see cref="RetryAfter"/> where waiting helps. Messages never contain prompt text, response text or PII.
/// </remarks>
public abstract class GovernanceException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="GovernanceException"/> class.</summary>
    /// <param name="reasonCode">A stable, machine-readable reason, one of <see cref="GovernanceReasonCodes"/>.</param>
    /// <param name="policy">The policy that decided, one of <see cref="GovernancePolicyNames"/>.</param>
    /// <param name="message">A human-readable message without content or PII.</param>
    /// <param name="scope">The scope that decided (for example <c>tenant:contoso</c>), if any.</param>
    /// <param name="retryAfter">How long to wait before a retry can succeed, if known.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    protected GovernanceException(
        string reasonCode,
        string policy,
        string message,
        string? scope = null,
        TimeSpan? retryAfter = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentException.ThrowIfNullOrEmpty(reasonCode);
        ArgumentException.ThrowIfNullOrEmpty(policy);
        ReasonCode = reasonCode;
        Policy = policy;
        Scope = scope;
        RetryAfter = retryAfter is { } wait && wait < TimeSpan.Zero ? TimeSpan.Zero : retryAfter;
    }

    /// <summary>Gets the machine-readable reason, one of <see cref="GovernanceReasonCodes"/>.</summary>
    public string ReasonCode { get; }

    /// <summary>Gets the policy that decided, one of <see cref="GovernancePolicyNames"/>.</summary>
    public string Policy { get; }

    /// <summary>Gets the scope that decided (for example <c>tenant:contoso</c>), or <see langword="null"/>.</summary>
    public string? Scope { get; }

    /// <summary>Gets how long to wait before a retry can succeed, or <see langword="null"/> when waiting does not help.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Gets the HTTP status code a web application should answer with (429, 403, 401 or 503).</summary>
    public abstract int StatusCode { get; }
}

/// <summary>The stable reason codes of <see cref="GovernanceException.ReasonCode"/>.</summary>
public static class GovernanceReasonCodes
{
    /// <summary>A token, request, concurrency or cost limit would be exceeded.</summary>
    public const string BudgetExceeded = "budget_exceeded";

    /// <summary>A single request is larger than a per-request limit (prompt or output tokens) allows.</summary>
    public const string RequestTooLarge = "request_too_large";

    /// <summary>A cost limit applies but the model has no price (see <c>BudgetOptions.UnpricedModels</c>).</summary>
    public const string ModelNotPriced = "model_not_priced";

    /// <summary>The budget store failed to reserve, so the request could not be admitted (and was not sent).</summary>
    public const string BudgetStoreUnavailable = "budget_store_unavailable";

    /// <summary>The prompt or the response was blocked by the safety filter.</summary>
    public const string ContentBlocked = "content_blocked";

    /// <summary>The prompt contains a sensitive value whose operator is <c>block</c>.</summary>
    public const string SensitiveDataBlocked = "sensitive_data_blocked";

    /// <summary>No backend could serve the request: all are broken, excluded or failing.</summary>
    public const string NoHealthyBackend = "no_healthy_backend";

    /// <summary>A policy requires a caller identity (for example a tenant) that the request does not carry.</summary>
    public const string CallerRequired = "caller_required";
}

/// <summary>The names of the built-in policies, as used in <see cref="GovernanceException.Policy"/> and telemetry.</summary>
public static class GovernancePolicyNames
{
    /// <summary>The telemetry, ledger and audit policy.</summary>
    public const string Telemetry = "telemetry";

    /// <summary>The safety filter.</summary>
    public const string Safety = "safety";

    /// <summary>The redactor.</summary>
    public const string Redaction = "redaction";

    /// <summary>The response cache.</summary>
    public const string Cache = "cache";

    /// <summary>The budget enforcer.</summary>
    public const string Budget = "budget";

    /// <summary>The model router.</summary>
    public const string Router = "router";

    /// <summary>Gets the policy name of a stage.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The name.</returns>
    public static string Of(GovernanceStage stage) => stage switch
    {
        GovernanceStage.Telemetry => Telemetry,
        GovernanceStage.Safety => Safety,
        GovernanceStage.Redaction => Redaction,
        GovernanceStage.Cache => Cache,
        GovernanceStage.Budget => Budget,
        GovernanceStage.Router => Router,
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "Unknown governance stage."),
    };
}
