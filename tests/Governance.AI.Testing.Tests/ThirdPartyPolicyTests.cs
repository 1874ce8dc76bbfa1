using Governance.AI;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Governance.AI.Testing.Tests;

/// <summary>
/// A policy written outside Governance.AI on its public options model. This project cannot see Governance.AI's
/// internals, so these tests also prove the model is public.
/// </summary>
public sealed class ThirdPartyPolicyTests
{
    [Fact]
    public async Task A_third_party_policy_binds_its_options_from_its_section_and_runs_at_its_stage()
    {
        var services = new ServiceCollection();
        AiGovernanceBuilder? governance = null;
        services.AddChatClient(new FakeChatClient())
            .UseAiGovernance(services, g => governance = g.AddQuota(), Config(("AiGovernance:Quota:MaxPerMinute", "5")));
        using ServiceProvider provider = services.BuildServiceProvider();

        ChatResponse response = await provider.GetRequiredService<IChatClient>().GetResponseAsync("hi");

        Assert.Equal(5, response.AdditionalProperties!["quota.max"]);
        Assert.Equal([GovernanceStage.Budget], governance!.Pipeline.Stages);
    }

    [Fact]
    public async Task Its_IValidatableOptions_errors_fail_start_up_validation_named_by_configuration_path()
    {
        var services = new ServiceCollection();
        services.AddAiGovernance(new FakeChatClient(), Config(("AiGovernance:Quota:MaxPerMinute", "0"))).AddQuota();
        using ServiceProvider provider = services.BuildServiceProvider();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => provider.GetRequiredService<IAsyncStartupValidator>().ValidateAsync(CancellationToken.None));

        Assert.Equal("AiGovernance:Quota:MaxPerMinute: must be positive (was 0).", Assert.Single(error.Failures));
    }

    [Fact]
    public async Task A_standard_IValidateOptions_registered_for_its_options_also_runs_at_start_up()
    {
        var services = new ServiceCollection();
        services.AddAiGovernance(new FakeChatClient(), Config(("AiGovernance:Quota:Label", ""))).AddQuota();
        services.AddOptions<QuotaOptions>().Validate(o => o.Label.Length > 0, "AiGovernance:Quota:Label is required.");
        using ServiceProvider provider = services.BuildServiceProvider();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => provider.GetRequiredService<IAsyncStartupValidator>().ValidateAsync(CancellationToken.None));

        Assert.Equal("AiGovernance:Quota:Label is required.", Assert.Single(error.Failures));
    }

    [Fact]
    public void Configured_in_code_its_options_are_validated_when_the_source_is_created()
    {
        var error = Assert.Throws<OptionsValidationException>(
            () => PolicyOptionsSource.Validated(new QuotaOptions { MaxPerMinute = -1 }, "AiGovernance:Quota"));

        Assert.Equal("AiGovernance:Quota:MaxPerMinute: must be positive (was -1).", Assert.Single(error.Failures));
    }

    private static IConfigurationRoot Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}

public sealed class QuotaOptions : IValidatableOptions
{
    public int MaxPerMinute { get; set; } = 10;

    public string Label { get; set; } = "default";

    void IValidatableOptions.Validate(OptionsValidationErrors errors) =>
        errors.Require(MaxPerMinute > 0, nameof(MaxPerMinute), $"must be positive (was {MaxPerMinute}).");
}

internal sealed class QuotaChatClient(IChatClient inner, IPolicyOptionsSource<QuotaOptions> options) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? chatOptions = null, CancellationToken cancellationToken = default)
    {
        ChatResponse response = await base.GetResponseAsync(messages, chatOptions, cancellationToken);
        (response.AdditionalProperties ??= [])["quota.max"] = options.Current.MaxPerMinute;
        return response;
    }
}

internal static class QuotaExtensions
{
    public static AiGovernanceBuilder AddQuota(this AiGovernanceBuilder builder, Action<QuotaOptions>? configure = null) =>
        builder.AddPolicy(GovernanceStage.Budget, "Quota", configure, (next, _, options) => new QuotaChatClient(next, options));
}
