namespace Governance.AI.Caching;

/// <summary>
/// Stores cached responses for both tiers: by exact request key and by embedding similarity, always within one
/// partition (tenant, model, system prompt, tools, response format and the configured vary-by values).
/// </summary>
/// <remarks>
/// The contract is asynchronous and every entry is plain data (<see cref="SemanticCacheEntry"/>), so a distributed
/// store can persist entries and keep an <see cref="InMemorySemanticCacheStore"/> as its local index replica:
/// similarity lookups then stay in-process while writes go to the shared store. Implementations must never return
/// an entry of another partition, nor an expired one.
/// </remarks>
public interface ISemanticCacheStore
{
    /// <summary>Gets the entry stored under an exact request key.</summary>
    /// <param name="partition">The partition key.</param>
    /// <param name="exactKey">The exact request key.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>The live entry, or <see langword="null"/>.</returns>
    ValueTask<SemanticCacheEntry?> GetExactAsync(string partition, string exactKey, CancellationToken cancellationToken = default);

    /// <summary>Finds the live entries of a partition whose embedding is most similar to <paramref name="embedding"/>.</summary>
    /// <param name="partition">The partition key.</param>
    /// <param name="embedding">The query embedding.</param>
    /// <param name="minSimilarity">The lowest cosine similarity returned.</param>
    /// <param name="maxResults">The most matches returned.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>The matches, most similar first; empty when none reaches <paramref name="minSimilarity"/>.</returns>
    ValueTask<IReadOnlyList<SemanticCacheMatch>> FindSimilarAsync(
        string partition,
        ReadOnlyMemory<float> embedding,
        float minSimilarity,
        int maxResults,
        CancellationToken cancellationToken = default);

    /// <summary>Stores an entry, replacing any entry of the same partition and exact key.</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>A task that completes when the entry is stored.</returns>
    ValueTask SetAsync(SemanticCacheEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Removes an entry.</summary>
    /// <param name="partition">The partition key.</param>
    /// <param name="id">The entry id.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns><see langword="true"/> when the entry was stored.</returns>
    ValueTask<bool> RemoveAsync(string partition, string id, CancellationToken cancellationToken = default);
}

/// <summary>A cached response: plain, serializable data.</summary>
public sealed class SemanticCacheEntry
{
    /// <summary>Gets the entry id, unique within its partition.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the partition key (a hash; never tenant or prompt text).</summary>
    public required string Partition { get; init; }

    /// <summary>Gets the exact request key (a hash of the normalized request).</summary>
    public required string ExactKey { get; init; }

    /// <summary>
    /// Gets the embedding of <see cref="PromptText"/>, or empty when the entry has no semantic key. Stores may
    /// persist it as bytes (<c>MemoryMarshal.AsBytes</c>, little-endian float32).
    /// </summary>
    public ReadOnlyMemory<float> Embedding { get; init; }

    /// <summary>Gets the text that was embedded (already redacted by the pipeline), which the hit guard compares; <see langword="null"/> without a semantic key.</summary>
    public string? PromptText { get; init; }

    /// <summary>Gets the response, serialized as UTF-8 JSON with <c>AIJsonUtilities.DefaultOptions</c>.</summary>
    public required ReadOnlyMemory<byte> Response { get; init; }

    /// <summary>Gets the tokens a hit saves: the original call's input plus output tokens.</summary>
    public long TokensSaved { get; init; }

    /// <summary>Gets the model that produced the response, if known.</summary>
    public string? ModelId { get; init; }

    /// <summary>Gets when the entry was stored.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Gets when the entry expires.</summary>
    public DateTimeOffset ExpiresAt { get; init; }

    /// <summary>Gets the approximate bytes the entry occupies in memory.</summary>
    public long ApproximateSize =>
        256 + Response.Length + ((long)Embedding.Length * sizeof(float)) + ((PromptText?.Length ?? 0) * 2L)
        + (2L * (Id.Length + Partition.Length + ExactKey.Length));
}

/// <summary>A similarity match.</summary>
/// <param name="Entry">The entry.</param>
/// <param name="Similarity">The cosine similarity of its embedding with the query.</param>
public readonly record struct SemanticCacheMatch(SemanticCacheEntry Entry, float Similarity);
