using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.Streaming;

/// <summary>
/// A streaming model the test releases update by update: nothing is sent until the test sends it, and the test can
/// await the moment the pipeline asks for the next update. No clock, no sleeps.
/// </summary>
internal sealed class SteppedChatClient : IChatClient
{
    private readonly Channel<ChatResponseUpdate> _updates = Channel.CreateUnbounded<ChatResponseUpdate>();
    private readonly Dictionary<int, TaskCompletionSource> _requested = [];
    private readonly TaskCompletionSource<IReadOnlyList<ChatMessage>> _received = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Gets the messages of the request, once it arrives.</summary>
    public Task<IReadOnlyList<ChatMessage>> Received => _received.Task;

    /// <summary>Completes when the pipeline asks for update number <paramref name="index"/> (0-based).</summary>
    public Task Requested(int index) => Signal(index).Task;

    public void Send(string text) => Send(new ChatResponseUpdate(ChatRole.Assistant, text) { ModelId = "gpt-4o", ResponseId = "r1" });

    public void Send(ChatResponseUpdate update) => Assert.True(_updates.Writer.TryWrite(update));

    /// <summary>Ends the stream as OpenAI does: an update with the finish reason, then one with only the usage.</summary>
    public void Finish(long inputTokens = 12, long outputTokens = 20)
    {
        Send(new ChatResponseUpdate { Role = ChatRole.Assistant, FinishReason = ChatFinishReason.Stop, ModelId = "gpt-4o", ResponseId = "r1" });
        Send(new ChatResponseUpdate(ChatRole.Assistant, [new UsageContent(new UsageDetails
        {
            InputTokenCount = inputTokens,
            OutputTokenCount = outputTokens,
            TotalTokenCount = inputTokens + outputTokens,
        })]) { ModelId = "gpt-4o", ResponseId = "r1" });
        _updates.Writer.TryComplete();
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        _received.TrySetResult([.. messages]);
        for (int k = 0; ; k++)
        {
            Signal(k).TrySetResult();
            if (!await _updates.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false) ||
                !_updates.Reader.TryRead(out ChatResponseUpdate? update))
            {
                yield break;
            }

            yield return update;
        }
    }

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The stepped model only streams.");

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose() => _updates.Writer.TryComplete();

    private TaskCompletionSource Signal(int index)
    {
        lock (_requested)
        {
            if (!_requested.TryGetValue(index, out TaskCompletionSource? signal))
            {
                signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _requested[index] = signal;
            }

            return signal;
        }
    }
}
