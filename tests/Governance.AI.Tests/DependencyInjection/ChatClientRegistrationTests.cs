using Governance.AI.Testing;
using Governance.AI.Tests.Pipeline;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Governance.AI.Tests.DependencyInjection;

public sealed class ChatClientRegistrationTests
{
    [Fact]
    public async Task AddAiGovernance_registers_through_AddChatClient_exactly_one_client_per_key()
    {
        var services = new ServiceCollection();
        services.AddAiGovernance(new FakeChatClient()).AddProbe();
        services.AddKeyedAiGovernance("batch", _ => new FakeChatClient()).AddProbe();
        using ServiceProvider provider = services.BuildServiceProvider();

        Assert.Single(services, d => d.ServiceType == typeof(IChatClient) && d.ServiceKey is null);
        Assert.Single(services, d => d.ServiceType == typeof(IChatClient) && Equals(d.ServiceKey, "batch"));
        Assert.Equal(10, (await provider.GetRequiredService<IChatClient>().GetResponseAsync("hi")).AdditionalProperties!["probe.limit"]);
        Assert.Equal(10, (await provider.GetRequiredKeyedService<IChatClient>("batch").GetResponseAsync("hi")).AdditionalProperties!["probe.limit"]);
    }

    [Fact]
    public void AddAiGovernance_refuses_to_register_a_second_client_for_a_key_that_has_one()
    {
        // Before, a second registration silently won, leaving the application's first client ungoverned (or the reverse).
        var services = new ServiceCollection();
        services.AddChatClient(new FakeChatClient());
        services.AddKeyedChatClient("batch", new FakeChatClient());

        var error = Assert.Throws<InvalidOperationException>(() => services.AddAiGovernance(new FakeChatClient()));
        Assert.Contains("UseAiGovernance", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => services.AddKeyedAiGovernance("batch", _ => new FakeChatClient()));
        services.AddKeyedAiGovernance("other", _ => new FakeChatClient());
    }

    [Fact]
    public async Task UseAiGovernance_on_AddChatClient_binds_options_from_configuration_inside_the_composed_pipeline()
    {
        var log = new List<string>();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(Config(("AiGovernance:Probe:Limit", "42")));
        services.AddChatClient(new FakeChatClient())
            .Use(next => new RecordingPolicy(next, "outside", log))
            .UseAiGovernance(services, g => g.AddProbe())
            .Use(next => new RecordingPolicy(next, "inside", log));
        using ServiceProvider provider = services.BuildServiceProvider();

        ChatResponse response = await provider.GetRequiredService<IChatClient>().GetResponseAsync("hi", new ChatOptions().ForCaller("contoso"));

        Assert.Equal(42, response.AdditionalProperties!["probe.limit"]);
        Assert.Equal(["outside:call", "inside:call", "inside:return", "outside:return"], log);
        Assert.Single(services, d => d.ServiceType == typeof(IChatClient));
    }

    [Fact]
    public async Task Keyed_UseAiGovernance_binds_from_the_named_pipeline_section()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(Config(("AiGovernance:Probe:Limit", "1"), ("AiGovernance:Pipelines:batch:Probe:Limit", "2")));
        services.AddChatClient(new FakeChatClient()).UseAiGovernance(services, g => g.AddProbe());
        services.AddKeyedChatClient("batch", new FakeChatClient()).UseAiGovernance(services, "batch", g => g.AddProbe());
        using ServiceProvider provider = services.BuildServiceProvider();

        Assert.Equal(1, (await provider.GetRequiredService<IChatClient>().GetResponseAsync("hi")).AdditionalProperties!["probe.limit"]);
        Assert.Equal(2, (await provider.GetRequiredKeyedService<IChatClient>("batch").GetResponseAsync("hi")).AdditionalProperties!["probe.limit"]);
    }

    [Fact]
    public async Task UseAiGovernance_on_AddChatClient_validates_options_at_host_start()
    {
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["AiGovernance:Pipelines:batch:Probe:Limit"] = "0" });
        builder.Services.AddKeyedChatClient("batch", new FakeChatClient())
            .UseFunctionInvocation()
            .UseAiGovernance(builder.Services, "batch", g => g.AddProbe());
        using IHost host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(error.Failures, f => f.StartsWith("AiGovernance:Pipelines:batch:Probe:Limit:", StringComparison.Ordinal));
    }

    private static IConfigurationRoot Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
