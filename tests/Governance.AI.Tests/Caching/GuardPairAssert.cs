using Governance.AI.Caching;

namespace Governance.AI.Tests.Caching;

/// <summary>Asserts on a pair of prompts through the default guard, both ways round, as the semantic tier frames them.</summary>
internal static class GuardPairAssert
{
    private static readonly PromptDifferenceGuard Guard = PromptDifferenceGuard.Default;

    /// <summary>Asserts that neither prompt's cached answer may be served for the other.</summary>
    public static void Misses(string cached, string asked)
    {
        Assert.False(Guard.IsSafeHit(Semantic(cached), Semantic(asked), out _), $"{cached} || {asked}");
        Assert.False(Guard.IsSafeHit(Semantic(asked), Semantic(cached), out _), $"{asked} || {cached}");
    }

    /// <summary>Asserts that each prompt's cached answer may be served for the other.</summary>
    public static void Hits(string cached, string asked)
    {
        Assert.True(Guard.IsSafeHit(Semantic(cached), Semantic(asked), out string? reason), $"{cached} || {asked}: {reason}");
        Assert.True(Guard.IsSafeHit(Semantic(asked), Semantic(cached), out reason), $"{asked} || {cached}: {reason}");
    }

    /// <summary>The text the semantic tier embeds and the guard compares for a prompt (without the spelling corrector).</summary>
    public static string Semantic(string prompt) => PromptFraming.CanonicalQuestion(PromptFraming.NormalizeAndStrip(prompt));
}
