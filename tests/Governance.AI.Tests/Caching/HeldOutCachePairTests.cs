using System.Text;
using System.Text.Json;
using Governance.AI.Caching;
using Governance.AI.Embeddings.Offline;
using Governance.AI.Testing;
using Governance.AI.Tests.HeldOut;
using Microsoft.Extensions.AI;
using Xunit.Abstractions;

namespace Governance.AI.Tests.Caching;

/// <summary>
/// The held-out prompt pairs (tests/Governance.AI.Tests/HeldOut/cache-*.jsonl, written independently of the guard)
/// through the public cache policy at default options with the offline word-vector embedder: prompt <c>a</c> is
/// answered and stored, then prompt <c>b</c> is asked by the same tenant. The dev half was used to improve the guard
/// (a regression set); the test half was not looked at. Numbers before and after: src/Governance.AI/Caching/README.md.
/// </summary>
public sealed class HeldOutCachePairTests(ITestOutputHelper output)
{
    private static readonly WordVectorEmbeddingGenerator Offline = new();

    // Floors a little below what the guard achieves (dev 90.9 %, dev2 93.4 %, dev3 90.9 %, dev4 91.1 %, dev5 96.4 %, dev6
    // 92.4 %, dev7 78.8 %, dev8 85.4 %, dev9 97.1 %, test 86.2 %; 0 false hits on each but dev8's explain / list pair, which both read
    // as "what are X" by design: see the Caching README, eighth round). dev9 was written by the ninth round's author for its
    // rules (question-kind rewordings, lead-ins, hyphens, clause order) with must-miss pairs for each: a regression set. dev8 was written before its author read the guard
    // (69.8 % and 4 false hits on the code of the time) and then used to tune the eighth round. dev7 was written before its author read the guard
    // (75.3 % and 2 false hits on the code of the time) and then used to tune the typo rule (and the WordNet synonym classes, since removed: they served no pair). dev2..dev6 were written by the guard's author to cover every kind of
    // issue #17 item 3, the classes the embedder cannot separate (quantifier, modifier, modality, time, person), the weak
    // hit kinds (synonym, typo, rewording) against hard near-synonyms, politeness and filler against added meaning, and
    // rewordings against questions that ask for another kind of answer: regression sets, not evidence. heldout28 (77.4 %;
    // its one false hit, a possessive moved to another noun, "my landlord's insurance … my belongings" / "my insurance …
    // my landlord's belongings", was closed by the thirty-first round) and heldout29 (80.9 %, no false hit) are the
    // twenty-eighth and twenty-ninth fresh independent sets, released as regression data after their sessions.
    [Theory]
    [InlineData("cache-dev.jsonl", 0.87, 0)]
    [InlineData("cache-dev2.jsonl", 0.92, 0)]
    [InlineData("cache-dev3.jsonl", 0.86, 0)]
    [InlineData("cache-dev4.jsonl", 0.89, 0)]
    [InlineData("cache-dev5.jsonl", 0.94, 0)]
    [InlineData("cache-dev6.jsonl", 0.88, 0)]
    [InlineData("cache-dev7.jsonl", 0.77, 0)]
    [InlineData("cache-dev8.jsonl", 0.83, 1)]
    [InlineData("cache-dev9.jsonl", 0.94, 0)]
    [InlineData("cache-test.jsonl", 0.83, 0)]
    [InlineData("cache-heldout28.jsonl", 0.76, 0)]
    [InlineData("cache-heldout29.jsonl", 0.79, 0)]
    public async Task Paraphrases_hit_and_must_miss_pairs_are_not_served(string file, double minimumHitRate, int maximumFalseHits)
    {
        int shouldHit = 0, hits = 0, mustMiss = 0;
        var falseHits = new List<string>();
        var missedByKind = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var falseHitsByKind = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var details = new StringBuilder();
        foreach (JsonElement pair in HeldOutSet.Read(file))
        {
            string a = pair.GetProperty("a").GetString()!;
            string b = pair.GetProperty("b").GetString()!;
            string kind = pair.GetProperty("kind").GetString()!;
            (bool hit, string? reason) = await ServedFromCacheAsync(a, b);
            if (pair.GetProperty("label").GetString() == "hit")
            {
                shouldHit++;
                if (hit)
                {
                    hits++;
                }
                else
                {
                    missedByKind[kind] = missedByKind.GetValueOrDefault(kind) + 1;
                    details.AppendLine($"  missed [{kind}] ({reason ?? "below threshold"}) {a} || {b}");
                }
            }
            else
            {
                mustMiss++;
                if (hit)
                {
                    falseHits.Add($"[{kind}] {a} || {b}");
                    falseHitsByKind[kind] = falseHitsByKind.GetValueOrDefault(kind) + 1;
                }
            }
        }

        double hitRate = (double)hits / shouldHit;
        output.WriteLine($"{file}: paraphrases served {hits}/{shouldHit} ({hitRate:P1}); false hits {falseHits.Count}/{mustMiss}");
        foreach (KeyValuePair<string, int> kind in missedByKind)
        {
            output.WriteLine($"  paraphrases missed, {kind.Key}: {kind.Value}");
        }

        foreach (KeyValuePair<string, int> kind in falseHitsByKind)
        {
            output.WriteLine($"  false hits, {kind.Key}: {kind.Value}");
        }

        if (file.Contains("-dev", StringComparison.Ordinal))
        {
            // Only the dev half's failures are ever printed: the test half stays unseen.
            output.WriteLine(details.ToString());
            output.WriteLine(string.Join('\n', falseHits));
        }

        Assert.True(falseHits.Count <= maximumFalseHits, $"{file}: {falseHits.Count} must-miss pairs were served from cache");
        Assert.True(hitRate >= minimumHitRate, $"{file}: {hitRate:P1} of paraphrases served, below {minimumHitRate:P0}");
    }

    private static async Task<(bool Hit, string? Reason)> ServedFromCacheAsync(string cached, string asked)
    {
        GovernanceTestHarness h = GovernanceTestHarness.Create(p => p.UseSemanticCache(new SemanticCacheOptions(), store: null, Offline));
        h.Model.Responder = _ => FakeReply.Text("answer", inputTokens: 10, outputTokens: 5);
        ChatOptions caller = new ChatOptions().ForCaller("tenant-1");
        await h.Client.GetResponseAsync(cached, caller);
        ChatResponse response = await h.Client.GetResponseAsync(asked, new ChatOptions().ForCaller("tenant-1"));
        bool hit = response.AdditionalProperties?[GovernanceProperties.CacheStatus] as string == SemanticCacheProperties.StatusHit;
        return (hit, response.AdditionalProperties?.TryGetValue(SemanticCacheProperties.Reason, out object? reason) == true ? reason as string : null);
    }
}
