using System.Diagnostics;
using System.Diagnostics.Metrics;
using Governance.AI.Pricing;
using Governance.AI.Telemetry;
using Microsoft.Extensions.AI;

namespace Governance.AI.Embeddings;

/// <summary>
/// The telemetry policy for embeddings, outermost in a governed embedding pipeline: an <c>embeddings {model}</c>
/// client span and the GenAI client metrics of the OpenTelemetry semantic conventions (operation <c>embeddings</c>),
/// on the <see cref="GovernanceDiagnostics.SourceName"/> activity source and meter the chat policies use.
/// </summary>
/// <remarks>
/// <para>Span attributes: <c>gen_ai.operation.name</c> = <c>embeddings</c>, <c>gen_ai.provider.name</c>,
/// <c>gen_ai.request.model</c>, <c>gen_ai.request.embedding.dimensions</c> (when set),
/// <c>gen_ai.usage.input_tokens</c> (the provider's count), <c>governance.cache.status</c>,
/// <c>governance.cost_usd</c>, and on failure <c>error.type</c> plus, for a governance rejection, its policy and reason
/// code. Metrics: <c>gen_ai.client.token.usage</c> (input tokens the provider reported),
/// <c>gen_ai.client.operation.duration</c>, <c>governance.cost</c> and <c>governance.requests.rejected</c>.</para>
/// <para>Nothing it emits carries the input values, embeddings, exception messages or caller ids. When nothing
/// listens a call passes straight through.</para>
/// </remarks>
public sealed class GovernanceTelemetryEmbeddingGenerator : DelegatingEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>The GenAI operation name of embedding calls.</summary>
    public const string OperationName = "embeddings";

    private const string RequestDimensions = "gen_ai.request.embedding.dimensions";

    private readonly IPolicyOptionsSource<TelemetryOptions> _options;
    private readonly TimeProvider _time;
    private readonly ModelPriceTable _prices;
    private readonly GovernanceMetrics _metrics;
    private EmbeddingGeneratorMetadata? _metadata;

    /// <summary>Initializes a new instance of the <see cref="GovernanceTelemetryEmbeddingGenerator"/> class.</summary>
    /// <param name="innerGenerator">The next generator towards the provider.</param>
    /// <param name="options">The telemetry options (only <see cref="TelemetryOptions.MaxMetricAttributeValues"/> applies); the defaults when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock durations are measured on; the system clock by default.</param>
    /// <param name="prices">Model prices for the cost of a call the budget policy did not price; <see cref="ModelPriceTable.Default"/> by default.</param>
    /// <param name="meterFactory">Creates the meter of the metrics; the process-wide <see cref="GovernanceDiagnostics.Meter"/> without one.</param>
    public GovernanceTelemetryEmbeddingGenerator(
        IEmbeddingGenerator<string, Embedding<float>> innerGenerator,
        IPolicyOptionsSource<TelemetryOptions>? options = null,
        TimeProvider? timeProvider = null,
        ModelPriceTable? prices = null,
        IMeterFactory? meterFactory = null)
        : base(innerGenerator)
    {
        _options = options ?? PolicyOptionsSource.Fixed(new TelemetryOptions());
        _time = timeProvider ?? TimeProvider.System;
        _prices = prices ?? ModelPriceTable.Default;
        _metrics = GovernanceMetrics.For(meterFactory);
    }

    /// <inheritdoc />
    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (!GovernanceDiagnostics.ActivitySource.HasListeners() && !_metrics.Enabled)
        {
            return await base.GenerateAsync(values, options, cancellationToken).ConfigureAwait(false);
        }

        EmbeddingGeneratorMetadata metadata = _metadata ??= InnerGenerator.GetService<EmbeddingGeneratorMetadata>() ?? new EmbeddingGeneratorMetadata();
        string? model = options?.ModelId ?? metadata.DefaultModelId;
        string provider = metadata.ProviderName ?? TelemetryNames.Other;
        long started = _time.GetTimestamp();
        using Activity? activity = GovernanceDiagnostics.ActivitySource.StartActivity(
            model is null ? OperationName : OperationName + " " + model, ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(TelemetryNames.OperationName, OperationName);
            activity.SetTag(TelemetryNames.ProviderName, provider);
            activity.SetTag(TelemetryNames.RequestModel, model);
            if (options?.Dimensions is { } dimensions)
            {
                activity.SetTag(RequestDimensions, dimensions);
            }
        }

        GeneratedEmbeddings<Embedding<float>> result;
        try
        {
            result = await base.GenerateAsync(values, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure)
        {
            string errorType = TelemetryCall.ErrorTypeOf(failure);
            activity?.SetTag(TelemetryNames.ErrorType, errorType);
            activity?.SetStatus(ActivityStatusCode.Error);
            if (failure is GovernanceException governance)
            {
                activity?.SetTag(TelemetryNames.Policy, governance.Policy);
                activity?.SetTag(TelemetryNames.ReasonCode, governance.ReasonCode);
            }

            Record(model, provider, null, null, failure, errorType, started);
            throw;
        }

        long? input = result.Usage?.InputTokenCount;
        decimal? cost = result.AdditionalProperties?.TryGetValue(GovernanceProperties.CostUsd, out object? priced) == true && priced is decimal charged
            ? charged
            : input is { } tokens ? _prices.Cost(model, tokens, 0, 0) : null;
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(TelemetryNames.UsageInputTokens, input);
            activity.SetTag(TelemetryNames.CacheStatus, result.AdditionalProperties?.TryGetValue(GovernanceProperties.CacheStatus, out object? status) == true ? status : null);
            activity.SetTag(TelemetryNames.CostUsd, cost is { } usd ? (double)usd : null);
        }

        Record(model, provider, input, cost, null, null, started);
        return result;
    }

    private void Record(string? model, string provider, long? inputTokens, decimal? cost, Exception? failure, string? errorType, long started)
    {
        if (!_metrics.Enabled)
        {
            return;
        }

        string requestModel = GovernanceMetrics.RequestModels.Admit(model, _options.Current.MaxMetricAttributeValues);
        var tags = new TagList
        {
            { TelemetryNames.OperationName, OperationName },
            { TelemetryNames.ProviderName, provider },
        };
        if (requestModel.Length > 0)
        {
            tags.Add(TelemetryNames.RequestModel, requestModel);
        }

        if (inputTokens is { } input)
        {
            TagList inputTags = tags;
            inputTags.Add(TelemetryNames.TokenType, TelemetryNames.TokenInput);
            _metrics.TokenUsage.Record(input, inputTags);
        }

        if (cost is { } usd and > 0)
        {
            _metrics.Cost.Add((double)usd, tags);
        }

        if (failure is GovernanceException governance)
        {
            _metrics.Rejections.Add(1, new TagList
            {
                { TelemetryNames.Policy, governance.Policy },
                { TelemetryNames.ReasonCode, governance.ReasonCode },
                { TelemetryNames.RequestModel, requestModel },
            });
        }

        TagList durationTags = tags;
        if (errorType is not null)
        {
            durationTags.Add(TelemetryNames.ErrorType, errorType);
        }

        _metrics.OperationDuration.Record(_time.GetElapsedTime(started).TotalSeconds, durationTags);
    }
}
