using Governance.AI.Idempotency;
using Governance.AI.Redis.Idempotency;
using Governance.AI.Redis.Tests.Infrastructure;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using StackExchange.Redis;

namespace Governance.AI.Redis.Tests.Idempotency;

[Collection(RedisCollection.Name)]
public sealed class RedisIdempotencyStoreTests(RedisServers servers)
{
    [RedisFact]
    public async Task Two_instances_getting_the_same_key_concurrently_make_one_provider_call_and_return_the_same_answer()
    {
        // Invariant: instance two's request arrives while instance one's is in flight at the provider; it must wait
        // for instance one's answer through Redis instead of calling the provider.
        var modelClock = new FakeTimeProvider();
        var model = new FakeChatClient(modelClock) { Latency = TimeSpan.FromSeconds(1), Responder = r => FakeReply.Text("answer " + Guid.NewGuid().ToString("N"), 5, 5) };
        var firstArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        model.RequestReceived += _ => firstArrived.TrySetResult();
        await using ConnectionMultiplexer redis1 = await servers.ConnectStandaloneAsync();
        await using ConnectionMultiplexer redis2 = await servers.ConnectStandaloneAsync();
        var options = new RedisIdempotencyStoreOptions { KeyPrefix = "test:idem:" + Guid.NewGuid().ToString("N") + ":", PollInterval = TimeSpan.FromMilliseconds(5) };
        var one = new IdempotentChatClient(model, new RedisIdempotencyStore(redis1, options));
        var two = new IdempotentChatClient(model, new RedisIdempotencyStore(redis2, options));
        ChatOptions Options() => new ChatOptions().ForCaller("contoso").WithIdempotencyKey("order-42");

        Task<ChatResponse> first = one.GetResponseAsync("place order", Options());
        await firstArrived.Task;
        Task<ChatResponse> second = two.GetResponseAsync("place order", Options());
        Assert.False(second.IsCompleted);
        modelClock.Advance(TimeSpan.FromSeconds(1));
        ChatResponse[] responses = await Task.WhenAll(first, second);

        Assert.Equal(1, model.CallCount);
        Assert.Equal(responses[0].Text, responses[1].Text);
        Assert.Equal(true, responses[1].AdditionalProperties?[IdempotencyChatOptionsExtensions.ReplayedProperty]);
    }

    [RedisFact]
    public async Task A_failed_run_releases_its_claim_so_the_retry_runs()
    {
        await using ConnectionMultiplexer redis = await servers.ConnectStandaloneAsync();
        var store = new RedisIdempotencyStore(redis, new RedisIdempotencyStoreOptions { KeyPrefix = "test:idem:" + Guid.NewGuid().ToString("N") + ":" });
        int runs = 0;

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.GetOrRunAsync<string>("k", TimeSpan.FromMinutes(1), _ =>
        {
            runs++;
            throw new InvalidOperationException("boom");
        }, CancellationToken.None));
        IdempotentResult<string> retried = await store.GetOrRunAsync("k", TimeSpan.FromMinutes(1), _ => Task.FromResult("ok-" + ++runs), CancellationToken.None);
        IdempotentResult<string> replayed = await store.GetOrRunAsync("k", TimeSpan.FromMinutes(1), _ => Task.FromResult("ok-" + ++runs), CancellationToken.None);

        Assert.Equal(("ok-2", false), (retried.Value, retried.Replayed));
        Assert.Equal(("ok-2", true), (replayed.Value, replayed.Replayed));
        Assert.Equal(2, runs);
    }
}
