using BenchmarkDotNet.Attributes;
using Governance.AI.Caching;
using Governance.AI.Redis;
using Governance.AI.Redis.Caching;

using StackExchange.Redis;

namespace Governance.AI.Benchmarks.Redis;

/// <summary>
/// Similarity lookups on a <see cref="RedisSemanticCacheStore"/>'s local replica next to an
/// <see cref="InMemorySemanticCacheStore"/> holding the same 10,000 entries (384 dimensions), and the time for an
/// entry written through one instance to become a hit on another (stream replication, loopback).
/// </summary>
[MemoryDiagnoser]
public class RedisCacheBenchmarks
{
    private const int Entries = 10_000;
    private const int Dimensions = 384;

    private BenchmarkRedisServer _server = null!;
    private ConnectionMultiplexer _redisA = null!;
    private ConnectionMultiplexer _redisB = null!;
    private RedisSemanticCacheStore _writer = null!;
    private RedisSemanticCacheStore _replica = null!;
    private InMemorySemanticCacheStore _inMemory = null!;
    private float[] _query = null!;
    private int _sequence;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = await BenchmarkRedisServer.StartAsync();
        _redisA = await ConnectionMultiplexer.ConnectAsync(_server.Endpoint);
        _redisB = await ConnectionMultiplexer.ConnectAsync(_server.Endpoint);
        string prefix = "bench:" + Guid.NewGuid().ToString("N")[..8];
        _writer = new RedisSemanticCacheStore(_redisA, new RedisSemanticCacheStoreOptions { KeyPrefix = prefix });
        await _writer.StartAsync();
        _inMemory = new InMemorySemanticCacheStore();
        var random = new Random(42);
        for (int i = 0; i < Entries; i++)
        {
            SemanticCacheEntry entry = Entry(i, Vector(random));
            await _writer.SetAsync(entry);
            await _inMemory.SetAsync(entry);
        }

        _replica = new RedisSemanticCacheStore(_redisB, new RedisSemanticCacheStoreOptions { KeyPrefix = prefix });
        await _replica.StartAsync();
        _query = Vector(random);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _replica.DisposeAsync();
        await _writer.DisposeAsync();
        await _redisA.DisposeAsync();
        await _redisB.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Benchmark(Baseline = true)]
    public ValueTask<IReadOnlyList<SemanticCacheMatch>> InMemoryFindSimilar() => _inMemory.FindSimilarAsync("p", _query, 0.5f, 1);

    [Benchmark]
    public ValueTask<IReadOnlyList<SemanticCacheMatch>> RedisReplicaFindSimilar() => _replica.FindSimilarAsync("p", _query, 0.5f, 1);

    [Benchmark]
    public async Task WriteOnOneInstanceHitOnAnother()
    {
        SemanticCacheEntry entry = Entry(Entries + Interlocked.Increment(ref _sequence), _query);
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnChange(object? sender, ReplicaChangedEventArgs e)
        {
            if (e.Id == entry.Id)
            {
                seen.TrySetResult();
            }
        }

        _replica.ReplicaChanged += OnChange;
        await _writer.SetAsync(entry);
        await seen.Task;
        _replica.ReplicaChanged -= OnChange;
    }

    private static float[] Vector(Random random)
    {
        var vector = new float[Dimensions];
        for (int i = 0; i < vector.Length; i++)
        {
            vector[i] = (float)(random.NextDouble() - 0.5);
        }

        return vector;
    }

    private static SemanticCacheEntry Entry(int i, float[] vector) => new()
    {
        Id = "e" + i,
        Partition = "p",
        ExactKey = "x" + i,
        Embedding = vector,
        Response = "{\"text\":\"cached\"}"u8.ToArray(),
        CreatedAt = DateTimeOffset.UtcNow,
        ExpiresAt = DateTimeOffset.UtcNow.AddHours(6),
    };
}
