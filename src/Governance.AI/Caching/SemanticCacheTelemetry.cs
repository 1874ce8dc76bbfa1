using System.Diagnostics;

namespace Governance.AI.Caching;

/// <summary>The cache's metrics (on <see cref="Telemetry.GovernanceDiagnostics.Meter"/>) and span events; never prompt text.</summary>
internal static class SemanticCacheTelemetry
{
    private static readonly System.Diagnostics.Metrics.Counter<long> Requests =
        Telemetry.GovernanceDiagnostics.Meter.CreateCounter<long>("governance.cache.requests", "{request}", "Cache lookups by status (hit, miss, bypass), tier and reason.");

    private static readonly System.Diagnostics.Metrics.Counter<long> TokensSaved =
        Telemetry.GovernanceDiagnostics.Meter.CreateCounter<long>("governance.cache.tokens_saved", "{token}", "Tokens cache hits saved.");

    private static readonly System.Diagnostics.Metrics.Histogram<double> Similarity =
        Telemetry.GovernanceDiagnostics.Meter.CreateHistogram<double>("governance.cache.similarity", null, "Similarity of semantic cache hits.");

    public static void Report(string status, string? tier, string? reason, float? similarity, long tokensSaved)
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

        Requests.Add(1, tags);
        if (tokensSaved > 0)
        {
            TokensSaved.Add(tokensSaved, tags);
        }

        if (similarity is { } value && tier == SemanticCacheProperties.TierSemantic)
        {
            Similarity.Record(value, tags);
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
}
