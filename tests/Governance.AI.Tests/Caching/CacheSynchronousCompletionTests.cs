using Governance.AI.Caching;
using Governance.AI.Tests.Pipeline;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.Caching;

/// <summary>
/// The cache finishes a call on the spot when its lookup, inner call and store complete synchronously. These tests
/// hold it to what an async method gives the caller (no exception thrown from the call itself, a faulted or canceled
/// task) and to what the awaited path does: the miss is marked and stored, and a failed call lands its flight, so an
/// identical request after it is not left waiting.
/// </summary>
public sealed class CacheSynchronousCompletionTests
{
    private static Task<ChatResponse> StartWithoutThrowing(Func<Task<ChatResponse>> call)
    {
        Task<ChatResponse>? task = null;
        Assert.Null(Record.Exception(() => { task = call(); }));
        return task!;
    }

    [Fact]
    public async Task A_synchronous_miss_is_marked_and_stored_and_the_next_identical_request_is_an_exact_hit()
    {
        var model = new SynchronousChatClient(_ => new ChatResponse(new ChatMessage(ChatRole.Assistant, "Paris.")));
        using var cache = new SemanticCachingChatClient(model, new SemanticCacheOptions());

        Task<ChatResponse> first = cache.GetResponseAsync("What is the capital of France?");
        Assert.True(first.IsCompletedSuccessfully);
        Assert.Equal(SemanticCacheProperties.StatusMiss, (await first).AdditionalProperties![GovernanceProperties.CacheStatus]);

        ChatResponse second = await cache.GetResponseAsync("What is the capital of France?");
        Assert.Equal(SemanticCacheProperties.StatusHit, second.AdditionalProperties![GovernanceProperties.CacheStatus]);
        Assert.Equal("Paris.", second.Text);
        Assert.Equal(1, model.Calls);
    }

    [Fact]
    public async Task A_failure_thrown_synchronously_inside_faults_the_returned_task_and_lands_the_flight()
    {
        bool fail = true;
        var model = new SynchronousChatClient(_ => fail
            ? throw new InvalidOperationException("provider down")
            : new ChatResponse(new ChatMessage(ChatRole.Assistant, "Paris.")));
        using var cache = new SemanticCachingChatClient(model, new SemanticCacheOptions());

        Task<ChatResponse> failed = StartWithoutThrowing(() => cache.GetResponseAsync("What is the capital of France?"));
        Assert.True(failed.IsFaulted);
        await Assert.ThrowsAsync<InvalidOperationException>(() => failed);

        // Had the failed leader not landed its flight, this identical request would wait for it forever.
        fail = false;
        Task<ChatResponse> next = cache.GetResponseAsync("What is the capital of France?");
        Assert.True(next.IsCompletedSuccessfully);
        Assert.Equal("Paris.", (await next).Text);
        Assert.Equal(2, model.Calls);
    }

    [Fact]
    public async Task A_cancellation_thrown_synchronously_inside_cancels_the_returned_task_with_the_same_exception()
    {
        var cancelled = new OperationCanceledException("stopped");
        using var cache = new SemanticCachingChatClient(new SynchronousChatClient(_ => throw cancelled), new SemanticCacheOptions());

        Task<ChatResponse> task = StartWithoutThrowing(() => cache.GetResponseAsync("What is the capital of France?"));
        Assert.True(task.IsCanceled);
        Assert.Same(cancelled, await Assert.ThrowsAsync<OperationCanceledException>(() => task));
    }
}
