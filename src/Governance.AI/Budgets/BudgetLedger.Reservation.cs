using System.Runtime.ExceptionServices;
using Governance.AI.Pricing;

namespace Governance.AI.Budgets;

/// <content>Reservation: all-or-nothing reserves on the store (and again in monitor mode), store faults, refunds before a rejection, and the allowance that still fits.</content>
internal sealed partial class BudgetLedger
{
    /// <summary>
    /// Reserves on every counter, all or nothing, clamping the output allowance when that is configured and helps;
    /// raises soft thresholds and decides the downgrade. Returns the allowance reserved.
    /// </summary>
    private ValueTask<int> ReserveAsync(BudgetAdmission admission, int allowance, CancellationToken cancellationToken)
    {
        ValueTask<BudgetReservationResult> reserving = StoreReserveAsync(admission, allowance, cancellationToken);
        if (!reserving.IsCompletedSuccessfully)
        {
            return ReserveAgainAsync(admission, allowance, reserving, cancellationToken);
        }

        // Everything fitting the first time is the common case: it completes here when the store answered synchronously.
        BudgetReservationResult result = reserving.Result;
        return result.AllFit
            ? Reserved(admission, allowance, result, admission.WouldBlock)
            : ReserveAgainAsync(admission, allowance, new ValueTask<BudgetReservationResult>(result), cancellationToken);
    }

    /// <summary>
    /// Awaits the first reservation and, while a counter does not fit, plans again with the exact count or a clamped
    /// allowance, or reports the violation.
    /// </summary>
    private async ValueTask<int> ReserveAgainAsync(BudgetAdmission admission, int allowance, ValueTask<BudgetReservationResult> first, CancellationToken cancellationToken)
    {
        CompiledBudget budget = admission.Budget;
        string? wouldBlock = admission.WouldBlock;
        PlannedCheck[] checks = admission.Checks;
        BudgetReservationResult result = await first.ConfigureAwait(false);
        int clampAttempts = 1;
        while (!result.AllFit)
        {
            ref readonly PlannedCheck failed = ref checks[result.FailedCheck];
            bool tokensOrCost = failed.Metric is BudgetMetric.Tokens or BudgetMetric.Cost;
            bool again = false;
            if (tokensOrCost && admission.PromptIsBound)
            {
                // The bound failed a limit the count may pass: plan again with the count. Enforce mode applied
                // nothing; what monitor mode applied is given back in this same loop, so nothing leaks (a store that
                // fails to give it back leaves it to the lease, as every release does).
                if (result.ReservationId is { } applied)
                {
                    await ReleaseAsync(applied).ConfigureAwait(false);
                }

                admission.CountPromptExactly();
                again = true;
            }
            else if (tokensOrCost && budget.Enforce && budget.Options.ClampMaxOutputTokens && clampAttempts++ < MaxClampAttempts)
            {
                long fit = FittingAllowance(admission, result.UsedBefore);
                if (fit >= budget.Options.MinClampedOutputTokens && fit < allowance)
                {
                    allowance = (int)fit;
                    again = true;
                }
            }

            if (again)
            {
                result = await StoreReserveAsync(admission, allowance, cancellationToken).ConfigureAwait(false);
                continue;
            }

            ref readonly PlannedCheck violated = ref checks[result.FailedCheck];
            long fitting = tokensOrCost ? FittingAllowance(admission, result.UsedBefore) : -1;
            Violate(budget, Exceeded(violated, result.UsedBefore[result.FailedCheck], admission.Now, fitting >= 1 && fitting < allowance ? (int)fitting : null), ref wouldBlock);
            break;
        }

        return await Reserved(admission, allowance, result, wouldBlock).ConfigureAwait(false);
    }

    /// <summary>Asks the store to reserve what the request needs on every planned counter (its amounts set on the plan).</summary>
    private ValueTask<BudgetReservationResult> StoreReserveAsync(BudgetAdmission admission, int allowance, CancellationToken cancellationToken)
    {
        CompiledBudget budget = admission.Budget;
        PlannedCheck[] checks = admission.Checks;
        var storeChecks = new BudgetCheck[checks.Length];
        for (int i = 0; i < storeChecks.Length; i++)
        {
            ref PlannedCheck check = ref checks[i];
            check.Amount = ReservedAmount(check.Metric, admission.PromptTokens, allowance, admission.Price);
            storeChecks[i] = new BudgetCheck(check.CounterKey, check.Bucket?.Id ?? 0, check.Bucket?.End, check.Limit, check.Amount);
        }

        ValueTask<BudgetReservationResult> reserving;
        try
        {
            reserving = _store.ReserveAsync(new BudgetReservationRequest(storeChecks, budget.Enforce, admission.Now, budget.Options.ReservationLease), cancellationToken);
        }
        catch (Exception ex) when (IsStoreFault(ex, cancellationToken))
        {
            return ValueTask.FromException<BudgetReservationResult>(new BudgetStoreUnavailableException(ex));
        }

        return reserving.IsCompletedSuccessfully ? reserving : StoreReservedAsync(reserving, cancellationToken);
    }

    private static async ValueTask<BudgetReservationResult> StoreReservedAsync(ValueTask<BudgetReservationResult> reserving, CancellationToken cancellationToken)
    {
        try
        {
            return await reserving.ConfigureAwait(false);
        }
        catch (Exception ex) when (IsStoreFault(ex, cancellationToken))
        {
            throw new BudgetStoreUnavailableException(ex);
        }
    }

    /// <summary>
    /// Whether a store's exception is its own fault: not the caller's cancellation (which stays an
    /// <see cref="OperationCanceledException"/>) and not a governance decision.
    /// </summary>
    private static bool IsStoreFault(Exception ex, CancellationToken cancellationToken) =>
        ex is not GovernanceException && !(ex is OperationCanceledException && cancellationToken.IsCancellationRequested);

    /// <summary>Records the store's answer on the admission, raises soft thresholds and decides the downgrade; returns the allowance reserved.</summary>
    private ValueTask<int> Reserved(BudgetAdmission admission, int allowance, BudgetReservationResult result, string? wouldBlock)
    {
        admission.ReservationId = result.ReservationId;
        admission.UsedBefore = result.UsedBefore;
        admission.WouldBlock = wouldBlock;

        // Scope strings are cut from the counter keys only while a listener is attached.
        if (result.Applied && Telemetry.Reservations.Enabled)
        {
            ReportReservation(admission.Checks);
        }

        try
        {
            long reservedPrompt = admission.PromptTokens;
            if (admission.PromptIsBound && BoundDecides(admission, allowance))
            {
                // Thresholds and the downgrade see what the request needs by the count; the store keeps holding the bound.
                admission.CountPromptExactly();
            }

            admission.PreferCheaper = AfterReservation(admission, allowance, reservedPrompt);
        }
        catch (Exception ex)
        {
            // A throwing threshold callback (or counter) must not leak the reservation.
            return RefundThenThrowAsync(admission, ex);
        }

        return new ValueTask<int>(allowance);
    }

    private async ValueTask<int> RefundThenThrowAsync(BudgetAdmission admission, Exception failure)
    {
        await RefundAsync(admission).ConfigureAwait(false);
        ExceptionDispatchInfo.Throw(failure);
        return 0;
    }

    private static long ReservedAmount(BudgetMetric metric, long promptTokens, int allowance, ModelPrice? price) => metric switch
    {
        BudgetMetric.Tokens => promptTokens + allowance,
        BudgetMetric.Cost => price is null ? 0 : BudgetAmounts.ToNanoUsd(price.Cost(promptTokens, 0, allowance)),
        _ => 1,
    };

    /// <summary>The largest output allowance that fits every token and cost counter, or -1 if a count or concurrency limit failed.</summary>
    private static long FittingAllowance(BudgetAdmission admission, IReadOnlyList<long> usedBefore)
    {
        long fit = long.MaxValue;
        for (int i = 0; i < admission.Checks.Length; i++)
        {
            ref readonly PlannedCheck check = ref admission.Checks[i];
            long room = check.Limit - usedBefore[i];
            switch (check.Metric)
            {
                case BudgetMetric.Tokens:
                    fit = Math.Min(fit, room - admission.PromptTokens);
                    break;
                case BudgetMetric.Cost when admission.Price is { } price && price.OutputPerMillion > 0:
                    decimal nanosPerOutputToken = price.OutputPerMillion * 1000m;
                    long promptCost = BudgetAmounts.ToNanoUsd(price.Cost(admission.PromptTokens, 0, 0));
                    fit = Math.Min(fit, (long)decimal.Floor(Math.Max(-1, room - promptCost) / nanosPerOutputToken));
                    break;
                case BudgetMetric.Requests or BudgetMetric.Concurrent when room < 1:
                    return -1;
                default:
                    break;
            }
        }

        return fit;
    }

    private static BudgetExceededException Exceeded(in PlannedCheck check, long used, DateTimeOffset now, int? fittingMaxOutputTokens)
    {
        TimeSpan? retryAfter = check.Bucket is { } bucket && check.Amount <= check.Limit ? bucket.End - now : null;
        return new BudgetExceededException(
            check.Scope,
            CompiledLimit.MetricName(check.Metric),
            check.WindowLabel,
            ToUnits(check.Metric, check.Limit),
            ToUnits(check.Metric, used),
            ToUnits(check.Metric, check.Amount),
            retryAfter,
            fittingMaxOutputTokens);
    }
}
