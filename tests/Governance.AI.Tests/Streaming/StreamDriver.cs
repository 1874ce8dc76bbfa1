using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.Streaming;

/// <summary>
/// Drives a governed stream over a <see cref="SteppedChatClient"/> one model chunk at a time, and records for each
/// update the caller receives how many chunks the model had sent by then. A chunk is sent only once the pipeline asks
/// for it, so "received after k chunks" is exact, without clocks or sleeps.
/// </summary>
internal sealed class StreamDriver(IChatClient client, SteppedChatClient model)
{
    /// <summary>Gets the updates received so far, each with the number of chunks the model had sent.</summary>
    public List<(int Sent, ChatResponseUpdate Update)> Received { get; } = [];

    /// <summary>Gets the text the caller received.</summary>
    public string Text => string.Concat(Received.Select(r => r.Update.Text));

    /// <summary>Runs the stream to its end (or its exception).</summary>
    /// <param name="messages">The request.</param>
    /// <param name="script">The chunks to send, from the request the model received (for example to leak its canary).</param>
    /// <param name="options">The request options.</param>
    public async Task RunAsync(IEnumerable<ChatMessage> messages, Func<IReadOnlyList<ChatMessage>, IReadOnlyList<string>> script, ChatOptions? options = null)
    {
        IAsyncEnumerator<ChatResponseUpdate> updates = client.GetStreamingResponseAsync(messages, options).GetAsyncEnumerator();
        try
        {
            Task<bool> next = updates.MoveNextAsync().AsTask();
            IReadOnlyList<string>? chunks = null;
            for (int k = 0; chunks is null || k < chunks.Count; k++)
            {
                // Take every update the caller can have before the pipeline needs chunk k.
                Task asked = model.Requested(k);
                while (await Task.WhenAny(next, asked) == next)
                {
                    if (!await next)
                    {
                        return;
                    }

                    Received.Add((k, updates.Current));
                    next = updates.MoveNextAsync().AsTask();
                }

                chunks ??= script(await model.Received);
                if (k < chunks.Count)
                {
                    model.Send(chunks[k]);
                }
            }

            model.Finish();
            while (await next)
            {
                Received.Add((chunks.Count, updates.Current));
                next = updates.MoveNextAsync().AsTask();
            }
        }
        finally
        {
            await updates.DisposeAsync();
        }
    }
}
