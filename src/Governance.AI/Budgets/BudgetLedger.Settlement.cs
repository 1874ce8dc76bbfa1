using Governance.AI.Pricing;
using Governance.AI.Telemetry;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Governance.AI.Budgets;

/// <content>Settlement: what a call is charged (served, failed, cancelled, hedged), refunds, and the remaining-budget report.</content>
internal sealed partial class BudgetLedger
{
    /// <summary>Lets an estimating counter learn from the provider's input count for the prompt it estimated.</summary>
    public void Calibrate(BudgetAdmission admission, long? reportedInputTokens)
    {
        if (!admission.Counter.IsExact && reportedInputTokens is { } reported && reported <= int.MaxValue && admission.PromptTokens <= int.MaxValue)
        {
            TokenCounters.Calibrate(admission.Model, (int)admission.PromptTokens, (int)reported);
        }
    }

    /// <summary>
    /// Closes a reservation by giving back everything it reserved. Best effort: a store that fails here must not hide
    /// the error that made the call refund, so it is logged and the lease frees the reservation.
    /// </summary>
    public ValueTask RefundAsync(BudgetAdmission admission) => admission.ReservationId is { } id ? ReleaseAsync(id) : default;

    /// <summary>
    /// Closes the reservation of a call that failed, was cancelled or was abandoned: charges what the provider reported
    /// (usage in the stream, <see cref="ProviderCharge"/>s on the failure), else what the caller received of a stream,
    /// else the prompt and the request — unless no provider saw the call or <see cref="BudgetOptions.RefundFailedCalls"/>
    /// asks for a refund.
    /// </summary>
    /// <param name="admission">The admission.</param>
    /// <param name="failure">The failure, or <see langword="null"/> when the caller stopped enumerating a stream.</param>
    /// <param name="streamUsage">Usage the stream reported before it stopped, if any.</param>
    /// <param name="receivedOutputTokens">The output tokens the caller received of a stream.</param>
    /// <param name="modelId">The model the stream reported, if any.</param>
    public async ValueTask SettleFailureAsync(BudgetAdmission admission, Exception? failure, UsageDetails? streamUsage = null, long receivedOutputTokens = 0, string? modelId = null)
    {
        IReadOnlyList<ProviderCharge> charges = failure is null ? [] : ProviderCharge.Of(failure);
        if (streamUsage is not null)
        {
            Calibrate(admission, streamUsage.InputTokenCount);
            var reported = new BudgetCharge(
                streamUsage.InputTokenCount ?? admission.CountPromptExactly(),
                streamUsage.CachedInputTokenCount ?? 0,
                Math.Max(streamUsage.OutputTokenCount ?? 0, receivedOutputTokens),
                modelId);
            await SettleAsync(admission, reported, charges, null).ConfigureAwait(false);
        }
        else if (receivedOutputTokens > 0)
        {
            await SettleAsync(admission, new BudgetCharge(admission.CountPromptExactly(), 0, receivedOutputTokens, modelId), charges, null).ConfigureAwait(false);
        }
        else if (charges.Count > 0)
        {
            await SettleAsync(admission, default, charges, null).ConfigureAwait(false);
        }
        else if (failure is GovernanceException || admission.Budget.Options.RefundFailedCalls)
        {
            // A governance policy stopped the call before any provider billed it, or the deployment chose refunds.
            await RefundAsync(admission).ConfigureAwait(false);
        }
        else
        {
            // The provider had the prompt and may have billed it.
            await SettleAsync(admission, new BudgetCharge(admission.CountPromptExactly(), 0, 0, modelId), charges, null).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Settles the reservation with the actual usage — the answer's own, priced at the model that served it, plus any
    /// extra charges (hedge losers, failed-over attempts), each at its own model's price — and reports the remaining
    /// budgets and the cost.
    /// </summary>
    /// <param name="admission">The admission.</param>
    /// <param name="served">The usage of the answer.</param>
    /// <param name="extra">The charges of other provider calls the request made.</param>
    /// <param name="report">The response's properties to write the charge and the remaining budgets to, if any.</param>
    /// <remarks>
    /// With a store that settles synchronously (the in-memory one) the settlement runs to its end on the spot,
    /// without an async state machine; every failure still comes back through the returned task.
    /// </remarks>
    public ValueTask SettleAsync(BudgetAdmission admission, BudgetCharge served, IReadOnlyList<ProviderCharge> extra, AdditionalPropertiesDictionary? report)
    {
        try
        {
            CompiledBudget budget = admission.Budget;
            ModelPrice? price = PriceServedAt(admission, served.Model);
            decimal? cost = price?.Cost(served.Input, served.CachedInput, served.Output);
            long tokens = served.Input + served.Output;
            budget.AddExtraCharges(extra, price, ref tokens, ref cost);
            long costNanos = BudgetAmounts.ToNanoUsd(cost ?? 0);
            if (admission.ReservationId is not { } id)
            {
                Report(admission, tokens, costNanos, cost, report, settled: false);
                return default;
            }

            ValueTask<bool> settling;
            try
            {
                settling = _store.SettleAsync(new BudgetSettlement(id, Adjustments(admission.Checks, tokens, costNanos)), CancellationToken.None);
            }
            catch (Exception storeFailure)
            {
                settling = ValueTask.FromException<bool>(storeFailure);
            }

            if (!settling.IsCompletedSuccessfully)
            {
                return ReportAfterAsync(settling, admission, tokens, costNanos, cost, report);
            }

            _ = settling.Result;
            Report(admission, tokens, costNanos, cost, report, settled: true);
            return default;
        }
        catch (Exception ex)
        {
            return ValueTask.FromException(ex);
        }
    }

    /// <summary>
    /// The price of the model that served, else the admission's. The admission looked the model asked for up already:
    /// when the same model served, its answer (a price, or none and then the admission's fallback) is the same.
    /// </summary>
    private static ModelPrice? PriceServedAt(BudgetAdmission admission, string? servedModel)
    {
        if (servedModel is null || string.Equals(servedModel, admission.Model, StringComparison.Ordinal))
        {
            return admission.Price;
        }

        return admission.Budget.Prices.TryGetPrice(servedModel, out ModelPrice? servedPrice) ? servedPrice : admission.Price;
    }

    /// <summary>
    /// Awaits the store's settlement and reports. A store that fails to settle must not cost the caller an answer the
    /// provider already produced and billed: the failure is logged, the charge still goes on the response (so the
    /// telemetry policy's usage record carries it), and the reservation is given back if the store allows it —
    /// which is what its lease expiry would do later, only sooner, so the concurrency slot is freed now.
    /// </summary>
    private async ValueTask ReportAfterAsync(ValueTask<bool> settling, BudgetAdmission admission, long tokens, long costNanos, decimal? cost, AdditionalPropertiesDictionary? report)
    {
        try
        {
            await settling.ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            string id = admission.ReservationId!;
            BudgetLog.SettleFailed(Logger, ex, id, ex.GetType().Name, tokens, cost ?? 0);
            admission.ReservationId = null;
            Report(admission, tokens, costNanos, cost, report, settled: false);
            await ReleaseAsync(id).ConfigureAwait(false);
            return;
        }

        Report(admission, tokens, costNanos, cost, report, settled: true);
    }

    /// <summary>Gives a reservation back, best effort: a store that fails here leaves it to the lease.</summary>
    private async ValueTask ReleaseAsync(string reservationId)
    {
        try
        {
            await _store.RefundAsync(reservationId, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            BudgetLog.ReleaseFailed(Logger, reservationId, ex.GetType().Name);
        }
    }

    /// <summary>The store's changes to the reserved amounts: one per counter whose final amount differs from what it holds.</summary>
    private static BudgetAdjustment[] Adjustments(PlannedCheck[] checks, long tokens, long costNanos)
    {
        int changed = 0;
        for (int i = 0; i < checks.Length; i++)
        {
            changed += FinalAmount(checks[i], tokens, costNanos) != checks[i].Amount ? 1 : 0;
        }

        BudgetAdjustment[] adjustments = changed == 0 ? [] : new BudgetAdjustment[changed];
        for (int i = 0, j = 0; i < checks.Length && j < changed; i++)
        {
            ref readonly PlannedCheck check = ref checks[i];
            long final = FinalAmount(check, tokens, costNanos);
            if (final != check.Amount)
            {
                adjustments[j++] = new BudgetAdjustment(check.CounterKey, check.Bucket?.Id ?? 0, final - check.Amount);
            }
        }

        return adjustments;
    }

    /// <summary>Reports the remaining budgets to telemetry (when settled) and the charge and remaining budgets on the response.</summary>
    private void Report(BudgetAdmission admission, long tokens, long costNanos, decimal? cost, AdditionalPropertiesDictionary? report, bool settled)
    {
        if (settled && Telemetry.Remaining.Enabled)
        {
            ReportRemaining(admission, tokens, costNanos);
        }

        if (report is null)
        {
            return;
        }

        report[BudgetProperties.ChargedTokens] = tokens;
        if (cost is { } usd)
        {
            // A cost already on the response stays: one lookup, not a look then a write.
            report.TryAdd(GovernanceProperties.CostUsd, usd);
        }

        if (admission.WouldBlock is { } wouldBlock)
        {
            report[BudgetProperties.WouldBlock] = wouldBlock;
        }

        if (!settled)
        {
            return;
        }

        PlannedCheck[] checks = admission.Checks;
        var least = new RemainingBudget();
        for (int i = 0; i < checks.Length; i++)
        {
            ref readonly PlannedCheck check = ref checks[i];
            least.Add(check.Metric, Math.Max(0, Remaining(admission, i, tokens, costNanos)), check.Bucket is { } bucket ? bucket.End - admission.Now : TimeSpan.Zero);
        }

        least.WriteTo(report);
    }

    /// <summary>What a counter holds for the call once settled: the tokens or cost charged, the request, and no concurrency slot.</summary>
    private static long FinalAmount(in PlannedCheck check, long tokens, long costNanos) => check.Metric switch
    {
        BudgetMetric.Tokens => tokens,
        BudgetMetric.Cost => costNanos,
        BudgetMetric.Concurrent => 0,
        _ => check.Amount,
    };

    /// <summary>What is left of a counter's limit after the settlement (negative when the call went over).</summary>
    private static long Remaining(BudgetAdmission admission, int index, long tokens, long costNanos)
    {
        ref readonly PlannedCheck check = ref admission.Checks[index];
        return check.Limit - (admission.UsedBefore[index] + FinalAmount(check, tokens, costNanos));
    }

    /// <summary>
    /// Reports a reservation to telemetry, once per scope and limit: the counters of one limit in several windows
    /// reserve the same amount, which is reserved once from the caller's point of view.
    /// </summary>
    private void ReportReservation(PlannedCheck[] checks)
    {
        for (int i = 0; i < checks.Length; i++)
        {
            ref readonly PlannedCheck check = ref checks[i];
            if (FirstOfScopeAndMetric(checks, i) == i)
            {
                Telemetry.RecordReservation(check.Scope, CompiledLimit.MetricName(check.Metric), ToUnits(check.Metric, check.Amount));
            }
        }
    }

    /// <summary>
    /// Reports what is left of each windowed limit after the settlement, once per scope and limit: the least over the
    /// limit's windows, which is what the next request can use. Concurrency slots are not spent, so they are not reported.
    /// </summary>
    private void ReportRemaining(BudgetAdmission admission, long tokens, long costNanos)
    {
        PlannedCheck[] checks = admission.Checks;
        long[] remaining = new long[checks.Length];
        for (int i = 0; i < checks.Length; i++)
        {
            remaining[i] = Remaining(admission, i, tokens, costNanos);
        }

        for (int i = 0; i < checks.Length; i++)
        {
            if (checks[i].Bucket is null)
            {
                continue;
            }

            int first = FirstOfScopeAndMetric(checks, i);
            if (first != i)
            {
                remaining[first] = Math.Min(remaining[first], remaining[i]);
            }
        }

        for (int i = 0; i < checks.Length; i++)
        {
            ref readonly PlannedCheck check = ref checks[i];
            if (check.Bucket is not null && FirstOfScopeAndMetric(checks, i) == i)
            {
                Telemetry.RecordRemaining(check.Scope, CompiledLimit.MetricName(check.Metric), ToUnits(check.Metric, Math.Max(0, remaining[i])));
            }
        }
    }

    /// <summary>Gets the index of the first check with the same scope and metric as the check at <paramref name="index"/>.</summary>
    private static int FirstOfScopeAndMetric(PlannedCheck[] checks, int index)
    {
        ref readonly PlannedCheck check = ref checks[index];
        for (int j = 0; j < index; j++)
        {
            if (checks[j].Metric == check.Metric && checks[j].ScopeSpan.SequenceEqual(check.ScopeSpan))
            {
                return j;
            }
        }

        return index;
    }
}
