using Governance.AI.Caching;
using Governance.AI.Embeddings.Offline;

namespace Governance.AI.Tests.Caching;

/// <summary>
/// Issue #17 item 3, ninth round: noise the guard, the framing or the offline spelling corrector read as meaning —
/// a corrector that "corrected" real words and words of other languages, the English article read as the Spanish
/// "to", a relative pronoun or a clause-opening "when" read as a question word, "going to" a place read as a future,
/// fillers after the question, lead-ins that only announce it, a question left in a wrapper's word order, hyphens —
/// and rewordings by question kind (duration, price, location, unit conversion, the kind of answer named by a noun).
/// Every accepted pair here was rejected before the round; every rejected pair is a must-miss that stays rejected.
/// </summary>
public sealed class CacheGuardNinthRoundTests
{
    private static readonly PromptDifferenceGuard Guard = PromptDifferenceGuard.Default;
    private static readonly IPromptSpellingCorrector Corrector =
        (IPromptSpellingCorrector)new WordVectorEmbeddingGenerator().GetService(typeof(IPromptSpellingCorrector))!;

    [Theory]
    [InlineData("How do I stop my glasses from fogging up?", "How do I stop my glasses from fogging up?")]
    [InlineData("¿Por qué se me duermen las manos por la noche?", "¿Por qué se me duermen las manos por la noche?")]
    [InlineData("je peux quand même faire du pain ?", "je peux quand même faire du pain ?")]
    [InlineData("How do I instal Python?", "How do I install Python?")]
    [InlineData("How do I wirte a resignaton letter", "How do I write a resignation letter")]
    public void The_corrector_leaves_real_words_and_other_languages_to_the_commonest_typos(string text, string expected) =>
        Assert.Equal(expected, Corrector.Correct(text));

    [Fact]
    public void A_title_is_corrected_as_its_lowercase_form_is()
    {
        string lower = Corrector.Correct("write a cover letter for a barista job");
        Assert.Equal(lower, Corrector.Correct("Write a Cover Letter for a Barista Job").ToLowerInvariant());
    }

    [Theory]
    [InlineData("If I'm on a budget, what's a good laptop for programming?", "What's a good laptop for programming if I'm on a budget?")]
    [InlineData("When travelling to Italy, do I need a visa as a US citizen?", "As a US citizen, do I need a visa when travelling to Italy?")]
    [InlineData("When traveling to Japan, what should I pack?", "What should I pack when traveling to Japan?")]
    [InlineData("I'm going to Tokyo in March with my parents who are in their 70s - what should we see?", "What should we see in Tokyo? Going in March with my parents who are in their 70s")]
    [InlineData("How do I make cold brew coffee?", "How do I make cold-brew coffee")]
    [InlineData("Qu'est-ce que l'inflation ?", "Qu'est ce que l'inflation ?")]
    [InlineData("How do I get rid of a headache fast?", "How do I get rid of a headache quickly?")]
    [InlineData("¿Qué es la fotosíntesis?", "¿Que es la fotosíntesis?")]
    [InlineData("Quelle est la différence entre une bactérie et un virus ?", "quelle est la difference entre une bacterie et un virus")]
    [InlineData("Best way to remove a coffee stain from a shirt?", "Best way to get a coffee stain out of a shirt?")]
    public void Accepts_clause_order_hyphens_accents_and_adverbs(string cached, string prompt) =>
        Assert.True(Guard.IsSafeHit(cached, prompt, out string? reason), reason);

    [Theory]
    [InlineData("¿Cómo voy de Madrid a Barcelona?", "¿Cómo voy de Barcelona a Madrid?", SemanticCacheReasons.GuardOrder)]
    [InlineData("Is a long-term loan a good idea?", "Is a short-term loan a good idea?", SemanticCacheReasons.GuardContent)]
    [InlineData("Is a long-term loan a good idea?", "Is a long loan a good idea?", SemanticCacheReasons.GuardContent)]
    [InlineData("How do I cook rice quickly?", "How do I cook rice slowly?", SemanticCacheReasons.GuardContent)]
    [InlineData("How do I follow the election closely?", "How do I follow the election shut?", SemanticCacheReasons.GuardContent)]
    [InlineData("When did the bridge open?", "Why did the bridge open?", SemanticCacheReasons.GuardQuestion)]
    [InlineData("What's a good gift for my son?", "What's a good gift?", SemanticCacheReasons.GuardContent)]
    [InlineData("I'm going to win the race", "I win the race", SemanticCacheReasons.GuardTense)]
    [InlineData("How do I get the most out of my gym membership?", "How do I remove the most from my gym membership?", SemanticCacheReasons.GuardContent)]
    public void Keeps_direction_modifiers_question_kinds_and_english_homographs_apart(string cached, string prompt, string expected)
    {
        Assert.False(Guard.IsSafeHit(cached, prompt, out string? reason));
        Assert.Equal(expected, reason);
    }

    [Theory]
    [InlineData("Why can I hardly sleep?", "Why is it hard to sleep?")]
    [InlineData("¿Cuántos años tiene el perro?", "¿Cuántos anos tiene el perro?")]
    [InlineData("Was ist ein Bausparvertrag?", "Was ist ein Bausparvertrag für meinen Sohn?")]
    public void Keeps_departed_adverbs_and_a_letter_of_its_own_apart(string cached, string prompt) =>
        Assert.False(Guard.IsSafeHit(cached, prompt, out _));

    [Theory]
    [InlineData("random thought but why do my eyes twitch?", "why do my eyes twitch?")]
    [InlineData("I guess my question is, how do I stop procrastinating?", "how do I stop procrastinating?")]
    [InlineData("This might be a dumb question, but why is the sky blue?", "why is the sky blue?")]
    [InlineData("so basically what is a mortgage, I mean like actually", "what is a mortgage")]
    [InlineData("honestly how do I make my phone battery last longer lol", "how do I make my phone battery last longer")]
    [InlineData("also ähm, was ist ein Bausparvertrag?", "also was ist ein Bausparvertrag?")]
    [InlineData("bueno, a ver, ¿qué es una hipoteca?", "¿qué es una hipoteca?")]
    [InlineData("Pues nada, me preguntaba cómo funciona una vacuna.", "cómo funciona una vacuna.")]
    [InlineData("Hola, ¿me podrías decir cómo cambio la contraseña?", "decir cómo cambio la contraseña?")]
    public void Strips_lead_ins_trailing_fillers_and_interjections(string prompt, string expected) =>
        Assert.Equal(expected, PromptFraming.NormalizeAndStrip(prompt));

    [Theory]
    [InlineData("My question is about taxes: how do I file late?", "taxes")]
    [InlineData("Quick question for my son, how do magnets work?", "son")]
    [InlineData("Random thought about Rome, why did the empire fall?", "Rome")]
    [InlineData("What is a stock split, like for a beginner?", "beginner")]
    public void Keeps_lead_ins_and_tails_that_say_something(string prompt, string kept) =>
        Assert.Contains(kept, PromptFraming.NormalizeAndStrip(prompt), StringComparison.Ordinal);

    [Theory]
    [InlineData("how I can convert a PDF to Word?", "how do I convert a PDF to Word?")]
    [InlineData("what questions I should expect?", "what questions should I expect?")]
    [InlineData("What can I do to improve my credit score?", "how do I improve my credit score?")]
    [InlineData("decir cómo cambio la contraseña?", "cómo cambio la contraseña?")]
    [InlineData("How much time does a passport renewal take?", "how long does a passport renewal take")]
    [InlineData("What is the duration of a flight to Tokyo?", "how long does a flight to Tokyo take")]
    [InlineData("How much does a cup of coffee cost in Oslo?", "what is the price of a cup of coffee in Oslo")]
    [InlineData("What does a Tesla cost?", "what is the price of a Tesla")]
    [InlineData("Where's the Louvre located?", "where is the Louvre")]
    [InlineData("How many miles is 5 km?", "convert 5 km to miles")]
    [InlineData("How many inches are in 2 feet?", "convert 2 feet to inches")]
    [InlineData("How many apples is 5 dollars?", "How many apples is 5 dollars?")]
    [InlineData("Which person is the author of Dune?", "who wrote Dune?")]
    public void Reads_the_question_kind_from_its_construction(string request, string expected) =>
        Assert.Equal(expected, PromptFraming.CanonicalQuestion(request));

    [Theory]
    [InlineData("Which city is Peru's capital?", "What's the capital of Peru?")]
    [InlineData("Which city is the capital of Canada?", "What is the capital of Canada?")]
    [InlineData("How much does a new roof cost?", "What is the cost of a new roof?")]
    [InlineData("How many pounds is 3 kg?", "Convert 3 kg to pounds")]
    public void Accepts_rewordings_of_one_question_kind(string cached, string prompt) =>
        Assert.True(Guard.IsSafeHit(PromptFraming.CanonicalQuestion(cached), PromptFraming.CanonicalQuestion(prompt), out string? reason), reason);

    [Theory]
    [InlineData("How long does a passport renewal take?", "How long does a passport last?")]
    [InlineData("What does a Tesla Model 3 cost?", "What does a Tesla Model 3 weigh?")]
    [InlineData("Which city is the capital of Canada?", "Which country is the capital of Canada?")]
    [InlineData("Which city is closest to Paris?", "Which country is closest to Paris?")]
    [InlineData("How many pounds is 3 kg?", "How many kg is 3 pounds?")]
    [InlineData("How many inches are in 2 feet?", "Convert 2 inches to feet")]
    [InlineData("Where is Machu Picchu located?", "Why is Machu Picchu located there?")]
    [InlineData("What did a loaf of bread cost in 1950?", "What does a loaf of bread cost in 1950?")]
    public void Keeps_other_questions_apart(string cached, string prompt) =>
        Assert.False(Guard.IsSafeHit(PromptFraming.CanonicalQuestion(cached), PromptFraming.CanonicalQuestion(prompt), out _));
}
