using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.AI;

namespace Governance.AI.Safety;

/// <content>The streamed response: inspected chunk by chunk, holding back only an end that could still become a finding.</content>
public sealed partial class SafetyChatClient
{
    private async IAsyncEnumerable<ChatResponseUpdate> InspectStreamAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // A stream resolves its caller when it starts, as it always has: later steps run in the consumer's flow.
        var call = new Call(this, GetState(), options);
        _ = call.Caller;
        var outgoing = call.InspectPrompt(messages);
        options = call.InspectInstructions(options);
        using var upstream = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var stream = new StreamInspector(call);
        var annotated = 0;
        var enumerator = base.GetStreamingResponseAsync(outgoing, options, upstream.Token).GetAsyncEnumerator(upstream.Token);
        await using (enumerator.ConfigureAwait(false))
        {
            while (await enumerator.MoveNextAsync().ConfigureAwait(false))
            {
                var update = enumerator.Current;
                var text = update.Text;
                var violation = stream.Inspect(text);
                if (violation is not null)
                {
                    // Stop the provider before reporting: nothing more is read or paid for, and the held-back text is never sent.
                    await upstream.CancelAsync().ConfigureAwait(false);
                    throw violation;
                }

                if (call.AnnotationCount > annotated)
                {
                    update.AdditionalProperties ??= [];
                    update.AdditionalProperties[GovernanceProperties.SafetyAnnotations] = call.DistinctAnnotations();
                    annotated = call.AnnotationCount;
                }

                // Only the end that could still become a secret or a denied phrase is held back; the canary and the
                // classifiers are the inner provider-safety step's (they see the redacted text).
                var released = StreamingUpdates.WithText(update, stream.Release(text));
                if (update.FinishReason is not null)
                {
                    released = StreamingUpdates.Append(released, stream.FlushContents());
                }

                yield return released;
            }
        }

        // The stream's end (after a finish update, only properties: they are merged into it).
        var last = new ChatResponseUpdate(ChatRole.Assistant, stream.FlushContents());
        if (call.AnnotationCount > annotated)
        {
            last.AdditionalProperties = [];
            last.AdditionalProperties[GovernanceProperties.SafetyAnnotations] = call.DistinctAnnotations();
        }

        if (last.Contents.Count > 0 || last.AdditionalProperties is not null)
        {
            yield return last;
        }
    }

    /// <summary>
    /// Scans a streamed response incrementally: each chunk is scanned together with the tail of the text before it
    /// (<see cref="SafetyOptions.StreamWindow"/> characters, at least the longest secret), so a canary, secret or denied
    /// phrase split across chunks is still found; findings wholly inside the tail were reported with the earlier chunk.
    /// </summary>
    private sealed class StreamInspector(Call call)
    {
        private readonly StringBuilder _held = new();
        private readonly OutputHoldback _holdback = call.State.Holdback;
        private string _tail = string.Empty;

        /// <summary>Accepts an inspected chunk; returns the text that can be sent now.</summary>
        public string Release(string chunk)
        {
            // Nothing held: measure the chunk itself, without copying it.
            var text = _held.Length == 0 ? chunk : _held.Append(chunk).ToString();
            var hold = _holdback.Measure(text, canary: null);
            _held.Clear().Append(text, text.Length - hold, hold);
            return hold == 0 ? text : text[..^hold];
        }

        /// <summary>Releases everything held back, as the contents to add to an update.</summary>
        public List<AIContent> FlushContents() => StreamingUpdates.TakeHeld(_held);

        /// <summary>Inspects the next chunk; returns the exception to raise when the stream must stop.</summary>
        public ContentBlockedException? Inspect(string chunk)
        {
            var options = call.State.Options;
            if (chunk.Length == 0 || !options.InspectResponses)
            {
                return null;
            }

            var window = _tail + chunk;
            var tailLength = _tail.Length;
            var keep = Math.Max(options.StreamWindow, SecretScanner.MaxSecretLength);
            _tail = window.Length > keep ? window[^keep..] : window;
            if (call.FindInOutput(window) is not { } findings)
            {
                return null;
            }

            foreach (var finding in findings)
            {
                if (!EndsAfter(finding.Spans, tailLength, window.Length))
                {
                    continue;
                }

                try
                {
                    if (call.Decide(finding, SafetyCheckpoint.Response) == SafetyAction.Redact)
                    {
                        // Text already sent cannot be taken back: a redact decision stops the stream.
                        return new ContentBlockedException(finding.Category, finding.RuleId, finding.Score, inResponse: true, SafetyChatClient.Scope(call.Caller));
                    }
                }
                catch (ContentBlockedException blocked)
                {
                    return blocked;
                }
            }

            return null;
        }

        /// <summary>Whether a finding reaches past the tail already scanned with the earlier chunk.</summary>
        private static bool EndsAfter(IReadOnlyList<Range> spans, int tailLength, int windowLength)
        {
            for (var i = 0; i < spans.Count; i++)
            {
                if (spans[i].End.GetOffset(windowLength) > tailLength)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
