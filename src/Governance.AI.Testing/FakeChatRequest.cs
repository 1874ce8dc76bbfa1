using Microsoft.Extensions.AI;

namespace Governance.AI.Testing;

/// <summary>A request a <see cref="FakeChatClient"/> received.</summary>
/// <param name="Messages">A copy of the request's message list, as it reached the model.</param>
/// <param name="Options">The options, as they reached the model.</param>
/// <param name="Streaming">Whether the request was a streaming one.</param>
public sealed record FakeChatRequest(IReadOnlyList<ChatMessage> Messages, ChatOptions? Options, bool Streaming)
{
    /// <summary>Gets the text of the last user message, or an empty string.</summary>
    public string LastUserText
    {
        get
        {
            for (int i = Messages.Count - 1; i >= 0; i--)
            {
                if (Messages[i].Role == ChatRole.User)
                {
                    return Messages[i].Text;
                }
            }

            return string.Empty;
        }
    }

    /// <summary>Gets all message texts joined by newlines, to assert on what the model saw.</summary>
    public string AllText => string.Join('\n', Messages.Select(static m => m.Text));
}
