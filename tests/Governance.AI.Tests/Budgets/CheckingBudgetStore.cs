using System.Collections.Concurrent;
using Governance.AI.Budgets;

namespace Governance.AI.Tests.Budgets;

/// <summary>
/// Wraps a store and, after every operation, reads every counter it has seen and records any that exceeds its limit;
/// it also tracks open reservations (shared by the chat and embedding budget concurrency tests).
/// </summary>
internal sealed class CheckingBudgetStore(InMemoryBudgetStore inner) : IBudgetStore
{
    private readonly ConcurrentDictionary<BudgetCounterRef, long> _limits = new();
    private int _reserved;
    private int _closed;

    public InMemoryBudgetStore Inner => inner;

    public ConcurrentQueue<string> Violations { get; } = new();

    public ConcurrentDictionary<string, byte> Open { get; } = new();

    public int Reserved => Volatile.Read(ref _reserved);

    public int Closed => Volatile.Read(ref _closed);

    public async ValueTask<BudgetReservationResult> ReserveAsync(BudgetReservationRequest request, CancellationToken cancellationToken = default)
    {
        foreach (BudgetCheck check in request.Checks)
        {
            _limits.AddOrUpdate(new(check.CounterKey, check.Bucket), check.Limit, (_, old) => Math.Min(old, check.Limit));
        }

        BudgetReservationResult result = await inner.ReserveAsync(request, cancellationToken);
        if (result.ReservationId is { } id)
        {
            Interlocked.Increment(ref _reserved);
            if (!Open.TryAdd(id, 0))
            {
                Violations.Enqueue("reservation id reused: " + id);
            }
        }

        await VerifyAsync("reserve");
        return result;
    }

    public async ValueTask<bool> SettleAsync(BudgetSettlement settlement, CancellationToken cancellationToken = default)
    {
        bool settled = await inner.SettleAsync(settlement, cancellationToken);
        Close(settlement.ReservationId, settled, "settle");
        await VerifyAsync("settle");
        return settled;
    }

    public async ValueTask<bool> RefundAsync(string reservationId, CancellationToken cancellationToken = default)
    {
        bool refunded = await inner.RefundAsync(reservationId, cancellationToken);
        Close(reservationId, refunded, "refund");
        await VerifyAsync("refund");
        return refunded;
    }

    public ValueTask<IReadOnlyList<long>> GetUsedAsync(IReadOnlyList<BudgetCounterRef> counters, CancellationToken cancellationToken = default) =>
        inner.GetUsedAsync(counters, cancellationToken);

    private void Close(string id, bool closed, string operation)
    {
        Interlocked.Increment(ref _closed);
        if (!closed || !Open.TryRemove(id, out _))
        {
            Violations.Enqueue(operation + " of a reservation that was not open: " + id);
        }
    }

    private async ValueTask VerifyAsync(string after)
    {
        BudgetCounterRef[] counters = [.. _limits.Keys];
        IReadOnlyList<long> used = await inner.GetUsedAsync(counters);
        for (int i = 0; i < counters.Length; i++)
        {
            if (used[i] > _limits[counters[i]])
            {
                Violations.Enqueue($"after {after}: {counters[i].CounterKey}@{counters[i].Bucket} holds {used[i]} > {_limits[counters[i]]}");
            }
        }
    }
}
