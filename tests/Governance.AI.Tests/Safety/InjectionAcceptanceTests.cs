using Governance.AI.Safety;
using Xunit.Abstractions;

namespace Governance.AI.Tests.Safety;

public sealed class InjectionAcceptanceTests(ITestOutputHelper output)
{
    [Fact]
    public void Labelled_sets_are_large_enough_and_cover_four_languages()
    {
        var attacks = SafetyCorpus.Injections;
        var benign = SafetyCorpus.Benign;
        Assert.True(attacks.Count >= 150, $"{attacks.Count} injection samples");
        Assert.True(benign.Count >= 300, $"{benign.Count} benign samples");
        foreach (var lang in new[] { "en", "de", "es", "fr" })
        {
            Assert.True(attacks.Count(s => s.Language == lang) >= 25, lang);
        }

        Assert.Contains(attacks, s => s.Origin == SafetyContentOrigin.UntrustedContent);
        Assert.Contains(benign, s => s.Origin == SafetyContentOrigin.UntrustedContent);
    }

    public static TheoryData<string> Sets => new(SafetyCorpus.SetNames);

    [Fact]
    public void The_fresh_set_is_large_enough_and_covers_four_languages()
    {
        var attacks = SafetyCorpus.InjectionsOf("fresh");
        var benign = SafetyCorpus.BenignOf("fresh");
        Assert.True(attacks.Count >= 60, $"{attacks.Count} injection samples");
        Assert.True(benign.Count >= 120, $"{benign.Count} benign samples");
        foreach (var lang in new[] { "en", "de", "es", "fr" })
        {
            Assert.True(attacks.Count(s => s.Language == lang) >= 10, lang);
            Assert.True(benign.Count(s => s.Language == lang) >= 25, lang);
        }
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Detection_is_at_least_90_percent_with_at_most_2_percent_false_positives(string set)
    {
        var detector = PromptInjectionDetector.Default;
        var injections = SafetyCorpus.InjectionsOf(set);
        var benign = SafetyCorpus.BenignOf(set);
        var missed = injections.Where(s => !detector.Scan(s.Text, s.Origin).IsDetected).ToList();
        var flagged = benign.Where(s => detector.Scan(s.Text, s.Origin).IsDetected).ToList();
        var detection = 1.0 - ((double)missed.Count / injections.Count);
        var falsePositives = (double)flagged.Count / benign.Count;
        output.WriteLine($"set '{set}': detection {detection:P1} ({missed.Count}/{injections.Count} missed), false positives {falsePositives:P1} ({flagged.Count}/{benign.Count})");
        foreach (var s in missed)
        {
            output.WriteLine($"missed [{s.Language}] {detector.Scan(s.Text, s.Origin).Score:0.00} {Excerpt(s.Text)}");
        }

        foreach (var s in flagged)
        {
            var r = detector.Scan(s.Text, s.Origin);
            output.WriteLine($"flagged [{s.Language}] {r.Score:0.00} {string.Join(",", r.RuleIds)} {Excerpt(s.Text)}");
        }

        Assert.True(detection >= 0.90, $"detection {detection:P1}");
        Assert.True(falsePositives <= 0.02, $"false positives {falsePositives:P1}");
    }

    private static string Excerpt(string text) => text.Length <= 70 ? text.ReplaceLineEndings(" ") : text[..70].ReplaceLineEndings(" ");
}
