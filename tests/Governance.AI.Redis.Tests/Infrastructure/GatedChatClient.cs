using Microsoft.Extensions.AI;

namespace Governance.AI.Redis.Tests.Infrastructure;

/// <summary>
/// Holds each call at a gate the test opens, after signalling that it arrived (the reservation or the idempotency
/// claim is made by then). Unlike a latency on a fake clock, opening the gate cannot happen before the call waits.
/// </summary>
internal sealed class GatedChatClient(IChatClient inner) : DelegatingChatClient(inner)
{
    public TaskCompletionSource Arrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Arrived.TrySetResult();
        await Gate.Task.WaitAsync(cancellationToken);
        return await base.GetResponseAsync(messages, options, cancellationToken);
    }
}
