namespace Governance.AI.Tests.Caching;

/// <summary>
/// Twenty-second round, besides the answer language: "is it possible to X?" asks what "can you X?" asks (the framing
/// reads the latter as the request "X?"), "should you" names advice as "should I" does, and a French inverted subject
/// ("calcule-t-on", "peut-il") is two words. Each with near misses that must stay as they were. Written from those
/// descriptions, not taken from any evaluation set.
/// </summary>
public sealed class CacheGuardTwentySecondRoundTests
{
    [Theory]
    [InlineData("Is it possible to freeze fresh mushrooms?", "Can you freeze fresh mushrooms?")]
    [InlineData("Is it possible to charge a laptop with a phone charger?", "Could you charge a laptop with a phone charger?")]
    [InlineData("Should you rinse rice before cooking it?", "Should I rinse rice before cooking it?")]
    [InlineData("Comment calculer un taux d'intérêt composé ?", "Comment calcule-t-on un taux d'intérêt composé ?")]
    [InlineData("Comment installer Node.js sur Linux ?", "Comment installe-t-on Node.js sur Linux ?")]
    [InlineData("What is a browser add-on?", "what is a browser add-on")]
    public void Same_request_hits(string cached, string asked) => GuardPairAssert.Hits(cached, asked);

    [Theory]
    // Another modality, or none stated where "is it possible" names one.
    [InlineData("Is it possible to freeze fresh mushrooms?", "Should you freeze fresh mushrooms?")]
    [InlineData("Is it possible to freeze fresh mushrooms?", "Do you freeze fresh mushrooms?")]
    [InlineData("Is it possible to freeze fresh mushrooms?", "Can you freeze fresh mushrooms, and should you?")]
    [InlineData("Should you rinse rice before cooking it?", "Can you rinse rice before cooking it?")]
    // Another verb behind the inversion; an English compound keeps its hyphen.
    [InlineData("Comment installe-t-on Node.js sur Linux ?", "Comment désinstalle-t-on Node.js sur Linux ?")]
    [InlineData("Which browser add-on should I use?", "Which browser should I add?")]
    public void Near_misses_still_miss(string cached, string asked) => GuardPairAssert.Misses(cached, asked);
}
