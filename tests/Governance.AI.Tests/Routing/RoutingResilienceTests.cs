using System.Net;
using Governance.AI.Routing;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using Polly.Timeout;
using static Governance.AI.Tests.Routing.RoutingTestKit;

namespace Governance.AI.Tests.Routing;

public sealed class RoutingResilienceTests
{
    [Fact]
    public async Task A_429_retry_waits_exactly_the_Retry_After_on_the_clock()
    {
        var clock = new FakeTimeProvider();
        var model = new FakeChatClient(clock);
        model.Enqueue(FakeReply.Http(HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromSeconds(7)), FakeReply.Text("ok"));
        using ModelRouterChatClient router = Router(clock, o => o.AddBackend("only", model));

        Task<FakeChatRequest> retried = NthRequest(model, 2);
        Task<ChatResponse> call = router.GetResponseAsync("hi");
        Assert.Equal(1, model.CallCount);

        clock.Advance(TimeSpan.FromSeconds(7) - TimeSpan.FromTicks(1));
        Assert.Equal(1, model.CallCount);
        Assert.False(call.IsCompleted);

        clock.Advance(TimeSpan.FromTicks(1));
        await retried.WaitAsync(TimeSpan.FromSeconds(30));
        ChatResponse response = await call.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("ok", response.Text);
        Assert.Equal(2, AttemptsOf(response));
        Assert.Equal("only", BackendOf(response));
    }

    [Theory]
    [InlineData("retry-after-ms", "1500")]
    [InlineData("x-ms-retry-after-ms", "1500")]
    public async Task Millisecond_retry_headers_are_honoured(string header, string value)
    {
        var clock = new FakeTimeProvider();
        var model = new FakeChatClient(clock);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [header] = value, ["Retry-After"] = "60" };
        model.Enqueue(FakeReply.Throw(new FakeProviderException(HttpStatusCode.TooManyRequests, headers)), FakeReply.Text("ok"));
        using ModelRouterChatClient router = Router(clock, o => o.AddBackend("only", model));

        Task<ChatResponse> call = router.GetResponseAsync("hi");
        clock.Advance(TimeSpan.FromMilliseconds(1499));
        Assert.Equal(1, model.CallCount);
        clock.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal("ok", (await call.WaitAsync(TimeSpan.FromSeconds(30))).Text);
    }

    [Fact]
    public void Retry_after_reads_seconds_http_dates_and_millisecond_headers()
    {
        var now = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(TimeSpan.FromSeconds(12), ProviderErrors.ParseRetryAfterValue("12", now));
        Assert.Equal(TimeSpan.FromSeconds(90), ProviderErrors.ParseRetryAfterValue("Wed, 01 Jan 2025 00:01:30 GMT", now));
        Assert.Equal(TimeSpan.Zero, ProviderErrors.ParseRetryAfterValue("Tue, 31 Dec 2024 23:00:00 GMT", now));
        Assert.Null(ProviderErrors.ParseRetryAfterValue("soon", now));
        Assert.Null(ProviderErrors.ParseRetryAfterValue("-3", now));
        Assert.Equal(TimeSpan.FromMilliseconds(250), ProviderErrors.ParseRetryAfter([new("Retry-After", "9"), new("retry-after-ms", "250")], now));
        Assert.Equal(TimeSpan.FromSeconds(9), ProviderErrors.ParseRetryAfter([new("retry-after", "9")], now));
        Assert.Null(ProviderErrors.ParseRetryAfter([new("x-other", "9")], now));
    }

    [Theory]
    [InlineData(408, true)]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(400, false)]
    [InlineData(401, false)]
    [InlineData(404, false)]
    [InlineData(501, false)]
    public void Transient_statuses_are_408_429_and_5xx(int status, bool transient) =>
        Assert.Equal(transient, ProviderErrors.IsTransientStatus(status));

    [Fact]
    public void Exceptions_are_read_for_status_and_retry_after_including_custom_provider_exceptions()
    {
        var now = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(503, ProviderErrors.Inspect(new HttpRequestException("x", null, HttpStatusCode.ServiceUnavailable), now).StatusCode);
        Assert.Null(ProviderErrors.Inspect(new IOException("reset"), now).StatusCode);

        // A provider SDK's exception shape (an int Status and string headers) is read by reflection.
        ProviderError read = ProviderErrors.Inspect(new SdkException(429, new Dictionary<string, string> { ["retry-after"] = "3" }), now);
        Assert.Equal(new ProviderError(429, TimeSpan.FromSeconds(3)), read);

        // An inspector maps exceptions the router cannot read, for example OpenAI's ClientResultException.
        ProviderError mapped = ProviderErrors.Inspect(new InvalidOperationException("quota"), now, ex => new ProviderError(429, TimeSpan.FromSeconds(1)));
        Assert.Equal(429, mapped.StatusCode);
    }

    [Fact]
    public async Task Transient_failures_back_off_exponentially_without_jitter_when_jitter_is_off()
    {
        var clock = new FakeTimeProvider();
        var model = new FakeChatClient(clock);
        model.Enqueue(FakeReply.Http(HttpStatusCode.BadGateway), FakeReply.Timeout(), FakeReply.Text("ok"));
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("only", model);
            o.Resilience.Retry.UseJitter = false;
            o.Resilience.Retry.BaseDelay = TimeSpan.FromSeconds(1);
        });

        Task<ChatResponse> call = router.GetResponseAsync("hi");
        Task<FakeChatRequest> second = NthRequest(model, 2);
        clock.Advance(TimeSpan.FromSeconds(1));
        await second.WaitAsync(TimeSpan.FromSeconds(30));

        Task<FakeChatRequest> third = NthRequest(model, 3);
        clock.Advance(TimeSpan.FromSeconds(2) - TimeSpan.FromTicks(1));
        Assert.Equal(2, model.CallCount);
        clock.Advance(TimeSpan.FromTicks(1));
        await third.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(3, AttemptsOf(await call.WaitAsync(TimeSpan.FromSeconds(30))));
    }

    [Fact]
    public async Task Failover_follows_priority_order_and_each_backend_gets_its_own_retries()
    {
        var clock = new FakeTimeProvider();
        var first = new FakeChatClient(clock);
        var second = new FakeChatClient(clock);
        var third = new FakeChatClient(clock);
        first.Responder = _ => FakeReply.Http(HttpStatusCode.ServiceUnavailable);
        second.Responder = _ => FakeReply.Throw(new IOException("connection reset"));
        third.Enqueue(FakeReply.Text("third answers"));
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("first", first, configure: x => x.Priority = 0);
            o.AddBackend("third", third, configure: x => x.Priority = 2);
            o.AddBackend("second", second, configure: x => x.Priority = 1);
            o.Resilience.Retry.MaxRetries = 1;
            o.Resilience.Retry.BaseDelay = TimeSpan.Zero;
        });

        ChatResponse response = await router.GetResponseAsync("hi");

        Assert.Equal("third answers", response.Text);
        Assert.Equal("third", BackendOf(response));
        Assert.Equal(2, first.CallCount);
        Assert.Equal(2, second.CallCount);
        Assert.Equal(5, AttemptsOf(response));
    }

    [Fact]
    public async Task A_non_transient_error_is_neither_retried_nor_failed_over()
    {
        var clock = new FakeTimeProvider();
        var first = new FakeChatClient(clock);
        var second = new FakeChatClient(clock);
        first.Enqueue(FakeReply.Http(HttpStatusCode.BadRequest));
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("first", first, configure: x => x.Priority = 0);
            o.AddBackend("second", second, configure: x => x.Priority = 1);
        });

        var error = await Assert.ThrowsAsync<FakeProviderException>(() => router.GetResponseAsync("hi"));
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal(1, first.CallCount);
        Assert.Equal(0, second.CallCount);
    }

    [Fact]
    public async Task The_circuit_opens_then_half_opens_after_the_break_then_closes_on_a_successful_probe()
    {
        var clock = new FakeTimeProvider();
        var primary = new FakeChatClient(clock);
        var backup = new FakeChatClient(clock);
        primary.Enqueue(FakeReply.Http(HttpStatusCode.InternalServerError), FakeReply.Http(HttpStatusCode.InternalServerError));
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("primary", primary, configure: x => x.Priority = 0);
            o.AddBackend("backup", backup, configure: x => x.Priority = 1);
            o.Resilience.Retry.MaxRetries = 0;
            o.Resilience.CircuitBreaker.MinimumThroughput = 2;
            o.Resilience.CircuitBreaker.FailureRatio = 0.5;
            o.Resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(10);
            o.Resilience.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(30);
        });
        DateTimeOffset start = clock.GetUtcNow();

        Assert.Equal("backup", BackendOf(await router.GetResponseAsync("1")));
        Assert.Equal(BackendHealthState.Healthy, Health(router, "primary").State);
        Assert.Equal("backup", BackendOf(await router.GetResponseAsync("2")));

        // Open: the primary is out of rotation until the break ends.
        BackendHealth open = Health(router, "primary");
        Assert.Equal(BackendHealthState.Broken, open.State);
        Assert.Equal(start + TimeSpan.FromSeconds(30), open.UnavailableUntil);
        Assert.False(open.IsAvailable);
        Assert.Equal("backup", BackendOf(await router.GetResponseAsync("3")));
        Assert.Equal(2, primary.CallCount);

        // Half-open: after the break one probe may go through.
        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(BackendHealthState.HalfOpen, Health(router, "primary").State);

        // The probe succeeds: closed again, and the primary takes the traffic.
        Assert.Equal("primary", BackendOf(await router.GetResponseAsync("4")));
        Assert.Equal(BackendHealthState.Healthy, Health(router, "primary").State);
        Assert.Equal("primary", BackendOf(await router.GetResponseAsync("5")));
    }

    [Fact]
    public async Task A_failed_probe_opens_the_circuit_again()
    {
        var clock = new FakeTimeProvider();
        var primary = new FakeChatClient(clock);
        var backup = new FakeChatClient(clock);
        primary.Responder = _ => FakeReply.Http(HttpStatusCode.ServiceUnavailable);
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("primary", primary, configure: x => x.Priority = 0);
            o.AddBackend("backup", backup, configure: x => x.Priority = 1);
            o.Resilience.Retry.MaxRetries = 0;
            o.Resilience.CircuitBreaker.MinimumThroughput = 2;
            o.Resilience.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(5);
        });

        await router.GetResponseAsync("1");
        await router.GetResponseAsync("2");
        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal("backup", BackendOf(await router.GetResponseAsync("probe fails")));

        Assert.Equal(3, primary.CallCount);
        Assert.Equal(BackendHealthState.Broken, Health(router, "primary").State);
        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromSeconds(5), Health(router, "primary").UnavailableUntil);
    }

    [Fact]
    public async Task The_break_honours_a_longer_Retry_After_and_no_healthy_backend_reports_the_earliest_retry()
    {
        var clock = new FakeTimeProvider();
        var model = new FakeChatClient(clock);
        model.Responder = _ => FakeReply.Http(HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromSeconds(120));
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("only", model, "gpt-4o");
            o.Resilience.CircuitBreaker.MinimumThroughput = 2;
            o.Resilience.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(10);
        });
        DateTimeOffset start = clock.GetUtcNow();

        // 120 s is beyond MaxRetryAfter (30 s): no waiting, the backend is out of rotation until then.
        var first = await Assert.ThrowsAsync<NoHealthyBackendException>(() => router.GetResponseAsync("hi", new ChatOptions { ModelId = "gpt-4o" }));
        Assert.Equal(1, model.CallCount);
        Assert.Equal(start + TimeSpan.FromSeconds(120), first.EarliestRetry);
        Assert.Equal(TimeSpan.FromSeconds(120), first.RetryAfter);
        Assert.IsType<FakeProviderException>(first.InnerException);

        var second = await Assert.ThrowsAsync<NoHealthyBackendException>(() => router.GetResponseAsync("hi", new ChatOptions { ModelId = "gpt-4o" }));
        Assert.Equal(1, model.CallCount);
        Assert.Equal(503, second.StatusCode);
        Assert.Equal("gpt-4o", second.Model);
        Assert.Equal(start + TimeSpan.FromSeconds(120), second.EarliestRetry);
    }

    [Fact]
    public async Task A_circuit_opened_by_a_throttled_backend_stays_open_for_the_Retry_After()
    {
        var clock = new FakeTimeProvider();
        var model = new FakeChatClient(clock);
        var backup = new FakeChatClient(clock);
        model.Responder = _ => FakeReply.Http(HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromSeconds(90));
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("throttled", model, configure: x => x.Priority = 0);
            o.AddBackend("backup", backup, configure: x => x.Priority = 1);
            o.Resilience.Retry.MaxRetries = 0;
            o.Resilience.CircuitBreaker.MinimumThroughput = 2;
            o.Resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromMinutes(5);
            o.Resilience.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(10);
        });
        DateTimeOffset start = clock.GetUtcNow();

        await router.GetResponseAsync("1");
        Assert.Equal(BackendHealthState.Throttled, Health(router, "throttled").State);
        clock.Advance(TimeSpan.FromSeconds(90));
        await router.GetResponseAsync("2");

        BackendHealth health = Health(router, "throttled");
        Assert.Equal(BackendHealthState.Broken, health.State);
        Assert.Equal(start + TimeSpan.FromSeconds(180), health.UnavailableUntil);
    }

    [Fact]
    public async Task An_attempt_timeout_on_the_clock_retries_then_fails_over()
    {
        var clock = new FakeTimeProvider();
        var slow = new FakeChatClient(clock) { Latency = TimeSpan.FromMinutes(5) };
        var fast = new FakeChatClient(clock);
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("slow", slow, configure: x => x.Priority = 0);
            o.AddBackend("fast", fast, configure: x => x.Priority = 1);
            o.Resilience.AttemptTimeout = TimeSpan.FromSeconds(2);
            o.Resilience.Retry.MaxRetries = 1;
            o.Resilience.Retry.BaseDelay = TimeSpan.Zero;
        });

        Task<FakeChatRequest> retried = NthRequest(slow, 2);
        Task<ChatResponse> call = router.GetResponseAsync("hi");
        clock.Advance(TimeSpan.FromSeconds(2));
        await retried.WaitAsync(TimeSpan.FromSeconds(30));
        clock.Advance(TimeSpan.FromSeconds(2));
        ChatResponse response = await call.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("fast", BackendOf(response));
        Assert.Equal(2, slow.CallCount);
        Assert.Equal(3, AttemptsOf(response));
    }

    [Fact]
    public async Task The_total_timeout_ends_the_call_with_a_timeout_error()
    {
        var clock = new FakeTimeProvider();
        var slow = new FakeChatClient(clock) { Latency = TimeSpan.FromMinutes(5) };
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("slow", slow);
            o.Resilience.TotalTimeout = TimeSpan.FromSeconds(10);
        });

        Task<ChatResponse> call = router.GetResponseAsync("hi");
        clock.Advance(TimeSpan.FromSeconds(10));

        await Assert.ThrowsAsync<TimeoutRejectedException>(() => call.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_retried_or_failed_over()
    {
        var clock = new FakeTimeProvider();
        var slow = new FakeChatClient(clock) { Latency = TimeSpan.FromMinutes(5) };
        var other = new FakeChatClient(clock);
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("slow", slow, configure: x => x.Priority = 0);
            o.AddBackend("other", other, configure: x => x.Priority = 1);
        });
        using var cancellation = new CancellationTokenSource();

        Task<ChatResponse> call = router.GetResponseAsync("hi", null, cancellation.Token);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(1, slow.CallCount);
        Assert.Equal(0, other.CallCount);
        Assert.Equal(0, Health(router, "slow").Failures);
    }

    [Fact]
    public async Task Hedging_sends_a_second_request_to_the_next_backend_when_the_first_is_slow_and_the_first_answer_wins()
    {
        var clock = new FakeTimeProvider();
        var slow = new FakeChatClient(clock) { Latency = TimeSpan.FromMinutes(1) };
        var fast = new FakeChatClient(clock);
        fast.Enqueue(FakeReply.Text("fast answer"));
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("slow", slow, configure: x => x.Priority = 0);
            o.AddBackend("fast", fast, configure: x => x.Priority = 1);
            o.Resilience.Hedging.MaxHedgedAttempts = 1;
            o.Resilience.Hedging.Delay = TimeSpan.FromSeconds(1);
        });

        // Invariant: the hedge starts only after the delay, runs concurrently with the slow attempt, and the first answer wins.
        Task<FakeChatRequest> hedged = NthRequest(fast, 1);
        Task<ChatResponse> call = router.GetResponseAsync("hi");
        Assert.Equal(1, slow.CallCount);
        Assert.Equal(0, fast.CallCount);
        clock.Advance(TimeSpan.FromSeconds(1));
        await hedged.WaitAsync(TimeSpan.FromSeconds(30));
        ChatResponse response = await call.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("fast answer", response.Text);
        Assert.Equal("fast", BackendOf(response));
        Assert.Equal(2, AttemptsOf(response));
    }

    [Fact]
    public async Task Hedging_also_fails_over_at_once_when_the_first_backend_fails()
    {
        var clock = new FakeTimeProvider();
        var broken = new FakeChatClient(clock);
        var fast = new FakeChatClient(clock);
        broken.Responder = _ => FakeReply.Http(HttpStatusCode.ServiceUnavailable);
        using ModelRouterChatClient router = Router(clock, o =>
        {
            SingleAttempt(o);
            o.AddBackend("broken", broken, configure: x => x.Priority = 0);
            o.AddBackend("fast", fast, configure: x => x.Priority = 1);
            o.Resilience.Hedging.MaxHedgedAttempts = 2;
        });

        ChatResponse response = await router.GetResponseAsync("hi");

        Assert.Equal("fast", BackendOf(response));
    }

    [Fact]
    public async Task Backends_get_their_model_and_no_governance_keys_and_the_callers_options_are_unchanged()
    {
        var clock = new FakeTimeProvider();
        var backend = new FakeChatClient(clock);
        using ModelRouterChatClient router = Router(clock, o => o.AddBackend("eu", backend, "gpt-4o-eu", x => x.Aliases.Add("gpt-4o")));
        ChatOptions caller = GovernanceProperties.With(new ChatOptions { ModelId = "gpt-4o", Temperature = 0.5f }, GovernanceProperties.NoCache, true)
            .ForCaller("tenant-a");
        caller.AdditionalProperties!["vendor.flag"] = "keep";

        await router.GetResponseAsync("hi", caller);

        ChatOptions sent = backend.Requests[0].Options!;
        Assert.Equal("gpt-4o-eu", sent.ModelId);
        Assert.Equal(0.5f, sent.Temperature);
        Assert.Equal("keep", sent.AdditionalProperties!["vendor.flag"]);
        Assert.DoesNotContain(sent.AdditionalProperties!.Keys, GovernanceProperties.IsGovernanceKey);
        Assert.Equal("gpt-4o", caller.ModelId);
        Assert.True(caller.AdditionalProperties.ContainsKey(GovernanceProperties.NoCache));
    }

    [Fact]
    public async Task Without_backends_the_pipelines_inner_client_is_the_default_backend_with_retries()
    {
        var harness = GovernanceTestHarness.Create(p => p.UseRouting(o => o.Resilience.Retry.BaseDelay = TimeSpan.Zero));
        harness.Model.Enqueue(FakeReply.Http(HttpStatusCode.ServiceUnavailable), FakeReply.Text("second time lucky"));

        ChatResponse response = await harness.Client.GetResponseAsync("hi");

        Assert.Equal("second time lucky", response.Text);
        Assert.Equal(RoutingOptions.DefaultBackendName, BackendOf(response));
        Assert.Equal(2, AttemptsOf(response));
    }

    [Fact]
    public async Task A_backend_over_its_requests_per_minute_is_skipped_until_the_window_frees_up()
    {
        var clock = new FakeTimeProvider();
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("small", new CountingChatClient("small"), configure: x => { x.Priority = 0; x.RequestsPerMinute = 3; });
            o.AddBackend("big", new CountingChatClient("big"), configure: x => x.Priority = 1);
        });

        var seen = new List<string?>();
        for (int i = 0; i < 5; i++)
        {
            seen.Add(BackendOf(await router.GetResponseAsync("hi")));
        }

        Assert.Equal(["small", "small", "small", "big", "big"], seen);
        Assert.Equal(BackendHealthState.Throttled, Health(router, "small").State);
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal("small", BackendOf(await router.GetResponseAsync("hi")));
    }

    [Fact]
    public async Task An_error_inspector_maps_a_provider_exception_the_router_cannot_read_to_a_retry_after()
    {
        var clock = new FakeTimeProvider();
        var model = new FakeChatClient(clock);
        model.Enqueue(FakeReply.Throw(new InvalidOperationException("quota exceeded")), FakeReply.Text("ok"));
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("only", model);
            o.ErrorInspector = ex => ex is InvalidOperationException { Message: "quota exceeded" } ? new ProviderError(429, TimeSpan.FromSeconds(4)) : null;
        });

        Task<ChatResponse> call = router.GetResponseAsync("hi");
        clock.Advance(TimeSpan.FromSeconds(4) - TimeSpan.FromTicks(1));
        Assert.Equal(1, model.CallCount);
        clock.Advance(TimeSpan.FromTicks(1));

        Assert.Equal("ok", (await call.WaitAsync(TimeSpan.FromSeconds(30))).Text);
    }

    [Fact]
    public async Task A_backend_over_its_tokens_per_minute_is_skipped()
    {
        var clock = new FakeTimeProvider();
        var small = new FakeChatClient(clock);
        small.Responder = _ => FakeReply.Text("x", inputTokens: 100, outputTokens: 400);
        using ModelRouterChatClient router = Router(clock, o =>
        {
            o.AddBackend("small", small, configure: x => { x.Priority = 0; x.TokensPerMinute = 1000; });
            o.AddBackend("big", new CountingChatClient("big"), configure: x => x.Priority = 1);
        });

        // Each call uses a small prompt plus 400 output tokens; a request needs its prompt plus the expected 256 output
        // tokens: after two calls (about 814 used) the third no longer fits in 1000 per minute.
        Assert.Equal("small", BackendOf(await router.GetResponseAsync("hi")));
        Assert.Equal("small", BackendOf(await router.GetResponseAsync("hi")));
        Assert.Equal("big", BackendOf(await router.GetResponseAsync("hi")));
    }

    private static BackendHealth Health(ModelRouterChatClient router, string name) =>
        router.GetBackendHealth().Single(h => h.Name == name);

    private sealed class SdkException(int status, IReadOnlyDictionary<string, string> headers) : Exception("sdk")
    {
        public int Status { get; } = status;

        public IReadOnlyDictionary<string, string> Headers { get; } = headers;
    }
}
