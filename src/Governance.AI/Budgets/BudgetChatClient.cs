using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Governance.AI.Pricing;
using Governance.AI.Telemetry;
using Governance.AI.Tokenization;
using Microsoft.Extensions.AI;

namespace Governance.AI.Budgets;

/// <summary>
/// The budget policy (stage <see cref="GovernanceStage.Budget"/>): token, request, concurrency and cost limits per
/// tenant, user, application, cost center and model, enforced before the call and charged exactly after it.
/// </summary>
/// <remarks>
/// <para><b>Algorithm.</b> Before the call it counts the prompt tokens with the model's <see cref="ITokenCounter"/>
/// and reserves, in one atomic all-or-nothing step across every rule that applies, the prompt tokens plus the output
/// allowance (<c>MaxOutputTokens</c>, or <see cref="BudgetOptions.DefaultOutputAllowance"/>), one request, one
/// concurrency slot and the cost of that many tokens. A request that fits exactly passes; one token more is rejected
/// with a <see cref="BudgetExceededException"/> naming the scope, limit, window, use and <c>RetryAfter</c> (the end of
/// the window, when the request would fit in an empty one). After the call it settles the reservation with the
/// provider's <see cref="UsageDetails"/> (or, when the provider reports none, the output counted with the tokenizer),
/// priced at the model that served, plus any <see cref="ProviderCharge"/>s (hedge losers, failed-over attempts),
/// giving back the difference. A call that fails or is cancelled is charged what the provider reported, else its
/// prompt, unless <see cref="BudgetOptions.RefundFailedCalls"/> is on or a governance policy stopped it before any
/// provider did (see the README's "What a call is charged"). A model without a price under a cost limit is handled
/// by <see cref="BudgetOptions.UnpricedModels"/>.</para>
/// <para><b>Streaming.</b> Output is counted as it arrives. When it would exceed the reserved allowance (the provider
/// ignored <c>MaxOutputTokens</c>; with an estimating counter, by more than 10 % + 16 tokens), the stream is stopped:
/// upstream is cancelled and the caller gets a last update with
/// <see cref="ChatFinishReason.Length"/> and <see cref="BudgetProperties.CutOff"/>. The budgets are charged the prompt
/// plus exactly the output the caller received — also when the caller stops enumerating early or the stream breaks.
/// A stream that ends normally is charged the provider's usage, if it reports one. Its last update carries the
/// remaining budgets.</para>
/// <para><b>Downgrade.</b> When a window's remaining budget falls below
/// <see cref="BudgetOptions.DowngradeBelowRemainingFraction"/>, the request is sent on with
/// <see cref="GovernanceProperties.PreferCheaperModel"/> set, for the router.</para>
/// <para><b>Telemetry.</b> An applied reservation is reported as <c>governance.budget.reserved</c> and, after the
/// settlement, what remains of each windowed limit as <c>governance.budget.remaining</c>, once per scope and limit (the least over the
/// limit's windows); both only while a meter listener is attached, so the path costs nothing otherwise. The
/// instruments live on the meter of <see cref="MeterFactory"/>, else on the process-wide one.</para>
/// <para>Get the policy from a governed client with <c>client.GetService&lt;BudgetChatClient&gt;()</c> to query what
/// remains with <see cref="GetStatusAsync"/>.</para>
/// </remarks>
public sealed partial class BudgetChatClient : DelegatingChatClient
{
    /// <summary>The configuration path of the options.</summary>
    public const string ConfigurationPath = "AiGovernance:Budgets";

    private const int MaxClampAttempts = 3;
    private const int ThresholdMemory = 4096;

    private readonly IPolicyOptionsSource<BudgetOptions> _options;
    private readonly ITokenCounterProvider _tokenCounters;
    private readonly IBudgetStore _store;
    private readonly TimeProvider _timeProvider;
    private readonly CallerContextResolver _callers;
    private readonly ConcurrentDictionary<ThresholdKey, long> _thresholdsRaised = new();
    private CompiledBudget? _compiled;
    private string? _defaultModelId;
    private bool _defaultModelResolved;
    private IMeterFactory? _meterFactory;
    private BudgetTelemetry _telemetry = BudgetTelemetry.Shared;

    /// <summary>Initializes a new instance of the <see cref="BudgetChatClient"/> class with fixed options.</summary>
    /// <param name="innerClient">The next client towards the provider.</param>
    /// <param name="options">The options; validated here (every bad key named by its path).</param>
    /// <param name="tokenCounters">Gives the token counter of each model; a new <see cref="TokenCounterProvider"/> (exact for OpenAI models, calibrated estimates for others) by default.</param>
    /// <param name="store">The counters; a new <see cref="InMemoryBudgetStore"/> by default.</param>
    /// <param name="timeProvider">The clock windows are computed with; the system clock by default.</param>
    /// <param name="callerResolver">Finds the caller of a request; <see cref="CallerContextResolver.Default"/> by default.</param>
    public BudgetChatClient(
        IChatClient innerClient,
        BudgetOptions options,
        ITokenCounterProvider? tokenCounters = null,
        IBudgetStore? store = null,
        TimeProvider? timeProvider = null,
        CallerContextResolver? callerResolver = null)
        : this(innerClient, PolicyOptionsSource.FixedValidated(options, ConfigurationPath), tokenCounters, store, timeProvider, callerResolver)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="BudgetChatClient"/> class with options read per request.</summary>
    /// <param name="innerClient">The next client towards the provider.</param>
    /// <param name="options">The source of the current, validated options.</param>
    /// <param name="tokenCounters">Gives the token counter of each model; a new <see cref="TokenCounterProvider"/> (exact for OpenAI models, calibrated estimates for others) by default.</param>
    /// <param name="store">The counters; a new <see cref="InMemoryBudgetStore"/> by default.</param>
    /// <param name="timeProvider">The clock windows are computed with; the system clock by default.</param>
    /// <param name="callerResolver">Finds the caller of a request; <see cref="CallerContextResolver.Default"/> by default.</param>
    public BudgetChatClient(
        IChatClient innerClient,
        IPolicyOptionsSource<BudgetOptions> options,
        ITokenCounterProvider? tokenCounters = null,
        IBudgetStore? store = null,
        TimeProvider? timeProvider = null,
        CallerContextResolver? callerResolver = null)
        : base(innerClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _tokenCounters = tokenCounters ?? new TokenCounterProvider();
        _timeProvider = timeProvider ?? TimeProvider.System;
        _store = store ?? new InMemoryBudgetStore(_timeProvider);
        _callers = callerResolver ?? CallerContextResolver.Default;
    }

    /// <summary>
    /// Gets or sets the meter factory the policy's instruments (<c>governance.budget.*</c>) are created with: the
    /// pipeline builders set the one from the application's services, so its metrics belong to that service provider.
    /// <see langword="null"/> (the default) records on the process-wide <see cref="GovernanceDiagnostics.Meter"/>.
    /// </summary>
    public IMeterFactory? MeterFactory
    {
        get => _meterFactory;
        set
        {
            _telemetry = BudgetTelemetry.For(value);
            _meterFactory = value;
        }
    }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        Admission? admission = await AdmitAsync(messages, options, cancellationToken).ConfigureAwait(false);
        if (admission is null)
        {
            return await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }

        ChatResponse response;
        try
        {
            response = await base.GetResponseAsync(messages, admission.SendOptions, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure)
        {
            await SettleFailureAsync(admission, failure, null, 0, null).ConfigureAwait(false);
            throw;
        }

        UsageDetails? usage = response.Usage;
        Calibrate(admission, usage);
        long input = usage?.InputTokenCount ?? admission.PromptTokens;
        long output = usage?.OutputTokenCount ?? admission.Counter.CountTokens(response.Text);
        await SettleAsync(admission, new Charge(input, usage?.CachedInputTokenCount ?? 0, output, response.ModelId), ProviderCharge.Of(response), response.AdditionalProperties ??= [])
            .ConfigureAwait(false);
        return response;
    }

    /// <inheritdoc />
    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);

        // The settlement properties ride on the provider's last update (with the usage), not on one after it.
        return StreamingUpdates.CoalesceTail(StreamAsync(messages, options, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Gets the state of every windowed and concurrency limit that applies to a caller and model: limit, use
    /// (reservations in flight included), what remains and when the window resets.
    /// </summary>
    /// <param name="caller">The caller.</param>
    /// <param name="modelId">The model, for rules restricted to or counted by model; the inner client's default when <see langword="null"/>.</param>
    /// <param name="cancellationToken">A cancellation token.</param>
    /// <returns>One entry per counter, in the order of the rules.</returns>
    public async ValueTask<IReadOnlyList<BudgetStatus>> GetStatusAsync(CallerContext caller, string? modelId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        CompiledBudget budget = Current();
        string? model = modelId ?? DefaultModelId;
        DateTimeOffset now = _timeProvider.GetUtcNow();
        var checks = new List<PlannedCheck>();
        foreach (CompiledLimit rule in budget.Limits)
        {
            if (rule.Matches(caller, model))
            {
                AddChecks(checks, rule, caller, model, budget, now);
            }
        }

        var counters = new BudgetCounterRef[checks.Count];
        for (int i = 0; i < counters.Length; i++)
        {
            counters[i] = new BudgetCounterRef(checks[i].CounterKey, checks[i].Bucket?.Id ?? 0);
        }

        IReadOnlyList<long> used = counters.Length == 0 ? [] : await _store.GetUsedAsync(counters, cancellationToken).ConfigureAwait(false);
        var statuses = new BudgetStatus[checks.Count];
        for (int i = 0; i < statuses.Length; i++)
        {
            PlannedCheck check = checks[i];
            statuses[i] = new BudgetStatus(
                check.Scope, CompiledLimit.MetricName(check.Metric), check.WindowLabel, ToUnits(check.Metric, check.Limit), ToUnits(check.Metric, used[i]), check.Bucket?.End);
        }

        return statuses;
    }

    private static decimal ToUnits(BudgetMetric metric, long value) => metric == BudgetMetric.Cost ? BudgetAmounts.FromNanoUsd(value) : value;

    private string? DefaultModelId
    {
        get
        {
            if (!Volatile.Read(ref _defaultModelResolved))
            {
                _defaultModelId = (InnerClient.GetService(typeof(ChatClientMetadata)) as ChatClientMetadata)?.DefaultModelId;
                Volatile.Write(ref _defaultModelResolved, true);
            }

            return _defaultModelId;
        }
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

    private readonly record struct ThresholdKey(string CounterKey, long Bucket, int Threshold);


    /// <summary>One counter of a request.</summary>
    private sealed class PlannedCheck(BudgetMetric metric, string? windowLabel, BudgetBucket? bucket, string counterKey, long limit)
    {
        /// <summary>Gets the scope: the counter key up to its first separator (ids in keys have theirs escaped).</summary>
        public string Scope => CounterKey[..CounterKey.IndexOf('|', StringComparison.Ordinal)];

        /// <summary>Gets the scope without allocating.</summary>
        public ReadOnlySpan<char> ScopeSpan => CounterKey.AsSpan(0, CounterKey.IndexOf('|', StringComparison.Ordinal));

        public BudgetMetric Metric { get; } = metric;

        public string? WindowLabel { get; } = windowLabel;

        public BudgetBucket? Bucket { get; } = bucket;

        public string CounterKey { get; } = counterKey;

        public long Limit { get; set; } = limit;

        public long Amount { get; set; }
    }

    /// <summary>A request admitted by the budgets: what was reserved, and how to settle it.</summary>
    private sealed class Admission(CompiledBudget budget, string? model, ITokenCounter counter, IReadOnlyList<PlannedCheck> checks, long promptTokens, ModelPrice? price, DateTimeOffset now)
    {
        public CompiledBudget Budget { get; } = budget;

        public string? Model { get; } = model;

        public ITokenCounter Counter { get; } = counter;

        public IReadOnlyList<PlannedCheck> Checks { get; } = checks;

        public long PromptTokens { get; } = promptTokens;

        public ModelPrice? Price { get; } = price;

        public DateTimeOffset Now { get; } = now;

        public bool OutputBounded { get; init; }

        public int OutputAllowance { get; set; }

        public string? ReservationId { get; set; }

        public IReadOnlyList<long> UsedBefore { get; set; } = [];

        public string? WouldBlock { get; set; }

        public ChatOptions? SendOptions { get; set; }
    }
}
