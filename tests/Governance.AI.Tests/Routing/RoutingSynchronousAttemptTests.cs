using System.Net;
using Governance.AI.Routing;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using static Governance.AI.Tests.Routing.RoutingTestKit;

namespace Governance.AI.Tests.Routing;

/// <summary>
/// An attempt hands its outcome to the resilience pipeline instead of throwing, and one that completes synchronously
/// (an in-memory model, a client that throws before returning a task) is finished on the spot: retries, the circuit
/// breaker, health counts and the caller's exception must be exactly what an asynchronous attempt gets.
/// </summary>
public sealed class RoutingSynchronousAttemptTests
{
    [Fact]
    public async Task Synchronous_transient_failures_are_retried_and_counted_then_the_answer_is_served()
    {
        var clock = new FakeTimeProvider();
        var backend = new ScriptedChatClient(
            _ => throw Http(HttpStatusCode.ServiceUnavailable),
            _ => Task.FromException<ChatResponse>(Http(HttpStatusCode.BadGateway)),
            _ => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "ok"))));
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("only", backend);
            o.Resilience.Retry.MaxRetries = 2;
            o.Resilience.Retry.BaseDelay = TimeSpan.Zero;
            o.Resilience.Retry.UseJitter = false;
        });

        ChatResponse response = await router.GetResponseAsync("hi");

        Assert.Equal("ok", response.Text);
        Assert.Equal(3, AttemptsOf(response));
        Assert.Equal(3, backend.Calls);
        BackendHealth health = Assert.Single(router.GetBackendHealth());
        Assert.Equal(2, health.Failures);
        Assert.Equal(1, health.Successes);
        Assert.Equal(0, health.InFlight);
    }

    [Fact]
    public async Task A_synchronously_served_call_returns_the_backends_own_task_with_the_route_keys_on_its_response()
    {
        var clock = new FakeTimeProvider();
        Task<ChatResponse>? served = null;
        var backend = new ScriptedChatClient(
            _ => throw Http(HttpStatusCode.ServiceUnavailable),
            _ => served = Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "ok"))));
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("only", backend);
            o.Resilience.Retry.MaxRetries = 1;
            o.Resilience.Retry.BaseDelay = TimeSpan.Zero;
            o.Resilience.Retry.UseJitter = false;
        });

        Task<ChatResponse> answer = router.GetResponseAsync("hi");

        Assert.Same(served, answer);
        ChatResponse response = await answer;
        Assert.Equal(2, AttemptsOf(response));
        Assert.Equal("only", response.AdditionalProperties![GovernanceProperties.RouteBackend]);
    }

    [Fact]
    public async Task A_backend_failing_synchronously_opens_its_circuit_and_the_traffic_fails_over()
    {
        var clock = new FakeTimeProvider();
        var broken = new ScriptedChatClient(_ => throw Http(HttpStatusCode.InternalServerError));
        var backup = new CountingChatClient("backup");
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("broken", broken, configure: x => x.Priority = 0);
            o.AddBackend("backup", backup, configure: x => x.Priority = 1);
            o.Resilience.Retry.MaxRetries = 0;
            o.Resilience.CircuitBreaker.MinimumThroughput = 2;
            o.Resilience.CircuitBreaker.FailureRatio = 0.5;
            o.Resilience.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(30);
        });

        Assert.Equal("backup", BackendOf(await router.GetResponseAsync("1")));
        Assert.Equal("backup", BackendOf(await router.GetResponseAsync("2")));
        Assert.Equal("backup", BackendOf(await router.GetResponseAsync("3")));

        Assert.Equal(2, broken.Calls);
        BackendHealth health = router.GetBackendHealth().Single(h => h.Name == "broken");
        Assert.Equal(BackendHealthState.Broken, health.State);
        Assert.Equal(0, health.InFlight);
    }

    [Fact]
    public async Task A_non_transient_error_reaches_the_caller_as_the_same_instance_whether_thrown_or_returned()
    {
        var clock = new FakeTimeProvider();
        var thrown = new InvalidOperationException("bad request, thrown");
        var returned = new InvalidOperationException("bad request, returned");
        var backend = new ScriptedChatClient(_ => throw thrown, _ => Task.FromException<ChatResponse>(returned));
        using ModelRouterChatClient router = Router(clock, o => o.AddBackend("only", backend));

        Assert.Same(thrown, await Assert.ThrowsAsync<InvalidOperationException>(() => router.GetResponseAsync("1")));
        Assert.Same(returned, await Assert.ThrowsAsync<InvalidOperationException>(() => router.GetResponseAsync("2")));
        Assert.Equal(2, backend.Calls);
        Assert.Equal(0, Assert.Single(router.GetBackendHealth()).InFlight);
    }

    [Fact]
    public async Task A_task_the_provider_cancelled_for_the_caller_is_neither_retried_nor_counted_as_a_failure()
    {
        var clock = new FakeTimeProvider();
        using var cancellation = new CancellationTokenSource();
        var backend = new ScriptedChatClient(token =>
        {
            cancellation.Cancel();
            return Task.FromCanceled<ChatResponse>(token);
        });
        using ModelRouterChatClient router = Router(clock, o => o.AddBackend("only", backend));

        OperationCanceledException error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => router.GetResponseAsync("hi", null, cancellation.Token));

        Assert.Equal(cancellation.Token, error.CancellationToken);
        Assert.Equal(1, backend.Calls);
        BackendHealth health = Assert.Single(router.GetBackendHealth());
        Assert.Equal(0, health.Failures);
        Assert.Equal(0, health.InFlight);
    }

    [Fact]
    public async Task A_stream_that_fails_to_open_is_retried_and_counted_and_a_non_transient_error_reaches_the_caller_with_its_own_stack()
    {
        var clock = new FakeTimeProvider();
        var rejected = new InvalidOperationException("bad request");
        var backend = new ScriptedChatClient(
            _ => throw Http(HttpStatusCode.ServiceUnavailable),
            _ => throw rejected);
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("only", backend);
            o.Resilience.Retry.MaxRetries = 2;
            o.Resilience.Retry.BaseDelay = TimeSpan.Zero;
            o.Resilience.Retry.UseJitter = false;
        });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (ChatResponseUpdate update in router.GetStreamingResponseAsync("hi"))
            {
                Assert.Fail("No update may arrive: " + update.Text);
            }
        });

        // The transient failure is retried, the non-transient one is not; both are counted and the slot is given back.
        Assert.Same(rejected, error);
        Assert.Contains(nameof(ScriptedChatClient), error.StackTrace, StringComparison.Ordinal);
        Assert.Equal(2, backend.Calls);
        BackendHealth health = Assert.Single(router.GetBackendHealth());
        Assert.Equal(2, health.Failures);
        Assert.Equal(0, health.Successes);
        Assert.Equal(0, health.InFlight);
    }

    [Fact]
    public async Task A_backend_failing_to_open_streams_opens_its_circuit_and_the_streams_fail_over()
    {
        var clock = new FakeTimeProvider();
        var broken = new ScriptedChatClient(_ => throw Http(HttpStatusCode.InternalServerError));
        var backup = new FakeChatClient(clock) { Responder = _ => FakeReply.Text("backup") };
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("broken", broken, configure: x => x.Priority = 0);
            o.AddBackend("backup", backup, configure: x => x.Priority = 1);
            o.Resilience.Retry.MaxRetries = 0;
            o.Resilience.CircuitBreaker.MinimumThroughput = 2;
            o.Resilience.CircuitBreaker.FailureRatio = 0.5;
            o.Resilience.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(30);
        });

        for (int i = 0; i < 3; i++)
        {
            var updates = new List<ChatResponseUpdate>();
            await foreach (ChatResponseUpdate update in router.GetStreamingResponseAsync("hi"))
            {
                updates.Add(update);
            }

            Assert.Equal("backup", updates[0].AdditionalProperties![GovernanceProperties.RouteBackend]);
        }

        // Two failed openings reach the minimum throughput at a failure ratio of 1: the third stream skips the backend.
        Assert.Equal(2, broken.Calls);
        BackendHealth health = router.GetBackendHealth().Single(h => h.Name == "broken");
        Assert.Equal(BackendHealthState.Broken, health.State);
        Assert.Equal(0, health.InFlight);
    }
}
