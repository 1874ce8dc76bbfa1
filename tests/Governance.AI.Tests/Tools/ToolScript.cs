using Governance.AI.Testing;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.Tools;

/// <summary>A fake model that calls tools, and counting tools for it to call.</summary>
internal static class ToolScript
{
    public static FakeReply Call(string toolName, string callId, IDictionary<string, object?>? arguments = null, long tokens = 10) =>
        FakeReply.Of(new ChatResponse(new ChatMessage(ChatRole.Assistant, [new FunctionCallContent(callId, toolName, arguments ?? new Dictionary<string, object?>())]))
        {
            FinishReason = ChatFinishReason.ToolCalls,
            Usage = new UsageDetails { InputTokenCount = tokens, OutputTokenCount = 0, TotalTokenCount = tokens },
        });

    public static FakeReply Done(string text = "done", long tokens = 10) => FakeReply.Text(text, tokens, 0);

    /// <summary>The tool results the model received in a request.</summary>
    public static List<FunctionResultContent> ResultsIn(FakeChatRequest request) =>
        [.. request.Messages.SelectMany(m => m.Contents).OfType<FunctionResultContent>()];
}

/// <summary>A tool that counts its runs and returns a fixed result, or throws when told to.</summary>
internal sealed class CountingTool
{
    private int _runs;

    public CountingTool(string name, Func<int, object?>? behaviour = null)
    {
        Function = AIFunctionFactory.Create(
            () =>
            {
                int run = Interlocked.Increment(ref _runs);
                return behaviour is null ? "result-" + run : behaviour(run);
            },
            name);
    }

    public AIFunction Function { get; }

    public int Runs => Volatile.Read(ref _runs);
}
