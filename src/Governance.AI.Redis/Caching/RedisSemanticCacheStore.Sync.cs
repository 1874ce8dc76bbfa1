using Governance.AI.Caching;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Governance.AI.Redis.Caching;

/// <summary>
/// The replica sync of <see cref="RedisSemanticCacheStore"/>: load, then read the change stream (never blocking the
/// shared multiplexer) when a pub/sub notification arrives or the poll interval passes; reload when it fell behind.
/// </summary>
public sealed partial class RedisSemanticCacheStore
{
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
            catch (ObjectDisposedException ex)
            {
                // The connection was disposed before this store (DI disposes in reverse order of creation, and a
                // distributed cache may dispose a shared connection): no read can succeed any more, so the replica
                // stops syncing instead of failing its own disposal.
                if (!stopping.IsCancellationRequested)
                {
                    _logger.LogWarning(ex, "The Redis connection was disposed; the cache replica stops syncing.");
                }

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
            catch (Exception ex) when (RedisFaults.IsUnavailable(ex) || ex is ObjectDisposedException)
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
