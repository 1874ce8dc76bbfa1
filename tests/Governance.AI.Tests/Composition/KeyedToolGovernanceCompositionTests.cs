using Governance.AI.Testing;
using Governance.AI.Tests.Tools;
using Governance.AI.Tools;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.AI.Tests.Composition;

/// <summary>
/// Tool governance registered for two pipelines of one container (<c>AddToolGovernance</c> in the default block and in
/// a keyed one), each client taking its options with <c>UseToolGovernance</c>.
/// </summary>
public sealed class KeyedToolGovernanceCompositionTests
{
    private readonly FakeTimeProvider _clock = new();

    private static ServiceProvider TwoPipelines(FakeChatClient supportModel, FakeChatClient batchModel, Action<ChatClientBuilder> useSupport, Action<ChatClientBuilder> useBatch)
    {
        var services = new ServiceCollection();
        ChatClientBuilder support = services.AddChatClient(supportModel);
        useSupport(support);
        support.UseFunctionInvocation().UseAiGovernance(services, g => g.AddToolGovernance(o => o.DeniedTools.Add("delete_records")));
        ChatClientBuilder batch = services.AddKeyedChatClient("batch", batchModel);
        useBatch(batch);
        batch.UseFunctionInvocation().UseAiGovernance(services, "batch", g => g.AddToolGovernance(_ => { }));
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task Each_pipeline_named_in_UseToolGovernance_applies_its_own_tool_options()
    {
        // Invariant: the default pipeline denies delete_records whatever another pipeline registered after it allows;
        // the batch pipeline, which allows it, runs it.
        var supportModel = new FakeChatClient(_clock).Enqueue(ToolScript.Call("delete_records", "c1"), ToolScript.Done());
        var batchModel = new FakeChatClient(_clock).Enqueue(ToolScript.Call("delete_records", "c1"), ToolScript.Done());
        using ServiceProvider provider = TwoPipelines(supportModel, batchModel, b => b.UseToolGovernance(string.Empty), b => b.UseToolGovernance("batch"));
        var supportTool = new CountingTool("delete_records");
        var batchTool = new CountingTool("delete_records");

        await provider.GetRequiredService<IChatClient>().GetResponseAsync("go", new ChatOptions { Tools = [supportTool.Function] });
        await provider.GetRequiredKeyedService<IChatClient>("batch").GetResponseAsync("go", new ChatOptions { Tools = [batchTool.Function] });

        Assert.Equal(0, supportTool.Runs);
        Assert.Equal(1, batchTool.Runs);
    }

    [Fact]
    public void UseToolGovernance_without_a_name_when_two_pipelines_registered_tool_options_is_refused_naming_the_overload()
    {
        // Invariant: a client never silently takes another pipeline's tool options (the last registered used to win,
        // so the default pipeline ran the tools its own deny list refuses).
        var supportModel = new FakeChatClient(_clock);
        var batchModel = new FakeChatClient(_clock);
        using ServiceProvider provider = TwoPipelines(supportModel, batchModel, b => b.UseToolGovernance(), b => b.UseToolGovernance("batch"));

        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IChatClient>());

        Assert.Contains("UseToolGovernance(\"batch\")", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UseToolGovernance_without_a_name_takes_the_one_pipelines_options_when_only_one_registered_them()
    {
        // Invariant: the single-pipeline registration keeps working unchanged, keyed or not.
        var model = new FakeChatClient(_clock).Enqueue(ToolScript.Call("delete_records", "c1"), ToolScript.Done());
        var services = new ServiceCollection();
        services.AddKeyedChatClient("batch", model)
            .UseToolGovernance()
            .UseFunctionInvocation()
            .UseAiGovernance(services, "batch", g => g.AddToolGovernance(o => o.DeniedTools.Add("delete_records")));
        using ServiceProvider provider = services.BuildServiceProvider();
        var tool = new CountingTool("delete_records");

        await provider.GetRequiredKeyedService<IChatClient>("batch").GetResponseAsync("go", new ChatOptions { Tools = [tool.Function] });

        Assert.Equal(0, tool.Runs);
    }
}
