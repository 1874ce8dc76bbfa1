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
public sealed partial class RedisBudgetStore : IBudgetStore, IAsyncDisposable
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
