using System.Collections.Concurrent;
using System.Diagnostics;
using Governance.AI.Pricing;

namespace Governance.AI.Budgets;

/// <content>What admission reports: rejections (or, in monitor mode, what would have been blocked), unpriced models, soft thresholds and the downgrade hint.</content>
internal sealed partial class BudgetLedger
{
    private const int ThresholdMemory = 4096;

    private readonly ConcurrentDictionary<ThresholdKey, long> _thresholdsRaised = new();

    /// <summary>
    /// Applies <see cref="BudgetOptions.UnpricedModels"/> to a request under a cost limit whose model has no price;
    /// returns the price to charge it at (the fallback price, or <see langword="null"/> to count no cost).
    /// </summary>
    private ModelPrice? Unpriced(CompiledBudget budget, string? model, string costScope)
    {
        UnpricedModelAction action = budget.Options.UnpricedModels;
        Telemetry.UnpricedModels.Add(
            1,
            new KeyValuePair<string, object?>("governance.budget.unpriced_action", action switch
            {
                UnpricedModelAction.Deny => "deny",
                UnpricedModelAction.ChargeFallbackPrice => "fallback_price",
                _ => "ignore",
            }),
            new KeyValuePair<string, object?>("governance.budget.mode", budget.Enforce ? "enforce" : "monitor"));
        if (action == UnpricedModelAction.Deny && budget.Enforce)
        {
            throw new ModelNotPricedException(model, costScope);
        }

        return budget.FallbackPrice;
    }

    /// <summary>Reports a blocked (or, in monitor mode, would-be-blocked) request; throws in enforce mode.</summary>
    private void Violate(CompiledBudget budget, BudgetExceededException exception, ref string? wouldBlock)
    {
        string mode = budget.Enforce ? "enforce" : "monitor";
        Telemetry.Rejections.Add(
            1,
            new KeyValuePair<string, object?>("governance.budget.limit", exception.LimitName),
            new KeyValuePair<string, object?>("governance.budget.window", exception.Window),
            new KeyValuePair<string, object?>("governance.budget.mode", mode));
        Activity.Current?.AddEvent(new ActivityEvent("governance.budget.limit_exceeded", tags: new ActivityTagsCollection
        {
            ["governance.budget.limit"] = exception.LimitName,
            ["governance.budget.window"] = exception.Window,
            ["governance.budget.reason"] = exception.ReasonCode,
            ["governance.budget.mode"] = mode,
        }));
        budget.Options.OnLimitExceeded?.Invoke(exception);
        if (budget.Enforce)
        {
            throw exception;
        }

        wouldBlock ??= exception.Window is null
            ? exception.Scope + " " + exception.LimitName
            : exception.Scope + " " + exception.LimitName + " per " + exception.Window;
    }

    /// <summary>
    /// Raises soft-threshold events and decides the downgrade, from the counters after the reservation — with what the
    /// request needs by the count when the prompt was counted after reserving <paramref name="reservedPrompt"/>.
    /// </summary>
    private bool AfterReservation(BudgetAdmission admission, int allowance, long reservedPrompt)
    {
        CompiledBudget budget = admission.Budget;
        double[] thresholds = budget.Thresholds;
        double? downgradeBelow = budget.Options.DowngradeBelowRemainingFraction;
        bool preferCheaper = false;
        for (int i = 0; i < admission.Checks.Length; i++)
        {
            ref readonly PlannedCheck check = ref admission.Checks[i];
            if (check.Bucket is not { } bucket)
            {
                continue;
            }

            long before = admission.UsedBefore[i];
            long needed = admission.PromptTokens == reservedPrompt ? check.Amount : ReservedAmount(check.Metric, admission.PromptTokens, allowance, admission.Price);
            long after = before + needed;
            double limit = check.Limit;
            if (downgradeBelow is { } fraction && check.Limit - after < fraction * limit)
            {
                preferCheaper = true;
            }

            for (int t = 0; t < thresholds.Length; t++)
            {
                double level = thresholds[t] * limit;
                if (before < level && after >= level && _thresholdsRaised.TryAdd(new ThresholdKey(check.CounterKey, bucket.Id, t), bucket.End.UtcTicks))
                {
                    RaiseThreshold(budget, check, bucket, thresholds[t], after);
                }
            }
        }

        return preferCheaper;
    }

    /// <summary>
    /// Whether a soft threshold or the downgrade line lies within the reach of the prompt's bound: then the exact count
    /// decides (and callbacks report it). Below the bound no threshold not yet raised is crossed and the downgrade is
    /// decided either way (it holds even with no prompt at all, or fails even with the bound), so the count cannot
    /// change anything.
    /// </summary>
    private bool BoundDecides(BudgetAdmission admission, int allowance)
    {
        CompiledBudget budget = admission.Budget;
        double[] thresholds = budget.Thresholds;
        double? downgradeBelow = budget.Options.DowngradeBelowRemainingFraction;
        for (int i = 0; i < admission.Checks.Length; i++)
        {
            ref readonly PlannedCheck check = ref admission.Checks[i];
            if (check.Bucket is not { } bucket || check.Metric is not (BudgetMetric.Tokens or BudgetMetric.Cost))
            {
                continue;
            }

            long before = admission.UsedBefore[i];
            long afterBound = before + check.Amount;
            double limit = check.Limit;
            if (downgradeBelow is { } fraction && check.Limit - afterBound < fraction * limit &&
                check.Limit - (before + ReservedAmount(check.Metric, 0, allowance, admission.Price)) >= fraction * limit)
            {
                return true;
            }

            for (int t = 0; t < thresholds.Length; t++)
            {
                double level = thresholds[t] * limit;
                if (before < level && afterBound >= level && !_thresholdsRaised.ContainsKey(new ThresholdKey(check.CounterKey, bucket.Id, t)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void RaiseThreshold(CompiledBudget budget, in PlannedCheck check, BudgetBucket bucket, double threshold, long used)
    {
        if (_thresholdsRaised.Count > ThresholdMemory)
        {
            long now = _timeProvider.GetUtcNow().UtcTicks;
            foreach (KeyValuePair<ThresholdKey, long> raised in _thresholdsRaised)
            {
                if (raised.Value <= now)
                {
                    _thresholdsRaised.TryRemove(raised);
                }
            }
        }

        string limitName = CompiledLimit.MetricName(check.Metric);
        Telemetry.ThresholdCrossings.Add(
            1,
            new KeyValuePair<string, object?>("governance.budget.limit", limitName),
            new KeyValuePair<string, object?>("governance.budget.window", check.WindowLabel),
            new KeyValuePair<string, object?>("governance.budget.threshold", threshold));
        Activity.Current?.AddEvent(new ActivityEvent("governance.budget.threshold_reached", tags: new ActivityTagsCollection
        {
            ["governance.budget.limit"] = limitName,
            ["governance.budget.window"] = check.WindowLabel,
            ["governance.budget.threshold"] = threshold,
        }));
        budget.Options.OnThresholdReached?.Invoke(new BudgetThresholdReached(
            check.Scope, limitName, check.WindowLabel!, threshold, ToUnits(check.Metric, check.Limit), ToUnits(check.Metric, used), bucket.Start, bucket.End));
    }

    private readonly record struct ThresholdKey(string CounterKey, long Bucket, int Threshold);
}
