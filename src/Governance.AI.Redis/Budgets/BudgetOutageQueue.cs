using System.Security.Cryptography;
using Governance.AI.Budgets;
using Microsoft.Extensions.Logging;

namespace Governance.AI.Redis.Budgets;

/// <summary>
/// Budget writes that could not reach Redis, applied when it answers again: settlements and refunds of Redis
/// reservations in order (bounded by <see cref="RedisBudgetStoreOptions.MaxQueuedSettlements"/>), and the usage of
/// reservations made locally during the outage, summed per counter (bounded by
/// <see cref="RedisBudgetStoreOptions.MaxQueuedCounters"/>). A queued settlement whose reservation expired on Redis
/// meanwhile (its lease gave the reservation back) is replayed as usage instead, so what was used is still counted.
/// Windowless counters (concurrency) are never charged: their reservations are closed or expire by themselves.
/// </summary>
internal sealed class BudgetOutageQueue : IAsyncDisposable
{
    private readonly RedisBudgetStore _store;
    private readonly RedisBudgetStoreOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private readonly Queue<QueuedClose> _closes = new();
    private readonly Dictionary<string, PendingCharge> _charges = new(StringComparer.Ordinal);
    private readonly List<ChargeBatch> _batches = [];
    private readonly SemaphoreSlim _draining = new(1, 1);
    private ITimer? _timer;
    private long _dropped;
    private bool _disposed;

    public BudgetOutageQueue(RedisBudgetStore store, RedisBudgetStoreOptions options, TimeProvider timeProvider, ILogger logger)
    {
        _store = store;
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public event EventHandler? Drained;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _closes.Count + _charges.Count + _batches.Sum(b => b.Charges.Count);
            }
        }
    }

    /// <summary>Queues what a reservation actually used (reserved plus deltas), per windowed counter.</summary>
    /// <param name="reservation">The reservation.</param>
    /// <param name="adjustments">Its settlement deltas.</param>
    /// <param name="onlyTags">Only counters of these groups, or all when null.</param>
    public void AddUsage(TrackedReservation reservation, IReadOnlyList<BudgetAdjustment> adjustments, IReadOnlyCollection<string>? onlyTags)
    {
        lock (_gate)
        {
            foreach (TrackedCounter counter in reservation.Counters)
            {
                if (counter.WindowEnd is not { } windowEnd || (onlyTags is not null && !onlyTags.Contains(counter.Tag)))
                {
                    continue;
                }

                long actual = counter.Amount;
                foreach (BudgetAdjustment adjustment in adjustments)
                {
                    if (adjustment.Bucket == counter.Bucket && string.Equals(adjustment.CounterKey, counter.CounterKey, StringComparison.Ordinal))
                    {
                        actual += adjustment.Delta;
                    }
                }

                if (actual <= 0)
                {
                    continue;
                }

                if (_charges.TryGetValue(counter.RedisKey, out PendingCharge? pending))
                {
                    pending.Amount += actual;
                }
                else if (_charges.Count + _batches.Sum(b => b.Charges.Count) < _options.MaxQueuedCounters)
                {
                    _charges[counter.RedisKey] = new PendingCharge(counter.Tag, windowEnd.ToUnixTimeMilliseconds()) { Amount = actual };
                }
                else
                {
                    _dropped++;
                    _logger.LogError("Budget outage queue is full ({MaxCounters} counters); usage of another counter was dropped ({Dropped} so far).", _options.MaxQueuedCounters, _dropped);
                }
            }

            EnsureTimer();
        }
    }

    public void AddClose(string reservationId, IReadOnlyList<BudgetAdjustment> adjustments, bool refund, TrackedReservation? tracked)
    {
        lock (_gate)
        {
            if (_closes.Count < _options.MaxQueuedSettlements)
            {
                _closes.Enqueue(new QueuedClose(reservationId, adjustments, refund, tracked));
                EnsureTimer();
                return;
            }
        }

        // Full: the Redis reservation will expire and give back what it reserved; count the usage on its own.
        if (!refund && tracked is not null)
        {
            AddUsage(tracked, adjustments, null);
        }
    }

    public void NotifyRedisAvailable()
    {
        if (_draining.CurrentCount > 0 && Count > 0)
        {
            _ = DrainInBackgroundAsync();
        }
    }

    /// <summary>Writes the queue to Redis; waits for a drain already running when <paramref name="wait"/> is set.</summary>
    /// <returns>Whether the queue is empty afterwards.</returns>
    public async Task<bool> DrainAsync(bool wait, CancellationToken cancellationToken)
    {
        if (!await _draining.WaitAsync(wait ? Timeout.Infinite : 0, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        try
        {
            while (TryPeekClose(out QueuedClose? close))
            {
                CloseOutcome outcome = await _store.CloseInRedisAsync(close.ReservationId, close.Adjustments, close.Refund, cancellationToken).ConfigureAwait(false);
                lock (_gate)
                {
                    _closes.Dequeue();
                }

                if (outcome.ExpiredTags is { } expired && !close.Refund && close.Tracked is not null)
                {
                    AddUsage(close.Tracked, close.Adjustments, expired);
                }
            }

            lock (_gate)
            {
                // Seal the pending usage into batches with fixed ids, so a retry after a lost reply is applied once.
                foreach (IGrouping<string, KeyValuePair<string, PendingCharge>> group in _charges.GroupBy(c => c.Value.Tag))
                {
                    _batches.Add(new ChargeBatch(
                        group.Key,
                        RandomNumberGenerator.GetHexString(32, lowercase: true),
                        [.. group.Select(c => (c.Key, c.Value.Amount, c.Value.WindowEndMs))]));
                }

                _charges.Clear();
            }

            while (TryPeekBatch(out ChargeBatch? batch))
            {
                await _store.ChargeInRedisAsync(batch.Tag, batch.Id, batch.Charges, cancellationToken).ConfigureAwait(false);
                lock (_gate)
                {
                    _batches.RemoveAt(0);
                }
            }

            bool empty;
            lock (_gate)
            {
                empty = _closes.Count == 0 && _charges.Count == 0 && _batches.Count == 0;
                if (empty)
                {
                    _timer?.Dispose();
                    _timer = null;
                }
            }

            if (empty)
            {
                _logger.LogInformation("Budget usage queued during a Redis outage has been applied.");
                Drained?.Invoke(this, EventArgs.Empty);
            }

            return empty;
        }
        catch (Exception ex) when (RedisFaults.IsUnavailable(ex))
        {
            return false;
        }
        finally
        {
            _draining.Release();
        }
    }

    public ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            _disposed = true;
            _timer?.Dispose();
            _timer = null;
        }

        return ValueTask.CompletedTask;
    }

    private bool TryPeekClose(out QueuedClose close)
    {
        lock (_gate)
        {
            return _closes.TryPeek(out close!);
        }
    }

    private bool TryPeekBatch(out ChargeBatch batch)
    {
        lock (_gate)
        {
            batch = _batches.Count > 0 ? _batches[0] : null!;
            return batch is not null;
        }
    }

    private void EnsureTimer()
    {
        if (_timer is null && !_disposed)
        {
            _timer = _timeProvider.CreateTimer(
                static state => _ = ((BudgetOutageQueue)state!).DrainInBackgroundAsync(), this, _options.ReplayInterval, _options.ReplayInterval);
        }
    }

    private async Task DrainInBackgroundAsync()
    {
        try
        {
            await DrainAsync(wait: false, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _logger.LogError(ex, "Replaying queued budget usage failed; it stays queued.");
        }
    }

    private sealed record QueuedClose(string ReservationId, IReadOnlyList<BudgetAdjustment> Adjustments, bool Refund, TrackedReservation? Tracked);

    private sealed record ChargeBatch(string Tag, string Id, List<(string Key, long Amount, long WindowEndMs)> Charges);

    private sealed class PendingCharge(string tag, long windowEndMs)
    {
        public string Tag { get; } = tag;

        public long WindowEndMs { get; } = windowEndMs;

        public long Amount { get; set; }
    }
}
