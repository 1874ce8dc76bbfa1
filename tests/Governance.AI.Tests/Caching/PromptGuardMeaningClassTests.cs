using Governance.AI.Caching;

namespace Governance.AI.Tests.Caching;

/// <summary>
/// The guard's rule classes from issue #17 item 3: every must-miss kind is a class of words compared between the two
/// prompts (quantities, tasks, formats, languages, units, direction roles, time words), and surface noise (French
/// elision, a number written together with its unit) does not change a prompt's words. Most rejected pairs here (all
/// but JSON/YAML, 3 km/3 miles and 9am/9pm) passed the guard before these classes existed.
/// </summary>
public sealed class PromptGuardMeaningClassTests
{
    private static readonly PromptDifferenceGuard Guard = PromptDifferenceGuard.Default;

    [Theory]
    [InlineData("Do all birds fly?", "Do some birds fly?", SemanticCacheReasons.GuardQuantity)]
    [InlineData("Are most mushrooms edible?", "Are any mushrooms edible?", SemanticCacheReasons.GuardQuantity)]
    [InlineData("List some uses of vinegar", "List all uses of vinegar", SemanticCacheReasons.GuardQuantity)]
    [InlineData("Why do few people like cilantro?", "Why do a few people like cilantro?", SemanticCacheReasons.GuardQuantity)]
    [InlineData("Why do many people like cilantro?", "Why do people like cilantro?", SemanticCacheReasons.GuardQuantity)]
    [InlineData("Why do cats rarely drink water?", "Why do cats drink water?", SemanticCacheReasons.GuardQuantity)]
    [InlineData("Explain the following: 'Sales grew 5% in Q3.'", "Summarize the following: 'Sales grew 5% in Q3.'", SemanticCacheReasons.GuardTask)]
    [InlineData("Explain this Python code: print(sorted(x))", "Optimize this Python code: print(sorted(x))", SemanticCacheReasons.GuardTask)]
    [InlineData("List the planets", "List the planets as a table", SemanticCacheReasons.GuardFormat)]
    [InlineData("Export a sample user record as JSON", "Export a sample user record as YAML", SemanticCacheReasons.GuardFormat)]
    [InlineData("wedding toast for my sister", "spanish wedding toast for my sister", SemanticCacheReasons.GuardLanguage)]
    [InlineData("Train from Berlin to Munich tomorrow morning", "Train to Berlin from Munich tomorrow morning", SemanticCacheReasons.GuardOrder)]
    [InlineData("Convert JSON to YAML", "Convert YAML to JSON", SemanticCacheReasons.GuardOrder)]
    [InlineData("Add 2 eggs and 3 cups of flour", "Add 3 eggs and 2 cups of flour", SemanticCacheReasons.GuardNumbers)]
    [InlineData("How much is $200 in yen?", "How much is €200 in yen?", SemanticCacheReasons.GuardNumbers)]
    [InlineData("Set an alarm for 9am", "Set an alarm for 9pm", SemanticCacheReasons.GuardNumbers)]
    [InlineData("Is exactly 5 hours of sleep enough?", "Is roughly 5 hours of sleep enough?", SemanticCacheReasons.GuardQuantity)]
    [InlineData("How long does it take to walk 3km?", "How long does it take to walk 3 miles?", SemanticCacheReasons.GuardNumbers)]
    [InlineData("Qu'est-ce que l'inflation ?", "Qu'est-ce que la déflation ?", SemanticCacheReasons.GuardContent)]
    [InlineData("Quels films sortent cette semaine ?", "Quels films sortent ?", SemanticCacheReasons.GuardEntity)]
    [InlineData("Was ist gestern in Wien passiert?", "Was ist in Wien passiert?", SemanticCacheReasons.GuardEntity)]
    public void Rejects_a_different_meaning_class(string cached, string prompt, string expected)
    {
        Assert.False(Guard.IsSafeHit(cached, prompt, out string? reason));
        Assert.Equal(expected, reason);
        Assert.False(Guard.IsSafeHit(prompt, cached, out _));
    }

    [Theory]
    [InlineData("Does every country have a flag?", "Do all countries have a flag?")]
    [InlineData("Give me a few tips for public speaking", "Give me some tips for public speaking")]
    [InlineData("Any tips for public speaking?", "Tips for public speaking?")]
    [InlineData("Give me a list of healthy snacks", "List healthy snacks")]
    [InlineData("What's a quick dinner idea?", "What's a fast dinner idea?")]
    [InlineData("How many calories are in an apple?", "How many calories does an apple have?")]
    [InlineData("Explain what a mortgage is", "What is a mortgage?")]
    [InlineData("Plan a 3-day trip to Rome", "Plan a 3 day trip to Rome")]
    [InlineData("How long does it take to walk 5km?", "How long does it take to walk 5 kilometers?")]
    [InlineData("How much is $200 in yen?", "How much is 200 dollars in yen?")]
    [InlineData("What is 15% of 240?", "What is 15 percent of 240?")]
    [InlineData("Translate 'good luck' into French", "translate 'good luck' into french")]
    [InlineData("Comment faire une pâte à crêpes ?", "comment faire une pâte à crêpes ?")]
    public void Accepts_the_same_meaning_written_differently(string cached, string prompt)
    {
        Assert.True(Guard.IsSafeHit(cached, prompt, out string? reason), reason);
        Assert.True(Guard.IsSafeHit(prompt, cached, out reason), reason);
    }

    [Fact]
    public void Each_class_can_be_turned_off()
    {
        var lenient = new PromptDifferenceGuard(new PromptGuardOptions { CompareQuantities = false, CompareTasks = false, CompareFormatAndLanguage = false });

        Assert.True(lenient.IsSafeHit("Do all birds fly?", "Do some birds fly?", out string? reason), reason);
        Assert.True(lenient.IsSafeHit("Explain the following: 'Sales grew.'", "Summarize the following: 'Sales grew.'", out reason), reason);
        Assert.True(lenient.IsSafeHit("Export a sample user record as JSON", "Export a sample user record as YAML", out reason), reason);
    }
}
