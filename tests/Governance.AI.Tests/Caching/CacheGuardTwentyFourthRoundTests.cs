using Governance.AI.Embeddings.Offline;

namespace Governance.AI.Tests.Caching;

/// <summary>
/// Twenty-fourth round: what is set before the question, read where the same question written in one line puts it (a
/// clause of time or condition, "When I move, what …?"; a fronted phrase keeps no capital of its own and goes before
/// the alternatives the question offers), two answer languages joined as equals, "close to" before a place as "near",
/// "rent out" as letting a thing out, a courtesy or greeting that is the word asked about ("how do you say thank
/// you"), and a compound joined by a hyphen embedded as its words. Each with near misses that must keep missing:
/// exchanged terms across the moved clause, another condition, another language set, another courtesy word, the other
/// side of a hire. Written from those descriptions, not taken from any evaluation set.
/// </summary>
public sealed class CacheGuardTwentyFourthRoundTests
{
    private static readonly WordVectorEmbeddingGenerator Embedder = new();

    [Theory]
    // A clause of time or condition before the question (en/de/es/fr).
    [InlineData("If my cat stops eating, what should I do?", "What should I do if my cat stops eating?")]
    [InlineData("When I move to another state, how do I transfer my car registration?", "How do I transfer my car registration when I move to another state?")]
    [InlineData("Wenn der Akku schnell leer ist, was kann ich tun?", "Was kann ich tun, wenn der Akku schnell leer ist?")]
    [InlineData("Cuando el perro tiene fiebre, ¿qué debo hacer?", "¿Qué debo hacer cuando el perro tiene fiebre?")]
    [InlineData("Si mon chat vomit, que dois-je faire ?", "Que dois-je faire si mon chat vomit ?")]
    [InlineData("If my dog eats grapes, what should I do?", "if my dog eats grapes what should I do")]
    // A fronted phrase: its preposition is no name once moved, and it goes before the alternatives.
    [InlineData("Before my surgery, can I drink coffee?", "Can I drink coffee before my surgery?")]
    [InlineData("For a small garden, which mower is better, electric or petrol?", "Which mower is better for a small garden, petrol or electric?")]
    [InlineData("Para una oficina pequeña, ¿qué impresora es mejor, láser o tinta?", "¿Qué impresora es mejor para una oficina pequeña, tinta o láser?")]
    // Two answer languages joined as equals, in either order.
    [InlineData("In Italian and German, how do you say 'happy birthday'?", "How do you say 'happy birthday' in German and Italian?")]
    // "close to" before a place is "near"; a courtesy closing the sentence takes its comma.
    [InlineData("Find a quiet campsite close to the lake.", "Find a quiet campsite near the lake.")]
    [InlineData("How do you say good night in Portuguese, please?", "How do you say good night in Portuguese?")]
    // Letting a thing out, with "out" before or after the thing.
    [InlineData("Can I rent out my garage?", "Can I rent my garage out?")]
    public void Same_request_hits(string cached, string asked) => GuardPairAssert.Hits(cached, asked);

    [Theory]
    // Terms exchanged across the moved clause; another condition.
    [InlineData("If it's noon in Tokyo, what time is it in Lima?", "What time is it in Tokyo if it's noon in Lima?")]
    [InlineData("If it's noon in Tokyo, what time is it in Lima?", "If it's noon in Lima, what time is it in Tokyo?")]
    [InlineData("If it's noon in Tokyo, what time is it in Lima?", "if its noon in lima what time is it in tokyo")]
    [InlineData("When my boss is away, what can my assistant sign?", "What can my boss sign when my assistant is away?")]
    [InlineData("When I travel abroad, what should I pack?", "What should I pack when I travel abroad with a toddler?")]
    [InlineData("If I sell my car, what taxes do I pay?", "What taxes do I pay if I buy a car?")]
    [InlineData("Si mon chat vomit, que dois-je faire ?", "Que dois-je faire si mon chien vomit ?")]
    // The fronted phrase with another word, the alternatives with another size.
    [InlineData("Before my surgery, can I drink coffee?", "Can I drink coffee after my surgery?")]
    [InlineData("For a small garden, which mower is better, electric or petrol?", "Which mower is better for a large garden, petrol or electric?")]
    // Another set of answer languages.
    [InlineData("In Italian and German, how do you say 'happy birthday'?", "How do you say 'happy birthday' in German?")]
    [InlineData("In Italian and German, how do you say 'happy birthday'?", "In Italian or German, what does 'happy birthday' mean?")]
    // "close to" is not "far from"; a courtesy that is the word asked about is content.
    [InlineData("Find a quiet campsite close to the lake.", "Find a quiet campsite far from the lake.")]
    [InlineData("How do you say thank you in Italian?", "How do you say please in Italian?")]
    [InlineData("How do you spell thanks in Dutch?", "How do you spell hello in Dutch?")]
    [InlineData("What does 'merci' mean?", "What does 'danke' mean?")]
    // The other side of a hire.
    [InlineData("What taxes apply when I'm renting out a garage?", "What taxes apply when I'm renting a garage?")]
    [InlineData("What should I check before renting an apartment?", "What should I check before renting out an apartment?")]
    public void Near_misses_still_miss(string cached, string asked) => GuardPairAssert.Misses(cached, asked);

    [Theory]
    [InlineData("How does a heat pump work?", "How does a heat-pump work?")]
    [InlineData("Is a cold frame worth it?", "Is a cold-frame worth it?")]
    public void A_hyphenated_compound_the_vocabulary_lacks_embeds_as_its_words(string spaced, string hyphenated)
    {
        float similarity = System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(Embedder.Embed(spaced), Embedder.Embed(hyphenated));
        Assert.True(similarity > 0.999f, $"similarity {similarity:0.000}");
    }

    [Fact]
    public void A_hyphenated_compound_still_differs_from_another()
    {
        float similarity = System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(Embedder.Embed("How does a heat pump work?"), Embedder.Embed("How does a heat-sink work?"));
        Assert.True(similarity < 0.999f, $"similarity {similarity:0.000}");
    }
}
