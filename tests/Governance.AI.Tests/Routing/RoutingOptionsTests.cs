using Governance.AI.Routing;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static Governance.AI.Tests.Routing.RoutingTestKit;

namespace Governance.AI.Tests.Routing;

public sealed class RoutingOptionsTests
{
    [Fact]
    public void Invalid_options_fail_naming_every_bad_key_by_its_path()
    {
        var options = new RoutingOptions();
        options.AddBackend("east", new CountingChatClient("e"), configure: b => { b.Weight = 0; b.CanaryPercent = 150; });
        options.Backends["ghost"] = new RoutingBackendOptions();
        options.Rules.Add(new RoutingRule { Backends = ["nowhere"] });
        options.Resilience.CircuitBreaker.MinimumThroughput = 1;
        options.Resilience.Retry.MaxRetries = -1;

        var error = Assert.Throws<OptionsValidationException>(() => new ModelRouterChatClient(new FakeChatClient(), options));

        Assert.Contains(error.Failures, f => f.StartsWith("AiGovernance:Routing:Backends:east:Weight:", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("AiGovernance:Routing:Backends:east:CanaryPercent:", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("AiGovernance:Routing:Backends:ghost:Client:", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("AiGovernance:Routing:Rules:0:Backends:0:", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("AiGovernance:Routing:Resilience:CircuitBreaker:MinimumThroughput:", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("AiGovernance:Routing:Resilience:Retry:MaxRetries:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Backend_settings_bind_from_configuration_by_name_and_clients_come_from_code()
    {
        var clock = new FakeTimeProvider();
        IConfigurationRoot configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AiGovernance:Routing:Strategy"] = "Priority",
            ["AiGovernance:Routing:Backends:east:Priority"] = "2",
            ["AiGovernance:Routing:Backends:west:Priority"] = "1",
            ["AiGovernance:Routing:Backends:west:Capabilities"] = "Tools, JsonResponse",
            ["AiGovernance:Routing:Resilience:Retry:MaxRetries"] = "0",
        }).Build();
        var east = new CountingChatClient("east");
        var west = new CountingChatClient("west");
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddAiGovernance(new FakeChatClient(clock), configuration).AddRouting(o => o
            .AddBackend("east", east, "gpt-4o")
            .AddBackend("west", west, "gpt-4o"));
        using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = provider.GetRequiredService<IChatClient>();

        Assert.Equal("west", BackendOf(await client.GetResponseAsync("hi", new ChatOptions { ModelId = "gpt-4o" })));
        var image = new ChatMessage(ChatRole.User, [new DataContent(new byte[] { 1 }, "image/png")]);
        Assert.Equal("east", BackendOf(await client.GetResponseAsync([image], new ChatOptions { ModelId = "gpt-4o" })));
        Assert.Equal(BackendCapabilities.Tools | BackendCapabilities.JsonResponse, client.GetService<ModelRouterChatClient>()!.GetTable().Settings[0].Capabilities);
    }

    [Fact]
    public void A_backend_configured_only_in_the_file_fails_at_start_up_naming_its_missing_client()
    {
        IConfigurationRoot configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AiGovernance:Routing:Backends:typo:Weight"] = "3",
        }).Build();
        var services = new ServiceCollection();
        services.AddAiGovernance(new FakeChatClient(), configuration).AddRouting(o => o.AddBackend("east", new CountingChatClient("e")));
        using ServiceProvider provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IChatClient>());
        Assert.Contains(error.Failures, f => f.StartsWith("AiGovernance:Routing:Backends:typo:Client:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_disabled_backend_needs_no_client_and_gets_no_traffic()
    {
        IConfigurationRoot configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AiGovernance:Routing:Backends:retired:Enabled"] = "false",
            ["AiGovernance:Routing:Backends:paused:Enabled"] = "false",
            ["AiGovernance:Routing:Backends:paused:Priority"] = "-1",
        }).Build();
        var paused = new CountingChatClient("paused");
        var services = new ServiceCollection();
        services.AddAiGovernance(new FakeChatClient(), configuration).AddRouting(o => o
            .AddBackend("paused", paused)
            .AddBackend("live", new CountingChatClient("live")));
        using ServiceProvider provider = services.BuildServiceProvider();

        Assert.Equal("live", BackendOf(await provider.GetRequiredService<IChatClient>().GetResponseAsync("hi")));
        Assert.Equal(0, paused.Calls);
    }

    [Fact]
    public async Task A_reload_applies_new_settings_and_keeps_backend_state_when_client_and_resilience_are_unchanged()
    {
        var clock = new FakeTimeProvider();
        IConfigurationRoot configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AiGovernance:Routing:Backends:a:Priority"] = "0",
            ["AiGovernance:Routing:Backends:b:Priority"] = "1",
        }).Build();
        var a = new GatedChatClient("a");
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddAiGovernance(new FakeChatClient(clock), configuration).AddRouting(o => o
            .AddBackend("a", a)
            .AddBackend("b", new CountingChatClient("b")));
        using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = provider.GetRequiredService<IChatClient>();
        ModelRouterChatClient router = client.GetService<ModelRouterChatClient>()!;

        Task<ChatResponse> pending = client.GetResponseAsync("hi");
        await a.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));

        configuration["AiGovernance:Routing:Backends:a:Priority"] = "5";
        configuration.Reload();

        Assert.Equal("b", BackendOf(await client.GetResponseAsync("hi")));
        Assert.Equal(1, router.GetBackendHealth().Single(h => h.Name == "a").InFlight);
        a.Open();
        await pending.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(0, router.GetBackendHealth().Single(h => h.Name == "a").InFlight);
    }

    [Fact]
    public async Task UseRouting_takes_the_clock_from_the_services_given_to_Build()
    {
        var clock = new FakeTimeProvider();
        var backend = new FakeChatClient(clock);
        backend.Enqueue(FakeReply.Http(System.Net.HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromSeconds(3)), FakeReply.Text("ok"));
        var harness = GovernanceTestHarness.Create(p => p.UseRouting(o => o.AddBackend("only", backend)), clock: clock);

        Task<ChatResponse> call = harness.Client.GetResponseAsync("hi");
        clock.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal("ok", (await call.WaitAsync(TimeSpan.FromSeconds(30))).Text);
        Assert.True(new GovernancePipelineBuilder(backend).UseRouting(new RoutingOptions()).Has(GovernanceStage.Router));
    }
}
