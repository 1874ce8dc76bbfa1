using Governance.AI.Budgets;
using Governance.AI.Testing;
using Governance.AI.Tokenization;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using static Governance.AI.Tests.Budgets.BudgetTestKit;

namespace Governance.AI.Tests.Budgets;

public sealed class BudgetDependencyInjectionTests
{
    private static IConfigurationRoot Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    private static ServiceCollection Services(FakeTimeProvider clock)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<ITokenCounterProvider>(CharTokenCounter.Instance);
        return services;
    }

    [Fact]
    public async Task Options_bind_from_the_Budgets_section_and_are_enforced()
    {
        IConfigurationRoot configuration = Config(
            ("AiGovernance:Budgets:TimeZone", "Europe/Berlin"),
            ("AiGovernance:Budgets:SoftThresholds:0", "0.5"),
            ("AiGovernance:Budgets:Limits:0:Scope", "Tenant, User"),
            ("AiGovernance:Budgets:Limits:0:Window", "Day"),
            ("AiGovernance:Budgets:Limits:0:Tokens", "100"),
            ("AiGovernance:Budgets:Limits:1:Scope", "Tenant"),
            ("AiGovernance:Budgets:Limits:1:Window", "Month"),
            ("AiGovernance:Budgets:Limits:1:CostUsd", "1"),
            ("AiGovernance:Budgets:Prices:house-model:InputPerMillion", "10000"),
            ("AiGovernance:Budgets:Prices:house-model:OutputPerMillion", "20000"));
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 7, 1, 12, 0, 0, TimeSpan.Zero));
        var model = new FakeChatClient(clock) { Responder = r => FakeReply.Text("x", CharTokenCounter.Instance.CountTokens(r.Messages), 1) };
        ServiceCollection services = Services(clock);
        var thresholds = new List<BudgetThresholdReached>();
        services.AddAiGovernance(model, configuration).AddBudgets(o => o.OnThresholdReached = thresholds.Add);
        using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = provider.GetRequiredService<IChatClient>();

        ChatResponse response = await client.GetResponseAsync(Prompt(60), Options("contoso", 10, user: "alice", model: "house-model"));
        Assert.Equal(39L, response.AdditionalProperties![BudgetProperties.RemainingTokens]);
        Assert.Equal(TimeSpan.FromHours(10), response.AdditionalProperties![BudgetProperties.ResetTokens]); // Berlin midnight is 22:00Z
        Assert.Equal(0.62m, response.AdditionalProperties![GovernanceProperties.CostUsd]); // 60 * $0.01 + 1 * $0.02
        Assert.Single(thresholds, t => t.LimitName == "tokens" && t.Threshold == 0.5);

        var error = await Assert.ThrowsAsync<BudgetExceededException>(() => client.GetResponseAsync(Prompt(20), Options("contoso", 10, user: "alice", model: "house-model")));
        Assert.Equal("tenant:contoso", error.Scope);
        Assert.Equal("cost_usd", error.LimitName);
        Assert.Same(provider.GetRequiredService<IBudgetStore>(), provider.GetRequiredService<IBudgetStore>());
    }

    [Fact]
    public async Task An_invalid_configuration_fails_at_start_naming_each_bad_key()
    {
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AiGovernance:Budgets:TimeZone"] = "Mars/Olympus_Mons",
            ["AiGovernance:Budgets:Limits:0:Scope"] = "Tenant",
            ["AiGovernance:Budgets:Limits:0:Window"] = "Minute",
            ["AiGovernance:Budgets:Limits:0:Tokens"] = "100",
            ["AiGovernance:Budgets:Limits:1:Scope"] = "User",
            ["AiGovernance:Budgets:Limits:1:Tokens"] = "-5",
            ["AiGovernance:Budgets:SoftThresholds:0"] = "1.5",
        });
        builder.Services.AddSingleton<ITokenCounterProvider>(CharTokenCounter.Instance);
        builder.Services.AddAiGovernance(new FakeChatClient()).AddBudgets();
        using IHost host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(error.Failures, f => f.StartsWith("AiGovernance:Budgets:TimeZone:", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("AiGovernance:Budgets:Limits:1:Tokens:", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("AiGovernance:Budgets:Limits:1:Window:", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("AiGovernance:Budgets:SoftThresholds:0:", StringComparison.Ordinal));
        Assert.DoesNotContain(error.Failures, f => f.Contains("Limits:0", StringComparison.Ordinal));
        Assert.Equal(4, error.Failures.Count());
    }

    [Fact]
    public void The_non_DI_builder_validates_options_naming_the_bad_key()
    {
        var options = new BudgetOptions { DefaultOutputAllowance = 0 };
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant });
        var error = Assert.Throws<OptionsValidationException>(
            () => new GovernancePipelineBuilder(new FakeChatClient()).UseBudgets(options, CharTokenCounter.Instance));
        Assert.Contains(error.Failures, f => f.StartsWith("AiGovernance:Budgets:DefaultOutputAllowance:", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("AiGovernance:Budgets:Limits:0:", StringComparison.Ordinal) && f.Contains("sets no limit", StringComparison.Ordinal));
    }
}
