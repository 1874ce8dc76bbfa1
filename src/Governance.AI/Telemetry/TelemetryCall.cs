using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.AI;

namespace Governance.AI.Telemetry;

/// <summary>
/// What the telemetry policy observes of one call, from start to end, and what it emits at the end: span attributes
/// and events, metrics, the ledger record and audit events. Created only when something listens.
/// </summary>
internal sealed partial class TelemetryCall
{
    /// <summary>This thread's call to reuse: one that ended while its request ran synchronously (see <see cref="Release"/>).</summary>
    [ThreadStatic]
    private static TelemetryCall? t_spare;

    /// <summary>
    /// Everything of one request, in one struct so that <see cref="Release"/> clears it with one assignment: a field
    /// added here can never be missed by the reset.
    /// </summary>
    private CallState _state;

    /// <param name="owner">The telemetry policy.</param>
    /// <param name="options">The options of this call.</param>
    /// <param name="messages">The request's messages (read only for masked audit excerpts).</param>
    /// <param name="chatOptions">The request's options.</param>
    /// <param name="streaming">Whether the call is streamed.</param>
    /// <param name="genAI">
    /// Whether the call emits the GenAI span and metrics; when <see langword="false"/> a <c>UseOpenTelemetry</c> client
    /// does, and the span is a governance span (kind internal) with governance attributes only.
    /// </param>
    public TelemetryCall(GovernanceTelemetryChatClient owner, TelemetryOptions options, IEnumerable<ChatMessage> messages, ChatOptions? chatOptions, bool streaming, bool genAI) =>
        Start(owner, options, messages, chatOptions, streaming, genAI);

    /// <summary>Gets a call for a non-streamed request: this thread's released one when there is one, else a new one.</summary>
    /// <param name="owner">The telemetry policy.</param>
    /// <param name="options">The options of this call.</param>
    /// <param name="messages">The request's messages (read only for masked audit excerpts).</param>
    /// <param name="chatOptions">The request's options.</param>
    /// <param name="genAI">Whether the call emits the GenAI span and metrics.</param>
    /// <returns>The started call; give it back with <see cref="Release"/> only when nothing can still use it.</returns>
    public static TelemetryCall Rent(GovernanceTelemetryChatClient owner, TelemetryOptions options, IEnumerable<ChatMessage> messages, ChatOptions? chatOptions, bool genAI)
    {
        TelemetryCall? call = t_spare;
        if (call is null)
        {
            return new TelemetryCall(owner, options, messages, chatOptions, streaming: false, genAI);
        }

        // Taken off the thread first: a governed call made inside this one (a nested pipeline) gets a new call.
        t_spare = null;
        call.Start(owner, options, messages, chatOptions, streaming: false, genAI);
        return call;
    }

    /// <summary>
    /// Gives an ended call back to this thread for the next request, holding nothing of this one. Only for a call
    /// that ended synchronously on this thread: no continuation, stream or audit await can reach it any more (what it
    /// emitted — the usage record, span tags, audit events — is made of copies, never of the call).
    /// </summary>
    public void Release()
    {
        Debug.Assert(_state.Ended, "Only an ended call is released.");
        _state = default;
        t_spare = this;
    }

    private void Start(GovernanceTelemetryChatClient owner, TelemetryOptions options, IEnumerable<ChatMessage> messages, ChatOptions? chatOptions, bool streaming, bool genAI)
    {
        _state.Owner = owner;
        _state.Options = options;
        _state.Streaming = streaming;
        _state.GenAI = genAI;
        _state.Caller = owner.Callers.Resolve(chatOptions);
        _state.RequestModel = chatOptions?.ModelId ?? owner.Metadata?.DefaultModelId;
        _state.ProviderName = options.ProviderName ?? owner.Metadata?.ProviderName ?? "unknown";
        _state.StartUtc = owner.TimeProvider.GetUtcNow();
        _state.StartTimestamp = owner.TimeProvider.GetTimestamp();
        if (GovernanceTelemetry.IdentityScopeAttributes != options.MetricCallerAttributes)
        {
            GovernanceTelemetry.IdentityScopeAttributes = options.MetricCallerAttributes;
        }

        if (options.Audit.Enabled && options.Audit.IncludeContent)
        {
            _state.Messages = messages;
            _state.ResponseText = new StringBuilder();
        }

        // Without a listener no span starts: its name is not looked up.
        _state.Activity = GovernanceDiagnostics.ActivitySource.HasListeners()
            ? GovernanceDiagnostics.ActivitySource.StartActivity(
                GovernanceTelemetryChatClient.SpanName(_state.RequestModel, genAI), genAI ? ActivityKind.Client : ActivityKind.Internal,
                parentContext: default, tags: null, links: null, startTime: _state.StartUtc)
            : null;
        if (_state.Activity is { IsAllDataRequested: true } && !genAI)
        {
            Tag(_state.Activity, TelemetryNames.RequestModel, _state.RequestModel);
            AddCallerTags(_state.Activity, options.SpanCallerAttributes);
        }
        else if (_state.Activity is { IsAllDataRequested: true })
        {
            Tag(_state.Activity, TelemetryNames.OperationName, TelemetryNames.OperationChat);
            Tag(_state.Activity, TelemetryNames.ProviderName, _state.ProviderName);
            Tag(_state.Activity, TelemetryNames.RequestModel, _state.RequestModel);
            if (chatOptions is not null)
            {
                Tag(_state.Activity, TelemetryNames.RequestMaxTokens, chatOptions.MaxOutputTokens);
                Tag(_state.Activity, TelemetryNames.RequestTemperature, chatOptions.Temperature);
                Tag(_state.Activity, TelemetryNames.RequestTopP, chatOptions.TopP);
            }

            if (owner.Metadata?.ProviderUri is { } uri)
            {
                Tag(_state.Activity, TelemetryNames.ServerAddress, uri.Host);
                Tag(_state.Activity, TelemetryNames.ServerPort, uri.Port);
            }

            AddCallerTags(_state.Activity, options.SpanCallerAttributes);
        }
    }

    /// <summary>Gets a value indicating whether the call has a span.</summary>
    public bool HasActivity => _state.Activity is not null;

    /// <summary>Makes the call's span the current activity of this flow (a stream's later chunks run in the consumer's flow).</summary>
    public void MakeCurrent()
    {
        if (_state.Activity is not null && !ReferenceEquals(Activity.Current, _state.Activity))
        {
            Activity.Current = _state.Activity;
        }
    }

    /// <summary>The per-request fields; set by <c>Start</c> for every call, defaults otherwise.</summary>
    private struct CallState
    {
        public GovernanceTelemetryChatClient Owner;
        public TelemetryOptions Options;
        public CallerContext Caller;
        public string? RequestModel;
        public string ProviderName;
        public long StartTimestamp;
        public DateTimeOffset StartUtc;
        public bool Streaming;
        public bool GenAI;
        public Activity? Activity;
        public IEnumerable<ChatMessage>? Messages;
        public StringBuilder? ResponseText;

        public long FirstChunkTimestamp;
        public string? ResponseId;
        public string? ResponseModel;
        public string? FinishReason;
        public List<string>? MoreFinishReasons;
        public long? InputTokens;
        public long? OutputTokens;
        public long? CachedInputTokens;
        public string? CacheStatus;
        public double? CacheSimilarity;
        public long? CacheTokensSaved;
        /// <summary>The redaction counts as the stage reported them: read into a list only when a span event or an audit event needs them.</summary>
        public object? Redactions;
        public List<string>? SafetyAnnotations;
        public string? Backend;
        public int? Attempts;
        public decimal? CostUsd;

        // The budget's counts when the provider reported no usage (or not all of it): recorded in place of what is missing.
        public UsageDetails? CountedUsage;
        public decimal? CacheCostSaved;
        public bool Ended;
        public string? TraceId;
    }
}
