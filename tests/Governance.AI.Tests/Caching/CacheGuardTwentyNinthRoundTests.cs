namespace Governance.AI.Tests.Caching;

/// <summary>
/// Twenty-ninth round: a misspelt function word after a preposition is that word ("bad for yuo"); "distinction between"
/// is "difference between" and "rich in" is "high in"; a German separable verb split in a direct question is the one
/// word of the embedded question ("wie bereitet man X zu?" / "wie man X zubereitet"); a phrase that keeps its own
/// preposition may move across "before" / "after" ("in Git before switching branches" / "before switching branches in
/// Git, …"). Each with near misses that must keep missing. Written from those descriptions, not taken from any
/// evaluation set.
/// </summary>
public sealed class CacheGuardTwentyNinthRoundTests
{
    [Theory]
    // A misspelt function word the corrector leaves alone, as the object of a preposition.
    [InlineData("Is red meat bad for you?", "Is red meat bad for yuo?")]
    [InlineData("Is coffee good for your heart?", "Is coffee good for yuor heart?")]
    // One construction, one sense.
    [InlineData("What is the distinction between a virus and a bacterium?", "What is the difference between a virus and a bacterium?")]
    [InlineData("Explain the distinctions between stocks and bonds.", "Explain the differences between stocks and bonds.")]
    [InlineData("Which vegetables are rich in iron?", "Which vegetables are high in iron?")]
    [InlineData("Which nuts are richest in protein?", "Which nuts are highest in protein?")]
    // A German separable verb, split in the direct question and one word in the embedded one.
    [InlineData("Kannst du mir sagen, wie man einen Sauerteig ansetzt?", "Wie setzt man einen Sauerteig an?")]
    [InlineData("Sag mir, wann der letzte Bus nach Bonn abfährt.", "Wann fährt der letzte Bus nach Bonn ab?")]
    [InlineData("Erklär mir, wie man Reis richtig zubereitet.", "Wie bereitet man Reis richtig zu?")]
    // A phrase with its own preposition moved across "before" / "after".
    [InlineData("How do I back up my photos on Android before a factory reset?", "Before a factory reset on Android, how do I back up my photos?")]
    [InlineData("Should I water my tomatoes in the morning before work?", "Before work, should I water my tomatoes in the morning?")]
    public void Same_request_hits(string cached, string asked) => GuardPairAssert.Hits(cached, asked);

    [Theory]
    // Another person, another object.
    [InlineData("Is coffee good for yuor heart?", "Is coffee good for my heart?")]
    [InlineData("Is red meat bad for yuo?", "Is red meat bad for dogs?")]
    // Another relation, another nutrient, the opposite, "rich" as wealth.
    [InlineData("What is the distinction between a virus and a bacterium?", "What is the similarity between a virus and a bacterium?")]
    [InlineData("What is the distinction between a virus and a bacterium?", "What is the difference between a virus and a fungus?")]
    [InlineData("Which vegetables are rich in iron?", "Which vegetables are low in iron?")]
    [InlineData("Which vegetables are rich in iron?", "Which vegetables are high in calcium?")]
    [InlineData("Which families were rich in the 1920s?", "Which families were high in the 1920s?")]
    // Another particle is another verb; another object.
    [InlineData("Wann fährt der letzte Bus nach Bonn ab?", "Sag mir, wann der letzte Bus in Bonn ankommt.")]
    [InlineData("Wie macht man das Fenster auf?", "Sag mir, wie man das Fenster zumacht.")]
    [InlineData("Wie setzt man einen Sauerteig an?", "Sag mir, wie man einen Hefeteig ansetzt.")]
    // The order "before" states, and the places exchanged.
    [InlineData("Should I stretch in the gym before running?", "Should I run in the gym before stretching?")]
    [InlineData("Should I book a hotel in Paris before Rome?", "Should I book a hotel in Rome before Paris?")]
    [InlineData("Should I eat in the evening after a run?", "Should I eat before a run in the evening?")]
    public void Different_request_misses(string cached, string asked) => GuardPairAssert.Misses(cached, asked);
}
