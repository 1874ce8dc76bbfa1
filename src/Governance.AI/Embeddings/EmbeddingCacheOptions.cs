namespace Governance.AI.Embeddings;

/// <summary>Options of the embedding cache (<see cref="CachingEmbeddingGenerator"/>), bound from <c>AiGovernance:Embeddings:Cache</c>.</summary>
public sealed class EmbeddingCacheOptions : IValidatableOptions
{
    /// <summary>The configuration section under the pipeline's section.</summary>
    public const string SectionName = "Embeddings:Cache";

    /// <summary>Gets or sets how long an embedding is served from the cache; 24 hours by default.</summary>
    public TimeSpan TimeToLive { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// Gets or sets a value indicating whether tenants share entries. Off by default: the tenant is part of every key,
    /// so the same text embedded for two tenants is never served across them. Callers without a tenant share one partition.
    /// </summary>
    public bool ShareAcrossTenants { get; set; }

    /// <summary>Gets or sets the name that scopes the entries: generators serve each other's entries only with the same name and cache. None by default.</summary>
    public string? CacheName { get; set; }

    /// <summary>Gets or sets the memory limit, in bytes, of the private in-process cache used when no <c>HybridCache</c> is registered; 64 MB by default.</summary>
    public long MaxLocalBytes { get; set; } = 64L * 1024 * 1024;

    void IValidatableOptions.Validate(OptionsValidationErrors errors)
    {
        errors.RequirePositive(TimeToLive, nameof(TimeToLive));
        errors.Require(CacheName is null || !string.IsNullOrWhiteSpace(CacheName), nameof(CacheName), "must not be empty or white space; leave it unset for none.");
        errors.Require(MaxLocalBytes > 0, nameof(MaxLocalBytes), $"must be positive (was {MaxLocalBytes}).");
    }
}
