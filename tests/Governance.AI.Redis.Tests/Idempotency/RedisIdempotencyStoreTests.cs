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
        // The provider call is held at a gate rather than by a latency on a fake clock: advancing that clock could
        // run before the call had set its timer (a loaded machine), which then never fired.
        var provider = new FakeChatClient { Responder = r => FakeReply.Text("answer " + Guid.NewGuid().ToString("N"), 5, 5) };
        var model = new GatedChatClient(provider);
        await using ConnectionMultiplexer redis1 = await servers.ConnectStandaloneAsync();
        await using ConnectionMultiplexer redis2 = await servers.ConnectStandaloneAsync();
        var options = new RedisIdempotencyStoreOptions { KeyPrefix = "test:idem:" + Guid.NewGuid().ToString("N") + ":", PollInterval = TimeSpan.FromMilliseconds(5) };
        var one = new IdempotentChatClient(model, new RedisIdempotencyStore(redis1, options));
        var two = new IdempotentChatClient(model, new RedisIdempotencyStore(redis2, options));
        ChatOptions Options() => new ChatOptions().ForCaller("contoso").WithIdempotencyKey("order-42");

        Task<ChatResponse> first = one.GetResponseAsync("place order", Options());
        await model.Arrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Task<ChatResponse> second = two.GetResponseAsync("place order", Options());
        Assert.False(second.IsCompleted);
        model.Gate.SetResult();
        ChatResponse[] responses = await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, provider.CallCount);
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
