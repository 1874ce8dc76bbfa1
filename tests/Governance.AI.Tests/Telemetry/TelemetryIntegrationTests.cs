using System.Diagnostics.Metrics;
using System.Reflection;
using System.Runtime.CompilerServices;
using Governance.AI.Budgets;
using Governance.AI.Caching;
using Governance.AI.Telemetry;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.TelemetryPolicy;

/// <summary>The telemetry policy over the real cache and budget policies: it reads what they report.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class TelemetryIntegrationTests
{
    [Fact]
    public async Task The_ledger_and_audit_trail_follow_real_cache_hits_budget_charges_and_rejections()
    {
        using var capture = new TelemetryCapture();
        var ledger = new InMemoryUsageLedger();
        var audit = new InMemoryAuditSink();
        var budgets = new BudgetOptions();
        budgets.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Tokens = 5_000 });
        GovernanceTestHarness harness = GovernanceTestHarness.Create(
            p => p.UseTelemetry(new TelemetryOptions { MaxMetricAttributeValues = 10_000 })
                .UseSemanticCache(new SemanticCacheOptions())
                .UseBudgets(budgets),
            innerClient: null,
            services: new Dictionary<Type, object> { [typeof(IUsageLedger)] = ledger, [typeof(IAuditSink)] = audit });
        string model = "gpt-4o";
        string tenant = "contoso-" + Guid.NewGuid().ToString("N")[..8];
        ChatOptions Options() => new ChatOptions { ModelId = model }.ForCaller(new CallerContext { TenantId = tenant, CostCenter = "ops" });
        harness.Model.Enqueue(FakeReply.Text("Paris.", inputTokens: 1_000, outputTokens: 200));

        await harness.Client.GetResponseAsync("What is the capital of France?", Options());
        ChatResponse cached = await harness.Client.GetResponseAsync("What is the capital of France?", Options());
        await Assert.ThrowsAsync<BudgetExceededException>(() => harness.Client.GetResponseAsync("Write a long essay about the history of Rome.", Options()));

        Assert.Equal("hit", cached.AdditionalProperties![GovernanceProperties.CacheStatus]);
        Assert.Equal(1, harness.Model.CallCount);
        var records = new List<UsageRecord>();
        await foreach (UsageRecord record in ledger.ReadAsync(new UsagePeriod(DateTimeOffset.MinValue, DateTimeOffset.MaxValue)))
        {
            records.Add(record);
        }

        Assert.Equal([UsageOutcome.Success, UsageOutcome.Success, UsageOutcome.Rejected], records.Select(r => r.Outcome));
        Assert.Equal((1000L, 200L, 0.0045m, false), (records[0].InputTokens, records[0].OutputTokens, records[0].CostUsd, records[0].CacheHit));
        Assert.Equal((0L, 0L, 0m, true, 1200L), (records[1].InputTokens, records[1].OutputTokens, records[1].CostUsd, records[1].CacheHit, records[1].TokensSaved));
        Assert.Equal(0.0045m, records[1].CostSavedUsd);
        Assert.Equal("budget_exceeded", records[2].ReasonCode);
        Assert.Equal(0.0045m, Assert.Single(await ledger.GetTopCostCentersAsync(UsagePeriod.CurrentMonth(harness.Clock, ledger.TimeZone), 5)).CostUsd);

        Assert.Equal([AuditDecision.CacheHit, AuditDecision.Rejected], audit.Events.Select(e => e.Decision));
        Assert.Equal("tenant:" + tenant, audit.Events[1].Scope);
        Assert.Equal("tokens", audit.Events[1].Details["limit"]);

        // Only the provider call counts tokens; the budget's span event lands in the telemetry span of the rejected call.
        Assert.Equal(2, capture.For("gen_ai.client.token.usage", model).Count);
        Assert.Equal(3, capture.For("gen_ai.client.operation.duration", model).Count);
        System.Diagnostics.Activity rejectedSpan = Assert.Single(capture.SpansFor(model), s => Equals(s.GetTagItem("governance.outcome"), "rejected"));
        Assert.Contains(rejectedSpan.Events, e => e.Name == "governance.budget.limit_exceeded");
        Assert.Contains(rejectedSpan.Events, e => e.Name == "governance.rejected");
    }

    [Fact]
    public void No_two_instruments_on_the_Governance_AI_meter_share_a_name()
    {
        // Every policy keeps its instruments in a static InstrumentCache, which creates them on first use: run the
        // class constructors, then ask each cache for its set on the process-wide meter, so that the check does not
        // depend on which other tests ran first.
        foreach (Type type in typeof(GovernanceDiagnostics).Assembly.GetTypes())
        {
            if (type.ContainsGenericParameters)
            {
                continue;
            }

            RuntimeHelpers.RunClassConstructor(type.TypeHandle);
            foreach (FieldInfo field in type.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public))
            {
                if (field.FieldType.IsGenericType && field.FieldType.GetGenericTypeDefinition() == typeof(InstrumentCache<>))
                {
                    _ = field.FieldType.GetProperty(nameof(InstrumentCache<object>.Shared))!.GetValue(field.GetValue(null));
                }
            }
        }

        var names = new List<string>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, _) =>
            {
                if (instrument.Meter == GovernanceDiagnostics.Meter)
                {
                    lock (names)
                    {
                        names.Add(instrument.Name);
                    }
                }
            },
        };
        listener.Start();

        Assert.Contains("gen_ai.client.operation.duration", names);
        Assert.Contains("governance.cache.requests", names);
        Assert.Empty(names.GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key));
    }
}
