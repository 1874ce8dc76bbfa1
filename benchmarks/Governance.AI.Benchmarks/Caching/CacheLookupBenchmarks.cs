using BenchmarkDotNet.Attributes;
using Governance.AI.Caching;

namespace Governance.AI.Benchmarks.Caching;

/// <summary>
/// The in-process lookup costs of the cache's two tiers on a 10,000-entry partition (the default partition limit),
/// 384-dimension vectors: what a request pays in-process before (and instead of) a model call.
/// </summary>
[MemoryDiagnoser]
public class CacheLookupBenchmarks
{
    private const int Dimensions = 384;
    private const int Entries = 10_000;
    private InMemorySemanticCacheStore _float32 = null!;
    private InMemorySemanticCacheStore _int8 = null!;
    private float[] _query = [];

    [GlobalSetup]
    public void Setup()
    {
        _float32 = Fill(VectorPrecision.Float32);
        _int8 = Fill(VectorPrecision.Int8);
        _query = Vector(new Random(99));
    }

    [Benchmark(Description = "Exact tier: GetExact")]
    public SemanticCacheEntry? Exact() => _float32.GetExact("tenant", "key-4242");

    [Benchmark(Description = "Semantic tier float32: FindSimilar top-4")]
    public int SemanticFloat32() => _float32.FindSimilar("tenant", _query, 0.1f, 4).Count;

    [Benchmark(Description = "Semantic tier int8: FindSimilar top-4")]
    public int SemanticInt8() => _int8.FindSimilar("tenant", _query, 0.1f, 4).Count;

    private static InMemorySemanticCacheStore Fill(VectorPrecision precision)
    {
        var store = new InMemorySemanticCacheStore(new InMemorySemanticCacheStoreOptions { Precision = precision, MaxMemoryBytes = long.MaxValue });
        var random = new Random(1);
        DateTimeOffset now = DateTimeOffset.UtcNow;
        for (int i = 0; i < Entries; i++)
        {
            store.Set(new SemanticCacheEntry
            {
                Id = "id-" + i,
                Partition = "tenant",
                ExactKey = "key-" + i,
                Embedding = Vector(random),
                PromptText = "prompt",
                Response = "{}"u8.ToArray(),
                CreatedAt = now,
                ExpiresAt = now.AddDays(1),
            });
        }

        return store;
    }

    private static float[] Vector(Random random)
    {
        float[] v = new float[Dimensions];
        for (int i = 0; i < v.Length; i++)
        {
            v[i] = (random.NextSingle() * 2f) - 1f;
        }

        return v;
    }
}
