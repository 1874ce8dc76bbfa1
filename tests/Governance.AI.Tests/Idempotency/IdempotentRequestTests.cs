using Governance.AI.Budgets;
using Governance.AI.Idempotency;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.AI.Tests.Idempotency;

public sealed class IdempotentRequestTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Two_concurrent_requests_with_the_same_key_make_one_provider_call_and_one_charge(bool streaming)
    {
        // Invariant: the second request arrives while the first is in flight at the provider; it must wait for the
        // first answer instead of calling the provider, and the budget (one request a day) must be charged once.
        var model = new FakeChatClient(_clock) { Latency = TimeSpan.FromSeconds(1), Responder = r => FakeReply.Text("answer " + r.LastUserText, 5, 5) };
        var firstArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        model.RequestReceived += _ => firstArrived.TrySetResult();
        IChatClient client = Build(model, requestsPerDay: 1);
        ChatOptions Options() => new ChatOptions().ForCaller("contoso").WithIdempotencyKey("order-42");

        Task<ChatResponse> first = Send(client, streaming, Options());
        await firstArrived.Task;
        Task<ChatResponse> second = Send(client, streaming, Options());
        Assert.False(second.IsCompleted);
        _clock.Advance(TimeSpan.FromSeconds(1));
        ChatResponse[] responses = await Task.WhenAll(first, second);

        Assert.Equal(1, model.CallCount);
        Assert.Equal(responses[0].Text, responses[1].Text);
        Assert.Equal(true, responses[1].AdditionalProperties?[IdempotencyChatOptionsExtensions.ReplayedProperty]);

        // A retry after completion, within the window, is replayed too and still not charged.
        ChatResponse retried = await Send(client, streaming, Options());
        Assert.Equal(responses[0].Text, retried.Text);
        Assert.Equal(1, model.CallCount);
    }

    [Fact]
    public async Task Without_a_key_or_with_another_tenant_or_after_the_window_the_request_runs_again()
    {
        var model = new FakeChatClient(_clock);
        IChatClient client = Build(model, requestsPerDay: 100);

        await client.GetResponseAsync("hi", new ChatOptions().ForCaller("contoso"));
        await client.GetResponseAsync("hi", new ChatOptions().ForCaller("contoso"));
        await client.GetResponseAsync("hi", new ChatOptions().ForCaller("contoso").WithIdempotencyKey("k"));
        await client.GetResponseAsync("hi", new ChatOptions().ForCaller("fabrikam").WithIdempotencyKey("k"));
        Assert.Equal(4, model.CallCount);

        _clock.Advance(TimeSpan.FromMinutes(10));
        await client.GetResponseAsync("hi", new ChatOptions().ForCaller("contoso").WithIdempotencyKey("k"));
        Assert.Equal(5, model.CallCount);
    }

    [Fact]
    public async Task Another_user_of_the_same_tenant_reusing_a_key_runs_their_own_request()
    {
        // Invariant: a replay only ever returns an answer to the caller (tenant and user) whose request produced it.
        var model = new FakeChatClient(_clock).Enqueue(FakeReply.Text("for alice"), FakeReply.Text("for bob"));
        IChatClient client = Build(model, requestsPerDay: 100);

        ChatResponse alice = await client.GetResponseAsync("hi", new ChatOptions().ForCaller("contoso", "alice").WithIdempotencyKey("k"));
        ChatResponse bob = await client.GetResponseAsync("hi", new ChatOptions().ForCaller("contoso", "bob").WithIdempotencyKey("k"));
        ChatResponse aliceAgain = await client.GetResponseAsync("hi", new ChatOptions().ForCaller("contoso", "alice").WithIdempotencyKey("k"));

        Assert.Equal("for alice", alice.Text);
        Assert.Equal("for bob", bob.Text);
        Assert.Equal("for alice", aliceAgain.Text);
        Assert.Equal(2, model.CallCount);
    }

    [Fact]
    public async Task A_failed_first_request_leaves_nothing_behind_so_its_retry_calls_the_provider()
    {
        var model = new FakeChatClient(_clock).Enqueue(FakeReply.Throw(new HttpRequestException("boom")), FakeReply.Text("ok"));
        IChatClient client = Build(model, requestsPerDay: 100);

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetResponseAsync("hi", new ChatOptions().WithIdempotencyKey("k")));
        ChatResponse retried = await client.GetResponseAsync("hi", new ChatOptions().WithIdempotencyKey("k"));

        Assert.Equal("ok", retried.Text);
        Assert.Equal(2, model.CallCount);
    }

    [Fact]
    public async Task The_idempotency_key_never_reaches_the_provider()
    {
        var model = new FakeChatClient(_clock);
        IChatClient client = Build(model, requestsPerDay: 100);

        await client.GetResponseAsync("hi", new ChatOptions().WithIdempotencyKey("k"));

        Assert.False(model.Requests[0].Options?.AdditionalProperties?.ContainsKey(IdempotencyChatOptionsExtensions.PropertyKey) ?? false);
    }

    private static async Task<ChatResponse> Send(IChatClient client, bool streaming, ChatOptions options) =>
        streaming
            ? await client.GetStreamingResponseAsync("place order", options).ToChatResponseAsync()
            : await client.GetResponseAsync("place order", options);

    private IChatClient Build(IChatClient model, long requestsPerDay)
    {
        var budgets = new BudgetOptions();
        budgets.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Requests = requestsPerDay });
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_clock);
        using ServiceProvider provider = services.BuildServiceProvider();
        return new ChatClientBuilder(model)
            .UseIdempotency()
            .UseAiGovernance(g => g.UseBudgets(budgets))
            .Build(provider);
    }
}
