using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using System.Text;
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
/// giving back the difference; a call that fails or is cancelled is refunded.</para>
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
/// <para><b>Telemetry.</b> An applied reservation is reported through
/// <see cref="GovernanceTelemetry.RecordBudgetReservation"/> and, after the settlement, what remains of each windowed
/// limit through <see cref="GovernanceTelemetry.RecordBudgetRemaining"/>, once per scope and limit (the least over the
/// limit's windows); both only while a meter listener is attached, so the path costs nothing otherwise.</para>
/// <para>Get the policy from a governed client with <c>client.GetService&lt;BudgetChatClient&gt;()</c> to query what
/// remains with <see cref="GetStatusAsync"/>.</para>
/// </remarks>
public sealed class BudgetChatClient : DelegatingChatClient
{
    /// <summary>The configuration path of the options.</summary>
    public const string ConfigurationPath = "AiGovernance:Budgets";

    private const int MaxClampAttempts = 3;
    private const int ThresholdMemory = 4096;

    private static readonly Counter<long> Rejections = GovernanceDiagnostics.Meter.CreateCounter<long>(
        "governance.budget.rejections", "{request}", "Requests a budget limit blocked (enforce mode) or would have blocked (monitor mode).");

    private static readonly Counter<long> ThresholdCrossings = GovernanceDiagnostics.Meter.CreateCounter<long>(
        "governance.budget.thresholds_reached", "{event}", "Soft budget thresholds crossed, once per counter and window.");

    private static readonly Counter<long> CutOffs = GovernanceDiagnostics.Meter.CreateCounter<long>(
        "governance.budget.stream_cut_offs", "{stream}", "Streams stopped because their output would have exceeded the reserved allowance.");

    private static readonly Counter<long> UnpricedModels = GovernanceDiagnostics.Meter.CreateCounter<long>(
        "governance.budget.unpriced_models", "{request}", "Requests under a cost limit for a model without a price (denied, charged the fallback price, or not counted).");

    private readonly IPolicyOptionsSource<BudgetOptions> _options;
    private readonly ITokenCounterProvider _tokenCounters;
    private readonly IBudgetStore _store;
    private readonly TimeProvider _timeProvider;
    private readonly CallerContextResolver _callers;
    private readonly ConcurrentDictionary<ThresholdKey, long> _thresholdsRaised = new();
    private CompiledBudget? _compiled;
    private string? _defaultModelId;
    private bool _defaultModelResolved;

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
        return StreamAsync(messages, options, cancellationToken);
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

    private static void AddChecks(List<PlannedCheck> checks, CompiledLimit rule, CallerContext caller, string? model, CompiledBudget budget, DateTimeOffset now)
    {
        int max = CompiledLimit.MaxScopeLength(caller, model) + 32;
        char[]? rented = null;
        Span<char> buffer = max <= 512 ? stackalloc char[512] : (rented = ArrayPool<char>.Shared.Rent(max));
        try
        {
            int scopeLength = rule.FormatScope(caller, model, buffer);
            foreach (CompiledAmountLimit amount in rule.Amounts)
            {
                amount.KeySuffix.CopyTo(buffer[scopeLength..]);
                ReadOnlySpan<char> key = buffer[..(scopeLength + amount.KeySuffix.Length)];
                PlannedCheck? existing = null;
                foreach (PlannedCheck check in checks)
                {
                    if (key.SequenceEqual(check.CounterKey))
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
                    new string(key),
                    amount.Limit));
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
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
    private static ModelPrice? Unpriced(CompiledBudget budget, string? model, PlannedCheck costCheck)
    {
        UnpricedModelAction action = budget.Options.UnpricedModels;
        UnpricedModels.Add(
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
    private static void Violate(CompiledBudget budget, BudgetExceededException exception, ref string? wouldBlock)
    {
        string mode = budget.Enforce ? "enforce" : "monitor";
        Rejections.Add(
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

    private async IAsyncEnumerable<ChatResponseUpdate> StreamAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Admission? admission = await AdmitAsync(messages, options, cancellationToken).ConfigureAwait(false);
        if (admission is null)
        {
            await foreach (ChatResponseUpdate update in base.GetStreamingResponseAsync(messages, options, cancellationToken).ConfigureAwait(false))
            {
                yield return update;
            }

            yield break;
        }

        using var upstreamCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        IAsyncEnumerator<ChatResponseUpdate>? upstream = null;
        var received = new StringBuilder();
        long receivedTokens = 0;
        bool delivered = false;
        bool closed = false;
        Exception? failure = null;
        UsageDetails? usage = null;
        string? responseId = null;
        string? modelId = null;
        bool cutOff = admission.OutputBounded && admission.Budget.Enforce;

        // An exact counter cuts at the allowance. An estimate may over-count a stream the provider keeps within
        // MaxOutputTokens, so it cuts only past a tolerance: 10 % of the allowance plus 16 tokens.
        long cutAbove = admission.Counter.IsExact ? admission.OutputAllowance : admission.OutputAllowance + (admission.OutputAllowance / 10) + 16;
        try
        {
            bool cut = false;
            while (true)
            {
                try
                {
                    upstream ??= base.GetStreamingResponseAsync(messages, admission.SendOptions, upstreamCancellation.Token).GetAsyncEnumerator(upstreamCancellation.Token);
                    if (!await upstream.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }
                }
                catch (Exception ex)
                {
                    failure = ex;
                    throw;
                }

                ChatResponseUpdate update = upstream.Current;
                responseId ??= update.ResponseId;
                modelId ??= update.ModelId;
                foreach (AIContent content in update.Contents)
                {
                    if (content is UsageContent usageContent)
                    {
                        usage = usageContent.Details;
                    }
                }

                string text = update.Text;
                if (text.Length > 0)
                {
                    received.Append(text);
                    long tokens = admission.Counter.CountTokens(text);
                    if (cutOff && receivedTokens + tokens > cutAbove)
                    {
                        // Chunk-by-chunk counts can exceed the count of the whole text; near the limit, count exactly.
                        long exact = admission.Counter.CountTokens(received.ToString());
                        if (exact > cutAbove)
                        {
                            received.Length -= text.Length;
                            cut = true;
                            break;
                        }

                        receivedTokens = exact;
                    }
                    else
                    {
                        receivedTokens += tokens;
                    }
                }

                delivered = true;
                yield return update;
            }

            var final = new ChatResponseUpdate
            {
                Role = ChatRole.Assistant,
                ResponseId = responseId,
                MessageId = responseId,
                ModelId = modelId,
                AdditionalProperties = [],
            };
            closed = true;
            if (cut)
            {
                await upstreamCancellation.CancelAsync().ConfigureAwait(false);
                await upstream.DisposeAsync().ConfigureAwait(false);
                upstream = null;
                CutOffs.Add(1);
                Activity.Current?.AddEvent(new ActivityEvent("governance.budget.stream_cut_off"));
                final.FinishReason = ChatFinishReason.Length;
                final.AdditionalProperties[BudgetProperties.CutOff] = true;
                await SettleAsync(admission, new Charge(admission.PromptTokens, 0, admission.Counter.CountTokens(received.ToString()), modelId), [], final.AdditionalProperties)
                    .ConfigureAwait(false);
            }
            else
            {
                Calibrate(admission, usage);
                long input = usage?.InputTokenCount ?? admission.PromptTokens;
                long output = usage?.OutputTokenCount ?? admission.Counter.CountTokens(received.ToString());
                await SettleAsync(admission, new Charge(input, usage?.CachedInputTokenCount ?? 0, output, modelId), [], final.AdditionalProperties).ConfigureAwait(false);
            }

            yield return final;
        }
        finally
        {
            if (upstream is not null)
            {
                await upstream.DisposeAsync().ConfigureAwait(false);
            }

            if (!closed)
            {
                // Failed, cancelled or abandoned by the caller: at least what the caller received is charged.
                long receivedOutput = delivered ? admission.Counter.CountTokens(received.ToString()) : 0;
                await SettleFailureAsync(admission, failure, usage, receivedOutput, modelId).ConfigureAwait(false);
            }
        }
    }

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

    /// <summary>Checks the per-request limits and reserves on every counter; <see langword="null"/> when no rule applies.</summary>
    private async ValueTask<Admission?> AdmitAsync(IEnumerable<ChatMessage> messages, ChatOptions? options, CancellationToken cancellationToken)
    {
        CompiledBudget budget = Current();
        CallerContext caller = _callers.Resolve(options, GovernancePolicyNames.Budget, budget.Options.RequireTenant);
        string? model = options?.ModelId ?? DefaultModelId;
        bool anyRule = false;
        foreach (CompiledLimit rule in budget.Limits)
        {
            anyRule |= rule.Matches(caller, model);
        }

        if (!anyRule)
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
            if (result.Applied && GovernanceMetrics.BudgetReservations.Enabled)
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
            ChatOptions send = options?.Clone() ?? new ChatOptions();
            if (setMaxOutput)
            {
                send.MaxOutputTokens = allowance;
            }

            if (preferCheaper)
            {
                send.AdditionalProperties = send.AdditionalProperties is { } existing ? new AdditionalPropertiesDictionary(existing) : [];
                send.AdditionalProperties[GovernanceProperties.PreferCheaperModel] = true;
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
        ThresholdCrossings.Add(
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
        for (int i = 0; i < extra.Count; i++)
        {
            UsageDetails usage = extra[i].Usage;
            long input = usage.InputTokenCount ?? 0;
            long output = usage.OutputTokenCount ?? 0;
            tokens += input + output;
            if ((budget.PriceOf(extra[i].ModelId) ?? price) is { } extraPrice)
            {
                cost = (cost ?? 0) + extraPrice.Cost(input, usage.CachedInputTokenCount ?? 0, output);
            }
        }

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
            if (GovernanceMetrics.BudgetRemaining.Enabled)
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

        long remainingTokens = long.MaxValue;
        long remainingRequests = long.MaxValue;
        long remainingCost = long.MaxValue;
        TimeSpan resetTokens = TimeSpan.Zero;
        for (int i = 0; i < checks.Count; i++)
        {
            PlannedCheck check = checks[i];
            long remaining = Math.Max(0, check.Limit - (admission.UsedBefore[i] + finals[i]));
            switch (check.Metric)
            {
                case BudgetMetric.Tokens when remaining < remainingTokens:
                    remainingTokens = remaining;
                    resetTokens = check.Bucket!.End - admission.Now;
                    break;
                case BudgetMetric.Requests:
                    remainingRequests = Math.Min(remainingRequests, remaining);
                    break;
                case BudgetMetric.Cost:
                    remainingCost = Math.Min(remainingCost, remaining);
                    break;
                default:
                    break;
            }
        }

        if (remainingTokens != long.MaxValue)
        {
            report[BudgetProperties.RemainingTokens] = remainingTokens;
            report[BudgetProperties.ResetTokens] = resetTokens;
        }

        if (remainingRequests != long.MaxValue)
        {
            report[BudgetProperties.RemainingRequests] = remainingRequests;
        }

        if (remainingCost != long.MaxValue)
        {
            report[BudgetProperties.RemainingCostUsd] = BudgetAmounts.FromNanoUsd(remainingCost);
        }
    }

    /// <summary>
    /// Reports a reservation to telemetry, once per scope and limit: the counters of one limit in several windows
    /// reserve the same amount, which is reserved once from the caller's point of view.
    /// </summary>
    private static void ReportReservation(IReadOnlyList<PlannedCheck> checks)
    {
        for (int i = 0; i < checks.Count; i++)
        {
            PlannedCheck check = checks[i];
            if (FirstOfScopeAndMetric(checks, i) == i)
            {
                GovernanceTelemetry.RecordBudgetReservation(check.Scope, CompiledLimit.MetricName(check.Metric), ToUnits(check.Metric, check.Amount));
            }
        }
    }

    /// <summary>
    /// Reports what is left of each windowed limit after the settlement, once per scope and limit: the least over the
    /// limit's windows, which is what the next request can use. Concurrency slots are not spent, so they are not reported.
    /// </summary>
    private static void ReportRemaining(Admission admission, long[] finals)
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
                GovernanceTelemetry.RecordBudgetRemaining(check.Scope, CompiledLimit.MetricName(check.Metric), ToUnits(check.Metric, Math.Max(0, remaining[i])));
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

    private readonly record struct ThresholdKey(string CounterKey, long Bucket, int Threshold);

    /// <summary>Usage to charge: input (cached part included), cached input and output tokens, and the model that did the work.</summary>
    private readonly record struct Charge(long Input, long CachedInput, long Output, string? Model);

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
