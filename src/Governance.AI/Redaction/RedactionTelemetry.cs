using System.Diagnostics;
using System.Diagnostics.Metrics;
using Governance.AI.Telemetry;

namespace Governance.AI.Redaction;

/// <summary>
/// The redaction policy's instruments on one meter (see <see cref="InstrumentCache{T}"/>) and its span events. They
/// carry entity types and counts, never values.
/// </summary>
internal sealed class RedactionTelemetry
{
    /// <summary>The tag naming an entity type.</summary>
    internal const string EntityTypeTag = "governance.redaction.entity_type";

    private static readonly InstrumentCache<RedactionTelemetry> Cache = new(static meter => new RedactionTelemetry(meter));

    private readonly Counter<long> _entities;
    private readonly Counter<long> _blocked;

    private RedactionTelemetry(Meter meter)
    {
        _entities = meter.CreateCounter<long>(
            "governance.redaction.entities", "{entity}", "Sensitive values redacted, by entity type (prompt and response).");
        _blocked = meter.CreateCounter<long>(
            "governance.redaction.blocked", "{request}", "Requests blocked because they contained a value of a blocked entity type.");
    }

    /// <summary>Gets the instruments on the process-wide meter.</summary>
    public static RedactionTelemetry Shared => Cache.Shared;

    /// <summary>Gets the instruments on the meter of <paramref name="meterFactory"/>, or on the process-wide meter without one.</summary>
    public static RedactionTelemetry For(IMeterFactory? meterFactory) => Cache.For(meterFactory);

    public void Redacted(IReadOnlyDictionary<string, int> counts)
    {
        // With no listener on the counter and no span, there is nothing to record the counts on.
        if (counts.Count == 0 || (!_entities.Enabled && Activity.Current is null))
        {
            return;
        }

        int total = 0;
        foreach (KeyValuePair<string, int> entry in counts)
        {
            total += entry.Value;
            _entities.Add(entry.Value, new KeyValuePair<string, object?>(EntityTypeTag, entry.Key));
        }

        Activity.Current?.AddEvent(new ActivityEvent("governance.redaction.applied", tags: new ActivityTagsCollection
        {
            ["governance.redaction.count"] = total,
            ["governance.redaction.entity_types"] = string.Join(',', counts.Keys.Order(StringComparer.Ordinal)),
        }));
    }

    public void Block(SensitiveDataBlockedException exception)
    {
        _blocked.Add(1, new KeyValuePair<string, object?>(EntityTypeTag, exception.EntityType));
        Activity.Current?.AddEvent(new ActivityEvent("governance.redaction.blocked", tags: new ActivityTagsCollection
        {
            [EntityTypeTag] = exception.EntityType,
            ["governance.redaction.count"] = exception.Count,
        }));
    }
}
