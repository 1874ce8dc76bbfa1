using System.Collections;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Governance.AI.Pricing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Governance.AI.Telemetry;

/// <summary>
/// What the telemetry policy observes of one call, from start to end, and what it emits at the end: span attributes
/// and events, metrics, the ledger record and audit events. Created only when something listens.
/// </summary>
internal sealed class TelemetryCall
{
    private static readonly string[] StatusCodes = CreateStatusCodes();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> SingleFinishReasons = new(StringComparer.Ordinal);

    private readonly GovernanceTelemetryChatClient _owner;
    private readonly TelemetryOptions _options;
    private readonly CallerContext _caller;
    private readonly string? _requestModel;
    private readonly string _providerName;
    private readonly long _startTimestamp;
    private readonly DateTimeOffset _startUtc;
    private readonly bool _streaming;
    private readonly bool _genAI;
    private readonly Activity? _activity;
    private readonly IEnumerable<ChatMessage>? _messages;
    private readonly StringBuilder? _responseText;

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
    private List<KeyValuePair<string, int>>? _redactions;
    private List<string>? _safetyAnnotations;
    private string? _backend;
    private int? _attempts;
    private decimal? _costUsd;
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
    public TelemetryCall(GovernanceTelemetryChatClient owner, TelemetryOptions options, IEnumerable<ChatMessage> messages, ChatOptions? chatOptions, bool streaming, bool genAI)
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

        _activity = GovernanceDiagnostics.ActivitySource.StartActivity(
            GovernanceTelemetryChatClient.SpanName(_requestModel, genAI), genAI ? ActivityKind.Client : ActivityKind.Internal,
            parentContext: default, tags: null, links: null, startTime: _startUtc);
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

        long input = cacheHit ? 0 : _inputTokens ?? 0;
        long cached = cacheHit ? 0 : _cachedInputTokens ?? 0;
        long output = cacheHit ? 0 : _outputTokens ?? 0;
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
            GovernanceMetrics.BudgetRemainingTable.Set(budgetScope, budget.LimitName, (double)budget.Remaining);
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
                    _redactions = AsCounts(pair.Value) ?? _redactions;
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
                case Caching.SemanticCacheProperties.CostSavedUsd:
                    _cacheCostSaved = AsDecimal(pair.Value) ?? _cacheCostSaved;
                    break;
            }
        }
    }

    private void RecordMetrics(
        UsageOutcome outcome, string? errorType, string? model, bool cacheHit, long input, long output, decimal cost,
        long tokensSaved, decimal costSaved, TimeSpan elapsed, Exception? failure)
    {
        int limit = _options.MaxMetricAttributeValues;
        string requestModel = GovernanceMetrics.RequestModels.Admit(_requestModel, limit);
        var tags = new TagList
        {
            { TelemetryNames.OperationName, TelemetryNames.OperationChat },
            { TelemetryNames.ProviderName, _providerName },
        };
        if (requestModel.Length > 0)
        {
            tags.Add(TelemetryNames.RequestModel, requestModel);
        }

        if (_responseModel is not null)
        {
            tags.Add(TelemetryNames.ResponseModel, GovernanceMetrics.ResponseModels.Admit(_responseModel, limit));
        }

        AddCallerTags(ref tags, _options.MetricCallerAttributes, limit);

        if (_genAI)
        {
            RecordGenAIMetrics(outcome, errorType, cacheHit, input, output, elapsed, tags);
        }

        if (cost > 0)
        {
            _owner.Metrics.Cost.Add((double)cost, tags);
        }

        if (cacheHit && costSaved > 0)
        {
            _owner.Metrics.CacheCostSaved.Add((double)costSaved, new TagList { { TelemetryNames.RequestModel, requestModel } });
        }

        if (_attempts is { } attempts and > 0)
        {
            string backend = GovernanceMetrics.Bounded(TelemetryNames.RouteBackend, _backend, limit);
            _owner.Metrics.RouterAttempts.Record(attempts, new TagList { { TelemetryNames.RouteBackend, backend } });
        }

        if (failure is GovernanceException governance)
        {
            _owner.Metrics.Rejections.Add(1, new TagList
            {
                { TelemetryNames.Policy, governance.Policy },
                { TelemetryNames.ReasonCode, governance.ReasonCode },
                { TelemetryNames.RequestModel, requestModel },
            });
        }
    }

    /// <summary>Records the GenAI client metrics: billed tokens (none for a cache hit), duration, time to first chunk.</summary>
    private void RecordGenAIMetrics(UsageOutcome outcome, string? errorType, bool cacheHit, long input, long output, TimeSpan elapsed, in TagList tags)
    {
        if (outcome == UsageOutcome.Success && !cacheHit && _owner.Metrics.TokenUsage.Enabled)
        {
            if (_inputTokens is not null)
            {
                TagList inputTags = tags;
                inputTags.Add(TelemetryNames.TokenType, TelemetryNames.TokenInput);
                _owner.Metrics.TokenUsage.Record(input, inputTags);
            }

            if (_outputTokens is not null)
            {
                TagList outputTags = tags;
                outputTags.Add(TelemetryNames.TokenType, TelemetryNames.TokenOutput);
                _owner.Metrics.TokenUsage.Record(output, outputTags);
            }
        }

        if (_streaming && _firstChunkTimestamp != 0)
        {
            _owner.Metrics.TimeToFirstChunk.Record(TimeToFirstChunk().TotalSeconds, tags);
        }

        TagList durationTags = tags;
        if (errorType is not null)
        {
            durationTags.Add(TelemetryNames.ErrorType, errorType);
        }

        _owner.Metrics.OperationDuration.Record(elapsed.TotalSeconds, durationTags);
    }

    private TimeSpan TimeToFirstChunk() =>
        TimeSpan.FromTicks((long)((_firstChunkTimestamp - _startTimestamp) * ((double)TimeSpan.TicksPerSecond / _owner.TimeProvider.TimestampFrequency)));

    private void CompleteSpan(Activity activity, UsageOutcome outcome, string? errorType, GovernanceException? governance, bool cacheHit, decimal cost, TimeSpan elapsed, bool abandoned)
    {
        if (activity.IsAllDataRequested && !_genAI)
        {
            Tag(activity, TelemetryNames.ResponseModel, _responseModel);
        }
        else if (activity.IsAllDataRequested)
        {
            Tag(activity, TelemetryNames.ResponseId, _responseId);
            Tag(activity, TelemetryNames.ResponseModel, _responseModel);
            if (_finishReason is not null)
            {
                Tag(activity, TelemetryNames.ResponseFinishReasons, FinishReasonsTag(_finishReason, _moreFinishReasons));
            }

            // Usage is what was billed: a cache hit used no tokens, whatever the stored response says.
            Tag(activity, TelemetryNames.UsageInputTokens, cacheHit && _inputTokens is not null ? 0L : _inputTokens);
            Tag(activity, TelemetryNames.UsageOutputTokens, cacheHit && _outputTokens is not null ? 0L : _outputTokens);
            Tag(activity, TelemetryNames.UsageCacheReadInputTokens, cacheHit && _cachedInputTokens is not null ? 0L : _cachedInputTokens);
            if (_streaming && _firstChunkTimestamp != 0)
            {
                Tag(activity, TelemetryNames.ResponseTimeToFirstChunk, TimeToFirstChunk().TotalSeconds);
            }
        }

        if (activity.IsAllDataRequested)
        {
            Tag(activity, TelemetryNames.Outcome, abandoned ? "abandoned" : UsageLedgerExport.OutcomeName(outcome));
            Tag(activity, TelemetryNames.CacheStatus, _cacheStatus);
            Tag(activity, TelemetryNames.RouteBackend, _backend);
            Tag(activity, TelemetryNames.RouteAttempts, _attempts);
            if (cost > 0)
            {
                Tag(activity, TelemetryNames.CostUsd, (double)cost);
            }

            if (governance is not null)
            {
                Tag(activity, TelemetryNames.Policy, governance.Policy);
                Tag(activity, TelemetryNames.ReasonCode, governance.ReasonCode);
            }

            AddSpanEvents(activity, governance, cacheHit);
        }

        if (errorType is not null)
        {
            Tag(activity, TelemetryNames.ErrorType, errorType);

            // The description is the error type, never the exception's message: messages can quote the prompt.
            activity.SetStatus(ActivityStatusCode.Error, errorType);
        }

        activity.SetEndTime((_startUtc + (elapsed > TimeSpan.Zero ? elapsed : TimeSpan.FromTicks(1))).UtcDateTime);
        activity.Stop();
    }

    private void AddSpanEvents(Activity activity, GovernanceException? governance, bool cacheHit)
    {
        if (cacheHit)
        {
            var tags = new ActivityTagsCollection { [TelemetryNames.CacheTokensSaved] = _cacheTokensSaved };
            if (_cacheSimilarity is { } similarity)
            {
                tags[TelemetryNames.CacheSimilarity] = similarity;
            }

            activity.AddEvent(new ActivityEvent(TelemetryNames.EventCacheHit, tags: tags));
        }

        if (_redactions is { Count: > 0 })
        {
            var tags = new ActivityTagsCollection();
            foreach (KeyValuePair<string, int> redaction in _redactions)
            {
                tags[TelemetryNames.EventRedaction + "." + redaction.Key] = redaction.Value;
            }

            activity.AddEvent(new ActivityEvent(TelemetryNames.EventRedaction, tags: tags));
        }

        if (_safetyAnnotations is { Count: > 0 })
        {
            activity.AddEvent(new ActivityEvent(TelemetryNames.EventSafetyFlag, tags: new ActivityTagsCollection
            {
                [TelemetryNames.SafetyRule] = _safetyAnnotations.ToArray(),
            }));
        }

        if (_backend is not null)
        {
            activity.AddEvent(new ActivityEvent(TelemetryNames.EventRoute, tags: new ActivityTagsCollection
            {
                [TelemetryNames.RouteBackend] = _backend,
                [TelemetryNames.RouteAttempts] = _attempts,
            }));
        }

        if (governance is not null)
        {
            var tags = new ActivityTagsCollection
            {
                [TelemetryNames.Policy] = governance.Policy,
                [TelemetryNames.ReasonCode] = governance.ReasonCode,
            };
            if (governance.Scope is { } scope)
            {
                tags[TelemetryNames.Scope] = SpanScope(scope);
            }

            foreach (KeyValuePair<string, string> detail in DetailsOf(governance))
            {
                tags["governance." + detail.Key] = detail.Value;
            }

            bool blocked = governance is ContentBlockedException or SensitiveDataBlockedException;
            activity.AddEvent(new ActivityEvent(blocked ? TelemetryNames.EventBlocked : TelemetryNames.EventRejected, tags: tags));
        }
    }

    /// <summary>A scope for a span: identity segments the span options do not allow are replaced by their kind only.</summary>
    private string SpanScope(string scope)
    {
        CallerAttributes identities = GovernanceTelemetry.IdentityOf(scope);
        return (identities & ~_options.SpanCallerAttributes) == CallerAttributes.None
            ? scope
            : GovernanceTelemetry.ScopeKind(scope) + ":*";
    }

    private static List<KeyValuePair<string, string>> DetailsOf(GovernanceException governance)
    {
        var details = new List<KeyValuePair<string, string>>(4);
        switch (governance)
        {
            case BudgetExceededException budget:
                details.Add(new("limit", budget.LimitName));
                details.Add(new("window", budget.Window ?? "none"));
                details.Add(new("limit_value", budget.Limit.ToString(CultureInfo.InvariantCulture)));
                details.Add(new("remaining", budget.Remaining.ToString(CultureInfo.InvariantCulture)));
                details.Add(new("requested", budget.Requested.ToString(CultureInfo.InvariantCulture)));
                break;
            case ContentBlockedException blocked:
                details.Add(new("category", blocked.Category));
                details.Add(new("direction", blocked.InResponse ? "response" : "prompt"));
                details.Add(new("score", blocked.Score.ToString("0.###", CultureInfo.InvariantCulture)));
                if (blocked.RuleId is { } rule)
                {
                    details.Add(new("rule", rule));
                }

                break;
            case SensitiveDataBlockedException sensitive:
                details.Add(new("entity_type", sensitive.EntityType));
                details.Add(new("count", sensitive.Count.ToString(CultureInfo.InvariantCulture)));
                break;
            case NoHealthyBackendException unavailable:
                if (unavailable.Model is { } model)
                {
                    details.Add(new("model", model));
                }

                break;
            case CallerContextRequiredException missing:
                details.Add(new("missing", missing.Missing));
                break;
        }

        if (governance.RetryAfter is { } retryAfter)
        {
            details.Add(new("retry_after_s", retryAfter.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)));
        }

        return details;
    }

    private async ValueTask AuditAsync(GovernanceException? governance, bool cacheHit, string? model)
    {
        List<AuditEvent>? events = null;
        if (cacheHit)
        {
            var details = new Dictionary<string, string>(StringComparer.Ordinal);
            if (_cacheSimilarity is { } similarity)
            {
                details["similarity"] = similarity.ToString("0.####", CultureInfo.InvariantCulture);
            }

            if (_cacheTokensSaved is { } saved)
            {
                details["tokens_saved"] = saved.ToString(CultureInfo.InvariantCulture);
            }

            (events ??= []).Add(NewEvent(AuditDecision.CacheHit, GovernancePolicyNames.Cache, null, null, model, details));
        }

        if (_redactions is { Count: > 0 })
        {
            var details = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, int> redaction in _redactions)
            {
                details[redaction.Key] = redaction.Value.ToString(CultureInfo.InvariantCulture);
            }

            (events ??= []).Add(NewEvent(AuditDecision.Redacted, GovernancePolicyNames.Redaction, null, null, model, details));
        }

        if (_safetyAnnotations is { Count: > 0 })
        {
            (events ??= []).Add(NewEvent(AuditDecision.Flagged, GovernancePolicyNames.Safety, null, null, model, new Dictionary<string, string>
            {
                ["rules"] = string.Join(',', _safetyAnnotations),
            }));
        }

        if (_backend is not null)
        {
            var details = new Dictionary<string, string>(StringComparer.Ordinal) { ["backend"] = _backend };
            if (_attempts is { } attempts)
            {
                details["attempts"] = attempts.ToString(CultureInfo.InvariantCulture);
            }

            (events ??= []).Add(NewEvent(AuditDecision.Routed, GovernancePolicyNames.Router, null, null, model, details));
        }

        if (governance is not null)
        {
            AuditDecision decision = governance is ContentBlockedException or SensitiveDataBlockedException ? AuditDecision.Blocked : AuditDecision.Rejected;
            var details = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, string> detail in DetailsOf(governance))
            {
                details[detail.Key] = detail.Value;
            }

            (events ??= []).Add(NewEvent(decision, governance.Policy, governance.ReasonCode, governance.Scope, model, details));
        }

        if (events is null)
        {
            return;
        }

        foreach (AuditEvent auditEvent in events)
        {
            Log(auditEvent);
            if (_owner.AuditSink is { } sink)
            {
                try
                {
                    await sink.WriteAsync(auditEvent, CancellationToken.None).ConfigureAwait(false);
                }
                catch (Exception ex)
                {
                    AuditLog.SinkFailed(_owner.Logger, sink.GetType().Name, auditEvent.Decision, ex.GetType().FullName ?? "_OTHER");
                }
            }
        }
    }

    private AuditEvent NewEvent(AuditDecision decision, string policy, string? reasonCode, string? scope, string? model, Dictionary<string, string> details)
    {
        AuditOptions audit = _options.Audit;
        string? prompt = null;
        string? response = null;
        if (audit.IncludeContent)
        {
            prompt = ContentMasker.Mask(LastUserText(_messages), audit.MaxContentLength);
            response = _responseText is { Length: > 0 } ? ContentMasker.Mask(_responseText.ToString(), audit.MaxContentLength) : null;
        }

        byte[] pseudonymKey = _owner.PseudonymKeyFor(audit);
        return new AuditEvent
        {
            Timestamp = _owner.TimeProvider.GetUtcNow(),
            Decision = decision,
            Policy = policy,
            ReasonCode = reasonCode,
            Scope = ContentMasker.ScopeForAudit(scope, audit.UserIds, pseudonymKey),
            TenantId = _caller.TenantId,
            UserId = _caller.UserId is not { } user ? null
                : audit.UserIds switch
                {
                    UserIdHandling.Plain => user,
                    UserIdHandling.Omit => null,
                    _ => ContentMasker.Pseudonymize(user, pseudonymKey),
                },
            ApplicationId = _caller.ApplicationId,
            CostCenter = _caller.CostCenter,
            Model = model,
            TraceId = _traceId ??= _activity?.TraceId.ToHexString(),
            Details = details,
            PromptExcerpt = prompt,
            ResponseExcerpt = response,
        };
    }

    private void Log(AuditEvent auditEvent)
    {
        ILogger logger = _owner.Logger;
        // Blocks and rejections are warnings; a routine route (first attempt served) is debug noise; the rest information.
        LogLevel level = auditEvent.Decision switch
        {
            AuditDecision.Blocked or AuditDecision.Rejected => LogLevel.Warning,
            AuditDecision.Routed when !auditEvent.Details.TryGetValue("attempts", out string? attempts) || attempts == "1" => LogLevel.Debug,
            _ => LogLevel.Information,
        };
        if (!logger.IsEnabled(level))
        {
            return;
        }

        var details = new StringBuilder();
        foreach (KeyValuePair<string, string> detail in auditEvent.Details)
        {
            if (details.Length > 0)
            {
                details.Append(", ");
            }

            details.Append(detail.Key).Append('=').Append(detail.Value);
        }

        string renderedDetails = details.ToString();
        AuditLog.Decision(logger, level, auditEvent.Decision, auditEvent.Policy, auditEvent.ReasonCode, auditEvent.Scope,
            auditEvent.TenantId, auditEvent.UserId, auditEvent.ApplicationId, auditEvent.CostCenter, auditEvent.Model,
            auditEvent.TraceId, renderedDetails);
        if (auditEvent.PromptExcerpt is not null || auditEvent.ResponseExcerpt is not null)
        {
            AuditLog.Content(logger, auditEvent.Decision, auditEvent.PromptExcerpt, auditEvent.ResponseExcerpt);
        }
    }

    private static string LastUserText(IEnumerable<ChatMessage>? messages)
    {
        string text = string.Empty;
        if (messages is not null)
        {
            foreach (ChatMessage message in messages)
            {
                if (message.Role == ChatRole.User)
                {
                    text = message.Text;
                }
            }
        }

        return text;
    }

    private void AddCallerTags(Activity activity, CallerAttributes allowed)
    {
        if ((allowed & CallerAttributes.Tenant) != 0 && _caller.TenantId is { } tenant)
        {
            Tag(activity, TelemetryNames.TenantId, tenant);
        }

        if ((allowed & CallerAttributes.User) != 0 && _caller.UserId is { } user)
        {
            Tag(activity, TelemetryNames.UserId, user);
        }

        if ((allowed & CallerAttributes.Application) != 0 && _caller.ApplicationId is { } application)
        {
            Tag(activity, TelemetryNames.ApplicationId, application);
        }

        if ((allowed & CallerAttributes.CostCenter) != 0 && _caller.CostCenter is { } costCenter)
        {
            Tag(activity, TelemetryNames.CostCenter, costCenter);
        }
    }

    private void AddCallerTags(ref TagList tags, CallerAttributes allowed, int limit)
    {
        if (allowed == CallerAttributes.None)
        {
            return;
        }

        if ((allowed & CallerAttributes.Tenant) != 0)
        {
            tags.Add(TelemetryNames.TenantId, GovernanceMetrics.Bounded(TelemetryNames.TenantId, _caller.TenantId, limit));
        }

        if ((allowed & CallerAttributes.User) != 0)
        {
            tags.Add(TelemetryNames.UserId, GovernanceMetrics.Bounded(TelemetryNames.UserId, _caller.UserId, limit));
        }

        if ((allowed & CallerAttributes.Application) != 0)
        {
            tags.Add(TelemetryNames.ApplicationId, GovernanceMetrics.Bounded(TelemetryNames.ApplicationId, _caller.ApplicationId, limit));
        }

        if ((allowed & CallerAttributes.CostCenter) != 0)
        {
            tags.Add(TelemetryNames.CostCenter, GovernanceMetrics.Bounded(TelemetryNames.CostCenter, _caller.CostCenter, limit));
        }
    }

    private static string? AsString(object value) => value switch
    {
        string text => text,
        JsonElement { ValueKind: JsonValueKind.String } element => element.GetString(),
        _ => null,
    };

    private static long? AsLong(object value) => value switch
    {
        long l => l,
        int i => i,
        short s => s,
        uint u => u,
        ulong u => u > long.MaxValue ? long.MaxValue : (long)u,
        double d when !double.IsNaN(d) => (long)d,
        decimal m => (long)m,
        JsonElement { ValueKind: JsonValueKind.Number } element when element.TryGetInt64(out long parsed) => parsed,
        _ => null,
    };

    private static double? AsDouble(object value) => value switch
    {
        double d => d,
        float f => f,
        decimal m => (double)m,
        long l => l,
        int i => i,
        JsonElement { ValueKind: JsonValueKind.Number } element => element.GetDouble(),
        _ => null,
    };

    private static decimal? AsDecimal(object value) => value switch
    {
        decimal m => m,
        double d when double.IsFinite(d) => (decimal)d,
        float f when float.IsFinite(f) => (decimal)f,
        long l => l,
        int i => i,
        JsonElement { ValueKind: JsonValueKind.Number } element when element.TryGetDecimal(out decimal parsed) => parsed,
        _ => null,
    };

    private static List<KeyValuePair<string, int>>? AsCounts(object value)
    {
        var counts = new List<KeyValuePair<string, int>>();
        switch (value)
        {
            case IEnumerable<KeyValuePair<string, int>> typed:
                foreach (KeyValuePair<string, int> pair in typed)
                {
                    counts.Add(pair);
                }

                break;
            case IEnumerable<KeyValuePair<string, long>> wide:
                foreach (KeyValuePair<string, long> pair in wide)
                {
                    counts.Add(new(pair.Key, (int)Math.Clamp(pair.Value, 0, int.MaxValue)));
                }

                break;
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    if (property.Value.TryGetInt32(out int count))
                    {
                        counts.Add(new(property.Name, count));
                    }
                }

                break;
            default:
                return null;
        }

        return counts;
    }

    private static List<string>? AsStrings(object value)
    {
        var strings = new List<string>();
        switch (value)
        {
            case string single:
                strings.Add(single);
                break;
            case JsonElement { ValueKind: JsonValueKind.Array } element:
                foreach (JsonElement item in element.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String && item.GetString() is { } text)
                    {
                        strings.Add(text);
                    }
                }

                break;
            case IEnumerable enumerable:
                foreach (object? item in enumerable)
                {
                    if (item?.ToString() is { } text)
                    {
                        strings.Add(text);
                    }
                }

                break;
            default:
                return null;
        }

        return strings;
    }
}
