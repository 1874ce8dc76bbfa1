using System.Diagnostics;
using System.Net;
using Governance.AI.Telemetry;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.TelemetryPolicy;

[Collection(TelemetryCollection.Name)]
public sealed class TelemetrySpanTests
{
    [Fact]
    public async Task A_call_is_a_client_span_named_chat_model_with_the_GenAI_attributes()
    {
        using var capture = new TelemetryCapture();
        var pipeline = new TelemetryPipeline();
        pipeline.Fake.Enqueue(FakeReply.Text("hello", inputTokens: 12, outputTokens: 3).After(TimeSpan.FromMilliseconds(250)));

        Task<ChatResponse> call = pipeline.Client.GetResponseAsync("hi", new ChatOptions { ModelId = pipeline.Model, Temperature = 0.5f, MaxOutputTokens = 100 });
        pipeline.Clock.Advance(TimeSpan.FromMilliseconds(250));
        ChatResponse response = await call;

        Activity span = Assert.Single(capture.SpansFor(pipeline.Model));
        Assert.Equal("chat " + pipeline.Model, span.DisplayName);
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal("chat", span.GetTagItem("gen_ai.operation.name"));
        Assert.Equal("fake", span.GetTagItem("gen_ai.provider.name"));
        Assert.Equal(pipeline.Model, span.GetTagItem("gen_ai.response.model"));
        Assert.Equal(response.ResponseId, span.GetTagItem("gen_ai.response.id"));
        Assert.Equal(12L, span.GetTagItem("gen_ai.usage.input_tokens"));
        Assert.Equal(3L, span.GetTagItem("gen_ai.usage.output_tokens"));
        Assert.Equal(["stop"], Assert.IsType<string[]>(span.GetTagItem("gen_ai.response.finish_reasons")));
        Assert.Equal(100, span.GetTagItem("gen_ai.request.max_tokens"));
        Assert.Equal(0.5f, span.GetTagItem("gen_ai.request.temperature"));
        Assert.Equal("success", span.GetTagItem("governance.outcome"));
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
        Assert.Null(span.GetTagItem("error.type"));
        Assert.Equal(TimeSpan.FromMilliseconds(250), span.Duration);
        Assert.Equal(new FakeTimeProvider().GetUtcNow().UtcDateTime, span.StartTimeUtc);
    }

    [Fact]
    public async Task Cached_input_tokens_are_reported()
    {
        using var capture = new TelemetryCapture();
        var pipeline = new TelemetryPipeline();
        pipeline.Fake.Enqueue(FakeReply.Of(new ChatResponse(new ChatMessage(ChatRole.Assistant, "ok"))
        {
            Usage = new UsageDetails { InputTokenCount = 1000, CachedInputTokenCount = 800, OutputTokenCount = 10 },
        }));

        await pipeline.Client.GetResponseAsync("hi", new ChatOptions { ModelId = pipeline.Model });

        Activity span = Assert.Single(capture.SpansFor(pipeline.Model));
        Assert.Equal(800L, span.GetTagItem("gen_ai.usage.cache_read.input_tokens"));
        Assert.Equal(1000L, span.GetTagItem("gen_ai.usage.input_tokens"));
    }

    [Fact]
    public async Task The_span_is_a_child_of_the_current_activity()
    {
        using var capture = new TelemetryCapture();
        using var parentSource = new ActivitySource("Governance.AI.Tests.Parent");
        using var parentListener = new ActivityListener
        {
            ShouldListenTo = s => s == parentSource,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(parentListener);
        var pipeline = new TelemetryPipeline();

        using (Activity parent = parentSource.StartActivity("request")!)
        {
            // Completing synchronously...
            await pipeline.Client.GetResponseAsync("hi", new ChatOptions { ModelId = pipeline.Model });
            Activity span = Assert.Single(capture.SpansFor(pipeline.Model));
            Assert.Equal(parent.SpanId, span.ParentSpanId);
            Assert.Same(parent, Activity.Current);

            // ...and pending: the span is not current in the caller's flow while the call runs.
            pipeline.Fake.Enqueue(FakeReply.Text("later").After(TimeSpan.FromSeconds(1)));
            Task<ChatResponse> pending = pipeline.Client.GetResponseAsync("hi", new ChatOptions { ModelId = pipeline.Model });
            Assert.Same(parent, Activity.Current);
            pipeline.Clock.Advance(TimeSpan.FromSeconds(1));
            await pending;
            Assert.Same(parent, Activity.Current);
            Assert.All(capture.SpansFor(pipeline.Model), s => Assert.Equal(parent.SpanId, s.ParentSpanId));
            Assert.Equal(2, capture.SpansFor(pipeline.Model).Count);
        }
    }

    [Fact]
    public async Task A_stream_span_is_a_child_of_the_current_activity_and_leaves_it_current()
    {
        using var capture = new TelemetryCapture();
        using var parentSource = new ActivitySource("Governance.AI.Tests.StreamParent");
        using var parentListener = new ActivityListener
        {
            ShouldListenTo = s => s == parentSource,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(parentListener);
        var pipeline = new TelemetryPipeline();

        var seenByModel = new List<Activity?>();
        pipeline.Fake.StreamingChunks = 3;
        pipeline.Fake.BeforeChunk = (_, _) =>
        {
            seenByModel.Add(Activity.Current);
            return ValueTask.CompletedTask;
        };

        using Activity parent = parentSource.StartActivity("request")!;
        await foreach (ChatResponseUpdate update in pipeline.Client.GetStreamingResponseAsync("one two three", new ChatOptions { ModelId = pipeline.Model }))
        {
            Assert.Same(parent, Activity.Current);
        }

        Activity span = Assert.Single(capture.SpansFor(pipeline.Model));
        Assert.Equal(parent.SpanId, span.ParentSpanId);
        Assert.Same(parent, Activity.Current);

        // Inside the pipeline, every chunk (not only the first) is produced with the call's span current.
        Assert.Equal(3, seenByModel.Count);
        Assert.All(seenByModel, current => Assert.Same(span, current));
    }

    [Fact]
    public async Task A_cache_hit_span_reports_no_billed_usage()
    {
        using var capture = new TelemetryCapture();
        var pipeline = new TelemetryPipeline();
        pipeline.Fake.Enqueue(FakeReply.Text("stored", inputTokens: 40, outputTokens: 9));
        pipeline.Reporter.Keys[GovernanceProperties.CacheStatus] = "hit";

        await pipeline.Client.GetResponseAsync("hi", new ChatOptions { ModelId = pipeline.Model });

        Activity span = Assert.Single(capture.SpansFor(pipeline.Model));
        Assert.Equal((0L, 0L), ((long)span.GetTagItem("gen_ai.usage.input_tokens")!, (long)span.GetTagItem("gen_ai.usage.output_tokens")!));
    }

    [Fact]
    public async Task A_stream_span_ends_when_the_stream_ends_and_reports_time_to_first_chunk()
    {
        using var capture = new TelemetryCapture();
        var pipeline = new TelemetryPipeline();
        pipeline.Fake.StreamingChunks = 3;
        pipeline.Fake.Enqueue(FakeReply.Text("one two three four", inputTokens: 7, outputTokens: 4).After(TimeSpan.FromMilliseconds(300)));
        pipeline.Fake.BeforeChunk = (index, _) =>
        {
            if (index > 0)
            {
                pipeline.Clock.Advance(TimeSpan.FromMilliseconds(100));
            }

            return ValueTask.CompletedTask;
        };

        await using IAsyncEnumerator<ChatResponseUpdate> stream = pipeline.Client
            .GetStreamingResponseAsync("hi", new ChatOptions { ModelId = pipeline.Model })
            .GetAsyncEnumerator();
        ValueTask<bool> first = stream.MoveNextAsync();
        pipeline.Clock.Advance(TimeSpan.FromMilliseconds(300));
        Assert.True(await first);
        int updates = 1;
        while (await stream.MoveNextAsync())
        {
            updates++;

            // While the stream is open, its span has not ended.
            Assert.Empty(capture.SpansFor(pipeline.Model));
        }

        Assert.Equal(4, updates);
        Activity span = Assert.Single(capture.SpansFor(pipeline.Model));
        Assert.Equal(0.3, (double)span.GetTagItem("gen_ai.response.time_to_first_chunk")!, 6);
        Assert.Equal(TimeSpan.FromMilliseconds(500), span.Duration);
        Assert.Equal(7L, span.GetTagItem("gen_ai.usage.input_tokens"));
        Assert.Equal(4L, span.GetTagItem("gen_ai.usage.output_tokens"));
        Assert.Equal(["stop"], Assert.IsType<string[]>(span.GetTagItem("gen_ai.response.finish_reasons")));
        Assert.Equal("success", span.GetTagItem("governance.outcome"));
    }

    [Fact]
    public async Task An_abandoned_stream_ends_its_span_as_abandoned_and_is_recorded_as_cancelled()
    {
        using var capture = new TelemetryCapture();
        var pipeline = new TelemetryPipeline();
        pipeline.Fake.StreamingChunks = 4;
        pipeline.Fake.Enqueue(FakeReply.Text("a b c d e f g h", inputTokens: 5, outputTokens: 8));

        await foreach (ChatResponseUpdate update in pipeline.Client.GetStreamingResponseAsync("hi", new ChatOptions { ModelId = pipeline.Model }))
        {
            break;
        }

        Activity span = Assert.Single(capture.SpansFor(pipeline.Model));
        Assert.Equal("abandoned", span.GetTagItem("governance.outcome"));
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
        UsageRecord record = Assert.Single(await pipeline.LedgerRecordsAsync());
        Assert.Equal(UsageOutcome.Cancelled, record.Outcome);
        Assert.True(record.Streaming);
    }

    [Fact]
    public async Task A_stream_that_breaks_ends_its_span_with_the_error_type_and_never_the_message()
    {
        using var capture = new TelemetryCapture();
        var pipeline = new TelemetryPipeline();
        pipeline.Fake.Enqueue(FakeReply.Text("a b c d e f g h").BreakingAfter(2));

        var received = 0;
        await Assert.ThrowsAsync<IOException>(async () =>
        {
            await foreach (ChatResponseUpdate update in pipeline.Client.GetStreamingResponseAsync("hi", new ChatOptions { ModelId = pipeline.Model }))
            {
                received++;
            }
        });

        Assert.Equal(2, received);
        Activity span = Assert.Single(capture.SpansFor(pipeline.Model));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("System.IO.IOException", span.GetTagItem("error.type"));
        Assert.Equal("System.IO.IOException", span.StatusDescription);
        Assert.Equal(UsageOutcome.Failed, Assert.Single(await pipeline.LedgerRecordsAsync()).Outcome);
    }

    [Fact]
    public async Task A_provider_failure_is_reported_by_its_status_code()
    {
        using var capture = new TelemetryCapture();
        var pipeline = new TelemetryPipeline();
        pipeline.Fake.Enqueue(FakeReply.Http(HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromSeconds(2)));

        await Assert.ThrowsAsync<FakeProviderException>(() => pipeline.Client.GetResponseAsync("hi", new ChatOptions { ModelId = pipeline.Model }));

        Activity span = Assert.Single(capture.SpansFor(pipeline.Model));
        Assert.Equal("429", span.GetTagItem("error.type"));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        UsageRecord record = Assert.Single(await pipeline.LedgerRecordsAsync());
        Assert.Equal((UsageOutcome.Failed, "429"), (record.Outcome, record.ErrorType));
    }

    [Fact]
    public async Task A_timeout_is_reported_as_timeout_and_a_cancellation_as_cancelled()
    {
        using var capture = new TelemetryCapture();
        var pipeline = new TelemetryPipeline();
        pipeline.Fake.Enqueue(FakeReply.Timeout());
        await Assert.ThrowsAsync<TaskCanceledException>(() => pipeline.Client.GetResponseAsync("hi", new ChatOptions { ModelId = pipeline.Model }));

        using var cts = new CancellationTokenSource();
        pipeline.Fake.Enqueue(FakeReply.Text("late").After(TimeSpan.FromSeconds(5)));
        Task<ChatResponse> pending = pipeline.Client.GetResponseAsync("hi", new ChatOptions { ModelId = pipeline.Model }, cts.Token);
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);

        List<UsageRecord> records = await pipeline.LedgerRecordsAsync();
        Assert.Equal([UsageOutcome.Failed, UsageOutcome.Cancelled], records.Select(r => r.Outcome));
        Assert.Equal("timeout", records[0].ErrorType);
        Assert.Equal("timeout", capture.SpansFor(pipeline.Model)[0].GetTagItem("error.type"));
    }

    [Fact]
    public async Task Governance_decisions_become_span_attributes_and_events()
    {
        using var capture = new TelemetryCapture();
        var pipeline = new TelemetryPipeline();
        pipeline.Reporter.Keys[GovernanceProperties.CacheStatus] = "hit";
        pipeline.Reporter.Keys[GovernanceProperties.CacheSimilarity] = 0.97;
        pipeline.Reporter.Keys[GovernanceProperties.CacheTokensSaved] = 42L;
        pipeline.Reporter.Keys[GovernanceProperties.Redactions] = new Dictionary<string, int> { ["EMAIL"] = 2, ["CREDIT_CARD"] = 1 };
        pipeline.Reporter.Keys[GovernanceProperties.SafetyAnnotations] = new[] { "pi-heuristic-3" };
        pipeline.Reporter.Keys[GovernanceProperties.RouteBackend] = "secondary";
        pipeline.Reporter.Keys[GovernanceProperties.RouteAttempts] = 3;

        await pipeline.Client.GetResponseAsync("hi", new ChatOptions { ModelId = pipeline.Model });

        Activity span = Assert.Single(capture.SpansFor(pipeline.Model));
        Assert.Equal("hit", span.GetTagItem("governance.cache.status"));
        Assert.Equal("secondary", span.GetTagItem("governance.route.backend"));
        Assert.Equal(3, span.GetTagItem("governance.route.attempts"));
        var events = span.Events.ToDictionary(e => e.Name);
        Assert.Equal(0.97, events["governance.cache.hit"].Tags.Single(t => t.Key == "governance.cache.similarity").Value);
        Assert.Equal(42L, events["governance.cache.hit"].Tags.Single(t => t.Key == "governance.cache.tokens_saved").Value);
        Assert.Equal(2, events["governance.redaction"].Tags.Single(t => t.Key == "governance.redaction.EMAIL").Value);
        Assert.Equal(["pi-heuristic-3"], (string[])events["governance.safety.flag"].Tags.Single().Value!);
        Assert.Equal("secondary", events["governance.route"].Tags.Single(t => t.Key == "governance.route.backend").Value);
    }

    [Fact]
    public async Task A_budget_rejection_is_a_span_error_with_a_rejected_event()
    {
        using var capture = new TelemetryCapture();
        var pipeline = new TelemetryPipeline();
        pipeline.Reporter.Throw = new BudgetExceededException("global", "tokens", "1m", 1000, 990, 50, TimeSpan.FromSeconds(30));

        await Assert.ThrowsAsync<BudgetExceededException>(() => pipeline.Client.GetResponseAsync("hi", new ChatOptions { ModelId = pipeline.Model }));

        Activity span = Assert.Single(capture.SpansFor(pipeline.Model));
        Assert.Equal("budget_exceeded", span.GetTagItem("error.type"));
        Assert.Equal("budget", span.GetTagItem("governance.policy"));
        Assert.Equal("rejected", span.GetTagItem("governance.outcome"));
        ActivityEvent rejected = Assert.Single(span.Events, e => e.Name == "governance.rejected");
        var tags = rejected.Tags.ToDictionary(t => t.Key, t => t.Value);
        Assert.Equal("global", tags["governance.scope"]);
        Assert.Equal("tokens", tags["governance.limit"]);
        Assert.Equal("10", tags["governance.remaining"]);
    }

    [Fact]
    public async Task A_tenant_scope_in_a_span_event_is_reduced_to_its_kind_unless_tenants_are_span_attributes()
    {
        using var capture = new TelemetryCapture();
        var pipeline = new TelemetryPipeline(new TelemetryOptions { SpanCallerAttributes = CallerAttributes.None });
        pipeline.Reporter.Throw = new BudgetExceededException("tenant:contoso", "requests", "1d", 10, 10, 1, null);

        await Assert.ThrowsAsync<BudgetExceededException>(() => pipeline.Client.GetResponseAsync("hi", new ChatOptions { ModelId = pipeline.Model }.ForCaller("contoso")));

        Activity span = Assert.Single(capture.SpansFor(pipeline.Model));
        Assert.Null(span.GetTagItem("governance.tenant.id"));
        Assert.Equal("tenant:*", span.Events.Single().Tags.Single(t => t.Key == "governance.scope").Value);
    }

    [Fact]
    public async Task Caller_fields_go_on_spans_as_configured_and_the_user_only_when_listed()
    {
        using var capture = new TelemetryCapture();
        var pipeline = new TelemetryPipeline();
        var caller = new CallerContext { TenantId = "contoso", UserId = "alice", ApplicationId = "web", CostCenter = "cc-42" };

        await pipeline.Client.GetResponseAsync("hi", new ChatOptions { ModelId = pipeline.Model }.ForCaller(caller));

        Activity span = Assert.Single(capture.SpansFor(pipeline.Model));
        Assert.Equal("contoso", span.GetTagItem("governance.tenant.id"));
        Assert.Equal("web", span.GetTagItem("governance.application.id"));
        Assert.Equal("cc-42", span.GetTagItem("governance.cost_center"));
        Assert.Null(span.GetTagItem("governance.user.id"));
    }

    [Fact]
    public async Task Without_any_listener_ledger_or_audit_the_call_passes_straight_through()
    {
        var model = new FakeChatClient();
        IChatClient client = new GovernancePipelineBuilder(model)
            .UseTelemetry(new TelemetryOptions { Audit = { Enabled = false } })
            .Build();

        ChatResponse response = await client.GetResponseAsync("hi");
        await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync("hi"))
        {
            Assert.NotNull(update);
        }

        Assert.Equal("Echo: hi", response.Text);
        Assert.Equal(2, model.CallCount);
    }
}
