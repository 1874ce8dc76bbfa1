using Governance.AI.Caching;
using Governance.AI.Embeddings.Offline;

namespace Governance.AI.Tests.Caching;

/// <summary>
/// The guard's data-derived rule: typos read pairwise against the other prompt (WordNet's lemmas as the real words),
/// never between two real words.
/// </summary>
public sealed class PromptGuardLexicalDataTests
{
    private static readonly PromptDifferenceGuard Guard = PromptDifferenceGuard.Default;
    private static readonly WordVectorEmbeddingGenerator Embedder = new();

    // Typos the spelling corrector leaves alone (four letters, a capitalized name) were misses before the pairwise rule.
    [Theory]
    [InlineData("How long should I boil an egg?", "How long should I boil an eggg?")]
    [InlineData("What is the boiling point of water at high altitude?", "What is the boiling point of watr at high altitude?")]
    [InlineData("Translate 'good morning' into Japanese", "Translate 'good morning' into Japanesse")]
    [InlineData("How do I negotiate a higher salary?", "How do I negotaite a higher salary?")]
    public void A_word_that_is_no_real_word_reads_as_the_word_of_the_other_prompt_it_is_an_edit_away_from(string cached, string prompt)
    {
        Assert.True(Guard.IsSafeHit(cached, prompt, out string? reason), reason);
        Assert.True(Guard.IsSafeHit(prompt, cached, out reason), reason);
        Assert.False(new PromptDifferenceGuard(new PromptGuardOptions { MatchTypos = false }).IsSafeHit(cached, prompt, out _));
    }

    // "form" / "from" was a false hit: "form" was read as a misspelt function word. Two real words never match, a
    // clitic stem is no typo ("doesn't" / "does"), and a prompt that is not English is not read as typos of English.
    [Theory]
    [InlineData("Where can I find the application form?", "Where can I find the application from?")]
    [InlineData("Which desert is the largest in the world?", "Which dessert is the largest in the world?")]
    [InlineData("What do bears eat?", "What do bees eat?")]
    [InlineData("Why does my laptop charge?", "Why doesn't my laptop charge?")]
    [InlineData("Wo ist der Hund?", "Wo ist der Hand?")]
    public void Real_words_clitics_and_other_languages_are_not_typos(string cached, string prompt)
    {
        Assert.False(Guard.IsSafeHit(cached, prompt, out _));
        Assert.False(Guard.IsSafeHit(prompt, cached, out _));
    }

    // Was a false hit: the same word as a thing ("a fine") and as what something is like ("is it fine").
    [Fact]
    public void A_word_used_as_a_noun_and_as_a_predicate_adjective_differs()
    {
        Assert.False(Guard.IsSafeHit("Is it fine to park here overnight?", "Is there a fine for parking here overnight?", out string? reason));
        // Since session 23 "is it fine to" names the modality "can" (leave to do it), which the fine's question lacks:
        // the pair is rejected one rule earlier, for its modality.
        Assert.Equal(SemanticCacheReasons.GuardModality, reason);
        Assert.True(Guard.IsSafeHit("Is it safe to park here overnight?", "Is it safe to park here overnight please?", out reason), reason);
    }

    // The embedder reads an unknown word as its nearest known word one edit away, so the guard gets to see the pair
    // (it scored below the threshold when the unknown word was dropped).
    [Fact]
    public void An_unknown_word_embeds_as_its_nearest_known_word()
    {
        double threshold = new SemanticCacheOptions().SimilarityThreshold;
        Assert.True(Cosine(Embedder.Embed("the best way to lern guitar"), Embedder.Embed("the best way to learn guitar")) >= threshold);
    }

    private static float Cosine(float[] a, float[] b) => System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(a, b);
}
