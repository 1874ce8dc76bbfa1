using System.Net;
using Microsoft.Extensions.AI;

namespace Governance.AI.Testing.Tests;

public sealed class FakeChatClientTests
{
    [Fact]
    public async Task Replies_in_script_order_then_echoes_and_records_every_request()
    {
        var model = new FakeChatClient();
        model.Enqueue(FakeReply.Text("first", 3, 1), FakeReply.Text("second"));

        Assert.Equal("first", (await model.GetResponseAsync("a")).Text);
        Assert.Equal("second", (await model.GetResponseAsync("b")).Text);
        ChatResponse echo = await model.GetResponseAsync("c");

        Assert.Equal("Echo: c", echo.Text);
        Assert.NotNull(echo.Usage);
        Assert.Equal(["a", "b", "c"], model.Requests.Select(r => r.LastUserText));
        Assert.Equal(3, model.CallCount);
    }

    [Fact]
    public async Task Streams_a_reply_in_chunks_with_usage_and_finish_reason_at_the_end()
    {
        var model = new FakeChatClient { StreamingChunks = 5 };
        model.Enqueue(FakeReply.Text("Hello 👋 world, streaming!", 7, 6, ChatFinishReason.Length));

        var updates = new List<ChatResponseUpdate>();
        await foreach (ChatResponseUpdate update in model.GetStreamingResponseAsync("x"))
        {
            updates.Add(update);
        }

        Assert.Equal(6, updates.Count);
        Assert.Equal("Hello 👋 world, streaming!", string.Concat(updates.Select(u => u.Text)));
        Assert.All(updates.Take(5), u => Assert.False(string.IsNullOrEmpty(u.Text)));
        ChatResponse combined = updates.ToChatResponse();
        Assert.Equal(ChatFinishReason.Length, combined.FinishReason);
        Assert.Equal(13, combined.Usage!.TotalTokenCount);
        Assert.True(model.Requests[0].Streaming);
    }

    [Fact]
    public async Task Scripted_http_failure_carries_status_and_retry_after_headers()
    {
        var model = new FakeChatClient();
        model.Enqueue(FakeReply.Http(HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromSeconds(7), retryAfterMs: TimeSpan.FromMilliseconds(6500)));

        var error = await Assert.ThrowsAsync<FakeProviderException>(() => model.GetResponseAsync("x"));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal("7", error.Headers["Retry-After"]);
        Assert.Equal("6500", error.Headers["retry-after-ms"]);
    }

    [Fact]
    public async Task Scripted_timeout_looks_like_an_http_client_timeout()
    {
        var model = new FakeChatClient();
        model.Enqueue(FakeReply.Timeout());
        var error = await Assert.ThrowsAsync<TaskCanceledException>(() => model.GetResponseAsync("x"));
        Assert.IsType<TimeoutException>(error.InnerException);
    }

    [Fact]
    public async Task A_stream_can_break_after_k_chunks()
    {
        var model = new FakeChatClient { StreamingChunks = 4 };
        model.Enqueue(FakeReply.Text("abcdefgh").BreakingAfter(2));
        var received = new List<string>();

        await Assert.ThrowsAsync<IOException>(async () =>
        {
            await foreach (ChatResponseUpdate update in model.GetStreamingResponseAsync("x"))
            {
                received.Add(update.Text);
            }
        });

        Assert.Equal(["ab", "cd"], received);
    }

    [Fact]
    public async Task Latency_is_waited_on_the_fake_clock()
    {
        var clock = new FakeTimeProvider();
        var model = new FakeChatClient(clock) { Latency = TimeSpan.FromSeconds(2) };
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        model.RequestReceived += _ => arrived.TrySetResult();

        Task<ChatResponse> call = model.GetResponseAsync("x");
        await arrived.Task;
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(call.IsCompleted);

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("Echo: x", (await call).Text);
    }

    [Fact]
    public async Task Cancellation_ends_a_call_waiting_on_latency()
    {
        var clock = new FakeTimeProvider();
        var model = new FakeChatClient(clock) { Latency = TimeSpan.FromSeconds(2) };
        using var cts = new CancellationTokenSource();
        Task<ChatResponse> call = model.GetResponseAsync("x", cancellationToken: cts.Token);
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }

    [Fact]
    public async Task A_responder_replaces_the_echo()
    {
        var model = new FakeChatClient { Responder = r => FakeReply.Text(r.LastUserText.ToUpperInvariant()) };
        Assert.Equal("SHOUT", (await model.GetResponseAsync("shout")).Text);
    }
}
