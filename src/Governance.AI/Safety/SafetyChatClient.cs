using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Governance.AI.Telemetry;
using Microsoft.Extensions.AI;

namespace Governance.AI.Safety;

/// <summary>
/// The safety policy's local checks (stage <see cref="GovernanceStage.Safety"/>): scans the prompt and untrusted
/// content for injections and jailbreaks, applies deny lists and blocked topics, and inspects the response (streamed
/// or not) for secrets and denied content. Each decision is audited without any content; the action per rule is
/// block, redact, annotate or monitor.
/// </summary>
/// <remarks>
/// The checks that need the text to leave the process or the request to reach the provider — the
/// <see cref="IContentSafetyClassifier"/>s, on redacted text, and the system-prompt canary, after the cache — run in
/// the safety policy's second step at <see cref="GovernanceStage.ProviderSafety"/>, which <c>AddSafety</c> and
/// <c>UseSafety</c> add with this one.
/// </remarks>
public sealed class SafetyChatClient : DelegatingChatClient
{
    private static readonly Counter<long> Decisions = GovernanceDiagnostics.Meter.CreateCounter<long>(
        "governance.safety.decisions", unit: "{decision}", description: "Safety decisions by category and action.");

    private readonly IPolicyOptionsSource<SafetyOptions> _options;
    private readonly ISafetyAuditSink? _auditSink;
    private readonly CallerContextResolver _callers;
    private readonly TimeProvider _time;
    private State? _state;

    /// <summary>Initializes a new instance of the <see cref="SafetyChatClient"/> class.</summary>
    /// <param name="innerClient">The next client towards the provider.</param>
    /// <param name="options">The options; validated here.</param>
    /// <param name="auditSink">Receives every decision, if given.</param>
    /// <param name="callerResolver">Resolves the caller for audit events; <see cref="CallerContextResolver.Default"/> when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock for audit timestamps.</param>
    public SafetyChatClient(
        IChatClient innerClient,
        SafetyOptions options,
        ISafetyAuditSink? auditSink = null,
        CallerContextResolver? callerResolver = null,
        TimeProvider? timeProvider = null)
        : this(innerClient, PolicyOptionsSource.FixedValidated(options, "AiGovernance:" + SafetyConstants.SectionName), auditSink, callerResolver, timeProvider)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SafetyChatClient"/> class.</summary>
    /// <param name="innerClient">The next client towards the provider.</param>
    /// <param name="options">The options source, read per request.</param>
    /// <param name="auditSink">Receives every decision, if given.</param>
    /// <param name="callerResolver">Resolves the caller for audit events; <see cref="CallerContextResolver.Default"/> when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock for audit timestamps.</param>
    public SafetyChatClient(
        IChatClient innerClient,
        IPolicyOptionsSource<SafetyOptions> options,
        ISafetyAuditSink? auditSink = null,
        CallerContextResolver? callerResolver = null,
        TimeProvider? timeProvider = null)
        : base(innerClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _auditSink = auditSink;
        _callers = callerResolver ?? CallerContextResolver.Default;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var call = new Call(this, GetState(), _callers.Resolve(options));
        var outgoing = call.InspectPrompt(messages);
        var response = await base.GetResponseAsync(outgoing, options, cancellationToken).ConfigureAwait(false);
        call.InspectResponse(response);
        if (call.Annotations.Count > 0)
        {
            // The provider-side step may have annotated the response already: keep its annotations.
            response.AdditionalProperties ??= [];
            IEnumerable<string> earlier = response.AdditionalProperties.TryGetValue(GovernanceProperties.SafetyAnnotations, out var found) && found is IEnumerable<string> inner ? inner : [];
            response.AdditionalProperties[GovernanceProperties.SafetyAnnotations] = earlier.Concat(call.Annotations).Distinct(StringComparer.Ordinal).ToArray();
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
        var outgoing = call.InspectPrompt(messages);
        using var upstream = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var stream = new StreamInspector(call);
        var annotated = 0;
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

                // Only the end that could still become a secret or a denied phrase is held back; the canary and the
                // classifiers are the inner provider-safety step's (they see the redacted text).
                var released = StreamingUpdates.WithText(update, stream.Release(text));
                if (update.FinishReason is not null)
                {
                    released = StreamingUpdates.Append(released, stream.FlushContents());
                }

                yield return released;
            }
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
        if (state is null || !ReferenceEquals(state.Options, options))
        {
            state = new State(options);
            Volatile.Write(ref _state, state);
        }

        return state;
    }

    private static SafetyAction Strictest(SafetyAction a, SafetyAction b) => a > b ? a : b;

    /// <summary>Gets the scope a safety error names: the caller's tenant, if any.</summary>
    internal static string? Scope(CallerContext caller) => caller.TenantId is { } tenant ? "tenant:" + tenant : null;

    /// <summary>Resolves the action of the rules that fired: by rule id, then by family or category, then the default; the strictest wins.</summary>
    internal static SafetyAction Resolve(SafetyOptions options, IEnumerable<string> ruleIds, SafetyAction fallback, string? category = null)
    {
        var actions = options.RuleActions;
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

    /// <summary>Reports a decision to the options' callback, the audit sink, the metric and the current span; never with content.</summary>
    internal static void Audit(SafetyOptions options, ISafetyAuditSink? sink, SafetyAuditEvent auditEvent)
    {
        options.OnDecision?.Invoke(auditEvent);
        sink?.Record(auditEvent);
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

    /// <summary>Gets how a message is scanned: as the user's prompt, untrusted content or the system prompt; <see langword="null"/> to skip it.</summary>
    internal static SafetyContentOrigin? OriginOf(ChatMessage message, SafetyOptions options)
    {
        if (message.Role == ChatRole.User)
        {
            return message.IsUntrusted() ? SafetyContentOrigin.UntrustedContent : SafetyContentOrigin.UserPrompt;
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

    /// <summary>Gets the text of a content item that is scanned, or <see langword="null"/>.</summary>
    internal static string? TextOf(AIContent content, SafetyContentOrigin origin, SafetyOptions options) => content switch
    {
        TextContent t => t.Text,
        FunctionResultContent { Result: string s } when options.ScanToolResults => s,
        FunctionResultContent { Result: JsonElement j } when options.ScanToolResults => j.ValueKind == JsonValueKind.String ? j.GetString() : j.GetRawText(),
        FunctionResultContent { Result: not null } r when options.ScanToolResults && origin == SafetyContentOrigin.UntrustedContent => r.Result.ToString(),
        _ => null,
    };

    /// <summary>The compiled form of one options instance.</summary>
    private sealed class State(SafetyOptions options)
    {
        public SafetyOptions Options { get; } = options;

        public PromptInjectionDetector Detector { get; } = options.CreateDetector();

        public ContentPolicy Policy { get; } = new(options);

        public OutputHoldback Holdback { get; } = new(options);

        public SafetyAction Resolve(IEnumerable<string> ruleIds, SafetyAction fallback, string? category = null) =>
            SafetyChatClient.Resolve(Options, ruleIds, fallback, category);
    }

    /// <summary>The state of one call: its caller and the annotations collected.</summary>
    private sealed class Call(SafetyChatClient owner, State state, CallerContext caller)
    {
        public State State { get; } = state;

        public CallerContext Caller { get; } = caller;

        public List<string> Annotations { get; } = [];

        public IEnumerable<ChatMessage> InspectPrompt(IEnumerable<ChatMessage> messages)
        {
            var options = State.Options;
            var list = messages as IList<ChatMessage> ?? [.. messages];
            List<ChatMessage>? copy = null;
            for (var i = 0; i < list.Count; i++)
            {
                var message = list[i];
                var origin = OriginOf(message, options);
                if (origin is null)
                {
                    continue;
                }

                List<AIContent>? contents = null;
                for (var c = 0; c < message.Contents.Count; c++)
                {
                    // Content marked untrusted (a pasted document, a retrieved passage) and tool results are scored as
                    // untrusted content, whatever message carries them.
                    var contentOrigin = origin == SafetyContentOrigin.UserPrompt
                        && (message.Contents[c].IsUntrusted() || (options.ScanToolResults && message.Contents[c] is FunctionResultContent))
                        ? SafetyContentOrigin.UntrustedContent
                        : origin.Value;
                    var checkpoint = contentOrigin switch
                    {
                        SafetyContentOrigin.UntrustedContent => SafetyCheckpoint.UntrustedContent,
                        SafetyContentOrigin.SystemPrompt => SafetyCheckpoint.SystemPrompt,
                        _ => SafetyCheckpoint.Prompt,
                    };
                    var text = TextOf(message.Contents[c], contentOrigin, options);
                    if (string.IsNullOrEmpty(text))
                    {
                        continue;
                    }

                    var replacement = InspectPromptText(text, contentOrigin, checkpoint, message.Contents[c]);
                    if (replacement is not null)
                    {
                        contents ??= [.. message.Contents];
                        contents[c] = replacement;
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

            return copy ?? list;
        }

        public void InspectResponse(ChatResponse response)
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

                    List<Range>? spans = null;
                    foreach (var finding in FindInOutput(text.Text))
                    {
                        if (Decide(finding, SafetyCheckpoint.Response) == SafetyAction.Redact)
                        {
                            (spans ??= []).AddRange(finding.Spans);
                        }
                    }

                    if (spans is not null)
                    {
                        message.Contents[c] = new TextContent(Redact(text.Text, spans)) { AdditionalProperties = text.AdditionalProperties };
                    }
                }
            }
        }

        /// <summary>Finds secret, deny-list and topic findings in output text.</summary>
        public List<PolicyFinding> FindInOutput(string text)
        {
            var options = State.Options;
            var findings = new List<PolicyFinding>();
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

            // Most texts have no finding to redact: the span list is made only when one needs it.
            List<Range>? spans = null;
            foreach (var finding in findings)
            {
                if (Decide(finding, checkpoint) == SafetyAction.Redact)
                {
                    (spans ??= []).AddRange(finding.Spans);
                }
            }

            if (removed)
            {
                return new TextContent(SafetyConstants.RemovedMessageMarker);
            }

            return spans is null ? null : new TextContent(Redact(text, spans)) { AdditionalProperties = content.AdditionalProperties };
        }

        private void Apply(SafetyCheckpoint checkpoint, string category, IReadOnlyList<string> ruleIds, SafetyAction action, double score, string? primaryRule = null)
        {
            SafetyChatClient.Audit(State.Options, owner._auditSink, new SafetyAuditEvent(owner._time.GetUtcNow(), Caller, checkpoint, category, ruleIds, action, score));
            switch (action)
            {
                case SafetyAction.Block:
                    throw new ContentBlockedException(category, primaryRule ?? ruleIds[0], score, checkpoint == SafetyCheckpoint.Response, Scope(Caller));
                case SafetyAction.Annotate:
                    Annotations.AddRange(ruleIds);
                    break;
            }
        }
    }

    /// <summary>
    /// Scans a streamed response incrementally: each chunk is scanned together with the tail of the text before it
    /// (<see cref="SafetyOptions.StreamWindow"/> characters, at least the longest secret), so a canary, secret or denied
    /// phrase split across chunks is still found; findings wholly inside the tail were reported with the earlier chunk.
    /// </summary>
    private sealed class StreamInspector(Call call)
    {
        private readonly StringBuilder _held = new();
        private readonly OutputHoldback _holdback = call.State.Holdback;
        private string _tail = string.Empty;

        /// <summary>Accepts an inspected chunk; returns the text that can be sent now.</summary>
        public string Release(string chunk)
        {
            // Nothing held: measure the chunk itself, without copying it.
            var text = _held.Length == 0 ? chunk : _held.Append(chunk).ToString();
            var hold = _holdback.Measure(text, canary: null);
            _held.Clear().Append(text, text.Length - hold, hold);
            return hold == 0 ? text : text[..^hold];
        }

        /// <summary>Releases everything held back, as the contents to add to an update.</summary>
        public List<AIContent> FlushContents() => StreamingUpdates.TakeHeld(_held);

        /// <summary>Inspects the next chunk; returns the exception to raise when the stream must stop.</summary>
        public ContentBlockedException? Inspect(string chunk)
        {
            var options = call.State.Options;
            if (chunk.Length == 0 || !options.InspectResponses)
            {
                return null;
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
}
