using System.Text;
using BenchmarkDotNet.Attributes;
using Governance.AI.Embeddings.Offline;
using Governance.AI.Safety;
using Governance.AI.Testing;

namespace Governance.AI.Benchmarks.Safety;

/// <summary>
/// The cost of the similarity layer (reported apart from the heuristic scan): scoring a short prompt and a 1 KB prompt
/// (1024 characters, 11 passages plus the whole) against the built-in exemplar bank with the offline word vectors, and
/// the same 1 KB prompt with the test embedder, whose hashing stands in for a model so that the layer's own work
/// (passage split, comparison with every exemplar) shows. The bank is embedded once, in setup. A remote embedding
/// model adds its round trip on top.
/// </summary>
[MemoryDiagnoser]
public class SimilarityLayerBenchmarks
{
    private InjectionSimilarityScorer _offline = null!;
    private InjectionSimilarityScorer _fake = null!;
    private string _short = null!;
    private string _oneKilobyte = null!;

    [GlobalSetup]
    public void Setup()
    {
        var options = new InjectionSimilarityOptions();
        _offline = new InjectionSimilarityScorer(new WordVectorEmbeddingGenerator(), options);
        _fake = new InjectionSimilarityScorer(new FakeEmbeddingGenerator(), options);
        _short = "Could you help me plan a three-day trip to Lisbon with good food and a museum or two?";
        var sb = new StringBuilder();
        while (sb.Length < 1024)
        {
            sb.Append("Please summarize the quarterly report for the team meeting and list the action items with owners. ");
        }

        _oneKilobyte = sb.ToString(0, 1024);
        if (InjectionSimilarityScorer.Passages(_oneKilobyte, options.MaxPassages).Count < 10)
        {
            throw new InvalidOperationException("The 1 KB prompt should split into passages.");
        }

        // Embed the banks now, outside the measurement.
        _offline.ScoreAsync(_short, CancellationToken.None).GetAwaiter().GetResult();
        _fake.ScoreAsync(_short, CancellationToken.None).GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true)]
    public async Task<double> OfflineShortPrompt() => (await _offline.ScoreAsync(_short, CancellationToken.None).ConfigureAwait(false)).Score;

    [Benchmark]
    public async Task<double> Offline1KB() => (await _offline.ScoreAsync(_oneKilobyte, CancellationToken.None).ConfigureAwait(false)).Score;

    [Benchmark]
    public async Task<double> TestEmbedder1KB() => (await _fake.ScoreAsync(_oneKilobyte, CancellationToken.None).ConfigureAwait(false)).Score;
}
