using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Governance.AI.Telemetry;

/// <summary>
/// What the telemetry policy observes of one call, from start to end, and what it emits at the end: span attributes
/// and events, metrics, the ledger record and audit events. Created only when something listens.
/// </summary>
internal sealed partial class TelemetryCall
{
    private static readonly string[] StatusCodes = CreateStatusCodes();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> SingleFinishReasons = new(StringComparer.Ordinal);

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

    /// <summary>Reads a whole response.</summary>
    public void Observe(ChatResponse response)
    {
        _state.ResponseId = response.ResponseId;
        _state.ResponseModel = response.ModelId;
        if (response.FinishReason is { } reason)
        {
            AddFinishReason(reason.Value);
        }

        if (response.Usage is { } usage)
        {
            AddUsage(usage);
        }

        if (response.AdditionalProperties is { Count: > 0 } properties)
        {
            ReadGovernanceKeys(properties);
        }

        if (_state.ResponseText is not null)
        {
            _state.ResponseText.Append(response.Text);
        }
    }

    /// <summary>Reads a streamed update: the first one stamps the time to first chunk; usage, finish reason and governance keys may come on any.</summary>
    public void Observe(ChatResponseUpdate update)
    {
        if (_state.FirstChunkTimestamp == 0)
        {
            _state.FirstChunkTimestamp = _state.Owner.TimeProvider.GetTimestamp();
        }

        _state.ResponseId ??= update.ResponseId;
        if (update.ModelId is not null)
        {
            _state.ResponseModel = update.ModelId;
        }

        if (update.FinishReason is { } reason)
        {
            AddFinishReason(reason.Value);
        }

        IList<AIContent> contents = update.Contents;
        for (int i = 0; i < contents.Count; i++)
        {
            switch (contents[i])
            {
                case UsageContent usage:
                    AddUsage(usage.Details);
                    break;
                case TextContent text when _state.ResponseText is not null && _state.ResponseText.Length < _state.Options.Audit.MaxContentLength:
                    _state.ResponseText.Append(text.Text);
                    break;
            }
        }

        if (update.AdditionalProperties is { Count: > 0 } properties)
        {
            ReadGovernanceKeys(properties);
        }
    }

    /// <summary>Ends a streamed call: completed, failed, or abandoned by the consumer.</summary>
    public ValueTask EndStreamAsync(Exception? failure, bool completed, bool cancellationRequested) =>
        failure is not null || completed ? EndAsync(failure, cancellationRequested) : EndAsync(null, cancellationRequested, abandoned: true);

    /// <summary>Ends the call once: emits span, metrics, ledger record and audit events.</summary>
    public async ValueTask EndAsync(Exception? failure, bool cancellationRequested, bool abandoned = false)
    {
        if (_state.Ended)
        {
            return;
        }

        _state.Ended = true;
        TimeSpan elapsed = _state.Owner.TimeProvider.GetElapsedTime(_state.StartTimestamp);
        var governance = failure as GovernanceException;
        UsageOutcome outcome = failure switch
        {
            null => abandoned ? UsageOutcome.Cancelled : UsageOutcome.Success,
            GovernanceException => UsageOutcome.Rejected,
            OperationCanceledException when cancellationRequested || !IsTimeout(failure) => UsageOutcome.Cancelled,
            _ => UsageOutcome.Failed,
        };
        string? errorType = failure is null ? null : ErrorTypeOf(failure);
        string? model = _state.ResponseModel ?? _state.RequestModel;
        bool cacheHit = string.Equals(_state.CacheStatus, "hit", StringComparison.OrdinalIgnoreCase);
        GovernanceTelemetryChatClient.ModelPrices prices = _state.Owner.PricesFor(_state.Options);

        long input = cacheHit ? 0 : _state.InputTokens ?? _state.CountedUsage?.InputTokenCount ?? 0;
        long cached = cacheHit ? 0 : _state.CachedInputTokens ?? 0;
        long output = cacheHit ? 0 : _state.OutputTokens ?? _state.CountedUsage?.OutputTokenCount ?? 0;
        decimal cost = _state.CostUsd ?? (cacheHit || outcome != UsageOutcome.Success ? 0m : prices.Cost(model, input, cached, output) ?? 0m);
        long tokensSaved = 0;
        decimal costSaved = 0;
        if (cacheHit)
        {
            tokensSaved = _state.CacheTokensSaved ?? ((_state.InputTokens ?? 0) + (_state.OutputTokens ?? 0));
            costSaved = _state.CacheCostSaved ?? (_state.InputTokens is not null || _state.OutputTokens is not null
                ? prices.Cost(model, _state.InputTokens ?? 0, _state.CachedInputTokens ?? 0, _state.OutputTokens ?? 0) ?? 0m
                : prices.Cost(model, tokensSaved, 0, 0) ?? 0m);
        }

        if (failure is BudgetExceededException budget && budget.Scope is { } budgetScope &&
            GovernanceTelemetry.IsScopeReportable(budgetScope, _state.Options.MetricCallerAttributes))
        {
            _state.Owner.Metrics.Budget.RemainingTable.Set(budgetScope, budget.LimitName, (double)budget.Remaining);
        }

        if (_state.Owner.Metrics.Enabled)
        {
            RecordMetrics(outcome, errorType, model, cacheHit, input, output, cost, tokensSaved, costSaved, elapsed, failure);
        }

        if (_state.Activity is not null)
        {
            CompleteSpan(_state.Activity, outcome, errorType, governance, cacheHit, cost, elapsed, abandoned);
        }

        if (_state.Owner.Ledger is { } ledger && _state.Options.RecordUsage)
        {
            var record = new UsageRecord
            {
                Timestamp = _state.StartUtc,
                TenantId = _state.Caller.TenantId,
                UserId = _state.Caller.UserId,
                ApplicationId = _state.Caller.ApplicationId,
                CostCenter = _state.Caller.CostCenter,
                Model = model,
                Backend = _state.Backend,
                ResponseId = _state.ResponseId,
                InputTokens = input,
                CachedInputTokens = cached,
                OutputTokens = output,
                CostUsd = cost,
                CacheHit = cacheHit,
                TokensSaved = tokensSaved,
                CostSavedUsd = costSaved,
                Streaming = _state.Streaming,
                Latency = elapsed,
                Outcome = outcome,
                ReasonCode = governance?.ReasonCode,
                ErrorType = outcome == UsageOutcome.Failed ? errorType : null,
            };
            try
            {
                await ledger.RecordAsync(record, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                AuditLog.LedgerFailed(_state.Owner.Logger, ledger.GetType().Name, ex.GetType().FullName ?? "_OTHER");
            }
        }

        if (_state.Options.Audit.Enabled && (_state.Owner.AuditSink is not null || _state.Owner.Logger.IsEnabled(LogLevel.Information)))
        {
            await AuditAsync(governance, cacheHit, model).ConfigureAwait(false);
        }
    }

    /// <summary>Adds a tag with a value; spans are new, so no existing tag needs replacing (unlike <see cref="Activity.SetTag"/>, which searches).</summary>
    private static void Tag(Activity activity, string key, object? value)
    {
        if (value is not null)
        {
            activity.AddTag(key, value);
        }
    }

    /// <summary>Gets the finish reasons as an array, shared for the common single reasons (exporters only read tag values).</summary>
    private static string[] FinishReasonsTag(string first, List<string>? more)
    {
        if (more is not null)
        {
            return [first, .. more];
        }

        if (SingleFinishReasons.TryGetValue(first, out string[]? shared))
        {
            return shared;
        }

        shared = [first];
        if (SingleFinishReasons.Count < 64)
        {
            SingleFinishReasons.TryAdd(first, shared);
        }

        return shared;
    }

    private static bool IsTimeout(Exception failure) => failure is TimeoutException || failure.InnerException is TimeoutException;

    /// <summary>A low-cardinality error type: the reason code of a governance error, the HTTP status, <c>timeout</c>, or the exception's type name.</summary>
    internal static string ErrorTypeOf(Exception failure) => failure switch
    {
        GovernanceException governance => governance.ReasonCode,
        HttpRequestException { StatusCode: { } status } when (int)status is >= 0 and < 600 => StatusCodes[(int)status],
        _ when IsTimeout(failure) => "timeout",
        _ => failure.GetType().FullName ?? "_OTHER",
    };

    private static string[] CreateStatusCodes()
    {
        var codes = new string[600];
        for (int i = 0; i < codes.Length; i++)
        {
            codes[i] = i.ToString(CultureInfo.InvariantCulture);
        }

        return codes;
    }

    private void AddFinishReason(string reason)
    {
        // Almost every call has one finish reason: keep it without a list.
        if (_state.FinishReason is null || string.Equals(_state.FinishReason, reason, StringComparison.Ordinal))
        {
            _state.FinishReason = reason;
        }
        else if (!(_state.MoreFinishReasons ??= []).Contains(reason))
        {
            _state.MoreFinishReasons.Add(reason);
        }
    }

    private void AddUsage(UsageDetails usage)
    {
        if (usage.InputTokenCount is { } input)
        {
            _state.InputTokens = (_state.InputTokens ?? 0) + input;
        }

        if (usage.OutputTokenCount is { } output)
        {
            _state.OutputTokens = (_state.OutputTokens ?? 0) + output;
        }

        if (usage.CachedInputTokenCount is { } cached)
        {
            _state.CachedInputTokens = (_state.CachedInputTokens ?? 0) + cached;
        }
    }

    /// <summary>Reads the reported redaction counts into a list, once.</summary>
    private List<KeyValuePair<string, int>>? RedactionCounts()
    {
        if (_state.Redactions is not null and not List<KeyValuePair<string, int>>)
        {
            _state.Redactions = AsCounts(_state.Redactions);
        }

        return _state.Redactions as List<KeyValuePair<string, int>>;
    }

    private void ReadGovernanceKeys(AdditionalPropertiesDictionary properties)
    {
        foreach (KeyValuePair<string, object?> pair in properties)
        {
            if (pair.Value is null || !GovernanceProperties.IsGovernanceKey(pair.Key))
            {
                continue;
            }

            switch (pair.Key)
            {
                case GovernanceProperties.CacheStatus:
                    _state.CacheStatus = AsString(pair.Value) ?? _state.CacheStatus;
                    break;
                case GovernanceProperties.CacheSimilarity:
                    _state.CacheSimilarity = AsDouble(pair.Value) ?? _state.CacheSimilarity;
                    break;
                case GovernanceProperties.CacheTokensSaved:
                    _state.CacheTokensSaved = AsLong(pair.Value) ?? _state.CacheTokensSaved;
                    break;
                case GovernanceProperties.Redactions:
                    _state.Redactions = IsCounts(pair.Value) ? pair.Value : _state.Redactions;
                    break;
                case GovernanceProperties.SafetyAnnotations:
                    _state.SafetyAnnotations = AsStrings(pair.Value) ?? _state.SafetyAnnotations;
                    break;
                case GovernanceProperties.RouteBackend:
                    _state.Backend = AsString(pair.Value) ?? _state.Backend;
                    break;
                case GovernanceProperties.RouteAttempts:
                    _state.Attempts = AsLong(pair.Value) is { } attempts ? (int)Math.Clamp(attempts, 0, int.MaxValue) : _state.Attempts;
                    break;
                case GovernanceProperties.CostUsd:
                    _state.CostUsd = AsDecimal(pair.Value) ?? _state.CostUsd;
                    break;
                case Budgets.BudgetProperties.CountedUsage:
                    _state.CountedUsage = pair.Value as UsageDetails ?? _state.CountedUsage;
                    break;
                case Caching.SemanticCacheProperties.CostSavedUsd:
                    _state.CacheCostSaved = AsDecimal(pair.Value) ?? _state.CacheCostSaved;
                    break;
            }
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
