using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Governance.AI.Budgets;

namespace Governance.AI.Telemetry;

/// <summary>
/// The telemetry policy's instruments on one meter (<see cref="GovernanceDiagnostics.GetMeter"/>: the
/// <see cref="IMeterFactory"/>'s, else the process-wide one): the GenAI client metrics of the
/// OpenTelemetry semantic conventions (with their specified bucket boundaries, as instrument advice) and the governance
/// metrics no other policy records. The cache records <c>governance.cache.requests</c>, <c>governance.cache.tokens_saved</c>
/// and <c>governance.cache.similarity</c> itself, the budget policy <c>governance.budget.*</c>, the redactor
/// <c>governance.redaction.entities</c> and <c>governance.redaction.blocked</c> (by entity type), the safety
/// filter <c>governance.safety.decisions</c> (by category and action), and the router <c>governance.router.requests</c>,
/// <c>governance.router.failovers</c> and its backend-state gauges; they are not
/// duplicated here (two instruments of one name on one meter would count twice).
/// </summary>
internal sealed class GovernanceMetrics
{
    /// <summary>The most series each observable gauge reports; further scopes or backends are not tracked.</summary>
    internal const int MaxGaugeSeries = 1000;

    /// <summary>The token usage buckets the GenAI metrics conventions specify.</summary>
    internal static readonly long[] TokenUsageBuckets =
        [1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864];

    /// <summary>The duration buckets (seconds) the GenAI metrics conventions specify for duration and time to first chunk.</summary>
    internal static readonly double[] DurationBuckets =
        [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92];

    private static readonly ConcurrentDictionary<string, CardinalityLimiter> Limiters = new(StringComparer.Ordinal);

    private static readonly InstrumentCache<GovernanceMetrics> Cache = new(static meter => new GovernanceMetrics(meter));

    /// <summary>Gets the limiter of <c>gen_ai.request.model</c>, held directly because every call uses it.</summary>
    internal static CardinalityLimiter RequestModels { get; } = Limiters.GetOrAdd(TelemetryNames.RequestModel, new CardinalityLimiter());

    /// <summary>Gets the limiter of <c>gen_ai.response.model</c>, held directly because every call uses it.</summary>
    internal static CardinalityLimiter ResponseModels { get; } = Limiters.GetOrAdd(TelemetryNames.ResponseModel, new CardinalityLimiter());

    private GovernanceMetrics(Meter meter)
    {
        TokenUsage = meter.CreateHistogram(
            "gen_ai.client.token.usage", "{token}", "Number of input and output tokens used.", tags: null,
            advice: new InstrumentAdvice<long> { HistogramBucketBoundaries = TokenUsageBuckets });
        OperationDuration = meter.CreateHistogram(
            "gen_ai.client.operation.duration", "s", "GenAI operation duration.", tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        TimeToFirstChunk = meter.CreateHistogram(
            "gen_ai.client.operation.time_to_first_chunk", "s", "Time to receive the first chunk of a streamed response.", tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        CacheCostSaved = meter.CreateCounter<double>(
            "governance.cache.cost_saved", "{USD}", "Cost in US dollars that cache hits did not spend.");
        Cost = meter.CreateCounter<double>(
            "governance.cost", "{USD}", "Cost of calls in US dollars, by model (and by caller when configured).");
        Rejections = meter.CreateCounter<long>(
            "governance.requests.rejected", "{request}", "Requests a policy rejected or blocked, by policy and reason code.");
        Budget = BudgetTelemetry.On(meter);
        RouterAttempts = meter.CreateHistogram(
            "governance.router.attempts", "{attempt}", "Attempts the router made per request, retries and failovers included.", tags: null,
            advice: new InstrumentAdvice<long> { HistogramBucketBoundaries = [1, 2, 3, 4, 6, 8, 12, 16] });
    }

    internal Histogram<long> TokenUsage { get; }

    internal Histogram<double> OperationDuration { get; }

    internal Histogram<double> TimeToFirstChunk { get; }

    internal Counter<double> CacheCostSaved { get; }

    internal Counter<double> Cost { get; }

    internal Counter<long> Rejections { get; }

    internal Histogram<long> RouterAttempts { get; }

    /// <summary>Gets the budget instruments on the same meter; the policy reports the remaining budget it reads from responses there.</summary>
    internal BudgetTelemetry Budget { get; }

    /// <summary>Gets a value indicating whether any of these synchronous instruments has a listener.</summary>
    internal bool Enabled =>
        OperationDuration.Enabled || TokenUsage.Enabled || TimeToFirstChunk.Enabled || Cost.Enabled ||
        Rejections.Enabled || RouterAttempts.Enabled || CacheCostSaved.Enabled;

    /// <summary>Gets the instruments on the meter a factory creates (one set per meter), or on the process-wide meter without a factory.</summary>
    internal static GovernanceMetrics For(IMeterFactory? meterFactory) => Cache.For(meterFactory);

    /// <summary>Returns the value, or <c>_other</c> once the attribute already has <paramref name="limit"/> distinct values.</summary>
    internal static string Bounded(string attribute, string? value, int limit)
    {
        CardinalityLimiter limiter = Limiters.GetOrAdd(attribute, static _ => new CardinalityLimiter());
        return limiter.Admit(value, limit);
    }

    /// <summary>Admits the first values of an attribute up to a limit; later ones become <c>_other</c>.</summary>
    internal sealed class CardinalityLimiter
    {
        private readonly ConcurrentDictionary<string, string> _values = new(StringComparer.Ordinal);

        public string Admit(string? value, int limit)
        {
            if (string.IsNullOrEmpty(value))
            {
                return string.Empty;
            }

            if (_values.TryGetValue(value, out string? known))
            {
                return known;
            }

            // Racing admissions may overshoot the limit by the number of racing threads; that bound is accepted.
            return _values.Count < limit ? _values.GetOrAdd(value, value) : TelemetryNames.Other;
        }
    }
}

/// <summary>Last reported values of an observable gauge by (key, qualifier), bounded to <see cref="GovernanceMetrics.MaxGaugeSeries"/> series.</summary>
internal sealed class BoundedGaugeTable
{
    private readonly ConcurrentDictionary<(string Key, string? Qualifier), double> _values = new();

    /// <summary>Sets a series' value; a new series beyond the bound is ignored.</summary>
    /// <returns><see langword="true"/> if the value is tracked.</returns>
    public bool Set(string key, string? qualifier, double value)
    {
        if (_values.ContainsKey((key, qualifier)) || _values.Count < GovernanceMetrics.MaxGaugeSeries)
        {
            _values[(key, qualifier)] = value;
            return true;
        }

        return false;
    }

    public bool TryGet(string key, string? qualifier, out double value) => _values.TryGetValue((key, qualifier), out value);

    public IEnumerable<Measurement<double>> Observe(string keyAttribute, string? qualifierAttribute)
    {
        var measurements = new List<Measurement<double>>(_values.Count);
        foreach (KeyValuePair<(string Key, string? Qualifier), double> entry in _values)
        {
            var tags = new TagList { { keyAttribute, entry.Key.Key } };
            if (qualifierAttribute is not null)
            {
                tags.Add(qualifierAttribute, entry.Key.Qualifier);
            }

            measurements.Add(new Measurement<double>(entry.Value, tags));
        }

        return measurements;
    }
}
