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

    [Fact]
    public void Two_unnamed_governance_blocks_on_different_chat_clients_are_refused_with_a_pointer_to_the_name_overload()
    {
        // Invariant: options are named by pipeline, so a second unnamed block on another client would share the
        // first's options (configuration bound twice, each block's code options applied to both): it is refused at
        // registration, whichever way the first was registered, and the message names the overload that fixes it.
        var model = new FakeChatClient(_clock, "gpt-4o");
        ServiceCollection viaUse = Services(_clock);
        viaUse.AddChatClient(model).UseAiGovernance(viaUse, g => g.AddBudgets());
        ServiceCollection viaAdd = Services(_clock);
        viaAdd.AddAiGovernance(model).AddBudgets();

        foreach (ServiceCollection services in (ServiceCollection[])[viaUse, viaAdd])
        {
            ChatClientBuilder keyed = services.AddKeyedChatClient("mini", model);
            InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => keyed.UseAiGovernance(services, g => g.AddBudgets()));
            Assert.Contains("UseAiGovernance(services, name, g => ...)", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_named_block_beside_an_unnamed_one_and_a_second_call_on_the_same_client_are_accepted()
    {
        // Invariant: the refusal is about one name on two clients only: the name overload gives the keyed client
        // its own options (its own limits apply to it alone), and configuring one client's block in two calls stays allowed.
        var model = new FakeChatClient(_clock, "gpt-4o") { Responder = _ => FakeReply.Text("ok", 20, 6) };
        ServiceCollection services = Services(_clock);
        ChatClientBuilder chat = services.AddChatClient(model).UseAiGovernance(services, g => g.AddBudgets(o =>
            o.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Requests = 10 })));
        chat.UseAiGovernance(services, g => g.AddSafety());
        services.AddKeyedChatClient("mini", model).UseAiGovernance(services, "mini", g => g.AddBudgets(o =>
            o.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Requests = 1 })));
        using ServiceProvider provider = services.BuildServiceProvider();

        IReadOnlyList<BudgetStatus> main = await provider.GetRequiredService<IChatClient>().GetService<BudgetChatClient>()!.GetStatusAsync(Contoso, "gpt-4o");
        IReadOnlyList<BudgetStatus> mini = await provider.GetRequiredKeyedService<IChatClient>("mini").GetService<BudgetChatClient>()!.GetStatusAsync(Contoso, "gpt-4o");
        Assert.Equal([10m], main.Select(l => l.Limit));
        Assert.Equal([1m], mini.Select(l => l.Limit));
    }
}
