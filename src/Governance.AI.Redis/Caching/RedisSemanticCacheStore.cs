using Governance.AI.Caching;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Governance.AI.Redis.Caching;

/// <summary>
/// An <see cref="ISemanticCacheStore"/> whose entries live in Redis and are shared by every instance, while each
/// instance keeps a local SIMD index replica (<see cref="InMemorySemanticCacheStore"/>) so similarity lookups stay
/// in-process. The replica is loaded from Redis at start and kept in sync through a Redis Stream, read from the last
/// id this instance applied — after a disconnection it resumes from there, and reloads if the stream was trimmed past
/// it. Exact lookups check the replica, then Redis. When Redis is unreachable, the cache degrades: lookups miss or
/// use the replica, writes stay local, and no Redis exception reaches the caller.
/// </summary>
public sealed class RedisSemanticCacheStore : ISemanticCacheStore, IAsyncDisposable
{
    private readonly IRedisConnection _redis;
    private readonly RedisSemanticCacheStoreOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
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
    public RedisSemanticCacheStore(IRedisConnection redis, RedisSemanticCacheStoreOptions? options = null, TimeProvider? timeProvider = null, ILogger<RedisSemanticCacheStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(redis);
        _redis = redis;
        _options = options ?? new RedisSemanticCacheStoreOptions();
        _options.Validate();
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _replica = new InMemorySemanticCacheStore(_options.Replica, _timeProvider);
        _streamKey = _options.KeyPrefix + ":stream";
        _registryKey = _options.KeyPrefix + ":registry";
    }

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
            RedisReply reply = await _redis.EvalAsync(RedisCacheScripts.GetExact, [@base + "x:" + exactKey], [@base], cancellationToken).ConfigureAwait(false);
            SemanticCacheEntry? entry = reply.IsNull ? null : CacheEntryCodec.Read(reply);
            if (entry is null || entry.ExpiresAt <= _timeProvider.GetUtcNow() || entry.Partition != partition)
            {
                return null;
            }

            _replica.Set(entry);
            return entry;
        }
        catch (RedisException ex)
        {
            _logger.LogWarning(ex, "Redis unavailable for an exact cache lookup; treated as a miss.");
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
            string expires = CacheEntryCodec.Milliseconds(entry.ExpiresAt);
            var arguments = new List<RedisArgument>(24) { @base, expires, entry.Id };
            CacheEntryCodec.AppendFields(arguments, entry);
            RedisReply replaced = await _redis.EvalAsync(
                RedisCacheScripts.Set, [@base + "e:" + entry.Id, @base + "x:" + entry.ExactKey], arguments, cancellationToken).ConfigureAwait(false);

            var writes = new List<Task>(4)
            {
                _redis.ExecuteAsync(RedisRequest.ForKey("ZADD", _registryKey, expires, CacheEntryCodec.Member(entry.Partition, entry.Id)), cancellationToken),
                _redis.ExecuteAsync(RedisRequest.ForKey("ZREMRANGEBYSCORE", _registryKey, "-inf", CacheEntryCodec.Milliseconds(_timeProvider.GetUtcNow())), cancellationToken),
                Publish("set", entry.Partition, entry.Id, cancellationToken),
            };
            if (!replaced.IsNull)
            {
                writes.Add(_redis.ExecuteAsync(RedisRequest.ForKey("ZREM", _registryKey, CacheEntryCodec.Member(entry.Partition, replaced.AsString()!)), cancellationToken));
            }

            await Task.WhenAll(writes).ConfigureAwait(false);
        }
        catch (RedisException ex)
        {
            _logger.LogWarning(ex, "Redis unavailable for a cache write; the entry stays in this instance only.");
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
            RedisReply removed = await _redis.EvalAsync(RedisCacheScripts.Remove, [@base + "e:" + id], [@base, id], cancellationToken).ConfigureAwait(false);
            await Task.WhenAll(
                _redis.ExecuteAsync(RedisRequest.ForKey("ZREM", _registryKey, CacheEntryCodec.Member(partition, id)), cancellationToken),
                Publish("del", partition, id, cancellationToken)).ConfigureAwait(false);
            return removed.AsInt64() == 1 || local;
        }
        catch (RedisException ex)
        {
            _logger.LogWarning(ex, "Redis unavailable for a cache removal; removed from this instance only.");
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
    }

    private string Base(string partition) =>
        string.Concat(_options.KeyPrefix, ":{", partition.Replace("{", "%7B", StringComparison.Ordinal).Replace("}", "%7D", StringComparison.Ordinal), "}:");

    private Task<RedisReply> Publish(string operation, string partition, string id, CancellationToken cancellationToken) =>
        _redis.ExecuteAsync(
            RedisRequest.ForKey("XADD", _streamKey, "MAXLEN", "~", _options.StreamMaxLength, "*", "op", operation, "p", partition, "id", id),
            cancellationToken);

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
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                if (reload || await FellBehindAsync(stopping).ConfigureAwait(false))
                {
                    await ReloadAsync(stopping).ConfigureAwait(false);
                    loaded.TrySetResult();
                    reload = false;
                }

                while (!stopping.IsCancellationRequested)
                {
                    await ReadChangesAsync(stopping).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is RedisException or InvalidCastException)
            {
                // Degrade until Redis answers; then resume from the last applied id (or reload if that is gone).
                _logger.LogWarning(ex, "Cache replica sync interrupted; retrying.");
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

        loaded.TrySetResult();
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
        RedisReply info;
        try
        {
            info = await _redis.ExecuteAsync(RedisRequest.ForKey("XINFO", "STREAM", _streamKey), cancellationToken).ConfigureAwait(false);
        }
        catch (RedisServerException ex) when (ex.Message.Contains("no such key", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string lastGenerated = "0-0";
        string? firstKept = null;
        long added = 0;
        long length = 0;
        IReadOnlyList<RedisReply> fields = info.Elements;
        for (int i = 0; i + 1 < fields.Count; i += 2)
        {
            RedisReply value = fields[i + 1];
            switch (fields[i].AsString())
            {
                case "length":
                    length = value.AsInt64();
                    break;
                case "entries-added":
                    added = value.AsInt64();
                    break;
                case "last-generated-id":
                    lastGenerated = value.AsString()!;
                    break;
                case "first-entry" when !value.IsNull && value.Elements.Count > 0:
                    firstKept = value.Elements[0].AsString();
                    break;
            }
        }

        return new StreamInfo(lastGenerated, firstKept, added, length);
    }

    private async Task ReloadAsync(CancellationToken cancellationToken)
    {
        // Note the stream position first, so changes made while loading are replayed after it.
        StreamInfo? stream = await ReadStreamInfoAsync(cancellationToken).ConfigureAwait(false);
        string position = stream?.LastGenerated ?? "0-0";
        long addedAtPosition = stream?.Added ?? 0;
        string now = CacheEntryCodec.Milliseconds(_timeProvider.GetUtcNow());
        RedisReply members = await _redis.ExecuteAsync(RedisRequest.ForKey("ZRANGEBYSCORE", _registryKey, now, "+inf"), cancellationToken).ConfigureAwait(false);
        var live = new HashSet<(string, string)>();
        const int Batch = 256;
        for (int start = 0; start < members.Elements.Count; start += Batch)
        {
            IEnumerable<(string Partition, string Id)> slice = members.Elements.Skip(start).Take(Batch).Select(m => CacheEntryCodec.ParseMember(m.AsString()!));
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

    private async Task ReadChangesAsync(CancellationToken cancellationToken)
    {
        long blockMs = (long)_options.ReadBlock.TotalMilliseconds;
        RedisRequest request = RedisRequest.WithKeyAt("XREAD", 5, "COUNT", 512, "BLOCK", blockMs, "STREAMS", _streamKey, _lastId!)
            .WithBlockingTimeout(_options.ReadBlock);
        RedisReply reply = await _redis.ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
        if (reply.IsNull || reply.Elements.Count == 0)
        {
            return;
        }

        IReadOnlyList<RedisReply> changes = reply.Elements[0].Elements[1].Elements;
        var fetches = new Task<SemanticCacheEntry?>[changes.Count];
        for (int i = 0; i < changes.Count; i++)
        {
            (string op, string partition, string id) = ParseChange(changes[i]);
            fetches[i] = op == "set" ? FetchAsync(partition, id, cancellationToken) : Task.FromResult<SemanticCacheEntry?>(null);
        }

        for (int i = 0; i < changes.Count; i++)
        {
            (string op, string partition, string id) = ParseChange(changes[i]);
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

            _lastId = changes[i].Elements[0].AsString();
            _addedAtPosition++;
            ReplicaChanged?.Invoke(this, new ReplicaChangedEventArgs(op, partition, id));
        }
    }

    private async Task<SemanticCacheEntry?> FetchAsync(string partition, string id, CancellationToken cancellationToken)
    {
        RedisReply fields = await _redis.ExecuteAsync(RedisRequest.ForKey("HGETALL", Base(partition) + "e:" + id), cancellationToken).ConfigureAwait(false);
        return CacheEntryCodec.Read(fields);
    }

    private static (string Op, string Partition, string Id) ParseChange(RedisReply change)
    {
        string op = string.Empty, partition = string.Empty, id = string.Empty;
        IReadOnlyList<RedisReply> fields = change.Elements[1].Elements;
        for (int i = 0; i + 1 < fields.Count; i += 2)
        {
            switch (fields[i].AsString())
            {
                case "op": op = fields[i + 1].AsString()!; break;
                case "p": partition = fields[i + 1].AsString()!; break;
                case "id": id = fields[i + 1].AsString()!; break;
            }
        }

        return (op, partition, id);
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
