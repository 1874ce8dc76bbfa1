using System.Collections.Concurrent;
using System.Diagnostics;
using Governance.AI.Pricing;
using Governance.AI.Telemetry;
using Governance.AI.Tokenization;
using Microsoft.Extensions.AI;

namespace Governance.AI.Budgets;

/// <content>Admission: per-request limits, the all-or-nothing reservation, rejections, unpriced models, soft thresholds and the downgrade hint.</content>
public sealed partial class BudgetChatClient
{
    private static void AddChecks(List<PlannedCheck> checks, CompiledLimit rule, CallerContext caller, string? model, CompiledBudget budget, DateTimeOffset now)
    {
        string[] keys = rule.CounterKeys(caller, model);
        for (int i = 0; i < keys.Length; i++)
        {
            CompiledAmountLimit amount = rule.Amounts[i];
            string key = keys[i];
            PlannedCheck? existing = null;
            foreach (PlannedCheck check in checks)
            {
                if (string.Equals(key, check.CounterKey, StringComparison.Ordinal))
                {
                    existing = check;
                    break;
                }
            }

            if (existing is not null)
            {
                // Two rules count the same counter: the stricter limit decides.
                existing.Limit = Math.Min(existing.Limit, amount.Limit);
                continue;
            }

            bool windowed = amount.Metric != BudgetMetric.Concurrent;
            checks.Add(new PlannedCheck(
                amount.Metric,
                windowed ? rule.WindowLabel : null,
                windowed ? budget.Calendar.Bucket(rule.Window, now) : null,
                key,
                amount.Limit));
        }
    }

    private static long ReservedAmount(BudgetMetric metric, long promptTokens, int allowance, ModelPrice? price) => metric switch
    {
        BudgetMetric.Tokens => promptTokens + allowance,
        BudgetMetric.Cost => price is null ? 0 : BudgetAmounts.ToNanoUsd(price.Cost(promptTokens, 0, allowance)),
        _ => 1,
    };

    /// <summary>The largest output allowance that fits every token and cost counter, or -1 if a count or concurrency limit failed.</summary>
    private static long FittingAllowance(Admission admission, IReadOnlyList<long> usedBefore)
    {
        long fit = long.MaxValue;
        for (int i = 0; i < admission.Checks.Count; i++)
        {
            PlannedCheck check = admission.Checks[i];
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

    private static BudgetExceededException Exceeded(PlannedCheck check, long used, DateTimeOffset now, int? fittingMaxOutputTokens)
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

    /// <summary>
    /// Applies <see cref="BudgetOptions.UnpricedModels"/> to a request under a cost limit whose model has no price;
    /// returns the price to charge it at (the fallback price, or <see langword="null"/> to count no cost).
    /// </summary>
    private ModelPrice? Unpriced(CompiledBudget budget, string? model, PlannedCheck costCheck)
    {
        UnpricedModelAction action = budget.Options.UnpricedModels;
        _telemetry.UnpricedModels.Add(
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
            throw new ModelNotPricedException(model, costCheck.Scope);
        }

        return budget.FallbackPrice;
    }

    private static string Describe(BudgetExceededException exception) =>
        exception.Window is null
            ? exception.Scope + " " + exception.LimitName
            : exception.Scope + " " + exception.LimitName + " per " + exception.Window;

    /// <summary>Reports a blocked (or, in monitor mode, would-be-blocked) request; throws in enforce mode.</summary>
    private void Violate(CompiledBudget budget, BudgetExceededException exception, ref string? wouldBlock)
    {
        string mode = budget.Enforce ? "enforce" : "monitor";
        _telemetry.Rejections.Add(
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

        wouldBlock ??= Describe(exception);
    }

    /// <summary>Checks the per-request limits and reserves on every counter; <see langword="null"/> when no rule applies.</summary>
    private async ValueTask<Admission?> AdmitAsync(IEnumerable<ChatMessage> messages, ChatOptions? options, CancellationToken cancellationToken)
    {
        CompiledBudget budget = Current();
        CallerContext caller = _callers.Resolve(options, GovernancePolicyNames.Budget, budget.Options.RequireTenant);
        string? model = options?.ModelId ?? DefaultModelId;
        if (!budget.AnyLimitMatches(caller, model))
        {
            return null;
        }

        ITokenCounter counter = _tokenCounters.GetCounter(model);
        long promptTokens = counter.CountTokens(messages, options);
        int? requestedOutput = options?.MaxOutputTokens;
        int allowance = Math.Max(0, requestedOutput ?? budget.Options.DefaultOutputAllowance);
        DateTimeOffset now = _timeProvider.GetUtcNow();
        string? wouldBlock = null;
        bool outputBounded = false;

        // Per-request sizes first: they need no counter.
        foreach (CompiledLimit rule in budget.Limits)
        {
            if (!rule.Matches(caller, model))
            {
                continue;
            }

            if (rule.MaxPromptTokens is { } maxPrompt && promptTokens > maxPrompt)
            {
                Violate(budget, new BudgetExceededException(
                    rule.ScopeName(caller, model), "prompt_tokens", null, maxPrompt, 0, promptTokens, null, GovernanceReasonCodes.RequestTooLarge), ref wouldBlock);
            }

            if (rule.MaxOutputTokens is { } maxOutput)
            {
                outputBounded = true;
                if (allowance > maxOutput)
                {
                    if (requestedOutput is null || budget.Options.ClampMaxOutputTokens)
                    {
                        allowance = maxOutput;
                    }
                    else
                    {
                        Violate(budget, new BudgetExceededException(
                            rule.ScopeName(caller, model), "output_tokens", null, maxOutput, 0, allowance, null, GovernanceReasonCodes.RequestTooLarge), ref wouldBlock);
                    }
                }
            }
        }

        var checks = new List<PlannedCheck>();
        foreach (CompiledLimit rule in budget.Limits)
        {
            if (rule.Amounts.Length > 0 && rule.Matches(caller, model))
            {
                AddChecks(checks, rule, caller, model, budget, now);
            }
        }

        ModelPrice? price = budget.Prices.TryGetPrice(model, out ModelPrice? found) ? found : null;
        PlannedCheck? costCheck = null;
        foreach (PlannedCheck check in checks)
        {
            outputBounded |= check.Metric is BudgetMetric.Tokens or BudgetMetric.Cost;
            costCheck ??= check.Metric == BudgetMetric.Cost ? check : null;
        }

        if (price is null && costCheck is not null)
        {
            price = Unpriced(budget, model, costCheck);
        }

        var admission = new Admission(budget, model, counter, checks, promptTokens, price, now) { OutputBounded = outputBounded };
        bool preferCheaper = false;
        if (checks.Count > 0)
        {
            BudgetReservationResult result;
            for (int attempt = 1; ; attempt++)
            {
                var storeChecks = new BudgetCheck[checks.Count];
                for (int i = 0; i < storeChecks.Length; i++)
                {
                    PlannedCheck check = checks[i];
                    check.Amount = ReservedAmount(check.Metric, promptTokens, allowance, price);
                    storeChecks[i] = new BudgetCheck(check.CounterKey, check.Bucket?.Id ?? 0, check.Bucket?.End, check.Limit, check.Amount);
                }

                result = await _store.ReserveAsync(new BudgetReservationRequest(storeChecks, budget.Enforce, now, budget.Options.ReservationLease), cancellationToken)
                    .ConfigureAwait(false);
                if (result.AllFit)
                {
                    break;
                }

                PlannedCheck failed = checks[result.FailedCheck];
                if (budget.Enforce && budget.Options.ClampMaxOutputTokens && attempt < MaxClampAttempts && failed.Metric is BudgetMetric.Tokens or BudgetMetric.Cost)
                {
                    long fit = FittingAllowance(admission, result.UsedBefore);
                    if (fit >= budget.Options.MinClampedOutputTokens && fit < allowance)
                    {
                        allowance = (int)fit;
                        continue;
                    }
                }

                long fitting = failed.Metric is BudgetMetric.Tokens or BudgetMetric.Cost ? FittingAllowance(admission, result.UsedBefore) : -1;
                Violate(budget, Exceeded(failed, result.UsedBefore[result.FailedCheck], now, fitting >= 1 && fitting < allowance ? (int)fitting : null), ref wouldBlock);
                break;
            }

            admission.ReservationId = result.ReservationId;
            admission.UsedBefore = result.UsedBefore;

            // Scope strings are cut from the counter keys only while a listener is attached.
            if (result.Applied && _telemetry.Reservations.Enabled)
            {
                ReportReservation(admission.Checks);
            }

            try
            {
                preferCheaper = AfterReservation(admission);
            }
            catch
            {
                // A throwing threshold callback must not leak the reservation.
                await RefundAsync(admission).ConfigureAwait(false);
                throw;
            }
        }

        admission.OutputAllowance = allowance;
        admission.WouldBlock = wouldBlock;
        bool setMaxOutput = outputBounded && allowance != requestedOutput && (requestedOutput is not null || budget.Options.ApplyOutputAllowance);
        if (setMaxOutput || preferCheaper)
        {
            // The copy's dictionary is its own; the router or the provider boundary removes the keys from it in place.
            ChatOptions send = PipelineChatOptions.CopyFor(options, InnerClient);
            if (setMaxOutput)
            {
                send.MaxOutputTokens = allowance;
            }

            if (preferCheaper)
            {
                (send.AdditionalProperties ??= [])[GovernanceProperties.PreferCheaperModel] = true;
            }

            admission.SendOptions = send;
        }
        else
        {
            admission.SendOptions = options;
        }

        return admission;
    }

    /// <summary>Raises soft-threshold events and decides the downgrade, from the counters after the reservation.</summary>
    private bool AfterReservation(Admission admission)
    {
        CompiledBudget budget = admission.Budget;
        double[] thresholds = budget.Thresholds;
        double? downgradeBelow = budget.Options.DowngradeBelowRemainingFraction;
        bool preferCheaper = false;
        for (int i = 0; i < admission.Checks.Count; i++)
        {
            PlannedCheck check = admission.Checks[i];
            if (check.Bucket is not { } bucket)
            {
                continue;
            }

            long before = admission.UsedBefore[i];
            long after = before + check.Amount;
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

    private void RaiseThreshold(CompiledBudget budget, PlannedCheck check, BudgetBucket bucket, double threshold, long used)
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
        _telemetry.ThresholdCrossings.Add(
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
}
