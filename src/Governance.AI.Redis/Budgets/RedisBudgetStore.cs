using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using Governance.AI.Budgets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Governance.AI.Redis.Budgets;

/// <summary>
/// An <see cref="IBudgetStore"/> shared by every instance through Redis (the application's StackExchange.Redis
/// connection): each reservation, settlement and refund is one atomic Lua script per hash-tag group (see
/// <see cref="RedisBudgetSlotStrategy"/>), so concurrent instances never overspend a limit. Reservation ids are chosen
/// here, so a reserve whose reply is lost (cancelled, timed out) is released by id at once. While Redis is
/// unreachable it follows <see cref="RedisBudgetStoreOptions.FaultPolicy"/> and queues the usage it could not write,
/// applying it when Redis answers again.
/// </summary>
public sealed class RedisBudgetStore : IBudgetStore, IAsyncDisposable
{
    private const string LocalPrefix = "local|";
    private const int MaxLastSeen = 65_536;
    private readonly IDatabaseAsync _redis;
    private readonly RedisBudgetStoreOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly OutageLog _outageLog;
    private readonly RedisDataLossMonitor? _dataLoss;
    private readonly InMemoryBudgetStore _local;
    private readonly ConcurrentDictionary<string, TrackedReservation> _tracked = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _lastSeen = new(StringComparer.Ordinal);
    private readonly BudgetOutageQueue _queue;

    /// <summary>Creates the store.</summary>
    /// <param name="redis">The connection (the application's multiplexer).</param>
    /// <param name="options">The settings; defaults when null.</param>
    /// <param name="timeProvider">The clock for the local fallback and replay timer; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="logger">Receives outage and replay events, rate-limited (never request content).</param>
    /// <param name="dataLoss">Told when a key group comes back without its epoch (Redis lost its data); none when null.</param>
    public RedisBudgetStore(
        IConnectionMultiplexer redis,
        RedisBudgetStoreOptions? options = null,
        TimeProvider? timeProvider = null,
        ILogger<RedisBudgetStore>? logger = null,
        RedisDataLossMonitor? dataLoss = null)
    {
        ArgumentNullException.ThrowIfNull(redis);
        _options = options ?? new RedisBudgetStoreOptions();
        _options.Validate();
        _redis = redis.GetDatabase();
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _outageLog = new OutageLog(_logger, _timeProvider);
        _dataLoss = dataLoss;
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
        TrackedCounter[] counters = Describe(request.Checks);
        List<(string Tag, List<int> Indices)> groups = GroupByTag(counters);
        string id = RandomNumberGenerator.GetHexString(32, lowercase: true);
        try
        {
            BudgetReservationResult result = await ReserveInRedisAsync(request, id, counters, groups, cancellationToken).ConfigureAwait(false);
            _queue.NotifyRedisAvailable();
            return result;
        }
        catch (Exception ex) when (ex is OperationCanceledException || RedisFaults.IsUnavailable(ex))
        {
            // The script may have run although no reply came (cancelled, timed out, connection lost after sending):
            // close the id in every group so nothing stays reserved; a late reserve with it will not apply.
            ReleaseLost(id, groups, counters);
            if (ex is OperationCanceledException || _options.FaultPolicy == RedisFaultPolicy.FailClosed)
            {
                throw;
            }

            _outageLog.Warn(ex, "budget reservations use the " + _options.FaultPolicy + " policy");
            return await ReserveLocallyAsync(request, counters, cancellationToken).ConfigureAwait(false);
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
            CloseOutcome outcome = await CloseInRedisAsync(settlement.ReservationId, settlement.Adjustments, refund: false, cancellationToken, tracked).ConfigureAwait(false);
            _queue.NotifyRedisAvailable();
            if (outcome.ExpiredTags is { } expired && tracked is not null)
            {
                // The lease expired before the call finished and gave the reservation back: count the usage anyway.
                _queue.AddUsage(tracked, settlement.Adjustments, expired);
            }

            return outcome.Closed;
        }
        catch (Exception ex) when (RedisFaults.IsUnavailable(ex))
        {
            _outageLog.Warn(ex, "budget settlements are queued for replay");
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
            CloseOutcome outcome = await CloseInRedisAsync(reservationId, [], refund: true, cancellationToken, tracked).ConfigureAwait(false);
            _queue.NotifyRedisAvailable();
            return outcome.Closed;
        }
        catch (Exception ex) when (RedisFaults.IsUnavailable(ex))
        {
            _outageLog.Warn(ex, "budget refunds are queued for replay");
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
        catch (Exception ex) when (RedisFaults.IsUnavailable(ex) && _options.FaultPolicy != RedisFaultPolicy.FailClosed)
        {
            _outageLog.Warn(ex, "budget counters are read from the local fallback");
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

    /// <summary>Closes a Redis reservation in every group it spans; idempotent, so a replay after a lost reply is safe.</summary>
    /// <returns>Whether any group was open and is closed now, and the groups whose lease had expired (given back).</returns>
    internal async Task<CloseOutcome> CloseInRedisAsync(
        string reservationId, IReadOnlyList<BudgetAdjustment> adjustments, bool refund, CancellationToken cancellationToken, TrackedReservation? tracked = null)
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
            var deltas = new List<RedisValue>();
            var held = new HashSet<string>(StringComparer.Ordinal);
            if (tracked is not null)
            {
                foreach (TrackedCounter counter in tracked.Counters)
                {
                    if (string.Equals(counter.Tag, tag, StringComparison.Ordinal))
                    {
                        held.Add(counter.RedisKey);
                    }
                }
            }

            if (!refund)
            {
                foreach ((string key, long delta) in SumByCounter(tag, adjustments))
                {
                    held.Add(key);
                    deltas.Add(key);
                    deltas.Add(delta);
                }
            }

            switch (await CloseGroupAsync(tag, id, refund ? "refund" : "settle", held, deltas, cancellationToken).ConfigureAwait(false))
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
        var keys = new RedisKey[charges.Count + 1];
        keys[0] = @base + "b:" + batchId;
        var arguments = new RedisValue[2 + (charges.Count * 2)];
        arguments[0] = RetentionMs;
        arguments[1] = _options.ReapBatch;
        for (int i = 0; i < charges.Count; i++)
        {
            keys[i + 1] = charges[i].Key;
            arguments[2 + (i * 2)] = charges[i].Amount;
            arguments[3 + (i * 2)] = charges[i].WindowEndMs;
        }

        await RedisBudgetScripts.Charge.EvaluateAsync(_redis, keys, arguments, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs <see cref="RedisBudgetScripts.Close"/> for one group, reading the reservation's counters first when the caller did not know them all.</summary>
    /// <returns>The script's outcome: 1 closed, 0 unknown or already closed, 3 expired.</returns>
    private async Task<long> CloseGroupAsync(string tag, string id, string mode, HashSet<string> held, List<RedisValue> deltas, CancellationToken cancellationToken)
    {
        string @base = Base(tag);
        RedisKey leases = @base + "leases";
        RedisKey reservation = @base + "r:" + id;
        var arguments = new RedisValue[4 + deltas.Count];
        arguments[0] = RetentionMs;
        arguments[1] = _options.ReapBatch;
        arguments[2] = id;
        arguments[3] = mode;
        deltas.CopyTo(arguments, 4);
        for (int attempt = 0; ; attempt++)
        {
            var keys = new RedisKey[2 + held.Count];
            keys[0] = leases;
            keys[1] = reservation;
            int k = 2;
            foreach (string key in held)
            {
                keys[k++] = key;
            }

            var reply = (RedisResult[])(await RedisBudgetScripts.Close.EvaluateAsync(_redis, keys, arguments, cancellationToken).ConfigureAwait(false))!;
            long outcome = (long)reply[0];
            if (outcome != 4 || attempt > 0)
            {
                await ReapAsync(tag, (RedisResult[])reply[1]!, cancellationToken).ConfigureAwait(false);
                return outcome;
            }

            // The reservation holds counters the caller did not name (for example a refund after a restart of this
            // instance): read them, so that every key the script touches is declared.
            foreach (RedisValue field in await _redis.HashKeysAsync(reservation).WaitAsync(cancellationToken).ConfigureAwait(false))
            {
                held.Add(field!);
            }
        }
    }

    /// <summary>Gives back reservations whose lease expired (their instance never settled them).</summary>
    private async Task ReapAsync(string tag, RedisResult[] expiredIds, CancellationToken cancellationToken)
    {
        foreach (RedisResult expiredId in expiredIds)
        {
            await CloseGroupAsync(tag, (string)expiredId!, "expire", new HashSet<string>(StringComparer.Ordinal), [], cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Closes, in the background, a reservation whose reserve reply was lost; queued for replay when Redis does not answer.</summary>
    private void ReleaseLost(string id, List<(string Tag, List<int> Indices)> groups, TrackedCounter[] counters)
    {
        var builder = new System.Text.StringBuilder(id);
        foreach ((string tag, _) in groups)
        {
            builder.Append('|').Append(tag);
        }

        string reservationId = builder.ToString();
        var lost = new TrackedReservation(counters, _timeProvider.GetUtcNow());

        // Started here, not on the thread pool: the close is queued on the connection right behind the lost reserve.
        _ = ReleaseAsync();

        async Task ReleaseAsync()
        {
            try
            {
                await CloseInRedisAsync(reservationId, [], refund: true, CancellationToken.None, lost).ConfigureAwait(false);
            }
            catch (Exception ex) when (RedisFaults.IsUnavailable(ex))
            {
                _queue.AddClose(reservationId, [], refund: true, lost);
            }
        }
    }

    private async Task<BudgetReservationResult> ReserveInRedisAsync(
        BudgetReservationRequest request, string id, TrackedCounter[] counters, List<(string Tag, List<int> Indices)> groups, CancellationToken cancellationToken)
    {
        IReadOnlyList<BudgetCheck> checks = request.Checks;
        long leaseMs = Math.Max(1, (long)request.Lease.TotalMilliseconds);
        var used = new long[checks.Count];
        var known = new bool[checks.Count];
        int failed = -1;
        var applied = new List<string>(groups.Count);
        foreach ((string tag, List<int> indices) in groups)
        {
            string @base = Base(tag);
            var keys = new RedisKey[indices.Count + 3];
            keys[0] = @base + "leases";
            keys[1] = @base + "r:" + id;
            keys[2] = @base + "epoch";
            var arguments = new RedisValue[6 + (indices.Count * 3)];
            arguments[0] = RetentionMs;
            arguments[1] = _options.ReapBatch;
            arguments[2] = id;
            arguments[3] = request.Enforce ? 1 : 0;
            arguments[4] = leaseMs;
            arguments[5] = id;
            for (int i = 0; i < indices.Count; i++)
            {
                BudgetCheck check = checks[indices[i]];
                keys[3 + i] = counters[indices[i]].RedisKey;
                arguments[6 + (i * 3)] = check.Limit;
                arguments[7 + (i * 3)] = check.Amount;
                arguments[8 + (i * 3)] = check.WindowEnd is { } end ? end.ToUnixTimeMilliseconds() : -1;
            }

            RedisResult[] values = await ReserveGroupAsync(tag, keys, arguments, cancellationToken).ConfigureAwait(false);
            for (int i = 0; i < indices.Count; i++)
            {
                used[indices[i]] = (long)values[4 + i];
                known[indices[i]] = true;
                Remember(counters[indices[i]].RedisKey, used[indices[i]] + checks[indices[i]].Amount);
            }

            long groupFailed = (long)values[1];
            if (groupFailed >= 0)
            {
                failed = failed < 0 ? indices[(int)groupFailed] : Math.Min(failed, indices[(int)groupFailed]);
            }

            if ((long)values[0] == 1)
            {
                applied.Add(tag);
            }
            else
            {
                break;
            }
        }

        if (applied.Count < groups.Count && !(request.Enforce && failed >= 0))
        {
            // Only a reserve closed before it ran (2) stops without a failed check; nothing of it may stay applied.
            failed = Math.Max(failed, 0);
        }

        if (failed >= 0 && (request.Enforce || applied.Count < groups.Count))
        {
            if (applied.Count > 0)
            {
                await RollBackAsync(id + "|" + string.Join('|', applied)).ConfigureAwait(false);
            }

            failed = await CompleteFailedAsync(checks, used, known, failed, cancellationToken).ConfigureAwait(false);
            return new BudgetReservationResult(null, failed, used);
        }

        string reservationId = id + "|" + string.Join('|', applied);
        Track(reservationId, counters, request.Lease);
        return new BudgetReservationResult(reservationId, failed, used);
    }

    /// <summary>
    /// Runs the reserve script of one group. When its lease set holds expired reservations and the check failed,
    /// they are given back first and the reserve is tried once more, so a crashed instance's reservations do not
    /// deny callers past their lease.
    /// </summary>
    private async Task<RedisResult[]> ReserveGroupAsync(string tag, RedisKey[] keys, RedisValue[] arguments, CancellationToken cancellationToken)
    {
        for (int attempt = 0; ; attempt++)
        {
            var values = (RedisResult[])(await RedisBudgetScripts.Reserve.EvaluateAsync(_redis, keys, arguments, cancellationToken).ConfigureAwait(false))!;
            _dataLoss?.Observe("budgets", keys[2]!, (string)values[2]!);
            var stale = (RedisResult[])values[3]!;
            if (stale.Length == 0)
            {
                return values;
            }

            await ReapAsync(tag, stale, cancellationToken).ConfigureAwait(false);
            if ((long)values[0] == 1 || attempt > 0)
            {
                return values;
            }
        }
    }

    /// <summary>
    /// Gives back the groups of a multi-group reservation that fit when a later group did not. If that fails the
    /// request is still denied: the give-back is queued (closing is idempotent) and the lease bounds it anyway.
    /// </summary>
    private async Task RollBackAsync(string partialReservationId)
    {
        try
        {
            await CloseInRedisAsync(partialReservationId, [], refund: true, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (RedisFaults.IsUnavailable(ex))
        {
            _outageLog.Warn(ex, "giving back a denied multi-group reservation is queued for replay");
            _queue.AddClose(partialReservationId, [], refund: true, null);
        }
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
            var keys = new RedisKey[indices.Count];
            for (int i = 0; i < keys.Length; i++)
            {
                keys[i] = CounterKey(tag, counters[indices[i]].CounterKey, counters[indices[i]].Bucket);
            }

            RedisValue[] values = await _redis.StringGetAsync(keys).WaitAsync(cancellationToken).ConfigureAwait(false);
            for (int i = 0; i < indices.Count; i++)
            {
                used[indices[i]] = values[i].IsNull ? 0 : (long)values[i];
            }
        }

        return used;
    }

    private async Task<BudgetReservationResult> ReserveLocallyAsync(BudgetReservationRequest request, TrackedCounter[] counters, CancellationToken cancellationToken)
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
        Track(reservationId, counters, request.Lease);
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

        // Rounded up, and a positive limit never becomes 0: with a small limit and a small share, flooring denied
        // every caller during an outage although the limit had room.
        return basis <= 0 ? 0 : Math.Max(1, (long)Math.Ceiling(basis * _options.FallbackShare));
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
