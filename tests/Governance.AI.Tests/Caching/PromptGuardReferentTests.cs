using Governance.AI.Caching;

namespace Governance.AI.Tests.Caching;

/// <summary>
/// Differences the offline embedder cannot see (cosine ≈ 1) that change what is asked: a quantifier or a modifier
/// added or removed, another superlative, modality, time or person, an approximate number. Every rejected pair here was
/// served from cache before this round (the first two classes were the first round's accepted risks).
/// </summary>
public sealed class PromptGuardReferentTests
{
    private static readonly PromptDifferenceGuard Guard = PromptDifferenceGuard.Default;

    [Theory]
    [InlineData("Do birds fly?", "Do some birds fly?", SemanticCacheReasons.GuardQuantity)]
    [InlineData("Are mushrooms poisonous?", "Are any mushrooms poisonous?", SemanticCacheReasons.GuardQuantity)]
    [InlineData("How long does it take to walk 5 km?", "How long does it take to walk about 5 km?", SemanticCacheReasons.GuardQuantity)]
    [InlineData("What is the exact population of Canada?", "What is the population of Canada?", SemanticCacheReasons.GuardQuantity)]
    [InlineData("Recommend a laptop for students", "Recommend a cheap laptop for students", SemanticCacheReasons.GuardContent)]
    [InlineData("How do I brew coffee?", "How do I brew cold coffee?", SemanticCacheReasons.GuardContent)]
    [InlineData("How do I get to the station?", "What is the quickest way to get to the station?", SemanticCacheReasons.GuardContent)]
    [InlineData("Can I take ibuprofen with coffee?", "Should I take ibuprofen with coffee?", SemanticCacheReasons.GuardModality)]
    [InlineData("Can dogs eat grapes?", "Do dogs eat grapes?", SemanticCacheReasons.GuardModality)]
    [InlineData("Do I have to pay tax on a gift?", "Can I pay tax on a gift?", SemanticCacheReasons.GuardModality)]
    [InlineData("When did the war end?", "When will the war end?", SemanticCacheReasons.GuardTense)]
    [InlineData("What did the report say?", "What'll the report say?", SemanticCacheReasons.GuardTense)]
    [InlineData("Is the bridge closed?", "Was the bridge closed?", SemanticCacheReasons.GuardTense)]
    [InlineData("What is the best coat for dogs?", "What is the best fur coat for dogs?", SemanticCacheReasons.GuardContent)]
    [InlineData("How do I update my address?", "How do I update your address?", SemanticCacheReasons.GuardPerson)]
    [InlineData("Write a birthday poem for my wife", "Write a birthday poem for his wife", SemanticCacheReasons.GuardPerson)]
    public void Rejects_a_changed_referent(string cached, string prompt, string expected)
    {
        Assert.False(Guard.IsSafeHit(cached, prompt, out string? reason));
        Assert.Equal(expected, reason);
        Assert.False(Guard.IsSafeHit(prompt, cached, out _));
    }

    [Theory]
    [InlineData("What is the best way to store fresh herbs?", "What is the proper way to store fresh herbs?")]
    [InlineData("What is a simple way to remove rust?", "What is a way to remove rust?")]
    [InlineData("What is the capital of Peru?", "What is the capital city of Peru?")]
    [InlineData("Give me tips for sleeping better", "Give me a few tips for sleeping better")]
    [InlineData("Any tips for public speaking?", "Tips for public speaking?")]
    [InlineData("Are any mushrooms poisonous?", "Are some mushrooms poisonous?")]
    [InlineData("How can I remove a stripped screw?", "How do I remove a stripped screw?")]
    [InlineData("Is it possible to freeze cooked rice?", "Can I freeze cooked rice?")]
    [InlineData("Who will win the election?", "Who's going to win the election?")]
    [InlineData("When did the war end?", "when the war ended")]
    [InlineData("How do I update my address?", "How do I update the address?")]
    [InlineData("Proofread this: 'Their going to the park.'", "Proofread this for me: 'Their going to the park.'")]
    [InlineData("Was ist ein Bausparvertrag?", "Was ist ein Bausparvertrag, bitte?")]
    [InlineData("Make a workout plan for beginners", "Create a workout plan for beginners")]
    [InlineData("What is the capital of Peru?", "Wat is the capital of Peru?")]
    [InlineData("How do I tie a tie?", "Hwo do I tie a tie?")]
    public void Accepts_noise_around_the_same_referent(string cached, string prompt)
    {
        Assert.True(Guard.IsSafeHit(cached, prompt, out string? reason), reason);
        Assert.True(Guard.IsSafeHit(prompt, cached, out reason), reason);
    }

    [Fact]
    public void Modality_tense_person_and_added_words_can_each_be_allowed()
    {
        var lenient = new PromptDifferenceGuard(new PromptGuardOptions { CompareModality = false, CompareTense = false, ComparePerson = false, MaxExtraContentWords = 1 });

        Assert.True(lenient.IsSafeHit("Can I freeze cooked rice?", "Should I freeze cooked rice?", out string? reason), reason);
        Assert.True(lenient.IsSafeHit("When did the war end?", "When will the war end?", out reason), reason);
        Assert.True(lenient.IsSafeHit("What is my IP address?", "What is their IP address?", out reason), reason);
        Assert.True(lenient.IsSafeHit("Recommend a laptop", "Recommend a cheap laptop", out reason), reason);
    }
}
