using System.Diagnostics.Metrics;
using System.Runtime.ExceptionServices;
using Governance.AI.Pricing;
using Governance.AI.Telemetry;
using Governance.AI.Tokenization;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Governance.AI.Budgets;

/// <summary>
/// The budget policy (stage <see cref="GovernanceStage.Budget"/>): token, request, concurrency and cost limits per
/// tenant, user, application, cost center and model, enforced before the call and charged exactly after it.
/// </summary>
/// <remarks>
/// <para><b>Algorithm.</b> Before the call it counts the prompt tokens with the model's <see cref="ITokenCounter"/>
/// (with an exact tiktoken counter it takes a cheap upper bound instead — UTF-8 bytes in the chat formula — and
/// counts only when a limit, clamp, threshold, downgrade or charge depends on the count) and reserves, in one atomic all-or-nothing step across every rule that applies, the prompt tokens plus the output
/// allowance (<c>MaxOutputTokens</c>, or <see cref="BudgetOptions.DefaultOutputAllowance"/>), one request, one
/// concurrency slot and the cost of that many tokens. A request that fits exactly passes; one token more is rejected
/// with a <see cref="BudgetExceededException"/> naming the scope, limit, window, use and <c>RetryAfter</c> (the end of
/// the window, when the request would fit in an empty one). After the call it settles the reservation with the
/// provider's <see cref="UsageDetails"/> (or, when the provider reports none, the output counted with the tokenizer: text, tool calls and reasoning),
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

    private readonly BudgetLedger _ledger;
    private readonly CallerContextResolver _callers;
    private ProviderDefaultModel _defaultModel;
    private IMeterFactory? _meterFactory;
    private ILoggerFactory? _loggerFactory;

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
        _ledger = BudgetLedger.Create(options, tokenCounters, store, timeProvider);
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
            _ledger.Telemetry = BudgetTelemetry.For(value);
            _meterFactory = value;
        }
    }

    /// <summary>
    /// Gets or sets the logger factory for the failures the policy absorbs (a budget store that fails to settle): the
    /// pipeline builders set the one from the application's services. <see langword="null"/> (the default) logs nothing.
    /// </summary>
    public ILoggerFactory? LoggerFactory
    {
        get => _loggerFactory;
        set
        {
            _ledger.Logger = value?.CreateLogger(BudgetLog.Category) ?? NullLogger.Instance;
            _loggerFactory = value;
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// When the admission, the inner call and the settlement complete synchronously (in-memory counters, an in-memory
    /// answer) the call is finished on the spot and the inner task returned as is: no async state machine and no task
    /// of its own. Every failure still comes back through the returned task, and a failed call is settled as a failure.
    /// </remarks>
    public override Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            ArgumentNullException.ThrowIfNull(messages);
            ValueTask<(BudgetAdmission? Admission, ChatOptions? SendOptions)> admitting = AdmitAsync(messages, options, cancellationToken);
            if (!admitting.IsCompletedSuccessfully)
            {
                return AdmitThenRespondAsync(admitting, messages, options, cancellationToken);
            }

            (BudgetAdmission? admission, ChatOptions? sendOptions) = admitting.Result;
            if (admission is null)
            {
                return base.GetResponseAsync(messages, options, cancellationToken);
            }

            Task<ChatResponse> inner;
            try
            {
                inner = base.GetResponseAsync(messages, sendOptions, cancellationToken);
            }
            catch (Exception failure)
            {
                return SettleFailureThenThrowAsync(admission, failure);
            }

            if (!inner.IsCompletedSuccessfully)
            {
                return SettleAfterAsync(admission, inner);
            }

            ValueTask settling = SettleServedAsync(admission, inner.Result);
            if (!settling.IsCompletedSuccessfully)
            {
                return AwaitSettlementAsync(settling, inner.Result);
            }

            settling.GetAwaiter().GetResult();
            return inner;
        }
        catch (Exception ex)
        {
            return ResponseTasks.Failed(ex);
        }
    }

    private async Task<ChatResponse> AdmitThenRespondAsync(
        ValueTask<(BudgetAdmission? Admission, ChatOptions? SendOptions)> admitting, IEnumerable<ChatMessage> messages, ChatOptions? options, CancellationToken cancellationToken)
    {
        (BudgetAdmission? admission, ChatOptions? sendOptions) = await admitting.ConfigureAwait(false);
        if (admission is null)
        {
            return await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }

        Task<ChatResponse> inner;
        try
        {
            inner = base.GetResponseAsync(messages, sendOptions, cancellationToken);
        }
        catch (Exception failure)
        {
            await _ledger.SettleFailureAsync(admission, failure).ConfigureAwait(false);
            throw;
        }

        return await SettleAfterAsync(admission, inner).ConfigureAwait(false);
    }

    /// <summary>Awaits the provider's answer and settles the admission with it, or as a failure when the call failed.</summary>
    private async Task<ChatResponse> SettleAfterAsync(BudgetAdmission admission, Task<ChatResponse> inner)
    {
        ChatResponse response;
        try
        {
            response = await inner.ConfigureAwait(false);
        }
        catch (Exception failure)
        {
            await _ledger.SettleFailureAsync(admission, failure).ConfigureAwait(false);
            throw;
        }

        await SettleServedAsync(admission, response).ConfigureAwait(false);
        return response;
    }

    private async Task<ChatResponse> SettleFailureThenThrowAsync(BudgetAdmission admission, Exception failure)
    {
        await _ledger.SettleFailureAsync(admission, failure).ConfigureAwait(false);
        ExceptionDispatchInfo.Throw(failure);
        return null!;
    }

    private static async Task<ChatResponse> AwaitSettlementAsync(ValueTask settling, ChatResponse response)
    {
        await settling.ConfigureAwait(false);
        return response;
    }

    /// <summary>The keys a settlement writes to a response, at most: a dictionary made for them holds them without growing.</summary>
    private static readonly int SettlementKeys = ResponseProperties.KeysAddedBy(GovernanceStage.Budget);

    /// <summary>Charges a served call what the provider reported (or what the counter counts) and reports the remaining budgets on the response.</summary>
    private ValueTask SettleServedAsync(BudgetAdmission admission, ChatResponse response)
    {
        UsageDetails? usage = response.Usage;
        _ledger.Calibrate(admission, usage?.InputTokenCount);
        long input = usage?.InputTokenCount ?? admission.CountPromptExactly();
        long output = usage?.OutputTokenCount
            ?? admission.Counter.CountTokens(response.Text) + ChatTokenFormula.CountWrittenBesideText(admission.Counter, response.Messages);
        AdditionalPropertiesDictionary report = response.AdditionalProperties ??= ResponseProperties.Create(SettlementKeys);
        ReportCounted(report, usage, input, output);
        return _ledger.SettleAsync(admission, new BudgetCharge(input, usage?.CachedInputTokenCount ?? 0, output, response.ModelId), ProviderCharge.Of(response), report);
    }

    /// <summary>
    /// Reports the usage charged on counts (<see cref="BudgetProperties.CountedUsage"/>) when the provider reported
    /// no input or no output count, so the usage ledger records what was charged instead of zero tokens.
    /// </summary>
    private static void ReportCounted(AdditionalPropertiesDictionary report, UsageDetails? reported, long input, long output)
    {
        if (reported?.InputTokenCount is null || reported.OutputTokenCount is null)
        {
            report[BudgetProperties.CountedUsage] = new UsageDetails { InputTokenCount = input, OutputTokenCount = output, TotalTokenCount = input + output };
        }
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
    public ValueTask<IReadOnlyList<BudgetStatus>> GetStatusAsync(CallerContext caller, string? modelId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return _ledger.GetStatusAsync(caller, modelId ?? _defaultModel.Get(InnerClient), cancellationToken);
    }

    /// <summary>
    /// Counts (or bounds) the prompt and admits the request (see <see cref="BudgetLedger.AdmitAsync"/>); gives no admission when no
    /// rule applies. The options to send carry the output allowance and the cheaper-model hint when they apply.
    /// </summary>
    /// <remarks>Completes synchronously when the ledger does (the in-memory store); a failure may be thrown here or come back through the task.</remarks>
    private ValueTask<(BudgetAdmission? Admission, ChatOptions? SendOptions)> AdmitAsync(IEnumerable<ChatMessage> messages, ChatOptions? options, CancellationToken cancellationToken)
    {
        CompiledBudget budget = _ledger.Current();
        CallerContext caller = _callers.Resolve(options, GovernancePolicyNames.Budget, budget.Options.RequireTenant);
        string? model = options?.ModelId ?? _defaultModel.Get(InnerClient);
        if (!budget.AnyLimitMatches(caller, model))
        {
            return new((null, options));
        }

        ITokenCounter counter = _ledger.TokenCounters.GetCounter(model);

        // An exact counter that can bound the prompt cheaply admits with the bound and counts only when a decision or
        // a charge needs the count; an estimate is always counted, since calibration learns from it.
        PromptCount prompt = counter.IsExact && counter is IPromptTokenBound bound
            ? PromptCount.Bound(bound.PromptTokensUpperBound(messages, options), messages, options)
            : PromptCount.Exact(counter.CountTokens(messages, options));
        int? requestedOutput = options?.MaxOutputTokens;
        int allowance = Math.Max(0, requestedOutput ?? budget.Options.DefaultOutputAllowance);
        ValueTask<BudgetAdmission> admitting = _ledger.AdmitAsync(budget, caller, model, counter, prompt, requestedOutput, allowance, cancellationToken);
        return admitting.IsCompletedSuccessfully
            ? new(SendOptions(admitting.Result, budget, options, requestedOutput))
            : SendOptionsAfterAsync(admitting, budget, options, requestedOutput);
    }

    private async ValueTask<(BudgetAdmission? Admission, ChatOptions? SendOptions)> SendOptionsAfterAsync(
        ValueTask<BudgetAdmission> admitting, CompiledBudget budget, ChatOptions? options, int? requestedOutput) =>
        SendOptions(await admitting.ConfigureAwait(false), budget, options, requestedOutput);

    /// <summary>The options to send an admitted request with: with the output allowance and the cheaper-model hint when they apply.</summary>
    private (BudgetAdmission? Admission, ChatOptions? SendOptions) SendOptions(BudgetAdmission admission, CompiledBudget budget, ChatOptions? options, int? requestedOutput)
    {
        int allowance = admission.OutputAllowance;
        bool setMaxOutput = admission.OutputBounded && allowance != requestedOutput && (requestedOutput is not null || budget.Options.ApplyOutputAllowance);
        if (!setMaxOutput && !admission.PreferCheaper)
        {
            return (admission, options);
        }

        // The router or the provider boundary removes the keys from the copy in place.
        ChatOptions send = PipelineChatOptions.CopyFor(options, InnerClient);
        if (setMaxOutput)
        {
            send.MaxOutputTokens = allowance;
        }

        if (admission.PreferCheaper)
        {
            // A pipeline's copy shares the caller's dictionary until it writes to it.
            AdditionalPropertiesDictionary properties = send is PipelineChatOptions copy ? copy.OwnProperties() : send.AdditionalProperties ??= [];
            properties[GovernanceProperties.PreferCheaperModel] = true;
        }

        return (admission, send);
    }
}
