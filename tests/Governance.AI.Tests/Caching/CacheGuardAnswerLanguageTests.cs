using Governance.AI.Caching;

namespace Governance.AI.Tests.Caching;

/// <summary>
/// The answer language: more languages and their own names, Cantonese apart from Mandarin, and the language a prompt is
/// written in (without a named output language the answer comes in the prompt's own). The examples are written for the
/// rules, not taken from any evaluation set.
/// </summary>
public sealed class CacheGuardAnswerLanguageTests
{
    private static readonly PromptDifferenceGuard Guard = PromptDifferenceGuard.Default;

    [Theory]
    [InlineData("Translate 'see you tomorrow' into Mandarin.", "Translate 'see you tomorrow' into Cantonese.")]
    [InlineData("Write a toast for a wedding in swahili.", "Write a toast for a wedding in tagalog.")]
    [InlineData("Explain how tides work, in urdu.", "Explain how tides work, in hindi.")]
    [InlineData("Describe the water cycle, answer in Serbian.", "Describe the water cycle, answer in Croatian.")]
    [InlineData("How do bees make honey? Responde em português.", "How do bees make honey? Responde em inglês.")]
    [InlineData("What is the capital of Canada?", "¿Cuál es la capital de Canadá?")]
    [InlineData("How does a heat pump work?", "Wie funktioniert eine heat pump?")]
    [InlineData("Comment fonctionne une pompe à chaleur ?", "¿Cómo funciona una pompe à chaleur?")]
    public void Another_answer_language_is_another_answer(string cached, string asked)
    {
        Assert.False(Guard.IsSafeHit(cached, asked, out string? reason));
        Assert.Equal(SemanticCacheReasons.GuardLanguage, reason);
    }

    [Theory]
    [InlineData("Translate 'see you tomorrow' into Mandarin.", "Translate 'see you tomorrow' into Chinese.")]
    [InlineData("What does 'je ne sais quoi' mean?", "what does 'je ne sais quoi' mean")]
    [InlineData("Translate 'good night' into Portuguese.", "Translate 'good night' into português.")]
    [InlineData("Was ist eine Wärmepumpe?", "was ist eine Wärmepumpe")]
    public void The_same_answer_language_said_another_way_is_one_question(string cached, string asked) =>
        Assert.True(Guard.IsSafeHit(cached, asked, out string? reason), reason);

    [Fact]
    public void The_written_language_is_read_from_function_words_outside_quotes()
    {
        Assert.Equal(0, PromptDifferenceGuard.WrittenLanguage("What is the capital of Canada?"));
        Assert.Equal(1, PromptDifferenceGuard.WrittenLanguage("Wie funktioniert eine Wärmepumpe und was kostet sie?"));
        Assert.Equal(2, PromptDifferenceGuard.WrittenLanguage("¿Cuál es la capital de Canadá?"));
        Assert.Equal(3, PromptDifferenceGuard.WrittenLanguage("Comment fonctionne une pompe à chaleur ?"));
        Assert.Equal(0, PromptDifferenceGuard.WrittenLanguage("What does \"je ne sais pas pour vous\" mean in English?"));
        Assert.Equal(-1, PromptDifferenceGuard.WrittenLanguage("Paris Berlin Madrid"));
    }
}
