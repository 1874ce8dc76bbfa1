using Governance.AI.Routing;
using Microsoft.Extensions.AI;

namespace Governance.AI.Caching;

/// <summary>Which responses may be stored, and the copy that is.</summary>
internal static class StoredResponses
{
    public static string? NotCacheable(ChatResponse response, SemanticCacheOptions settings)
    {
        if (response.FinishReason == ChatFinishReason.Length)
        {
            return SemanticCacheReasons.Truncated;
        }

        if (response.FinishReason == ChatFinishReason.ContentFilter)
        {
            return SemanticCacheReasons.Blocked;
        }

        if (response.AdditionalProperties?.TryGetValue(RoutingProperties.Downgraded, out object? downgraded) == true && downgraded is true)
        {
            // The identity of an entry is the request, which names the premium model: an answer of the cheaper
            // model must not be served as the premium one's, to this caller's later requests or anyone else's.
            return SemanticCacheReasons.Downgraded;
        }

        if (response.ContinuationToken is not null)
        {
            return SemanticCacheReasons.Empty;
        }

        bool hasContent = false;
        foreach (ChatMessage message in response.Messages)
        {
            foreach (AIContent content in message.Contents)
            {
                switch (content)
                {
                    case ErrorContent:
                        return SemanticCacheReasons.Error;
                    case FunctionCallContent call when !IsIdempotent(call.Name, settings):
                        return SemanticCacheReasons.ToolCalls;
                    case UsageContent:
                        break;
                    case TextContent text when string.IsNullOrEmpty(text.Text):
                        break;
                    default:
                        hasContent = true;
                        break;
                }
            }
        }

        return hasContent ? null : SemanticCacheReasons.Empty;
    }

    private static bool IsIdempotent(string name, SemanticCacheOptions settings)
    {
        foreach (string tool in settings.IdempotentTools)
        {
            if (string.Equals(tool, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A copy without per-call governance annotations (route, cost, cache status) and without the raw provider object.</summary>
    public static ChatResponse ForStorage(ChatResponse response)
    {
        var messages = new List<ChatMessage>(response.Messages.Count);
        foreach (ChatMessage message in response.Messages)
        {
            messages.Add(message.AdditionalProperties is { Count: > 0 } messageProperties && HasGovernanceKey(messageProperties)
                ? new ChatMessage(message.Role, message.Contents)
                {
                    AuthorName = message.AuthorName,
                    MessageId = message.MessageId,
                    CreatedAt = message.CreatedAt,
                    AdditionalProperties = WithoutGovernanceKeys(messageProperties),
                }
                : message);
        }

        var copy = new ChatResponse(messages)
        {
            ResponseId = response.ResponseId,
            ModelId = response.ModelId,
            CreatedAt = response.CreatedAt,
            FinishReason = response.FinishReason,
            Usage = response.Usage,
        };
        if (response.AdditionalProperties is { Count: > 0 } properties)
        {
            copy.AdditionalProperties = WithoutGovernanceKeys(properties);
        }

        return copy;
    }

    private static bool HasGovernanceKey(AdditionalPropertiesDictionary properties)
    {
        foreach (string key in properties.Keys)
        {
            if (GovernanceProperties.IsGovernanceKey(key))
            {
                return true;
            }
        }

        return false;
    }

    private static AdditionalPropertiesDictionary? WithoutGovernanceKeys(AdditionalPropertiesDictionary properties)
    {
        AdditionalPropertiesDictionary? kept = null;
        foreach (KeyValuePair<string, object?> property in properties)
        {
            if (!GovernanceProperties.IsGovernanceKey(property.Key))
            {
                (kept ??= [])[property.Key] = property.Value;
            }
        }

        return kept;
    }
}
