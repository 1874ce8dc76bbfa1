using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using Governance.AI.Budgets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Governance.AI.Redis.Budgets;

/// <summary>
/// An <see cref="IBudgetStore"/> shared by every instance through Redis: each reservation, settlement and refund is
/// one atomic Lua script per hash-tag group (see <see cref="RedisBudgetSlotStrategy"/>), so concurrent instances
/// never overspend a limit. While Redis is unreachable it follows <see cref="RedisBudgetStoreOptions.FaultPolicy"/>
/// and queues the usage it could not write, applying it when Redis answers again.
/// </summary>
public sealed class RedisBudgetStore : IBudgetStore, IAsyncDisposable
{
    private const string LocalPrefix = "local|";
    private const int MaxLastSeen = 65_536;
    private readonly IRedisConnection _redis;
    private readonly RedisBudgetStoreOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly InMemoryBudgetStore _local;
    private readonly ConcurrentDictionary<string, TrackedReservation> _tracked = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _lastSeen = new(StringComparer.Ordinal);
    private readonly BudgetOutageQueue _queue;

    /// <summary>Creates the store.</summary>
    /// <param name="redis">The connection.</param>
    /// <param name="options">The settings; defaults when null.</param>
    /// <param name="timeProvider">The clock for the local fallback and replay timer; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="logger">Receives outage and replay events (never request content).</param>
    public RedisBudgetStore(IRedisConnection redis, RedisBudgetStoreOptions? options = null, TimeProvider? timeProvider = null, ILogger<RedisBudgetStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(redis);
        _redis = redis;
        _options = options ?? new RedisBudgetStoreOptions();
        _options.Validate();
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _local = new InMemoryBudgetStore(_timeProvider);
        _queue = new BudgetOutageQueue(this, _options, _timeProvider, _logger);
    }

    /// <summary>Settlements, refunds and counters with usage waiting for Redis to come back.</summary>
    public int QueuedCount => _queue.Count;

    /// <summary>Raised after queued usage has been written to Redis and the queue is empty.</summary>
    public event EventHandler? QueueDrained
    {
        add => _queue.Drained += value;
        remove => _queue.Drained -= value;
    }

    /// <inheritdoc />
    public async ValueTask<BudgetReservationResult> ReserveAsync(BudgetReservationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            BudgetReservationResult result = await ReserveInRedisAsync(request, cancellationToken).ConfigureAwait(false);
            _queue.NotifyRedisAvailable();
            return result;
        }
        catch (RedisException ex) when (_options.FaultPolicy != RedisFaultPolicy.FailClosed)
        {
            _logger.LogWarning(ex, "Redis unavailable for a budget reservation; using the {Policy} policy.", _options.FaultPolicy);
            return await ReserveLocallyAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async ValueTask<bool> SettleAsync(BudgetSettlement settlement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settlement);
        _tracked.TryRemove(settlement.ReservationId, out TrackedReservation? tracked);
        if (settlement.ReservationId.StartsWith(LocalPrefix, StringComparison.Ordinal))
        {
            var inner = new BudgetSettlement(settlement.ReservationId[LocalPrefix.Length..], settlement.Adjustments);
            bool settled = await _local.SettleAsync(inner, cancellationToken).ConfigureAwait(false);
            if (settled && tracked is not null)
            {
                _queue.AddUsage(tracked, settlement.Adjustments, null);
            }

            return settled;
        }

        try
        {
            CloseOutcome outcome = await CloseInRedisAsync(settlement.ReservationId, settlement.Adjustments, refund: false, cancellationToken).ConfigureAwait(false);
            _queue.NotifyRedisAvailable();
            if (outcome.ExpiredTags is { } expired && tracked is not null)
            {
                // The lease expired before the call finished and gave the reservation back: count the usage anyway.
                _queue.AddUsage(tracked, settlement.Adjustments, expired);
            }

            return outcome.Closed;
        }
        catch (RedisException ex)
        {
            _logger.LogWarning(ex, "Redis unavailable for a budget settlement; queued for replay.");
            _queue.AddClose(settlement.ReservationId, settlement.Adjustments, refund: false, tracked);
            return true;
        }
    }

    /// <inheritdoc />
    public async ValueTask<bool> RefundAsync(string reservationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reservationId);
        _tracked.TryRemove(reservationId, out TrackedReservation? tracked);
        if (reservationId.StartsWith(LocalPrefix, StringComparison.Ordinal))
        {
            return await _local.RefundAsync(reservationId[LocalPrefix.Length..], cancellationToken).ConfigureAwait(false);
        }

        try
        {
            CloseOutcome outcome = await CloseInRedisAsync(reservationId, [], refund: true, cancellationToken).ConfigureAwait(false);
            _queue.NotifyRedisAvailable();
            return outcome.Closed;
        }
        catch (RedisException ex)
        {
            _logger.LogWarning(ex, "Redis unavailable for a budget refund; queued for replay.");
            _queue.AddClose(reservationId, [], refund: true, tracked);
            return true;
        }
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<long>> GetUsedAsync(IReadOnlyList<BudgetCounterRef> counters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(counters);
        try
        {
            return await GetUsedInRedisAsync(counters, cancellationToken).ConfigureAwait(false);
        }
        catch (RedisException ex) when (_options.FaultPolicy != RedisFaultPolicy.FailClosed)
        {
            _logger.LogWarning(ex, "Redis unavailable for reading budget counters; reporting local usage.");
            return await _local.GetUsedAsync(counters, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes queued usage to Redis now (it is also retried on a timer), after any replay already running.</summary>
    /// <param name="cancellationToken">Cancels the attempt.</param>
    /// <returns>Whether the queue is empty afterwards (false while Redis is still unreachable).</returns>
    public Task<bool> FlushQueueAsync(CancellationToken cancellationToken = default) => _queue.DrainAsync(wait: true, cancellationToken);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _queue.DisposeAsync();

    private long RetentionMs => (long)_options.Retention.TotalMilliseconds;

    internal string Tag(string counterKey)
    {
        if (_options.SlotStrategy == RedisBudgetSlotStrategy.SingleSlot)
        {
            return "all";
        }

        int end = counterKey.AsSpan().IndexOfAny('/', '|');
        string root = end < 0 ? counterKey : counterKey[..end];
        return root.Replace("{", "%7B", StringComparison.Ordinal).Replace("}", "%7D", StringComparison.Ordinal);
    }

    internal string Base(string tag) => string.Concat(_options.KeyPrefix, ":{", tag, "}:");

    internal string CounterKey(string tag, string counterKey, long bucket) =>
        string.Concat(Base(tag), "c:", counterKey, "@", bucket.ToString(CultureInfo.InvariantCulture));

    /// <summary>Closes a Redis reservation in every group it spans.</summary>
    /// <returns>Whether any group was open and is closed now, and the groups whose lease had expired (given back).</returns>
    internal async Task<CloseOutcome> CloseInRedisAsync(string reservationId, IReadOnlyList<BudgetAdjustment> adjustments, bool refund, CancellationToken cancellationToken)
    {
        string[] parts = reservationId.Split('|');
        if (parts.Length < 2)
        {
            return default;
        }

        string id = parts[0];
        bool closed = false;
        List<string>? expired = null;
        for (int g = 1; g < parts.Length; g++)
        {
            string tag = parts[g];
            string @base = Base(tag);
            var arguments = new List<RedisArgument> { @base, RetentionMs, _options.ReapBatch, id, refund ? "refund" : "settle" };
            if (!refund)
            {
                foreach ((string key, long delta) in SumByCounter(tag, adjustments))
                {
                    arguments.Add(key);
                    arguments.Add(delta);
                }
            }

            RedisReply reply = await _redis.EvalAsync(
                RedisBudgetScripts.Close, [@base + "leases", @base + "r:" + id], arguments, cancellationToken).ConfigureAwait(false);
            switch (reply.AsInt64())
            {
                case 1:
                    closed = true;
                    break;
                case 3:
                    (expired ??= []).Add(tag);
                    break;
            }
        }

        return new CloseOutcome(closed, expired);
    }

    /// <summary>Adds outage usage to counters of one tag, at most once per <paramref name="batchId"/>.</summary>
    internal async Task ChargeInRedisAsync(string tag, string batchId, IReadOnlyList<(string Key, long Amount, long WindowEndMs)> charges, CancellationToken cancellationToken)
    {
        string @base = Base(tag);
        var keys = new RedisArgument[charges.Count + 1];
        keys[0] = @base + "b:" + batchId;
        var arguments = new List<RedisArgument>(3 + (charges.Count * 2)) { @base, RetentionMs, _options.ReapBatch };
        for (int i = 0; i < charges.Count; i++)
        {
            keys[i + 1] = charges[i].Key;
            arguments.Add(charges[i].Amount);
            arguments.Add(charges[i].WindowEndMs);
        }

        await _redis.EvalAsync(RedisBudgetScripts.Charge, keys, arguments, cancellationToken).ConfigureAwait(false);
    }

    private async Task<BudgetReservationResult> ReserveInRedisAsync(BudgetReservationRequest request, CancellationToken cancellationToken)
    {
        IReadOnlyList<BudgetCheck> checks = request.Checks;
        TrackedCounter[] counters = Describe(checks);
        List<(string Tag, List<int> Indices)> groups = GroupByTag(counters);
        string id = RandomNumberGenerator.GetHexString(32, lowercase: true);
        long leaseMs = Math.Max(1, (long)request.Lease.TotalMilliseconds);
        var used = new long[checks.Count];
        var known = new bool[checks.Count];
        int failed = -1;
        var applied = new List<string>(groups.Count);
        foreach ((string tag, List<int> indices) in groups)
        {
            string @base = Base(tag);
            var keys = new RedisArgument[indices.Count + 2];
            keys[0] = @base + "leases";
            keys[1] = @base + "r:" + id;
            var arguments = new RedisArgument[6 + (indices.Count * 3)];
            arguments[0] = @base;
            arguments[1] = RetentionMs;
            arguments[2] = _options.ReapBatch;
            arguments[3] = id;
            arguments[4] = request.Enforce ? 1 : 0;
            arguments[5] = leaseMs;
            for (int i = 0; i < indices.Count; i++)
            {
                BudgetCheck check = checks[indices[i]];
                keys[2 + i] = counters[indices[i]].RedisKey;
                arguments[6 + (i * 3)] = check.Limit;
                arguments[7 + (i * 3)] = check.Amount;
                arguments[8 + (i * 3)] = check.WindowEnd is { } end ? end.ToUnixTimeMilliseconds() : -1;
            }

            RedisReply reply = await _redis.EvalAsync(RedisBudgetScripts.Reserve, keys, arguments, cancellationToken).ConfigureAwait(false);
            IReadOnlyList<RedisReply> values = reply.Elements;
            for (int i = 0; i < indices.Count; i++)
            {
                used[indices[i]] = values[2 + i].AsInt64();
                known[indices[i]] = true;
                Remember(counters[indices[i]].RedisKey, used[indices[i]] + checks[indices[i]].Amount);
            }

            long groupFailed = values[1].AsInt64();
            if (groupFailed >= 0)
            {
                failed = failed < 0 ? indices[(int)groupFailed] : Math.Min(failed, indices[(int)groupFailed]);
            }

            if (values[0].AsInt64() == 1)
            {
                applied.Add(tag);
            }
            else
            {
                break;
            }
        }

        if (request.Enforce && failed >= 0)
        {
            if (applied.Count > 0)
            {
                // An earlier group fit but a later one did not: give the earlier ones back.
                await CloseInRedisAsync(id + "|" + string.Join('|', applied), [], refund: true, cancellationToken).ConfigureAwait(false);
            }

            failed = await CompleteFailedAsync(checks, used, known, failed, cancellationToken).ConfigureAwait(false);
            return new BudgetReservationResult(null, failed, used);
        }

        string reservationId = id + "|" + string.Join('|', applied);
        Track(reservationId, counters, request.Lease);
        return new BudgetReservationResult(reservationId, failed, used);
    }

    private async Task<int> CompleteFailedAsync(IReadOnlyList<BudgetCheck> checks, long[] used, bool[] known, int failed, CancellationToken cancellationToken)
    {
        // Groups after the failing one were not evaluated: read them so UsedBefore is complete and the reported check
        // is the first that does not fit.
        var missing = new List<int>();
        for (int i = 0; i < checks.Count; i++)
        {
            if (!known[i])
            {
                missing.Add(i);
            }
        }

        if (missing.Count == 0)
        {
            return failed;
        }

        IReadOnlyList<long> values = await GetUsedInRedisAsync(
            [.. missing.Select(i => new BudgetCounterRef(checks[i].CounterKey, checks[i].Bucket))], cancellationToken).ConfigureAwait(false);
        for (int m = 0; m < missing.Count; m++)
        {
            int i = missing[m];
            used[i] = values[m];
            if (i < failed && used[i] + checks[i].Amount > checks[i].Limit)
            {
                failed = i;
            }
        }

        return failed;
    }

    private async Task<IReadOnlyList<long>> GetUsedInRedisAsync(IReadOnlyList<BudgetCounterRef> counters, CancellationToken cancellationToken)
    {
        var used = new long[counters.Count];
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < counters.Count; i++)
        {
            string tag = Tag(counters[i].CounterKey);
            if (!groups.TryGetValue(tag, out List<int>? indices))
            {
                groups[tag] = indices = [];
            }

            indices.Add(i);
        }

        foreach ((string tag, List<int> indices) in groups)
        {
            RedisArgument[] keys = [.. indices.Select(i => RedisArgument.FromString(CounterKey(tag, counters[i].CounterKey, counters[i].Bucket)))];
            RedisReply reply = await _redis.ExecuteAsync(RedisRequest.WithKeyAt("MGET", 0, keys), cancellationToken).ConfigureAwait(false);
            for (int i = 0; i < indices.Count; i++)
            {
                RedisReply value = reply.Elements[i];
                used[indices[i]] = value.IsNull ? 0 : value.AsInt64();
            }
        }

        return used;
    }

    private async Task<BudgetReservationResult> ReserveLocallyAsync(BudgetReservationRequest request, CancellationToken cancellationToken)
    {
        var checks = new BudgetCheck[request.Checks.Count];
        for (int i = 0; i < checks.Length; i++)
        {
            BudgetCheck check = request.Checks[i];
            checks[i] = check with { Limit = FallbackLimit(check) };
        }

        BudgetReservationResult local = await _local.ReserveAsync(request with { Checks = checks }, cancellationToken).ConfigureAwait(false);
        if (local.ReservationId is null)
        {
            return local;
        }

        string reservationId = LocalPrefix + local.ReservationId;
        Track(reservationId, Describe(request.Checks), request.Lease);
        return local with { ReservationId = reservationId };
    }

    private long FallbackLimit(BudgetCheck check)
    {
        if (_options.FaultPolicy == RedisFaultPolicy.FailOpen)
        {
            return long.MaxValue;
        }

        long basis = check.Limit;
        if (check.WindowEnd is not null && _lastSeen.TryGetValue(CounterKey(Tag(check.CounterKey), check.CounterKey, check.Bucket), out long seen))
        {
            basis = Math.Max(0, check.Limit - seen);
        }

        return (long)Math.Floor(basis * _options.FallbackShare);
    }

    private void Remember(string redisKey, long value)
    {
        if (_lastSeen.Count >= MaxLastSeen)
        {
            _lastSeen.Clear();
        }

        _lastSeen[redisKey] = value;
    }

    private void Track(string reservationId, TrackedCounter[] counters, TimeSpan lease)
    {
        DateTimeOffset now = _timeProvider.GetUtcNow();
        if (_tracked.Count >= 100_000)
        {
            // Reservations nobody settled or refunded: forget those whose lease has passed.
            foreach (KeyValuePair<string, TrackedReservation> entry in _tracked)
            {
                if (entry.Value.LeaseEnd < now)
                {
                    _tracked.TryRemove(entry.Key, out _);
                }
            }
        }

        _tracked[reservationId] = new TrackedReservation(counters, now + lease);
    }

    private TrackedCounter[] Describe(IReadOnlyList<BudgetCheck> checks)
    {
        var counters = new TrackedCounter[checks.Count];
        for (int i = 0; i < counters.Length; i++)
        {
            BudgetCheck check = checks[i];
            string tag = Tag(check.CounterKey);
            counters[i] = new TrackedCounter(tag, CounterKey(tag, check.CounterKey, check.Bucket), check.CounterKey, check.Bucket, check.Amount, check.WindowEnd);
        }

        return counters;
    }

    private static List<(string Tag, List<int> Indices)> GroupByTag(TrackedCounter[] counters)
    {
        var groups = new List<(string Tag, List<int> Indices)>(1);
        for (int i = 0; i < counters.Length; i++)
        {
            string tag = counters[i].Tag;
            int found = -1;
            for (int g = 0; g < groups.Count; g++)
            {
                if (string.Equals(groups[g].Tag, tag, StringComparison.Ordinal))
                {
                    found = g;
                    break;
                }
            }

            if (found < 0)
            {
                groups.Add((tag, [i]));
            }
            else
            {
                groups[found].Indices.Add(i);
            }
        }

        // A fixed order keeps multi-group reservations from different instances consistent.
        if (groups.Count > 1)
        {
            groups.Sort(static (a, b) => string.CompareOrdinal(a.Tag, b.Tag));
        }

        return groups;
    }

    private Dictionary<string, long> SumByCounter(string tag, IReadOnlyList<BudgetAdjustment> adjustments)
    {
        var sums = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (BudgetAdjustment adjustment in adjustments)
        {
            if (Tag(adjustment.CounterKey) == tag)
            {
                string key = CounterKey(tag, adjustment.CounterKey, adjustment.Bucket);
                sums[key] = sums.GetValueOrDefault(key) + adjustment.Delta;
            }
        }

        return sums;
    }
}

/// <summary>What closing a reservation did.</summary>
/// <param name="Closed">Whether any of its groups was open and is closed now.</param>
/// <param name="ExpiredTags">The groups whose lease had already expired (their amounts were given back), or null.</param>
internal readonly record struct CloseOutcome(bool Closed, List<string>? ExpiredTags);

/// <summary>A counter of a reservation made by this instance.</summary>
internal sealed record TrackedCounter(string Tag, string RedisKey, string CounterKey, long Bucket, long Amount, DateTimeOffset? WindowEnd);

/// <summary>A reservation made by this instance and not yet closed.</summary>
internal sealed record TrackedReservation(TrackedCounter[] Counters, DateTimeOffset LeaseEnd);
