using System.Runtime.CompilerServices;
using Governance.AI.Routing;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.Routing;

/// <summary>Builds routers over fakes on a fake clock.</summary>
internal static class RoutingTestKit
{
    public static ModelRouterChatClient Router(FakeTimeProvider clock, Action<RoutingOptions> configure, IChatClient? inner = null)
    {
        var options = new RoutingOptions { Seed = 12345 };
        configure(options);
        return new ModelRouterChatClient(inner ?? new FakeChatClient(clock), options, clock);
    }

    /// <summary>No retries and a breaker that never trips in a short test, so that one request is one attempt per backend.</summary>
    public static void SingleAttempt(RoutingOptions options)
    {
        options.Resilience.Retry.MaxRetries = 0;
        options.Resilience.CircuitBreaker.MinimumThroughput = 1000;
    }

    /// <summary>A provider's HTTP failure with <paramref name="status"/>: transient for 408, 429 and 5xx.</summary>
    public static HttpRequestException Http(System.Net.HttpStatusCode status) => new("status " + (int)status, null, status);

    public static string? BackendOf(ChatResponse response) =>
        response.AdditionalProperties?[GovernanceProperties.RouteBackend] as string;

    public static int AttemptsOf(ChatResponse response) =>
        (int)response.AdditionalProperties![GovernanceProperties.RouteAttempts]!;

    /// <summary>Returns a task that completes when the client has received <paramref name="count"/> requests in total.</summary>
    public static Task<FakeChatRequest> NthRequest(FakeChatClient client, int count)
    {
        var signal = new TaskCompletionSource<FakeChatRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
        int seen = client.CallCount;
        client.RequestReceived += request =>
        {
            if (Interlocked.Increment(ref seen) == count)
            {
                signal.TrySetResult(request);
            }
        };
        return signal.Task;
    }
}

/// <summary>A backend that answers at once with its name and counts its calls.</summary>
internal sealed class CountingChatClient(string name) : IChatClient
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public ChatOptions? LastOptions { get; private set; }

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        LastOptions = options;
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "from " + name)) { FinishReason = ChatFinishReason.Stop });
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        LastOptions = options;
        await Task.CompletedTask;
        yield return new ChatResponseUpdate(ChatRole.Assistant, "from " + name) { FinishReason = ChatFinishReason.Stop };
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}

/// <summary>A backend whose calls wait at a gate the test opens: a slow backend without a clock.</summary>
internal sealed class GatedChatClient(string text) : IChatClient
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Open() => _gate.TrySetResult();

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Entered.TrySetResult();
        await _gate.Task.WaitAsync(cancellationToken);
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, text))
        {
            FinishReason = ChatFinishReason.Stop,
            Usage = new UsageDetails { InputTokenCount = 5, OutputTokenCount = 7 },
        };
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}

/// <summary>A backend that answers each call with the next script entry (the last repeats), synchronously.</summary>
internal sealed class ScriptedChatClient(params Func<CancellationToken, Task<ChatResponse>>[] script) : IChatClient
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        int call = Interlocked.Increment(ref _calls);
        return script[Math.Min(call, script.Length) - 1](cancellationToken);
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ChatResponse response = await GetResponseAsync(messages, options, cancellationToken);
        yield return new ChatResponseUpdate(ChatRole.Assistant, response.Text);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
