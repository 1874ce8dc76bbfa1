using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using System.Text;
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
internal sealed class ProviderSafetyChatClient : DelegatingChatClient
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

            var inner = base.GetResponseAsync(outgoing.Result, options, cancellationToken);
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
        var inner = base.GetResponseAsync(await outgoing.ConfigureAwait(false), options, cancellationToken);
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

    /// <inheritdoc />
    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return StreamingUpdates.CoalesceTail(InspectStreamAsync(messages, options, cancellationToken), cancellationToken);
    }

    private async IAsyncEnumerable<ChatResponseUpdate> InspectStreamAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // A stream resolves its caller when it starts, as it always has: later steps run in the consumer's flow.
        var call = new Call(this, GetState(), options);
        _ = call.Caller;
        var outgoing = await call.PrepareAsync(messages, cancellationToken).ConfigureAwait(false);
        var inspect = call.State.Options.InspectResponses;
        var classify = inspect && call.State.Options.ClassifyResponses && call.State.Classifiers.Length > 0;
        var full = classify ? new StringBuilder() : null;
        var held = new StringBuilder();
        var tail = string.Empty;
        var classified = false;
        using var upstream = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var enumerator = base.GetStreamingResponseAsync(outgoing, options, upstream.Token).GetAsyncEnumerator(upstream.Token);
        await using (enumerator.ConfigureAwait(false))
        {
            while (await enumerator.MoveNextAsync().ConfigureAwait(false))
            {
                var update = enumerator.Current;
                var text = update.Text;
                var released = update;
                if (inspect && text.Length > 0)
                {
                    full?.Append(text);
                    if (call.Canary is { } canary)
                    {
                        // Search the chunk with the end of the text before it, so a canary split across chunks is found.
                        var window = tail + text;
                        tail = window.Length >= canary.Length ? window[^(canary.Length - 1)..] : window;
                        try
                        {
                            call.CheckCanary(window);
                        }
                        catch (ContentBlockedException)
                        {
                            // Stop the provider before reporting: nothing more is read or paid for.
                            await upstream.CancelAsync().ConfigureAwait(false);
                            throw;
                        }

                        // Hold back only an ending that could be the start of the canary, so none of it is sent.
                        var pending = held.Length == 0 ? text : held.Append(text).ToString();
                        var hold = OutputHoldback.CanaryPrefixLength(pending, canary);
                        held.Clear().Append(pending, pending.Length - hold, hold);
                        released = StreamingUpdates.WithText(update, hold == 0 ? pending : pending[..^hold]);
                    }
                }

                if (update.FinishReason is not null && !classified)
                {
                    // The answer is complete: classify it before its end and the finish reason go out.
                    if (full is not null)
                    {
                        await call.ClassifyResponseAsync(full.ToString(), cancellationToken).ConfigureAwait(false);
                    }

                    classified = true;
                    released = StreamingUpdates.Append(released, StreamingUpdates.TakeHeld(held));
                }

                yield return released;
            }
        }

        if (!classified && full is not null)
        {
            await call.ClassifyResponseAsync(full.ToString(), cancellationToken).ConfigureAwait(false);
        }

        // The stream's end (after a finish update, only properties: they are merged into it).
        var last = new ChatResponseUpdate(ChatRole.Assistant, StreamingUpdates.TakeHeld(held));
        if (call.HasAnnotations)
        {
            last.AdditionalProperties = [];
            last.AdditionalProperties[GovernanceProperties.SafetyAnnotations] = call.DistinctAnnotations();
        }

        if (last.Contents.Count > 0 || last.AdditionalProperties is not null)
        {
            yield return last;
        }
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

    /// <summary>One call: its options and caller, the canary put into its system prompt, and the annotations collected.</summary>
    private sealed class Call(ProviderSafetyChatClient owner, State state, ChatOptions? options)
    {
        // Most calls annotate nothing: the list is made by the first annotation.
        private List<string>? _annotations;
        private CallerContext? _caller;

        /// <summary>Gets the caller, resolved when an audit event or a block first needs it (most calls need none).</summary>
        public CallerContext Caller => _caller ??= owner._callers.Resolve(options);

        public State State { get; } = state;

        public bool HasAnnotations => _annotations is { Count: > 0 };

        public string? Canary { get; private set; }

        /// <summary>Gets the distinct annotations collected, in order.</summary>
        public string[] DistinctAnnotations() => SafetyChatClient.DistinctInOrder(null, _annotations);

        /// <summary>Classifies the prompt as it leaves for the provider, then adds the canary to its system prompt.</summary>
        public ValueTask<IEnumerable<ChatMessage>> PrepareAsync(IEnumerable<ChatMessage> messages, CancellationToken cancellationToken)
        {
            var list = messages as IList<ChatMessage> ?? [.. messages];

            // Without classifiers or the similarity layer nothing here awaits: no task is made.
            return State.Classifiers.Length > 0 || State.Options.Similarity.Enabled
                ? new ValueTask<IEnumerable<ChatMessage>>(CheckThenMarkAsync(list, cancellationToken))
                : new ValueTask<IEnumerable<ChatMessage>>(Mark(list));
        }

        public bool FindsCanary(string text) => Canary is { } canary && text.Contains(canary, StringComparison.OrdinalIgnoreCase);

        private async Task<IEnumerable<ChatMessage>> CheckThenMarkAsync(IList<ChatMessage> list, CancellationToken cancellationToken)
        {
            var options = State.Options;
            var userText = new StringBuilder();
            var untrusted = new List<string>();
            foreach (var message in list)
            {
                var origin = SafetyChatClient.OriginOf(message, options);
                if (origin is not (SafetyContentOrigin.UserPrompt or SafetyContentOrigin.UntrustedContent))
                {
                    continue;
                }

                foreach (var content in message.Contents)
                {
                    var text = SafetyChatClient.TextOf(message, content, origin.Value, options);
                    if (string.IsNullOrEmpty(text) || text == SafetyConstants.RemovedMessageMarker)
                    {
                        continue;
                    }

                    if (origin == SafetyContentOrigin.UntrustedContent)
                    {
                        untrusted.Add(text);
                    }
                    else
                    {
                        userText.Append(text).Append('\n');
                    }
                }
            }

            if (userText.Length > 0)
            {
                await CheckAsync(new ContentSafetyRequest(userText.ToString(0, userText.Length - 1), SafetyContentOrigin.UserPrompt), SafetyCheckpoint.Prompt, cancellationToken).ConfigureAwait(false);
            }

            foreach (var text in untrusted)
            {
                await CheckAsync(new ContentSafetyRequest(text, SafetyContentOrigin.UntrustedContent), SafetyCheckpoint.UntrustedContent, cancellationToken).ConfigureAwait(false);
            }

            return Mark(list);
        }

        private IEnumerable<ChatMessage> Mark(IList<ChatMessage> list) =>
            State.Options is { UseCanary: true, InspectResponses: true } ? AddCanary(list) : list;

        /// <summary>Checks the response for the canary and classifies it, as the options say, then adds the call's annotations to it.</summary>
        public Task InspectResponseAsync(ChatResponse response, CancellationToken cancellationToken)
        {
            if (!State.Options.InspectResponses)
            {
                Annotate(response);
                return Task.CompletedTask;
            }

            var text = response.Text;
            CheckCanary(text);
            var classified = ClassifyResponseAsync(text, cancellationToken);
            if (!classified.IsCompletedSuccessfully)
            {
                return AnnotateAfterAsync(classified, response);
            }

            Annotate(response);
            return Task.CompletedTask;
        }

        private async Task AnnotateAfterAsync(Task classified, ChatResponse response)
        {
            await classified.ConfigureAwait(false);
            Annotate(response);
        }

        private void Annotate(ChatResponse response)
        {
            if (HasAnnotations)
            {
                response.AdditionalProperties ??= [];
                response.AdditionalProperties[GovernanceProperties.SafetyAnnotations] = DistinctAnnotations();
            }
        }

        /// <summary>Applies the canary rule when the text contains the canary (a leak of the system prompt).</summary>
        public void CheckCanary(string text)
        {
            if (FindsCanary(text))
            {
                const string RuleId = "output.canary";
                var action = SafetyChatClient.Resolve(State.Options, [RuleId], SafetyAction.Block, SafetyConstants.CategorySystemPromptLeak);

                // Text that leaked the system prompt cannot be partly kept: anything but monitor or annotate blocks.
                Apply(SafetyCheckpoint.Response, SafetyConstants.CategorySystemPromptLeak, [RuleId], action == SafetyAction.Redact ? SafetyAction.Block : action, 1);
            }
        }

        /// <summary>Classifies the answer with the classifiers; without any, completes at once (no request, no async frames).</summary>
        public Task ClassifyResponseAsync(string text, CancellationToken cancellationToken) =>
            State.Options is { InspectResponses: true, ClassifyResponses: true } && text.Length > 0 && State.Classifiers.Length > 0
                ? ClassifyAsync(new ContentSafetyRequest(text, SafetyContentOrigin.ModelOutput), SafetyCheckpoint.Response, cancellationToken)
                : Task.CompletedTask;

        private async Task CheckAsync(ContentSafetyRequest request, SafetyCheckpoint checkpoint, CancellationToken cancellationToken)
        {
            if (State.Options.Similarity.Enabled)
            {
                await ScoreSimilarityAsync(request, checkpoint, cancellationToken).ConfigureAwait(false);
            }

            await ClassifyAsync(request, checkpoint, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>The similarity layer: the nearest attack exemplar, compared with the layer's own threshold for the origin.</summary>
        private async Task ScoreSimilarityAsync(ContentSafetyRequest request, SafetyCheckpoint checkpoint, CancellationToken cancellationToken)
        {
            const string UnavailableRule = "similarity.unavailable";
            var options = State.Options;
            var scorer = State.Similarity ?? throw new InvalidOperationException(
                "The safety similarity layer is enabled (Similarity.Enabled) but no IEmbeddingGenerator<string, Embedding<float>> is registered.");
            var untrusted = request.Origin == SafetyContentOrigin.UntrustedContent;
            SimilarityMatch match;
            try
            {
                match = await scorer.ScoreAsync(request.Text, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                var failClosed = options.ClassifierFailureMode == SafetyFailureMode.FailClosed;
                Apply(checkpoint, SafetyConstants.CategoryClassifierUnavailable, [UnavailableRule], failClosed ? SafetyAction.Block : SafetyAction.Monitor, 0);
                return;
            }

            var threshold = untrusted ? options.Similarity.UntrustedThreshold : options.Similarity.PromptThreshold;
            if (match.Family is null || match.Score < threshold)
            {
                return;
            }

            var ruleId = "similarity." + match.Family;
            var category = untrusted ? SafetyConstants.CategoryIndirectInjection
                : match.Family == InjectionExemplarBank.Persona ? SafetyConstants.CategoryJailbreak
                : match.Family == InjectionExemplarBank.Extraction ? SafetyConstants.CategoryPromptExtraction
                : SafetyConstants.CategoryPromptInjection;
            var action = SafetyChatClient.Resolve(options, [ruleId], untrusted ? options.IndirectInjectionAction : options.InjectionAction);

            // A verdict on a whole text cannot redact parts of it: redact counts as block.
            Apply(checkpoint, category, [ruleId], action == SafetyAction.Redact ? SafetyAction.Block : action, match.Score);
        }

        private async Task ClassifyAsync(ContentSafetyRequest request, SafetyCheckpoint checkpoint, CancellationToken cancellationToken)
        {
            var classifiers = State.Classifiers;
            if (classifiers.Length == 0)
            {
                return;
            }

            var tasks = new Task<ContentSafetyClassification>[classifiers.Length];
            for (var i = 0; i < classifiers.Length; i++)
            {
                tasks[i] = Start(classifiers[i], request, cancellationToken);
            }

            try
            {
                await Task.WhenAll(tasks).ConfigureAwait(false);
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                // Each failed classifier is handled below by its own task's state.
            }

            var options = State.Options;
            for (var i = 0; i < classifiers.Length; i++)
            {
                var name = classifiers[i].Name;
                if (!tasks[i].IsCompletedSuccessfully)
                {
                    var failClosed = options.ClassifierFailureMode == SafetyFailureMode.FailClosed;
                    Apply(checkpoint, SafetyConstants.CategoryClassifierUnavailable, ["classifier." + name], failClosed ? SafetyAction.Block : SafetyAction.Monitor, 0);
                    continue;
                }

                foreach (var result in tasks[i].Result.Categories)
                {
                    if (result.Severity < options.ClassifierSeverityThreshold)
                    {
                        continue;
                    }

                    var attack = result.Category == ContentSafetyCategories.PromptAttack;
                    var fallback = !attack ? options.ClassifierAction
                        : request.Origin == SafetyContentOrigin.UntrustedContent ? options.IndirectInjectionAction
                        : options.InjectionAction;
                    var ruleId = $"classifier.{name}.{result.Category}";
                    var category = attack && request.Origin == SafetyContentOrigin.UntrustedContent ? SafetyConstants.CategoryIndirectInjection
                        : attack ? SafetyConstants.CategoryPromptInjection
                        : result.Category;
                    var action = SafetyChatClient.Resolve(options, [ruleId], fallback, result.Category);

                    // A verdict on a whole text cannot redact parts of it: redact counts as block.
                    Apply(checkpoint, category, [ruleId], action == SafetyAction.Redact ? SafetyAction.Block : action, result.Severity);
                }
            }
        }

        private static Task<ContentSafetyClassification> Start(IContentSafetyClassifier classifier, ContentSafetyRequest request, CancellationToken cancellationToken)
        {
            try
            {
                return classifier.ClassifyAsync(request, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return Task.FromException<ContentSafetyClassification>(ex);
            }
        }

        private void Apply(SafetyCheckpoint checkpoint, string category, IReadOnlyList<string> ruleIds, SafetyAction action, double score)
        {
            SafetyChatClient.Audit(State.Options, owner._auditSink, owner._decisions, new SafetyAuditEvent(owner._time.GetUtcNow(), Caller, checkpoint, category, ruleIds, action, score));
            switch (action)
            {
                case SafetyAction.Block:
                    throw new ContentBlockedException(category, ruleIds[0], score, checkpoint == SafetyCheckpoint.Response, SafetyChatClient.Scope(Caller));
                case SafetyAction.Annotate:
                    (_annotations ??= []).AddRange(ruleIds);
                    break;
            }
        }

        private IList<ChatMessage> AddCanary(IList<ChatMessage> messages)
        {
            for (var i = 0; i < messages.Count; i++)
            {
                if (messages[i].Role != ChatRole.System)
                {
                    continue;
                }

                var system = messages[i];
                var marker = State.CanaryKey.For(system.Text);
                Canary = marker.Canary;

                // Copied by index into lists of their final size: a spread or a copy constructor goes through the
                // interfaces (an enumerator, a CopyTo) and the contents' list would grow once for the marker.
                var contents = system.Contents;
                var marked = new List<AIContent>(contents.Count + 1);
                for (var k = 0; k < contents.Count; k++)
                {
                    marked.Add(contents[k]);
                }

                marked.Add(new TextContent(marker.Instruction));
                var clone = system.Clone();
                clone.Contents = marked;
                var sent = new List<ChatMessage>(messages.Count);
                for (var k = 0; k < messages.Count; k++)
                {
                    sent.Add(k == i ? clone : messages[k]);
                }

                return sent;
            }

            return messages;
        }
    }
}
