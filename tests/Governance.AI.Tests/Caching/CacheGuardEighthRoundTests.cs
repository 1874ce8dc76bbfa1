using Governance.AI.Caching;

namespace Governance.AI.Tests.Caching;

/// <summary>
/// Issue #17 item 3, eighth round: filler and politeness read by structure (a hedge inside the question, a discourse
/// particle after it, a wrapper around it), constructions that ask the same ("stop X from V-ing" / "prevent X from
/// V-ing", "look for" / "search for", "do people speak" / "is spoken", "how much does X weigh" / "the weight of X", "how
/// many people live in X" / "the population of X"), and three must-miss pairs that the guard served before: a pronoun's case (who
/// does what) and "one" before the items asked for. Every case here failed on the code before the round.
/// </summary>
public sealed class CacheGuardEighthRoundTests
{
    private static readonly PromptDifferenceGuard Guard = PromptDifferenceGuard.Default;

    [Theory]
    [InlineData("What should I feed my baby?", "What should my baby feed me?", SemanticCacheReasons.GuardPerson)]
    [InlineData("Why is my husband angry at me?", "Why am I angry at my husband?", SemanticCacheReasons.GuardPerson)]
    [InlineData("What are some ideas for a birthday party?", "What is one idea for a birthday party?", SemanticCacheReasons.GuardNumbers)]
    public void Rejects_a_swapped_role_or_a_stated_number(string cached, string prompt, string expected)
    {
        Assert.False(Guard.IsSafeHit(cached, prompt, out string? reason));
        Assert.Equal(expected, reason);
    }

    [Theory]
    [InlineData("How can I stop my cat from scratching furniture?", "How can I prevent my cat from scratching furniture?")]
    [InlineData("How do I keep my pipes from freezing?", "How do I prevent my pipes from freezing?")]
    [InlineData("How do I look for a job abroad?", "How do I search for a job abroad?")]
    [InlineData("¿Cuál es la capital de Chile?", "¿Qué ciudad es la capital de Chile?")]
    [InlineData("What language do people speak in Brazil?", "Which language is spoken in Brazil?")]
    [InlineData("How much does a gallon of water weigh?", "What is the weight of a gallon of water?")]
    [InlineData("How many people live in Mexico City?", "What is the population of Mexico City?")]
    public void Accepts_the_same_request_in_another_construction(string cached, string prompt) =>
        Assert.True(Guard.IsSafeHit(cached, prompt, out string? reason), reason);

    [Theory]
    [InlineData("How do I stop the car?", "How do I prevent the car?")]
    [InlineData("How do I look after a puppy?", "How do I search for a puppy?")]
    [InlineData("Give me a tip for my interview", "Give me one tip for my interview")]
    [InlineData("Why do people yawn?", "Why do dogs yawn?")]
    [InlineData("Why do people get headaches?", "Why do I get headaches?")]
    [InlineData("How much does a gallon of water weigh?", "How much does a gallon of water cost?")]
    public void Keeps_what_the_constructions_do_not_cover_apart(string cached, string prompt) =>
        Assert.False(Guard.IsSafeHit(cached, prompt, out _));

    [Theory]
    [InlineData("Why is the ocean salty, anyway?", "Why is the ocean salty?")]
    [InlineData("What does a product manager do, in general?", "What does a product manager do?")]
    [InlineData("What actually causes inflation?", "What causes inflation?")]
    [InlineData("Wie funktioniert eigentlich eine Wärmepumpe?", "Wie funktioniert eine Wärmepumpe?")]
    [InlineData("Just to check, what is the boiling point of water?", "what is the boiling point of water?")]
    [InlineData("Simply put, what is a black hole?", "what is a black hole?")]
    [InlineData("I hope you can help: how do I cancel my gym membership?", "how do I cancel my gym membership?")]
    [InlineData("I'd appreciate it if you could tell me how to change a flat tire.", "tell me how to change a flat tire.")]
    [InlineData("Können Sie mir bitte sagen, wie lange ein Flug dauert?", "wie lange ein Flug dauert?")]
    public void Strips_fillers_and_wrappers_by_structure(string prompt, string expected) =>
        Assert.Equal(expected, PromptFraming.NormalizeAndStrip(prompt));

    [Theory]
    [InlineData("What is the role of the army in general elections?")]
    [InlineData("Is general anesthesia safe?")]
    [InlineData("Explain general relativity, though not the math.")]
    [InlineData("If you can't sleep, what should you do?")]
    public void Leaves_a_filler_word_that_is_part_of_the_request(string prompt) =>
        Assert.Equal(prompt, PromptFraming.NormalizeAndStrip(prompt));
}
