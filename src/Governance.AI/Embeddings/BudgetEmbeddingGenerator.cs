using System.Diagnostics;
using Governance.AI.Budgets;
using Governance.AI.Pricing;
using Governance.AI.Telemetry;
using Governance.AI.Tokenization;
using Microsoft.Extensions.AI;

namespace Governance.AI.Embeddings;

/// <summary>
/// The budget policy for embeddings: the limits of <see cref="BudgetOptions"/> (tokens, requests, cost, concurrency,
/// <see cref="BudgetLimitOptions.MaxPromptTokens"/> per request) enforced on <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/>
/// calls, on the same <see cref="IBudgetStore"/> counters as chat calls.
/// </summary>
/// <remarks>
/// <para><b>Algorithm.</b> Before the call it counts the input tokens of every value with the model's
/// <see cref="ITokenCounter"/> (cl100k for <c>text-embedding-3-*</c>) and reserves them, one request, one
/// concurrency slot and their cost, all or nothing across every rule that applies. An embedding has no output, so
/// nothing else is reserved. A batch that does not fit is rejected with the <see cref="BudgetExceededException"/>
/// chat budgets throw (in <see cref="BudgetMode.Monitor"/> it is only reported, under
/// <see cref="BudgetProperties.WouldBlock"/>). After the call the reservation is settled with the provider's
/// <see cref="GeneratedEmbeddings{TEmbedding}.Usage"/> input tokens when present, else the counted tokens, priced at
/// the model that served. A call that fails or is cancelled is charged as a failed chat call is: what the provider
/// reported with the failure, else the counted input, unless <see cref="BudgetOptions.RefundFailedCalls"/> is on or
/// a governance policy stopped it (then refunded).</para>
/// <para>Counter keys are the chat policy's (<c>tenant:contoso|tokens|1d</c>), so with the same store a tenant's
/// token and cost limits cover chat and embeddings together. Soft thresholds and the cheaper-model hint are raised by
/// the chat policy only.</para>
/// <para>The settlement writes <see cref="BudgetProperties.ChargedTokens"/>, the remaining budgets and
/// <see cref="GovernanceProperties.CostUsd"/> to <see cref="GeneratedEmbeddings{TEmbedding}.AdditionalProperties"/>.</para>
/// </remarks>
public sealed partial class BudgetEmbeddingGenerator : DelegatingEmbeddingGenerator<string, Embedding<float>>
{
    private readonly IPolicyOptionsSource<BudgetOptions> _options;
    private readonly ITokenCounterProvider _tokenCounters;
    private readonly IBudgetStore _store;
    private readonly TimeProvider _timeProvider;
    private readonly CallerContextResolver _callers;
    private CompiledBudget? _compiled;
    private string? _defaultModelId;
    private bool _defaultModelResolved;
    private System.Diagnostics.Metrics.IMeterFactory? _meterFactory;
    private BudgetTelemetry _telemetry = BudgetTelemetry.Shared;

    /// <summary>Initializes a new instance of the <see cref="BudgetEmbeddingGenerator"/> class with fixed options.</summary>
    /// <param name="innerGenerator">The next generator towards the provider.</param>
    /// <param name="options">The options; validated here.</param>
    /// <param name="tokenCounters">Gives the token counter of each model; a new <see cref="TokenCounterProvider"/> by default.</param>
    /// <param name="store">The counters; a new <see cref="InMemoryBudgetStore"/> by default.</param>
    /// <param name="timeProvider">The clock windows are computed with; the system clock by default.</param>
    /// <param name="callerResolver">Finds the caller of a request; <see cref="CallerContextResolver.Default"/> by default.</param>
    public BudgetEmbeddingGenerator(
        IEmbeddingGenerator<string, Embedding<float>> innerGenerator,
        BudgetOptions options,
        ITokenCounterProvider? tokenCounters = null,
        IBudgetStore? store = null,
        TimeProvider? timeProvider = null,
        CallerContextResolver? callerResolver = null)
        : this(innerGenerator, PolicyOptionsSource.Validated(options, BudgetChatClient.ConfigurationPath), tokenCounters, store, timeProvider, callerResolver)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="BudgetEmbeddingGenerator"/> class with options read per request.</summary>
    /// <param name="innerGenerator">The next generator towards the provider.</param>
    /// <param name="options">The source of the current, validated options (the chat pipeline's, to share its limits).</param>
    /// <param name="tokenCounters">Gives the token counter of each model; a new <see cref="TokenCounterProvider"/> by default.</param>
    /// <param name="store">The counters; a new <see cref="InMemoryBudgetStore"/> by default.</param>
    /// <param name="timeProvider">The clock windows are computed with; the system clock by default.</param>
    /// <param name="callerResolver">Finds the caller of a request; <see cref="CallerContextResolver.Default"/> by default.</param>
    public BudgetEmbeddingGenerator(
        IEmbeddingGenerator<string, Embedding<float>> innerGenerator,
        IPolicyOptionsSource<BudgetOptions> options,
        ITokenCounterProvider? tokenCounters = null,
        IBudgetStore? store = null,
        TimeProvider? timeProvider = null,
        CallerContextResolver? callerResolver = null)
        : base(innerGenerator)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _tokenCounters = tokenCounters ?? new TokenCounterProvider();
        _timeProvider = timeProvider ?? TimeProvider.System;
        _store = store ?? new InMemoryBudgetStore(_timeProvider);
        _callers = callerResolver ?? CallerContextResolver.Default;
    }

    /// <summary>
    /// Gets or sets the meter factory the policy's instruments (<c>governance.budget.reserved</c>, <c>governance.budget.remaining</c>)
    /// are created with: the pipeline builders set the one from the application's services, so its metrics belong to
    /// that service provider. <see langword="null"/> (the default) records on the process-wide
    /// <see cref="Telemetry.GovernanceDiagnostics.Meter"/>.
    /// </summary>
    public System.Diagnostics.Metrics.IMeterFactory? MeterFactory
    {
        get => _meterFactory;
        set
        {
            _telemetry = BudgetTelemetry.For(value);
            _meterFactory = value;
        }
    }

    /// <inheritdoc />
    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);

        // Counted and sent as one list, so a lazy sequence is enumerated once.
        IReadOnlyList<string> batch = values as IReadOnlyList<string> ?? [.. values];
        Admission? admission = await AdmitAsync(batch, options, cancellationToken).ConfigureAwait(false);
        if (admission is null)
        {
            return await base.GenerateAsync(batch, options, cancellationToken).ConfigureAwait(false);
        }

        GeneratedEmbeddings<Embedding<float>> result;
        try
        {
            result = await base.GenerateAsync(batch, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure)
        {
            await SettleFailureAsync(admission, failure).ConfigureAwait(false);
            throw;
        }

        long? reported = result.Usage?.InputTokenCount;
        if (!admission.Counter.IsExact && reported is { } input && input <= int.MaxValue && admission.InputTokens <= int.MaxValue)
        {
            _tokenCounters.Calibrate(admission.Model, (int)admission.InputTokens, (int)input);
        }

        string? servedModel = result.Count > 0 ? result[0].ModelId : null;
        await SettleAsync(admission, reported ?? admission.InputTokens, servedModel, [], result.AdditionalProperties ??= []).ConfigureAwait(false);
        return result;
    }

    private string? DefaultModelId
    {
        get
        {
            if (!Volatile.Read(ref _defaultModelResolved))
            {
                _defaultModelId = (InnerGenerator.GetService(typeof(EmbeddingGeneratorMetadata)) as EmbeddingGeneratorMetadata)?.DefaultModelId;
                Volatile.Write(ref _defaultModelResolved, true);
            }

            return _defaultModelId;
        }
    }

    private static decimal ToUnits(BudgetMetric metric, long value) => metric == BudgetMetric.Cost ? BudgetAmounts.FromNanoUsd(value) : value;

    private static long ReservedAmount(BudgetMetric metric, long inputTokens, ModelPrice? price) => metric switch
    {
        BudgetMetric.Tokens => inputTokens,
        BudgetMetric.Cost => price is null ? 0 : BudgetAmounts.ToNanoUsd(price.Cost(inputTokens, 0, 0)),
        _ => 1,
    };

    /// <summary>Adds a rule's counters for a caller and model (the chat policy's keys); a counter two rules share keeps the stricter limit.</summary>
    private static void AddCounters(List<Counter> counters, CompiledLimit rule, CallerContext caller, string? model, CompiledBudget budget, DateTimeOffset now)
    {
        string[] keys = rule.CounterKeys(caller, model);
        for (int k = 0; k < keys.Length; k++)
        {
            CompiledAmountLimit amount = rule.Amounts[k];
            int existing = -1;
            for (int i = 0; i < counters.Count && existing < 0; i++)
            {
                existing = string.Equals(keys[k], counters[i].Key, StringComparison.Ordinal) ? i : -1;
            }

            if (existing >= 0)
            {
                counters[existing] = counters[existing] with { Limit = Math.Min(counters[existing].Limit, amount.Limit) };
                continue;
            }

            bool windowed = amount.Metric != BudgetMetric.Concurrent;
            counters.Add(new Counter(
                amount.Metric, windowed ? rule.WindowLabel : null, windowed ? budget.Calendar.Bucket(rule.Window, now) : null, keys[k], amount.Limit, 0));
        }
    }

    /// <summary>Reports a blocked (or, in monitor mode, would-be-blocked) batch; throws in enforce mode.</summary>
    private static void Violate(CompiledBudget budget, BudgetExceededException exception, ref string? wouldBlock)
    {
        Activity.Current?.AddEvent(new ActivityEvent("governance.budget.limit_exceeded", tags: new ActivityTagsCollection
        {
            ["governance.budget.limit"] = exception.LimitName,
            ["governance.budget.window"] = exception.Window,
            ["governance.budget.reason"] = exception.ReasonCode,
            ["governance.budget.mode"] = budget.Enforce ? "enforce" : "monitor",
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

    private CompiledBudget Current()
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

    /// <summary>Checks the per-request limits and reserves on every counter; <see langword="null"/> when no rule applies.</summary>
    private async ValueTask<Admission?> AdmitAsync(IReadOnlyList<string> batch, EmbeddingGenerationOptions? options, CancellationToken cancellationToken)
    {
        CompiledBudget budget = Current();
        CallerContext caller = _callers.ResolveCaller(options, GovernancePolicyNames.Budget, budget.Options.RequireTenant);
        string? model = options?.ModelId ?? DefaultModelId;
        if (!budget.AnyLimitMatches(caller, model))
        {
            return null;
        }

        ITokenCounter counter = _tokenCounters.GetCounter(model);
        long inputTokens = 0;
        for (int i = 0; i < batch.Count; i++)
        {
            inputTokens += counter.CountTokens(batch[i]);
        }

        DateTimeOffset now = _timeProvider.GetUtcNow();
        string? wouldBlock = null;
        var counters = new List<Counter>();
        foreach (CompiledLimit rule in budget.Limits)
        {
            if (!rule.Matches(caller, model))
            {
                continue;
            }

            if (rule.MaxPromptTokens is { } maxPrompt && inputTokens > maxPrompt)
            {
                Violate(budget, new BudgetExceededException(
                    rule.ScopeName(caller, model), "prompt_tokens", null, maxPrompt, 0, inputTokens, null, null, GovernanceReasonCodes.RequestTooLarge), ref wouldBlock);
            }

            if (rule.Amounts.Length > 0)
            {
                AddCounters(counters, rule, caller, model, budget, now);
            }
        }

        ModelPrice? price = budget.Prices.TryGetPrice(model, out ModelPrice? found) ? found : null;
        int costCounter = counters.FindIndex(static c => c.Metric == BudgetMetric.Cost);
        if (price is null && costCounter >= 0)
        {
            if (budget.Options.UnpricedModels == UnpricedModelAction.Deny && budget.Enforce)
            {
                throw new ModelNotPricedException(model, counters[costCounter].Scope);
            }

            price = budget.FallbackPrice;
        }

        var admission = new Admission(budget, model, counter, inputTokens, price, now) { WouldBlock = wouldBlock };
        if (counters.Count == 0)
        {
            return admission;
        }

        var checks = new BudgetCheck[counters.Count];
        for (int i = 0; i < checks.Length; i++)
        {
            Counter c = counters[i] = counters[i] with { Amount = ReservedAmount(counters[i].Metric, inputTokens, price) };
            checks[i] = new BudgetCheck(c.Key, c.Bucket?.Id ?? 0, c.Bucket?.End, c.Limit, c.Amount);
        }

        BudgetReservationResult result = await _store.ReserveAsync(new BudgetReservationRequest(checks, budget.Enforce, now, budget.Options.ReservationLease), cancellationToken)
            .ConfigureAwait(false);
        admission.Counters = counters;
        admission.ReservationId = result.ReservationId;
        admission.UsedBefore = result.UsedBefore;
        if (!result.AllFit)
        {
            Counter failed = counters[result.FailedCheck];
            long used = result.UsedBefore[result.FailedCheck];
            TimeSpan? retryAfter = failed.Bucket is { } bucket && failed.Amount <= failed.Limit ? bucket.End - now : null;
            var exceeded = new BudgetExceededException(
                failed.Scope, CompiledLimit.MetricName(failed.Metric), failed.WindowLabel, ToUnits(failed.Metric, failed.Limit), ToUnits(failed.Metric, used),
                ToUnits(failed.Metric, failed.Amount), retryAfter, fittingMaxOutputTokens: null);
            Violate(budget, exceeded, ref wouldBlock);
            admission.WouldBlock = wouldBlock;
        }

        if (result.Applied && _telemetry.Reservations.Enabled)
        {
            for (int i = 0; i < counters.Count; i++)
            {
                if (FirstOfScopeAndMetric(counters, i) == i)
                {
                    _telemetry.RecordReservation(counters[i].Scope, CompiledLimit.MetricName(counters[i].Metric), ToUnits(counters[i].Metric, counters[i].Amount));
                }
            }
        }

        return admission;
    }

    /// <summary>One store counter of a request: what it counts, its window, key, limit and the amount reserved.</summary>
    private readonly record struct Counter(BudgetMetric Metric, string? WindowLabel, BudgetBucket? Bucket, string Key, long Limit, long Amount)
    {
        /// <summary>Gets the scope: the key up to its first separator (ids in keys have theirs escaped).</summary>
        public string Scope => Key[..Key.IndexOf('|', StringComparison.Ordinal)];

        public ReadOnlySpan<char> ScopeSpan => Key.AsSpan(0, Key.IndexOf('|', StringComparison.Ordinal));
    }

    /// <summary>A batch admitted by the budgets: what was reserved, and how to settle it.</summary>
    private sealed class Admission(CompiledBudget budget, string? model, ITokenCounter counter, long inputTokens, ModelPrice? price, DateTimeOffset now)
    {
        public CompiledBudget Budget { get; } = budget;

        public string? Model { get; } = model;

        public ITokenCounter Counter { get; } = counter;

        public long InputTokens { get; } = inputTokens;

        public ModelPrice? Price { get; } = price;

        public DateTimeOffset Now { get; } = now;

        public List<Counter> Counters { get; set; } = [];

        public string? ReservationId { get; set; }

        public IReadOnlyList<long> UsedBefore { get; set; } = [];

        public string? WouldBlock { get; set; }
    }
}
