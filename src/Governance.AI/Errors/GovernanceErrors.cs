using System.Globalization;

namespace Governance.AI;

/// <summary>A request would exceed a budget: a token, request, concurrency or cost limit of some scope.</summary>
public sealed class BudgetExceededException : GovernanceException
{
    /// <summary>Initializes a new instance of the <see cref="BudgetExceededException"/> class.</summary>
    /// <param name="scope">The scope whose limit decided, for example <c>tenant:contoso</c>.</param>
    /// <param name="limitName">The limit, for example <c>tokens</c>, <c>requests</c>, <c>concurrent</c> or <c>cost_usd</c>.</param>
    /// <param name="window">The window, for example <c>1m</c>, <c>1d</c> or <c>month</c>; <see langword="null"/> for per-request and concurrency limits.</param>
    /// <param name="limit">The limit's size.</param>
    /// <param name="used">What the window had used (including reservations in flight) when the request came.</param>
    /// <param name="requested">What the request needed.</param>
    /// <param name="retryAfter">When enough capacity frees up, if it ever does within the window.</param>
    /// <param name="reasonCode">The reason code; <see cref="GovernanceReasonCodes.BudgetExceeded"/> by default.</param>
    public BudgetExceededException(
        string scope,
        string limitName,
        string? window,
        decimal limit,
        decimal used,
        decimal requested,
        TimeSpan? retryAfter,
        string reasonCode = GovernanceReasonCodes.BudgetExceeded)
        : this(scope, limitName, window, limit, used, requested, retryAfter, null, reasonCode)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="BudgetExceededException"/> class.</summary>
    /// <param name="scope">The scope whose limit decided, for example <c>tenant:contoso</c>.</param>
    /// <param name="limitName">The limit, for example <c>tokens</c>, <c>requests</c>, <c>concurrent</c> or <c>cost_usd</c>.</param>
    /// <param name="window">The window, for example <c>1m</c>, <c>1d</c> or <c>month</c>; <see langword="null"/> for per-request and concurrency limits.</param>
    /// <param name="limit">The limit's size.</param>
    /// <param name="used">What the window had used (including reservations in flight) when the request came.</param>
    /// <param name="requested">What the request needed.</param>
    /// <param name="retryAfter">When enough capacity frees up, if it ever does within the window.</param>
    /// <param name="fittingMaxOutputTokens">The largest <c>MaxOutputTokens</c> with which the same request would fit now, if any.</param>
    /// <param name="reasonCode">The reason code; <see cref="GovernanceReasonCodes.BudgetExceeded"/> by default.</param>
    public BudgetExceededException(
        string scope,
        string limitName,
        string? window,
        decimal limit,
        decimal used,
        decimal requested,
        TimeSpan? retryAfter,
        int? fittingMaxOutputTokens,
        string reasonCode = GovernanceReasonCodes.BudgetExceeded)
        : base(
            reasonCode,
            GovernancePolicyNames.Budget,
            string.Format(
                CultureInfo.InvariantCulture,
                "Budget exceeded for {0}: limit '{1}'{2} is {3}, {4} used, {5} remaining, {6} requested.{7}{8}",
                scope,
                limitName,
                window is null ? string.Empty : " per " + window,
                limit,
                used,
                Math.Max(0, limit - used),
                requested,
                fittingMaxOutputTokens is { } fit ? " The request fits now with MaxOutputTokens = " + fit.ToString(CultureInfo.InvariantCulture) + " or less." : string.Empty,
                retryAfter is { } wait ? " Retry after " + wait.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s." : string.Empty),
            scope,
            retryAfter)
    {
        ArgumentException.ThrowIfNullOrEmpty(limitName);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fittingMaxOutputTokens ?? 1, nameof(fittingMaxOutputTokens));
        LimitName = limitName;
        Window = window;
        Limit = limit;
        Used = used;
        Requested = requested;
        FittingMaxOutputTokens = fittingMaxOutputTokens;
    }

    /// <summary>
    /// Gets the largest <c>ChatOptions.MaxOutputTokens</c> with which the same request would fit every token and cost
    /// limit now, or <see langword="null"/> when none would (or the output allowance was not what failed). Retry with
    /// it, or turn on <c>BudgetOptions.ClampMaxOutputTokens</c> to have the policy do so.
    /// </summary>
    public int? FittingMaxOutputTokens { get; }

    /// <summary>Gets the limit that decided, for example <c>tokens</c> or <c>cost_usd</c>.</summary>
    public string LimitName { get; }

    /// <summary>Gets the window, or <see langword="null"/> for per-request and concurrency limits.</summary>
    public string? Window { get; }

    /// <summary>Gets the limit's size.</summary>
    public decimal Limit { get; }

    /// <summary>Gets what the window had used, including reservations in flight.</summary>
    public decimal Used { get; }

    /// <summary>Gets what was left: the limit less what was used, never negative.</summary>
    public decimal Remaining => Math.Max(0, Limit - Used);

    /// <summary>Gets what the request needed.</summary>
    public decimal Requested { get; }

    /// <inheritdoc />
    public override int StatusCode => ReasonCode == GovernanceReasonCodes.RequestTooLarge ? 413 : 429;
}

/// <summary>The prompt or the response was blocked by the safety filter.</summary>
public sealed class ContentBlockedException : GovernanceException
{
    /// <summary>Initializes a new instance of the <see cref="ContentBlockedException"/> class.</summary>
    /// <param name="category">The category, for example <c>prompt_injection</c>, <c>jailbreak</c> or <c>hate</c>.</param>
    /// <param name="ruleId">The rule or classifier that decided, if any.</param>
    /// <param name="score">The score or severity that crossed the threshold.</param>
    /// <param name="inResponse"><see langword="true"/> when the response was blocked, <see langword="false"/> for the prompt.</param>
    /// <param name="scope">The scope that decided, if any.</param>
    public ContentBlockedException(string category, string? ruleId, double score, bool inResponse, string? scope = null)
        : base(
            GovernanceReasonCodes.ContentBlocked,
            GovernancePolicyNames.Safety,
            string.Format(
                CultureInfo.InvariantCulture,
                "The {0} was blocked by the safety filter: category '{1}'{2}, score {3:0.###}.",
                inResponse ? "response" : "prompt",
                category,
                ruleId is null ? string.Empty : ", rule '" + ruleId + "'",
                score),
            scope)
    {
        ArgumentException.ThrowIfNullOrEmpty(category);
        Category = category;
        RuleId = ruleId;
        Score = score;
        InResponse = inResponse;
    }

    /// <summary>Gets the category that was blocked.</summary>
    public string Category { get; }

    /// <summary>Gets the rule or classifier that decided, if any.</summary>
    public string? RuleId { get; }

    /// <summary>Gets the score or severity that crossed the threshold.</summary>
    public double Score { get; }

    /// <summary>Gets a value indicating whether the response (rather than the prompt) was blocked.</summary>
    public bool InResponse { get; }

    /// <inheritdoc />
    public override int StatusCode => 403;
}

/// <summary>The prompt contains a sensitive value of a type whose operator is <c>block</c>.</summary>
/// <remarks>The message names the entity type, never the value.</remarks>
public sealed class SensitiveDataBlockedException : GovernanceException
{
    /// <summary>Initializes a new instance of the <see cref="SensitiveDataBlockedException"/> class.</summary>
    /// <param name="entityType">The entity type, for example <c>CREDIT_CARD</c>.</param>
    /// <param name="count">How many values of the type were found.</param>
    /// <param name="scope">The scope that decided, if any.</param>
    public SensitiveDataBlockedException(string entityType, int count = 1, string? scope = null)
        : base(
            GovernanceReasonCodes.SensitiveDataBlocked,
            GovernancePolicyNames.Redaction,
            string.Format(CultureInfo.InvariantCulture, "The request was blocked: it contains {0} value(s) of type {1}.", count, entityType),
            scope)
    {
        ArgumentException.ThrowIfNullOrEmpty(entityType);
        EntityType = entityType;
        Count = count;
    }

    /// <summary>Gets the entity type that was found.</summary>
    public string EntityType { get; }

    /// <summary>Gets how many values of the type were found.</summary>
    public int Count { get; }

    /// <inheritdoc />
    public override int StatusCode => 403;
}

/// <summary>No backend could serve the request: all are broken, excluded or failing.</summary>
public sealed class NoHealthyBackendException : GovernanceException
{
    /// <summary>Initializes a new instance of the <see cref="NoHealthyBackendException"/> class.</summary>
    /// <param name="model">The model that was requested, if any.</param>
    /// <param name="earliestRetry">The earliest time a backend is expected back, if known.</param>
    /// <param name="now">The current time, to compute <see cref="GovernanceException.RetryAfter"/>.</param>
    /// <param name="innerException">The last backend error, if any.</param>
    public NoHealthyBackendException(string? model, DateTimeOffset? earliestRetry, DateTimeOffset now, Exception? innerException = null)
        : base(
            GovernanceReasonCodes.NoHealthyBackend,
            GovernancePolicyNames.Router,
            string.Format(
                CultureInfo.InvariantCulture,
                "No healthy backend for model '{0}'.{1}",
                model ?? "(default)",
                earliestRetry is { } at ? " Earliest retry at " + at.ToString("O", CultureInfo.InvariantCulture) + "." : string.Empty),
            model is null ? null : "model:" + model,
            earliestRetry is { } retryAt ? retryAt - now : null,
            innerException)
    {
        Model = model;
        EarliestRetry = earliestRetry;
    }

    /// <summary>Gets the model that was requested, if any.</summary>
    public string? Model { get; }

    /// <summary>Gets the earliest time a backend is expected back, if known.</summary>
    public DateTimeOffset? EarliestRetry { get; }

    /// <inheritdoc />
    public override int StatusCode => 503;
}

/// <summary>A policy requires a caller identity (for example a tenant) that the request does not carry.</summary>
public sealed class CallerContextRequiredException : GovernanceException
{
    /// <summary>Initializes a new instance of the <see cref="CallerContextRequiredException"/> class.</summary>
    /// <param name="policy">The policy that requires it.</param>
    /// <param name="missing">What is missing, for example <c>tenant</c>.</param>
    public CallerContextRequiredException(string policy, string missing)
        : base(
            GovernanceReasonCodes.CallerRequired,
            policy,
            string.Format(CultureInfo.InvariantCulture, "The {0} policy requires a caller {1}, and the request has none.", policy, missing))
    {
        Missing = missing;
    }

    /// <summary>Gets what is missing, for example <c>tenant</c>.</summary>
    public string Missing { get; }

    /// <inheritdoc />
    public override int StatusCode => 401;
}
