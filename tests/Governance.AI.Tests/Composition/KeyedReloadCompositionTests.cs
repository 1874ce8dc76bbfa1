using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Governance.AI.Tests.Seams.SeamTestKit;

namespace Governance.AI.Tests.Composition;

/// <summary>
/// A default and a keyed pipeline registered from one configuration root (<c>AiGovernance</c> and
/// <c>AiGovernance:Pipelines:batch</c>), reloaded while both serve.
/// </summary>
public sealed class KeyedReloadCompositionTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_reload_of_one_pipelines_section_changes_that_pipeline_only(bool streaming)
    {
        // Invariant (root README, Configuration: a keyed pipeline's options bind from AiGovernance:Pipelines:{name};
        // reloads apply to the next request): a deny term reloaded into the batch pipeline's section blocks there
        // only, and one reloaded into the default section blocks in the default pipeline only; neither reload
        // undoes the other.
        var clock = new FakeTimeProvider();
        var supportModel = new FakeChatClient(clock);
        var batchModel = new FakeChatClient(clock);
        IConfigurationRoot configuration = Config(("AiGovernance:Safety:PromptThreshold", "1.0"), ("AiGovernance:Pipelines:batch:Safety:PromptThreshold", "1.0"));
        ServiceCollection services = Services(clock);
        services.AddAiGovernance(supportModel, configuration).AddSafety();
        services.AddKeyedAiGovernance("batch", _ => batchModel, configuration).AddSafety();
        using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient support = provider.GetRequiredService<IChatClient>();
        IChatClient batch = provider.GetRequiredKeyedService<IChatClient>("batch");
        async Task<bool> BlockedAsync(IChatClient client, string prompt)
        {
            try
            {
                ChatOptions options = new ChatOptions().ForCaller("contoso", "ana");
                _ = streaming
                    ? await client.GetStreamingResponseAsync(prompt, options).ToChatResponseAsync()
                    : await client.GetResponseAsync(prompt, options);
                return false;
            }
            catch (ContentBlockedException)
            {
                return true;
            }
        }

        Assert.False(await BlockedAsync(batch, "Summarise the falcon migration notes."));

        configuration["AiGovernance:Pipelines:batch:Safety:DenyTerms:0"] = "falcon migration";
        configuration.Reload();
        Assert.True(await BlockedAsync(batch, "Summarise the falcon migration notes."));
        Assert.False(await BlockedAsync(support, "Summarise the falcon migration notes."));

        configuration["AiGovernance:Safety:DenyTerms:0"] = "quokka budget";
        configuration.Reload();
        Assert.True(await BlockedAsync(support, "Summarise the quokka budget."));
        Assert.False(await BlockedAsync(batch, "Summarise the quokka budget."));
        Assert.True(await BlockedAsync(batch, "Summarise the falcon migration notes."));
        Assert.False(await BlockedAsync(support, "Summarise the falcon migration notes."));
        Assert.Equal((2, 2), (supportModel.CallCount, batchModel.CallCount));
    }
}
