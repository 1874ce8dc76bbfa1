using System.Diagnostics;
using System.Diagnostics.Metrics;
using Governance.AI.Telemetry;

namespace Governance.AI.Caching;

/// <summary>The cache's metrics on one meter (see <see cref="InstrumentCache{T}"/>) and its span events; never prompt text.</summary>
internal sealed class SemanticCacheTelemetry
{
    private static readonly InstrumentCache<SemanticCacheTelemetry> Cache = new(static meter => new SemanticCacheTelemetry(meter));

    private readonly Counter<long> _requests;
    private readonly Counter<long> _tokensSaved;
    private readonly Histogram<double> _similarity;

    private SemanticCacheTelemetry(Meter meter)
    {
        _requests = meter.CreateCounter<long>("governance.cache.requests", "{request}", "Cache lookups by status (hit, miss, bypass), tier and reason.");
        _tokensSaved = meter.CreateCounter<long>("governance.cache.tokens_saved", "{token}", "Tokens cache hits saved.");
        _similarity = meter.CreateHistogram<double>("governance.cache.similarity", null, "Similarity of semantic cache hits.");
    }

    /// <summary>Gets the instruments on the process-wide meter.</summary>
    public static SemanticCacheTelemetry Shared => Cache.Shared;

    /// <summary>Gets the instruments on the meter of <paramref name="meterFactory"/>, or on the process-wide meter without one.</summary>
    public static SemanticCacheTelemetry For(IMeterFactory? meterFactory) => Cache.For(meterFactory);

    public void Report(string status, string? tier, string? reason, float? similarity, long tokensSaved)
    {
        // The tags are built only while an instrument has a listener: without one, each would record nothing.
        if (_requests.Enabled || _tokensSaved.Enabled || _similarity.Enabled)
        {
            Record(status, tier, reason, similarity, tokensSaved);
        }

        if (Activity.Current is { } activity)
        {
            var eventTags = new ActivityTagsCollection { ["governance.cache.status"] = status };
            if (tier is not null)
            {
                eventTags["governance.cache.tier"] = tier;
            }

            if (reason is not null)
            {
                eventTags["governance.cache.reason"] = reason;
            }

            if (similarity is { } s)
            {
                eventTags["governance.cache.similarity"] = (double)s;
            }

            activity.AddEvent(new ActivityEvent("governance.cache", tags: eventTags));
        }
    }

    /// <summary>Records a lookup on the instruments; called only while one of them has a listener.</summary>
    private void Record(string status, string? tier, string? reason, float? similarity, long tokensSaved)
    {
        var tags = new TagList { { "status", status } };
        if (tier is not null)
        {
            tags.Add("tier", tier);
        }

        if (reason is not null)
        {
            tags.Add("reason", reason);
        }

        _requests.Add(1, tags);
        if (tokensSaved > 0)
        {
            _tokensSaved.Add(tokensSaved, tags);
        }

        if (similarity is { } value && tier == SemanticCacheProperties.TierSemantic)
        {
            _similarity.Record(value, tags);
        }
    }
}
