using Governance.AI.OpenTelemetry;
using Governance.AI.Pricing;
using Governance.AI.Telemetry;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Governance.AI.Tests.TelemetryPolicy;

[Collection(TelemetryCollection.Name)]
public sealed class TelemetryRegistrationTests
{
    [Fact]
    public async Task AddTelemetry_binds_options_from_configuration_and_registers_an_in_memory_ledger()
    {
        IConfigurationRoot configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AiGovernance:Telemetry:MetricCallerAttributes"] = "Tenant, CostCenter",
            ["AiGovernance:Telemetry:Ledger:TimeZoneId"] = "Europe/Paris",
            ["AiGovernance:Telemetry:Prices:custom-model:InputPerMillion"] = "10",
            ["AiGovernance:Telemetry:Prices:custom-model:OutputPerMillion"] = "20",
        }).Build();
        var clock = new FakeTimeProvider();
        var model = new FakeChatClient(clock, "custom-model");
        model.Enqueue(FakeReply.Text("ok", inputTokens: 100_000, outputTokens: 50_000));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddAiGovernance(model, configuration).AddTelemetry(o => o.ProviderName = "openai");
        await using ServiceProvider provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IChatClient>().GetResponseAsync("hi", new ChatOptions().ForCaller(new CallerContext { TenantId = "t", CostCenter = "ops" }));

        var ledger = Assert.IsType<InMemoryUsageLedger>(provider.GetRequiredService<IUsageLedger>());
        Assert.Equal("Europe/Paris", ledger.TimeZone.Id);
        IReadOnlyList<CostCenterSpend> spend = await ledger.GetTopCostCentersAsync(UsagePeriod.CurrentMonth(clock, ledger.TimeZone), 5);
        Assert.Equal(("ops", 2m), (spend.Single().CostCenter, spend.Single().CostUsd));
    }

    [Fact]
    public void Invalid_configuration_fails_at_start_naming_each_key()
    {
        IConfigurationRoot configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AiGovernance:Telemetry:MaxMetricAttributeValues"] = "0",
            ["AiGovernance:Telemetry:Ledger:TimeZoneId"] = "Nowhere/Special",
            ["AiGovernance:Telemetry:Prices:m:InputPerMillion"] = "-1",
        }).Build();
        var services = new ServiceCollection();
        services.AddAiGovernance(new FakeChatClient(), configuration).AddTelemetry();
        using ServiceProvider provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IChatClient>());
        string message = string.Join("\n", error.Failures);
        Assert.Contains("AiGovernance:Telemetry:MaxMetricAttributeValues", message, StringComparison.Ordinal);
        Assert.Contains("AiGovernance:Telemetry:Ledger:TimeZoneId", message, StringComparison.Ordinal);
        Assert.Contains("AiGovernance:Telemetry:Prices:m:InputPerMillion", message, StringComparison.Ordinal);
    }

    [Fact]
    public void UseTelemetry_validates_its_options()
    {
        var builder = new GovernancePipelineBuilder(new FakeChatClient());

        var error = Assert.Throws<OptionsValidationException>(() => builder.UseTelemetry(new TelemetryOptions { Audit = { MaxContentLength = 0 } }));

        Assert.Contains("AiGovernance:Telemetry:Audit:MaxContentLength", string.Join("\n", error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UseTelemetry_takes_the_ledger_sink_and_prices_from_the_services()
    {
        var ledger = new InMemoryUsageLedger();
        var sink = new InMemoryAuditSink();
        var prices = new ModelPriceTable(new Dictionary<string, ModelPrice> { ["fake-model"] = new(1m, 1m, 1m) });
        GovernanceTestHarness harness = GovernanceTestHarness.Create(
            p => p.Use(GovernanceStage.Cache, next => new ReportingPolicy(next) { Keys = { [GovernanceProperties.RouteBackend] = "b1" } }).UseTelemetry(),
            services: new Dictionary<Type, object> { [typeof(IUsageLedger)] = ledger, [typeof(IAuditSink)] = sink, [typeof(ModelPriceTable)] = prices });
        harness.Model.Enqueue(FakeReply.Text("ok", inputTokens: 500_000, outputTokens: 500_000));

        await harness.Client.GetResponseAsync("hi");

        Assert.Equal(1m, Assert.Single(await ledger.GetTopCostCentersAsync(new UsagePeriod(DateTimeOffset.MinValue, DateTimeOffset.MaxValue), 1)).CostUsd);
        Assert.Equal(AuditDecision.Routed, Assert.Single(sink.Events).Decision);
    }

    [Fact]
    public void The_OpenTelemetry_extensions_add_the_Governance_AI_source_and_meter()
    {
        var tracing = new RecordingTracerProviderBuilder();
        var metrics = new RecordingMeterProviderBuilder();

        Assert.Same(tracing, tracing.AddGovernanceAIInstrumentation());
        Assert.Same(metrics, metrics.AddGovernanceAIInstrumentation());

        Assert.Equal(["Governance.AI"], tracing.Sources);
        Assert.Equal(["Governance.AI"], metrics.Meters);
    }

    private sealed class RecordingTracerProviderBuilder : TracerProviderBuilder
    {
        public List<string> Sources { get; } = [];

        public override TracerProviderBuilder AddInstrumentation<TInstrumentation>(Func<TInstrumentation> instrumentationFactory) => this;

        public override TracerProviderBuilder AddSource(params string[] names)
        {
            Sources.AddRange(names);
            return this;
        }

        public override TracerProviderBuilder AddLegacySource(string operationName) => this;
    }

    private sealed class RecordingMeterProviderBuilder : MeterProviderBuilder
    {
        public List<string> Meters { get; } = [];

        public override MeterProviderBuilder AddInstrumentation<TInstrumentation>(Func<TInstrumentation> instrumentationFactory) => this;

        public override MeterProviderBuilder AddMeter(params string[] names)
        {
            Meters.AddRange(names);
            return this;
        }
    }
}
