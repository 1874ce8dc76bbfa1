using Governance.AI.Budgets;
using Governance.AI.Testing;
using Governance.AI.Tests.Budgets;
using Governance.AI.Tests.Embeddings;
using Governance.AI.Tests.Seams;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Governance.AI.Tests.Seams.SeamTestKit;

namespace Governance.AI.Tests.Composition;

/// <summary>Options reloaded while requests are in flight, and the embedding pipeline's cache composed with budgets.</summary>
public sealed class ReloadAndEmbeddingCompositionTests
{
    [Theory]
    [InlineData("AiGovernance:Budgets:Limits:0:Tokens", "5000")]
    [InlineData("AiGovernance:Budgets:Limits:0:Scope", "Tenant, User")]
    [InlineData("AiGovernance:Budgets:Limits:0:Window", "Hour")]
    public async Task A_request_in_flight_during_a_budget_reload_settles_on_what_it_reserved_and_frees_its_slot(string key, string value)
    {
        // Invariant: a reload applies to the next request; the request admitted before it is closed exactly once on
        // the counters it reserved, so no reservation stays open and no concurrency slot stays held.
        var clock = new FakeTimeProvider();
        var store = new CheckingBudgetStore(new InMemoryBudgetStore(clock));
        IConfigurationRoot configuration = Config(
            ("AiGovernance:Budgets:Limits:0:Scope", "Tenant"),
            ("AiGovernance:Budgets:Limits:0:Window", "Day"),
            ("AiGovernance:Budgets:Limits:0:Tokens", "10000"),
            ("AiGovernance:Budgets:Limits:1:Scope", "Tenant"),
            ("AiGovernance:Budgets:Limits:1:Concurrent", "1"));
        var model = new BilledAnywayChatClient("done", inputTokens: 30, outputTokens: 6);
        ServiceCollection services = Services(clock);
        services.AddSingleton<IBudgetStore>(store);
        services.AddAiGovernance(model, configuration).AddBudgets();
        using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = provider.GetRequiredService<IChatClient>();
        ChatOptions options = For(CallerContext.ForTenant("contoso", "alice"), maxOutputTokens: 100);

        Task<ChatResponse> inFlight = client.GetResponseAsync(BudgetTestKit.Prompt(30), options);
        await model.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        configuration[key] = value;
        configuration.Reload();
        model.Open();
        await inFlight.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Empty(store.Open);
        Assert.Empty(store.Violations);
        Assert.Equal(0m, await UsedAsync(provider, "concurrent", caller: CallerContext.ForTenant("contoso", "alice")));

        // The one concurrency slot is free: the next request is admitted under the reloaded rules.
        await client.GetResponseAsync(BudgetTestKit.Prompt(30), options);
        Assert.Empty(store.Open);
        Assert.Equal(2, store.Reserved);
    }

    [Fact]
    public async Task A_partly_cached_embedding_batch_is_charged_only_for_the_values_sent_and_a_fully_cached_one_is_not_charged()
    {
        // Invariant: the budget below the cache sees only the misses of a batch; a batch served wholly from the
        // cache reaches neither the provider nor the budget.
        var clock = new FakeTimeProvider();
        var generator = new RecordingEmbeddingGenerator();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddAiEmbeddingGovernance(generator)
            .AddCache()
            .AddBudgets(o => o.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Tokens = 100_000, Requests = 100 }));
        using ServiceProvider provider = services.BuildServiceProvider();
        var governed = provider.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
        IBudgetStore store = provider.GetRequiredService<IBudgetStore>();

        await governed.GenerateAsync(["alpha", "bravo"], EmbeddingTestKit.For("contoso"));
        long afterFirst = await EmbeddingTestKit.UsedTokensAsync(store, "contoso", clock);
        GeneratedEmbeddings<Embedding<float>> mixed = await governed.GenerateAsync(["alpha", "charlie-delta", "bravo"], EmbeddingTestKit.For("contoso"));
        long afterMixed = await EmbeddingTestKit.UsedTokensAsync(store, "contoso", clock);
        await governed.GenerateAsync(["bravo", "alpha"], EmbeddingTestKit.For("contoso"));

        Assert.Equal(10, afterFirst);
        Assert.Equal(3, mixed.Count);
        Assert.Equal(["charlie-delta"], generator.Calls.Last().Values);
        Assert.Equal(10 + 13, afterMixed);
        Assert.Equal(afterMixed, await EmbeddingTestKit.UsedTokensAsync(store, "contoso", clock));
        Assert.Equal(2, generator.Calls.Count);
    }
}
