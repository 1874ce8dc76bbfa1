using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.Pipeline;

/// <summary>A test policy that records, in a shared log, when a call (or each streamed update) passes through it.</summary>
internal sealed class RecordingPolicy(IChatClient inner, string name, List<string> log) : DelegatingChatClient(inner)
{
    public ChatOptions? LastOptions { get; private set; }

    public CallerContext? LastCaller { get; private set; }

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Record(options, "call");
        ChatResponse response = await base.GetResponseAsync(messages, options, cancellationToken);
        Log("return");
        return response;
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Record(options, "stream");
        await foreach (ChatResponseUpdate update in base.GetStreamingResponseAsync(messages, options, cancellationToken))
        {
            Log("update");
            yield return update;
        }
    }

    private void Record(ChatOptions? options, string what)
    {
        LastOptions = options;
        LastCaller = CallerContextResolver.Default.Resolve(options);
        Log(what);
    }

    private void Log(string what)
    {
        lock (log)
        {
            log.Add(name + ":" + what);
        }
    }
}
