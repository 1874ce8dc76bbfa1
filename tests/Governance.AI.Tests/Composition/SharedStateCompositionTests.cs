using Governance.AI.Budgets;
using Governance.AI.Caching;
using Governance.AI.Routing;
using Governance.AI.Telemetry;
using Governance.AI.Testing;
using Governance.AI.Tests.Budgets;
using Governance.AI.Tests.Seams;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Governance.AI.Tests.Seams.SeamTestKit;

namespace Governance.AI.Tests.Composition;

/// <summary>
/// State that composed policies share: two keyed pipelines in one container, identical requests in flight together,
/// and streams the budget cuts or the provider breaks in front of the cache.
/// </summary>
public sealed class SharedStateCompositionTests
{
    private const string Email = "jane.doe@example.com";

    [Fact]
    public async Task Two_keyed_pipelines_keep_their_own_policies_and_share_the_tenants_budget_counter()
    {
        // Invariants: each pipeline applies only its own options (redaction in the default pipeline only); the
        // tenant's day counter is shared (Budgets/README: one store per container, same counter key), and each
        // pipeline enforces its own limit on it.
        var clock = new FakeTimeProvider();
        var supportModel = new FakeChatClient(clock) { Responder = _ => FakeReply.Text("ok", 40, 10) };
        var batchModel = new FakeChatClient(clock) { Responder = _ => FakeReply.Text("ok", 10, 2) };
        IConfigurationRoot configuration = Config(
            ("AiGovernance:Budgets:Limits:0:Scope", "Tenant"),
            ("AiGovernance:Budgets:Limits:0:Window", "Day"),
            ("AiGovernance:Budgets:Limits:0:Tokens", "1000"),
            ("AiGovernance:Pipelines:batch:Budgets:Limits:0:Scope", "Tenant"),
            ("AiGovernance:Pipelines:batch:Budgets:Limits:0:Window", "Day"),
            ("AiGovernance:Pipelines:batch:Budgets:Limits:0:Tokens", "100"));
        ServiceCollection services = Services(clock);
        services.AddAiGovernance(supportModel, configuration).AddRedaction().AddBudgets();
        services.AddKeyedAiGovernance("batch", _ => batchModel, configuration).AddBudgets();
        using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient support = provider.GetRequiredService<IChatClient>();
        IChatClient batch = provider.GetRequiredKeyedService<IChatClient>("batch");

        await support.GetResponseAsync($"Please write to {Email}.", For(Contoso, maxOutputTokens: 10));
        await batch.GetResponseAsync($"Please write to {Email}.", For(Contoso, maxOutputTokens: 2));

        Assert.DoesNotContain(Email, supportModel.Requests[0].LastUserText, StringComparison.Ordinal);
        Assert.Contains(Email, batchModel.Requests[0].LastUserText, StringComparison.Ordinal);
        Assert.Equal(62m, await UsedAsync(provider, "tokens"));
        IReadOnlyList<BudgetStatus> batchStatus = await batch.GetService<BudgetChatClient>()!.GetStatusAsync(Contoso);
        Assert.Equal(62m, batchStatus.Single(s => s.LimitName == "tokens").Used);

        // 62 of batch's 100 are used (mostly through the default pipeline): a request needing 42 is refused there
        // and still served by the default pipeline, whose limit is 1000.
        await Assert.ThrowsAsync<BudgetExceededException>(() => batch.GetResponseAsync(BudgetTestKit.Prompt(40), For(Contoso, maxOutputTokens: 2)));
        await support.GetResponseAsync(BudgetTestKit.Prompt(40), For(Contoso, maxOutputTokens: 10));
        Assert.Equal(1, batchModel.CallCount);
        Assert.Equal(2, supportModel.CallCount);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Identical_requests_in_flight_together_make_one_provider_call_and_one_charge(bool streaming)
    {
        // Invariant (Caching/README: identical concurrent misses make one provider call; a hit is never charged):
        // the second caller, whether it joins the call in flight or hits its stored answer, reserves nothing.
        var clock = new FakeTimeProvider();
        var store = new CheckingBudgetStore(new InMemoryBudgetStore(clock));
        // The first call is held at the provider until the second has been started: non-streamed at a gate, streamed
        // before its first chunk.
        var billed = new BilledAnywayChatClient("Invoices are due on Friday.", inputTokens: 30, outputTokens: 6);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var streamed = new FakeChatClient(clock)
        {
            Responder = _ => FakeReply.Text("Invoices are due on Friday.", 30, 6),
            BeforeChunk = async (index, _) =>
            {
                entered.TrySetResult();
                await gate.Task;
            },
        };
        IChatClient model = streaming ? streamed : billed;
        ServiceCollection services = Services(clock);
        services.AddSingleton<IBudgetStore>(store);
        services.AddAiGovernance(model, Config(
                ("AiGovernance:Budgets:Limits:0:Scope", "Tenant"),
                ("AiGovernance:Budgets:Limits:0:Window", "Day"),
                ("AiGovernance:Budgets:Limits:0:Tokens", "10000"),
                ("AiGovernance:Budgets:Limits:0:Requests", "100")))
            .AddSemanticCache()
            .AddBudgets();
        using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = provider.GetRequiredService<IChatClient>();
        Task<ChatResponse> Ask() => streaming
            ? client.GetStreamingResponseAsync("When are invoices due?", For(Contoso, maxOutputTokens: 100)).ToChatResponseAsync()
            : client.GetResponseAsync("When are invoices due?", For(Contoso, maxOutputTokens: 100));

        Task<ChatResponse> first = Task.Run(Ask);
        await (streaming ? entered.Task : billed.Entered.Task).WaitAsync(TimeSpan.FromSeconds(30));
        Task<ChatResponse> second = Task.Run(Ask);
        gate.TrySetResult();
        billed.Open();
        ChatResponse[] answers = await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.All(answers, a => Assert.Equal("Invoices are due on Friday.", a.Text));
        Assert.Equal(1, store.Reserved);
        Assert.Empty(store.Open);
        Assert.Equal(36m, await UsedAsync(provider, "tokens"));
        Assert.Equal(1m, await UsedAsync(provider, "requests"));
    }

    [Fact]
    public async Task A_stream_the_budget_cut_is_never_stored_so_the_next_caller_gets_a_whole_answer()
    {
        // Invariant (Caching/README: length-truncated responses are never stored): the cut answer ends with finish
        // reason length, and the identical request after it goes to the provider.
        var options = new BudgetOptions();
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Tokens = 100_000 });
        GovernanceTestHarness harness = GovernanceTestHarness.Create(p => p
            .UseSemanticCache(new SemanticCacheOptions())
            .UseBudgets(options, CharTokenCounter.Instance));
        harness.Model.StreamingChunks = 8;
        harness.Model.Responder = _ => FakeReply.Text(new string('x', 80), 12, 80);
        ChatOptions cut = BudgetTestKit.Options("contoso", maxOutputTokens: 20);

        List<ChatResponseUpdate> updates = [];
        await foreach (ChatResponseUpdate update in harness.Client.GetStreamingResponseAsync("Tell me everything.", cut))
        {
            updates.Add(update);
        }

        Assert.Equal(ChatFinishReason.Length, updates.Last(u => u.FinishReason is not null).FinishReason);
        ChatResponse next = await harness.Client.GetResponseAsync("Tell me everything.", cut);
        Assert.Equal(2, harness.Model.CallCount);
        Assert.NotEqual(SemanticCacheProperties.StatusHit, next.AdditionalProperties?[GovernanceProperties.CacheStatus]);
    }

    [Fact]
    public async Task A_stream_broken_after_its_first_chunk_through_all_six_is_a_typed_error_recorded_once_and_never_cached()
    {
        // Invariants: the caller gets StreamInterruptedException (never a silently short answer); the budget closes
        // the one reservation; the ledger records the call once, as failed; the repeat is a provider call.
        var clock = new FakeTimeProvider();
        var store = new CheckingBudgetStore(new InMemoryBudgetStore(clock));
        var backend = new FakeChatClient(clock, "gpt-4o") { StreamingChunks = 6 };
        backend.Enqueue(FakeReply.Text("The invoice total is forty two euros and it is due on Friday next week.", 30, 16).BreakingAfter(3));
        backend.Responder = _ => FakeReply.Text("The invoice total is forty two euros.", 30, 9);
        ServiceCollection services = Services(clock);
        services.AddSingleton<IBudgetStore>(store);
        services.AddAiGovernance(new FakeChatClient(clock), Config(
                ("AiGovernance:Budgets:Limits:0:Scope", "Tenant"),
                ("AiGovernance:Budgets:Limits:0:Window", "Day"),
                ("AiGovernance:Budgets:Limits:0:Tokens", "100000"),
                ("AiGovernance:Budgets:Limits:1:Scope", "Tenant"),
                ("AiGovernance:Budgets:Limits:1:Concurrent", "1")))
            .AddTelemetry()
            .AddSafety()
            .AddRedaction()
            .AddSemanticCache()
            .AddBudgets()
            .AddRouting(r => r.AddBackend("primary", backend, "gpt-4o"));
        using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = provider.GetRequiredService<IChatClient>();
        ChatOptions options = For(Contoso, "gpt-4o", 200);

        await Assert.ThrowsAsync<StreamInterruptedException>(async () =>
        {
            await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync("What is my invoice total?", options))
            {
            }
        });

        Assert.Empty(store.Violations);
        Assert.Empty(store.Open);
        Assert.Equal(1, store.Reserved);
        Assert.Equal(0m, await UsedAsync(provider, "concurrent", "gpt-4o"));
        var ledger = (InMemoryUsageLedger)provider.GetRequiredService<IUsageLedger>();
        Assert.Equal(1, ledger.Count);

        ChatResponse repeat = await client.GetResponseAsync("What is my invoice total?", options);
        Assert.Equal("The invoice total is forty two euros.", repeat.Text);
        Assert.Equal(2, backend.CallCount);
    }
}
