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

    // Set by Start for every call; not readonly, since a released call starts again.
    private GovernanceTelemetryChatClient _owner = null!;
    private TelemetryOptions _options = null!;
    private CallerContext _caller = null!;
    private string? _requestModel;
    private string _providerName = null!;
    private long _startTimestamp;
    private DateTimeOffset _startUtc;
    private bool _streaming;
    private bool _genAI;
    private Activity? _activity;
    private IEnumerable<ChatMessage>? _messages;
    private StringBuilder? _responseText;

    private long _firstChunkTimestamp;
    private string? _responseId;
    private string? _responseModel;
    private string? _finishReason;
    private List<string>? _moreFinishReasons;
    private long? _inputTokens;
    private long? _outputTokens;
    private long? _cachedInputTokens;
    private string? _cacheStatus;
    private double? _cacheSimilarity;
    private long? _cacheTokensSaved;
    /// <summary>The redaction counts as the stage reported them: read into a list only when a span event or an audit event needs them.</summary>
    private object? _redactions;
    private List<string>? _safetyAnnotations;
    private string? _backend;
    private int? _attempts;
    private decimal? _costUsd;

    // The budget's counts when the provider reported no usage (or not all of it): recorded in place of what is missing.
    private UsageDetails? _countedUsage;
    private decimal? _cacheCostSaved;
    private bool _ended;
    private string? _traceId;

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
        Debug.Assert(_ended, "Only an ended call is released.");
        Reset();
        t_spare = this;
    }

    private void Start(GovernanceTelemetryChatClient owner, TelemetryOptions options, IEnumerable<ChatMessage> messages, ChatOptions? chatOptions, bool streaming, bool genAI)
    {
        _owner = owner;
        _options = options;
        _streaming = streaming;
        _genAI = genAI;
        _caller = owner.Callers.Resolve(chatOptions);
        _requestModel = chatOptions?.ModelId ?? owner.Metadata?.DefaultModelId;
        _providerName = options.ProviderName ?? owner.Metadata?.ProviderName ?? "unknown";
        _startUtc = owner.TimeProvider.GetUtcNow();
        _startTimestamp = owner.TimeProvider.GetTimestamp();
        if (GovernanceTelemetry.IdentityScopeAttributes != options.MetricCallerAttributes)
        {
            GovernanceTelemetry.IdentityScopeAttributes = options.MetricCallerAttributes;
        }

        if (options.Audit.Enabled && options.Audit.IncludeContent)
        {
            _messages = messages;
            _responseText = new StringBuilder();
        }

        // Without a listener no span starts: its name is not looked up.
        _activity = GovernanceDiagnostics.ActivitySource.HasListeners()
            ? GovernanceDiagnostics.ActivitySource.StartActivity(
                GovernanceTelemetryChatClient.SpanName(_requestModel, genAI), genAI ? ActivityKind.Client : ActivityKind.Internal,
                parentContext: default, tags: null, links: null, startTime: _startUtc)
            : null;
        if (_activity is { IsAllDataRequested: true } && !genAI)
        {
            Tag(_activity, TelemetryNames.RequestModel, _requestModel);
            AddCallerTags(_activity, options.SpanCallerAttributes);
        }
        else if (_activity is { IsAllDataRequested: true })
        {
            Tag(_activity, TelemetryNames.OperationName, TelemetryNames.OperationChat);
            Tag(_activity, TelemetryNames.ProviderName, _providerName);
            Tag(_activity, TelemetryNames.RequestModel, _requestModel);
            if (chatOptions is not null)
            {
                Tag(_activity, TelemetryNames.RequestMaxTokens, chatOptions.MaxOutputTokens);
                Tag(_activity, TelemetryNames.RequestTemperature, chatOptions.Temperature);
                Tag(_activity, TelemetryNames.RequestTopP, chatOptions.TopP);
            }

            if (owner.Metadata?.ProviderUri is { } uri)
            {
                Tag(_activity, TelemetryNames.ServerAddress, uri.Host);
                Tag(_activity, TelemetryNames.ServerPort, uri.Port);
            }

            AddCallerTags(_activity, options.SpanCallerAttributes);
        }
    }

    /// <summary>Sets every field back to its default, as in a new call (<c>TelemetryCallReuseTests</c> checks that none is missed).</summary>
    private void Reset()
    {
        _owner = null!;
        _options = null!;
        _caller = null!;
        _requestModel = null;
        _providerName = null!;
        _startTimestamp = 0;
        _startUtc = default;
        _streaming = false;
        _genAI = false;
        _activity = null;
        _messages = null;
        _responseText = null;
        _firstChunkTimestamp = 0;
        _responseId = null;
        _responseModel = null;
        _finishReason = null;
        _moreFinishReasons = null;
        _inputTokens = null;
        _outputTokens = null;
        _cachedInputTokens = null;
        _cacheStatus = null;
        _cacheSimilarity = null;
        _cacheTokensSaved = null;
        _redactions = null;
        _safetyAnnotations = null;
        _backend = null;
        _attempts = null;
        _costUsd = null;
        _countedUsage = null;
        _cacheCostSaved = null;
        _ended = false;
        _traceId = null;
    }

    /// <summary>Gets a value indicating whether the call has a span.</summary>
    public bool HasActivity => _activity is not null;

    /// <summary>Makes the call's span the current activity of this flow (a stream's later chunks run in the consumer's flow).</summary>
    public void MakeCurrent()
    {
        if (_activity is not null && !ReferenceEquals(Activity.Current, _activity))
        {
            Activity.Current = _activity;
        }
    }

    /// <summary>Reads a whole response.</summary>
    public void Observe(ChatResponse response)
    {
        _responseId = response.ResponseId;
        _responseModel = response.ModelId;
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

        if (_responseText is not null)
        {
            _responseText.Append(response.Text);
        }
    }

    /// <summary>Reads a streamed update: the first one stamps the time to first chunk; usage, finish reason and governance keys may come on any.</summary>
    public void Observe(ChatResponseUpdate update)
    {
        if (_firstChunkTimestamp == 0)
        {
            _firstChunkTimestamp = _owner.TimeProvider.GetTimestamp();
        }

        _responseId ??= update.ResponseId;
        if (update.ModelId is not null)
        {
            _responseModel = update.ModelId;
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
                case TextContent text when _responseText is not null && _responseText.Length < _options.Audit.MaxContentLength:
                    _responseText.Append(text.Text);
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
        if (_ended)
        {
            return;
        }

        _ended = true;
        TimeSpan elapsed = _owner.TimeProvider.GetElapsedTime(_startTimestamp);
        var governance = failure as GovernanceException;
        UsageOutcome outcome = failure switch
        {
            null => abandoned ? UsageOutcome.Cancelled : UsageOutcome.Success,
            GovernanceException => UsageOutcome.Rejected,
            OperationCanceledException when cancellationRequested || !IsTimeout(failure) => UsageOutcome.Cancelled,
            _ => UsageOutcome.Failed,
        };
        string? errorType = failure is null ? null : ErrorTypeOf(failure);
        string? model = _responseModel ?? _requestModel;
        bool cacheHit = string.Equals(_cacheStatus, "hit", StringComparison.OrdinalIgnoreCase);
        GovernanceTelemetryChatClient.ModelPrices prices = _owner.PricesFor(_options);

        long input = cacheHit ? 0 : _inputTokens ?? _countedUsage?.InputTokenCount ?? 0;
        long cached = cacheHit ? 0 : _cachedInputTokens ?? 0;
        long output = cacheHit ? 0 : _outputTokens ?? _countedUsage?.OutputTokenCount ?? 0;
        decimal cost = _costUsd ?? (cacheHit || outcome != UsageOutcome.Success ? 0m : prices.Cost(model, input, cached, output) ?? 0m);
        long tokensSaved = 0;
        decimal costSaved = 0;
        if (cacheHit)
        {
            tokensSaved = _cacheTokensSaved ?? ((_inputTokens ?? 0) + (_outputTokens ?? 0));
            costSaved = _cacheCostSaved ?? (_inputTokens is not null || _outputTokens is not null
                ? prices.Cost(model, _inputTokens ?? 0, _cachedInputTokens ?? 0, _outputTokens ?? 0) ?? 0m
                : prices.Cost(model, tokensSaved, 0, 0) ?? 0m);
        }

        if (failure is BudgetExceededException budget && budget.Scope is { } budgetScope &&
            GovernanceTelemetry.IsScopeReportable(budgetScope, _options.MetricCallerAttributes))
        {
            _owner.Metrics.Budget.RemainingTable.Set(budgetScope, budget.LimitName, (double)budget.Remaining);
        }

        if (_owner.Metrics.Enabled)
        {
            RecordMetrics(outcome, errorType, model, cacheHit, input, output, cost, tokensSaved, costSaved, elapsed, failure);
        }

        if (_activity is not null)
        {
            CompleteSpan(_activity, outcome, errorType, governance, cacheHit, cost, elapsed, abandoned);
        }

        if (_owner.Ledger is { } ledger && _options.RecordUsage)
        {
            var record = new UsageRecord
            {
                Timestamp = _startUtc,
                TenantId = _caller.TenantId,
                UserId = _caller.UserId,
                ApplicationId = _caller.ApplicationId,
                CostCenter = _caller.CostCenter,
                Model = model,
                Backend = _backend,
                ResponseId = _responseId,
                InputTokens = input,
                CachedInputTokens = cached,
                OutputTokens = output,
                CostUsd = cost,
                CacheHit = cacheHit,
                TokensSaved = tokensSaved,
                CostSavedUsd = costSaved,
                Streaming = _streaming,
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
                AuditLog.LedgerFailed(_owner.Logger, ledger.GetType().Name, ex.GetType().FullName ?? "_OTHER");
            }
        }

        if (_options.Audit.Enabled && (_owner.AuditSink is not null || _owner.Logger.IsEnabled(LogLevel.Information)))
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
        if (_finishReason is null || string.Equals(_finishReason, reason, StringComparison.Ordinal))
        {
            _finishReason = reason;
        }
        else if (!(_moreFinishReasons ??= []).Contains(reason))
        {
            _moreFinishReasons.Add(reason);
        }
    }

    private void AddUsage(UsageDetails usage)
    {
        if (usage.InputTokenCount is { } input)
        {
            _inputTokens = (_inputTokens ?? 0) + input;
        }

        if (usage.OutputTokenCount is { } output)
        {
            _outputTokens = (_outputTokens ?? 0) + output;
        }

        if (usage.CachedInputTokenCount is { } cached)
        {
            _cachedInputTokens = (_cachedInputTokens ?? 0) + cached;
        }
    }

    /// <summary>Reads the reported redaction counts into a list, once.</summary>
    private List<KeyValuePair<string, int>>? RedactionCounts()
    {
        if (_redactions is not null and not List<KeyValuePair<string, int>>)
        {
            _redactions = AsCounts(_redactions);
        }

        return _redactions as List<KeyValuePair<string, int>>;
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
                    _cacheStatus = AsString(pair.Value) ?? _cacheStatus;
                    break;
                case GovernanceProperties.CacheSimilarity:
                    _cacheSimilarity = AsDouble(pair.Value) ?? _cacheSimilarity;
                    break;
                case GovernanceProperties.CacheTokensSaved:
                    _cacheTokensSaved = AsLong(pair.Value) ?? _cacheTokensSaved;
                    break;
                case GovernanceProperties.Redactions:
                    _redactions = IsCounts(pair.Value) ? pair.Value : _redactions;
                    break;
                case GovernanceProperties.SafetyAnnotations:
                    _safetyAnnotations = AsStrings(pair.Value) ?? _safetyAnnotations;
                    break;
                case GovernanceProperties.RouteBackend:
                    _backend = AsString(pair.Value) ?? _backend;
                    break;
                case GovernanceProperties.RouteAttempts:
                    _attempts = AsLong(pair.Value) is { } attempts ? (int)Math.Clamp(attempts, 0, int.MaxValue) : _attempts;
                    break;
                case GovernanceProperties.CostUsd:
                    _costUsd = AsDecimal(pair.Value) ?? _costUsd;
                    break;
                case Budgets.BudgetProperties.CountedUsage:
                    _countedUsage = pair.Value as UsageDetails ?? _countedUsage;
                    break;
                case Caching.SemanticCacheProperties.CostSavedUsd:
                    _cacheCostSaved = AsDecimal(pair.Value) ?? _cacheCostSaved;
                    break;
            }
        }
    }
}
