using Governance.AI;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;

// A consumer of the packed packages: builds a governed pipeline over the fake model and calls it once.
var model = new FakeChatClient();
IChatClient client = new GovernancePipelineBuilder(model).Build();
ChatResponse response = await client.GetResponseAsync("ping", new ChatOptions().ForCaller("consumer"));
Console.WriteLine(response.Text == "Echo: ping" ? "package consumer OK" : "package consumer FAILED: " + response.Text);
return response.Text == "Echo: ping" ? 0 : 1;
