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

    [Fact]
    public void Detection_is_at_least_90_percent_with_at_most_2_percent_false_positives()
    {
        var detector = PromptInjectionDetector.Default;
        var missed = SafetyCorpus.Injections.Where(s => !detector.Scan(s.Text, s.Origin).IsDetected).ToList();
        var flagged = SafetyCorpus.Benign.Where(s => detector.Scan(s.Text, s.Origin).IsDetected).ToList();
        var detection = 1.0 - ((double)missed.Count / SafetyCorpus.Injections.Count);
        var falsePositives = (double)flagged.Count / SafetyCorpus.Benign.Count;
        output.WriteLine($"detection {detection:P1} ({missed.Count} missed), false positives {falsePositives:P1} ({flagged.Count})");
        foreach (var s in missed)
        {
            output.WriteLine($"missed [{s.Language}] {detector.Scan(s.Text, s.Origin).Score:0.00}");
        }

        Assert.True(detection >= 0.90, $"detection {detection:P1}");
        Assert.True(falsePositives <= 0.02, $"false positives {falsePositives:P1}");
    }
}
