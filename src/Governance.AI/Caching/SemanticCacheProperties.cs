namespace Governance.AI.Caching;

/// <summary>
/// Cache-specific <c>AdditionalProperties</c> keys, next to the shared ones in <see cref="GovernanceProperties"/>
/// (<see cref="GovernanceProperties.NoCache"/>, <see cref="GovernanceProperties.NoStore"/>,
/// <see cref="GovernanceProperties.CacheStatus"/>, <see cref="GovernanceProperties.CacheSimilarity"/>,
/// <see cref="GovernanceProperties.CacheTokensSaved"/>).
/// </summary>
public static class SemanticCacheProperties
{
    /// <summary>Request key: a <see cref="double"/> similarity threshold for this call; it can only raise the operator's floor.</summary>
    public const string SimilarityThreshold = "governance.cache.similarity_threshold";

    /// <summary>
    /// Request key: a <see cref="string"/> that stands for what the request's
    /// <see cref="Microsoft.Extensions.AI.ChatOptions.RawRepresentationFactory"/> builds, as far as it changes the
    /// answer (for example a canonical form of a logit bias; empty when it changes nothing, such as an end-user id).
    /// The cache cannot compare two delegates, so a request with a factory bypasses the cache unless it carries this
    /// key, which then becomes part of its cache key.
    /// </summary>
    public const string RawRepresentationKey = "governance.cache.raw_representation_key";

    /// <summary>Response key: the tier that served a hit, <c>exact</c> or <c>semantic</c> (a <see cref="string"/>).</summary>
    public const string Tier = "governance.cache.tier";

    /// <summary>Response key: why the cache was bypassed or a response not stored, or the guard check that rejected the nearest entry (a <see cref="string"/> from <see cref="SemanticCacheReasons"/>).</summary>
    public const string Reason = "governance.cache.reason";

    /// <summary>Response key: the list-price cost a hit saved, in US dollars (a <see cref="decimal"/>), when the model has a price.</summary>
    public const string CostSavedUsd = "governance.cache.cost_saved_usd";

    /// <summary>
    /// Response key: on a hit, the <see cref="Microsoft.Extensions.AI.UsageDetails"/> the original call reported
    /// (what the hit would have cost); the hit's own <see cref="Microsoft.Extensions.AI.ChatResponse.Usage"/> is zero.
    /// </summary>
    public const string CachedUsage = "governance.cache.cached_usage";

    /// <summary>The <see cref="GovernanceProperties.CacheStatus"/> value of a hit.</summary>
    public const string StatusHit = "hit";

    /// <summary>The <see cref="GovernanceProperties.CacheStatus"/> value of a miss.</summary>
    public const string StatusMiss = "miss";

    /// <summary>The <see cref="GovernanceProperties.CacheStatus"/> value of a call that skipped the cache.</summary>
    public const string StatusBypass = "bypass";

    /// <summary>The <see cref="Tier"/> value of an exact hit.</summary>
    public const string TierExact = "exact";

    /// <summary>The <see cref="Tier"/> value of a semantic hit.</summary>
    public const string TierSemantic = "semantic";

    /// <summary>Whether a response's (or a streamed update's) properties mark it served from the cache.</summary>
    internal static bool IsHit(Microsoft.Extensions.AI.AdditionalPropertiesDictionary? properties) =>
        properties is not null && properties.TryGetValue(GovernanceProperties.CacheStatus, out object? status)
        && status is string text && string.Equals(text, StatusHit, StringComparison.Ordinal);
}
