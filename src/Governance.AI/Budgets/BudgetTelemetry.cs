using System.Diagnostics;
using System.Diagnostics.Metrics;
using Governance.AI.Telemetry;

namespace Governance.AI.Budgets;

/// <summary>
/// The budget policy's instruments on one meter (see <see cref="InstrumentCache{T}"/>): rejections, threshold
/// crossings, stream cut-offs, unpriced models, reservations and the remaining-budget gauge. The telemetry policy
/// reports the remaining budget it reads from responses into the same table, on its own meter.
/// </summary>
internal sealed class BudgetTelemetry
{
    private static readonly InstrumentCache<BudgetTelemetry> Cache = new(static meter => new BudgetTelemetry(meter));

    private BudgetTelemetry(Meter meter)
    {
        Rejections = meter.CreateCounter<long>(
            "governance.budget.rejections", "{request}", "Requests a budget limit blocked (enforce mode) or would have blocked (monitor mode).");
        ThresholdCrossings = meter.CreateCounter<long>(
            "governance.budget.thresholds_reached", "{event}", "Soft budget thresholds crossed, once per counter and window.");
        CutOffs = meter.CreateCounter<long>(
            "governance.budget.stream_cut_offs", "{stream}", "Streams stopped because their output would have exceeded the reserved allowance.");
        UnpricedModels = meter.CreateCounter<long>(
            "governance.budget.unpriced_models", "{request}", "Requests under a cost limit for a model without a price (denied, charged the fallback price, or not counted).");
        Reservations = meter.CreateCounter<double>(
            "governance.budget.reserved", "{unit}", "Amounts reserved against budgets, by limit (tokens, requests, cost_usd) and scope kind.");
        Remaining = meter.CreateObservableGauge(
            "governance.budget.remaining", () => RemainingTable.Observe(TelemetryNames.Scope, TelemetryNames.BudgetLimit),
            "{unit}", "Budget remaining per scope and limit, as last reported by the budget policy or a rejection.");
    }

    /// <summary>Gets the instruments on the process-wide meter (the public <see cref="GovernanceTelemetry"/> entry points report there).</summary>
    internal static BudgetTelemetry Shared => Cache.Shared;

    internal Counter<long> Rejections { get; }

    internal Counter<long> ThresholdCrossings { get; }

    internal Counter<long> CutOffs { get; }

    internal Counter<long> UnpricedModels { get; }

    internal Counter<double> Reservations { get; }

    internal ObservableGauge<double> Remaining { get; }

    /// <summary>Gets the budget remaining per scope and limit, as last reported; bounded to <see cref="GovernanceMetrics.MaxGaugeSeries"/> series.</summary>
    internal BoundedGaugeTable RemainingTable { get; } = new();

    /// <summary>Gets the instruments on the meter of <paramref name="meterFactory"/>, or on the process-wide meter without one.</summary>
    internal static BudgetTelemetry For(IMeterFactory? meterFactory) => Cache.For(meterFactory);

    /// <summary>Gets the instruments on <paramref name="meter"/>.</summary>
    internal static BudgetTelemetry On(Meter meter) => Cache.On(meter);

    /// <summary>Records an amount reserved against a limit in a scope (tagged by scope kind only).</summary>
    internal void RecordReservation(string scope, string limitName, decimal amount)
    {
        if (Reservations.Enabled)
        {
            Reservations.Add(
                (double)amount,
                new TagList { { TelemetryNames.BudgetLimit, limitName }, { TelemetryNames.ScopeKind, GovernanceTelemetry.ScopeKind(scope) } });
        }
    }

    /// <summary>Records what is left of a limit in a scope, unless cardinality rules exclude the scope.</summary>
    /// <returns><see langword="true"/> if the scope is tracked.</returns>
    internal bool RecordRemaining(string scope, string limitName, decimal remaining) =>
        GovernanceTelemetry.IsScopeReportable(scope, GovernanceTelemetry.IdentityScopeAttributes) &&
        RemainingTable.Set(scope, limitName, (double)Math.Max(0, remaining));
}
