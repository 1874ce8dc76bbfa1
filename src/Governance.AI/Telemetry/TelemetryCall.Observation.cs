using Microsoft.Extensions.AI;

namespace Governance.AI.Telemetry;

/// <summary>What a call reads while it runs: the response or the streamed updates, their usage and finish reasons, and the governance keys the inner policies report.</summary>
internal sealed partial class TelemetryCall
{
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
}
