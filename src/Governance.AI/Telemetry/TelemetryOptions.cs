using Governance.AI.Pricing;

namespace Governance.AI.Telemetry;

/// <summary>Caller fields that may be attached to telemetry as attributes.</summary>
[Flags]
public enum CallerAttributes
{
    /// <summary>No caller field.</summary>
    None = 0,

    /// <summary>The tenant id (<c>governance.tenant.id</c>).</summary>
    Tenant = 1,

    /// <summary>The end-user id (<c>governance.user.id</c>).</summary>
    User = 2,

    /// <summary>The application id (<c>governance.application.id</c>).</summary>
    Application = 4,

    /// <summary>The cost center (<c>governance.cost_center</c>).</summary>
    CostCenter = 8,
}

/// <summary>
/// Whether the telemetry policy emits the OpenTelemetry GenAI client span (<c>chat {model}</c>) and metrics
/// (<c>gen_ai.client.token.usage</c>, <c>gen_ai.client.operation.duration</c>, <c>.time_to_first_chunk</c>) itself, or
/// leaves them to Microsoft.Extensions.AI's <c>OpenTelemetryChatClient</c> (<c>UseOpenTelemetry</c>) so that each call
/// is reported once. Governance attributes, events and metrics are emitted either way.
/// </summary>
public enum GenAIConventions
{
    /// <summary>
    /// Emits them unless <c>UseOpenTelemetry</c> already does: an <c>OpenTelemetryChatClient</c> inside the governed
    /// pipeline (found when the pipeline is built), or a GenAI client span around the call (an
    /// <c>OpenTelemetryChatClient</c> outside the pipeline, seen while its spans are recorded).
    /// </summary>
    Auto = 0,

    /// <summary>Always emits them.</summary>
    Emit = 1,

    /// <summary>Never emits them: an <c>OpenTelemetryChatClient</c> in the application reports each call.</summary>
    Defer = 2,
}

/// <summary>How audit events and logs show end-user ids.</summary>
public enum UserIdHandling
{
    /// <summary>A stable pseudonym: <c>u_</c> and 16 hex digits of the HMAC-SHA256 of the id under <see cref="AuditOptions.PseudonymKey"/>.</summary>
    Pseudonymize = 0,

    /// <summary>The id as given.</summary>
    Plain = 1,

    /// <summary>No user id at all.</summary>
    Omit = 2,
}

/// <summary>
/// Options of the telemetry policy (<c>AiGovernance:Telemetry</c>): spans and metrics in the OpenTelemetry GenAI
/// semantic conventions, governance metrics, the usage ledger and the audit trail.
/// </summary>
public sealed class TelemetryOptions : IValidatableOptions
{
    /// <summary>
    /// Gets or sets <c>gen_ai.provider.name</c> (for example <c>openai</c>); by default the inner client's
    /// <see cref="Microsoft.Extensions.AI.ChatClientMetadata.ProviderName"/>, else <c>unknown</c>.
    /// </summary>
    public string? ProviderName { get; set; }

    /// <summary>
    /// Gets or sets whether this policy emits the GenAI span and metrics or leaves them to <c>UseOpenTelemetry</c>;
    /// <see cref="GenAIConventions.Auto"/> by default. When it defers, its span is <c>governance chat {model}</c>
    /// (kind internal, governance attributes only) around or inside the GenAI span.
    /// </summary>
    public GenAIConventions GenAIConventions { get; set; } = GenAIConventions.Auto;

    /// <summary>
    /// Gets or sets the caller fields attached to metrics. None by default: tenant and user ids multiply the number of
    /// time series, so they are metric attributes only when listed here.
    /// </summary>
    public CallerAttributes MetricCallerAttributes { get; set; } = CallerAttributes.None;

    /// <summary>Gets or sets the caller fields attached to spans; tenant, application and cost center by default (never the user unless listed).</summary>
    public CallerAttributes SpanCallerAttributes { get; set; } = CallerAttributes.Tenant | CallerAttributes.Application | CallerAttributes.CostCenter;

    /// <summary>
    /// Gets or sets the most distinct values a metric attribute with open-ended values (caller fields, models,
    /// entity types, budget scopes) may take; later values are reported as <c>_other</c>. 100 by default.
    /// </summary>
    public int MaxMetricAttributeValues { get; set; } = 100;

    /// <summary>Gets or sets a value indicating whether completed calls are written to the <see cref="IUsageLedger"/> (when one is available).</summary>
    public bool RecordUsage { get; set; } = true;

    /// <summary>
    /// Gets or sets model prices (USD per million tokens) that add to or replace the registered
    /// <see cref="ModelPriceTable"/> (by default <see cref="ModelPriceTable.Default"/>), by exact model id (never by prefix; see <see cref="ModelPriceTable"/>).
    /// </summary>
    public Dictionary<string, ModelPriceOptions> Prices { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets or sets the audit options.</summary>
    public AuditOptions Audit { get; set; } = new();

    /// <summary>Gets or sets the options of the in-memory usage ledger that <c>AddTelemetry</c> registers by default.</summary>
    public UsageLedgerOptions Ledger { get; set; } = new();

    void IValidatableOptions.Validate(OptionsValidationErrors errors)
    {
        errors.Require(ProviderName is null || ProviderName.Length > 0, nameof(ProviderName), "must not be empty when set.");
        errors.Require(Enum.IsDefined(GenAIConventions), nameof(GenAIConventions), $"must be Auto, Emit or Defer (was {(int)GenAIConventions}).");
        errors.Require(MetricCallerAttributes is >= CallerAttributes.None and <= (CallerAttributes)15, nameof(MetricCallerAttributes), $"is not a combination of Tenant, User, Application and CostCenter (was {(int)MetricCallerAttributes}).");
        errors.Require(SpanCallerAttributes is >= CallerAttributes.None and <= (CallerAttributes)15, nameof(SpanCallerAttributes), $"is not a combination of Tenant, User, Application and CostCenter (was {(int)SpanCallerAttributes}).");
        errors.Require(MaxMetricAttributeValues is >= 1 and <= 10_000, nameof(MaxMetricAttributeValues), $"must be between 1 and 10000 (was {MaxMetricAttributeValues}).");
        if (Prices is null)
        {
            errors.Add(nameof(Prices), "must not be null.");
        }
        else
        {
            foreach (KeyValuePair<string, ModelPriceOptions> price in Prices)
            {
                OptionsValidationErrors at = errors.At(nameof(Prices)).At(price.Key);
                if (price.Value is null)
                {
                    at.Add(string.Empty, "must not be null.");
                    continue;
                }

                at.Require(price.Value.InputPerMillion >= 0, nameof(ModelPriceOptions.InputPerMillion), $"must not be negative (was {price.Value.InputPerMillion}).");
                at.Require(price.Value.CachedInputPerMillion is null or >= 0, nameof(ModelPriceOptions.CachedInputPerMillion), $"must not be negative (was {price.Value.CachedInputPerMillion}).");
                at.Require(price.Value.OutputPerMillion >= 0, nameof(ModelPriceOptions.OutputPerMillion), $"must not be negative (was {price.Value.OutputPerMillion}).");
            }
        }

        if (Audit is null)
        {
            errors.Add(nameof(Audit), "must not be null.");
        }
        else
        {
            OptionsValidationErrors audit = errors.At(nameof(Audit));
            audit.Require(Audit.MaxContentLength is >= 1 and <= 100_000, nameof(AuditOptions.MaxContentLength), $"must be between 1 and 100000 (was {Audit.MaxContentLength}).");
            audit.Require(Enum.IsDefined(Audit.UserIds), nameof(AuditOptions.UserIds), $"must be Pseudonymize, Plain or Omit (was {(int)Audit.UserIds}).");
            audit.Require(Audit.PseudonymKey is null || Audit.PseudonymKey.Length >= AuditOptions.MinPseudonymKeyLength, nameof(AuditOptions.PseudonymKey), $"must be at least {AuditOptions.MinPseudonymKeyLength} characters when set (was {Audit.PseudonymKey?.Length}); use a random secret, for example 32 random bytes in base64.");
        }

        if (Ledger is null)
        {
            errors.Add(nameof(Ledger), "must not be null.");
        }
        else
        {
            Ledger.Validate(errors.At(nameof(Ledger)));
        }
    }
}

/// <summary>The price of a model in the options, USD per million tokens.</summary>
public sealed class ModelPriceOptions
{
    /// <summary>Gets or sets the price of one million uncached input tokens.</summary>
    public decimal InputPerMillion { get; set; }

    /// <summary>Gets or sets the price of one million cached input tokens; the input price when not set.</summary>
    public decimal? CachedInputPerMillion { get; set; }

    /// <summary>Gets or sets the price of one million output tokens.</summary>
    public decimal OutputPerMillion { get; set; }

    internal ModelPrice ToPrice() => new(InputPerMillion, CachedInputPerMillion ?? InputPerMillion, OutputPerMillion);
}

/// <summary>Options of the audit trail: structured events for every governance decision.</summary>
public sealed class AuditOptions
{
    /// <summary>Gets or sets a value indicating whether decisions are audited (logged and sent to the <see cref="IAuditSink"/>).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Gets or sets a value indicating whether audit events carry excerpts of the prompt and the response. Off by
    /// default; when on, the excerpts are masked (<see cref="ContentMasker"/>): every letter after a word's first
    /// becomes <c>*</c> and every digit <c>#</c>, so values cannot be read back.
    /// </summary>
    public bool IncludeContent { get; set; }

    /// <summary>Gets or sets the longest content excerpt, in characters, before masking. 200 by default.</summary>
    public int MaxContentLength { get; set; } = 200;

    /// <summary>Gets or sets how end-user ids appear in audit events and logs; pseudonymized by default.</summary>
    public UserIdHandling UserIds { get; set; } = UserIdHandling.Pseudonymize;

    /// <summary>
    /// Gets or sets the secret key of user-id pseudonyms (HMAC-SHA256, the key's UTF-8 bytes; at least 16 characters,
    /// for example 32 random bytes in base64). Keep it in a secret store and the same on every instance so that
    /// pseudonyms correlate across instances and restarts. When it is not set, a random key is generated once per
    /// process and a warning is logged at start-up: pseudonyms then differ between processes.
    /// </summary>
    public string? PseudonymKey { get; set; }

    /// <summary>The shortest <see cref="PseudonymKey"/> accepted, in characters.</summary>
    internal const int MinPseudonymKeyLength = 16;
}

/// <summary>Options of <see cref="InMemoryUsageLedger"/>.</summary>
public sealed class UsageLedgerOptions
{
    /// <summary>
    /// Gets or sets the time zone (IANA or Windows id) in which days and months are calendar-aligned for aggregation
    /// and compaction; <c>UTC</c> by default.
    /// </summary>
    public string TimeZoneId { get; set; } = "UTC";

    /// <summary>
    /// Gets or sets the most individual records kept. Beyond it the oldest records are compacted into per-day
    /// totals (by day, tenant, application, cost center, model, backend and outcome), which aggregation queries still
    /// count but <see cref="IUsageLedger.ReadAsync"/> no longer returns. 100 000 by default.
    /// </summary>
    public int MaxRecords { get; set; } = 100_000;

    /// <summary>Gets or sets how long per-day totals are kept after compaction; 400 days by default.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(400);

    internal TimeZoneInfo ResolveTimeZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    internal void Validate(OptionsValidationErrors errors)
    {
        if (string.IsNullOrEmpty(TimeZoneId))
        {
            errors.Add(nameof(TimeZoneId), "is required.");
        }
        else
        {
            try
            {
                _ = ResolveTimeZone();
            }
            catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                errors.Add(nameof(TimeZoneId), $"'{TimeZoneId}' is not a known time zone.");
            }
        }

        errors.Require(MaxRecords is >= 1, nameof(MaxRecords), $"must be positive (was {MaxRecords}).");
        errors.RequirePositive(Retention, nameof(Retention));
    }
}
