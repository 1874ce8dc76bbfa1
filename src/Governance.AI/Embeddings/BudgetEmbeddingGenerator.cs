using Governance.AI.Budgets;
using Governance.AI.Telemetry;
using Governance.AI.Tokenization;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

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
/// <para>Admission and settlement are the chat policy's own code, so counter keys are the chat policy's
/// (<c>tenant:contoso|tokens|1d</c>) and with the same store a tenant's token and cost limits cover chat and
/// embeddings together. Soft thresholds (<see cref="BudgetOptions.OnThresholdReached"/>), rejections and unpriced
/// models are reported as the chat policy reports them; the cheaper-model hint is for the router of chat calls only.</para>
/// <para>The settlement writes <see cref="BudgetProperties.ChargedTokens"/>, the remaining budgets and
/// <see cref="GovernanceProperties.CostUsd"/> to <see cref="GeneratedEmbeddings{TEmbedding}.AdditionalProperties"/>.</para>
/// </remarks>
public sealed class BudgetEmbeddingGenerator : DelegatingEmbeddingGenerator<string, Embedding<float>>
{
    private readonly BudgetLedger _ledger;
    private readonly CallerContextResolver _callers;
    private ProviderDefaultModel _defaultModel;
    private System.Diagnostics.Metrics.IMeterFactory? _meterFactory;
    private ILoggerFactory? _loggerFactory;

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
        _ledger = BudgetLedger.Create(options, tokenCounters, store, timeProvider);
        _callers = callerResolver ?? CallerContextResolver.Default;
    }

    /// <summary>
    /// Gets or sets the meter factory the policy's instruments (<c>governance.budget.*</c>) are created with: the
    /// pipeline builders set the one from the application's services, so its metrics belong to that service provider.
    /// <see langword="null"/> (the default) records on the process-wide <see cref="Telemetry.GovernanceDiagnostics.Meter"/>.
    /// </summary>
    public System.Diagnostics.Metrics.IMeterFactory? MeterFactory
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
    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);

        // Counted and sent as one list, so a lazy sequence is enumerated once.
        IReadOnlyList<string> batch = values as IReadOnlyList<string> ?? [.. values];
        BudgetAdmission? admission = await AdmitAsync(batch, options, cancellationToken).ConfigureAwait(false);
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
            await _ledger.SettleFailureAsync(admission, failure).ConfigureAwait(false);
            throw;
        }

        long? reported = result.Usage?.InputTokenCount;
        _ledger.Calibrate(admission, reported);
        string? servedModel = result.Count > 0 ? result[0].ModelId : null;
        await _ledger.SettleAsync(admission, new BudgetCharge(reported ?? admission.PromptTokens, 0, 0, servedModel), [], result.AdditionalProperties ??= [])
            .ConfigureAwait(false);
        return result;
    }

    /// <summary>Counts the batch's input and admits it (no output is reserved); no admission when no rule applies.</summary>
    private async ValueTask<BudgetAdmission?> AdmitAsync(IReadOnlyList<string> batch, EmbeddingGenerationOptions? options, CancellationToken cancellationToken)
    {
        CompiledBudget budget = _ledger.Current();
        CallerContext caller = _callers.ResolveCaller(options, GovernancePolicyNames.Budget, budget.Options.RequireTenant);
        string? model = options?.ModelId ?? _defaultModel.Get(InnerGenerator);
        if (!budget.AnyLimitMatches(caller, model))
        {
            return null;
        }

        ITokenCounter counter = _ledger.TokenCounters.GetCounter(model);
        long inputTokens = 0;
        for (int i = 0; i < batch.Count; i++)
        {
            inputTokens += counter.CountTokens(batch[i]);
        }

        return await _ledger.AdmitAsync(budget, caller, model, counter, PromptCount.Exact(inputTokens), requestedOutput: null, allowance: 0, cancellationToken).ConfigureAwait(false);
    }
}
