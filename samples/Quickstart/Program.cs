using Governance.AI;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;

// Quickstart: a governed chat client over a simulated model. No keys, no network.
var model = new FakeChatClient(modelId: "simulated-gpt-4o");
IChatClient client = new GovernancePipelineBuilder(model).Build();

using (CallerScope.Begin(CallerContext.ForTenant("contoso", "alice")))
{
    ChatResponse response = await client.GetResponseAsync("Hello, governed world!");
    Console.WriteLine($"contoso/alice -> {response.Text}");
}

Console.WriteLine("Quickstart finished.");
