using Governance.AI.Telemetry;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Governance.AI.Tests.TelemetryPolicy;

[Collection(TelemetryCollection.Name)]
public sealed class TelemetryAuditTests
{
    [Fact]
    public async Task Each_reported_decision_is_one_structured_audit_event_and_one_log_line()
    {
        var pipeline = new TelemetryPipeline();
        pipeline.Reporter.Keys[GovernanceProperties.CacheStatus] = "hit";
        pipeline.Reporter.Keys[GovernanceProperties.CacheSimilarity] = 0.95;
        pipeline.Reporter.Keys[GovernanceProperties.Redactions] = new Dictionary<string, int> { ["EMAIL"] = 1 };
        pipeline.Reporter.Keys[GovernanceProperties.SafetyAnnotations] = new List<string> { "r1", "r2" };
        pipeline.Reporter.Keys[GovernanceProperties.RouteBackend] = "fallback";
        pipeline.Reporter.Keys[GovernanceProperties.RouteAttempts] = 2;
        var caller = new CallerContext { TenantId = "contoso", UserId = "alice", ApplicationId = "web", CostCenter = "cc" };

        await pipeline.Client.GetResponseAsync("hi", new ChatOptions { ModelId = pipeline.Model }.ForCaller(caller));

        IReadOnlyList<AuditEvent> events = pipeline.Audit!.Events;
        Assert.Equal([AuditDecision.CacheHit, AuditDecision.Redacted, AuditDecision.Flagged, AuditDecision.Routed], events.Select(e => e.Decision));
        Assert.Equal(["cache", "redaction", "safety", "router"], events.Select(e => e.Policy));
        Assert.Equal("0.95", events[0].Details["similarity"]);
        Assert.Equal("1", events[1].Details["EMAIL"]);
        Assert.Equal("r1,r2", events[2].Details["rules"]);
        Assert.Equal(("fallback", "2"), (events[3].Details["backend"], events[3].Details["attempts"]));
        Assert.All(events, e =>
        {
            Assert.Equal(("contoso", "web", "cc", pipeline.Model), (e.TenantId, e.ApplicationId, e.CostCenter, e.Model));
            Assert.Equal(ContentMasker.Pseudonymize("alice", System.Text.Encoding.UTF8.GetBytes(TelemetryPipeline.PseudonymKey)), e.UserId);
        });

        IReadOnlyList<FakeLogRecord> logs = pipeline.Logs.Records;
        Assert.Equal(4, logs.Count);
        Assert.All(logs, l => Assert.Equal((AuditLog.Category, LogLevel.Information, 8100), (l.Category, l.Level, l.Id.Id)));
        Assert.Equal("Redacted", logs[1].GetStructuredStateValue("Decision"));
        Assert.Contains("EMAIL=1", logs[1].Message, StringComparison.Ordinal);
        Assert.DoesNotContain("alice", logs[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejections_and_blocks_are_warnings_with_reason_code_scope_and_details()
    {
        var pipeline = new TelemetryPipeline(new TelemetryOptions { Audit = { UserIds = UserIdHandling.Omit } });
        pipeline.Reporter.Throw = new BudgetExceededException("tenant:contoso/user:alice", "tokens", "1d", 1000, 950, 100, TimeSpan.FromMinutes(5));
        await Assert.ThrowsAsync<BudgetExceededException>(() => pipeline.Client.GetResponseAsync("hi", new ChatOptions { ModelId = pipeline.Model }.ForCaller("contoso", "alice")));
        pipeline.Reporter.Throw = new ContentBlockedException("jailbreak", "jb-7", 0.91, inResponse: true);
        await Assert.ThrowsAsync<ContentBlockedException>(() => pipeline.Client.GetResponseAsync("hi", new ChatOptions { ModelId = pipeline.Model }));

        IReadOnlyList<AuditEvent> events = pipeline.Audit!.Events;
        AuditEvent budget = events[0];
        Assert.Equal((AuditDecision.Rejected, "budget", "budget_exceeded"), (budget.Decision, budget.Policy, budget.ReasonCode));
        Assert.Equal("tenant:contoso/user:*", budget.Scope);
        Assert.Null(budget.UserId);
        Assert.Equal(("tokens", "1d", "50", "300"), (budget.Details["limit"], budget.Details["window"], budget.Details["remaining"], budget.Details["retry_after_s"]));
        AuditEvent blocked = events[1];
        Assert.Equal((AuditDecision.Blocked, "safety", "content_blocked"), (blocked.Decision, blocked.Policy, blocked.ReasonCode));
        Assert.Equal(("jailbreak", "response", "jb-7"), (blocked.Details["category"], blocked.Details["direction"], blocked.Details["rule"]));
        Assert.All(pipeline.Logs.Records, l => Assert.Equal(LogLevel.Warning, l.Level));
    }

    [Fact]
    public async Task A_route_served_at_the_first_attempt_is_logged_at_debug_and_a_failover_at_information()
    {
        var pipeline = new TelemetryPipeline();
        pipeline.Reporter.Keys[GovernanceProperties.RouteBackend] = "primary";
        pipeline.Reporter.Keys[GovernanceProperties.RouteAttempts] = 1;
        await pipeline.Client.GetResponseAsync("hi", new ChatOptions { ModelId = pipeline.Model });
        pipeline.Reporter.Keys[GovernanceProperties.RouteAttempts] = 3;
        await pipeline.Client.GetResponseAsync("hi", new ChatOptions { ModelId = pipeline.Model });

        Assert.Equal([LogLevel.Debug, LogLevel.Information], pipeline.Logs.Records.Select(l => l.Level));
        Assert.Equal(2, pipeline.Audit!.Events.Count);
    }

    [Fact]
    public async Task The_audit_event_carries_the_trace_id_of_the_span()
    {
        using var capture = new TelemetryCapture();
        var pipeline = new TelemetryPipeline();
        pipeline.Reporter.Keys[GovernanceProperties.CacheStatus] = "hit";

        await pipeline.Client.GetResponseAsync("hi", new ChatOptions { ModelId = pipeline.Model });

        Assert.Equal(Assert.Single(capture.SpansFor(pipeline.Model)).TraceId.ToHexString(), Assert.Single(pipeline.Audit!.Events).TraceId);
    }

    [Fact]
    public async Task A_failing_audit_sink_or_ledger_is_logged_and_never_fails_the_call()
    {
        using var logs = new TestLogs();
        IChatClient client = new GovernancePipelineBuilder(new Governance.AI.Testing.FakeChatClient())
            .Use(GovernanceStage.Cache, next => new ReportingPolicy(next) { Keys = { [GovernanceProperties.CacheStatus] = "hit" } })
            .UseTelemetry(new TelemetryOptions(), new FailingLedger(), new FailingSink())
            .Build(new LoggerServices(logs.Factory));

        ChatResponse response = await client.GetResponseAsync("hi");

        Assert.Equal("Echo: hi", response.Text);
        Assert.Contains(logs.Records, l => l.Id.Id == 8110 && l.Message.Contains("FailingSink", StringComparison.Ordinal));
        Assert.Contains(logs.Records, l => l.Id.Id == 8111 && l.Message.Contains("FailingLedger", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Records, l => l.Message.Contains("disk full", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_audit_disabled_nothing_is_audited()
    {
        var pipeline = new TelemetryPipeline(new TelemetryOptions { Audit = { Enabled = false } });
        pipeline.Reporter.Keys[GovernanceProperties.CacheStatus] = "hit";

        await pipeline.Client.GetResponseAsync("hi", new ChatOptions { ModelId = pipeline.Model });

        Assert.Empty(pipeline.Audit!.Events);
        Assert.Empty(pipeline.Logs.Records);
        Assert.Single(await pipeline.LedgerRecordsAsync());
    }

    private sealed class FailingSink : IAuditSink
    {
        public ValueTask WriteAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default) => throw new IOException("disk full");
    }

    private sealed class FailingLedger : IUsageLedger
    {
        public TimeZoneInfo TimeZone => TimeZoneInfo.Utc;

        public ValueTask RecordAsync(UsageRecord record, CancellationToken cancellationToken = default) => throw new IOException("disk full");

        public IAsyncEnumerable<UsageRecord> ReadAsync(UsagePeriod period, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public ValueTask<IReadOnlyList<CostCenterSpend>> GetTopCostCentersAsync(UsagePeriod period, int count, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public ValueTask<IReadOnlyList<ModelDailyUsage>> GetTokensByModelByDayAsync(UsagePeriod period, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }

    private sealed class LoggerServices(ILoggerFactory loggers) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(ILoggerFactory) ? loggers : null;
    }
}
