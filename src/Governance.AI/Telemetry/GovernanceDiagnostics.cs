using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Governance.AI.Telemetry;

/// <summary>
/// The <see cref="ActivitySource"/> and <see cref="Meter"/> every Governance.AI policy reports through, both named
/// <see cref="SourceName"/>. Add that name to your OpenTelemetry tracer and meter providers (the
/// <c>Governance.AI.OpenTelemetry</c> package's <c>AddGovernanceAIInstrumentation()</c> does).
/// </summary>
/// <remarks>
/// The telemetry policy (<see cref="GovernanceTelemetryChatClient"/>) emits one <c>chat {model}</c> client span per
/// call and the GenAI client metrics of the OpenTelemetry semantic conventions
/// (<c>gen_ai.client.token.usage</c>, <c>gen_ai.client.operation.duration</c>,
/// <c>gen_ai.client.operation.time_to_first_chunk</c>); each policy adds its own instruments and span events here.
/// Instrument names are unique across policies: two instruments of one name on this meter would count twice.
/// </remarks>
public static class GovernanceDiagnostics
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string SourceName = "Governance.AI";

    /// <summary>Gets the activity source for spans and span events.</summary>
    public static ActivitySource ActivitySource { get; } = new(SourceName, typeof(GovernanceDiagnostics).Assembly.GetName().Version?.ToString());

    /// <summary>Gets the meter for metrics.</summary>
    public static Meter Meter { get; } = new(SourceName, typeof(GovernanceDiagnostics).Assembly.GetName().Version?.ToString());
}
