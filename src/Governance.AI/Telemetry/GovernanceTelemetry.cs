using Governance.AI.Budgets;

namespace Governance.AI.Telemetry;

/// <summary>
/// Entry points through which policies report budget state that no single request carries: reservations and the
/// remaining budget per scope. The values feed the governance metrics on the process-wide
/// <see cref="GovernanceDiagnostics.Meter"/> (the budget policy itself records on its pipeline's meter, see
/// <see cref="GovernanceDiagnostics.GetMeter"/>);
/// reporting costs next to nothing while no meter listener is attached. (The router reports its backends' state
/// itself, as <c>governance.router.backend.*</c> gauges.)
/// </summary>
/// <remarks>
/// Scopes are metric attributes, so their cardinality is bounded: at most 1000 series, and scopes of the
/// kinds <c>tenant</c>, <c>user</c>, <c>app</c>/<c>application</c> and <c>cost_center</c> are reported only when a
/// telemetry policy lists that caller field in <see cref="TelemetryOptions.MetricCallerAttributes"/> (counters then
/// carry only the scope kind).
/// </remarks>
public static class GovernanceTelemetry
{
    private static int _identityScopeAttributes;

    /// <summary>Gets the caller fields whose scopes may be metric attributes (set by the most recent telemetry policy call).</summary>
    internal static CallerAttributes IdentityScopeAttributes
    {
        get => (CallerAttributes)Volatile.Read(ref _identityScopeAttributes);
        set => Volatile.Write(ref _identityScopeAttributes, (int)value);
    }

    /// <summary>Reports that a budget reserved an amount for a request (before the call; settled later).</summary>
    /// <param name="scope">The scope, for example <c>tenant:contoso</c> or <c>global</c>.</param>
    /// <param name="limitName">The limit, for example <c>tokens</c>, <c>requests</c> or <c>cost_usd</c>.</param>
    /// <param name="amount">The amount reserved.</param>
    public static void RecordBudgetReservation(string scope, string limitName, decimal amount)
    {
        ArgumentException.ThrowIfNullOrEmpty(scope);
        ArgumentException.ThrowIfNullOrEmpty(limitName);
        BudgetTelemetry.Shared.RecordReservation(scope, limitName, amount);
    }

    /// <summary>Reports what is left of a budget limit in a scope (observable gauge <c>governance.budget.remaining</c>).</summary>
    /// <param name="scope">The scope, for example <c>tenant:contoso</c> or <c>global</c>.</param>
    /// <param name="limitName">The limit, for example <c>tokens</c>, <c>requests</c> or <c>cost_usd</c>.</param>
    /// <param name="remaining">The remaining amount (negative values are reported as 0).</param>
    /// <returns><see langword="true"/> if the scope is tracked; <see langword="false"/> when cardinality rules exclude it.</returns>
    public static bool RecordBudgetRemaining(string scope, string limitName, decimal remaining)
    {
        ArgumentException.ThrowIfNullOrEmpty(scope);
        ArgumentException.ThrowIfNullOrEmpty(limitName);
        return BudgetTelemetry.Shared.RecordRemaining(scope, limitName, remaining);
    }

    /// <summary>Gets the kind of a scope: the part before the first <c>:</c>, or the whole scope.</summary>
    internal static string ScopeKind(string scope)
    {
        int colon = scope.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? scope : scope[..colon];
    }

    /// <summary>
    /// Gets the caller fields a scope identifies: every <c>tenant:</c>, <c>user:</c>, <c>app:</c>/<c>application:</c>
    /// or <c>cost_center:</c> segment in it, so composite scopes (for example <c>tenant:a/user:b</c>) count all of theirs.
    /// </summary>
    internal static CallerAttributes IdentityOf(string scope) =>
        (HasSegment(scope, "tenant:") ? CallerAttributes.Tenant : CallerAttributes.None) |
        (HasSegment(scope, "user:") ? CallerAttributes.User : CallerAttributes.None) |
        (HasSegment(scope, "app:") || HasSegment(scope, "application:") ? CallerAttributes.Application : CallerAttributes.None) |
        (HasSegment(scope, "cost_center:") || HasSegment(scope, "costcenter:") ? CallerAttributes.CostCenter : CallerAttributes.None);

    private static bool HasSegment(string scope, string prefix)
    {
        int from = 0;
        while (from < scope.Length)
        {
            int at = scope.IndexOf(prefix, from, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            if (at == 0 || !(char.IsLetterOrDigit(scope[at - 1]) || scope[at - 1] == '_'))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    internal static bool IsScopeReportable(string scope, CallerAttributes allowed)
    {
        CallerAttributes identity = IdentityOf(scope);
        return identity == CallerAttributes.None || (allowed & identity) != 0;
    }
}
