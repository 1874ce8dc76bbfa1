using Governance.AI.Caching;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Governance.AI.Redis.Caching;

/// <summary>
/// An <see cref="ISemanticCacheStore"/> whose entries live in Redis and are shared by every instance, while each
/// instance keeps a local SIMD index replica (<see cref="InMemorySemanticCacheStore"/>) so similarity lookups stay
/// in-process. The replica is loaded from Redis at start and kept in sync through a Redis Stream, read (without
/// blocking the shared multiplexer) from the last id this instance applied whenever a pub/sub notification arrives
/// and every <see cref="RedisSemanticCacheStoreOptions.PollInterval"/> — after a disconnection it resumes from there,
/// and reloads if the stream was trimmed past it. Exact lookups check the replica, then Redis. When Redis is
/// unreachable, the cache degrades: lookups miss or use the replica, writes stay local, and no Redis exception reaches
/// the caller.
/// </summary>
public sealed partial class RedisSemanticCacheStore : ISemanticCacheStore, IAsyncDisposable
{
    private readonly IDatabaseAsync _redis;
    private readonly ISubscriber _subscriber;
    private readonly RedisChannel _changes;
    private readonly SemaphoreSlim _changed = new(0, int.MaxValue);
    private TaskCompletionSource _waiting = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly RedisSemanticCacheStoreOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly OutageLog _outageLog;
    private readonly InMemorySemanticCacheStore _replica;
    private readonly string _streamKey;
    private readonly string _registryKey;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private Task? _sync;
    private string? _lastId;
    private long _addedAtPosition;

    /// <summary>Creates the store; the replica starts syncing on <see cref="StartAsync"/> or on first use.</summary>
    /// <param name="redis">The connection.</param>
    /// <param name="options">The settings; defaults when null.</param>
    /// <param name="timeProvider">The clock for expiry and retry pauses; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="logger">Receives replication and degradation events (never cached content).</param>
    public RedisSemanticCacheStore(IConnectionMultiplexer redis, RedisSemanticCacheStoreOptions? options = null, TimeProvider? timeProvider = null, ILogger<RedisSemanticCacheStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(redis);
        _redis = redis.GetDatabase();
        _subscriber = redis.GetSubscriber();
        _options = options ?? new RedisSemanticCacheStoreOptions();
        _options.Validate();
        _changes = RedisChannel.Literal(_options.KeyPrefix + ":changes");
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _outageLog = new OutageLog(_logger, _timeProvider);
        _replica = new InMemorySemanticCacheStore(_options.Replica, _timeProvider);
        _streamKey = _options.KeyPrefix + ":stream";
        _registryKey = _options.KeyPrefix + ":registry";
    }

    /// <summary>Completes while the sync loop waits for a notification or its next poll (tests advance the clock then).</summary>
    internal Task WaitingForChange => Volatile.Read(ref _waiting).Task;

    /// <summary>The local replica's entry count.</summary>
    public int ReplicaCount => _replica.Count;

    /// <summary>Raised after a change from the stream (or a reload) has been applied to the local replica.</summary>
    public event EventHandler<ReplicaChangedEventArgs>? ReplicaChanged;

    /// <summary>
    /// Raised when following the change stream fails (Redis unreachable); the store retries after
    /// <see cref="RedisSemanticCacheStoreOptions.RetryDelay"/>, resuming from the last change it applied.
    /// </summary>
    public event EventHandler<RedisSyncInterruptedEventArgs>? SyncInterrupted;

    /// <summary>Loads the replica and starts following the change stream; waits until the first load is done.</summary>
    /// <param name="cancellationToken">Cancels waiting (the sync keeps running).</param>
    /// <returns>A task that completes when the replica is loaded, or when loading failed and will be retried.</returns>
    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_sync is not null)
            {
                return Task.CompletedTask;
            }

            _sync = Task.Run(() => SyncLoopAsync(loaded), CancellationToken.None);
        }

        return loaded.Task.WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask<SemanticCacheEntry?> GetExactAsync(string partition, string exactKey, CancellationToken cancellationToken = default)
    {
        EnsureStarted();
        SemanticCacheEntry? local = _replica.GetExact(partition, exactKey);
        if (local is not null)
        {
            return local;
        }

        try
        {
            string @base = Base(partition);
            RedisValue id = await _redis.StringGetAsync(@base + "x:" + exactKey).WaitAsync(cancellationToken).ConfigureAwait(false);
            SemanticCacheEntry? entry = id.IsNull ? null : await FetchAsync(partition, id!, cancellationToken).ConfigureAwait(false);
            if (entry is null || entry.ExpiresAt <= _timeProvider.GetUtcNow() || entry.Partition != partition || entry.ExactKey != exactKey)
            {
                return null;
            }

            _replica.Set(entry);
            return entry;
        }
        catch (Exception ex) when (RedisFaults.IsUnavailable(ex))
        {
            _outageLog.Warn(ex, "exact cache lookups are treated as misses");
            return null;
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<SemanticCacheMatch>> FindSimilarAsync(
        string partition,
        ReadOnlyMemory<float> embedding,
        float minSimilarity,
        int maxResults,
        CancellationToken cancellationToken = default)
    {
        EnsureStarted();
        return ValueTask.FromResult(_replica.FindSimilar(partition, embedding.Span, minSimilarity, maxResults));
    }

    /// <inheritdoc />
    public async ValueTask SetAsync(SemanticCacheEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        EnsureStarted();
        _replica.Set(entry);
        try
        {
            string @base = Base(entry.Partition);
            long expires = entry.ExpiresAt.ToUnixTimeMilliseconds();
            var arguments = new List<RedisValue>(24) { expires, entry.Id };
            CacheEntryCodec.AppendFields(arguments, entry);
            RedisResult replaced = await RedisCacheScripts.Set.EvaluateAsync(
                _redis, [@base + "e:" + entry.Id, @base + "x:" + entry.ExactKey], [.. arguments], cancellationToken).ConfigureAwait(false);

            var writes = new List<Task>(5)
            {
                _redis.SortedSetAddAsync(_registryKey, CacheEntryCodec.Member(entry.Partition, entry.Id), expires),
                _redis.SortedSetRemoveRangeByScoreAsync(_registryKey, double.NegativeInfinity, _timeProvider.GetUtcNow().ToUnixTimeMilliseconds()),
                PublishAsync("set", entry.Partition, entry.Id),
            };
            if (!replaced.IsNull)
            {
                // The entry this one replaced under the same exact key.
                writes.Add(_redis.KeyDeleteAsync(@base + "e:" + (string)replaced!));
                writes.Add(_redis.SortedSetRemoveAsync(_registryKey, CacheEntryCodec.Member(entry.Partition, (string)replaced!)));
            }

            await Task.WhenAll(writes).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (RedisFaults.IsUnavailable(ex))
        {
            _outageLog.Warn(ex, "cache writes stay in this instance only");
        }
    }

    /// <inheritdoc />
    public async ValueTask<bool> RemoveAsync(string partition, string id, CancellationToken cancellationToken = default)
    {
        EnsureStarted();
        bool local = _replica.Remove(partition, id);
        try
        {
            string @base = Base(partition);
            RedisKey entryKey = @base + "e:" + id;
            RedisValue exactKey = await _redis.HashGetAsync(entryKey, "x").WaitAsync(cancellationToken).ConfigureAwait(false);
            if (exactKey.IsNull)
            {
                return local;
            }

            RedisResult removed = await RedisCacheScripts.Remove.EvaluateAsync(
                _redis, [entryKey, @base + "x:" + exactKey], [id], cancellationToken).ConfigureAwait(false);
            await Task.WhenAll(
                _redis.SortedSetRemoveAsync(_registryKey, CacheEntryCodec.Member(partition, id)),
                PublishAsync("del", partition, id)).WaitAsync(cancellationToken).ConfigureAwait(false);
            return (long)removed == 1 || local;
        }
        catch (Exception ex) when (RedisFaults.IsUnavailable(ex))
        {
            _outageLog.Warn(ex, "cache removals apply to this instance only");
            return local;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Task? sync;
        lock (_gate)
        {
            if (_stopping.IsCancellationRequested)
            {
                return;
            }

            _stopping.Cancel();
            sync = _sync;
        }

        if (sync is not null)
        {
            await sync.ConfigureAwait(false);
        }

        _stopping.Dispose();
        _changed.Dispose();
    }

    private string Base(string partition) =>
        string.Concat(_options.KeyPrefix, ":{", partition.Replace("{", "%7B", StringComparison.Ordinal).Replace("}", "%7D", StringComparison.Ordinal), "}:");

    /// <summary>Appends a change to the stream, then tells the other instances to read it.</summary>
    private async Task PublishAsync(string operation, string partition, string id)
    {
        await _redis.StreamAddAsync(
            _streamKey, [new NameValueEntry("op", operation), new NameValueEntry("p", partition), new NameValueEntry("id", id)],
            messageId: null, maxLength: _options.StreamMaxLength, useApproximateMaxLength: true).ConfigureAwait(false);
        await _subscriber.PublishAsync(_changes, RedisValue.EmptyString).ConfigureAwait(false);
    }

    private void EnsureStarted()
    {
        if (Volatile.Read(ref _sync) is null)
        {
            _ = StartAsync(CancellationToken.None);
        }
    }
}

/// <summary>Why a <see cref="RedisSemanticCacheStore"/> stopped following its change stream for a while.</summary>
/// <param name="error">The error.</param>
public sealed class RedisSyncInterruptedEventArgs(Exception error) : EventArgs
{
    /// <summary>The error.</summary>
    public Exception Error { get; } = error;
}

/// <summary>A change applied to a <see cref="RedisSemanticCacheStore"/>'s local replica.</summary>
/// <param name="operation"><c>set</c>, <c>del</c> or <c>load</c>.</param>
/// <param name="partition">The partition (empty for a load).</param>
/// <param name="id">The entry id (empty for a load).</param>
public sealed class ReplicaChangedEventArgs(string operation, string partition, string id) : EventArgs
{
    /// <summary><c>set</c>, <c>del</c> or <c>load</c>.</summary>
    public string Operation { get; } = operation;

    /// <summary>The partition (empty for a load).</summary>
    public string Partition { get; } = partition;

    /// <summary>The entry id (empty for a load).</summary>
    public string Id { get; } = id;
}
