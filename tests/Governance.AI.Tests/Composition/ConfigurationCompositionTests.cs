using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Governance.AI.Tests.Composition;

/// <summary>
/// Every built-in policy bound from appsettings-style configuration at once, with one broken value at a time: the
/// error comes at start-up and names the key; the same value arriving by a reload while the app serves is ignored.
/// </summary>
public sealed class ConfigurationCompositionTests
{
    /// <summary>One broken value per row (relative to <c>AiGovernance:</c>): validation failures and values that do not bind.</summary>
    public static TheoryData<string, string> BrokenValues => new()
    {
        { "Telemetry:MaxMetricAttributeValues", "0" },
        { "Telemetry:GenAIConventions", "Sometimes" },
        { "Safety:PromptThreshold", "-1" },
        { "Safety:StreamWindow", "4" },
        { "Safety:InjectionAction", "Shout" },
        { "Safety:DenyTerms:0", "  " },
        { "Redaction:DefaultOperator", "Shred" },
        { "Redaction:MaxInputLength", "0" },
        { "Redaction:Policies:CREDIT_CARD:MaskKeepLast", "-2" },
        { "Cache:TimeToLive", "-00:01:00" },
        { "Cache:SimilarityThreshold", "1.5" },
        { "Cache:MaxCandidates", "0" },
        { "Budgets:Mode", "Maybe" },
        { "Budgets:TimeZone", "Mars/Olympus_Mons" },
        { "Budgets:Limits:0:Tokens", "-5" },
        { "Routing:Strategy", "Fastest" },
        { "Routing:Backends:primary:Weight", "0" },
        { "Routing:Resilience:Retry:MaxRetries", "-1" },
    };

    [Theory]
    [MemberData(nameof(BrokenValues))]
    public async Task A_broken_value_in_any_policy_fails_host_start_naming_its_key_before_any_request(string key, string value)
    {
        // Invariant: with all six policies bound from configuration, one broken value stops the host at StartAsync with
        // an error that names the value's full configuration path; the model is never called.
        var model = new FakeChatClient();
        IConfigurationRoot configuration = GoodConfiguration();
        configuration["AiGovernance:" + key] = value;
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddConfiguration(configuration);
        AddEveryPolicy(builder.Services, model, builder.Configuration);
        using IHost host = builder.Build();

        Exception error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        Assert.Contains("AiGovernance:" + key, Describe(error), StringComparison.Ordinal);
        Assert.Equal(0, model.CallCount);
    }

    [Theory]
    [InlineData("Budgets:Limits:0:Tokens", "lots")]
    [InlineData("Budgets:Limits:0:Window", "Fortnight")]
    [InlineData("Redaction:Policies:CREDIT_CARD:Operator", "Shred")]
    [InlineData("Routing:Backends:primary:Weight", "heavy")]
    public async Task A_value_that_does_not_convert_inside_a_list_or_dictionary_element_fails_host_start_naming_its_key(string key, string value)
    {
        // Invariant: as for any other value, the host does not start, and the error names the key. ConfigurationBinder
        // by default skips an element whose value fails to convert: the budget limit would be gone (nothing enforced),
        // the card policy back on the default operator, the backend's settings lost, and validation, seeing no element,
        // would pass. The policies bind with ErrorOnUnknownConfiguration.
        await A_broken_value_in_any_policy_fails_host_start_naming_its_key_before_any_request(key, value);
    }

    [Theory]
    [InlineData("Budgets:Limts:0:Tokens", "Limts")]
    [InlineData("Safety:PromptTreshold", "PromptTreshold")]
    [InlineData("Redaction:Policies:CREDIT_CARD:Operatr", "Operatr")]
    public async Task A_misspelt_key_fails_host_start_naming_it(string key, string misspelt)
    {
        // Invariant: a key no option has (a typo such as "Limts") stops the host at StartAsync with an error naming the
        // key, instead of leaving the policy silently unconfigured; the model is never called.
        var model = new FakeChatClient();
        IConfigurationRoot configuration = GoodConfiguration();
        configuration["AiGovernance:" + key] = "1";
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddConfiguration(configuration);
        AddEveryPolicy(builder.Services, model, builder.Configuration);
        using IHost host = builder.Build();

        Exception error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        Assert.Contains(misspelt, Describe(error), StringComparison.Ordinal);
        Assert.Equal(0, model.CallCount);
    }

    [Theory]
    [MemberData(nameof(BrokenValues))]
    public async Task A_broken_value_reloaded_while_the_app_serves_is_ignored_and_requests_keep_the_last_good_configuration(string key, string value)
    {
        // Invariant: a valid configuration starts; reloading one broken value neither fails a request nor changes what
        // the pipeline does: the next request is answered as the one before the reload was (same text, model called).
        var model = new FakeChatClient();
        IConfigurationRoot configuration = GoodConfiguration();
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddConfiguration(configuration);
        AddEveryPolicy(builder.Services, model, builder.Configuration);
        using IHost host = builder.Build();
        await host.StartAsync();
        IChatClient client = host.Services.GetRequiredService<IChatClient>();
        ChatResponse before = await client.GetResponseAsync("Summarise the meeting notes, please.", new ChatOptions().ForCaller("contoso", "ana"));

        configuration["AiGovernance:" + key] = value;
        configuration.Reload();
        ChatResponse after = await client.GetResponseAsync("List the open action items, please.", new ChatOptions().ForCaller("contoso", "ana"));

        Assert.Equal("Echo: Summarise the meeting notes, please.", before.Text);
        Assert.Equal("Echo: List the open action items, please.", after.Text);
        Assert.Equal(2, model.CallCount);
        await host.StopAsync();
    }

    private static IConfigurationRoot GoodConfiguration() => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["AiGovernance:Telemetry:MetricCallerAttributes"] = "Tenant",
        ["AiGovernance:Safety:PromptThreshold"] = "1.0",
        ["AiGovernance:Safety:DenyTerms:0"] = "project falcon",
        ["AiGovernance:Redaction:DefaultOperator"] = "Placeholder",
        ["AiGovernance:Redaction:Policies:CREDIT_CARD:Operator"] = "Mask",
        ["AiGovernance:Cache:TimeToLive"] = "01:00:00",
        ["AiGovernance:Cache:SimilarityThreshold"] = "0.9",
        ["AiGovernance:Budgets:Mode"] = "Enforce",
        ["AiGovernance:Budgets:TimeZone"] = "Europe/Berlin",
        ["AiGovernance:Budgets:Limits:0:Scope"] = "Tenant",
        ["AiGovernance:Budgets:Limits:0:Window"] = "Day",
        ["AiGovernance:Budgets:Limits:0:Tokens"] = "1000000",
        ["AiGovernance:Routing:Strategy"] = "Priority",
        ["AiGovernance:Routing:Backends:primary:Weight"] = "2",
        ["AiGovernance:Routing:Resilience:Retry:MaxRetries"] = "1",
    }).Build();

    private static void AddEveryPolicy(IServiceCollection services, IChatClient model, IConfiguration configuration)
    {
        services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(new FakeEmbeddingGenerator());
        services.AddAiGovernance(new FakeChatClient(modelId: "unused"), configuration)
            .AddTelemetry()
            .AddSafety()
            .AddRedaction()
            .AddSemanticCache()
            .AddBudgets()
            .AddRouting(r => r.AddBackend("primary", model, "gpt-4o-mini"));
    }

    private static string Describe(Exception error)
    {
        var text = new System.Text.StringBuilder();
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            text.Append(e.Message).Append('\n');
            if (e is Microsoft.Extensions.Options.OptionsValidationException validation)
            {
                text.AppendJoin('\n', validation.Failures).Append('\n');
            }

            if (e is AggregateException aggregate)
            {
                foreach (Exception inner in aggregate.InnerExceptions)
                {
                    text.Append(Describe(inner));
                }
            }
        }

        return text.ToString();
    }
}
