using Governance.AI.Telemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Governance.AI.OpenTelemetry;

/// <summary>
/// Adds Governance.AI's <see cref="System.Diagnostics.ActivitySource"/> and <see cref="System.Diagnostics.Metrics.Meter"/>
/// (both named <see cref="GovernanceDiagnostics.SourceName"/>) to OpenTelemetry providers.
/// </summary>
/// <example>
/// <code>
/// services.AddOpenTelemetry()
///     .WithTracing(tracing => tracing.AddGovernanceAIInstrumentation())
///     .WithMetrics(metrics => metrics.AddGovernanceAIInstrumentation());
/// </code>
/// </example>
public static class GovernanceOpenTelemetryExtensions
{
    /// <summary>
    /// Subscribes the tracer provider to Governance.AI's spans (<c>chat {model}</c>, or <c>governance chat {model}</c>
    /// when the application's <c>UseOpenTelemetry</c> emits the GenAI span) and their span events. With
    /// <c>UseOpenTelemetry</c>, add its source too (<c>Experimental.Microsoft.Extensions.AI</c> unless named).
    /// </summary>
    /// <param name="builder">The tracer provider builder.</param>
    /// <returns>The builder.</returns>
    public static TracerProviderBuilder AddGovernanceAIInstrumentation(this TracerProviderBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddSource(GovernanceDiagnostics.SourceName);
    }

    /// <summary>
    /// Subscribes the meter provider to Governance.AI's metrics: the GenAI client metrics (with the bucket boundaries
    /// the semantic conventions specify, given as instrument advice) and the governance metrics.
    /// </summary>
    /// <param name="builder">The meter provider builder.</param>
    /// <returns>The builder.</returns>
    public static MeterProviderBuilder AddGovernanceAIInstrumentation(this MeterProviderBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddMeter(GovernanceDiagnostics.SourceName);
    }
}
