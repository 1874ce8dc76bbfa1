using System.Diagnostics;
using System.Diagnostics.Metrics;
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
/// <para>The checks that need the text to leave the process or the request to reach the provider — the
/// <see cref="IContentSafetyClassifier"/>s, on redacted text, and the system-prompt canary, after the cache — run in
/// the safety policy's second step at <see cref="GovernanceStage.ProviderSafety"/>, which <c>AddSafety</c> and
/// <c>UseSafety</c> add with this one.</para>
/// <para>A text found clean (no injection, no deny-list or topic finding) is remembered by its content hash and origin
/// for the options instance that scanned it, so a system prompt or conversation history sent again is not scanned
/// again; a text with any finding is scanned, decided and audited every time.</para>
/// </remarks>
public sealed partial class SafetyChatClient : DelegatingChatClient
{
    private static readonly InstrumentCache<Counter<long>> DecisionCounters = new(static meter => meter.CreateCounter<long>(
        "governance.safety.decisions", unit: "{decision}", description: "Safety decisions by category and action."));

    private readonly IPolicyOptionsSource<SafetyOptions> _options;
    private readonly ISafetyAuditSink? _auditSink;
    private readonly CallerContextResolver _callers;
    private readonly TimeProvider _time;
    private readonly StateSlot _slot;
    private IMeterFactory? _meterFactory;
    private Counter<long> _decisions = DecisionCounters.Shared;

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
        : this(innerClient, options, auditSink, callerResolver, timeProvider, new StateSlot())
    {
    }

    /// <summary>Initializes a step that shares its compiled state (and so its memos) with the policy's other steps.</summary>
    internal SafetyChatClient(
        IChatClient innerClient,
        IPolicyOptionsSource<SafetyOptions> options,
        ISafetyAuditSink? auditSink,
        CallerContextResolver? callerResolver,
        TimeProvider? timeProvider,
        StateSlot slot)
        : base(innerClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        _slot = slot;
        _options = options;
        _auditSink = auditSink;
        _callers = callerResolver ?? CallerContextResolver.Default;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>
    /// Gets or sets the meter factory the safety policy's <c>governance.safety.decisions</c> counter is created with:
    /// the pipeline builders set the one from the application's services, so its metrics belong to that service
    /// provider. <see langword="null"/> (the default) records on the process-wide <see cref="GovernanceDiagnostics.Meter"/>.
    /// </summary>
    public IMeterFactory? MeterFactory
    {
        get => _meterFactory;
        set
        {
            _decisions = DecisionsCounter(value);
            _meterFactory = value;
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// When the inner call completes synchronously (an in-memory cache hit) the response is inspected on the spot and
    /// the inner task returned as is; every failure still comes back through the returned task.
    /// </remarks>
    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            ArgumentNullException.ThrowIfNull(messages);
            var call = new Call(this, GetState(), options);
            var inner = base.GetResponseAsync(call.InspectPrompt(messages), call.InspectInstructions(options), cancellationToken);
            if (!inner.IsCompletedSuccessfully)
            {
                return FinishAsync(call, inner);
            }

            Finish(call, inner.Result);
            return inner;
        }
        catch (Exception ex)
        {
            return ResponseTasks.Failed(ex);
        }
    }

    /// <inheritdoc />
    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return StreamingUpdates.CoalesceTail(InspectStreamAsync(messages, options, cancellationToken), cancellationToken);
    }

    private static async Task<ChatResponse> FinishAsync(Call call, Task<ChatResponse> inner)
    {
        var response = await inner.ConfigureAwait(false);
        Finish(call, response);
        return response;
    }

    /// <summary>
    /// Runs the local response checks on a non-streamed answer inside the cache (the provider-side step calls this):
    /// a block throws before the cache stores the answer, a redaction changes what it stores, and the texts passed are
    /// remembered so that the outer step does not decide and audit them a second time.
    /// </summary>
    internal void InspectProviderResponse(ChatResponse response, ChatOptions? options) =>
        Finish(new Call(this, GetState(), options), response, providerSide: true);

    /// <summary>Inspects the response and adds the call's annotations to it.</summary>
    private static void Finish(Call call, ChatResponse response, bool providerSide = false)
    {
        call.InspectResponse(response, providerSide);
        if (call.AnnotationCount > 0)
        {
            // The provider-side step may have annotated the response already: keep its annotations.
            response.AdditionalProperties ??= [];
            var earlier = response.AdditionalProperties.TryGetValue(GovernanceProperties.SafetyAnnotations, out var found) ? found as IEnumerable<string> : null;
            response.AdditionalProperties[GovernanceProperties.SafetyAnnotations] = call.DistinctAnnotations(earlier);
        }
    }

    /// <summary>Gets how many clean texts the current options' memo holds (a snapshot, for diagnostics and tests).</summary>
    internal int RememberedCleanTexts => Volatile.Read(ref _slot.State)?.CleanTexts.Count ?? 0;

    private State GetState()
    {
        var options = _options.Current;
        var state = Volatile.Read(ref _slot.State);
        if (state is null || !ReferenceEquals(state.Options, options))
        {
            state = new State(options);
            Volatile.Write(ref _slot.State, state);
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

    /// <summary>Gets the decisions counter on the meter of <paramref name="meterFactory"/>, or on the process-wide meter without one.</summary>
    internal static Counter<long> DecisionsCounter(IMeterFactory? meterFactory) => DecisionCounters.For(meterFactory);

    /// <summary>Reports a decision to the options' callback, the audit sink, the metric and the current span; never with content.</summary>
    internal static void Audit(SafetyOptions options, ISafetyAuditSink? sink, Counter<long> decisions, SafetyAuditEvent auditEvent)
    {
        options.OnDecision?.Invoke(auditEvent);
        sink?.Record(auditEvent);
        var tags = new TagList
        {
            { "governance.safety.category", auditEvent.Category },
            { "governance.safety.action", auditEvent.Action.ToString() },
            { "governance.safety.checkpoint", auditEvent.Checkpoint.ToString() },
        };
        decisions.Add(1, tags);
        Activity.Current?.AddEvent(new ActivityEvent("governance.safety.decision", tags: new ActivityTagsCollection
        {
            ["governance.safety.category"] = auditEvent.Category,
            ["governance.safety.rules"] = string.Join(",", auditEvent.RuleIds),
            ["governance.safety.action"] = auditEvent.Action.ToString(),
            ["governance.safety.score"] = auditEvent.Score,
        }));
    }

    /// <summary>Gets the distinct annotations of both lists, each at its first place.</summary>
    internal static string[] DistinctInOrder(IEnumerable<string>? earlier, List<string>? annotations)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var annotation in earlier ?? [])
        {
            if (seen.Add(annotation))
            {
                result.Add(annotation);
            }
        }

        foreach (var annotation in annotations ?? [])
        {
            if (seen.Add(annotation))
            {
                result.Add(annotation);
            }
        }

        return [.. result];
    }

    /// <summary>Gets how a message is scanned: as the user's prompt, untrusted content or the system prompt; <see langword="null"/> to skip it.</summary>
    internal static SafetyContentOrigin? OriginOf(ChatMessage message, SafetyOptions options)
    {
        switch (ChatRoles.KindOf(message.Role))
        {
            case ChatRoleKind.User:
                return message.IsUntrusted() ? SafetyContentOrigin.UntrustedContent : SafetyContentOrigin.UserPrompt;
            case ChatRoleKind.Tool:
                // With tool-result scanning off, a result the application marked untrusted is still scanned: the mark is a fact.
                return options.ScanToolResults || message.IsUntrusted() || HasMarkedContent(message) ? SafetyContentOrigin.UntrustedContent : null;
            case ChatRoleKind.System:
                return options.ScanSystemMessages ? SafetyContentOrigin.SystemPrompt : null;
            default:
                return null;
        }
    }

    /// <summary>Gets the text of a content item of <paramref name="message"/> that is scanned, or <see langword="null"/>.
    /// A tool result is scanned when tool results are, or when it (or its message) was marked untrusted.</summary>
    internal static string? TextOf(ChatMessage message, AIContent content, SafetyContentOrigin origin, SafetyOptions options)
    {
        if (content is TextContent t)
        {
            return t.Text;
        }

        if (content is not FunctionResultContent { Result: { } result }
            || !(options.ScanToolResults || content.IsUntrusted() || message.IsUntrusted()))
        {
            return null;
        }

        return result switch
        {
            string s => s,
            JsonElement j => j.ValueKind == JsonValueKind.String ? j.GetString() : j.GetRawText(),
            _ => origin == SafetyContentOrigin.UntrustedContent ? result.ToString() : null,
        };
    }

    private static bool HasMarkedContent(ChatMessage message)
    {
        IList<AIContent> contents = message.Contents;
        for (int i = 0; i < contents.Count; i++)
        {
            if (contents[i].IsUntrusted())
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The compiled state the policy's steps share: the step at <see cref="GovernanceStage.Safety"/> and the local
    /// response checks of the provider-side step hold one slot, so the texts one passed are known to the other.
    /// </summary>
    internal sealed class StateSlot
    {
        /// <summary>The state of the current options; replaced when they reload.</summary>
        public State? State;

        /// <summary>Gets or sets a value indicating whether the provider-side step checks non-streamed answers, so
        /// that the outer step looks its texts up before checking them.</summary>
        public bool ProviderChecksResponses { get; set; }
    }

    /// <summary>The compiled form of one options instance.</summary>
    internal sealed class State(SafetyOptions options)
    {
        /// <summary>How many clean texts are remembered per options instance (about 56 bytes each).</summary>
        private const int CleanTextCapacity = 4096;

        private string? _lastProviderChecked;

        public SafetyOptions Options { get; } = options;

        /// <summary>
        /// The texts scanned clean with these options, by content hash, length and origin (the origin carries the
        /// role, the untrusted flag and so the threshold). Only clean verdicts are kept: a finding must be decided and
        /// audited every time. A new options instance gets a new state and so an empty memo.
        /// </summary>
        public TextHashMemo<SafetyContentOrigin, bool> CleanTexts { get; } = new(CleanTextCapacity);

        /// <summary>
        /// The answer texts the provider-side step checked (and decided and audited) with these options, as it let
        /// them through: the outer step skips them, so a decision is audited once. Never visible to callers; a text
        /// changed on the way (a placeholder restored) is not found and is checked again.
        /// </summary>
        public TextHashMemo<SafetyCheckpoint, bool> ProviderCheckedTexts { get; } = new(CleanTextCapacity);

        /// <summary>
        /// The answer text the provider-side step let through last (also in <see cref="ProviderCheckedTexts"/>): the
        /// outer step of the same call usually gets this very string, and needs no hash to recognise it.
        /// </summary>
        public string? LastProviderChecked
        {
            get => Volatile.Read(ref _lastProviderChecked);
            set => Volatile.Write(ref _lastProviderChecked, value);
        }

        public PromptInjectionDetector Detector { get; } = options.CreateDetector();

        public ContentPolicy Policy { get; } = new(options);

        public OutputHoldback Holdback { get; } = new(options);

        public SafetyAction Resolve(IEnumerable<string> ruleIds, SafetyAction fallback, string? category = null) =>
            SafetyChatClient.Resolve(Options, ruleIds, fallback, category);
    }
}
