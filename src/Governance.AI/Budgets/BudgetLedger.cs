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
}
