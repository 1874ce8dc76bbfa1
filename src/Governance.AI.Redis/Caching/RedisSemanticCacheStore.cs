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
public sealed class RedisSemanticCacheStore : ISemanticCacheStore, IAsyncDisposable
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

    private async Task SyncLoopAsync(TaskCompletionSource loaded)
    {
        CancellationToken stopping = _stopping.Token;
        bool reload = true;
        bool subscribed = false;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                if (!subscribed)
                {
                    // Notifications only wake the reader; the stream stays the source of truth, so a lost message
                    // costs at most one poll interval.
                    await _subscriber.SubscribeAsync(_changes, (_, _) => _changed.Release()).ConfigureAwait(false);
                    subscribed = true;
                }

                if (reload || await FellBehindAsync(stopping).ConfigureAwait(false))
                {
                    await ReloadAsync(stopping).ConfigureAwait(false);
                    loaded.TrySetResult();
                    reload = false;
                }

                while (!stopping.IsCancellationRequested)
                {
                    while (await ReadChangesAsync(stopping).ConfigureAwait(false))
                    {
                    }

                    if (!await WaitForChangeAsync(stopping).ConfigureAwait(false) && await FellBehindAsync(stopping).ConfigureAwait(false))
                    {
                        // No notification for a whole poll interval and the stream was trimmed past our position
                        // (or Redis came back empty): replaying cannot recover what was missed.
                        await ReloadAsync(stopping).ConfigureAwait(false);
                    }
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (RedisFaults.IsUnavailable(ex) || ex is InvalidCastException)
            {
                // Degrade until Redis answers; then resume from the last applied id (or reload if that is gone).
                _outageLog.Warn(ex, "the cache replica sync is interrupted and retried");
                loaded.TrySetResult();
                try
                {
                    Task pause = Task.Delay(_options.RetryDelay, _timeProvider, stopping);
                    SyncInterrupted?.Invoke(this, new RedisSyncInterruptedEventArgs(ex));
                    await pause.ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }

        if (subscribed)
        {
            try
            {
                await _subscriber.UnsubscribeAsync(_changes).ConfigureAwait(false);
            }
            catch (Exception ex) when (RedisFaults.IsUnavailable(ex))
            {
                _logger.LogDebug(ex, "Could not unsubscribe from cache change notifications.");
            }
        }

        loaded.TrySetResult();
    }

    /// <summary>Waits for a change notification, or at most <see cref="RedisSemanticCacheStoreOptions.PollInterval"/>.</summary>
    /// <returns>Whether a notification arrived (false: the poll interval passed).</returns>
    private async Task<bool> WaitForChangeAsync(CancellationToken stopping)
    {
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        Task poll = Task.Delay(_options.PollInterval, _timeProvider, wake.Token);
        Task notified = _changed.WaitAsync(wake.Token);
        _waiting.TrySetResult();
        await Task.WhenAny(poll, notified).ConfigureAwait(false);
        Volatile.Write(ref _waiting, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        await wake.CancelAsync().ConfigureAwait(false);
        stopping.ThrowIfCancellationRequested();
        while (_changed.CurrentCount > 0 && _changed.Wait(0, CancellationToken.None))
        {
            // Several notifications are served by one read.
        }

        try
        {
            await Task.WhenAll(poll, notified).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
        {
            // The wait that lost the race was cancelled.
        }

        return notified.IsCompletedSuccessfully;
    }

    private async Task<bool> FellBehindAsync(CancellationToken cancellationToken)
    {
        if (_lastId is null)
        {
            return true;
        }

        StreamInfo? info = await ReadStreamInfoAsync(cancellationToken).ConfigureAwait(false);
        if (info is null)
        {
            // No stream (for example a restarted server without persistence): reload unless nothing was ever added.
            return _addedAtPosition > 0;
        }

        // Trimming removes the oldest entries. If the oldest one kept is newer than our position, every entry after our
        // position is still there only if as many remain as were added since we were there.
        bool headPassedUs = info.Value.FirstKept is { } first ? CompareIds(first, _lastId) > 0 : CompareIds(info.Value.LastGenerated, _lastId) > 0;
        return headPassedUs && info.Value.Added - _addedAtPosition > info.Value.Length;
    }

    private async Task<StreamInfo?> ReadStreamInfoAsync(CancellationToken cancellationToken)
    {
        StackExchange.Redis.StreamInfo info;
        try
        {
            info = await _redis.StreamInfoAsync(_streamKey).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (RedisServerException ex) when (ex.Message.Contains("no such key", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string? firstKept = info.Length > 0 && !info.FirstEntry.IsNull ? (string?)info.FirstEntry.Id : null;
        return new StreamInfo((string?)info.LastGeneratedId ?? "0-0", firstKept, info.EntriesAdded, info.Length);
    }

    private async Task ReloadAsync(CancellationToken cancellationToken)
    {
        // Note the stream position first, so changes made while loading are replayed after it.
        StreamInfo? stream = await ReadStreamInfoAsync(cancellationToken).ConfigureAwait(false);
        string position = stream?.LastGenerated ?? "0-0";
        long addedAtPosition = stream?.Added ?? 0;
        RedisValue[] members = await _redis.SortedSetRangeByScoreAsync(_registryKey, _timeProvider.GetUtcNow().ToUnixTimeMilliseconds(), double.PositiveInfinity)
            .WaitAsync(cancellationToken).ConfigureAwait(false);
        var live = new HashSet<(string, string)>();
        const int Batch = 256;
        for (int start = 0; start < members.Length; start += Batch)
        {
            IEnumerable<(string Partition, string Id)> slice = members.Skip(start).Take(Batch).Select(m => CacheEntryCodec.ParseMember(m!));
            SemanticCacheEntry?[] entries = await Task.WhenAll(slice.Select(m => FetchAsync(m.Partition, m.Id, cancellationToken))).ConfigureAwait(false);
            foreach (SemanticCacheEntry? entry in entries)
            {
                if (entry is not null)
                {
                    _replica.Set(entry);
                    live.Add((entry.Partition, entry.Id));
                }
            }
        }

        _lastId = position;
        _addedAtPosition = addedAtPosition;
        if (_logger.IsEnabled(LogLevel.Information))
        {
            _logger.LogInformation("Cache replica loaded {Count} entries from Redis.", live.Count);
        }
        ReplicaChanged?.Invoke(this, new ReplicaChangedEventArgs("load", string.Empty, string.Empty));
    }

    /// <summary>Applies the changes after the last applied id (without blocking); returns whether a full page was read.</summary>
    private async Task<bool> ReadChangesAsync(CancellationToken cancellationToken)
    {
        const int Page = 512;
        StreamEntry[] changes = await _redis.StreamReadAsync(_streamKey, _lastId!, Page).WaitAsync(cancellationToken).ConfigureAwait(false);
        var fetches = new Task<SemanticCacheEntry?>[changes.Length];
        for (int i = 0; i < changes.Length; i++)
        {
            fetches[i] = changes[i]["op"] == "set"
                ? FetchAsync(changes[i]["p"]!, changes[i]["id"]!, cancellationToken)
                : Task.FromResult<SemanticCacheEntry?>(null);
        }

        for (int i = 0; i < changes.Length; i++)
        {
            string op = changes[i]["op"]!;
            string partition = changes[i]["p"]!;
            string id = changes[i]["id"]!;
            if (op == "set")
            {
                SemanticCacheEntry? entry = await fetches[i].ConfigureAwait(false);
                if (entry is not null && entry.ExpiresAt > _timeProvider.GetUtcNow())
                {
                    _replica.Set(entry);
                }
            }
            else
            {
                _replica.Remove(partition, id);
            }

            _lastId = changes[i].Id!;
            _addedAtPosition++;
            ReplicaChanged?.Invoke(this, new ReplicaChangedEventArgs(op, partition, id));
        }

        return changes.Length == Page;
    }

    private async Task<SemanticCacheEntry?> FetchAsync(string partition, string id, CancellationToken cancellationToken)
    {
        HashEntry[] fields = await _redis.HashGetAllAsync(Base(partition) + "e:" + id).WaitAsync(cancellationToken).ConfigureAwait(false);
        return CacheEntryCodec.Read(fields);
    }

    private static int CompareIds(string a, string b)
    {
        static (ulong Ms, ulong Seq) Split(string id)
        {
            int dash = id.IndexOf('-', StringComparison.Ordinal);
            return dash < 0
                ? (ulong.Parse(id, System.Globalization.CultureInfo.InvariantCulture), 0)
                : (ulong.Parse(id.AsSpan(0, dash), System.Globalization.CultureInfo.InvariantCulture), ulong.Parse(id.AsSpan(dash + 1), System.Globalization.CultureInfo.InvariantCulture));
        }

        return Split(a).CompareTo(Split(b));
    }
}

/// <summary>What <c>XINFO STREAM</c> says about the change stream.</summary>
internal readonly record struct StreamInfo(string LastGenerated, string? FirstKept, long Added, long Length);

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
