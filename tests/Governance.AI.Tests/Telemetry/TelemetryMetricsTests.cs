using System.Diagnostics.Metrics;
using Governance.AI.Telemetry;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.TelemetryPolicy;

[Collection(TelemetryCollection.Name)]
public sealed class TelemetryMetricsTests
{
    private static readonly long[] SpecTokenBuckets = [1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864];
    private static readonly double[] SpecDurationBuckets = [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92];

    [Fact]
    public async Task GenAI_client_metrics_have_the_specified_names_units_and_bucket_advice()
    {
        var pipeline = new TelemetryPipeline();
        await pipeline.Client.GetResponseAsync("hi", new ChatOptions { ModelId = pipeline.Model });

        var tokens = Assert.IsType<Histogram<long>>(pipeline.Instrument("gen_ai.client.token.usage"));
        Assert.Equal("{token}", tokens.Unit);
        Assert.Equal(SpecTokenBuckets, tokens.Advice!.HistogramBucketBoundaries);
        var duration = Assert.IsType<Histogram<double>>(pipeline.Instrument("gen_ai.client.operation.duration"));
        Assert.Equal("s", duration.Unit);
        Assert.Equal(SpecDurationBuckets, duration.Advice!.HistogramBucketBoundaries);
        var firstChunk = Assert.IsType<Histogram<double>>(pipeline.Instrument("gen_ai.client.operation.time_to_first_chunk"));
        Assert.Equal("s", firstChunk.Unit);
        Assert.Equal(SpecDurationBuckets, firstChunk.Advice!.HistogramBucketBoundaries);
    }

    [Fact]
    public async Task Token_usage_and_duration_are_recorded_with_the_GenAI_attributes()
    {
        var pipeline = new TelemetryPipeline();
        pipeline.Fake.Enqueue(FakeReply.Text("hello", inputTokens: 120, outputTokens: 30).After(TimeSpan.FromSeconds(1.5)));

        Task<ChatResponse> call = pipeline.Client.GetResponseAsync("hi", new ChatOptions { ModelId = pipeline.Model });
        pipeline.Clock.Advance(TimeSpan.FromSeconds(1.5));
        await call;

        IReadOnlyList<CapturedMeasurement> tokens = pipeline.Measured("gen_ai.client.token.usage");
        Assert.Equal(2, tokens.Count);
        CapturedMeasurement input = Assert.Single(tokens, m => Equals(m.Tag("gen_ai.token.type"), "input"));
        CapturedMeasurement output = Assert.Single(tokens, m => Equals(m.Tag("gen_ai.token.type"), "output"));
        Assert.Equal((120d, 30d), (input.Value, output.Value));
        Assert.Equal("chat", input.Tag("gen_ai.operation.name"));
        Assert.Equal("fake", input.Tag("gen_ai.provider.name"));
        Assert.Equal(pipeline.Model, input.Tag("gen_ai.response.model"));

        CapturedMeasurement duration = Assert.Single(pipeline.Measured("gen_ai.client.operation.duration"));
        Assert.Equal(1.5, duration.Value, 9);
        Assert.Null(duration.Tag("error.type"));
        Assert.Empty(pipeline.Measured("gen_ai.client.operation.time_to_first_chunk"));
    }

    [Fact]
    public async Task Time_to_first_chunk_is_recorded_for_streams()
    {
        var pipeline = new TelemetryPipeline();
        pipeline.Fake.Enqueue(FakeReply.Text("one two", inputTokens: 3, outputTokens: 2).After(TimeSpan.FromMilliseconds(80)));

        await using IAsyncEnumerator<ChatResponseUpdate> stream = pipeline.Client
            .GetStreamingResponseAsync("hi", new ChatOptions { ModelId = pipeline.Model }).GetAsyncEnumerator();
        ValueTask<bool> first = stream.MoveNextAsync();
        pipeline.Clock.Advance(TimeSpan.FromMilliseconds(80));
        Assert.True(await first);
        while (await stream.MoveNextAsync())
        {
        }

        Assert.Equal(0.08, Assert.Single(pipeline.Measured("gen_ai.client.operation.time_to_first_chunk")).Value, 9);
        Assert.Equal(2, pipeline.Measured("gen_ai.client.token.usage").Count);
    }

    [Fact]
    public async Task A_failed_call_records_its_duration_with_error_type_and_no_token_usage()
    {
        var pipeline = new TelemetryPipeline();
        pipeline.Fake.Enqueue(FakeReply.Http(System.Net.HttpStatusCode.ServiceUnavailable));

        await Assert.ThrowsAsync<FakeProviderException>(() => pipeline.Client.GetResponseAsync("hi", new ChatOptions { ModelId = pipeline.Model }));

        Assert.Equal("503", Assert.Single(pipeline.Measured("gen_ai.client.operation.duration")).Tag("error.type"));
        Assert.Empty(pipeline.Measured("gen_ai.client.token.usage"));
    }

    [Fact]
    public async Task Tenant_and_user_ids_are_not_metric_attributes_unless_allowed()
    {
        var caller = new CallerContext { TenantId = "contoso", UserId = "alice", CostCenter = "cc-1" };
        var byDefault = new TelemetryPipeline();
        var allowed = new TelemetryPipeline(new TelemetryOptions { MetricCallerAttributes = CallerAttributes.Tenant | CallerAttributes.CostCenter, MaxMetricAttributeValues = 10_000 });

        await byDefault.Client.GetResponseAsync("hi", new ChatOptions { ModelId = byDefault.Model }.ForCaller(caller));
        await allowed.Client.GetResponseAsync("hi", new ChatOptions { ModelId = allowed.Model }.ForCaller(caller));

        foreach (CapturedMeasurement m in byDefault.AllMeasured)
        {
            Assert.DoesNotContain(m.Tags.Keys, k => k.StartsWith("governance.tenant", StringComparison.Ordinal) || k.StartsWith("governance.user", StringComparison.Ordinal));
            Assert.DoesNotContain(m.Tags.Values, v => Equals(v, "contoso") || Equals(v, "alice"));
        }

        CapturedMeasurement duration = Assert.Single(allowed.Measured("gen_ai.client.operation.duration"));
        Assert.Equal("contoso", duration.Tag("governance.tenant.id"));
        Assert.Equal("cc-1", duration.Tag("governance.cost_center"));
        Assert.Null(duration.Tag("governance.user.id"));
    }

    [Fact]
    public void An_open_ended_attribute_keeps_its_first_values_and_reports_later_ones_as_other()
    {
        string attribute = "test.attribute." + Guid.NewGuid().ToString("N");

        Assert.Equal("a", GovernanceMetrics.Bounded(attribute, "a", 2));
        Assert.Equal("b", GovernanceMetrics.Bounded(attribute, "b", 2));
        Assert.Equal("_other", GovernanceMetrics.Bounded(attribute, "c", 2));
        Assert.Equal("a", GovernanceMetrics.Bounded(attribute, "a", 2));
        Assert.Equal(string.Empty, GovernanceMetrics.Bounded(attribute, null, 2));
    }

    [Fact]
    public async Task Cache_hits_report_cost_saved_and_no_token_usage_or_cost()
    {
        string model = "model-" + Guid.NewGuid().ToString("N")[..8];
        var pipeline = new TelemetryPipeline(new TelemetryOptions
        {
            MaxMetricAttributeValues = 10_000,
            Prices = { [model] = new ModelPriceOptions { InputPerMillion = 2m, OutputPerMillion = 8m } },
        }, model);
        pipeline.Fake.Enqueue(FakeReply.Text("cached", inputTokens: 1_000_000, outputTokens: 500_000));
        pipeline.Reporter.Keys[GovernanceProperties.CacheStatus] = "hit";
        pipeline.Reporter.Keys[GovernanceProperties.CacheTokensSaved] = 1_500_000L;

        await pipeline.Client.GetResponseAsync("hi", new ChatOptions { ModelId = pipeline.Model });

        CapturedMeasurement saved = Assert.Single(pipeline.Measured("governance.cache.cost_saved"));
        Assert.Equal(6.0, saved.Value, 9);
        Assert.Equal("{USD}", saved.Unit);
        Assert.Empty(pipeline.Measured("gen_ai.client.token.usage"));
        Assert.Empty(pipeline.Measured("governance.cost"));

        UsageRecord record = Assert.Single(await pipeline.LedgerRecordsAsync());
        Assert.True(record.CacheHit);
        Assert.Equal((0L, 0L, 0m, 1_500_000L, 6m), (record.InputTokens, record.OutputTokens, record.CostUsd, record.TokensSaved, record.CostSavedUsd));
    }

    [Fact]
    public async Task Cost_is_counted_by_model_and_by_tenant_when_tenants_are_allowed()
    {
        string model = "model-" + Guid.NewGuid().ToString("N")[..8];
        var pipeline = new TelemetryPipeline(new TelemetryOptions
        {
            MaxMetricAttributeValues = 10_000,
            MetricCallerAttributes = CallerAttributes.Tenant,
            Prices = { [model] = new ModelPriceOptions { InputPerMillion = 1m, CachedInputPerMillion = 0.5m, OutputPerMillion = 4m } },
        }, model);
        pipeline.Fake.Enqueue(FakeReply.Of(new ChatResponse(new ChatMessage(ChatRole.Assistant, "ok"))
        {
            Usage = new UsageDetails { InputTokenCount = 2_000_000, CachedInputTokenCount = 1_000_000, OutputTokenCount = 250_000 },
        }));

        await pipeline.Client.GetResponseAsync("hi", new ChatOptions { ModelId = pipeline.Model }.ForCaller("fabrikam"));

        CapturedMeasurement cost = Assert.Single(pipeline.Measured("governance.cost"));
        Assert.Equal(2.5, cost.Value, 9);
        Assert.Equal("fabrikam", cost.Tag("governance.tenant.id"));
        Assert.Equal(2.5m, Assert.Single(await pipeline.LedgerRecordsAsync()).CostUsd);
    }

    [Fact]
    public async Task Rejections_and_router_attempts_are_counted()
    {
        using var capture = new TelemetryCapture();
        var pipeline = new TelemetryPipeline();
        string entity = "ENTITY_" + pipeline.Model;
        string backend = "backend-" + pipeline.Model;
        pipeline.Reporter.Keys[GovernanceProperties.Redactions] = new Dictionary<string, int> { [entity] = 3 };
        pipeline.Reporter.Keys[GovernanceProperties.RouteBackend] = backend;
        pipeline.Reporter.Keys[GovernanceProperties.RouteAttempts] = 3;

        await pipeline.Client.GetResponseAsync("hi", new ChatOptions { ModelId = pipeline.Model });
        pipeline.Reporter.Keys.Clear();
        string category = "category-" + pipeline.Model;
        pipeline.Reporter.Throw = new ContentBlockedException(category, "rule-1", 0.9, inResponse: false);
        await Assert.ThrowsAsync<ContentBlockedException>(() => pipeline.Client.GetResponseAsync("hi", new ChatOptions { ModelId = pipeline.Model }));
        pipeline.Reporter.Throw = new SensitiveDataBlockedException(entity, 2);
        await Assert.ThrowsAsync<SensitiveDataBlockedException>(() => pipeline.Client.GetResponseAsync("hi", new ChatOptions { ModelId = pipeline.Model }));

        // The redactor and the safety filter count their own decisions; the telemetry policy counts rejections by reason.
        Assert.DoesNotContain(capture.Of("governance.redaction.entities"), m => Equals(m.Tag("governance.redaction.entity_type"), entity));


        CapturedMeasurement attempts = Assert.Single(pipeline.Measured("governance.router.attempts"), m => Equals(m.Tag("governance.route.backend"), backend));
        Assert.Equal(3d, attempts.Value);
        Assert.Equal("{attempt}", attempts.Unit);

        IReadOnlyList<CapturedMeasurement> rejections = pipeline.Measured("governance.requests.rejected");
        Assert.Equal(2, rejections.Count);
        Assert.Contains(rejections, m => Equals(m.Tag("governance.reason_code"), "content_blocked") && Equals(m.Tag("governance.policy"), "safety"));
        Assert.Contains(rejections, m => Equals(m.Tag("governance.reason_code"), "sensitive_data_blocked") && Equals(m.Tag("governance.policy"), "redaction"));
        Assert.Equal(2, pipeline.Measured("gen_ai.client.operation.duration").Count(m => m.Tag("error.type") is not null));
    }

    [Fact]
    public async Task Budget_rejections_are_counted_and_remaining_budget_is_a_bounded_gauge_per_scope()
    {
        using var capture = new TelemetryCapture();
        var pipeline = new TelemetryPipeline();
        string modelScope = "model:" + pipeline.Model;
        string tenantScope = "tenant:t-" + pipeline.Model;
        pipeline.Reporter.Throw = new BudgetExceededException(modelScope, "tokens", "1m", 1000, 900, 200, TimeSpan.FromSeconds(10));
        await Assert.ThrowsAsync<BudgetExceededException>(() => pipeline.Client.GetResponseAsync("hi", new ChatOptions { ModelId = pipeline.Model }));
        pipeline.Reporter.Throw = new BudgetExceededException(tenantScope, "requests", "1d", 10, 10, 1, null);
        await Assert.ThrowsAsync<BudgetExceededException>(() => pipeline.Client.GetResponseAsync("hi", new ChatOptions { ModelId = pipeline.Model }));

        Assert.Equal(2, pipeline.Measured("governance.requests.rejected").Count(m => Equals(m.Tag("governance.reason_code"), "budget_exceeded")));
        Assert.DoesNotContain(pipeline.Measured("governance.requests.rejected"), m => m.Tags.Values.Contains(tenantScope));

        capture.RecordObservables();
        var remaining = capture.Of("governance.budget.remaining").Where(m => Equals(m.Tag("governance.scope"), modelScope)).ToList();
        Assert.Equal(100d, Assert.Single(remaining).Value);
        Assert.Equal("tokens", remaining[0].Tag("governance.budget.limit"));

        // A tenant scope names a tenant: it is not a gauge series while tenants are not metric attributes.
        Assert.DoesNotContain(capture.Of("governance.budget.remaining"), m => Equals(m.Tag("governance.scope"), tenantScope));
    }

    [Fact]
    public void Policies_report_reservations_and_remaining_budget_through_GovernanceTelemetry()
    {
        using var capture = new TelemetryCapture();
        string scope = "app-key:" + Guid.NewGuid().ToString("N");

        GovernanceTelemetry.RecordBudgetReservation(scope, "tokens", 512);
        Assert.True(GovernanceTelemetry.RecordBudgetRemaining(scope, "tokens", 4096));
        capture.RecordObservables();

        Assert.Contains(capture.Of("governance.budget.reserved"), m => m.Value == 512 && Equals(m.Tag("governance.scope.kind"), "app-key"));
        Assert.Equal(4096d, Assert.Single(capture.Of("governance.budget.remaining"), m => Equals(m.Tag("governance.scope"), scope)).Value);

        Assert.True(GovernanceTelemetry.RecordBudgetRemaining(scope, "tokens", -5));
        capture.RecordObservables();
        Assert.Equal(0d, capture.Of("governance.budget.remaining").Last(m => Equals(m.Tag("governance.scope"), scope)).Value);
    }

    [Fact]
    public void Identity_segments_anywhere_in_a_scope_are_recognized()
    {
        Assert.Equal(CallerAttributes.Tenant | CallerAttributes.User, GovernanceTelemetry.IdentityOf("tenant:a/user:b"));
        Assert.Equal(CallerAttributes.None, GovernanceTelemetry.IdentityOf("global"));
        Assert.Equal(CallerAttributes.None, GovernanceTelemetry.IdentityOf("superuser:x"));
        Assert.Equal(CallerAttributes.CostCenter, GovernanceTelemetry.IdentityOf("cost_center:cc"));
        Assert.False(GovernanceTelemetry.IsScopeReportable("model:x/user:y", CallerAttributes.Tenant));
        Assert.True(GovernanceTelemetry.IsScopeReportable("model:x/user:y", CallerAttributes.User));
    }
}
