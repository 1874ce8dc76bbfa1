using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.Pipeline;

/// <summary>A model whose calls complete synchronously (or throw from the call itself), as an in-memory cache hit does.</summary>
internal sealed class SynchronousChatClient(Func<IList<ChatMessage>, ChatResponse> respond) : IChatClient
{
    public int Calls { get; private set; }

    public IList<ChatMessage>? LastMessages { get; private set; }

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Calls++;
        LastMessages = [.. messages];
        return Task.FromResult(respond(LastMessages));
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
