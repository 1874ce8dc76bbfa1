using System.Text.Json;
using Governance.AI.Embeddings.Offline;
using Governance.AI.Safety;
using Governance.AI.Testing;
using Governance.AI.Tests.HeldOut;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Governance.AI.Tests.Safety;

/// <summary>
/// Measures the similarity layer with the offline word vectors on both held-out halves through the public pipeline:
/// the heuristics alone (defaults), the layer alone, and both. The dev half may be tuned on; the test half gives only
/// the aggregate numbers recorded in the safety README.
/// </summary>
public sealed class SimilarityHeldOutTests(ITestOutputHelper output)
{
    private static readonly WordVectorEmbeddingGenerator Embedder = new();

    public static TheoryData<string> Halves => new("injection-dev.jsonl", "injection-test.jsonl");

    [Theory]
    [MemberData(nameof(Halves))]
    public async Task Measure_heuristics_similarity_and_both(string half)
    {
        var rows = HeldOutSet.Read(half);
        var heuristics = await MeasureAsync(rows, o => { });
        var similarityOnly = await MeasureAsync(rows, o =>
        {
            o.Similarity.Enabled = true;
            o.PromptThreshold = double.MaxValue;
            o.UntrustedThreshold = double.MaxValue;
        });
        var both = await MeasureAsync(rows, o => o.Similarity.Enabled = true);
        output.WriteLine($"{half}: heuristics {heuristics}; similarity alone {similarityOnly}; both {both}");

        // The layers are combined by "either detects": both together can lose no detection of either alone.
        Assert.True(both.Detected >= Math.Max(heuristics.Detected, similarityOnly.Detected), $"{both} vs {heuristics} / {similarityOnly}");
        Assert.True(both.Flagged >= heuristics.Flagged, $"{both} vs {heuristics}");
        Assert.True(similarityOnly.Detected > 0, "the similarity layer alone found no attack at all");
    }

    [Fact]
    public async Task Similarity_scores_on_the_dev_half_by_threshold()
    {
        // Tuning table (dev half only): how the layer alone trades recall for false positives.
        var rows = HeldOutSet.Read("injection-dev.jsonl");
        var scorer = new InjectionSimilarityScorer(Embedder, new InjectionSimilarityOptions());
        var scored = new List<(double Score, bool Attack)>();
        foreach (var row in rows)
        {
            var match = await scorer.ScoreAsync(row.GetProperty("text").GetString()!, CancellationToken.None);
            scored.Add((match.Score, row.GetProperty("label").GetString() == "attack"));
        }

        foreach (var threshold in new[] { 0.80, 0.84, 0.86, 0.88, 0.90, 0.92, 0.94, 0.96 })
        {
            var attacks = scored.Count(s => s.Attack);
            var hit = scored.Count(s => s.Attack && s.Score >= threshold);
            var flagged = scored.Count(s => !s.Attack && s.Score >= threshold);
            output.WriteLine($"threshold {threshold:0.00}: attacks {hit}/{attacks}, benign flagged {flagged}/{scored.Count - attacks}");
        }

        Assert.Contains(scored, s => s.Attack && s.Score > 0);
    }

    private static async Task<Outcome> MeasureAsync(IReadOnlyList<JsonElement> rows, Action<SafetyOptions> configure)
    {
        var options = new SafetyOptions();
        configure(options);
        var services = new ServiceCollection().AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(Embedder).BuildServiceProvider();
        var model = new FakeChatClient { Responder = _ => FakeReply.Text("ok") };
        var client = new GovernancePipelineBuilder(model).UseSafety(options).Build(services);
        int attacks = 0, detected = 0, benign = 0, flagged = 0;
        foreach (var row in rows)
        {
            var attack = row.GetProperty("label").GetString() == "attack";
            bool blocked;
            try
            {
                await client.GetResponseAsync(row.GetProperty("text").GetString()!);
                blocked = false;
            }
            catch (ContentBlockedException)
            {
                blocked = true;
            }

            attacks += attack ? 1 : 0;
            detected += attack && blocked ? 1 : 0;
            benign += attack ? 0 : 1;
            flagged += !attack && blocked ? 1 : 0;
        }

        return new Outcome(attacks, detected, benign, flagged);
    }

    private readonly record struct Outcome(int Attacks, int Detected, int Benign, int Flagged)
    {
        public override string ToString() =>
            $"detected {Detected}/{Attacks} ({(double)Detected / Attacks:P1}), false positives {Flagged}/{Benign} ({(double)Flagged / Benign:P1})";
    }
}
