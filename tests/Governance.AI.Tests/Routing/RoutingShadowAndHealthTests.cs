using System.Net;
using Governance.AI.Routing;
using Governance.AI.Telemetry;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using static Governance.AI.Tests.Routing.RoutingTestKit;

namespace Governance.AI.Tests.Routing;

public sealed class RoutingShadowAndHealthTests
{
    [Fact]
    public async Task A_failing_shadow_changes_nothing_for_the_caller_and_its_failure_is_recorded()
    {
        var clock = new FakeTimeProvider();
        var primary = new FakeChatClient(clock);
        var shadow = new FakeChatClient(clock);
        primary.Enqueue(FakeReply.Text("the real answer", 10, 3));
        shadow.Responder = _ => FakeReply.Throw(new InvalidOperationException("shadow exploded"));
        var compared = new TaskCompletionSource<ShadowComparison>(TaskCreationOptions.RunContinuationsAsynchronously);
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("primary", primary);
            o.AddBackend("shadow", shadow, configure: x => x.ShadowPercent = 100);
            o.OnShadowComparison = c => compared.TrySetResult(c);
        });

        ChatResponse response = await router.GetResponseAsync("hi");

        Assert.Equal("the real answer", response.Text);
        Assert.Equal("primary", BackendOf(response));
        Assert.Equal(1, AttemptsOf(response));
        ShadowComparison comparison = await compared.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(comparison.PrimarySucceeded);
        Assert.False(comparison.ShadowSucceeded);
        Assert.Equal(nameof(InvalidOperationException), comparison.ShadowError);
        Assert.Null(comparison.Similarity);
        Assert.Equal(0, primary.Requests.Count(r => r.Streaming));
    }

    [Fact]
    public async Task A_slow_shadow_adds_no_latency_and_its_comparison_arrives_when_it_answers()
    {
        var clock = new FakeTimeProvider();
        var primary = new FakeChatClient(clock);
        var shadow = new GatedChatClient("the real answer, roughly");
        primary.Enqueue(FakeReply.Text("the real answer", 10, 3));
        var compared = new TaskCompletionSource<ShadowComparison>(TaskCreationOptions.RunContinuationsAsynchronously);
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("primary", primary);
            o.AddBackend("shadow", shadow, "shadow-model", x => x.ShadowPercent = 100);
            o.OnShadowComparison = c => compared.TrySetResult(c);
        });

        ChatResponse response = await router.GetResponseAsync("hi", new ChatOptions { ModelId = "prod-model" });
        await shadow.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // The caller has its answer while the shadow is still working.
        Assert.Equal("the real answer", response.Text);
        Assert.False(compared.Task.IsCompleted);

        shadow.Open();
        ShadowComparison comparison = await compared.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("primary", comparison.Backend);
        Assert.Equal("shadow", comparison.ShadowBackend);
        Assert.True(comparison.ShadowSucceeded);
        Assert.Equal(3, comparison.PrimaryOutputTokens);
        Assert.Equal(7, comparison.ShadowOutputTokens);
        Assert.Equal(0.75, comparison.Similarity!.Value, 3);
    }

    [Fact]
    public async Task A_shadow_never_gets_real_traffic_and_mirrors_its_configured_fraction()
    {
        var clock = new FakeTimeProvider();
        var primary = new CountingChatClient("p");
        var shadow = new CountingChatClient("s");
        int comparisons = 0;
        var allCompared = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        int expected = -1;
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("primary", primary);
            o.AddBackend("shadow", shadow, configure: x => x.ShadowPercent = 20);
            o.OnShadowComparison = _ =>
            {
                if (Interlocked.Increment(ref comparisons) == Volatile.Read(ref expected))
                {
                    allCompared.TrySetResult();
                }
            };
        });

        // Invariant: every real request goes to the primary whatever the shadow does, and every mirrored request
        // (counted when it starts) ends in exactly one comparison, even though shadows run concurrently on the pool.
        for (int i = 0; i < 2000; i++)
        {
            Assert.Equal("primary", BackendOf(await router.GetResponseAsync("hi")));
        }

        int mirrored = (int)router.ShadowsStarted;
        Volatile.Write(ref expected, mirrored);
        if (Volatile.Read(ref comparisons) < mirrored)
        {
            await allCompared.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }

        Assert.Equal(mirrored, shadow.Calls);
        Assert.Equal(2000, primary.Calls);
        Assert.InRange(shadow.Calls / 2000.0, 0.17, 0.23);
    }

    [Fact]
    public async Task A_shadow_callback_that_throws_is_swallowed()
    {
        var clock = new FakeTimeProvider();
        var shadow = new GatedChatClient("x");
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("primary", new CountingChatClient("p"));
            o.AddBackend("shadow", shadow, configure: x => x.ShadowPercent = 100);
            o.OnShadowComparison = _ => throw new InvalidOperationException("callback bug");
        });

        ChatResponse response = await router.GetResponseAsync("hi");
        shadow.Open();

        Assert.Equal("primary", BackendOf(response));
    }

    [Fact]
    public void Token_jaccard_compares_distinct_words_case_insensitively()
    {
        Assert.Equal(1, ShadowComparison.TokenJaccard("Hello, world!", "hello WORLD"));
        Assert.Equal(0, ShadowComparison.TokenJaccard("alpha beta", "gamma delta"));
        Assert.Equal(1.0 / 3, ShadowComparison.TokenJaccard("a b", "b c"), 6);
        Assert.Equal(1, ShadowComparison.TokenJaccard("", null));
    }

    [Fact]
    public async Task Backend_health_is_emitted_as_observable_gauges_on_the_governance_meter()
    {
        var clock = new FakeTimeProvider();
        string name = "router-" + Guid.NewGuid().ToString("N");
        var model = new FakeChatClient(clock) { Latency = TimeSpan.FromMilliseconds(250) };
        var broken = new FakeChatClient(clock);
        broken.Responder = _ => FakeReply.Http(HttpStatusCode.ServiceUnavailable);
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.Name = name;
            o.AddBackend("ok", model, configure: x => x.Priority = 1);
            o.AddBackend("down", broken, configure: x => x.Priority = 0);
            o.Resilience.Retry.MaxRetries = 0;
            o.Resilience.CircuitBreaker.MinimumThroughput = 2;
        });
        for (int i = 0; i < 2; i++)
        {
            Task<FakeChatRequest> received = NthRequest(model, i + 1);
            Task<ChatResponse> call = router.GetResponseAsync("hi");

            // The breaker reports its transitions asynchronously, so the failover may start after the call returns.
            await received.WaitAsync(TimeSpan.FromSeconds(30));
            clock.Advance(TimeSpan.FromMilliseconds(250));
            await call.WaitAsync(TimeSpan.FromSeconds(30));
        }

        using var available = Gauge<int>("governance.router.backend.available");
        using var state = Gauge<int>("governance.router.backend.state");
        using var latency = Gauge<double>("governance.router.backend.latency_ewma");
        using var inFlight = Gauge<int>("governance.router.backend.in_flight");

        // Only this test's router: other tests' routers report on the same meter.
        T Latest<T>(MetricCollector<T> gauge, string backend)
            where T : struct
        {
            gauge.RecordObservableInstruments();
            return gauge.GetMeasurementSnapshot().Last(m => m.ContainsTags(new KeyValuePair<string, object?>("router", name), new KeyValuePair<string, object?>("backend", backend))).Value;
        }

        Assert.Equal(1, Latest(available, "ok"));
        Assert.Equal(0, Latest(available, "down"));
        Assert.Equal((int)BackendHealthState.Broken, Latest(state, "down"));
        Assert.Equal(250, Latest(latency, "ok"));
        Assert.Equal(0, Latest(inFlight, "ok"));
    }

    private static MetricCollector<T> Gauge<T>(string instrument)
        where T : struct => new(null, GovernanceDiagnostics.SourceName, instrument);

    [Fact]
    public async Task Health_reports_requests_in_flight_and_counts()
    {
        var clock = new FakeTimeProvider();
        var gated = new GatedChatClient("x");
        using ModelRouterChatClient router = Router(clock, o => o.AddBackend("only", gated, "gpt-4o", x => x.Region = "westeurope"));

        Task<ChatResponse> call = router.GetResponseAsync("hi");
        await gated.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        BackendHealth during = router.GetBackendHealth().Single();
        gated.Open();
        await call.WaitAsync(TimeSpan.FromSeconds(30));
        BackendHealth after = router.GetBackendHealth().Single();

        Assert.Equal(1, during.InFlight);
        Assert.Equal("westeurope", during.Region);
        Assert.Equal("gpt-4o", during.Model);
        Assert.Equal("primary", during.Role);
        Assert.Equal(0, after.InFlight);
        Assert.Equal(1, after.Successes);
        Assert.Equal(BackendHealthState.Healthy, after.State);
    }

    [Fact]
    public async Task A_streamed_request_is_mirrored_and_compared_with_the_streamed_text()
    {
        var clock = new FakeTimeProvider();
        var primary = new FakeChatClient(clock);
        var shadow = new FakeChatClient(clock);
        primary.Enqueue(FakeReply.Text("alpha beta gamma delta", 4, 4));
        shadow.Enqueue(FakeReply.Text("alpha beta gamma", 4, 3));
        var compared = new TaskCompletionSource<ShadowComparison>(TaskCreationOptions.RunContinuationsAsynchronously);
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("primary", primary);
            o.AddBackend("shadow", shadow, configure: x => x.ShadowPercent = 100);
            o.OnShadowComparison = c => compared.TrySetResult(c);
        });

        var text = new System.Text.StringBuilder();
        await foreach (ChatResponseUpdate update in router.GetStreamingResponseAsync("hi"))
        {
            text.Append(update.Text);
        }

        ShadowComparison comparison = await compared.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("alpha beta gamma delta", text.ToString());
        Assert.Equal(0.75, comparison.Similarity!.Value, 3);
        Assert.Equal(4, comparison.PrimaryOutputTokens);
        Assert.Equal(3, comparison.ShadowOutputTokens);
        Assert.False(shadow.Requests[0].Streaming);
    }
}
