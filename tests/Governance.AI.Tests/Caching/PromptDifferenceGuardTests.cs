using Governance.AI.Caching;

namespace Governance.AI.Tests.Caching;

public sealed class PromptDifferenceGuardTests
{
    private static readonly PromptDifferenceGuard Guard = PromptDifferenceGuard.Default;

    // The examples, then other pairs of each kind: the guard is built on categories, not on these words.
    [Theory]
    [InlineData("What is the capital of France?", "What is the capital of Germany?", SemanticCacheReasons.GuardEntity)]
    [InlineData("Turn on the lights", "Turn off the lights", SemanticCacheReasons.GuardOpposite)]
    [InlineData("Is port 6379 open?", "Is port 6379 closed?", SemanticCacheReasons.GuardOpposite)]
    [InlineData("Set the timer for 10 minutes", "Set the timer for 15 minutes", SemanticCacheReasons.GuardNumbers)]
    [InlineData("Give me three ideas", "Give me five ideas", SemanticCacheReasons.GuardNumbers)]
    [InlineData("Does the plan include backups?", "Doesn't the plan include backups?", SemanticCacheReasons.GuardNegation)]
    [InlineData("Should I take the job", "Should I not take the job", SemanticCacheReasons.GuardNegation)]
    [InlineData("How do I lock the door remotely?", "How do I unlock the door remotely?", SemanticCacheReasons.GuardOpposite)]
    [InlineData("How do I enable two-factor authentication?", "How do I disable two-factor authentication?", SemanticCacheReasons.GuardOpposite)]
    [InlineData("Should I buy Tesla stock?", "Should I sell Tesla stock?", SemanticCacheReasons.GuardOpposite)]
    [InlineData("Book a flight to Paris", "Book a flight to London", SemanticCacheReasons.GuardEntity)]
    [InlineData("Summarize the email from Alice", "Summarize the email from Bob", SemanticCacheReasons.GuardEntity)]
    [InlineData("What's the weather tomorrow?", "What's the weather on Friday?", SemanticCacheReasons.GuardEntity)]
    [InlineData("how do i cook rice", "how do i cook pasta", SemanticCacheReasons.GuardContent)]
    [InlineData("what is the capital of spain", "what is the capital of italy", SemanticCacheReasons.GuardContent)]
    [InlineData("what's the weather like", "what's the weather like in oslo", SemanticCacheReasons.GuardContent)]
    [InlineData("Recommend a laptop", "Recommend a laptop for gaming", SemanticCacheReasons.GuardContent)]
    [InlineData("list files in the current directory", "list files in the parent directory", SemanticCacheReasons.GuardContent)]
    [InlineData("Convert celsius to fahrenheit", "Convert fahrenheit to celsius", SemanticCacheReasons.GuardOrder)]
    [InlineData("Is the API rate limit per user?", "Is the SDK rate limit per user?", SemanticCacheReasons.GuardEntity)]
    [InlineData("Translate \"good morning\" into French", "Translate \"good night\" into French", SemanticCacheReasons.GuardEntity)]
    // In a request for steps "today" sets a deadline; "pick" is not "choose" ("pick a lock").
    [InlineData("How do I renew my passport?", "How do I renew my passport today?", SemanticCacheReasons.GuardContent)]
    [InlineData("How do I choose a lock?", "How do I pick a lock?", SemanticCacheReasons.GuardContent)]
    public void Rejects_prompts_that_differ_in_what_changes_the_answer(string cached, string prompt, string expected)
    {
        Assert.False(Guard.IsSafeHit(cached, prompt, out string? reason));
        Assert.Equal(expected, reason);

        // The guard is symmetric: the order of the two prompts does not matter.
        Assert.False(Guard.IsSafeHit(prompt, cached, out _));
    }

    [Theory]
    [InlineData("What's the weather like?", "How's the weather today?")]
    [InlineData("How do I reset my password?", "How can I reset my password?")]
    [InlineData("What is the capital of France?", "What's the capital city of France?")]
    [InlineData("What are the symptoms of flu?", "What symptoms does the flu have?")]
    [InlineData("What time does the store open?", "When does the store open?")]
    [InlineData("Please explain how vaccines work", "Explain how vaccines work")]
    [InlineData("Is port 6379 open?", "is port 6,379 open")]
    public void Accepts_paraphrases(string cached, string prompt)
    {
        Assert.True(Guard.IsSafeHit(cached, prompt, out string? reason), reason);
    }

    [Fact]
    public void Each_check_can_be_turned_off()
    {
        var lenient = new PromptDifferenceGuard(new PromptGuardOptions
        {
            CompareNumbers = false,
            CompareOpposites = false,
            CompareEntities = false,
            CompareContentWords = false,
        });

        Assert.True(lenient.IsSafeHit("Set the timer for 10 minutes", "Set the timer for 15 minutes", out _));
        Assert.True(lenient.IsSafeHit("Turn on the lights", "Turn off the lights", out _));
        Assert.True(lenient.IsSafeHit("What is the capital of France?", "What is the capital of Germany?", out _));
    }

    [Fact]
    public void Additional_opposites_extend_the_lexicon()
    {
        var options = new PromptGuardOptions { CompareContentWords = false };
        options.AdditionalOpposites.Add("staging|production");
        var guard = new PromptDifferenceGuard(options);

        Assert.True(PromptDifferenceGuardWithoutContent().IsSafeHit("deploy to staging", "deploy to production", out _));
        Assert.False(guard.IsSafeHit("deploy to staging", "deploy to production", out string? reason));
        Assert.Equal(SemanticCacheReasons.GuardOpposite, reason);

        static PromptDifferenceGuard PromptDifferenceGuardWithoutContent() => new(new PromptGuardOptions { CompareContentWords = false });
    }

    [Fact]
    public void Malformed_opposite_pairs_are_rejected()
    {
        var options = new PromptGuardOptions();
        options.AdditionalOpposites.Add("no-bar");
        Assert.Throws<ArgumentException>(() => new PromptDifferenceGuard(options));
    }
}
