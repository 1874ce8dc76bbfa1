using System.Net;
using Governance.AI.Routing;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using static Governance.AI.Tests.Routing.RoutingTestKit;

namespace Governance.AI.Tests.Routing;

/// <summary>
/// A call's first attempt goes through the circuit breaker without the retry layer, which takes over only after a
/// failure: the breaker must still see every attempt (successes in its failure ratio, half-open probes), retries
/// must still follow a failure, and a failure as the caller cancels must reach the caller as it did.
/// </summary>
public sealed class RoutingFirstAttemptTests
{
    private static readonly Func<CancellationToken, Task<ChatResponse>> Served = _ => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "ok")));
    private static readonly Func<CancellationToken, Task<ChatResponse>> Unavailable = _ => throw Http(HttpStatusCode.ServiceUnavailable);

    [Fact]
    public async Task Successes_served_on_the_first_attempt_count_in_the_breakers_failure_ratio()
    {
        var clock = new FakeTimeProvider();
        var backend = new ScriptedChatClient(Served, Served, Served, Served, Unavailable);
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("only", backend);
            RetryOnceAtOnce(o);
            o.Resilience.CircuitBreaker.MinimumThroughput = 2;
            o.Resilience.CircuitBreaker.FailureRatio = 0.5;
        });

        for (int i = 0; i < 4; i++)
        {
            Assert.Equal(1, AttemptsOf(await router.GetResponseAsync("hi")));
        }

        // Two failed attempts (the first and its retry) after four successes: a ratio of 2/6 keeps the circuit closed.
        await Assert.ThrowsAsync<NoHealthyBackendException>(() => router.GetResponseAsync("hi"));
        BackendHealth health = Assert.Single(router.GetBackendHealth());
        Assert.Equal((4, 2, BackendHealthState.Healthy), (health.Successes, health.Failures, health.State));

        // Two more make it 4/8: the breaker opens, and the next call finds no backend to try.
        await Assert.ThrowsAsync<NoHealthyBackendException>(() => router.GetResponseAsync("hi"));
        Assert.Equal(BackendHealthState.Broken, Assert.Single(router.GetBackendHealth()).State);
        await Assert.ThrowsAsync<NoHealthyBackendException>(() => router.GetResponseAsync("hi"));
        Assert.Equal(8, backend.Calls);
    }

    [Fact]
    public async Task A_failed_first_attempt_is_retried_through_the_breaker_which_stops_the_retries_once_it_opens()
    {
        var clock = new FakeTimeProvider();
        var backend = new ScriptedChatClient(Unavailable);
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("only", backend);
            o.Resilience.Retry.MaxRetries = 3;
            o.Resilience.Retry.BaseDelay = TimeSpan.Zero;
            o.Resilience.Retry.UseJitter = false;
            o.Resilience.CircuitBreaker.MinimumThroughput = 2;
            o.Resilience.CircuitBreaker.FailureRatio = 1;
        });

        // The first attempt and its first retry fail; the breaker opens on the second failure and rejects the third
        // attempt, which the retry does not retry: two calls reach the backend, not four.
        NoHealthyBackendException error = await Assert.ThrowsAsync<NoHealthyBackendException>(() => router.GetResponseAsync("hi"));

        Assert.IsType<Polly.CircuitBreaker.BrokenCircuitException>(error.InnerException);
        Assert.Equal(2, backend.Calls);
        BackendHealth health = Assert.Single(router.GetBackendHealth());
        Assert.Equal((0, 2, BackendHealthState.Broken), (health.Successes, health.Failures, health.State));
    }

    [Fact]
    public async Task A_half_open_probe_served_on_the_first_attempt_closes_the_circuit()
    {
        var clock = new FakeTimeProvider();
        var backend = new ScriptedChatClient(Unavailable, Unavailable, Served);
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("only", backend);
            RetryOnceAtOnce(o);
            o.Resilience.CircuitBreaker.MinimumThroughput = 2;
            o.Resilience.CircuitBreaker.FailureRatio = 0.5;
            o.Resilience.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(30);
        });

        await Assert.ThrowsAsync<NoHealthyBackendException>(() => router.GetResponseAsync("hi"));
        Assert.Equal(BackendHealthState.Broken, Assert.Single(router.GetBackendHealth()).State);

        clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(BackendHealthState.HalfOpen, Assert.Single(router.GetBackendHealth()).State);
        Assert.Equal(1, AttemptsOf(await router.GetResponseAsync("hi")));

        Assert.Equal(BackendHealthState.Healthy, Assert.Single(router.GetBackendHealth()).State);
        Assert.Equal(3, backend.Calls);
    }

    [Fact]
    public async Task A_first_attempt_failing_as_the_caller_cancels_reaches_the_caller_unretried_with_its_own_error()
    {
        var clock = new FakeTimeProvider();
        using var cancellation = new CancellationTokenSource();
        HttpRequestException unavailable = Http(HttpStatusCode.ServiceUnavailable);
        var backend = new ScriptedChatClient(_ =>
        {
            cancellation.Cancel();
            throw unavailable;
        });
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("only", backend);
            RetryOnceAtOnce(o);
        });

        Assert.Same(unavailable, await Assert.ThrowsAsync<HttpRequestException>(() => router.GetResponseAsync("hi", null, cancellation.Token)));
        Assert.Equal(1, backend.Calls);
        Assert.Equal(1, Assert.Single(router.GetBackendHealth()).Failures);
    }

    [Fact]
    public async Task A_stream_opened_on_the_first_attempt_counts_in_the_breaker_like_a_response()
    {
        var clock = new FakeTimeProvider();
        var backend = new ScriptedChatClient(Served, Served, Unavailable);
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("only", backend);
            RetryOnceAtOnce(o);
            o.Resilience.CircuitBreaker.MinimumThroughput = 2;
            o.Resilience.CircuitBreaker.FailureRatio = 0.6;
            o.RequireFinishReason = false;
        });

        for (int i = 0; i < 2; i++)
        {
            await foreach (ChatResponseUpdate update in router.GetStreamingResponseAsync("hi"))
            {
                Assert.Equal("ok", update.Text);
            }
        }

        // 2 failures in 4 attempts stay below 0.6; without the two streams' successes the ratio would be 1.
        await Assert.ThrowsAsync<NoHealthyBackendException>(async () =>
        {
            await foreach (ChatResponseUpdate update in router.GetStreamingResponseAsync("hi"))
            {
                Assert.Fail("No update may arrive: " + update.Text);
            }
        });
        BackendHealth health = Assert.Single(router.GetBackendHealth());
        Assert.Equal((2, 2, BackendHealthState.Healthy), (health.Successes, health.Failures, health.State));
    }

    private static void RetryOnceAtOnce(RoutingOptions options)
    {
        options.Resilience.Retry.MaxRetries = 1;
        options.Resilience.Retry.BaseDelay = TimeSpan.Zero;
        options.Resilience.Retry.UseJitter = false;
    }
}
