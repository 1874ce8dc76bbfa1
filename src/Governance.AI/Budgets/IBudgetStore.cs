namespace Governance.AI.Budgets;

/// <summary>
/// Keeps budget counters and reservations. The budget policy reserves before a call, then settles (with the
/// provider's usage) or refunds after it; <see cref="InMemoryBudgetStore"/> serves one process, a shared store (for
/// example Redis) serves many.
/// </summary>
/// <remarks>
/// <para><b>Counters.</b> A counter is identified by a <see cref="BudgetCheck.CounterKey"/> (scope, amount and window,
/// for example <c>tenant:contoso|tokens|1d</c>) and a <see cref="BudgetCheck.Bucket"/> (the window instance: its start
/// in Unix milliseconds, or 0 for counters without a window such as concurrency). A counter holds one whole number:
/// tokens, requests, nano-dollars or requests in flight. It starts at 0 and is never negative.</para>
/// <para><b>Reserve</b> is all-or-nothing across every check of a request, and atomic with respect to every other
/// reserve, settle and refund: either every counter grows by its amount, or (in enforce mode, when any counter would
/// pass its limit) none does. A check passes when <c>used + amount &lt;= limit</c>, so a request that fits exactly
/// passes and one unit more does not. A shared store must do this in one atomic round trip (for Redis: one Lua
/// script over all keys).</para>
/// <para><b>Settle</b> closes a reservation once: it applies per-counter deltas (actual minus reserved; negative for a
/// refund of unused allowance, positive when the provider used more than was reserved) and forgets the reservation.
/// Settling or refunding an unknown, already closed or expired reservation applies nothing and returns
/// <see langword="false"/>, so retries are safe. <b>Refund</b> closes a reservation by giving back everything it
/// reserved.</para>
/// <para><b>Time.</b> Buckets are chosen by the caller from its <see cref="TimeProvider"/>, because calendar windows
/// in a time zone are a client concern; <see cref="BudgetReservationRequest.Now"/> carries that time. A store uses
/// its own clock (for Redis: server <c>TIME</c>) only for housekeeping: expiring a reservation after its
/// <see cref="BudgetReservationRequest.Lease"/> (giving back what it reserved, as a refund would) and dropping
/// counters after their <see cref="BudgetCheck.WindowEnd"/>.</para>
/// <para>Every type in this contract is a plain, serializable value so that a remote store can ship it as is.</para>
/// </remarks>
public interface IBudgetStore
{
    /// <summary>Reserves amounts on counters, all or nothing (see the type's remarks).</summary>
    /// <param name="request">The checks and the mode.</param>
    /// <param name="cancellationToken">Cancels the reservation; once the store has applied it, it is not undone.</param>
    /// <returns>The outcome, with each counter's value before the reservation.</returns>
    ValueTask<BudgetReservationResult> ReserveAsync(BudgetReservationRequest request, CancellationToken cancellationToken = default);

    /// <summary>Closes a reservation with per-counter deltas.</summary>
    /// <param name="settlement">The reservation id and the deltas.</param>
    /// <param name="cancellationToken">A cancellation token.</param>
    /// <returns><see langword="true"/> if the reservation was open and is now settled; <see langword="false"/> if it was unknown, closed or expired (nothing applied).</returns>
    ValueTask<bool> SettleAsync(BudgetSettlement settlement, CancellationToken cancellationToken = default);

    /// <summary>Closes a reservation by giving back every amount it reserved.</summary>
    /// <param name="reservationId">The id from <see cref="BudgetReservationResult.ReservationId"/>.</param>
    /// <param name="cancellationToken">A cancellation token.</param>
    /// <returns><see langword="true"/> if the reservation was open and is now refunded; <see langword="false"/> otherwise (nothing applied).</returns>
    ValueTask<bool> RefundAsync(string reservationId, CancellationToken cancellationToken = default);

    /// <summary>Reads counters, reservations in flight included.</summary>
    /// <param name="counters">The counters, each a key and a bucket.</param>
    /// <param name="cancellationToken">A cancellation token.</param>
    /// <returns>Each counter's value, in the same order; 0 for a counter never used.</returns>
    ValueTask<IReadOnlyList<long>> GetUsedAsync(IReadOnlyList<BudgetCounterRef> counters, CancellationToken cancellationToken = default);
}

/// <summary>A counter: a key and a window bucket.</summary>
/// <param name="CounterKey">The counter's key, for example <c>tenant:contoso|tokens|1d</c>.</param>
/// <param name="Bucket">The window instance (its start in Unix milliseconds), or 0 for counters without a window.</param>
public readonly record struct BudgetCounterRef(string CounterKey, long Bucket);

/// <summary>One counter a reservation must fit in.</summary>
/// <param name="CounterKey">The counter's key, for example <c>tenant:contoso|tokens|1d</c>.</param>
/// <param name="Bucket">The window instance (its start in Unix milliseconds), or 0 for counters without a window.</param>
/// <param name="WindowEnd">When the window ends (the counter may be dropped after it), or <see langword="null"/> for counters without a window.</param>
/// <param name="Limit">The most the counter may hold after the reservation.</param>
/// <param name="Amount">What the reservation adds; not negative.</param>
public readonly record struct BudgetCheck(string CounterKey, long Bucket, DateTimeOffset? WindowEnd, long Limit, long Amount);

/// <summary>A reservation request: the checks of one call, applied all or nothing.</summary>
/// <param name="Checks">The checks, each on a distinct counter.</param>
/// <param name="Enforce">
/// <see langword="true"/> to apply nothing when any check fails; <see langword="false"/> (monitor mode) to apply
/// every amount anyway and only report the first check that failed.
/// </param>
/// <param name="Now">The caller's time, from which it chose the buckets.</param>
/// <param name="Lease">How long the reservation may stay open before a store may expire it by giving its amounts back.</param>
public sealed record BudgetReservationRequest(IReadOnlyList<BudgetCheck> Checks, bool Enforce, DateTimeOffset Now, TimeSpan Lease);

/// <summary>The outcome of a reservation.</summary>
/// <param name="ReservationId">The id to settle or refund with, or <see langword="null"/> when nothing was applied.</param>
/// <param name="FailedCheck">The index of the first check that did not fit, or -1 when all fit.</param>
/// <param name="UsedBefore">Each counter's value just before the reservation (in the order of the checks).</param>
public sealed record BudgetReservationResult(string? ReservationId, int FailedCheck, IReadOnlyList<long> UsedBefore)
{
    /// <summary>Gets a value indicating whether the amounts were applied (a reservation is open).</summary>
    public bool Applied => ReservationId is not null;

    /// <summary>Gets a value indicating whether every check fit.</summary>
    public bool AllFit => FailedCheck < 0;
}

/// <summary>A change to one counter when a reservation settles.</summary>
/// <param name="CounterKey">The counter's key, one of the reservation's checks.</param>
/// <param name="Bucket">The counter's bucket, the one that was reserved in.</param>
/// <param name="Delta">Actual minus reserved: negative to give back, positive to charge more.</param>
public readonly record struct BudgetAdjustment(string CounterKey, long Bucket, long Delta);

/// <summary>Closes a reservation with per-counter deltas.</summary>
/// <param name="ReservationId">The reservation to close.</param>
/// <param name="Adjustments">The deltas; counters of the reservation that are not listed keep what was reserved.</param>
public sealed record BudgetSettlement(string ReservationId, IReadOnlyList<BudgetAdjustment> Adjustments);
