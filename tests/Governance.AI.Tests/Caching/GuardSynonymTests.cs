using Governance.AI.Caching;

namespace Governance.AI.Tests.Caching;

public sealed class GuardSynonymTests
{
    private static readonly PromptDifferenceGuard Guard = PromptDifferenceGuard.Default;

    [Theory]
    [InlineData("Can you recommend a good book?", "Can you suggest a good book?")]
    [InlineData("How do I fix a leaking tap?", "How do I repair a leaking tap?")]
    [InlineData("Where can I buy concert tickets?", "Where can I purchase concert tickets?")]
    [InlineData("How do I make a new branch?", "How do I create a new branch?")]
    [InlineData("What should I eat before running?", "What should I eat before a run?")]
    [InlineData("How do I open the settings?", "How do I go about opening the settings?")]
    [InlineData("Who painted the Mona Lisa?", "Who is painting the Mona Lisa?")]
    public void Inflections_and_synonym_swaps_are_safe(string cached, string prompt)
    {
        Assert.True(Guard.IsSafeHit(cached, prompt, out string? reason), reason);
        Assert.True(Guard.IsSafeHit(prompt, cached, out reason), reason);
    }

    [Theory]
    [InlineData("Suggest a book about Python", "Recommend a book about Java", SemanticCacheReasons.GuardEntity)]
    [InlineData("How do I start the server?", "How do I stop the server?", SemanticCacheReasons.GuardOpposite)]
    [InlineData("Which is bigger, a lion or a tiger?", "Which is smaller, a lion or a tiger?", SemanticCacheReasons.GuardContent)]
    [InlineData("Make the button red", "Create the button blue", SemanticCacheReasons.GuardContent)]
    [InlineData("How many teaspoons in a tablespoon?", "How many tablespoons in a teaspoon?", SemanticCacheReasons.GuardOrder)]
    [InlineData("Buy a ticket from Oslo to Rome", "Purchase a ticket from Rome to Oslo", SemanticCacheReasons.GuardOrder)]
    [InlineData("How do I fix my car?", "How do I fix my truck?", SemanticCacheReasons.GuardContent)]
    [InlineData("Translate this into English", "Translate this from English", SemanticCacheReasons.GuardOpposite)]
    public void Synonyms_never_excuse_another_difference(string cached, string prompt, string expected)
    {
        Assert.False(Guard.IsSafeHit(cached, prompt, out string? reason));
        Assert.Equal(expected, reason);
        Assert.False(Guard.IsSafeHit(prompt, cached, out _));
    }

    [Fact]
    public void Synonym_swaps_can_be_turned_off_and_groups_added()
    {
        var strict = new PromptDifferenceGuard(new PromptGuardOptions { AllowSynonyms = false });
        Assert.False(strict.IsSafeHit("How do I fix a flat tire?", "How do I repair a flat tire?", out string? reason));
        Assert.Equal(SemanticCacheReasons.GuardContent, reason);

        var options = new PromptGuardOptions();
        options.AdditionalSynonymGroups.Add("pg postgres");
        Assert.False(Guard.IsSafeHit("How do I scale a pg database?", "How do I scale a postgres database?", out _));
        Assert.True(new PromptDifferenceGuard(options).IsSafeHit("How do I scale a pg database?", "How do I scale a postgres database?", out reason), reason);

        var malformed = new PromptGuardOptions();
        malformed.AdditionalSynonymGroups.Add("lonely");
        Assert.Throws<ArgumentException>(() => new PromptDifferenceGuard(malformed));
    }

    [Fact]
    public void Synonym_groups_are_disjoint_and_hold_no_opposites()
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string group in GuardLexicon.SynonymGroups)
        {
            string[] words = group.Split(' ');
            Assert.True(words.Length >= 2, group);
            foreach (string word in words)
            {
                Assert.True(seen.TryAdd(word, group), $"'{word}' is in '{seen.GetValueOrDefault(word)}' and '{group}'");
            }

            // Every swap inside a group is accepted, so no group holds a listed or morphological opposite.
            for (int i = 0; i < words.Length; i++)
            {
                for (int j = i + 1; j < words.Length; j++)
                {
                    Assert.True(Guard.IsSafeHit($"please {words[i]} it", $"please {words[j]} it", out string? reason), $"{words[i]} / {words[j]}: {reason}");
                }
            }
        }
    }
}
