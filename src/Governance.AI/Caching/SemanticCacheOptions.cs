namespace Governance.AI.Caching;

/// <summary>What the semantic tier embeds and compares.</summary>
public enum CacheEmbeddingInput
{
    /// <summary>The last user message; earlier non-system messages must then match exactly (they scope the partition).</summary>
    LastUserMessage = 0,

    /// <summary>All non-system messages, joined by new lines.</summary>
    AllMessages = 1,
}

/// <summary>What the cache does for a caller without a tenant.</summary>
public enum CacheTenantlessCallers
{
    /// <summary>All callers without a tenant share one partition: one caller's answer is served to every other.</summary>
    SharePartition = 0,

    /// <summary>A caller without a tenant gets a partition of its user id; one with neither a tenant nor a user is not cached.</summary>
    PartitionByUser = 1,

    /// <summary>Requests of callers without a tenant are neither served from nor stored in the cache.</summary>
    Bypass = 2,
}

/// <summary>
/// Options of the semantic cache (<see cref="SemanticCachingChatClient"/>), bound from <c>AiGovernance:Cache</c>.
/// </summary>
public sealed class SemanticCacheOptions : IValidatableOptions
{
    /// <summary>The configuration section name under the pipeline's path.</summary>
    public const string SectionName = "Cache";

    /// <summary>Gets or sets how long a stored response is served. Default 1 hour.</summary>
    public TimeSpan TimeToLive { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Gets or sets a value indicating whether identical requests are served from the exact tier. Default <see langword="true"/>.</summary>
    public bool EnableExactTier { get; set; } = true;

    /// <summary>
    /// Gets or sets a value indicating whether similar requests are served from the semantic tier. It needs an
    /// <c>IEmbeddingGenerator&lt;string, Embedding&lt;float&gt;&gt;</c>; without one, only the exact tier works. Default <see langword="true"/>.
    /// </summary>
    public bool EnableSemanticTier { get; set; } = true;

    /// <summary>
    /// Gets or sets the operator's similarity floor, a cosine similarity in (0, 1]. A request may ask for a higher
    /// threshold with <see cref="SemanticCacheProperties.SimilarityThreshold"/>, never a lower one. Default 0.90.
    /// </summary>
    public double SimilarityThreshold { get; set; } = 0.90;

    /// <summary>Gets or sets how many of the most similar entries the hit guard may examine. Default 4.</summary>
    public int MaxCandidates { get; set; } = 4;

    /// <summary>Gets or sets what the semantic tier embeds. Default <see cref="CacheEmbeddingInput.LastUserMessage"/> (system messages are never embedded).</summary>
    public CacheEmbeddingInput EmbeddingInput { get; set; } = CacheEmbeddingInput.LastUserMessage;

    /// <summary>Gets or sets the most non-system messages a request may have to use the cache; longer conversations bypass it. Default 16.</summary>
    public int MaxConversationMessages { get; set; } = 16;

    /// <summary>Gets or sets the longest text (in characters) the semantic tier embeds; longer prompts use the exact tier only. Default 8,192.</summary>
    public int MaxEmbeddingTextLength { get; set; } = 8_192;

    /// <summary>
    /// Gets or sets a value indicating whether tenants share entries. Off by default: the tenant is part of every
    /// partition key, so identical prompts from two tenants never share an entry.
    /// </summary>
    public bool ShareAcrossTenants { get; set; }

    /// <summary>Gets or sets a value indicating whether a request without a tenant is rejected rather than cached in the anonymous partition.</summary>
    public bool RequireTenant { get; set; }

    /// <summary>
    /// Gets or sets what happens to callers without a tenant. Default <see cref="CacheTenantlessCallers.SharePartition"/>:
    /// they all share one partition, so an answer given to one anonymous caller is served to every other anonymous
    /// caller. Choose <see cref="CacheTenantlessCallers.PartitionByUser"/> or <see cref="CacheTenantlessCallers.Bypass"/>
    /// when anonymous answers may be personal.
    /// </summary>
    public CacheTenantlessCallers TenantlessCallers { get; set; }

    /// <summary>
    /// Gets or sets the name that scopes this pipeline's entries: pipelines serve each other's entries only when they
    /// have the same cache name and use the same stores. Default: the pipeline's name (the key of
    /// <c>AddKeyedAiGovernance</c>; none for the default pipeline and for <see cref="GovernancePipelineBuilder"/>), so
    /// keyed pipelines never share entries unless they are given the same name here.
    /// </summary>
    public string? CacheName { get; set; }

    /// <summary>
    /// Gets extra values that split partitions: <c>user</c>, <c>application</c>, <c>cost_center</c>,
    /// <c>tag:NAME</c> (a caller tag) or <c>property:KEY</c> (a request <c>ChatOptions.AdditionalProperties</c> value).
    /// </summary>
    public IList<string> VaryBy { get; } = [];

    /// <summary>Gets the names of tools whose calls are idempotent: a response calling only these may be cached. Responses with any other tool call never are.</summary>
    public IList<string> IdempotentTools { get; } = [];

    /// <summary>Gets or sets a value indicating whether semantic hits are verified by the hit guard. Default <see langword="true"/>.</summary>
    public bool EnableHitGuard { get; set; } = true;

    /// <summary>Gets the default hit guard's checks (used unless an <see cref="ISemanticHitGuard"/> service is registered).</summary>
    public PromptGuardOptions Guard { get; } = new();

    /// <summary>Gets or sets the characters per update when a hit is replayed as a stream. Default 48.</summary>
    public int ReplayChunkCharacters { get; set; } = 48;

    /// <summary>Gets the limits of the in-memory store created when no <see cref="ISemanticCacheStore"/> is registered.</summary>
    public InMemorySemanticCacheStoreOptions Store { get; } = new();

    void IValidatableOptions.Validate(OptionsValidationErrors errors)
    {
        errors.RequirePositive(TimeToLive, nameof(TimeToLive));
        errors.Require(SimilarityThreshold > 0 && SimilarityThreshold <= 1, nameof(SimilarityThreshold), $"must be in (0, 1] (was {SimilarityThreshold}).");
        errors.Require(MaxCandidates is >= 1 and <= 64, nameof(MaxCandidates), $"must be between 1 and 64 (was {MaxCandidates}).");
        errors.Require(Enum.IsDefined(EmbeddingInput), nameof(EmbeddingInput), $"is not a known input (was {EmbeddingInput}).");
        errors.Require(MaxConversationMessages >= 1, nameof(MaxConversationMessages), $"must be at least 1 (was {MaxConversationMessages}).");
        errors.Require(MaxEmbeddingTextLength >= 1, nameof(MaxEmbeddingTextLength), $"must be at least 1 (was {MaxEmbeddingTextLength}).");
        errors.Require(ReplayChunkCharacters >= 1, nameof(ReplayChunkCharacters), $"must be at least 1 (was {ReplayChunkCharacters}).");
        for (int i = 0; i < VaryBy.Count; i++)
        {
            errors.At(nameof(VaryBy)).Require(CacheKeys.IsValidVaryBy(VaryBy[i]), i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"must be user, application, cost_center, tag:NAME or property:KEY (was '{VaryBy[i]}').");
        }

        for (int i = 0; i < IdempotentTools.Count; i++)
        {
            errors.At(nameof(IdempotentTools)).Require(!string.IsNullOrWhiteSpace(IdempotentTools[i]), i.ToString(System.Globalization.CultureInfo.InvariantCulture), "must be a tool name.");
        }

        errors.At(nameof(Guard)).Require(Guard.MaxExtraContentWords >= 0, nameof(Guard.MaxExtraContentWords), "must not be negative.");
        for (int i = 0; i < Guard.AdditionalOpposites.Count; i++)
        {
            string pair = Guard.AdditionalOpposites[i] ?? string.Empty;
            int bar = pair.IndexOf('|', StringComparison.Ordinal);
            errors.At(nameof(Guard)).At(nameof(Guard.AdditionalOpposites)).Require(bar > 0 && bar < pair.Length - 1, i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"must look like 'word|opposite' (was '{pair}').");
        }

        errors.Require(Enum.IsDefined(TenantlessCallers), nameof(TenantlessCallers), "is not a known value (SharePartition, PartitionByUser, Bypass).");
        errors.Require(CacheName is null || !string.IsNullOrWhiteSpace(CacheName), nameof(CacheName), "must not be empty or white space; leave it unset for the pipeline's name.");

        OptionsValidationErrors store = errors.At(nameof(Store));
        store.Require(Store.MaxEntriesPerPartition >= 1, nameof(Store.MaxEntriesPerPartition), "must be at least 1.");
        store.Require(Store.MaxMemoryBytes >= 1, nameof(Store.MaxMemoryBytes), "must be at least 1.");
        store.Require(Store.ParallelSearchThreshold >= 1, nameof(Store.ParallelSearchThreshold), "must be at least 1.");
        store.RequirePositive(Store.SweepInterval, nameof(Store.SweepInterval));
        store.Require(Enum.IsDefined(Store.Precision), nameof(Store.Precision), "is not a known precision.");
    }
}
