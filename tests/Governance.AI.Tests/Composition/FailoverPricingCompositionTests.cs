using System.Net;
using Governance.AI.Budgets;
using Governance.AI.Testing;
using Governance.AI.Tests.Budgets;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using static Governance.AI.Tests.Seams.SeamTestKit;

namespace Governance.AI.Tests.Composition;

/// <summary>Router failover between backends of different models and prices, under token and cost limits.</summary>
public sealed class FailoverPricingCompositionTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_failover_to_a_cheaper_model_is_charged_once_at_the_price_of_the_model_that_served(bool streaming)
    {
        // Invariants (Budgets README: "Cost is always priced at the model that did the work: ... for a router, the
        // backend's model"; a failed call that reported no usage adds nothing): the alias is reserved at the dearer
        // model's price, the 503 from "big" adds nothing, and the answer of "small" is charged once, at small's price:
        // 30 x $1,000 / M + 6 x $5,000 / M = $0.06 (at big's price it would be $0.60).
        var clock = new FakeTimeProvider();
        var store = new CheckingBudgetStore(new InMemoryBudgetStore(clock));
        var big = new FakeChatClient(clock) { Responder = _ => FakeReply.Http(HttpStatusCode.ServiceUnavailable) };
        var small = new FakeChatClient(clock) { Responder = _ => FakeReply.Text("Your invoice is due on Friday.", 30, 6) };
        ServiceCollection services = Services(clock);
        services.AddSingleton<IBudgetStore>(store);
        services.AddAiGovernance(new FakeChatClient(clock), Config(
                ("AiGovernance:Budgets:Limits:0:Scope", "Tenant"),
                ("AiGovernance:Budgets:Limits:0:Window", "Day"),
                ("AiGovernance:Budgets:Limits:0:Tokens", "100000"),
                ("AiGovernance:Budgets:Limits:0:CostUsd", "10"),
                ("AiGovernance:Budgets:ModelFamilies:chat", "big"),
                ("AiGovernance:Budgets:Prices:big:InputPerMillion", "10000"),
                ("AiGovernance:Budgets:Prices:big:OutputPerMillion", "50000"),
                ("AiGovernance:Budgets:Prices:small:InputPerMillion", "1000"),
                ("AiGovernance:Budgets:Prices:small:OutputPerMillion", "5000")))
            .AddBudgets()
            .AddRouting(r =>
            {
                r.Resilience.Retry.MaxRetries = 0;
                r.AddBackend("east", big, "big", b => (b.Priority, b.Aliases) = (0, ["chat"]));
                r.AddBackend("west", small, "small", b => (b.Priority, b.Aliases) = (1, ["chat"]));
            });
        using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = provider.GetRequiredService<IChatClient>();
        ChatOptions options = For(Contoso, "chat", 100);

        ChatResponse response = streaming
            ? await client.GetStreamingResponseAsync("When is my invoice due?", options).ToChatResponseAsync()
            : await client.GetResponseAsync("When is my invoice due?", options);

        Assert.Equal("Your invoice is due on Friday.", response.Text);
        Assert.Equal((1, 1), (big.CallCount, small.CallCount));
        Assert.Equal("small", response.ModelId);
        Assert.Equal(0.06m, await UsedAsync(provider, "cost_usd", "chat"));
        Assert.Equal(36m, await UsedAsync(provider, "tokens", "chat"));
        Assert.Equal(1, store.Reserved);
        Assert.Empty(store.Open);
        Assert.Empty(store.Violations);
    }
}
