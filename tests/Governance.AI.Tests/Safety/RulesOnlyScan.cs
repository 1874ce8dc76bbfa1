using Governance.AI.Safety;

namespace Governance.AI.Tests.Safety;

/// <summary>
/// The heuristic layer alone (lexical model off) and its assertions, shared by the recall rounds' tests: a rule test
/// must pass or fail on the rules it names, not on the model's probability.
/// </summary>
internal static class RulesOnlyScan
{
    /// <summary>The detector with the lexical model disabled.</summary>
    public static readonly PromptInjectionDetector Rules = new(new PromptInjectionDetectorOptions { LexicalModel = { Enabled = false } });

    /// <summary>Asserts that the rules flag <paramref name="text"/> and that <paramref name="ruleId"/> is among their ids.</summary>
    public static void AssertDetectedBy(string text, string ruleId)
    {
        var scan = Rules.Scan(text);
        Assert.True(scan.IsRuleDetected, $"score {scan.Score}: {string.Join(", ", scan.RuleIds)}");
        Assert.Contains(ruleId, scan.RuleIds);
    }

    /// <summary>Asserts that the rules do not flag <paramref name="text"/> and, when given, that <paramref name="ruleId"/>
    /// does not even contribute.</summary>
    public static void AssertNotDetected(string text, string? ruleId = null)
    {
        var scan = Rules.Scan(text);
        Assert.False(scan.IsRuleDetected, $"score {scan.Score}: {string.Join(", ", scan.RuleIds)}");
        if (ruleId is not null)
        {
            Assert.DoesNotContain(ruleId, scan.RuleIds);
        }
    }
}
