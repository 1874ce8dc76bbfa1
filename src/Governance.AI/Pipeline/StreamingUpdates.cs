using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Governance.AI;

/// <summary>
/// Keeps a policy's streamed output in the shape providers send: text a policy held back goes into the update that
/// carries the finish reason (never after it), and a policy's end-of-stream properties ride on the provider's last
/// update (the one with the usage) rather than on an extra update after it.
/// </summary>
internal static class StreamingUpdates
{
    /// <summary>
    /// Holds back an update that can end a stream (a finish reason, usage, or no content at all) until the next one
    /// arrives; a following update with no content (only properties or a finish reason) is merged into it. Text
    /// updates pass straight through, so nothing is delayed but the end of the stream.
    /// </summary>
    /// <param name="updates">The policy's updates.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>The same updates, with trailing property-only updates merged into the last one.</returns>
    public static async IAsyncEnumerable<ChatResponseUpdate> CoalesceTail(
        IAsyncEnumerable<ChatResponseUpdate> updates, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ChatResponseUpdate? held = null;
        await foreach (ChatResponseUpdate update in updates.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (held is not null && update.Contents.Count == 0)
            {
                held = Merge(held, update);
                continue;
            }

            if (held is not null)
            {
                yield return held;
                held = null;
            }

            if (CanEnd(update))
            {
                held = update;
            }
            else
            {
                yield return update;
            }
        }

        if (held is not null)
        {
            yield return held;
        }
    }

    /// <summary>Returns the update with its answer text replaced by <paramref name="text"/> (the text contents
    /// become one, at the place of the first); the same instance when the text is unchanged.</summary>
    /// <param name="update">The update.</param>
    /// <param name="text">The text to send in it; empty to send none.</param>
    /// <returns>The update to send.</returns>
    public static ChatResponseUpdate WithText(ChatResponseUpdate update, string text)
    {
        IList<AIContent> contents = update.Contents;
        int first = -1;
        int texts = 0;
        for (int k = 0; k < contents.Count; k++)
        {
            if (contents[k] is TextContent)
            {
                first = first < 0 ? k : first;
                texts++;
            }
        }

        if (texts == 0 && text.Length == 0)
        {
            return update;
        }

        if (texts == 1 && contents[first] is TextContent only && string.Equals(only.Text, text, StringComparison.Ordinal))
        {
            return update;
        }

        var replaced = new List<AIContent>(contents.Count + 1);
        for (int k = 0; k < contents.Count; k++)
        {
            if (k == first && text.Length > 0)
            {
                replaced.Add(new TextContent(text) { AdditionalProperties = contents[k].AdditionalProperties });
            }
            else if (contents[k] is not TextContent)
            {
                replaced.Add(contents[k]);
            }
        }

        if (first < 0)
        {
            // No text content: the released text goes before anything else (for example usage).
            replaced.Insert(0, new TextContent(text));
        }

        ChatResponseUpdate clone = update.Clone();
        clone.Contents = replaced;
        clone.RawRepresentation = null;
        return clone;
    }

    /// <summary>Returns a copy of the update with contents added after its own (held-back text released into it).</summary>
    /// <param name="update">The update, for example the one that carries the finish reason.</param>
    /// <param name="added">The contents to add; nothing is copied when empty.</param>
    /// <returns>The update to send.</returns>
    public static ChatResponseUpdate Append(ChatResponseUpdate update, List<AIContent> added)
    {
        if (added.Count == 0)
        {
            return update;
        }

        // Usage stays last, where providers put it.
        var contents = new List<AIContent>(update.Contents.Count + added.Count);
        foreach (AIContent content in update.Contents)
        {
            if (content is not UsageContent)
            {
                contents.Add(content);
            }
        }

        contents.AddRange(added);
        foreach (AIContent content in update.Contents)
        {
            if (content is UsageContent)
            {
                contents.Add(content);
            }
        }

        ChatResponseUpdate clone = update.Clone();
        clone.Contents = contents;
        clone.RawRepresentation = null;
        return clone;
    }

    private static bool CanEnd(ChatResponseUpdate update)
    {
        if (update.FinishReason is not null || update.Contents.Count == 0)
        {
            return true;
        }

        foreach (AIContent content in update.Contents)
        {
            if (content is UsageContent)
            {
                return true;
            }
        }

        return false;
    }

    private static ChatResponseUpdate Merge(ChatResponseUpdate held, ChatResponseUpdate next)
    {
        ChatResponseUpdate merged = held.Clone();
        merged.FinishReason ??= next.FinishReason;
        merged.ResponseId ??= next.ResponseId;
        merged.MessageId ??= next.MessageId;
        merged.ModelId ??= next.ModelId;
        if (next.AdditionalProperties is { Count: > 0 } properties)
        {
            merged.AdditionalProperties = merged.AdditionalProperties is { } own ? new AdditionalPropertiesDictionary(own) : [];
            foreach (KeyValuePair<string, object?> property in properties)
            {
                merged.AdditionalProperties[property.Key] = property.Value;
            }
        }

        return merged;
    }

    /// <summary>Takes the text a policy held back, emptying the buffer, as the contents to add to an update.</summary>
    /// <param name="held">The held-back text.</param>
    /// <returns>One text content, or none when nothing was held.</returns>
    public static List<AIContent> TakeHeld(System.Text.StringBuilder held)
    {
        if (held.Length == 0)
        {
            return [];
        }

        var text = held.ToString();
        held.Clear();
        return [new TextContent(text)];
    }
}
