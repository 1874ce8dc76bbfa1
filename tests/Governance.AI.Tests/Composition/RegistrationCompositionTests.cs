using Governance.AI.Budgets;
using Governance.AI.Testing;
using Governance.AI.Tests.Budgets;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Governance.AI.Tests.Seams.SeamTestKit;

namespace Governance.AI.Tests.Composition;

/// <summary>Registration mistakes an application can make, and what the pipeline it gets then does.</summary>
public sealed class RegistrationCompositionTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_budget_policy_refused_because_its_stage_is_taken_leaves_its_limits_out_of_the_pipeline(bool streaming)
    {
        // Invariant: "refused at registration" means no trace: the refused policy's limits (from code, and its
        // configuration bound a second time) never join the options of the policy that holds the stage, so the
        // pipeline enforces exactly the first registration's limits and charges each call once.
        var store = new CheckingBudgetStore(new InMemoryBudgetStore(_clock));
        var model = new FakeChatClient(_clock, "gpt-4o") { Responder = _ => FakeReply.Text("ok", 20, 6) };
        ServiceCollection services = Services(_clock);
        services.AddSingleton<IBudgetStore>(store);
        services.AddSingleton<IConfiguration>(Config(
            ("AiGovernance:Budgets:Limits:0:Scope", "Tenant"),
            ("AiGovernance:Budgets:Limits:0:Window", "Day"),
            ("AiGovernance:Budgets:Limits:0:Requests", "10")));
        ChatClientBuilder chat = services.AddChatClient(model).UseAiGovernance(services, g => g.AddBudgets());

        Assert.Throws<InvalidOperationException>(() => chat.UseAiGovernance(services, g => g.AddBudgets(o =>
            o.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Requests = 1 }))));
        using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = provider.GetRequiredService<IChatClient>();
        for (int i = 0; i < 3; i++)
        {
            if (streaming)
            {
                await client.GetStreamingResponseAsync("hello " + i, For(Contoso)).ToChatResponseAsync();
            }
            else
            {
                await client.GetResponseAsync("hello " + i, For(Contoso));
            }
        }

        Assert.Equal(3, model.CallCount);
        Assert.Equal(3, store.Reserved);
        Assert.Equal(3m, await UsedAsync(provider, "requests", "gpt-4o"));
        IReadOnlyList<BudgetStatus> limits = await client.GetService<BudgetChatClient>()!.GetStatusAsync(Contoso, "gpt-4o");
        Assert.Equal([10m], limits.Where(l => l.LimitName == "requests").Select(l => l.Limit));
        Assert.Empty(store.Violations);
        Assert.Empty(store.Open);
    }
}
