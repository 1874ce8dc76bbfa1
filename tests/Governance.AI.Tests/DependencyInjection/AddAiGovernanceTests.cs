using Governance.AI.Testing;
using Governance.AI.Tests.Pipeline;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace Governance.AI.Tests.DependencyInjection;

/// <summary>Options of the test policy: a limit that must be positive and a mode from a fixed set.</summary>
internal sealed class ProbeOptions : IValidatableOptions
{
    public int Limit { get; set; } = 10;

    public string Mode { get; set; } = "enforce";

    public List<ProbeRule> Rules { get; set; } = [];

    public void Validate(OptionsValidationErrors errors)
    {
        errors.Require(Limit > 0, nameof(Limit), $"must be positive (was {Limit}).");
        errors.Require(Mode is "enforce" or "monitor", nameof(Mode), $"must be 'enforce' or 'monitor' (was '{Mode}').");
        for (int i = 0; i < Rules.Count; i++)
        {
            errors.At(nameof(Rules)).At(i).Require(!string.IsNullOrEmpty(Rules[i].Name), nameof(ProbeRule.Name), "is required.");
        }
    }
}

internal sealed class ProbeRule
{
    public string? Name { get; set; }
}

/// <summary>A policy that reads its options per request, as real policies do, and reports what it saw.</summary>
internal sealed class ProbePolicy(IChatClient inner, IPolicyOptionsSource<ProbeOptions> options) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? chatOptions = null, CancellationToken cancellationToken = default)
    {
        ChatResponse response = await base.GetResponseAsync(messages, chatOptions, cancellationToken);
        response.AdditionalProperties ??= [];
        response.AdditionalProperties["probe.limit"] = options.Current.Limit;
        return response;
    }
}

internal static class ProbeBuilderExtensions
{
    public static AiGovernanceBuilder AddProbe(this AiGovernanceBuilder builder, Action<ProbeOptions>? configure = null) =>
        builder.AddPolicy(GovernanceStage.Budget, "Probe", configure, (next, _, options) => new ProbePolicy(next, options));
}

public sealed class AddAiGovernanceTests
{
    [Fact]
    public async Task Registers_the_governed_client_with_options_bound_from_the_AiGovernance_section()
    {
        IConfigurationRoot configuration = Config(("AiGovernance:Probe:Limit", "42"));
        var services = new ServiceCollection();
        services.AddAiGovernance(new FakeChatClient(), configuration).AddProbe();
        using ServiceProvider provider = services.BuildServiceProvider();

        ChatResponse response = await provider.GetRequiredService<IChatClient>().GetResponseAsync("hi");

        Assert.Equal(42, response.AdditionalProperties!["probe.limit"]);
    }

    [Fact]
    public async Task Code_configuration_overrides_the_file()
    {
        IConfigurationRoot configuration = Config(("AiGovernance:Probe:Limit", "42"));
        var services = new ServiceCollection();
        services.AddAiGovernance(new FakeChatClient(), configuration).AddProbe(o => o.Limit = 7);
        using ServiceProvider provider = services.BuildServiceProvider();

        ChatResponse response = await provider.GetRequiredService<IChatClient>().GetResponseAsync("hi");

        Assert.Equal(7, response.AdditionalProperties!["probe.limit"]);
    }

    [Fact]
    public async Task Uses_the_IConfiguration_registered_in_DI_when_none_is_given()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(Config(("AiGovernance:Probe:Limit", "5")));
        services.AddAiGovernance(new FakeChatClient()).AddProbe();
        using ServiceProvider provider = services.BuildServiceProvider();

        ChatResponse response = await provider.GetRequiredService<IChatClient>().GetResponseAsync("hi");

        Assert.Equal(5, response.AdditionalProperties!["probe.limit"]);
    }

    [Fact]
    public async Task An_invalid_configuration_fails_at_host_start_naming_every_bad_key_by_its_path()
    {
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AiGovernance:Probe:Limit"] = "0",
            ["AiGovernance:Probe:Mode"] = "sometimes",
            ["AiGovernance:Probe:Rules:0:Name"] = "ok",
            ["AiGovernance:Probe:Rules:1:Name"] = "",
        });
        builder.Services.AddAiGovernance(new FakeChatClient()).AddProbe();
        using IHost host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(error.Failures, f => f.StartsWith("AiGovernance:Probe:Limit:", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("AiGovernance:Probe:Mode:", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("AiGovernance:Probe:Rules:1:Name:", StringComparison.Ordinal));
        Assert.Equal(3, error.Failures.Count());
    }

    [Fact]
    public void An_invalid_configuration_also_fails_without_a_host_when_the_client_is_resolved()
    {
        var services = new ServiceCollection();
        services.AddAiGovernance(new FakeChatClient(), Config(("AiGovernance:Probe:Limit", "-3"))).AddProbe();
        using ServiceProvider provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IChatClient>());
        Assert.Contains("AiGovernance:Probe:Limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_reload_applies_to_the_next_request_and_an_invalid_reload_keeps_the_last_good_config()
    {
        IConfigurationRoot configuration = Config(("AiGovernance:Probe:Limit", "10"));
        var services = new ServiceCollection();
        services.AddFakeLogging();
        services.AddAiGovernance(new FakeChatClient(), configuration).AddProbe();
        using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = provider.GetRequiredService<IChatClient>();
        var source = (ReloadingPolicyOptionsSource<ProbeOptions>)provider.GetRequiredKeyedService<IPolicyOptionsSource<ProbeOptions>>(string.Empty);

        configuration["AiGovernance:Probe:Limit"] = "20";
        configuration.Reload();
        Assert.Equal(20, (await client.GetResponseAsync("hi")).AdditionalProperties!["probe.limit"]);
        Assert.Null(source.LastReloadErrors);

        configuration["AiGovernance:Probe:Limit"] = "-1";
        configuration.Reload();
        Assert.Equal(20, (await client.GetResponseAsync("hi")).AdditionalProperties!["probe.limit"]);
        Assert.Contains(source.LastReloadErrors!, e => e.StartsWith("AiGovernance:Probe:Limit:", StringComparison.Ordinal));

        configuration["AiGovernance:Probe:Limit"] = "not-a-number";
        configuration.Reload();
        Assert.Equal(20, (await client.GetResponseAsync("hi")).AdditionalProperties!["probe.limit"]);
        Assert.Contains(source.LastReloadErrors!, e => e.Contains("AiGovernance:Probe:Limit", StringComparison.Ordinal));

        configuration["AiGovernance:Probe:Limit"] = "30";
        configuration.Reload();
        Assert.Equal(30, (await client.GetResponseAsync("hi")).AdditionalProperties!["probe.limit"]);

        // Each rejected reload was logged once, naming the key; the good ones were not.
        IReadOnlyList<FakeLogRecord> logs = provider.GetFakeLogCollector().GetSnapshot();
        Assert.Equal(2, logs.Count);
        Assert.All(logs, log =>
        {
            Assert.Equal(LogLevel.Warning, log.Level);
            Assert.Equal(1001, log.Id.Id);
            Assert.Contains("AiGovernance:Probe:Limit", log.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Keyed_pipelines_have_their_own_options_and_policies()
    {
        IConfigurationRoot configuration = Config(
            ("AiGovernance:Probe:Limit", "1"),
            ("AiGovernance:Pipelines:batch:Probe:Limit", "2"));
        var services = new ServiceCollection();
        services.AddAiGovernance(new FakeChatClient(), configuration).AddProbe();
        services.AddKeyedAiGovernance("batch", _ => new FakeChatClient(), configuration).AddProbe();
        using ServiceProvider provider = services.BuildServiceProvider();

        ChatResponse main = await provider.GetRequiredService<IChatClient>().GetResponseAsync("hi");
        ChatResponse batch = await provider.GetRequiredKeyedService<IChatClient>("batch").GetResponseAsync("hi");

        Assert.Equal(1, main.AdditionalProperties!["probe.limit"]);
        Assert.Equal(2, batch.AdditionalProperties!["probe.limit"]);
    }

    [Fact]
    public async Task The_registered_accessor_and_clock_reach_policies()
    {
        var clock = new FakeTimeProvider();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        var log = new List<string>();
        RecordingPolicy? policy = null;
        AiGovernanceBuilder builder = services.AddAiGovernance(new FakeChatClient()).UseCallerContextAccessor<FixedAccessor>();
        TimeProvider? seenClock = null;
        builder.Pipeline.Use(GovernanceStage.Safety, (next, sp) =>
        {
            seenClock = sp.GetRequiredService<TimeProvider>();
            var resolver = sp.GetRequiredService<CallerContextResolver>();
            return policy = new RecordingPolicy(new ResolvingClient(next, resolver), "safety", log);
        });
        using ServiceProvider provider = services.BuildServiceProvider();

        ChatResponse response = await provider.GetRequiredService<IChatClient>().GetResponseAsync("hi");

        Assert.Same(clock, seenClock);
        Assert.Equal("from-accessor", response.AdditionalProperties!["tenant"]);
    }

    private sealed class FixedAccessor : ICallerContextAccessor
    {
        public CallerContext? Current => CallerContext.ForTenant("from-accessor");
    }

    private sealed class ResolvingClient(IChatClient inner, CallerContextResolver resolver) : DelegatingChatClient(inner)
    {
        public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            CallerContext caller = resolver.Resolve(options);
            ChatResponse response = await base.GetResponseAsync(messages, options, cancellationToken);
            response.AdditionalProperties ??= [];
            response.AdditionalProperties["tenant"] = caller.TenantId;
            return response;
        }
    }

    private static IConfigurationRoot Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();
}
