using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Governance.AI.Telemetry;
using Microsoft.Extensions.AI;

namespace Governance.AI.Safety;

/// <summary>
/// The safety policy (stage <see cref="GovernanceStage.Safety"/>): scans the prompt and untrusted content for
/// injections and jailbreaks, applies deny lists, blocked topics and classifiers, adds a canary to the system prompt
/// of the outgoing request, and inspects the response (streamed or not) for the canary, secrets and denied content.
/// Each decision is audited without any content; the action per rule is block, redact, annotate or monitor.
/// </summary>
public sealed class SafetyChatClient : DelegatingChatClient
{
    private static readonly Counter<long> Decisions = GovernanceDiagnostics.Meter.CreateCounter<long>(
        "governance.safety.decisions", unit: "{decision}", description: "Safety decisions by category and action.");

    private readonly IPolicyOptionsSource<SafetyOptions> _options;
    private readonly ISafetyAuditSink? _auditSink;
    private readonly IContentSafetyClassifier[] _registeredClassifiers;
    private readonly CallerContextResolver _callers;
    private readonly TimeProvider _time;
    private readonly string _processCanarySecret = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    private State? _state;

    /// <summary>Initializes a new instance of the <see cref="SafetyChatClient"/> class.</summary>
    /// <param name="innerClient">The next client towards the provider.</param>
    /// <param name="options">The options; validated here.</param>
    /// <param name="auditSink">Receives every decision, if given.</param>
    /// <param name="classifiers">Classifiers to run besides those in the options.</param>
    /// <param name="callerResolver">Resolves the caller for audit events; <see cref="CallerContextResolver.Default"/> when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock for audit timestamps.</param>
    public SafetyChatClient(
        IChatClient innerClient,
        SafetyOptions options,
        ISafetyAuditSink? auditSink = null,
        IEnumerable<IContentSafetyClassifier>? classifiers = null,
        CallerContextResolver? callerResolver = null,
        TimeProvider? timeProvider = null)
        : this(innerClient, PolicyOptionsSource.FixedValidated(options, "AiGovernance:" + SafetyConstants.SectionName), auditSink, classifiers, callerResolver, timeProvider)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SafetyChatClient"/> class.</summary>
    /// <param name="innerClient">The next client towards the provider.</param>
    /// <param name="options">The options source, read per request.</param>
    /// <param name="auditSink">Receives every decision, if given.</param>
    /// <param name="classifiers">Classifiers to run besides those in the options.</param>
    /// <param name="callerResolver">Resolves the caller for audit events; <see cref="CallerContextResolver.Default"/> when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock for audit timestamps.</param>
    public SafetyChatClient(
        IChatClient innerClient,
        IPolicyOptionsSource<SafetyOptions> options,
        ISafetyAuditSink? auditSink = null,
        IEnumerable<IContentSafetyClassifier>? classifiers = null,
        CallerContextResolver? callerResolver = null,
        TimeProvider? timeProvider = null)
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
    /// pipeline sets it to the registered <c>IEmbeddingGenerator&lt;string, Embedding&lt;float&gt;&gt;</c>, if any.
    /// </summary>
    public IEmbeddingGenerator<string, Embedding<float>>? EmbeddingGenerator { get; set; }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var call = new Call(this, GetState(), _callers.Resolve(options));
        var outgoing = await call.InspectPromptAsync(messages, cancellationToken).ConfigureAwait(false);
        var response = await base.GetResponseAsync(outgoing, options, cancellationToken).ConfigureAwait(false);
        await call.InspectResponseAsync(response, cancellationToken).ConfigureAwait(false);
        if (call.Annotations.Count > 0)
        {
            response.AdditionalProperties ??= [];
            response.AdditionalProperties[GovernanceProperties.SafetyAnnotations] = call.Annotations.Distinct(StringComparer.Ordinal).ToArray();
        }

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
        var call = new Call(this, GetState(), _callers.Resolve(options));
        var outgoing = await call.InspectPromptAsync(messages, cancellationToken).ConfigureAwait(false);
        using var upstream = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var stream = new StreamInspector(call);
        var annotated = 0;
        var classified = false;
        var enumerator = base.GetStreamingResponseAsync(outgoing, options, upstream.Token).GetAsyncEnumerator(upstream.Token);
        await using (enumerator.ConfigureAwait(false))
        {
            while (await enumerator.MoveNextAsync().ConfigureAwait(false))
            {
                var update = enumerator.Current;
                var text = update.Text;
                var violation = stream.Inspect(text);
                if (violation is not null)
                {
                    // Stop the provider before reporting: nothing more is read or paid for, and the held-back text is never sent.
                    await upstream.CancelAsync().ConfigureAwait(false);
                    throw violation;
                }

                if (call.Annotations.Count > annotated)
                {
                    update.AdditionalProperties ??= [];
                    update.AdditionalProperties[GovernanceProperties.SafetyAnnotations] = call.Annotations.Distinct(StringComparer.Ordinal).ToArray();
                    annotated = call.Annotations.Count;
                }

                // Only the end that could still become a secret, the canary or a denied phrase is held back.
                var released = StreamingUpdates.WithText(update, stream.Release(text));
                if (update.FinishReason is not null && !classified)
                {
                    // The answer is complete: classify it before its end and the finish reason go out.
                    await call.ClassifyResponseAsync(stream.FullText, cancellationToken).ConfigureAwait(false);
                    classified = true;
                    released = StreamingUpdates.Append(released, stream.FlushContents());
                }

                yield return released;
            }
        }

        if (!classified)
        {
            await call.ClassifyResponseAsync(stream.FullText, cancellationToken).ConfigureAwait(false);
        }

        // The stream's end (after a finish update, only properties: they are merged into it).
        var last = new ChatResponseUpdate(ChatRole.Assistant, stream.FlushContents());
        if (call.Annotations.Count > annotated)
        {
            last.AdditionalProperties = [];
            last.AdditionalProperties[GovernanceProperties.SafetyAnnotations] = call.Annotations.Distinct(StringComparer.Ordinal).ToArray();
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
            state = new State(options, options.CanarySecret ?? _processCanarySecret, [.. options.Classifiers, .. _registeredClassifiers], embeddings);
            Volatile.Write(ref _state, state);
        }

        return state;
    }

    private const string SimilarityUnavailableRule = "similarity.unavailable";

    private static SafetyAction Strictest(SafetyAction a, SafetyAction b) => a > b ? a : b;

    private static string? Scope(CallerContext caller) => caller.TenantId is { } tenant ? "tenant:" + tenant : null;

    /// <summary>The compiled form of one options instance.</summary>
    private sealed class State(SafetyOptions options, string canarySecret, IContentSafetyClassifier[] classifiers, IEmbeddingGenerator<string, Embedding<float>>? embeddings)
    {
        public SafetyOptions Options { get; } = options;

        public PromptInjectionDetector Detector { get; } = options.CreateDetector();

        public ContentPolicy Policy { get; } = new(options);

        public SystemPromptCanary Canary { get; } = new(canarySecret);

        public OutputHoldback Holdback { get; } = new(options);

        public IContentSafetyClassifier[] Classifiers { get; } = classifiers;

        public InjectionSimilarityScorer? Similarity { get; } = embeddings is null ? null : new(embeddings, options.Similarity);

        /// <summary>Resolves the action of the rules that fired: by rule id, then by family or category, then the default; the strictest wins.</summary>
        public SafetyAction Resolve(IEnumerable<string> ruleIds, SafetyAction fallback, string? category = null)
        {
            var actions = Options.RuleActions;
            var result = SafetyAction.Monitor;
            var any = false;
            foreach (var id in ruleIds)
            {
                any = true;
                var dot = id.IndexOf('.', StringComparison.Ordinal);
                var action = actions.TryGetValue(id, out var byId) ? byId
                    : dot > 0 && actions.TryGetValue(id[..dot], out var byFamily) ? byFamily
                    : category is not null && actions.TryGetValue(category, out var byCategory) ? byCategory
                    : fallback;
                result = Strictest(result, action);
            }

            return any ? result : fallback;
        }
    }

    /// <summary>The state of one call: its caller, the canary used and the annotations collected.</summary>
    private sealed class Call(SafetyChatClient owner, State state, CallerContext caller)
    {
        public State State { get; } = state;

        public CallerContext Caller { get; } = caller;

        public List<string> Annotations { get; } = [];

        public string? Canary { get; private set; }

        public async Task<IEnumerable<ChatMessage>> InspectPromptAsync(IEnumerable<ChatMessage> messages, CancellationToken cancellationToken)
        {
            var options = State.Options;
            var list = messages as IList<ChatMessage> ?? [.. messages];
            List<ChatMessage>? copy = null;
            var toClassify = new List<ContentSafetyRequest>();
            var userText = new StringBuilder();
            for (var i = 0; i < list.Count; i++)
            {
                var message = list[i];
                var origin = OriginOf(message, options);
                if (origin is null)
                {
                    continue;
                }

                var checkpoint = origin switch
                {
                    SafetyContentOrigin.UntrustedContent => SafetyCheckpoint.UntrustedContent,
                    SafetyContentOrigin.SystemPrompt => SafetyCheckpoint.SystemPrompt,
                    _ => SafetyCheckpoint.Prompt,
                };
                List<AIContent>? contents = null;
                for (var c = 0; c < message.Contents.Count; c++)
                {
                    var text = TextOf(message.Contents[c], origin.Value, options);
                    if (string.IsNullOrEmpty(text))
                    {
                        continue;
                    }

                    var replacement = InspectPromptText(text, origin.Value, checkpoint, message.Contents[c]);
                    if (replacement is not null)
                    {
                        contents ??= [.. message.Contents];
                        contents[c] = replacement;
                        text = replacement is TextContent t ? t.Text : string.Empty;
                    }

                    if (text.Length == 0)
                    {
                        continue;
                    }

                    if (origin == SafetyContentOrigin.UntrustedContent)
                    {
                        toClassify.Add(new ContentSafetyRequest(text, origin.Value));
                    }
                    else if (origin == SafetyContentOrigin.UserPrompt)
                    {
                        userText.Append(text).Append('\n');
                    }
                }

                if (contents is not null)
                {
                    copy ??= [.. list];
                    var clone = message.Clone();
                    clone.Contents = contents;
                    copy[i] = clone;
                }
            }

            if (userText.Length > 0)
            {
                toClassify.Insert(0, new ContentSafetyRequest(userText.ToString(0, userText.Length - 1), SafetyContentOrigin.UserPrompt));
            }

            if (options.Similarity.Enabled)
            {
                foreach (var request in toClassify)
                {
                    await ScoreSimilarityAsync(request, cancellationToken).ConfigureAwait(false);
                }
            }

            foreach (var request in toClassify)
            {
                await ClassifyAsync(request, request.Origin == SafetyContentOrigin.UntrustedContent ? SafetyCheckpoint.UntrustedContent : SafetyCheckpoint.Prompt, cancellationToken).ConfigureAwait(false);
            }

            IList<ChatMessage> outgoing = copy ?? list;
            return options is { UseCanary: true, InspectResponses: true } ? AddCanary(outgoing) : outgoing;
        }

        public async Task InspectResponseAsync(ChatResponse response, CancellationToken cancellationToken)
        {
            var options = State.Options;
            if (!options.InspectResponses)
            {
                return;
            }

            foreach (var message in response.Messages)
            {
                for (var c = 0; c < message.Contents.Count; c++)
                {
                    if (message.Contents[c] is not TextContent { Text.Length: > 0 } text)
                    {
                        continue;
                    }

                    var spans = new List<Range>();
                    foreach (var finding in FindInOutput(text.Text))
                    {
                        if (Decide(finding, SafetyCheckpoint.Response) == SafetyAction.Redact)
                        {
                            spans.AddRange(finding.Spans);
                        }
                    }

                    if (spans.Count > 0)
                    {
                        message.Contents[c] = new TextContent(Redact(text.Text, spans)) { AdditionalProperties = text.AdditionalProperties };
                    }
                }
            }

            await ClassifyResponseAsync(response.Text, cancellationToken).ConfigureAwait(false);
        }

        public async Task ClassifyResponseAsync(string text, CancellationToken cancellationToken)
        {
            if (State.Options is { InspectResponses: true, ClassifyResponses: true } && text.Length > 0)
            {
                await ClassifyAsync(new ContentSafetyRequest(text, SafetyContentOrigin.ModelOutput), SafetyCheckpoint.Response, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>Finds canary, secret, deny-list and topic findings in output text.</summary>
        public List<PolicyFinding> FindInOutput(string text)
        {
            var options = State.Options;
            var findings = new List<PolicyFinding>();
            if (Canary is { } canary)
            {
                var at = text.IndexOf(canary, StringComparison.OrdinalIgnoreCase);
                if (at >= 0)
                {
                    findings.Add(new PolicyFinding("output.canary", SafetyConstants.CategorySystemPromptLeak, SafetyAction.Block, 1, [new Range(at, at + canary.Length)]));
                }
            }

            if (options.DetectSecrets)
            {
                foreach (var group in SecretScanner.Find(text).GroupBy(s => s.RuleId, StringComparer.Ordinal))
                {
                    findings.Add(new PolicyFinding(group.Key, SafetyConstants.CategorySecretLeak, options.SecretAction, group.Count(), [.. group.Select(s => s.Span)]));
                }
            }

            State.Policy.Find(text, findings);
            return findings;
        }

        /// <summary>Applies the action of a finding: audits it, throws on block, annotates; returns the action.</summary>
        public SafetyAction Decide(PolicyFinding finding, SafetyCheckpoint checkpoint)
        {
            var action = State.Resolve([finding.RuleId], finding.Action, finding.Category);
            Apply(checkpoint, finding.Category, [finding.RuleId], action, finding.Score);
            return action;
        }

        private TextContent? InspectPromptText(string text, SafetyContentOrigin origin, SafetyCheckpoint checkpoint, AIContent content)
        {
            var options = State.Options;
            var scan = State.Detector.Scan(text, origin);
            var removed = false;
            if (scan.IsDetected)
            {
                var untrusted = origin == SafetyContentOrigin.UntrustedContent;
                var category = untrusted ? SafetyConstants.CategoryIndirectInjection
                    : (scan.Categories & InjectionCategory.Jailbreak) != 0 ? SafetyConstants.CategoryJailbreak
                    : scan.Categories == InjectionCategory.PromptExtraction ? SafetyConstants.CategoryPromptExtraction
                    : SafetyConstants.CategoryPromptInjection;
                var ruleIds = scan.RuleIds;
                var action = State.Resolve(ruleIds, untrusted ? options.IndirectInjectionAction : options.InjectionAction);
                Apply(checkpoint, category, ruleIds, action, scan.Score, scan.PrimaryRuleId);
                removed = action == SafetyAction.Redact;
            }

            var findings = new List<PolicyFinding>();
            State.Policy.Find(text, findings);
            var spans = new List<Range>();
            foreach (var finding in findings)
            {
                if (Decide(finding, checkpoint) == SafetyAction.Redact)
                {
                    spans.AddRange(finding.Spans);
                }
            }

            if (removed)
            {
                return new TextContent(SafetyConstants.RemovedMessageMarker);
            }

            return spans.Count == 0 ? null : new TextContent(Redact(text, spans)) { AdditionalProperties = content.AdditionalProperties };
        }

        /// <summary>The similarity layer: the nearest attack exemplar, compared with the layer's own threshold for the origin.</summary>
        private async Task ScoreSimilarityAsync(ContentSafetyRequest request, CancellationToken cancellationToken)
        {
            var options = State.Options;
            var scorer = State.Similarity ?? throw new InvalidOperationException(
                "The safety similarity layer is enabled (Similarity.Enabled) but no IEmbeddingGenerator<string, Embedding<float>> is registered or set on SafetyChatClient.EmbeddingGenerator.");
            var untrusted = request.Origin == SafetyContentOrigin.UntrustedContent;
            var checkpoint = untrusted ? SafetyCheckpoint.UntrustedContent : SafetyCheckpoint.Prompt;
            SimilarityMatch match;
            try
            {
                match = await scorer.ScoreAsync(request.Text, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                var failClosed = options.ClassifierFailureMode == SafetyFailureMode.FailClosed;
                Apply(checkpoint, SafetyConstants.CategoryClassifierUnavailable, [SimilarityUnavailableRule], failClosed ? SafetyAction.Block : SafetyAction.Monitor, 0);
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
            var action = State.Resolve([ruleId], untrusted ? options.IndirectInjectionAction : options.InjectionAction);

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
                    var action = State.Resolve([ruleId], fallback, result.Category);

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

        private void Apply(SafetyCheckpoint checkpoint, string category, IReadOnlyList<string> ruleIds, SafetyAction action, double score, string? primaryRule = null)
        {
            owner.Audit(new SafetyAuditEvent(owner._time.GetUtcNow(), Caller, checkpoint, category, ruleIds, action, score));
            switch (action)
            {
                case SafetyAction.Block:
                    throw new ContentBlockedException(category, primaryRule ?? ruleIds[0], score, checkpoint == SafetyCheckpoint.Response, Scope(Caller));
                case SafetyAction.Annotate:
                    Annotations.AddRange(ruleIds);
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
                Canary = State.Canary.For(system.Text);
                var clone = system.Clone();
                clone.Contents = [.. system.Contents, new TextContent(SystemPromptCanary.Instruction(Canary))];
                var copy = new List<ChatMessage>(messages) { [i] = clone };
                return copy;
            }

            return messages;
        }

        private static SafetyContentOrigin? OriginOf(ChatMessage message, SafetyOptions options)
        {
            if (message.Role == ChatRole.User)
            {
                return message.AdditionalProperties?.TryGetValue(SafetyConstants.UntrustedMessageKey, out var flag) == true && flag is true
                    ? SafetyContentOrigin.UntrustedContent
                    : SafetyContentOrigin.UserPrompt;
            }

            if (message.Role == ChatRole.Tool)
            {
                return options.ScanToolResults ? SafetyContentOrigin.UntrustedContent : null;
            }

            if (message.Role == ChatRole.System)
            {
                return options.ScanSystemMessages ? SafetyContentOrigin.SystemPrompt : null;
            }

            return null;
        }

        private static string? TextOf(AIContent content, SafetyContentOrigin origin, SafetyOptions options) => content switch
        {
            TextContent t => t.Text,
            FunctionResultContent { Result: string s } when options.ScanToolResults => s,
            FunctionResultContent { Result: JsonElement j } when options.ScanToolResults => j.ValueKind == JsonValueKind.String ? j.GetString() : j.GetRawText(),
            FunctionResultContent { Result: not null } r when options.ScanToolResults && origin == SafetyContentOrigin.UntrustedContent => r.Result.ToString(),
            _ => null,
        };
    }

    /// <summary>
    /// Scans a streamed response incrementally: each chunk is scanned together with the tail of the text before it
    /// (<see cref="SafetyOptions.StreamWindow"/> characters, at least the longest secret), so a canary, secret or denied
    /// phrase split across chunks is still found; findings wholly inside the tail were reported with the earlier chunk.
    /// </summary>
    private sealed class StreamInspector(Call call)
    {
        private readonly StringBuilder _full = new();
        private readonly StringBuilder _held = new();
        private readonly OutputHoldback _holdback = call.State.Holdback;
        private string _tail = string.Empty;

        public string FullText => _full.ToString();

        /// <summary>Accepts an inspected chunk; returns the text that can be sent now.</summary>
        public string Release(string chunk)
        {
            // Nothing held: measure the chunk itself, without copying it.
            var text = _held.Length == 0 ? chunk : _held.Append(chunk).ToString();
            var hold = _holdback.Measure(text, call.Canary);
            _held.Clear().Append(text, text.Length - hold, hold);
            return hold == 0 ? text : text[..^hold];
        }

        /// <summary>Releases everything held back, as the contents to add to an update.</summary>
        public List<AIContent> FlushContents()
        {
            if (_held.Length == 0)
            {
                return [];
            }

            var text = _held.ToString();
            _held.Clear();
            return [new TextContent(text)];
        }

        /// <summary>Inspects the next chunk; returns the exception to raise when the stream must stop.</summary>
        public ContentBlockedException? Inspect(string chunk)
        {
            var options = call.State.Options;
            if (chunk.Length == 0 || !options.InspectResponses)
            {
                return null;
            }

            if (options.ClassifyResponses && call.State.Classifiers.Length > 0)
            {
                _full.Append(chunk);
            }

            var window = _tail + chunk;
            var tailLength = _tail.Length;
            var keep = Math.Max(options.StreamWindow, SecretScanner.MaxSecretLength);
            _tail = window.Length > keep ? window[^keep..] : window;
            foreach (var finding in call.FindInOutput(window))
            {
                if (!finding.Spans.Any(s => s.End.GetOffset(window.Length) > tailLength))
                {
                    continue;
                }

                try
                {
                    if (call.Decide(finding, SafetyCheckpoint.Response) == SafetyAction.Redact)
                    {
                        // Text already sent cannot be taken back: a redact decision stops the stream.
                        return new ContentBlockedException(finding.Category, finding.RuleId, finding.Score, inResponse: true, SafetyChatClient.Scope(call.Caller));
                    }
                }
                catch (ContentBlockedException blocked)
                {
                    return blocked;
                }
            }

            return null;
        }
    }

    private static string Redact(string text, List<Range> spans)
    {
        spans.Sort((a, b) => a.Start.GetOffset(text.Length).CompareTo(b.Start.GetOffset(text.Length)));
        var sb = new StringBuilder(text.Length);
        var at = 0;
        foreach (var span in spans)
        {
            var (start, length) = span.GetOffsetAndLength(text.Length);
            if (start < at)
            {
                start = at;
                length = Math.Max(0, span.End.GetOffset(text.Length) - at);
                if (length == 0)
                {
                    continue;
                }
            }

            sb.Append(text, at, start - at).Append(SafetyConstants.RedactedMarker);
            at = start + length;
        }

        return sb.Append(text, at, text.Length - at).ToString();
    }

    private void Audit(SafetyAuditEvent auditEvent)
    {
        var options = _options.Current;
        options.OnDecision?.Invoke(auditEvent);
        _auditSink?.Record(auditEvent);
        var tags = new TagList
        {
            { "governance.safety.category", auditEvent.Category },
            { "governance.safety.action", auditEvent.Action.ToString() },
            { "governance.safety.checkpoint", auditEvent.Checkpoint.ToString() },
        };
        Decisions.Add(1, tags);
        Activity.Current?.AddEvent(new ActivityEvent("governance.safety.decision", tags: new ActivityTagsCollection
        {
            ["governance.safety.category"] = auditEvent.Category,
            ["governance.safety.rules"] = string.Join(",", auditEvent.RuleIds),
            ["governance.safety.action"] = auditEvent.Action.ToString(),
            ["governance.safety.score"] = auditEvent.Score,
        }));
    }
}
