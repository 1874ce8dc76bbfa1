using System.Diagnostics;

namespace Governance.AI.Telemetry;

/// <summary>What a call emits at its end besides the ledger and audit: metrics, span attributes and span events.</summary>
internal sealed partial class TelemetryCall
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> SingleFinishReasons = new(StringComparer.Ordinal);

    private void RecordMetrics(
        UsageOutcome outcome, string? errorType, string? model, bool cacheHit, long input, long output, decimal cost,
        long tokensSaved, decimal costSaved, TimeSpan elapsed, Exception? failure)
    {
        int limit = _state.Options.MaxMetricAttributeValues;
        string requestModel = GovernanceMetrics.RequestModels.Admit(_state.RequestModel, limit);
        var tags = new TagList
        {
            { TelemetryNames.OperationName, TelemetryNames.OperationChat },
            { TelemetryNames.ProviderName, _state.ProviderName },
        };
        if (requestModel.Length > 0)
        {
            tags.Add(TelemetryNames.RequestModel, requestModel);
        }

        if (_state.ResponseModel is not null)
        {
            tags.Add(TelemetryNames.ResponseModel, GovernanceMetrics.ResponseModels.Admit(_state.ResponseModel, limit));
        }

        AddCallerTags(ref tags, _state.Options.MetricCallerAttributes, limit);

        if (_state.GenAI)
        {
            RecordGenAIMetrics(outcome, errorType, cacheHit, input, output, elapsed, tags);
        }

        if (cost > 0)
        {
            _state.Owner.Metrics.Cost.Add((double)cost, tags);
        }

        if (cacheHit && costSaved > 0)
        {
            _state.Owner.Metrics.CacheCostSaved.Add((double)costSaved, new TagList { { TelemetryNames.RequestModel, requestModel } });
        }

        if (_state.Attempts is { } attempts and > 0)
        {
            string backend = GovernanceMetrics.Bounded(TelemetryNames.RouteBackend, _state.Backend, limit);
            _state.Owner.Metrics.RouterAttempts.Record(attempts, new TagList { { TelemetryNames.RouteBackend, backend } });
        }

        if (failure is GovernanceException governance)
        {
            _state.Owner.Metrics.Rejections.Add(1, new TagList
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
        if (outcome == UsageOutcome.Success && !cacheHit && _state.Owner.Metrics.TokenUsage.Enabled)
        {
            if (_state.InputTokens is not null)
            {
                TagList inputTags = tags;
                inputTags.Add(TelemetryNames.TokenType, TelemetryNames.TokenInput);
                _state.Owner.Metrics.TokenUsage.Record(input, inputTags);
            }

            if (_state.OutputTokens is not null)
            {
                TagList outputTags = tags;
                outputTags.Add(TelemetryNames.TokenType, TelemetryNames.TokenOutput);
                _state.Owner.Metrics.TokenUsage.Record(output, outputTags);
            }
        }

        if (_state.Streaming && _state.FirstChunkTimestamp != 0)
        {
            _state.Owner.Metrics.TimeToFirstChunk.Record(TimeToFirstChunk().TotalSeconds, tags);
        }

        TagList durationTags = tags;
        if (errorType is not null)
        {
            durationTags.Add(TelemetryNames.ErrorType, errorType);
        }

        _state.Owner.Metrics.OperationDuration.Record(elapsed.TotalSeconds, durationTags);
    }

    private TimeSpan TimeToFirstChunk() =>
        TimeSpan.FromTicks((long)((_state.FirstChunkTimestamp - _state.StartTimestamp) * ((double)TimeSpan.TicksPerSecond / _state.Owner.TimeProvider.TimestampFrequency)));

    private void CompleteSpan(Activity activity, UsageOutcome outcome, string? errorType, GovernanceException? governance, bool cacheHit, decimal cost, TimeSpan elapsed, bool abandoned)
    {
        if (activity.IsAllDataRequested && !_state.GenAI)
        {
            Tag(activity, TelemetryNames.ResponseModel, _state.ResponseModel);
        }
        else if (activity.IsAllDataRequested)
        {
            Tag(activity, TelemetryNames.ResponseId, _state.ResponseId);
            Tag(activity, TelemetryNames.ResponseModel, _state.ResponseModel);
            if (_state.FinishReason is not null)
            {
                Tag(activity, TelemetryNames.ResponseFinishReasons, FinishReasonsTag(_state.FinishReason, _state.MoreFinishReasons));
            }

            // Usage is what was billed: a cache hit used no tokens, whatever the stored response says.
            Tag(activity, TelemetryNames.UsageInputTokens, cacheHit && _state.InputTokens is not null ? 0L : _state.InputTokens);
            Tag(activity, TelemetryNames.UsageOutputTokens, cacheHit && _state.OutputTokens is not null ? 0L : _state.OutputTokens);
            Tag(activity, TelemetryNames.UsageCacheReadInputTokens, cacheHit && _state.CachedInputTokens is not null ? 0L : _state.CachedInputTokens);
            if (_state.Streaming && _state.FirstChunkTimestamp != 0)
            {
                Tag(activity, TelemetryNames.ResponseTimeToFirstChunk, TimeToFirstChunk().TotalSeconds);
            }
        }

        if (activity.IsAllDataRequested)
        {
            Tag(activity, TelemetryNames.Outcome, abandoned ? "abandoned" : UsageLedgerExport.OutcomeName(outcome));
            Tag(activity, TelemetryNames.CacheStatus, _state.CacheStatus);
            Tag(activity, TelemetryNames.RouteBackend, _state.Backend);
            Tag(activity, TelemetryNames.RouteAttempts, _state.Attempts);
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

        activity.SetEndTime((_state.StartUtc + (elapsed > TimeSpan.Zero ? elapsed : TimeSpan.FromTicks(1))).UtcDateTime);
        activity.Stop();
    }

    private void AddSpanEvents(Activity activity, GovernanceException? governance, bool cacheHit)
    {
        if (cacheHit)
        {
            var tags = new ActivityTagsCollection { [TelemetryNames.CacheTokensSaved] = _state.CacheTokensSaved };
            if (_state.CacheSimilarity is { } similarity)
            {
                tags[TelemetryNames.CacheSimilarity] = similarity;
            }

            activity.AddEvent(new ActivityEvent(TelemetryNames.EventCacheHit, tags: tags));
        }

        if (RedactionCounts() is { Count: > 0 } redactions)
        {
            var tags = new ActivityTagsCollection();
            foreach (KeyValuePair<string, int> redaction in redactions)
            {
                tags[TelemetryNames.EventRedaction + "." + redaction.Key] = redaction.Value;
            }

            activity.AddEvent(new ActivityEvent(TelemetryNames.EventRedaction, tags: tags));
        }

        if (_state.SafetyAnnotations is { Count: > 0 })
        {
            activity.AddEvent(new ActivityEvent(TelemetryNames.EventSafetyFlag, tags: new ActivityTagsCollection
            {
                [TelemetryNames.SafetyRule] = _state.SafetyAnnotations.ToArray(),
            }));
        }

        if (_state.Backend is not null)
        {
            activity.AddEvent(new ActivityEvent(TelemetryNames.EventRoute, tags: new ActivityTagsCollection
            {
                [TelemetryNames.RouteBackend] = _state.Backend,
                [TelemetryNames.RouteAttempts] = _state.Attempts,
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
        return (identities & ~_state.Options.SpanCallerAttributes) == CallerAttributes.None
            ? scope
            : GovernanceTelemetry.ScopeKind(scope) + ":*";
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

    private void AddCallerTags(Activity activity, CallerAttributes allowed)
    {
        if ((allowed & CallerAttributes.Tenant) != 0 && _state.Caller.TenantId is { } tenant)
        {
            Tag(activity, TelemetryNames.TenantId, tenant);
        }

        if ((allowed & CallerAttributes.User) != 0 && _state.Caller.UserId is { } user)
        {
            Tag(activity, TelemetryNames.UserId, user);
        }

        if ((allowed & CallerAttributes.Application) != 0 && _state.Caller.ApplicationId is { } application)
        {
            Tag(activity, TelemetryNames.ApplicationId, application);
        }

        if ((allowed & CallerAttributes.CostCenter) != 0 && _state.Caller.CostCenter is { } costCenter)
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
            tags.Add(TelemetryNames.TenantId, GovernanceMetrics.Bounded(TelemetryNames.TenantId, _state.Caller.TenantId, limit));
        }

        if ((allowed & CallerAttributes.User) != 0)
        {
            tags.Add(TelemetryNames.UserId, GovernanceMetrics.Bounded(TelemetryNames.UserId, _state.Caller.UserId, limit));
        }

        if ((allowed & CallerAttributes.Application) != 0)
        {
            tags.Add(TelemetryNames.ApplicationId, GovernanceMetrics.Bounded(TelemetryNames.ApplicationId, _state.Caller.ApplicationId, limit));
        }

        if ((allowed & CallerAttributes.CostCenter) != 0)
        {
            tags.Add(TelemetryNames.CostCenter, GovernanceMetrics.Bounded(TelemetryNames.CostCenter, _state.Caller.CostCenter, limit));
        }
    }
}
