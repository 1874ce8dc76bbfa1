using System.Net;
using Governance.AI.Budgets;
using Governance.AI.Idempotency;
using Governance.AI.Testing;
using Governance.AI.Tests.Budgets;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Governance.AI.Tests.Seams.SeamTestKit;

namespace Governance.AI.Tests.Composition;

/// <summary>Budgets composed with the router's failover and with idempotent replays.</summary>
public sealed class FailoverAndReplayCompositionTests
{
    private static IConfigurationRoot Limits() => Config(
        ("AiGovernance:Budgets:Limits:0:Scope", "Tenant"),
        ("AiGovernance:Budgets:Limits:0:Window", "Day"),
        ("AiGovernance:Budgets:Limits:0:Tokens", "100000"),
        ("AiGovernance:Budgets:Limits:0:Requests", "100"),
        ("AiGovernance:Budgets:Limits:1:Scope", "Tenant"),
        ("AiGovernance:Budgets:Limits:1:Concurrent", "4"));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_failover_charges_the_winners_usage_once_and_nothing_for_the_backend_that_failed_unbilled(bool streaming)
    {
        // Invariant: one request, one reservation closed once; the tokens charged are the winner's reported usage
        // (the 503 billed nothing); no counter passes its limit and no slot stays held.
        var clock = new FakeTimeProvider();
        var store = new CheckingBudgetStore(new InMemoryBudgetStore(clock));
        var east = new FakeChatClient(clock, "gpt-4o") { Responder = _ => FakeReply.Http(HttpStatusCode.ServiceUnavailable) };
        var west = new FakeChatClient(clock, "gpt-4o") { Responder = _ => FakeReply.Text("Your invoice is due on Friday.", 30, 6) };
        ServiceCollection services = Services(clock);
        services.AddSingleton<IBudgetStore>(store);
        services.AddAiGovernance(new FakeChatClient(clock), Limits())
            .AddBudgets()
            .AddRouting(r =>
            {
                r.Resilience.Retry.MaxRetries = 0;
                r.AddBackend("east", east, "gpt-4o", b => b.Priority = 0);
                r.AddBackend("west", west, "gpt-4o", b => b.Priority = 1);
            });
        using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = provider.GetRequiredService<IChatClient>();
        ChatOptions options = For(Contoso, "gpt-4o", 100);

        ChatResponse response = streaming
            ? await client.GetStreamingResponseAsync("When is my invoice due?", options).ToChatResponseAsync()
            : await client.GetResponseAsync("When is my invoice due?", options);

        Assert.Equal("Your invoice is due on Friday.", response.Text);
        Assert.Equal(1, east.CallCount);
        Assert.Equal(1, west.CallCount);
        Assert.Empty(store.Violations);
        Assert.Empty(store.Open);
        Assert.Equal(1, store.Reserved);
        Assert.Equal(36m, await UsedAsync(provider, "tokens", "gpt-4o"));
        Assert.Equal(1m, await UsedAsync(provider, "requests", "gpt-4o"));
        Assert.Equal(0m, await UsedAsync(provider, "concurrent", "gpt-4o"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_repeat_waiting_on_a_first_request_that_its_caller_cancelled_runs_itself_and_is_charged_once(bool streaming)
    {
        // Invariant (Idempotency/README: "a cancelled first request leaves no entry, so its retry runs normally"):
        // the repeat's own token was never cancelled, so it gets an answer, not the first caller's cancellation; the
        // budget holds one charge per provider call and no open reservation.
        var clock = new FakeTimeProvider();
        var store = new CheckingBudgetStore(new InMemoryBudgetStore(clock));
        int arrivals = 0;
        var firstArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var model = new FakeChatClient(clock) { Latency = TimeSpan.FromSeconds(1), Responder = _ => FakeReply.Text("order placed", 5, 5) };
        model.RequestReceived += _ => (Interlocked.Increment(ref arrivals) == 1 ? firstArrived : secondArrived).TrySetResult();
        var budgets = new BudgetOptions();
        budgets.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Requests = 100, Tokens = 100_000 });
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = new ChatClientBuilder(model)
            .UseIdempotency()
            .UseAiGovernance(g => g.UseBudgets(budgets, CharTokenCounter.Instance, store))
            .Build(provider);
        ChatOptions Options() => new ChatOptions().ForCaller("contoso").WithIdempotencyKey("order-42");
        Task<ChatResponse> Send(CancellationToken token) => streaming
            ? client.GetStreamingResponseAsync("place order", Options(), token).ToChatResponseAsync(token)
            : client.GetResponseAsync("place order", Options(), token);

        ChatResponse answer = await CompositionScenarios.SecondRunsAfterTheFirstCallerCancelsAsync(Send, firstArrived, secondArrived, clock);

        Assert.Equal("order placed", answer.Text);
        Assert.Equal(2, model.CallCount);
        Assert.Empty(store.Violations);
        Assert.Empty(store.Open);
        Assert.Equal(2, store.Reserved);
    }
}
