using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.AI;

namespace Governance.AI.Telemetry;

/// <content>The span of a call: its name, and whether it is the GenAI span or leaves that to a <c>UseOpenTelemetry</c> client.</content>
public sealed partial class GovernanceTelemetryChatClient
{
    private const int MaxCachedSpanNames = 256;
    private static readonly ConcurrentDictionary<string, (string GenAI, string Governance)> SpanNames = new(StringComparer.Ordinal);

    /// <summary>
    /// Gets the span name for a model — <c>chat {model}</c> for a GenAI span, <c>governance chat {model}</c> for a
    /// governance span — from a small cache so that hot calls do not concatenate.
    /// </summary>
    internal static string SpanName(string? model, bool genAI)
    {
        if (string.IsNullOrEmpty(model))
        {
            return genAI ? TelemetryNames.OperationChat : TelemetryNames.GovernanceSpanPrefix + TelemetryNames.OperationChat;
        }

        if (!SpanNames.TryGetValue(model, out (string GenAI, string Governance) names))
        {
            string genAIName = TelemetryNames.OperationChat + " " + model;
            names = (genAIName, TelemetryNames.GovernanceSpanPrefix + genAIName);
            if (SpanNames.Count < MaxCachedSpanNames)
            {
                SpanNames.TryAdd(model, names);
            }
        }

        return genAI ? names.GenAI : names.Governance;
    }

    /// <summary>Gets a value indicating whether this call emits the GenAI span and metrics, or leaves them to a <c>UseOpenTelemetry</c> client.</summary>
    /// <param name="options">The telemetry options.</param>
    /// <param name="current">The caller's current activity (<see cref="Activity.Current"/>, read once per call by the caller).</param>
    internal bool EmitsGenAIConventions(TelemetryOptions options, Activity? current) => options.GenAIConventions switch
    {
        GenAIConventions.Emit => true,
        GenAIConventions.Defer => false,
        _ => !HasInnerOpenTelemetry && !InsideGenAIClientSpan(current),
    };

    /// <summary>
    /// Gets a value indicating whether the call runs inside another GenAI client span (an <see cref="OpenTelemetryChatClient"/>
    /// around this pipeline). A few ancestors are checked: function invocation, for one, adds its own span in between.
    /// </summary>
    private static bool InsideGenAIClientSpan(Activity? current)
    {
        Activity? activity = current;
        for (int depth = 0; activity is not null && depth < 4; depth++, activity = activity.Parent)
        {
            if (activity.Kind == ActivityKind.Client && activity.GetTagItem(TelemetryNames.OperationName) is not null)
            {
                return true;
            }
        }

        return false;
    }
}
