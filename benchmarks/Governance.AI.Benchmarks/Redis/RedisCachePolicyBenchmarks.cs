using BenchmarkDotNet.Attributes;
using Governance.AI.Caching;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Governance.AI.Benchmarks.Redis;

/// <summary>
/// An exact-tier cache hit through the whole governed pipeline (the cache policy as <c>AddSemanticCache()</c> builds
/// it), with <c>UseRedis()</c> on a loopback redis-server — so the exact tier sees Redis both as the semantic store
/// and as the <c>IDistributedCache</c> behind HybridCache — next to the same pipeline with the in-memory defaults.
/// </summary>
[MemoryDiagnoser]
public class RedisCachePolicyBenchmarks
{
    private const string Prompt = "What is the refund policy for annual plans?";
    private BenchmarkRedisServer _server = null!;
    private ConnectionMultiplexer _redis = null!;
    private ServiceProvider _withRedis = null!;
    private ServiceProvider _inMemory = null!;
    private IChatClient _redisClient = null!;
    private IChatClient _memoryClient = null!;
    private ChatOptions _options = null!;

    // Synchronous entry points: the in-process toolchain does not await asynchronous setup methods.
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "Exact hit, in-memory defaults")]
    public Task<ChatResponse> ExactHitInMemory() => _memoryClient.GetResponseAsync(Prompt, _options);

    [Benchmark(Description = "Exact hit, UseRedis()")]
    public Task<ChatResponse> ExactHitWithRedis() => _redisClient.GetResponseAsync(Prompt, _options);

    private async Task SetupAsync()
    {
        _server = await BenchmarkRedisServer.StartAsync();
        _redis = await ConnectionMultiplexer.ConnectAsync(_server.Endpoint);
        _options = new ChatOptions().ForCaller("bench");
        (_withRedis, _redisClient) = await BuildAsync(services =>
        {
            services.AddSingleton<IConnectionMultiplexer>(_redis);
            return services.AddAiGovernance(new FakeChatClient()).AddSemanticCache().UseRedis(o => o.CacheStore.KeyPrefix = "bench:" + Guid.NewGuid().ToString("N"));
        });
        (_inMemory, _memoryClient) = await BuildAsync(services => services.AddAiGovernance(new FakeChatClient()).AddSemanticCache());
    }

    private async Task<(ServiceProvider Provider, IChatClient Client)> BuildAsync(Func<ServiceCollection, AiGovernanceBuilder> register)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(new FakeEmbeddingGenerator());
        register(services);
        ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = provider.GetRequiredService<IChatClient>();
        await client.GetResponseAsync(Prompt, _options);
        ChatResponse hit = await client.GetResponseAsync(Prompt, _options);
        if (!Equals(hit.AdditionalProperties?[GovernanceProperties.CacheStatus], SemanticCacheProperties.StatusHit))
        {
            throw new InvalidOperationException("The second identical call was not a cache hit.");
        }

        return (provider, client);
    }

    private async Task CleanupAsync()
    {
        await _withRedis.DisposeAsync();
        await _inMemory.DisposeAsync();
        await _redis.DisposeAsync();
        await _server.DisposeAsync();
    }
}
