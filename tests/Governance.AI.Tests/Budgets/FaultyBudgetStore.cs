using Governance.AI.Budgets;

namespace Governance.AI.Tests.Budgets;

/// <summary>
/// A store over an in-memory one that throws on the operations it is told to fail, at once or (with
/// <c>storeYields</c>) after a yield, as a networked store whose backend is down would.
/// </summary>
internal sealed class FaultyBudgetStore(InMemoryBudgetStore inner, bool storeYields) : IBudgetStore
{
    public InMemoryBudgetStore Inner { get; } = inner;

    public bool FailReserve { get; set; }

    public bool FailSettle { get; set; }

    public bool FailRefund { get; set; }

    /// <summary>Gets or sets a value indicating whether a failing reserve throws the caller's cancellation instead.</summary>
    public bool CancelInstead { get; set; }

    public Exception Thrown { get; } = new TimeoutException("The budget store did not answer.");

    public async ValueTask<BudgetReservationResult> ReserveAsync(BudgetReservationRequest request, CancellationToken cancellationToken = default)
    {
        await YieldAsync();
        if (FailReserve)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw CancelInstead ? new OperationCanceledException(cancellationToken) : Thrown;
        }

        return await Inner.ReserveAsync(request, cancellationToken);
    }

    public async ValueTask<bool> SettleAsync(BudgetSettlement settlement, CancellationToken cancellationToken = default)
    {
        await YieldAsync();
        return FailSettle ? throw Thrown : await Inner.SettleAsync(settlement, cancellationToken);
    }

    public async ValueTask<bool> RefundAsync(string reservationId, CancellationToken cancellationToken = default)
    {
        await YieldAsync();
        return FailRefund ? throw Thrown : await Inner.RefundAsync(reservationId, cancellationToken);
    }

    public ValueTask<IReadOnlyList<long>> GetUsedAsync(IReadOnlyList<BudgetCounterRef> counters, CancellationToken cancellationToken = default) =>
        Inner.GetUsedAsync(counters, cancellationToken);

    private async ValueTask YieldAsync()
    {
        if (storeYields)
        {
            await Task.Yield();
        }
    }
}
