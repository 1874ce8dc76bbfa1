using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Governance.AI.Telemetry;

/// <summary>
/// The <see cref="ActivitySource"/> and the meters every Governance.AI policy reports through, all named
/// <see cref="SourceName"/>. Add that name to your OpenTelemetry tracer and meter providers (the
/// <c>Governance.AI.OpenTelemetry</c> package's <c>AddGovernanceAIInstrumentation()</c> does).
/// </summary>
/// <remarks>
/// The telemetry policy (<see cref="GovernanceTelemetryChatClient"/>) emits one <c>chat {model}</c> client span per
/// call (unless an application's <c>UseOpenTelemetry</c> does) and the GenAI client metrics of the OpenTelemetry semantic conventions
/// (<c>gen_ai.client.token.usage</c>, <c>gen_ai.client.operation.duration</c>,
/// <c>gen_ai.client.operation.time_to_first_chunk</c>); each policy adds its own instruments and span events here.
/// Instrument names are unique across policies: two instruments of one name on this meter would count twice.
/// </remarks>
public static class GovernanceDiagnostics
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string SourceName = "Governance.AI";

    private static readonly string? Version = typeof(GovernanceDiagnostics).Assembly.GetName().Version?.ToString();

    /// <summary>Gets the activity source for spans and span events.</summary>
    public static ActivitySource ActivitySource { get; } = new(SourceName, Version);

    /// <summary>
    /// Gets the process-wide meter: the one policies use when no <see cref="IMeterFactory"/> is available (see
    /// <see cref="GetMeter"/>).
    /// </summary>
    public static Meter Meter { get; } = new(SourceName, Version);

    /// <summary>
    /// Gets the meter for instruments: the one <paramref name="meterFactory"/> creates for <see cref="SourceName"/>
    /// (hosts register an <see cref="IMeterFactory"/>; elsewhere <c>services.AddMetrics()</c> does), so that metrics
    /// belong to that service provider and a test can collect its own with <c>MetricCollector</c>; else the
    /// process-wide <see cref="Meter"/>.
    /// </summary>
    /// <param name="meterFactory">The meter factory from the application's services, if any.</param>
    /// <returns>The meter.</returns>
    public static Meter GetMeter(IMeterFactory? meterFactory) =>
        meterFactory is null ? Meter : meterFactory.Create(new MeterOptions(SourceName) { Version = Version });
}
