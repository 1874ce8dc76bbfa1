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
    /// <remarks>
    /// The copy is <see cref="AdditionalPropertiesDictionary.Clone"/>: it copies the source's entries with their
    /// stored hash codes, where adding the keys one by one into a presized dictionary hashed every key again (a
    /// quarter of the caller-side redaction step's cost). It is sized by the source's count, which leaves room for a
    /// key or two before it grows.
    /// </remarks>
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
        AdditionalProperties = source.AdditionalProperties?.Clone() ?? [],
    };
}
