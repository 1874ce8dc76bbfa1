using Governance.AI.Budgets;
using Governance.AI.Pricing;
using Governance.AI.Telemetry;
using Microsoft.Extensions.AI;

namespace Governance.AI.Embeddings;

/// <content>Settlement: what a call is charged (served, failed, cancelled), refunds, and the remaining-budget report.</content>
public sealed partial class BudgetEmbeddingGenerator
{
    /// <summary>Closes the reservation of a failed or cancelled call the way the chat policy does.</summary>
    private async ValueTask SettleFailureAsync(Admission admission, Exception failure)
    {
        IReadOnlyList<ProviderCharge> charges = ProviderCharge.Of(failure);
        if (charges.Count > 0)
        {
            await SettleAsync(admission, 0, null, charges, null).ConfigureAwait(false);
        }
        else if (failure is GovernanceException || admission.Budget.Options.RefundFailedCalls)
        {
            // A governance policy stopped the call before any provider billed it, or the deployment chose refunds.
            if (admission.ReservationId is { } id)
            {
                await _store.RefundAsync(id, CancellationToken.None).ConfigureAwait(false);
            }
        }
        else
        {
            // The provider had the input and may have billed it.
            await SettleAsync(admission, admission.InputTokens, null, charges, null).ConfigureAwait(false);
        }
    }

    /// <summary>Settles the reservation with the input tokens charged (plus any provider charges) and reports what remains.</summary>
    private async ValueTask SettleAsync(Admission admission, long inputTokens, string? servedModel, IReadOnlyList<ProviderCharge> extra, AdditionalPropertiesDictionary? report)
    {
        CompiledBudget budget = admission.Budget;
        ModelPrice? price = servedModel is not null && budget.Prices.TryGetPrice(servedModel, out ModelPrice? servedPrice) ? servedPrice : admission.Price;
        decimal? cost = price?.Cost(inputTokens, 0, 0);
        long tokens = inputTokens;
        budget.AddExtraCharges(extra, price, ref tokens, ref cost);

        List<Counter> counters = admission.Counters;
        long[]? finals = null;
        if (admission.ReservationId is { } id)
        {
            finals = new long[counters.Count];
            var adjustments = new List<BudgetAdjustment>(counters.Count);
            for (int i = 0; i < counters.Count; i++)
            {
                Counter counter = counters[i];
                finals[i] = counter.Metric switch
                {
                    BudgetMetric.Tokens => tokens,
                    BudgetMetric.Cost => BudgetAmounts.ToNanoUsd(cost ?? 0),
                    BudgetMetric.Concurrent => 0,
                    _ => counter.Amount,
                };
                if (finals[i] != counter.Amount)
                {
                    adjustments.Add(new BudgetAdjustment(counter.Key, counter.Bucket?.Id ?? 0, finals[i] - counter.Amount));
                }
            }

            await _store.SettleAsync(new BudgetSettlement(id, adjustments), CancellationToken.None).ConfigureAwait(false);
        }

        if (report is null)
        {
            return;
        }

        report[BudgetProperties.ChargedTokens] = tokens;
        if (cost is { } usd)
        {
            report[GovernanceProperties.CostUsd] = usd;
        }

        if (admission.WouldBlock is { } wouldBlock)
        {
            report[BudgetProperties.WouldBlock] = wouldBlock;
        }

        if (finals is not null)
        {
            ReportRemaining(admission, finals, report);
        }
    }

    /// <summary>Writes the least remaining token, request and cost budgets, and reports each windowed limit's least remaining to telemetry.</summary>
    private void ReportRemaining(Admission admission, long[] finals, AdditionalPropertiesDictionary report)
    {
        List<Counter> counters = admission.Counters;
        var least = new RemainingBudget();
        var remaining = new long[counters.Count];
        for (int i = 0; i < counters.Count; i++)
        {
            Counter counter = counters[i];
            remaining[i] = Math.Max(0, counter.Limit - (admission.UsedBefore[i] + finals[i]));
            least.Add(counter.Metric, remaining[i], counter.Bucket is { } bucket ? bucket.End - admission.Now : TimeSpan.Zero);
        }

        least.WriteTo(report);

        if (!_telemetry.Remaining.Enabled)
        {
            return;
        }

        for (int i = 0; i < counters.Count; i++)
        {
            int first = FirstOfScopeAndMetric(counters, i);
            if (counters[i].Bucket is not null && first != i)
            {
                remaining[first] = Math.Min(remaining[first], remaining[i]);
            }
        }

        for (int i = 0; i < counters.Count; i++)
        {
            if (counters[i].Bucket is not null && FirstOfScopeAndMetric(counters, i) == i)
            {
                _telemetry.RecordRemaining(counters[i].Scope, CompiledLimit.MetricName(counters[i].Metric), ToUnits(counters[i].Metric, remaining[i]));
            }
        }
    }

    private static int FirstOfScopeAndMetric(List<Counter> counters, int index)
    {
        Counter counter = counters[index];
        for (int j = 0; j < index; j++)
        {
            if (counters[j].Metric == counter.Metric && counters[j].ScopeSpan.SequenceEqual(counter.ScopeSpan))
            {
                return j;
            }
        }

        return index;
    }
}
