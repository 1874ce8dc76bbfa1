using Governance.AI.Caching;
using Governance.AI.Embeddings.Offline;
using Xunit.Abstractions;

namespace Governance.AI.Tests.Caching;

/// <summary>
/// Measures the offline cache decision (offline embedder at the default threshold, then the default guard) on
/// <see cref="GeneralizationEvaluationSet"/>: every must-miss pair misses, and most paraphrases hit.
/// </summary>
public sealed class GeneralizationEvaluationTests(ITestOutputHelper output)
{
    private static readonly WordVectorEmbeddingGenerator Embedder = new();
    private static readonly double DefaultThreshold = new SemanticCacheOptions().SimilarityThreshold;

    [Fact]
    public void Every_must_miss_pair_misses()
    {
        List<(string A, string B)> pairs = Parse(GeneralizationEvaluationSet.MustMiss + "\n" + GeneralizationEvaluationSet.MustMissFresh);
        Assert.True(pairs.Count >= 60, $"only {pairs.Count} must-miss pairs");
        var wrongHits = new List<string>();
        foreach ((string a, string b) in pairs)
        {
            if (Hits(a, b, out string verdict) || Hits(b, a, out verdict))
            {
                wrongHits.Add($"{a} / {b} ({verdict})");
            }
        }

        output.WriteLine($"must-miss: {pairs.Count - wrongHits.Count}/{pairs.Count} miss");
        Assert.True(wrongHits.Count == 0, "wrong hits:\n" + string.Join('\n', wrongHits));
    }

    [Fact]
    public void At_least_85_percent_of_paraphrase_pairs_hit()
    {
        List<(string A, string B)> pairs = Parse(GeneralizationEvaluationSet.ShouldHit + "\n" + GeneralizationEvaluationSet.ShouldHitFresh);
        Assert.True(pairs.Count >= 60, $"only {pairs.Count} paraphrase pairs");
        var misses = new List<string>();
        foreach ((string a, string b) in pairs)
        {
            if (!Hits(a, b, out string verdict))
            {
                misses.Add($"{a} / {b} ({verdict})");
            }
        }

        int hits = pairs.Count - misses.Count;
        output.WriteLine($"paraphrases: {hits}/{pairs.Count} hit");
        output.WriteLine(string.Join('\n', misses));
        Assert.True(hits * 100 >= pairs.Count * 85, $"{hits}/{pairs.Count} paraphrases hit; misses:\n" + string.Join('\n', misses));
    }

    private static bool Hits(string cached, string prompt, out string verdict)
    {
        float similarity = System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(Embedder.Embed(cached), Embedder.Embed(prompt));
        if (similarity < DefaultThreshold)
        {
            verdict = $"similarity {similarity:0.000}";
            return false;
        }

        bool safe = PromptDifferenceGuard.Default.IsSafeHit(cached, prompt, out string? reason);
        verdict = safe ? $"hit at {similarity:0.000}" : $"guard {reason} at {similarity:0.000}";
        return safe;
    }

    private static List<(string A, string B)> Parse(string set)
    {
        var pairs = new List<(string A, string B)>();
        foreach (string line in set.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string[] parts = line.Split(" || ", StringSplitOptions.TrimEntries);
            Assert.Equal(2, parts.Length);
            pairs.Add((parts[0], parts[1]));
        }

        return pairs;
    }
}
