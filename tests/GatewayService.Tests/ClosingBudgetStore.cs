using System.Collections.Concurrent;
using Governance.AI.Budgets;

namespace GatewayService.Tests;

/// <summary>
/// A budget store for the gateway that counts reservations and their closes (settle or refund), signals the first of
/// each, and records a close of a reservation that was not open (a double settlement) as a violation.
/// </summary>
internal sealed class ClosingBudgetStore(InMemoryBudgetStore inner) : IBudgetStore
{
    private readonly ConcurrentDictionary<string, byte> _open = new();
    private readonly TaskCompletionSource<BudgetReservationRequest> _firstReservation = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> _firstClose = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _reserved;
    private int _closed;

    public Task<BudgetReservationRequest> FirstReservation => _firstReservation.Task;

    public Task<string> FirstClose => _firstClose.Task;

    public int Reserved => Volatile.Read(ref _reserved);

    public int Closed => Volatile.Read(ref _closed);

    public ConcurrentQueue<string> Violations { get; } = new();

    public async ValueTask<BudgetReservationResult> ReserveAsync(BudgetReservationRequest request, CancellationToken cancellationToken = default)
    {
        BudgetReservationResult result = await inner.ReserveAsync(request, cancellationToken);
        if (result.ReservationId is { } id)
        {
            _open[id] = 0;
            Interlocked.Increment(ref _reserved);
            _firstReservation.TrySetResult(request);
        }

        return result;
    }

    public async ValueTask<bool> SettleAsync(BudgetSettlement settlement, CancellationToken cancellationToken = default)
    {
        bool settled = await inner.SettleAsync(settlement, cancellationToken);
        Close(settlement.ReservationId, "settle");
        return settled;
    }

    public async ValueTask<bool> RefundAsync(string reservationId, CancellationToken cancellationToken = default)
    {
        bool refunded = await inner.RefundAsync(reservationId, cancellationToken);
        Close(reservationId, "refund");
        return refunded;
    }

    public ValueTask<IReadOnlyList<long>> GetUsedAsync(IReadOnlyList<BudgetCounterRef> counters, CancellationToken cancellationToken = default) =>
        inner.GetUsedAsync(counters, cancellationToken);

    private void Close(string id, string operation)
    {
        Interlocked.Increment(ref _closed);
        if (!_open.TryRemove(id, out _))
        {
            Violations.Enqueue(operation + " of a reservation that was not open: " + id);
        }

        _firstClose.TrySetResult(id);
    }
}
