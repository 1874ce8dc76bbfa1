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
        // Entry expiry is enforced by the Redis server's clock too, so the fake clocks start at the real time.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using SharedStore shared = await SharedStore.StartAsync(servers);
        RedisSemanticCacheStore storeA = shared.A, storeB = shared.B;
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
        // Entry expiry is enforced by the Redis server's clock too, so the fake clocks start at the real time.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using SharedStore shared = await SharedStore.StartAsync(servers);
        RedisSemanticCacheStore storeA = shared.A, storeB = shared.B;
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

    /// <summary>Two instances' stores, each on its own connection, sharing one key prefix on one server.</summary>
    private sealed class SharedStore : IAsyncDisposable
    {
        private readonly ConnectionMultiplexer _redisA, _redisB;

        private SharedStore(ConnectionMultiplexer redisA, ConnectionMultiplexer redisB, string prefix)
        {
            _redisA = redisA;
            _redisB = redisB;
            A = new RedisSemanticCacheStore(redisA, new() { KeyPrefix = prefix });
            B = new RedisSemanticCacheStore(redisB, new() { KeyPrefix = prefix });
        }

        public RedisSemanticCacheStore A { get; }

        public RedisSemanticCacheStore B { get; }

        // The stores' replica sync keeps the real clock: nothing here advances a fake one, and a fault under load
        // (a command timing out) must be retried after RetryDelay rather than park the replica on a frozen timer.
        public static async Task<SharedStore> StartAsync(RedisServers servers)
        {
            string prefix = "test:cache:" + Guid.NewGuid().ToString("N")[..8];
            var shared = new SharedStore(await servers.ConnectStandaloneAsync(), await servers.ConnectStandaloneAsync(), prefix);
            await Task.WhenAll(shared.A.StartAsync(), shared.B.StartAsync());
            return shared;
        }

        public async ValueTask DisposeAsync()
        {
            await A.DisposeAsync();
            await B.DisposeAsync();
            _redisA.Dispose();
            _redisB.Dispose();
        }
    }
}
