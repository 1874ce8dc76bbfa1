using Governance.AI.Pricing;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using static Governance.AI.Tests.Budgets.BudgetTestKit;
using static Governance.AI.Tests.Seams.SeamTestKit;

namespace Governance.AI.Tests.Seams;

/// <summary>Issue #15.1: a cost limit limits every model — unpriced ones by an explicit choice, priced ones at the model that served.</summary>
public sealed class CostSeamTests
{
    private static readonly (string, string)[] DailyDollar =
    [
        ("AiGovernance:Budgets:Limits:0:Scope", "Tenant"),
        ("AiGovernance:Budgets:Limits:0:Window", "Day"),
        ("AiGovernance:Budgets:Limits:0:CostUsd", "1"),
    ];

    [Fact]
    public async Task A_cost_limit_denies_a_model_without_a_price_by_default_naming_the_model()
    {
        var clock = new FakeTimeProvider();
        var model = new FakeChatClient(clock, "house-llm") { Responder = r => FakeReply.Text("x", 10, 1) };
        ServiceCollection services = Services(clock);
        services.AddAiGovernance(model, Config(DailyDollar)).AddBudgets();
        using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = provider.GetRequiredService<IChatClient>();

        var error = await Assert.ThrowsAsync<ModelNotPricedException>(() => client.GetResponseAsync(Prompt(10), For(Contoso)));

        Assert.Equal("house-llm", error.ModelId);
        Assert.Contains("'house-llm'", error.Message, StringComparison.Ordinal);
        Assert.Equal(GovernanceReasonCodes.ModelNotPriced, error.ReasonCode);
        Assert.Equal("tenant:contoso", error.Scope);
        Assert.Equal(0, model.CallCount);
    }

    [Fact]
    public async Task Pro_models_do_not_get_their_base_models_price_but_dated_snapshots_do()
    {
        ModelPriceTable prices = ModelPriceTable.Default;
        Assert.False(prices.TryGetPrice("gpt-5-pro", out _));
        Assert.False(prices.TryGetPrice("o3-pro", out _));
        Assert.False(prices.TryGetPrice("gpt-4o-mini-realtime-preview", out _));
        Assert.True(prices.TryGetPrice("gpt-4o-2024-08-06", out ModelPrice? snapshot));
        Assert.Equal(prices.Entries["gpt-4o"], snapshot);
        Assert.True(prices.TryGetPrice("claude-sonnet-4-20250514", out ModelPrice? claude));
        Assert.Equal(prices.Entries["claude-sonnet-4"], claude);

        // Through the pipeline, a pro model under a cost limit is denied instead of being charged the base price.
        var clock = new FakeTimeProvider();
        var model = new FakeChatClient(clock) { Responder = r => FakeReply.Text("x", 10, 1) };
        ServiceCollection services = Services(clock);
        services.AddAiGovernance(model, Config(DailyDollar)).AddBudgets();
        using ServiceProvider provider = services.BuildServiceProvider();
        var error = await Assert.ThrowsAsync<ModelNotPricedException>(
            () => provider.GetRequiredService<IChatClient>().GetResponseAsync(Prompt(10), For(Contoso, "gpt-5-pro")));
        Assert.Equal("gpt-5-pro", error.ModelId);
    }

    [Fact]
    public async Task A_configured_fallback_price_keeps_an_unpriced_model_within_the_cost_limit()
    {
        // $0.01 per input token and $0.05 per output token: a call of a 20-token prompt reserves $0.20 + 10 × $0.05
        // and, answering 2 tokens, costs $0.30. Against $1 a day, two calls fit and the third does not.
        IConfigurationRoot configuration = Config(
        [
            .. DailyDollar,
            ("AiGovernance:Budgets:UnpricedModels", "ChargeFallbackPrice"),
            ("AiGovernance:Budgets:FallbackPrice:InputPerMillion", "10000"),
            ("AiGovernance:Budgets:FallbackPrice:OutputPerMillion", "50000"),
        ]);
        var clock = new FakeTimeProvider();
        var model = new FakeChatClient(clock, "house-llm") { Responder = r => FakeReply.Text("ok", 20, 2) };
        ServiceCollection services = Services(clock);
        services.AddAiGovernance(model, configuration).AddBudgets();
        using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = provider.GetRequiredService<IChatClient>();

        int admitted = 0;
        int rejected = 0;
        for (int i = 0; i < 20; i++)
        {
            try
            {
                await client.GetResponseAsync(Prompt(20), For(Contoso, maxOutputTokens: 10));
                admitted++;
            }
            catch (BudgetExceededException error) when (error.LimitName == "cost_usd")
            {
                rejected++;
            }
        }

        Assert.Equal((2, 18), (admitted, rejected));
        Assert.Equal(0.6m, await UsedAsync(provider, "cost_usd"));
    }

    [Fact]
    public async Task The_cost_is_charged_at_the_price_of_the_model_that_served()
    {
        // The request names an alias without a price (ignored by choice); the provider reports the premium model.
        IConfigurationRoot configuration = Config(
        [
            .. DailyDollar,
            ("AiGovernance:Budgets:UnpricedModels", "Ignore"),
            ("AiGovernance:Budgets:Prices:premium:InputPerMillion", "10000"),
            ("AiGovernance:Budgets:Prices:premium:OutputPerMillion", "50000"),
        ]);
        var clock = new FakeTimeProvider();
        var model = new FakeChatClient(clock)
        {
            Responder = r => FakeReply.Of(new ChatResponse(new ChatMessage(ChatRole.Assistant, "ok"))
            {
                ModelId = "premium",
                Usage = new UsageDetails { InputTokenCount = 20, OutputTokenCount = 2 },
            }),
        };
        ServiceCollection services = Services(clock);
        services.AddAiGovernance(model, configuration).AddBudgets();
        using ServiceProvider provider = services.BuildServiceProvider();

        ChatResponse response = await provider.GetRequiredService<IChatClient>().GetResponseAsync(Prompt(20), For(Contoso, "auto", maxOutputTokens: 10));

        Assert.Equal(0.3m, response.AdditionalProperties![GovernanceProperties.CostUsd]);
        Assert.Equal(0.3m, await UsedAsync(provider, "cost_usd", "auto"));
    }

    [Fact]
    public async Task Behind_a_router_the_alias_is_priced_by_the_family_map_and_charged_at_the_backends_model()
    {
        // "chat" pays gpt-4o-mini's price when reserving; the backend serves "premium", which is what is charged.
        IConfigurationRoot configuration = Config(
        [
            .. DailyDollar,
            ("AiGovernance:Budgets:ModelFamilies:chat", "gpt-4o-mini"),
            ("AiGovernance:Budgets:Prices:premium:InputPerMillion", "10000"),
            ("AiGovernance:Budgets:Prices:premium:OutputPerMillion", "50000"),
        ]);
        var clock = new FakeTimeProvider();
        var backend = new FakeChatClient(clock) { Responder = r => FakeReply.Text("ok", 20, 2) };
        ServiceCollection services = Services(clock);
        services.AddAiGovernance(new FakeChatClient(clock), configuration)
            .AddBudgets()
            .AddRouting(o => o.AddBackend("primary", backend, "premium", b => b.Aliases.Add("chat")));
        using ServiceProvider provider = services.BuildServiceProvider();

        ChatResponse response = await provider.GetRequiredService<IChatClient>().GetResponseAsync(Prompt(20), For(Contoso, "chat", maxOutputTokens: 10));

        Assert.Equal("premium", response.ModelId);
        Assert.Equal(0.3m, await UsedAsync(provider, "cost_usd", "chat"));
    }

    [Fact]
    public async Task Unpriced_model_options_are_validated_at_start_naming_each_bad_key()
    {
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AiGovernance:Budgets:Limits:0:Scope"] = "Tenant",
            ["AiGovernance:Budgets:Limits:0:Window"] = "Day",
            ["AiGovernance:Budgets:Limits:0:CostUsd"] = "1",
            ["AiGovernance:Budgets:UnpricedModels"] = "ChargeFallbackPrice",
            ["AiGovernance:Budgets:ModelFamilies:chat"] = "no-such-model",
        });
        builder.Services.AddAiGovernance(new FakeChatClient()).AddBudgets();
        using IHost host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(error.Failures, f => f.StartsWith("AiGovernance:Budgets:FallbackPrice:", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("AiGovernance:Budgets:ModelFamilies:chat:", StringComparison.Ordinal));
    }
}
