using System.Text.Json;
using Governance.AI.Safety;
using Microsoft.Extensions.AI;

namespace Governance.AI;

/// <summary>
/// Marks text the user did not write (a pasted document, an e-mail, a retrieved passage, a web page) as untrusted, so
/// that the safety policy scores it as possible indirect injection against <see cref="SafetyOptions.UntrustedThreshold"/>
/// (stricter than the prompt's) and reports it as <see cref="SafetyConstants.CategoryIndirectInjection"/>. Tool results
/// (<see cref="ChatRole.Tool"/> messages and <see cref="FunctionResultContent"/>) are untrusted without marking.
/// </summary>
/// <example>
/// <code>
/// var messages = new List&lt;ChatMessage&gt;
/// {
///     new(ChatRole.User, "Summarize the attached e-mail."),
///     new ChatMessage(ChatRole.User, emailBody).AsUntrusted(),
/// };
/// // or, inside one message:
/// new ChatMessage(ChatRole.User, [new TextContent("Translate this:"), new TextContent(pasted).MarkUntrusted()]);
/// </code>
/// </example>
public static class UntrustedContentExtensions
{
    /// <summary>Marks every part of a message as untrusted content.</summary>
    /// <param name="message">The message, usually a user message that carries a document.</param>
    /// <returns>The same message, for chaining.</returns>
    public static ChatMessage AsUntrusted(this ChatMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        (message.AdditionalProperties ??= [])[SafetyConstants.UntrustedMessageKey] = true;
        return message;
    }

    /// <summary>Marks one part of a message (for example the pasted text after the user's own request) as untrusted content.</summary>
    /// <typeparam name="TContent">The content type.</typeparam>
    /// <param name="content">The content.</param>
    /// <returns>The same content, for chaining.</returns>
    public static TContent MarkUntrusted<TContent>(this TContent content)
        where TContent : AIContent
    {
        ArgumentNullException.ThrowIfNull(content);
        (content.AdditionalProperties ??= [])[SafetyConstants.UntrustedMessageKey] = true;
        return content;
    }

    /// <summary>Gets a value indicating whether a message was marked with <see cref="AsUntrusted"/>.</summary>
    /// <param name="message">The message.</param>
    /// <returns><see langword="true"/> when the message is untrusted content.</returns>
    public static bool IsUntrusted(this ChatMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return IsSet(message.AdditionalProperties);
    }

    /// <summary>Gets a value indicating whether a content was marked with <see cref="MarkUntrusted{TContent}"/>.</summary>
    /// <param name="content">The content.</param>
    /// <returns><see langword="true"/> when the content is untrusted.</returns>
    public static bool IsUntrusted(this AIContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return IsSet(content.AdditionalProperties);
    }

    // After a JSON round trip (a queue, a conversation store) the flag is a JsonElement, not a bool.
    private static bool IsSet(AdditionalPropertiesDictionary? properties) =>
        properties?.TryGetValue(SafetyConstants.UntrustedMessageKey, out var flag) == true
        && (flag is true || flag is JsonElement { ValueKind: JsonValueKind.True });
}
