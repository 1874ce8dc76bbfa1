using System.Runtime.ExceptionServices;
using Governance.AI.Pricing;
using Governance.AI.Tokenization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Governance.AI.Budgets;

/// <summary>
/// The admission and settlement of the budget policies for chat (<see cref="BudgetChatClient"/>) and embeddings
/// (<see cref="Embeddings.BudgetEmbeddingGenerator"/>): per-request limits, the all-or-nothing reservation per
/// matching limit and scope, rejections (or, in monitor mode, reports), unpriced models, soft thresholds, the
/// downgrade hint, and the settlement of what a call is charged. One per policy instance.
/// </summary>
internal sealed partial class BudgetLedger
{
    private const int MaxClampAttempts = 3;

    private readonly IPolicyOptionsSource<BudgetOptions> _options;
    private readonly IBudgetStore _store;
    private readonly TimeProvider _timeProvider;
    private CompiledBudget? _compiled;

    private BudgetLedger(IPolicyOptionsSource<BudgetOptions> options, ITokenCounterProvider tokenCounters, IBudgetStore store, TimeProvider timeProvider)
    {
        _options = options;
        TokenCounters = tokenCounters;
        _store = store;
        _timeProvider = timeProvider;
    }

    /// <summary>Creates a ledger with the policies' defaults for what is not given.</summary>
    /// <param name="options">The source of the current, validated options.</param>
    /// <param name="tokenCounters">Gives the token counter of each model; a new <see cref="TokenCounterProvider"/> by default.</param>
    /// <param name="store">The counters; a new <see cref="InMemoryBudgetStore"/> by default.</param>
    /// <param name="timeProvider">The clock windows are computed with; the system clock by default.</param>
    public static BudgetLedger Create(IPolicyOptionsSource<BudgetOptions> options, ITokenCounterProvider? tokenCounters, IBudgetStore? store, TimeProvider? timeProvider)
    {
        TimeProvider clock = timeProvider ?? TimeProvider.System;
        return new BudgetLedger(options, tokenCounters ?? new TokenCounterProvider(), store ?? new InMemoryBudgetStore(clock), clock);
    }

    /// <summary>Gets the token counter of each model.</summary>
    public ITokenCounterProvider TokenCounters { get; }

    /// <summary>Gets or sets the logger of store failures the policy absorbs; no logging by default.</summary>
    public ILogger Logger { get; set; } = NullLogger.Instance;

    /// <summary>Gets or sets the instruments the ledger reports on.</summary>
    public BudgetTelemetry Telemetry { get; set; } = BudgetTelemetry.Shared;

    /// <summary>Gets the current options, compiled (again only when they changed).</summary>
    public CompiledBudget Current()
    {
        BudgetOptions options = _options.Current;
        CompiledBudget? compiled = Volatile.Read(ref _compiled);
        if (compiled is null || !ReferenceEquals(compiled.Options, options))
        {
            compiled = new CompiledBudget(options, _timeProvider);
            Volatile.Write(ref _compiled, compiled);
        }

        return compiled;
    }

    /// <summary>
    /// Checks the per-request limits and reserves on every counter of the rules that apply; throws the
    /// <see cref="BudgetExceededException"/> of the first limit that fails in enforce mode. A prompt given as a bound
    /// is counted exactly only when a decision depends on it: a per-request prompt limit below the bound, a
    /// reservation the bound fails (then planned again with the count), or a soft threshold or the downgrade line
    /// within the bound's reach; so every rejection, clamp, threshold and hint is what the exact count decides.
    /// </summary>
    /// <param name="budget">The compiled options, of which at least one rule matches the caller and model.</param>
    /// <param name="caller">The caller.</param>
    /// <param name="model">The model asked for.</param>
    /// <param name="counter">The model's token counter.</param>
    /// <param name="prompt">The counted prompt (or embedding input) tokens, or their upper bound.</param>
    /// <param name="requestedOutput">The caller's <c>MaxOutputTokens</c>, if any.</param>
    /// <param name="allowance">The output tokens to reserve before per-request limits apply (0 for embeddings).</param>
    /// <param name="cancellationToken">Cancels the reservation.</param>
    /// <remarks>
    /// With a store that reserves synchronously (the in-memory one) the admission completes on the spot, without an
    /// async state machine; every failure (a rejection included) still comes back through the returned task.
    /// </remarks>
    public ValueTask<BudgetAdmission> AdmitAsync(
        CompiledBudget budget, CallerContext caller, string? model, ITokenCounter counter, PromptCount prompt, int? requestedOutput, int allowance, CancellationToken cancellationToken)
    {
        try
        {
            return Admit(budget, caller, model, counter, prompt, requestedOutput, allowance, cancellationToken);
        }
        catch (Exception ex)
        {
            return ValueTask.FromException<BudgetAdmission>(ex);
        }
    }

    private ValueTask<BudgetAdmission> Admit(
        CompiledBudget budget, CallerContext caller, string? model, ITokenCounter counter, PromptCount prompt, int? requestedOutput, int allowance, CancellationToken cancellationToken)
    {
        var admission = new BudgetAdmission(budget, model, counter, prompt, _timeProvider.GetUtcNow());
        string? wouldBlock = null;
        bool outputBounded = false;

        // Per-request sizes first: they need no counter.
        int planned = 0;
        foreach (CompiledLimit rule in budget.Limits)
        {
            if (!rule.Matches(caller, model))
            {
                continue;
            }

            planned += rule.Amounts.Length;
            if (rule.MaxPromptTokens is { } maxPrompt && admission.PromptTokens > maxPrompt && admission.CountPromptExactly() > maxPrompt)
            {
                Violate(budget, new BudgetExceededException(
                    rule.ScopeName(caller, model), "prompt_tokens", null, maxPrompt, 0, admission.PromptTokens, null, GovernanceReasonCodes.RequestTooLarge), ref wouldBlock);
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

        PlannedCheck[] checks = PlanChecks(budget, caller, model, admission.Now, planned);
        ModelPrice? price = budget.Prices.TryGetPrice(model, out ModelPrice? found) ? found : null;
        int costCheck = -1;
        for (int i = 0; i < checks.Length; i++)
        {
            outputBounded |= checks[i].Metric is BudgetMetric.Tokens or BudgetMetric.Cost;
            costCheck = costCheck < 0 && checks[i].Metric == BudgetMetric.Cost ? i : costCheck;
        }

        if (price is null && costCheck >= 0)
        {
            price = Unpriced(budget, model, checks[costCheck].Scope);
        }

        admission.Checks = checks;
        admission.Price = price;
        admission.OutputBounded = outputBounded;
        admission.WouldBlock = wouldBlock;
        if (checks.Length == 0)
        {
            admission.OutputAllowance = allowance;
            return new ValueTask<BudgetAdmission>(admission);
        }

        ValueTask<int> reserving = ReserveAsync(admission, allowance, cancellationToken);
        if (!reserving.IsCompletedSuccessfully)
        {
            return AdmitAfterAsync(admission, reserving);
        }

        admission.OutputAllowance = reserving.Result;
        return new ValueTask<BudgetAdmission>(admission);
    }

    private static async ValueTask<BudgetAdmission> AdmitAfterAsync(BudgetAdmission admission, ValueTask<int> reserving)
    {
        admission.OutputAllowance = await reserving.ConfigureAwait(false);
        return admission;
    }

    /// <summary>Gets the state of every windowed and concurrency limit that applies to a caller and model.</summary>
    public async ValueTask<IReadOnlyList<BudgetStatus>> GetStatusAsync(CallerContext caller, string? model, CancellationToken cancellationToken)
    {
        CompiledBudget budget = Current();
        DateTimeOffset now = _timeProvider.GetUtcNow();
        int planned = 0;
        foreach (CompiledLimit rule in budget.Limits)
        {
            planned += rule.Matches(caller, model) ? rule.Amounts.Length : 0;
        }

        PlannedCheck[] checks = PlanChecks(budget, caller, model, now, planned);
        var counters = new BudgetCounterRef[checks.Length];
        for (int i = 0; i < counters.Length; i++)
        {
            counters[i] = new BudgetCounterRef(checks[i].CounterKey, checks[i].Bucket?.Id ?? 0);
        }

        IReadOnlyList<long> used = counters.Length == 0 ? [] : await _store.GetUsedAsync(counters, cancellationToken).ConfigureAwait(false);
        var statuses = new BudgetStatus[checks.Length];
        for (int i = 0; i < statuses.Length; i++)
        {
            ref readonly PlannedCheck check = ref checks[i];
            statuses[i] = new BudgetStatus(
                check.Scope, CompiledLimit.MetricName(check.Metric), check.WindowLabel, ToUnits(check.Metric, check.Limit), ToUnits(check.Metric, used[i]), check.Bucket?.End);
        }

        return statuses;
    }

    private static decimal ToUnits(BudgetMetric metric, long value) => metric == BudgetMetric.Cost ? BudgetAmounts.FromNanoUsd(value) : value;

    /// <summary>
    /// Plans the counters of every rule that applies, in the order of the rules; a counter two rules share is checked
    /// once, with the stricter limit. <paramref name="planned"/> is the number of counters of the matching rules (shared
    /// ones counted twice): the plan's size before merging.
    /// </summary>
    private static PlannedCheck[] PlanChecks(CompiledBudget budget, CallerContext caller, string? model, DateTimeOffset now, int planned)
    {
        if (planned == 0)
        {
            return [];
        }

        var checks = new PlannedCheck[planned];
        int count = 0;
        foreach (CompiledLimit rule in budget.Limits)
        {
            if (rule.Amounts.Length == 0 || !rule.Matches(caller, model))
            {
                continue;
            }

            string[] keys = rule.CounterKeys(caller, model);
            for (int i = 0; i < keys.Length; i++)
            {
                CompiledAmountLimit amount = rule.Amounts[i];
                int existing = -1;
                for (int j = 0; j < count && existing < 0; j++)
                {
                    existing = string.Equals(keys[i], checks[j].CounterKey, StringComparison.Ordinal) ? j : -1;
                }

                if (existing >= 0)
                {
                    // Two rules count the same counter: the stricter limit decides.
                    checks[existing].Limit = Math.Min(checks[existing].Limit, amount.Limit);
                    continue;
                }

                bool windowed = amount.Metric != BudgetMetric.Concurrent;
                checks[count++] = new PlannedCheck(
                    amount.Metric,
                    windowed ? rule.WindowLabel : null,
                    windowed ? budget.Calendar.Bucket(rule.Window, now) : null,
                    keys[i],
                    amount.Limit);
            }
        }

        if (count < checks.Length)
        {
            Array.Resize(ref checks, count);
        }

        return checks;
    }

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
                // nothing; what monitor mode applied is given back in this same loop, so nothing leaks.
                if (result.ReservationId is { } applied)
                {
                    await _store.RefundAsync(applied, CancellationToken.None).ConfigureAwait(false);
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
