using Governance.AI.Testing;
using Governance.AI.Tools;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.AI.Tests.Tools;

/// <summary>
/// A governed tool turn streamed through <c>UseFunctionInvocation()</c> is a well-formed stream: the turn's
/// properties ride on the update with the finish reason, nothing follows it, and the response built from the stream
/// has the messages, finish reason and properties of the non-streamed turn.
/// </summary>
public sealed class ToolGovernanceStreamingTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_streamed_governed_turn_ends_with_the_finish_reason_carrying_the_turns_properties()
    {
        (IChatClient streamed, _) = Build();
        (IChatClient whole, CountingTool tool) = Build();

        List<ChatResponseUpdate> updates = [];
        await foreach (ChatResponseUpdate update in streamed.GetStreamingResponseAsync("go", Options(tool)))
        {
            updates.Add(update);
        }

        ChatResponse fromStream = updates.ToChatResponse();
        ChatResponse response = await whole.GetResponseAsync("go", Options(tool));

        ChatResponseUpdate last = updates[^1];
        Assert.Equal(ChatFinishReason.Stop, last.FinishReason);
        Assert.Equal(["delete_records"], Assert.IsAssignableFrom<IReadOnlyList<string>>(last.AdditionalProperties?[ToolGovernanceProperties.DeniedTools]));
        Assert.Equal(2, last.AdditionalProperties?[ToolGovernanceProperties.RoundTrips]);
        Assert.Equal(response.Messages.Select(m => (m.Role, m.Text)), fromStream.Messages.Select(m => (m.Role, m.Text)));
        Assert.Equal(response.FinishReason, fromStream.FinishReason);

        // ToChatResponse keeps an update's properties on the message the update belongs to, as for every policy's.
        Assert.Equal(response.AdditionalProperties?[ToolGovernanceProperties.RoundTrips], fromStream.Messages[^1].AdditionalProperties?[ToolGovernanceProperties.RoundTrips]);
    }

    private static ChatOptions Options(CountingTool tool) => new ChatOptions { Tools = [tool.Function] }.ForCaller("contoso");

    private (IChatClient Client, CountingTool Tool) Build()
    {
        var options = new ToolGovernanceOptions { MaxRoundTripsPerTurn = 5 };
        options.Tenants["contoso"] = new ToolAccessList();
        options.Tenants["contoso"].Denied.Add("delete_records");
        var model = new FakeChatClient(_clock) { StreamingChunks = 2 }.Enqueue(ToolScript.Call("delete_records", "c1"), ToolScript.Done());
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_clock);
        using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = new ChatClientBuilder(model)
            .UseToolGovernance(options)
            .UseFunctionInvocation()
            .UseToolTurnBudget()
            .Build(provider);
        return (client, new CountingTool("delete_records"));
    }
}
