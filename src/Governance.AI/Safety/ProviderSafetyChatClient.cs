using System.Diagnostics.Metrics;
using Microsoft.Extensions.AI;

namespace Governance.AI.Safety;

/// <summary>
/// The safety policy's provider-side step (stage <see cref="GovernanceStage.ProviderSafety"/>): runs the
/// <see cref="IContentSafetyClassifier"/>s on the prompt and the response as they are after redaction, and puts the
/// canary into the outgoing system prompt after the cache, checking the response for it.
/// </summary>
/// <remarks>
/// <para><b>Why here.</b> A classifier may send its text out of the process (a hosted content-safety service, an LLM
/// judge); inside the redaction stage it only ever gets placeholders where the PII was. The canary is derived from a
/// secret (per process unless <see cref="SafetyOptions.CanarySecret"/> is set), so it must not reach the cache key:
/// added inside the cache, it never does, and a cache shared by several instances keeps hitting.</para>
/// <para><b>Cache hits.</b> A request answered from the cache does not reach this step: its answer passed the
/// classifiers when it was produced. The local checks of <see cref="SafetyChatClient"/> run on every request.</para>
/// <para><b>Streaming.</b> Chunks pass through as they come, less an ending that could be the start of the canary; a
/// canary completed by a chunk stops the stream before any of it was sent, and the whole response is classified before
/// the update that carries the finish reason goes out.</para>
/// </remarks>
internal sealed partial class ProviderSafetyChatClient : DelegatingChatClient
{
    private readonly IPolicyOptionsSource<SafetyOptions> _options;
    private readonly ISafetyAuditSink? _auditSink;
    private readonly IContentSafetyClassifier[] _registeredClassifiers;
    private readonly CallerContextResolver _callers;
    private readonly TimeProvider _time;
    private readonly string _processCanarySecret = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    private State? _state;
    private IMeterFactory? _meterFactory;
    private Counter<long> _decisions = SafetyChatClient.DecisionsCounter(null);

    public ProviderSafetyChatClient(
        IChatClient innerClient,
        IPolicyOptionsSource<SafetyOptions> options,
        ISafetyAuditSink? auditSink,
        IEnumerable<IContentSafetyClassifier>? classifiers,
        CallerContextResolver? callerResolver,
        TimeProvider? timeProvider)
        : base(innerClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _auditSink = auditSink;
        _registeredClassifiers = classifiers?.ToArray() ?? [];
        _callers = callerResolver ?? CallerContextResolver.Default;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>
    /// Gets or sets the embedding generator of the similarity layer (<see cref="SafetyOptions.Similarity"/>). The
    /// pipeline sets it to the registered <c>IEmbeddingGenerator&lt;string, Embedding&lt;float&gt;&gt;</c>, if any. It runs here,
    /// after redaction, because a hosted embedding model is a service outside the process like a classifier.
    /// </summary>
    public IEmbeddingGenerator<string, Embedding<float>>? EmbeddingGenerator { get; set; }

    /// <summary>
    /// Gets or sets the policy's local response checks (deny list, topics, secrets), run here on a non-streamed answer
    /// so that an answer they block is never stored by the cache outside this step, and one they redact is stored
    /// redacted. The pipeline builders set them; a streamed answer is checked by the outer step as it goes, and the
    /// cache stores it only once it completed.
    /// </summary>
    internal SafetyChatClient? LocalResponseChecks { get; set; }

    /// <summary>
    /// Gets or sets the meter factory the <c>governance.safety.decisions</c> counter is created with (the classifier
    /// and canary decisions of this step): the pipeline builders set the one from the application's services.
    /// <see langword="null"/> (the default) records on the process-wide <see cref="Telemetry.GovernanceDiagnostics.Meter"/>.
    /// </summary>
    public IMeterFactory? MeterFactory
    {
        get => _meterFactory;
        set
        {
            _decisions = SafetyChatClient.DecisionsCounter(value);
            _meterFactory = value;
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// When nothing awaits (no classifier, no similarity layer, an inner call that completes synchronously) the call
    /// is finished on the spot and the inner task returned as is; every failure still comes back through the returned task.
    /// </remarks>
    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            ArgumentNullException.ThrowIfNull(messages);
            var call = new Call(this, GetState(), options);
            var outgoing = call.PrepareAsync(messages, cancellationToken);
            if (!outgoing.IsCompletedSuccessfully)
            {
                return RespondAsync(call, outgoing, options, cancellationToken);
            }

            var inner = base.GetResponseAsync(outgoing.Result, call.Outgoing, cancellationToken);
            if (!inner.IsCompletedSuccessfully)
            {
                return FinishAsync(call, inner, options, cancellationToken);
            }

            var inspected = call.InspectResponseAsync(inner.Result, cancellationToken);
            if (!inspected.IsCompletedSuccessfully)
            {
                return AwaitInspectionAsync(inspected, inner, options);
            }

            LocalResponseChecks?.InspectProviderResponse(inner.Result, options);
            return inner;
        }
        catch (Exception ex)
        {
            return ResponseTasks.Failed(ex);
        }
    }

    private async Task<ChatResponse> RespondAsync(Call call, ValueTask<IEnumerable<ChatMessage>> outgoing, ChatOptions? options, CancellationToken cancellationToken)
    {
        var inner = base.GetResponseAsync(await outgoing.ConfigureAwait(false), call.Outgoing, cancellationToken);
        return await FinishAsync(call, inner, options, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ChatResponse> FinishAsync(Call call, Task<ChatResponse> inner, ChatOptions? options, CancellationToken cancellationToken)
    {
        var response = await inner.ConfigureAwait(false);
        await call.InspectResponseAsync(response, cancellationToken).ConfigureAwait(false);
        LocalResponseChecks?.InspectProviderResponse(response, options);
        return response;
    }

    private async Task<ChatResponse> AwaitInspectionAsync(Task inspected, Task<ChatResponse> inner, ChatOptions? options)
    {
        await inspected.ConfigureAwait(false);
        var response = await inner.ConfigureAwait(false);
        LocalResponseChecks?.InspectProviderResponse(response, options);
        return response;
    }

    private State GetState()
    {
        var options = _options.Current;
        var state = Volatile.Read(ref _state);
        var embeddings = EmbeddingGenerator;
        if (state is null || !ReferenceEquals(state.Options, options) || !ReferenceEquals(state.Similarity?.Generator, embeddings))
        {
            state = new State(
                options,
                new SystemPromptCanary(options.CanarySecret ?? _processCanarySecret),
                [.. options.Classifiers, .. _registeredClassifiers],
                embeddings is null ? null : new InjectionSimilarityScorer(embeddings, options.Similarity));
            Volatile.Write(ref _state, state);
        }

        return state;
    }

    /// <summary>What one options instance needs here: the canary key, every classifier and the similarity scorer.</summary>
    private sealed record State(SafetyOptions Options, SystemPromptCanary CanaryKey, IContentSafetyClassifier[] Classifiers, InjectionSimilarityScorer? Similarity);
}
