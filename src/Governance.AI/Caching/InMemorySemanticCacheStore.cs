using System.Collections.Concurrent;

namespace Governance.AI.Caching;

/// <summary>
/// The default <see cref="ISemanticCacheStore"/>: a process-local store with one SIMD vector index per partition,
/// expiry by time-to-live, and least-recently-used eviction per partition (entry count) and overall (memory).
/// </summary>
/// <remarks>
/// Lookups never wait on a lock: the exact tier is a concurrent dictionary, the vector index publishes immutable
/// snapshots, and a hit's LRU update is skipped when a writer holds the lock. Writes (stores, evictions, sweeps)
/// serialize on one lock; they happen on cache misses, which wait for a model anyway. A distributed store can use an
/// instance as its local replica.
/// </remarks>
public sealed partial class InMemorySemanticCacheStore : ISemanticCacheStore, ISemanticPartitionProbe
{
    private readonly InMemorySemanticCacheStoreOptions _options;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, Partition> _partitions = new(StringComparer.Ordinal);
    private readonly Lock _sync = new();
    private readonly LruList _global = new(global: true);
    private long _bytes;
    private DateTimeOffset _nextSweep;

    /// <summary>Initializes a new instance of the <see cref="InMemorySemanticCacheStore"/> class.</summary>
    /// <param name="options">The limits; the defaults when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock for expiry; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    public InMemorySemanticCacheStore(InMemorySemanticCacheStoreOptions? options = null, TimeProvider? timeProvider = null)
    {
        _options = options ?? new InMemorySemanticCacheStoreOptions();
        _options.Validate();
        _time = timeProvider ?? TimeProvider.System;
        _nextSweep = _time.GetUtcNow() + _options.SweepInterval;
    }

    /// <summary>Gets the number of live and not yet swept entries.</summary>
    public int Count
    {
        get
        {
            lock (_sync)
            {
                return _global.Count;
            }
        }
    }

    /// <summary>Gets the approximate bytes the entries and their vectors occupy.</summary>
    public long MemoryBytes => Interlocked.Read(ref _bytes);

    /// <summary>Gets the number of partitions.</summary>
    public int PartitionCount => _partitions.Count;

    /// <inheritdoc />
    public ValueTask<SemanticCacheEntry?> GetExactAsync(string partition, string exactKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partition);
        ArgumentNullException.ThrowIfNull(exactKey);
        return ValueTask.FromResult(GetExact(partition, exactKey));
    }

    /// <summary>Gets the entry stored under an exact request key, synchronously.</summary>
    /// <param name="partition">The partition key.</param>
    /// <param name="exactKey">The exact request key.</param>
    /// <returns>The live entry, or <see langword="null"/>.</returns>
    public SemanticCacheEntry? GetExact(string partition, string exactKey)
    {
        ArgumentNullException.ThrowIfNull(partition);
        ArgumentNullException.ThrowIfNull(exactKey);
        if (!_partitions.TryGetValue(partition, out Partition? part) || !part.Exact.TryGetValue(exactKey, out Node? node))
        {
            return null;
        }

        if (!IsLive(node, _time.GetUtcNow()))
        {
            return null;
        }

        Touch(node);
        return node.Entry;
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<SemanticCacheMatch>> FindSimilarAsync(
        string partition,
        ReadOnlyMemory<float> embedding,
        float minSimilarity,
        int maxResults,
        CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(FindSimilar(partition, embedding.Span, minSimilarity, maxResults));

    /// <summary>Finds the most similar live entries of a partition, synchronously.</summary>
    /// <param name="partition">The partition key.</param>
    /// <param name="embedding">The query embedding.</param>
    /// <param name="minSimilarity">The lowest cosine similarity returned.</param>
    /// <param name="maxResults">The most matches returned.</param>
    /// <returns>The matches, most similar first.</returns>
    public IReadOnlyList<SemanticCacheMatch> FindSimilar(string partition, ReadOnlySpan<float> embedding, float minSimilarity, int maxResults)
    {
        ArgumentNullException.ThrowIfNull(partition);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxResults, 1);
        if (!_partitions.TryGetValue(partition, out Partition? part) || part.Index is not { } index || index.Dimensions != embedding.Length)
        {
            return [];
        }

        DateTimeOffset now = _time.GetUtcNow();
        var found = new VectorMatch<Node>[maxResults];
        int count = index.Search(embedding, found.AsSpan(), minSimilarity, node => IsLive(node, now));
        if (count == 0)
        {
            return [];
        }

        var matches = new SemanticCacheMatch[count];
        for (int i = 0; i < count; i++)
        {
            matches[i] = new SemanticCacheMatch(found[i].Item.Entry, found[i].Similarity);
            Touch(found[i].Item);
        }

        return matches;
    }

    /// <inheritdoc />
    bool ISemanticPartitionProbe.HasNoVectors(string partition) =>
        !_partitions.TryGetValue(partition, out Partition? part) || part.Index is null;

    /// <inheritdoc />
    public ValueTask SetAsync(SemanticCacheEntry entry, CancellationToken cancellationToken = default)
    {
        Set(entry);
        return ValueTask.CompletedTask;
    }

    /// <summary>Stores an entry synchronously, replacing any entry of the same partition and exact key, then evicts to the limits.</summary>
    /// <param name="entry">The entry.</param>
    public void Set(SemanticCacheEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        DateTimeOffset now = _time.GetUtcNow();
        if (entry.ExpiresAt <= now)
        {
            return;
        }

        lock (_sync)
        {
            if (now >= _nextSweep)
            {
                SweepExpired(now);
                _nextSweep = now + _options.SweepInterval;
            }

            Partition part = _partitions.GetOrAdd(entry.Partition, static key => new Partition(key));
            if (part.ById.TryGetValue(entry.Id, out Node? sameId))
            {
                RemoveNode(sameId);
            }

            if (part.Exact.TryGetValue(entry.ExactKey, out Node? sameKey))
            {
                RemoveNode(sameKey);
            }

            part = _partitions.GetOrAdd(entry.Partition, static key => new Partition(key));
            var node = new Node(entry, part);
            if (!entry.Embedding.IsEmpty)
            {
                part.Index ??= new VectorIndex<Node>(entry.Embedding.Length, _options.Precision, _options.ParallelSearchThreshold);
                if (part.Index.Dimensions == entry.Embedding.Length && part.Index.Add(entry.Embedding.Span, node, node.Slot))
                {
                    node.Size += part.Index.BytesPerVector;
                }
            }

            node.Size += entry.ApproximateSize;
            part.Exact[entry.ExactKey] = node;
            part.ById[entry.Id] = node;
            part.Lru.AddLast(node);
            _global.AddLast(node);
            Interlocked.Add(ref _bytes, node.Size);

            while (part.Lru.Count > _options.MaxEntriesPerPartition && part.Lru.First is { } oldest)
            {
                RemoveNode(oldest);
            }

            while (Interlocked.Read(ref _bytes) > _options.MaxMemoryBytes && _global.First is { } leastRecent)
            {
                RemoveNode(leastRecent);
            }
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> RemoveAsync(string partition, string id, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Remove(partition, id));

    /// <summary>Removes an entry synchronously.</summary>
    /// <param name="partition">The partition key.</param>
    /// <param name="id">The entry id.</param>
    /// <returns><see langword="true"/> when the entry was stored.</returns>
    public bool Remove(string partition, string id)
    {
        ArgumentNullException.ThrowIfNull(partition);
        ArgumentNullException.ThrowIfNull(id);
        lock (_sync)
        {
            if (_partitions.TryGetValue(partition, out Partition? part) && part.ById.TryGetValue(id, out Node? node))
            {
                RemoveNode(node);
                return true;
            }

            return false;
        }
    }

    /// <summary>Removes every expired entry now rather than at the next sweep.</summary>
    /// <returns>The number of entries removed.</returns>
    public int RemoveExpired()
    {
        lock (_sync)
        {
            return SweepExpired(_time.GetUtcNow());
        }
    }
}
