using Microsoft.Extensions.AI;

namespace Governance.AI;

/// <summary>Copies a response around new messages, for stages that change what a response says but not what it is.</summary>
internal static class ChatResponseCopy
{
    /// <summary>
    /// Returns a response with <paramref name="messages"/> and every other property of <paramref name="source"/>; the
    /// additional properties are a copy of the source's (never <see langword="null"/>), so the caller can add to them
    /// without changing the source.
    /// </summary>
    public static ChatResponse WithMessages(ChatResponse source, IList<ChatMessage> messages) => new(messages)
    {
        ResponseId = source.ResponseId,
        ConversationId = source.ConversationId,
        ModelId = source.ModelId,
        CreatedAt = source.CreatedAt,
        FinishReason = source.FinishReason,
        Usage = source.Usage,
        RawRepresentation = source.RawRepresentation,
        ContinuationToken = source.ContinuationToken,
        AdditionalProperties = source.AdditionalProperties is { } properties ? CopyWithRoom(properties) : [],
    };

    /// <summary>
    /// Copies properties key by key through their own enumerator (the copy constructor enumerates them through the
    /// interface, which boxes it), into a dictionary with room for the copying stage's key and one more.
    /// </summary>
    private static AdditionalPropertiesDictionary CopyWithRoom(AdditionalPropertiesDictionary properties)
    {
        AdditionalPropertiesDictionary copy = ResponseProperties.Create(properties.Count + 2);
        foreach (KeyValuePair<string, object?> pair in properties)
        {
            copy[pair.Key] = pair.Value;
        }

        return copy;
    }
}
