using BenchmarkDotNet.Attributes;
using Governance.AI.Budgets;
using Governance.AI.Embeddings;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.AI.Benchmarks.Embeddings;

/// <summary>
/// A governed embedding call of a batch of 16 short texts (about 60 characters each) next to the direct call to a
/// constant generator that answers instantly. Budgets count the batch with the real cl100k tokenizer
/// (<c>text-embedding-3-small</c>) and reserve and settle on one tenant limit in memory; redaction scans every
/// value; the telemetry policy has no listener; the cache is either skipped (<c>no_cache</c>, so every call goes
/// through redaction, budget and provider) or serves the whole batch (all 16 values cached).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class EmbeddingGovernanceBenchmarks
{
    private const int BatchSize = 16;
    private readonly string[] _batch = [.. Enumerable.Range(0, BatchSize).Select(i => $"Quarterly revenue grew in region {i}; see the appendix for details.")];
    private readonly EmbeddingGenerationOptions _options = new EmbeddingGenerationOptions { ModelId = "text-embedding-3-small" }.ForCaller("contoso", "alice");
    private EmbeddingGenerationOptions _noCache = null!;
    private ServiceProvider _services = null!;
    private IEmbeddingGenerator<string, Embedding<float>> _provider = null!;
    private IEmbeddingGenerator<string, Embedding<float>> _budgetOnly = null!;
    private IEmbeddingGenerator<string, Embedding<float>> _governed = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _provider = new ConstantEmbeddingGenerator(BatchSize, 1536);
        var options = new BudgetOptions { SoftThresholds = [] };
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Month, Tokens = long.MaxValue / 4 });
        _budgetOnly = new BudgetEmbeddingGenerator(_provider, options);

        var services = new ServiceCollection();
        services.AddAiEmbeddingGovernance(_provider)
            .AddTelemetry()
            .AddRedaction()
            .AddCache()
            .AddBudgets(o => o.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Month, Tokens = long.MaxValue / 4 }));
        _services = services.BuildServiceProvider();
        _governed = _services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
        _noCache = _options.Clone();
        _noCache.AdditionalProperties = new AdditionalPropertiesDictionary(_options.AdditionalProperties!) { [GovernanceProperties.NoCache] = true };

        // Fills the cache for the hit benchmark.
        await _governed.GenerateAsync(_batch, _options);
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Baseline = true)]
    public Task<GeneratedEmbeddings<Embedding<float>>> Direct() => _provider.GenerateAsync(_batch, _options);

    [Benchmark]
    public Task<GeneratedEmbeddings<Embedding<float>>> BudgetOnly() => _budgetOnly.GenerateAsync(_batch, _options);

    [Benchmark]
    public Task<GeneratedEmbeddings<Embedding<float>>> Governed_NoCache() => _governed.GenerateAsync(_batch, _noCache);

    [Benchmark]
    public Task<GeneratedEmbeddings<Embedding<float>>> Governed_AllCached() => _governed.GenerateAsync(_batch, _options);

    /// <summary>Answers every batch with new result objects around fixed vectors and reports usage, as a provider does.</summary>
    private sealed class ConstantEmbeddingGenerator(int batchSize, int dimensions) : IEmbeddingGenerator<string, Embedding<float>>
    {
        private readonly float[][] _vectors = [.. Enumerable.Range(0, batchSize).Select(i => Enumerable.Range(0, dimensions).Select(d => (float)Math.Sin(i + d)).ToArray())];

        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
            IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            var result = new GeneratedEmbeddings<Embedding<float>>(batchSize) { Usage = new UsageDetails { InputTokenCount = 13 * batchSize } };
            int i = 0;
            foreach (string value in values)
            {
                result.Add(new Embedding<float>(_vectors[i++ % _vectors.Length]) { ModelId = options?.ModelId });
            }

            return Task.FromResult(result);
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
