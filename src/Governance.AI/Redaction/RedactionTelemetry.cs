using System.Diagnostics;
using System.Diagnostics.Metrics;
using Governance.AI.Telemetry;

namespace Governance.AI.Redaction;

/// <summary>
/// The redaction policy's instruments on <see cref="GovernanceDiagnostics.Meter"/> and its span events. They carry
/// entity types and counts, never values.
/// </summary>
internal static class RedactionTelemetry
{
    /// <summary>The tag naming an entity type.</summary>
    internal const string EntityTypeTag = "governance.redaction.entity_type";

    private static readonly Counter<long> Entities = GovernanceDiagnostics.Meter.CreateCounter<long>(
        "governance.redaction.entities", "{entity}", "Sensitive values redacted, by entity type (prompt and response).");

    private static readonly Counter<long> Blocked = GovernanceDiagnostics.Meter.CreateCounter<long>(
        "governance.redaction.blocked", "{request}", "Requests blocked because they contained a value of a blocked entity type.");

    public static void Redacted(IReadOnlyDictionary<string, int> counts)
    {
        if (counts.Count == 0)
        {
            return;
        }

        int total = 0;
        foreach (KeyValuePair<string, int> entry in counts)
        {
            total += entry.Value;
            Entities.Add(entry.Value, new KeyValuePair<string, object?>(EntityTypeTag, entry.Key));
        }

        Activity.Current?.AddEvent(new ActivityEvent("governance.redaction.applied", tags: new ActivityTagsCollection
        {
            ["governance.redaction.count"] = total,
            ["governance.redaction.entity_types"] = string.Join(',', counts.Keys.Order(StringComparer.Ordinal)),
        }));
    }

    public static void Block(SensitiveDataBlockedException exception)
    {
        Blocked.Add(1, new KeyValuePair<string, object?>(EntityTypeTag, exception.EntityType));
        Activity.Current?.AddEvent(new ActivityEvent("governance.redaction.blocked", tags: new ActivityTagsCollection
        {
            [EntityTypeTag] = exception.EntityType,
            ["governance.redaction.count"] = exception.Count,
        }));
    }
}
