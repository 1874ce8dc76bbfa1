using Governance.AI.Caching;

namespace Governance.AI.Tests.Caching;

/// <summary>
/// Issue #17 item 3, third round: true noise (synonyms inside a curated group, multi-word phrasings of one word,
/// irregular verb forms, "what year" for "when") is served, while the near-synonyms that change the request still miss.
/// </summary>
public sealed class GuardParaphraseRecallTests
{
    private static readonly PromptDifferenceGuard Guard = PromptDifferenceGuard.Default;

    [Theory]
    // A synonym of a function word after a preposition was an unmatched qualifier.
    [InlineData("Ways to assist a friend who is grieving", "Ways to help a friend who is grieving")]
    [InlineData("How can I lower my electricity bill?", "How can I reduce my electricity bill?")]
    [InlineData("Is it safe to eat raw eggs?", "Is it safe to consume raw eggs?")]
    [InlineData("What are the symptoms of the flu?", "What are the symptoms of influenza?")]
    [InlineData("How do I get rid of ants in my kitchen?", "How do I eliminate ants in my kitchen?")]
    [InlineData("How do I shut down a Mac?", "How do I turn off a Mac?")]
    [InlineData("How do I switch off notifications?", "How do I turn off notifications?")]
    [InlineData("What year did World War II end?", "When did World War II end?")]
    [InlineData("In what year was the Eiffel Tower built?", "When was the Eiffel Tower built?")]
    [InlineData("Who wrote Pride and Prejudice?", "Pride and Prejudice was written by whom?")]
    [InlineData("Who built the Brooklyn Bridge?", "Who was the Brooklyn Bridge built by?")]
    [InlineData("Best movies of 2010", "Best films of 2010")]
    [InlineData("How do I stop procrastinating?", "How can I quit procrastinating?")]
    [InlineData("Who invented the light bulb?", "Who was the inventor of the light bulb?")]
    [InlineData("Who painted the Sistine Chapel ceiling?", "Who was the painter of the Sistine Chapel ceiling?")]
    // A first person is its infinitive in Spanish and German.
    [InlineData("¿Cómo puedo aprender a nadar?", "¿Cómo aprendo a nadar?")]
    [InlineData("Wie kann ich mein Passwort ändern?", "Wie ändere ich mein Passwort?")]
    [InlineData("Wie kann ich Spanisch lernen?", "Wie lerne ich Spanisch?")]
    public void True_noise_is_served(string cached, string prompt)
    {
        Assert.True(Guard.IsSafeHit(cached, prompt, out string? reason), reason);
        Assert.True(Guard.IsSafeHit(prompt, cached, out reason), reason);
    }

    [Theory]
    // Words whose other common sense is another request were dropped from the synonym groups.
    [InlineData("How do I save money?", "How do I store money?")]
    [InlineData("How much does it cost to insure a car?", "How much does it cost to insure a vehicle?")]
    [InlineData("Write a speech for my sister's wedding", "Write a lecture for my sister's wedding")]
    [InlineData("Where should I go on holiday in May?", "Where should I go on vacation in May?")]
    [InlineData("How do I propose to my girlfriend?", "How do I suggest to my girlfriend?")]
    [InlineData("What is modern art?", "What is contemporary art?")]
    [InlineData("How do I complete a tax form?", "How do I finish a tax form?")]
    // Another degree is another request.
    [InlineData("What is a decent salary in Berlin?", "What is an excellent salary in Berlin?")]
    [InlineData("Is a big dog right for an apartment?", "Is a huge dog right for an apartment?")]
    // Phrase folding keeps what the phrase acts on, and "turn on" is not "turn off".
    [InlineData("How do I turn off dark mode?", "How do I turn on dark mode?")]
    [InlineData("How do I get rid of ants?", "How do I get rid of mice?")]
    [InlineData("How do I shut down a Mac?", "How do I restart a Mac?")]
    [InlineData("What year did World War II end?", "What year did World War I end?")]
    // An irregular form is its verb, never another verb.
    [InlineData("Who wrote Hamlet?", "Who read Hamlet?")]
    [InlineData("Who sold the painting?", "Who bought the painting?")]
    [InlineData("Who invented the light bulb?", "Who was the buyer of the light bulb?")]
    [InlineData("Best movies of 2010", "Best songs of 2010")]
    [InlineData("¿Cómo puedo aprender a nadar?", "¿Cómo enseño a nadar?")]
    [InlineData("Wie kann ich mein Passwort ändern?", "Wie lösche ich mein Passwort?")]
    public void Requests_that_differ_still_miss(string cached, string prompt)
    {
        Assert.False(Guard.IsSafeHit(cached, prompt, out _));
        Assert.False(Guard.IsSafeHit(prompt, cached, out _));
    }
}
