using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.AI;

namespace Governance.AI.Safety;

/// <content>Streamed responses: the canary watched across chunks, the whole answer classified before its finish reason goes out.</content>
internal sealed partial class ProviderSafetyChatClient
{
    /// <inheritdoc />
    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return StreamingUpdates.CoalesceTail(InspectStreamAsync(messages, options, cancellationToken), cancellationToken);
    }

    private async IAsyncEnumerable<ChatResponseUpdate> InspectStreamAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // A stream resolves its caller when it starts, as it always has: later steps run in the consumer's flow.
        var call = new Call(this, GetState(), options);
        _ = call.Caller;
        var outgoing = await call.PrepareAsync(messages, cancellationToken).ConfigureAwait(false);
        var inspect = call.State.Options.InspectResponses;
        var classify = inspect && call.State.Options.ClassifyResponses && call.State.Classifiers.Length > 0;
        var full = classify ? new StringBuilder() : null;
        var held = new StringBuilder();
        var tail = string.Empty;
        var classified = false;
        using var upstream = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var enumerator = base.GetStreamingResponseAsync(outgoing, call.Outgoing, upstream.Token).GetAsyncEnumerator(upstream.Token);
        await using (enumerator.ConfigureAwait(false))
        {
            while (await enumerator.MoveNextAsync().ConfigureAwait(false))
            {
                var update = enumerator.Current;
                var text = update.Text;
                var released = update;
                if (inspect && text.Length > 0)
                {
                    full?.Append(text);
                    if (call.Canary is { } canary)
                    {
                        // Search the chunk with the end of the text before it, so a canary split across chunks is found.
                        var window = tail + text;
                        tail = window.Length >= canary.Length ? window[^(canary.Length - 1)..] : window;
                        try
                        {
                            call.CheckCanary(window);
                        }
                        catch (ContentBlockedException)
                        {
                            // Stop the provider before reporting: nothing more is read or paid for.
                            await upstream.CancelAsync().ConfigureAwait(false);
                            throw;
                        }

                        // Hold back only an ending that could be the start of the canary, so none of it is sent.
                        var pending = held.Length == 0 ? text : held.Append(text).ToString();
                        var hold = OutputHoldback.CanaryPrefixLength(pending, canary);
                        held.Clear().Append(pending, pending.Length - hold, hold);
                        released = StreamingUpdates.WithText(update, hold == 0 ? pending : pending[..^hold]);
                    }
                }

                if (update.FinishReason is not null && !classified)
                {
                    // The answer is complete: classify it before its end and the finish reason go out.
                    if (full is not null)
                    {
                        await call.ClassifyResponseAsync(full.ToString(), cancellationToken).ConfigureAwait(false);
                    }

                    classified = true;
                    released = StreamingUpdates.Append(released, StreamingUpdates.TakeHeld(held));
                }

                yield return released;
            }
        }

        if (!classified && full is not null)
        {
            await call.ClassifyResponseAsync(full.ToString(), cancellationToken).ConfigureAwait(false);
        }

        // The stream's end (after a finish update, only properties: they are merged into it).
        var last = new ChatResponseUpdate(ChatRole.Assistant, StreamingUpdates.TakeHeld(held));
        if (call.HasAnnotations)
        {
            last.AdditionalProperties = [];
            last.AdditionalProperties[GovernanceProperties.SafetyAnnotations] = call.DistinctAnnotations();
        }

        if (last.Contents.Count > 0 || last.AdditionalProperties is not null)
        {
            yield return last;
        }
    }
}
