using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Governance.AI.Telemetry;

/// <summary>
/// The <see cref="ActivitySource"/> and <see cref="Meter"/> every Governance.AI policy reports through, both named
/// <see cref="SourceName"/>. Add that name to your OpenTelemetry tracer and meter providers.
/// </summary>
public static class GovernanceDiagnostics
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string SourceName = "Governance.AI";

    /// <summary>Gets the activity source for spans and span events.</summary>
    public static ActivitySource ActivitySource { get; } = new(SourceName, typeof(GovernanceDiagnostics).Assembly.GetName().Version?.ToString());

    /// <summary>Gets the meter for metrics.</summary>
    public static Meter Meter { get; } = new(SourceName, typeof(GovernanceDiagnostics).Assembly.GetName().Version?.ToString());
}
