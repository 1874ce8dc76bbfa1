using Governance.AI.Testing;

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
}
