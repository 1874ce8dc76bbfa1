using System.Text.Json;
using Governance.AI.Caching;
using Governance.AI.Embeddings.Offline;
using Governance.AI.Tests.HeldOut;
using Xunit.Abstractions;
namespace Governance.AI.Tests.Caching;
public sealed class ZzDiag(ITestOutputHelper output)
{
    [Fact]
    public void Diag()
    {
        var e = new WordVectorEmbeddingGenerator();
        double t = new SemanticCacheOptions().SimilarityThreshold;
        foreach (JsonElement p in HeldOutSet.Read("cache-dev.jsonl"))
        {
            string a = CacheKeys.NormalizeText(p.GetProperty("a").GetString()!), b = CacheKeys.NormalizeText(p.GetProperty("b").GetString()!);
            float s = System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(e.Embed(a), e.Embed(b));
            bool safe = PromptDifferenceGuard.Default.IsSafeHit(a, b, out string? r);
            bool hit = s >= t && safe;
            string label = p.GetProperty("label").GetString()!;
            if ((label == "hit") != hit) output.WriteLine($"{label} {p.GetProperty("kind").GetString()} sim={s:0.000} guard={(safe ? "ok" : r)} | {a} || {b}");
        }
    }
}
