using Microsoft.Extensions.AI;

namespace Governance.AI.Redaction;

/// <content>
/// Answers kept outside the pipeline for replay (an <see cref="Idempotency.IdempotentChatClient"/> placed before the
/// governance block): kept with placeholders, as the cache keeps them, and given their values back per replay.
/// </content>
public sealed partial class RedactingChatClient
{
    /// <summary>
    /// The answer this step restored, redacted again for keeping: the request's values get the placeholders the
    /// request's own redaction gave them, and any other value redaction finds gets a placeholder no replay restores.
    /// </summary>
    /// <param name="request">The request as it reached this step.</param>
    /// <param name="options">The request's options.</param>
    /// <param name="answer">The answer the caller got.</param>
    /// <returns>The answer to keep; <paramref name="answer"/> when this step restores nothing.</returns>
    internal ChatResponse RedactForReplay(IEnumerable<ChatMessage> request, ChatOptions? options, ChatResponse answer) =>
        Replay(request, options, answer, redact: true);

    /// <summary>An answer kept by <see cref="RedactForReplay"/> with the request's values restored, as this step restores them.</summary>
    /// <param name="request">The request, the same as the one whose answer was kept.</param>
    /// <param name="options">The request's options.</param>
    /// <param name="kept">The kept answer.</param>
    /// <returns>The answer to give the caller.</returns>
    internal ChatResponse RestoreForReplay(IEnumerable<ChatMessage> request, ChatOptions? options, ChatResponse kept) =>
        Replay(request, options, kept, redact: false);

    private ChatResponse Replay(IEnumerable<ChatMessage> request, ChatOptions? options, ChatResponse answer, bool redact)
    {
        RedactionEngine engine = GetEngine();
        if (_step == RedactionStep.ProviderSide || !engine.Options.RestoreResponse)
        {
            return answer;
        }

        // The request redacts to the same placeholders every time, so its vault is made again rather than kept.
        var vault = new RedactionVault();
        _ = RedactRequest(request, options, engine, vault);
        List<ChatMessage>? messages = TransformMessages(answer.Messages, new ResponseTransform(engine, vault, redact, restore: !redact));
        return messages is null ? answer : ChatResponseCopy.WithMessages(answer, messages);
    }
}
