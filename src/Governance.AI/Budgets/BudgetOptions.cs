using System.Globalization;
using Governance.AI.Pricing;

namespace Governance.AI.Budgets;

/// <summary>Whether the budget policy blocks requests that would exceed a limit.</summary>
public enum BudgetMode
{
    /// <summary>Requests that would exceed a limit are rejected with a <see cref="BudgetExceededException"/>.</summary>
    Enforce,

    /// <summary>
    /// Usage is counted and a request that would exceed a limit is reported (event, metric and the
    /// <see cref="BudgetProperties.WouldBlock"/> response key) but never blocked.
    /// </summary>
    Monitor,
}

/// <summary>What the budget policy does when a cost limit applies to a request for a model without a price.</summary>
public enum UnpricedModelAction
{
    /// <summary>Reject the request with a <see cref="ModelNotPricedException"/> naming the model (the default: a cost limit that cannot price a call cannot limit it).</summary>
    Deny,

    /// <summary>Reserve and charge the model at <see cref="BudgetOptions.FallbackPrice"/>.</summary>
    ChargeFallbackPrice,

    /// <summary>Let the request through without counting its cost, and count it on the <c>governance.budget.unpriced_models</c> metric.</summary>
    Ignore,
}

/// <summary>The caller dimensions a limit is counted by; combine them, for example <c>Tenant, Model</c>.</summary>
/// <remarks>
/// A limit with <see cref="Global"/> counts every request in one counter. With <c>Tenant</c> each tenant has its own
/// counter; with <c>Tenant, User</c> each user within each tenant; with <c>Tenant, Model</c> each model within each
/// tenant. A caller without a value for a dimension (for example no user id) shares the counter of all such callers.
/// </remarks>
[Flags]
public enum BudgetScope
{
    /// <summary>One counter for all requests.</summary>
    Global = 0,

    /// <summary>Per tenant (organization).</summary>
    Tenant = 1,

    /// <summary>Per cost center.</summary>
    CostCenter = 2,

    /// <summary>Per application or API key.</summary>
    Application = 4,

    /// <summary>Per end user.</summary>
    User = 8,

    /// <summary>Per model id.</summary>
    Model = 16,
}

/// <summary>A calendar window, aligned in <see cref="BudgetOptions.TimeZone"/>.</summary>
public enum BudgetWindow
{
    /// <summary>No window: only valid for limits without windowed amounts (concurrency and per-request sizes).</summary>
    None,

    /// <summary>A calendar minute (<c>1m</c>).</summary>
    Minute,

    /// <summary>A calendar hour (<c>1h</c>).</summary>
    Hour,

    /// <summary>A calendar day, from midnight to midnight (<c>1d</c>).</summary>
    Day,

    /// <summary>A calendar month, from the first day's midnight to the next month's (<c>month</c>).</summary>
    Month,
}

/// <summary>
/// One budget rule: which callers it applies to, how they are counted, and its limits. Every non-null limit is
/// enforced; several rules can apply to one request and all of them must pass (for example a tenant-wide monthly
/// rule, a per-user daily rule and a per-application concurrency rule). To give one scope several windows, add one
/// rule per window.
/// </summary>
/// <example>
/// Configuration:
/// <code>
/// "AiGovernance": { "Budgets": { "Limits": [
///   { "Scope": "Tenant", "Window": "Month", "Tokens": 5000000, "CostUsd": 200 },
///   { "Scope": "Tenant, User", "Window": "Minute", "Tokens": 20000, "Requests": 30 },
///   { "Scope": "Application", "Concurrent": 8, "MaxPromptTokens": 32000, "MaxOutputTokens": 4096 }
/// ] } }
/// </code>
/// </example>
public sealed class BudgetLimitOptions
{
    /// <summary>Gets or sets the dimensions the rule counts by; <see cref="BudgetScope.Global"/> by default.</summary>
    public BudgetScope Scope { get; set; }

    /// <summary>Gets or sets the window of <see cref="Tokens"/>, <see cref="Requests"/> and <see cref="CostUsd"/>.</summary>
    public BudgetWindow Window { get; set; }

    /// <summary>Gets or sets the tokens (prompt plus output) allowed per window and scope.</summary>
    public long? Tokens { get; set; }

    /// <summary>Gets or sets the requests allowed per window and scope.</summary>
    public long? Requests { get; set; }

    /// <summary>Gets or sets the US dollars allowed per window and scope, priced with <see cref="BudgetOptions.Prices"/>.</summary>
    public decimal? CostUsd { get; set; }

    /// <summary>Gets or sets the requests allowed in flight at once per scope (streams count until they end).</summary>
    public int? Concurrent { get; set; }

    /// <summary>Gets or sets the largest prompt, in tokens, a single request may have (reason <c>request_too_large</c>).</summary>
    public int? MaxPromptTokens { get; set; }

    /// <summary>Gets or sets the largest output, in tokens, a single request may ask for (reason <c>request_too_large</c>).</summary>
    public int? MaxOutputTokens { get; set; }

    /// <summary>Gets or sets the tenant the rule is restricted to; <see langword="null"/> for every tenant.</summary>
    public string? TenantId { get; set; }

    /// <summary>Gets or sets the user the rule is restricted to; <see langword="null"/> for every user.</summary>
    public string? UserId { get; set; }

    /// <summary>Gets or sets the application the rule is restricted to; <see langword="null"/> for every application.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>Gets or sets the cost center the rule is restricted to; <see langword="null"/> for every cost center.</summary>
    public string? CostCenter { get; set; }

    /// <summary>Gets or sets a model id prefix the rule is restricted to (case-insensitive); <see langword="null"/> for every model.</summary>
    public string? Model { get; set; }

    internal bool HasWindowedLimit => Tokens is not null || Requests is not null || CostUsd is not null;

    internal void Validate(OptionsValidationErrors errors)
    {
        errors.Require(
            Tokens is not null || Requests is not null || CostUsd is not null || Concurrent is not null || MaxPromptTokens is not null || MaxOutputTokens is not null,
            string.Empty,
            "sets no limit: set at least one of Tokens, Requests, CostUsd, Concurrent, MaxPromptTokens or MaxOutputTokens.");
        errors.Require((int)Scope is >= 0 and <= 31, nameof(Scope), $"is not a valid scope (was {(int)Scope}).");
        errors.Require(Enum.IsDefined(Window), nameof(Window), $"is not a valid window (was {(int)Window}).");
        errors.Require(!HasWindowedLimit || Window != BudgetWindow.None, nameof(Window), "is required with Tokens, Requests or CostUsd: Minute, Hour, Day or Month.");
        errors.Require(Tokens is null or > 0, nameof(Tokens), $"must be positive (was {Tokens}).");
        errors.Require(Requests is null or > 0, nameof(Requests), $"must be positive (was {Requests}).");
        errors.Require(CostUsd is null || (CostUsd > 0 && CostUsd <= BudgetAmounts.MaxCostUsd), nameof(CostUsd), string.Create(CultureInfo.InvariantCulture, $"must be positive and at most {BudgetAmounts.MaxCostUsd} (was {CostUsd})."));
        errors.Require(Concurrent is null or > 0, nameof(Concurrent), $"must be positive (was {Concurrent}).");
        errors.Require(MaxPromptTokens is null or > 0, nameof(MaxPromptTokens), $"must be positive (was {MaxPromptTokens}).");
        errors.Require(MaxOutputTokens is null or > 0, nameof(MaxOutputTokens), $"must be positive (was {MaxOutputTokens}).");
        errors.Require(TenantId is null || TenantId.Length > 0, nameof(TenantId), "must not be empty (omit it to match every tenant).");
        errors.Require(UserId is null || UserId.Length > 0, nameof(UserId), "must not be empty (omit it to match every user).");
        errors.Require(ApplicationId is null || ApplicationId.Length > 0, nameof(ApplicationId), "must not be empty (omit it to match every application).");
        errors.Require(CostCenter is null || CostCenter.Length > 0, nameof(CostCenter), "must not be empty (omit it to match every cost center).");
        errors.Require(Model is null || Model.Length > 0, nameof(Model), "must not be empty (omit it to match every model).");
    }
}

/// <summary>Options of the budget policy (configuration section <c>AiGovernance:Budgets</c>).</summary>
public sealed class BudgetOptions : IValidatableOptions
{
    /// <summary>The time zone id that stands for <see cref="TimeProvider.LocalTimeZone"/>.</summary>
    public const string LocalTimeZoneId = "Local";

    /// <summary>Gets or sets whether limits block or only report; <see cref="BudgetMode.Enforce"/> by default.</summary>
    public BudgetMode Mode { get; set; } = BudgetMode.Enforce;

    /// <summary>Gets the budget rules. Every rule that applies to a request must pass.</summary>
    public IList<BudgetLimitOptions> Limits { get; } = [];

    /// <summary>
    /// Gets or sets the time zone calendar windows align in: an IANA or Windows id, <c>UTC</c> (the default), or
    /// <see cref="LocalTimeZoneId"/> for the <see cref="TimeProvider"/>'s local time zone.
    /// </summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>
    /// Gets or sets the output tokens reserved for a request that does not set <c>ChatOptions.MaxOutputTokens</c>;
    /// 4096 by default.
    /// </summary>
    public int DefaultOutputAllowance { get; set; } = 4096;

    /// <summary>
    /// Gets or sets a value indicating whether a request without <c>MaxOutputTokens</c> is sent with
    /// <c>MaxOutputTokens</c> set to the reserved allowance (on a clone of its options), so that the provider cannot
    /// produce more than was reserved. <see langword="true"/> by default: it is what makes the limits exact.
    /// </summary>
    public bool ApplyOutputAllowance { get; set; } = true;

    /// <summary>
    /// Gets or sets a value indicating whether a request whose output allowance does not fit the remaining token or
    /// cost budget is sent with a smaller <c>MaxOutputTokens</c> (the largest that fits now) instead of being rejected,
    /// as long as at least <see cref="MinClampedOutputTokens"/> remain. <see langword="false"/> by default; a rejection
    /// then names that largest <c>MaxOutputTokens</c> in <see cref="BudgetExceededException.FittingMaxOutputTokens"/>.
    /// </summary>
    /// <remarks>
    /// Clamping keeps the limits exact only because the provider is told the smaller limit: the answer may be cut
    /// short (finish reason <c>length</c>). With <see cref="ApplyOutputAllowance"/> off, a request without its own
    /// <c>MaxOutputTokens</c> is not told, and its output may pass the limit.
    /// </remarks>
    public bool ClampMaxOutputTokens { get; set; }

    /// <summary>Gets or sets the smallest output allowance clamping may leave; 16 by default.</summary>
    public int MinClampedOutputTokens { get; set; } = 16;

    /// <summary>
    /// Gets or sets the fractions of a windowed limit (tokens, requests, cost) at which <see cref="OnThresholdReached"/>
    /// is raised, once per window and counter; <see langword="null"/> (the default) for 0.8 and 1.0, empty for none.
    /// </summary>
    public IList<double>? SoftThresholds { get; set; }

    /// <summary>
    /// Gets or sets the remaining fraction of a windowed limit below which a request is marked with
    /// <see cref="GovernanceProperties.PreferCheaperModel"/> for the router; <see langword="null"/> (the default) to
    /// never mark. For example 0.2 marks requests once a scope has used more than 80 % of a window.
    /// </summary>
    public double? DowngradeBelowRemainingFraction { get; set; }

    /// <summary>Gets or sets a value indicating whether a request without a tenant is rejected (reason <c>caller_required</c>).</summary>
    public bool RequireTenant { get; set; }

    /// <summary>
    /// Gets prices (USD per one million tokens) by exact model id, added to or replacing the editable defaults of
    /// <see cref="ModelPriceTable.Default"/>. A model without a price is handled by <see cref="UnpricedModels"/>.
    /// </summary>
    /// <example><c>"Prices": { "gpt-4o": { "InputPerMillion": 2.5, "CachedInputPerMillion": 1.25, "OutputPerMillion": 10 } }</c></example>
    public IDictionary<string, BudgetPrice> Prices { get; } = new Dictionary<string, BudgetPrice>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Gets model ids that pay the price of another id (a family map), for example a deployment name to the model it
    /// serves: <c>"ModelFamilies": { "contoso-gpt4o-eu": "gpt-4o" }</c>. Ids are never priced by prefix.
    /// </summary>
    public IDictionary<string, string> ModelFamilies { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Gets or sets what happens when a cost limit applies to a request for a model without a price;
    /// <see cref="UnpricedModelAction.Deny"/> by default.
    /// </summary>
    public UnpricedModelAction UnpricedModels { get; set; } = UnpricedModelAction.Deny;

    /// <summary>Gets or sets the price of a model without one, with <see cref="UnpricedModelAction.ChargeFallbackPrice"/>.</summary>
    public BudgetPrice? FallbackPrice { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether a call that fails or is cancelled without the provider reporting its
    /// usage is refunded. <see langword="false"/> by default: such a call is charged its prompt tokens and one request
    /// (the provider had the prompt and may have billed it; a stream is also charged the output the caller received).
    /// Usage the provider reports with a failure (<see cref="ProviderCharge"/>) is always charged, and a failure raised
    /// by a governance policy before any provider was called (a <see cref="GovernanceException"/> without charges) is
    /// always refunded.
    /// </summary>
    public bool RefundFailedCalls { get; set; }

    /// <summary>Gets or sets the price table <see cref="Prices"/> is added to; <see cref="ModelPriceTable.Default"/> by default.</summary>
    public ModelPriceTable BasePrices { get; set; } = ModelPriceTable.Default;

    /// <summary>
    /// Gets or sets the longest a reservation may stay open before a shared store may release it (a crashed instance
    /// never settles); 10 minutes by default. Streams longer than this should raise it.
    /// </summary>
    public TimeSpan ReservationLease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Gets or sets a callback raised when a counter crosses one of <see cref="SoftThresholds"/>, once per window.</summary>
    /// <remarks>It runs on the request's thread; keep it short and never throw from it.</remarks>
    public Action<BudgetThresholdReached>? OnThresholdReached { get; set; }

    /// <summary>
    /// Gets or sets a callback raised for every request a limit blocks (<see cref="BudgetMode.Enforce"/>) or would
    /// block (<see cref="BudgetMode.Monitor"/>), with the exception that names the limit.
    /// </summary>
    /// <remarks>It runs on the request's thread; keep it short and never throw from it.</remarks>
    public Action<BudgetExceededException>? OnLimitExceeded { get; set; }

    void IValidatableOptions.Validate(OptionsValidationErrors errors)
    {
        errors.Require(Enum.IsDefined(Mode), nameof(Mode), $"must be Enforce or Monitor (was {(int)Mode}).");
        errors.Require(TryResolveTimeZone(TimeZone, TimeProvider.System, out _), nameof(TimeZone), $"is not a known time zone id (was '{TimeZone}').");
        errors.Require(DefaultOutputAllowance > 0, nameof(DefaultOutputAllowance), $"must be positive (was {DefaultOutputAllowance}).");
        errors.Require(MinClampedOutputTokens > 0, nameof(MinClampedOutputTokens), $"must be positive (was {MinClampedOutputTokens}).");
        errors.RequirePositive(ReservationLease, nameof(ReservationLease));
        errors.Require(BasePrices is not null, nameof(BasePrices), "is required.");
        if (DowngradeBelowRemainingFraction is { } downgrade)
        {
            errors.RequireRange(downgrade, 0, 1, nameof(DowngradeBelowRemainingFraction));
        }

        if (SoftThresholds is not null)
        {
            for (int i = 0; i < SoftThresholds.Count; i++)
            {
                double threshold = SoftThresholds[i];
                errors.At(nameof(SoftThresholds)).Require(
                    threshold > 0 && threshold <= 1,
                    i.ToString(CultureInfo.InvariantCulture),
                    string.Create(CultureInfo.InvariantCulture, $"must be above 0 and at most 1 (was {threshold})."));
            }
        }

        foreach (KeyValuePair<string, BudgetPrice> price in Prices)
        {
            BudgetPrice.Validate(price.Value, errors.At(nameof(Prices)).At(price.Key));
        }

        errors.Require(Enum.IsDefined(UnpricedModels), nameof(UnpricedModels), $"must be Deny, ChargeFallbackPrice or Ignore (was {(int)UnpricedModels}).");
        if (UnpricedModels == UnpricedModelAction.ChargeFallbackPrice)
        {
            errors.Require(FallbackPrice is not null, nameof(FallbackPrice), "is required when UnpricedModels is ChargeFallbackPrice.");
        }

        if (FallbackPrice is not null)
        {
            BudgetPrice.Validate(FallbackPrice, errors.At(nameof(FallbackPrice)));
        }

        foreach (KeyValuePair<string, string> family in ModelFamilies)
        {
            errors.At(nameof(ModelFamilies)).Require(
                !string.IsNullOrEmpty(family.Value) && (Prices.ContainsKey(family.Value) || (BasePrices?.Entries.ContainsKey(family.Value) ?? false)),
                family.Key,
                $"names '{family.Value}', which has no price: add it to Prices.");
        }

        for (int i = 0; i < Limits.Count; i++)
        {
            if (Limits[i] is null)
            {
                errors.At(nameof(Limits)).Add(i.ToString(CultureInfo.InvariantCulture), "is required.");
                continue;
            }

            Limits[i].Validate(errors.At(nameof(Limits)).At(i));
        }
    }

    /// <summary>Resolves a configured time zone id.</summary>
    internal static bool TryResolveTimeZone(string? id, TimeProvider timeProvider, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TimeZoneInfo? timeZone)
    {
        timeZone = null;
        if (string.IsNullOrWhiteSpace(id) || string.Equals(id, "UTC", StringComparison.OrdinalIgnoreCase))
        {
            timeZone = TimeZoneInfo.Utc;
            return true;
        }

        if (string.Equals(id, LocalTimeZoneId, StringComparison.OrdinalIgnoreCase))
        {
            timeZone = timeProvider.LocalTimeZone;
            return true;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out timeZone);
    }
}

/// <summary>A configurable model price in US dollars per one million tokens.</summary>
public sealed class BudgetPrice
{
    /// <summary>Gets or sets the price of one million uncached input tokens.</summary>
    public decimal InputPerMillion { get; set; }

    /// <summary>Gets or sets the price of one million cached input tokens; the input price when <see langword="null"/>.</summary>
    public decimal? CachedInputPerMillion { get; set; }

    /// <summary>Gets or sets the price of one million output tokens.</summary>
    public decimal OutputPerMillion { get; set; }

    internal ModelPrice ToModelPrice() => new(InputPerMillion, CachedInputPerMillion ?? InputPerMillion, OutputPerMillion);

    internal static void Validate(BudgetPrice? price, OptionsValidationErrors at)
    {
        if (price is null)
        {
            at.Add(string.Empty, "is required.");
            return;
        }

        at.Require(price.InputPerMillion >= 0, nameof(InputPerMillion), "must not be negative.");
        at.Require(price.CachedInputPerMillion is null or >= 0, nameof(CachedInputPerMillion), "must not be negative.");
        at.Require(price.OutputPerMillion >= 0, nameof(OutputPerMillion), "must not be negative.");
    }
}
