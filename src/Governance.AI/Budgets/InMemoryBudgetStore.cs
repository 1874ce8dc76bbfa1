using System.Collections.Concurrent;
using System.Globalization;

namespace Governance.AI.Budgets;

/// <summary>
/// A concurrent, process-local <see cref="IBudgetStore"/>: the default when no shared store is registered.
/// </summary>
/// <remarks>
/// Each counter has its own lock; a reservation locks the counters it checks in one global order (so two
/// reservations never deadlock), checks them all, applies them all, and unlocks. Settling and refunding add their
/// deltas atomically without the lock: a negative delta can only make a concurrent check more conservative.
/// Counters of ended windows are dropped (checked every 64 reservations, at most once a minute) when no open
/// reservation holds them. Reservations never expire here: they live and die with the process that made them, and the budget policy
/// always settles or refunds them. <see cref="BudgetReservationRequest.Lease"/> is therefore ignored.
/// </remarks>
public sealed class InMemoryBudgetStore : IBudgetStore
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<BudgetCounterRef, Counter> _counters = new();
    private const int SlotCount = 1024;

    private readonly OpenReservation?[] _slots = new OpenReservation?[SlotCount];
    private readonly ConcurrentDictionary<long, OpenReservation> _overflow = new();
    private readonly TimeProvider _timeProvider;
    private long _nextReservation;
    private long _nextCounterOrder;
    private long _nextSweepTicks;
    private Counter? _lastCounter;

    /// <summary>Initializes a new instance of the <see cref="InMemoryBudgetStore"/> class.</summary>
    /// <param name="timeProvider">The clock that decides when ended windows are dropped; the system clock by default.</param>
    public InMemoryBudgetStore(TimeProvider? timeProvider = null)
    {
        _timeProvider = timeProvider ?? TimeProvider.System;
        _nextSweepTicks = _timeProvider.GetUtcNow().UtcTicks + SweepInterval.Ticks;
    }

    /// <summary>Gets the number of reservations that are neither settled nor refunded.</summary>
    public int OpenReservationCount
    {
        get
        {
            int count = _overflow.Count;
            foreach (OpenReservation? slot in _slots)
            {
                count += slot is null ? 0 : 1;
            }

            return count;
        }
    }

    /// <summary>Gets the number of counters held (for diagnostics).</summary>
    public int CounterCount => _counters.Count;

    /// <inheritdoc />
    public ValueTask<BudgetReservationResult> ReserveAsync(BudgetReservationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        BudgetReservationResult result = Reserve(request, out bool sweep);
        if (sweep)
        {
            SweepIfDue();
        }

        return ValueTask.FromResult(result);
    }

    /// <inheritdoc />
    public ValueTask<bool> SettleAsync(BudgetSettlement settlement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settlement);
        if (TakeOpen(settlement.ReservationId) is not { } reservation)
        {
            return ValueTask.FromResult(false);
        }

        IReadOnlyList<BudgetAdjustment> adjustments = settlement.Adjustments;
        for (int i = 0; i < reservation.Counters.Length; i++)
        {
            BudgetCheck check = reservation.Checks[i];
            long delta = 0;
            for (int j = 0; j < adjustments.Count; j++)
            {
                BudgetAdjustment adjustment = adjustments[j];
                if (adjustment.Bucket == check.Bucket && string.Equals(adjustment.CounterKey, check.CounterKey, StringComparison.Ordinal))
                {
                    delta += adjustment.Delta;
                }
            }

            Close(reservation.Counters[i], delta);
        }

        return ValueTask.FromResult(true);
    }

    /// <inheritdoc />
    public ValueTask<bool> RefundAsync(string reservationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reservationId);
        if (TakeOpen(reservationId) is not { } reservation)
        {
            return ValueTask.FromResult(false);
        }

        for (int i = 0; i < reservation.Counters.Length; i++)
        {
            Close(reservation.Counters[i], -reservation.Checks[i].Amount);
        }

        return ValueTask.FromResult(true);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<long>> GetUsedAsync(IReadOnlyList<BudgetCounterRef> counters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(counters);
        var used = new long[counters.Count];
        for (int i = 0; i < used.Length; i++)
        {
            used[i] = _counters.TryGetValue(counters[i], out Counter? counter) ? Volatile.Read(ref counter.Used) : 0;
        }

        return ValueTask.FromResult<IReadOnlyList<long>>(used);
    }

    private static void Close(Counter counter, long delta)
    {
        if (delta != 0)
        {
            long current = Volatile.Read(ref counter.Used);
            while (true)
            {
                long next = current + delta;
                long seen = Interlocked.CompareExchange(ref counter.Used, next < 0 ? 0 : next, current);
                if (seen == current)
                {
                    break;
                }

                current = seen;
            }
        }

        Interlocked.Decrement(ref counter.OpenReservations);
    }

    private static void SortByOrder(Counter[] counters, Span<int> order)
    {
        // Insertion sort: a request has a handful of counters.
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        for (int i = 1; i < order.Length; i++)
        {
            int current = order[i];
            long key = counters[current].Order;
            int j = i - 1;
            while (j >= 0 && counters[order[j]].Order > key)
            {
                order[j + 1] = order[j];
                j--;
            }

            order[j + 1] = current;
        }
    }

    private BudgetReservationResult Reserve(BudgetReservationRequest request, out bool sweep)
    {
        sweep = false;
        BudgetCheck[] checks = request.Checks as BudgetCheck[] ?? [.. request.Checks];
        int count = checks.Length;
        var counters = new Counter[count];
        var usedBefore = new long[count];
        Span<int> order = count <= 32 ? stackalloc int[count] : new int[count];

        while (true)
        {
            for (int i = 0; i < count; i++)
            {
                ref readonly BudgetCheck check = ref checks[i];
                if (check.Amount < 0)
                {
                    throw new ArgumentException($"Check {i} has a negative amount.", nameof(request));
                }

                counters[i] = CounterFor(check);
            }

            SortByOrder(counters, order);
            int locked = 0;
            try
            {
                bool removed = false;
                for (; locked < count; locked++)
                {
                    Counter counter = counters[order[locked]];
                    counter.Lock.Enter();
                    removed |= counter.Removed;
                }

                if (removed)
                {
                    // A sweep dropped a counter between lookup and lock: look the counters up again.
                    continue;
                }

                int failed = -1;
                for (int i = 0; i < count; i++)
                {
                    long used = Volatile.Read(ref counters[i].Used);
                    usedBefore[i] = used;
                    ref readonly BudgetCheck check = ref checks[i];
                    if (failed < 0 && check.Amount > check.Limit - used)
                    {
                        failed = i;
                    }
                }

                if (failed >= 0 && request.Enforce)
                {
                    return new BudgetReservationResult(null, failed, usedBefore);
                }

                for (int i = 0; i < count; i++)
                {
                    Counter counter = counters[i];
                    Interlocked.Add(ref counter.Used, checks[i].Amount);
                    Interlocked.Increment(ref counter.OpenReservations);
                }

                long id = Interlocked.Increment(ref _nextReservation);
                AddOpen(new OpenReservation(id, checks, counters));
                sweep = (id & 63) == 0;
                return new BudgetReservationResult(id.ToString(CultureInfo.InvariantCulture), failed, usedBefore);
            }
            finally
            {
                for (int i = locked - 1; i >= 0; i--)
                {
                    counters[order[i]].Lock.Exit();
                }
            }
        }
    }

    /// <summary>
    /// Gets (or adds) a check's counter. The counter used last is compared first: a caller's next request usually
    /// checks the same one, and comparing its key costs less than hashing it. A swept counter is never taken from there.
    /// </summary>
    private Counter CounterFor(in BudgetCheck check)
    {
        Counter? last = Volatile.Read(ref _lastCounter);
        if (last is not null && last.Key.Bucket == check.Bucket && !Volatile.Read(ref last.Removed) &&
            string.Equals(last.Key.CounterKey, check.CounterKey, StringComparison.Ordinal))
        {
            return last;
        }

        var key = new BudgetCounterRef(check.CounterKey, check.Bucket);
        Counter counter = _counters.GetOrAdd(
            key,
            static (key, state) => new Counter(key, Interlocked.Increment(ref state.Store._nextCounterOrder), state.WindowEnd),
            (Store: this, check.WindowEnd));

        // Written only when it changes, so that requests of one scope on many threads do not contend for the field.
        if (!ReferenceEquals(last, counter))
        {
            Volatile.Write(ref _lastCounter, counter);
        }

        return counter;
    }

    /// <summary>Keeps an open reservation in its slot (id modulo the slot count), or in the overflow map when a long-lived one holds the slot.</summary>
    private void AddOpen(OpenReservation reservation)
    {
        if (Interlocked.CompareExchange(ref _slots[reservation.Id & (SlotCount - 1)], reservation, null) is not null)
        {
            _overflow[reservation.Id] = reservation;
        }
    }

    /// <summary>Removes and returns an open reservation; <see langword="null"/> if it is unknown or already closed.</summary>
    private OpenReservation? TakeOpen(string reservationId)
    {
        if (!long.TryParse(reservationId, NumberStyles.None, CultureInfo.InvariantCulture, out long id))
        {
            return null;
        }

        ref OpenReservation? slot = ref _slots[id & (SlotCount - 1)];
        OpenReservation? current = Volatile.Read(ref slot);
        if (current is not null && current.Id == id && Interlocked.CompareExchange(ref slot, null, current) == current)
        {
            return current;
        }

        return _overflow.TryRemove(id, out OpenReservation? overflow) ? overflow : null;
    }

    private void SweepIfDue()
    {
        long now = _timeProvider.GetUtcNow().UtcTicks;
        long due = Volatile.Read(ref _nextSweepTicks);
        if (now < due || Interlocked.CompareExchange(ref _nextSweepTicks, now + SweepInterval.Ticks, due) != due)
        {
            return;
        }

        foreach (KeyValuePair<BudgetCounterRef, Counter> pair in _counters)
        {
            Counter counter = pair.Value;
            if (counter.WindowEnd is not { } end || end.UtcTicks > now)
            {
                continue;
            }

            // Reserve and sweep mark and check under the counter's lock, so a counter is never dropped while a
            // reservation is being added to it; open reservations only ever decrease outside the lock.
            counter.Lock.Enter();
            try
            {
                if (Volatile.Read(ref counter.OpenReservations) == 0 && !counter.Removed)
                {
                    counter.Removed = true;
                    _counters.TryRemove(pair);
                }
            }
            finally
            {
                counter.Lock.Exit();
            }
        }
    }

    private sealed class Counter(BudgetCounterRef key, long order, DateTimeOffset? windowEnd)
    {
        public readonly BudgetCounterRef Key = key;
        public readonly long Order = order;
        public readonly DateTimeOffset? WindowEnd = windowEnd;
        public readonly Lock Lock = new();
        public long Used;
        public int OpenReservations;
        public bool Removed;
    }

    private sealed record OpenReservation(long Id, BudgetCheck[] Checks, Counter[] Counters);
}
