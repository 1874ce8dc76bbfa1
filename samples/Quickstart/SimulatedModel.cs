using Governance.AI.Testing;
using Microsoft.Extensions.AI;

namespace Quickstart;

/// <summary>A simulated chat model with a few canned answers, so the quickstart runs with no keys and no network.</summary>
internal static class SimulatedModel
{
    public static FakeChatClient Create(string modelId)
    {
        var model = new FakeChatClient(modelId: modelId) { StreamingChunks = 6 };
        model.Responder = request =>
        {
            string prompt = request.LastUserText;
            string answer =
                prompt.Contains("<EMAIL_1>", StringComparison.Ordinal) && prompt.Contains("weather", StringComparison.OrdinalIgnoreCase) ? "Note for <EMAIL_1>: mild and sunny today, around 18 °C." :
                prompt.Contains("weather", StringComparison.OrdinalIgnoreCase) ? "Mild and sunny, around 18 °C, with a light breeze from the west." :
                prompt.Contains("capital of France", StringComparison.OrdinalIgnoreCase) ? "The capital of France is Paris." :
                prompt.Contains("capital of Germany", StringComparison.OrdinalIgnoreCase) ? "The capital of Germany is Berlin." :
                prompt.Contains("<EMAIL_1>", StringComparison.Ordinal) ? "Done: I drafted a reply to <EMAIL_1> and noted card <CREDIT_CARD_1> for the refund." :
                "Here is a short, helpful answer about: " + prompt;

            // Usage as a provider reports it: a rough count of the prompt and the answer.
            long input = 0;
            foreach (var message in request.Messages)
            {
                input += (message.Text.Length / 4) + 4;
            }

            return FakeReply.Text(answer, input, (answer.Length / 4) + 1);
        };
        return model;
    }

    /// <summary>A simulated agent model: it calls the tool the prompt asks for, then reports what the tool returned.</summary>
    public static FakeChatClient CreateAgent()
    {
        var model = new FakeChatClient(modelId: "gpt-4o");
        model.Responder = request =>
        {
            if (request.Messages[^1].Contents.OfType<FunctionResultContent>().FirstOrDefault() is { } result)
            {
                return FakeReply.Text("The tool answered: " + result.Result, 40, 12);
            }

            string prompt = request.LastUserText;
            FunctionCallContent call = prompt.StartsWith("Delete", StringComparison.Ordinal)
                ? new FunctionCallContent("call-delete-1", "delete_customer", new Dictionary<string, object?> { ["customerId"] = "C-17" })
                : new FunctionCallContent("call-refund-1", "issue_refund", new Dictionary<string, object?> { ["orderId"] = "O-981" });
            return FakeReply.Of(new ChatResponse(new ChatMessage(ChatRole.Assistant, [call])) { FinishReason = ChatFinishReason.ToolCalls });
        };
        return model;
    }
}
