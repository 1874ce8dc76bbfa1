using System.Net;
using System.Runtime.CompilerServices;
using Governance.AI.Routing;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using static Governance.AI.Tests.Routing.RoutingTestKit;

namespace Governance.AI.Tests.Routing;

public sealed class RoutingStreamingTests
{
    private const string Answer = "one two three four five six seven eight";

    [Fact]
    public async Task A_stream_that_fails_before_its_first_chunk_is_retried_and_the_caller_gets_the_whole_answer()
    {
        var clock = new FakeTimeProvider();
        var model = new FakeChatClient(clock);
        model.Enqueue(FakeReply.Text(Answer).BreakingAfter(0), FakeReply.Text(Answer));
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("only", model);
            o.Resilience.Retry.BaseDelay = TimeSpan.Zero;
        });

        List<ChatResponseUpdate> updates = await Collect(router.GetStreamingResponseAsync("hi"));

        Assert.Equal(Answer, string.Concat(updates.Select(u => u.Text)));
        Assert.Equal(2, model.CallCount);
        Assert.Equal("only", updates[0].AdditionalProperties![GovernanceProperties.RouteBackend]);
        Assert.Equal(2, updates[0].AdditionalProperties![GovernanceProperties.RouteAttempts]);
        Assert.Equal(ChatFinishReason.Stop, updates[^1].FinishReason);
    }

    [Fact]
    public async Task A_stream_that_fails_before_its_first_chunk_fails_over_to_the_next_backend()
    {
        var clock = new FakeTimeProvider();
        var first = new FakeChatClient(clock);
        var second = new FakeChatClient(clock);
        first.Responder = _ => FakeReply.Http(HttpStatusCode.ServiceUnavailable);
        second.Enqueue(FakeReply.Text(Answer));
        using ModelRouterChatClient router = Router(clock, o =>
        {
            SingleAttempt(o);
            o.AddBackend("first", first, configure: x => x.Priority = 0);
            o.AddBackend("second", second, configure: x => x.Priority = 1);
        });

        List<ChatResponseUpdate> updates = await Collect(router.GetStreamingResponseAsync("hi"));

        Assert.Equal(Answer, string.Concat(updates.Select(u => u.Text)));
        Assert.Equal("second", updates[0].AdditionalProperties![GovernanceProperties.RouteBackend]);
        ChatResponse combined = updates.ToChatResponse();

        // ToChatResponse keeps update properties on the message they belong to.
        Assert.Equal("second", combined.Messages[0].AdditionalProperties![GovernanceProperties.RouteBackend]);
    }

    [Fact]
    public async Task A_break_after_the_first_chunk_reaches_the_caller_is_a_typed_error_never_a_clean_end_and_is_not_retried()
    {
        var clock = new FakeTimeProvider();
        var first = new FakeChatClient(clock);
        var second = new FakeChatClient(clock);
        first.Enqueue(FakeReply.Text(Answer).BreakingAfter(2));
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("first", first, configure: x => x.Priority = 0);
            o.AddBackend("second", second, configure: x => x.Priority = 1);
        });

        var received = new List<ChatResponseUpdate>();
        var error = await Assert.ThrowsAsync<StreamInterruptedException>(async () =>
        {
            await foreach (ChatResponseUpdate update in router.GetStreamingResponseAsync("hi"))
            {
                received.Add(update);
            }
        });

        Assert.Equal(2, received.Count);
        Assert.Equal("first", error.Backend);
        Assert.Equal(2, error.UpdatesDelivered);
        Assert.IsType<IOException>(error.InnerException);
        Assert.Equal(1, first.CallCount);
        Assert.Equal(0, second.CallCount);
        Assert.Equal(0, router.GetBackendHealth().Single(h => h.Name == "first").InFlight);
    }

    [Fact]
    public async Task A_stream_that_ends_without_a_finish_reason_after_content_is_an_interruption()
    {
        var clock = new FakeTimeProvider();
        using ModelRouterChatClient router = Router(clock, o => o.AddBackend("cut", new TruncatingChatClient(chunks: 3)));

        var received = new List<ChatResponseUpdate>();
        var error = await Assert.ThrowsAsync<StreamInterruptedException>(async () =>
        {
            await foreach (ChatResponseUpdate update in router.GetStreamingResponseAsync("hi"))
            {
                received.Add(update);
            }
        });

        Assert.Equal(3, received.Count);
        Assert.Null(error.InnerException);
        Assert.Equal(3, error.UpdatesDelivered);
    }

    [Fact]
    public async Task An_empty_stream_before_any_chunk_is_retried_like_a_transient_failure()
    {
        var clock = new FakeTimeProvider();
        var empty = new TruncatingChatClient(chunks: 0);
        var good = new FakeChatClient(clock);
        using ModelRouterChatClient router = Router(clock, o =>
        {
            SingleAttempt(o);
            o.AddBackend("empty", empty, configure: x => x.Priority = 0);
            o.AddBackend("good", good, configure: x => x.Priority = 1);
        });

        List<ChatResponseUpdate> updates = await Collect(router.GetStreamingResponseAsync("hi"));

        Assert.Equal(1, empty.Calls);
        Assert.Equal("good", updates[0].AdditionalProperties![GovernanceProperties.RouteBackend]);
    }

    [Fact]
    public async Task The_attempt_timeout_covers_the_wait_for_the_first_chunk_and_then_lets_the_stream_run()
    {
        var clock = new FakeTimeProvider();
        var model = new FakeChatClient(clock) { StreamingChunks = 4 };
        var holdFirstChunk = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var atThirdChunk = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseThird = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        int streams = 0;
        model.BeforeChunk = async (index, ct) =>
        {
            if (index == 0 && Interlocked.Increment(ref streams) == 1)
            {
                // The first stream never sends its first chunk: the attempt timeout must end it.
                await holdFirstChunk.Task.WaitAsync(ct);
            }

            if (index == 2)
            {
                atThirdChunk.TrySetResult();
                await releaseThird.Task.WaitAsync(ct);
            }
        };
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("only", model);
            o.Resilience.AttemptTimeout = TimeSpan.FromSeconds(5);
            o.Resilience.Retry.BaseDelay = TimeSpan.Zero;
        });

        Task<List<ChatResponseUpdate>> reading = Collect(router.GetStreamingResponseAsync("a b c d e f g h"));
        clock.Advance(TimeSpan.FromSeconds(5));
        await atThirdChunk.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // Long after the attempt timeout, the stream that had started is still alive.
        clock.Advance(TimeSpan.FromMinutes(1));
        releaseThird.SetResult();
        List<ChatResponseUpdate> updates = await reading.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, model.CallCount);
        Assert.Equal("Echo: a b c d e f g h", string.Concat(updates.Select(u => u.Text)));
    }

    [Fact]
    public async Task No_healthy_backend_for_a_stream_is_reported_before_any_chunk()
    {
        var clock = new FakeTimeProvider();
        var model = new FakeChatClient(clock);
        model.Responder = _ => FakeReply.Http(HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromMinutes(2));
        using ModelRouterChatClient router = Router(clock, o => o.AddBackend("only", model));

        var error = await Assert.ThrowsAsync<NoHealthyBackendException>(() => Collect(router.GetStreamingResponseAsync("hi")));
        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromMinutes(2), error.EarliestRetry);
    }

    private static async Task<List<ChatResponseUpdate>> Collect(IAsyncEnumerable<ChatResponseUpdate> stream)
    {
        var updates = new List<ChatResponseUpdate>();
        await foreach (ChatResponseUpdate update in stream)
        {
            updates.Add(update);
        }

        return updates;
    }

    /// <summary>A provider whose stream stops after some chunks without a finish reason, as a dropped connection can look.</summary>
    private sealed class TruncatingChatClient(int chunks) : IChatClient
    {
        private int _calls;

        public int Calls => _calls;

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _calls);
            for (int i = 0; i < chunks; i++)
            {
                await Task.Yield();
                yield return new ChatResponseUpdate(ChatRole.Assistant, "part" + i);
            }
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
