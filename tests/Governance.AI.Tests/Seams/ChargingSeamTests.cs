using System.Net;
using Governance.AI.Pricing;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Governance.AI.Tests.Budgets.BudgetTestKit;
using static Governance.AI.Tests.Seams.SeamTestKit;

namespace Governance.AI.Tests.Seams;

/// <summary>Issue #15.6 (budget side): what a call costs when it fails, is cancelled, or races hedged attempts.</summary>
public sealed class ChargingSeamTests
{
    private static IConfigurationRoot Limits(params (string, string)[] more) => Config(
    [
        ("AiGovernance:Budgets:Limits:0:Scope", "Tenant"),
        ("AiGovernance:Budgets:Limits:0:Window", "Day"),
        ("AiGovernance:Budgets:Limits:0:Tokens", "100000"),
        ("AiGovernance:Budgets:Limits:0:Requests", "100"),
        ("AiGovernance:Budgets:Limits:0:CostUsd", "100"),
        ("AiGovernance:Budgets:Limits:1:Scope", "Tenant"),
        ("AiGovernance:Budgets:Limits:1:Concurrent", "4"),
        ("AiGovernance:Budgets:Prices:house-llm:InputPerMillion", "10000"),
        ("AiGovernance:Budgets:Prices:house-llm:OutputPerMillion", "50000"),
        ("AiGovernance:Budgets:Prices:premium:InputPerMillion", "20000"),
        ("AiGovernance:Budgets:Prices:premium:OutputPerMillion", "100000"),
        .. more,
    ]);

    private static ServiceProvider Governed(FakeTimeProvider clock, IChatClient model, IConfiguration configuration)
    {
        ServiceCollection services = Services(clock);
        services.AddAiGovernance(model, configuration).AddBudgets();
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task A_failed_call_is_charged_the_usage_the_provider_reported_with_the_failure()
    {
        var clock = new FakeTimeProvider();
        var failure = new HttpRequestException("content filter after generation");
        ProviderCharge.AttachTo(failure, [new ProviderCharge("house-llm", new UsageDetails { InputTokenCount = 30, OutputTokenCount = 12 })]);
        var model = new FakeChatClient(clock, "house-llm");
        model.Enqueue(FakeReply.Throw(failure));
        using ServiceProvider provider = Governed(clock, model, Limits());

        await Assert.ThrowsAsync<HttpRequestException>(() => provider.GetRequiredService<IChatClient>().GetResponseAsync(Prompt(30), For(Contoso, maxOutputTokens: 100)));

        Assert.Equal(42m, await UsedAsync(provider, "tokens"));
        Assert.Equal(0.9m, await UsedAsync(provider, "cost_usd")); // 30 × $0.01 + 12 × $0.05
        Assert.Equal(1m, await UsedAsync(provider, "requests"));
        Assert.Equal(0m, await UsedAsync(provider, "concurrent"));
    }

    [Fact]
    public async Task A_failed_or_cancelled_call_without_reported_usage_is_charged_its_prompt_unless_refunds_are_configured()
    {
        var clock = new FakeTimeProvider();
        var model = new FakeChatClient(clock, "house-llm");
        using ServiceProvider provider = Governed(clock, model, Limits());
        IChatClient client = provider.GetRequiredService<IChatClient>();

        model.Enqueue(FakeReply.Throw(new HttpRequestException("connection reset")));
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetResponseAsync(Prompt(30), For(Contoso, maxOutputTokens: 100)));
        model.Enqueue(FakeReply.Text("late").After(TimeSpan.FromSeconds(5)));
        using (var cts = new CancellationTokenSource())
        {
            Task<ChatResponse> pending = client.GetResponseAsync(Prompt(40), For(Contoso, maxOutputTokens: 100), cts.Token);
            await cts.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
        }

        // The provider had both prompts: they count, and so do the two requests sent.
        Assert.Equal(70m, await UsedAsync(provider, "tokens"));
        Assert.Equal(2m, await UsedAsync(provider, "requests"));
        Assert.Equal(0.7m, await UsedAsync(provider, "cost_usd"));

        // The old behaviour is an explicit choice.
        var refundingModel = new FakeChatClient(clock, "house-llm");
        using ServiceProvider refunding = Governed(clock, refundingModel, Limits(("AiGovernance:Budgets:RefundFailedCalls", "true")));
        refundingModel.Enqueue(FakeReply.Throw(new HttpRequestException("connection reset")));
        await Assert.ThrowsAsync<HttpRequestException>(() => refunding.GetRequiredService<IChatClient>().GetResponseAsync(Prompt(30), For(Contoso, maxOutputTokens: 100)));
        Assert.Equal(0m, await UsedAsync(refunding, "tokens"));
        Assert.Equal(0m, await UsedAsync(refunding, "requests"));
    }

    [Fact]
    public async Task A_request_no_provider_billed_is_refunded_and_not_counted_as_served()
    {
        // Every backend answers 503: the router gives up with NoHealthyBackendException and nothing was billed.
        var clock = new FakeTimeProvider();
        var backend = new FakeChatClient(clock) { Responder = _ => FakeReply.Http(HttpStatusCode.ServiceUnavailable) };
        ServiceCollection services = Services(clock);
        services.AddAiGovernance(new FakeChatClient(clock), Limits())
            .AddBudgets()
            .AddRouting(o =>
            {
                o.Resilience.Retry.MaxRetries = 0;
                o.AddBackend("only", backend, "house-llm");
            });
        using ServiceProvider provider = services.BuildServiceProvider();

        await Assert.ThrowsAsync<NoHealthyBackendException>(() => provider.GetRequiredService<IChatClient>().GetResponseAsync(Prompt(30), For(Contoso, "house-llm", 100)));

        Assert.Equal(0m, await UsedAsync(provider, "tokens", "house-llm"));
        Assert.Equal(0m, await UsedAsync(provider, "requests", "house-llm"));
    }

    [Fact]
    public async Task A_hedged_attempt_that_also_answered_is_charged_at_its_own_models_price()
    {
        var clock = new FakeTimeProvider();
        var slow = new BilledAnywayChatClient("slow answer", inputTokens: 30, outputTokens: 8);
        var fast = new FakeChatClient(clock) { Responder = _ => FakeReply.Text("fast answer", 30, 2) };
        ServiceCollection services = Services(clock);
        services.AddAiGovernance(new FakeChatClient(clock), Limits())
            .AddBudgets()
            .AddRouting(o =>
            {
                o.Resilience.Retry.MaxRetries = 0;
                o.Resilience.Hedging.MaxHedgedAttempts = 1;
                o.Resilience.Hedging.Delay = TimeSpan.FromSeconds(1);
                o.AddBackend("slow", slow, "premium", b => { b.Priority = 0; b.Aliases.Add("house-llm"); });
                o.AddBackend("fast", fast, "house-llm", b => b.Priority = 1);
            });
        using ServiceProvider provider = services.BuildServiceProvider();

        // Invariant: the slow attempt is abandoned only once the fast one has won, and it still finishes (and bills).
        Task<ChatResponse> call = provider.GetRequiredService<IChatClient>().GetResponseAsync(Prompt(30), For(Contoso, "house-llm", 100));
        await slow.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        clock.Advance(TimeSpan.FromSeconds(1));
        await slow.Abandoned.Task.WaitAsync(TimeSpan.FromSeconds(30));
        slow.Open();
        ChatResponse response = await call.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("fast answer", response.Text);
        Assert.Equal(32m + 38m, await UsedAsync(provider, "tokens", "house-llm"));

        // The winner at house-llm's price (30 × $0.01 + 2 × $0.05), the loser at premium's (30 × $0.02 + 8 × $0.10).
        Assert.Equal(0.4m + 1.4m, await UsedAsync(provider, "cost_usd", "house-llm"));
        Assert.Equal(1m, await UsedAsync(provider, "requests", "house-llm"));
    }

    [Fact]
    public async Task A_stream_the_caller_stops_is_charged_its_prompt_and_what_the_caller_received()
    {
        var clock = new FakeTimeProvider();
        var model = new FakeChatClient(clock, "house-llm") { StreamingChunks = 4 };
        model.Enqueue(FakeReply.Text(new string('z', 40), 30, 40));
        using ServiceProvider provider = Governed(clock, model, Limits());

        await foreach (ChatResponseUpdate update in provider.GetRequiredService<IChatClient>().GetStreamingResponseAsync(Prompt(30), For(Contoso, maxOutputTokens: 100)))
        {
            break;
        }

        Assert.Equal(40m, await UsedAsync(provider, "tokens"));
        Assert.Equal(1m, await UsedAsync(provider, "requests"));
        Assert.Equal(0m, await UsedAsync(provider, "concurrent"));
    }
}
