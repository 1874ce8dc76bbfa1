using Governance.AI.Caching;
using Governance.AI.Redis.Caching;
using Governance.AI.Redis.Tests.Infrastructure;
using StackExchange.Redis;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;

namespace Governance.AI.Redis.Tests.Caching;

[Collection(RedisCollection.Name)]
public sealed class RedisCachePipelineTests(RedisServers servers)
{
    [RedisFact]
    public async Task A_response_cached_by_one_instance_is_served_by_another_without_calling_its_model()
    {
        string prefix = "test:cache:" + Guid.NewGuid().ToString("N")[..8];
        // Entry expiry is enforced by the Redis server's clock too, so the fake clocks start at the real time.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using ConnectionMultiplexer redisA = await servers.ConnectStandaloneAsync();
        using ConnectionMultiplexer redisB = await servers.ConnectStandaloneAsync();
        // The stores' replica sync keeps the real clock: nothing here advances a fake one, and a fault under load
        // (a command timing out) must be retried after RetryDelay rather than park the replica on a frozen timer.
        await using var storeA = new RedisSemanticCacheStore(redisA, new() { KeyPrefix = prefix });
        await using var storeB = new RedisSemanticCacheStore(redisB, new() { KeyPrefix = prefix });
        await Task.WhenAll(storeA.StartAsync(), storeB.StartAsync());
        var options = new SemanticCacheOptions { TimeToLive = TimeSpan.FromHours(1) };
        GovernanceTestHarness a = GovernanceTestHarness.Create(p => p.UseSemanticCache(options, storeA), clock: clock);
        GovernanceTestHarness b = GovernanceTestHarness.Create(p => p.UseSemanticCache(options, storeB), clock: clock);
        a.Model.Enqueue(FakeReply.Text("Paris.", inputTokens: 12, outputTokens: 3));

        // The exact tier is each instance's HybridCache (no shared L2 here): b finds a's answer in the shared
        // store's semantic tier once its replica has it.
        var replicated = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        storeB.ReplicaChanged += (_, _) => replicated.TrySetResult();
        ChatResponse first = await a.Client.GetResponseAsync("What is the capital of France?", new ChatOptions().ForCaller("acme"));
        await replicated.Task.WaitAsync(TimeSpan.FromSeconds(30));
        ChatResponse second = await b.Client.GetResponseAsync("What is the capital of France?", new ChatOptions().ForCaller("acme"));
        ChatResponse otherTenant = await b.Client.GetResponseAsync("What is the capital of France?", new ChatOptions().ForCaller("globex"));

        Assert.Equal("Paris.", first.Text);
        Assert.Equal(1, a.Model.CallCount);
        Assert.Equal(SemanticCacheProperties.StatusHit, second.AdditionalProperties?[GovernanceProperties.CacheStatus]);
        Assert.Equal("Paris.", second.Text);
        Assert.Equal(SemanticCacheProperties.StatusMiss, otherTenant.AdditionalProperties?[GovernanceProperties.CacheStatus]);
        Assert.Equal(1, b.Model.CallCount);
    }

    [RedisFact]
    public async Task Instances_embedding_with_different_models_never_serve_each_others_entries_from_a_shared_store()
    {
        string prefix = "test:cache:" + Guid.NewGuid().ToString("N")[..8];
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using ConnectionMultiplexer redisA = await servers.ConnectStandaloneAsync();
        using ConnectionMultiplexer redisB = await servers.ConnectStandaloneAsync();
        await using var storeA = new RedisSemanticCacheStore(redisA, new() { KeyPrefix = prefix });
        await using var storeB = new RedisSemanticCacheStore(redisB, new() { KeyPrefix = prefix });
        await Task.WhenAll(storeA.StartAsync(), storeB.StartAsync());
        var options = new SemanticCacheOptions { TimeToLive = TimeSpan.FromHours(1) };

        // The same vectors and dimension under two model names: b's embedder is another model than the one a stored with.
        GovernanceTestHarness a = GovernanceTestHarness.Create(p => p.UseSemanticCache(options, storeA, new FakeEmbeddingGenerator(64, "model-a")), clock: clock);
        GovernanceTestHarness b = GovernanceTestHarness.Create(p => p.UseSemanticCache(options, storeB, new FakeEmbeddingGenerator(64, "model-b")), clock: clock);
        a.Model.Enqueue(FakeReply.Text("Paris.", inputTokens: 12, outputTokens: 3));
        b.Model.Enqueue(FakeReply.Text("Paris, from b.", inputTokens: 12, outputTokens: 3));

        var replicated = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        storeB.ReplicaChanged += (_, _) => replicated.TrySetResult();
        await a.Client.GetResponseAsync("What is the capital of France?", new ChatOptions().ForCaller("acme"));
        await replicated.Task.WaitAsync(TimeSpan.FromSeconds(30));
        ChatResponse fromB = await b.Client.GetResponseAsync("What is the capital of France?", new ChatOptions().ForCaller("acme"));

        Assert.Equal(SemanticCacheProperties.StatusMiss, fromB.AdditionalProperties?[GovernanceProperties.CacheStatus]);
        Assert.Equal("Paris, from b.", fromB.Text);
        Assert.Equal(1, b.Model.CallCount);
    }
}
