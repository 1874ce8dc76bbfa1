using System.Collections.Concurrent;
using Governance.AI.Pricing;
using Governance.AI.Telemetry;
using Microsoft.Extensions.AI;

namespace Governance.AI.Budgets;

/// <content>Settlement: what a call is charged (served, failed, cancelled, hedged), refunds, and the remaining-budget report.</content>
public sealed partial class BudgetChatClient
{
    /// <summary>Lets an estimating counter learn from the provider's input count for the prompt it estimated.</summary>
    private void Calibrate(Admission admission, UsageDetails? usage)
    {
        if (!admission.Counter.IsExact && usage?.InputTokenCount is { } reported && reported <= int.MaxValue && admission.PromptTokens <= int.MaxValue)
        {
            _tokenCounters.Calibrate(admission.Model, (int)admission.PromptTokens, (int)reported);
        }
    }

    private async ValueTask RefundAsync(Admission admission)
    {
        if (admission.ReservationId is { } id)
        {
            await _store.RefundAsync(id, CancellationToken.None).ConfigureAwait(false);
        }
    }

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
    private async ValueTask SettleFailureAsync(Admission admission, Exception? failure, UsageDetails? streamUsage, long receivedOutputTokens, string? modelId)
    {
        IReadOnlyList<ProviderCharge> charges = failure is null ? [] : ProviderCharge.Of(failure);
        if (streamUsage is not null)
        {
            Calibrate(admission, streamUsage);
            var reported = new Charge(
                streamUsage.InputTokenCount ?? admission.PromptTokens,
                streamUsage.CachedInputTokenCount ?? 0,
                Math.Max(streamUsage.OutputTokenCount ?? 0, receivedOutputTokens),
                modelId);
            await SettleAsync(admission, reported, charges, null).ConfigureAwait(false);
        }
        else if (receivedOutputTokens > 0)
        {
            await SettleAsync(admission, new Charge(admission.PromptTokens, 0, receivedOutputTokens, modelId), charges, null).ConfigureAwait(false);
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
            await SettleAsync(admission, new Charge(admission.PromptTokens, 0, 0, modelId), charges, null).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Settles the reservation with the actual usage — the answer's own, priced at the model that served it, plus any
    /// extra charges (hedge losers, failed-over attempts), each at its own model's price — and reports the remaining
    /// budgets and the cost.
    /// </summary>
    private async ValueTask SettleAsync(Admission admission, Charge served, IReadOnlyList<ProviderCharge> extra, AdditionalPropertiesDictionary? report)
    {
        CompiledBudget budget = admission.Budget;
        ModelPrice? price = served.Model is not null && budget.Prices.TryGetPrice(served.Model, out ModelPrice? servedPrice) ? servedPrice : admission.Price;
        decimal? cost = price?.Cost(served.Input, served.CachedInput, served.Output);
        long tokens = served.Input + served.Output;
        budget.AddExtraCharges(extra, price, ref tokens, ref cost);

        IReadOnlyList<PlannedCheck> checks = admission.Checks;
        long[]? finals = null;
        if (admission.ReservationId is { } id)
        {
            finals = new long[checks.Count];
            int changed = 0;
            for (int i = 0; i < checks.Count; i++)
            {
                PlannedCheck check = checks[i];
                finals[i] = check.Metric switch
                {
                    BudgetMetric.Tokens => tokens,
                    BudgetMetric.Cost => BudgetAmounts.ToNanoUsd(cost ?? 0),
                    BudgetMetric.Concurrent => 0,
                    _ => check.Amount,
                };
                changed += finals[i] != check.Amount ? 1 : 0;
            }

            var adjustments = new BudgetAdjustment[changed];
            for (int i = 0, j = 0; i < checks.Count; i++)
            {
                PlannedCheck check = checks[i];
                if (finals[i] != check.Amount)
                {
                    adjustments[j++] = new BudgetAdjustment(check.CounterKey, check.Bucket?.Id ?? 0, finals[i] - check.Amount);
                }
            }

            await _store.SettleAsync(new BudgetSettlement(id, adjustments), CancellationToken.None).ConfigureAwait(false);
            if (_telemetry.Remaining.Enabled)
            {
                ReportRemaining(admission, finals);
            }
        }

        if (report is null)
        {
            return;
        }

        report[BudgetProperties.ChargedTokens] = tokens;
        if (cost is { } usd && !report.ContainsKey(GovernanceProperties.CostUsd))
        {
            report[GovernanceProperties.CostUsd] = usd;
        }

        if (admission.WouldBlock is { } wouldBlock)
        {
            report[BudgetProperties.WouldBlock] = wouldBlock;
        }

        if (finals is null)
        {
            return;
        }

        var least = new RemainingBudget();
        for (int i = 0; i < checks.Count; i++)
        {
            PlannedCheck check = checks[i];
            long remaining = Math.Max(0, check.Limit - (admission.UsedBefore[i] + finals[i]));
            least.Add(check.Metric, remaining, check.Bucket is { } bucket ? bucket.End - admission.Now : TimeSpan.Zero);
        }

        least.WriteTo(report);
    }

    /// <summary>
    /// Reports a reservation to telemetry, once per scope and limit: the counters of one limit in several windows
    /// reserve the same amount, which is reserved once from the caller's point of view.
    /// </summary>
    private void ReportReservation(IReadOnlyList<PlannedCheck> checks)
    {
        for (int i = 0; i < checks.Count; i++)
        {
            PlannedCheck check = checks[i];
            if (FirstOfScopeAndMetric(checks, i) == i)
            {
                _telemetry.RecordReservation(check.Scope, CompiledLimit.MetricName(check.Metric), ToUnits(check.Metric, check.Amount));
            }
        }
    }

    /// <summary>
    /// Reports what is left of each windowed limit after the settlement, once per scope and limit: the least over the
    /// limit's windows, which is what the next request can use. Concurrency slots are not spent, so they are not reported.
    /// </summary>
    private void ReportRemaining(Admission admission, long[] finals)
    {
        IReadOnlyList<PlannedCheck> checks = admission.Checks;
        long[] remaining = new long[checks.Count];
        for (int i = 0; i < checks.Count; i++)
        {
            remaining[i] = checks[i].Limit - (admission.UsedBefore[i] + finals[i]);
        }

        for (int i = 0; i < checks.Count; i++)
        {
            PlannedCheck check = checks[i];
            if (check.Bucket is null)
            {
                continue;
            }

            int first = FirstOfScopeAndMetric(checks, i);
            if (first != i)
            {
                remaining[first] = Math.Min(remaining[first], remaining[i]);
            }
        }

        for (int i = 0; i < checks.Count; i++)
        {
            PlannedCheck check = checks[i];
            if (check.Bucket is not null && FirstOfScopeAndMetric(checks, i) == i)
            {
                _telemetry.RecordRemaining(check.Scope, CompiledLimit.MetricName(check.Metric), ToUnits(check.Metric, Math.Max(0, remaining[i])));
            }
        }
    }

    /// <summary>Gets the index of the first check with the same scope and metric as the check at <paramref name="index"/>.</summary>
    private static int FirstOfScopeAndMetric(IReadOnlyList<PlannedCheck> checks, int index)
    {
        PlannedCheck check = checks[index];
        for (int j = 0; j < index; j++)
        {
            if (checks[j].Metric == check.Metric && checks[j].ScopeSpan.SequenceEqual(check.ScopeSpan))
            {
                return j;
            }
        }

        return index;
    }

    /// <summary>Usage to charge: input (cached part included), cached input and output tokens, and the model that did the work.</summary>
    private readonly record struct Charge(long Input, long CachedInput, long Output, string? Model);
}
