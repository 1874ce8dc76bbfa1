using Governance.AI.Caching;
using Governance.AI.Embeddings.Offline;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.Caching;

public sealed class OfflineEmbedderQualityTests
{
    private static readonly WordVectorEmbeddingGenerator Embedder = new();
    private static readonly float DefaultThreshold = (float)new SemanticCacheOptions().SimilarityThreshold;

    [Theory]
    [InlineData("What's the weather like?", "How's the weather today?")]
    [InlineData("How do I reset my password?", "How can I reset my password?")]
    [InlineData("What is the capital of France?", "What's the capital city of France?")]
    [InlineData("What are the symptoms of flu?", "What symptoms does the flu have?")]
    [InlineData("How do I cancel my subscription?", "How can I cancel my subscription?")]
    public void Paraphrases_reach_the_default_threshold(string a, string b)
    {
        float similarity = Cosine(Embedder.Embed(a), Embedder.Embed(b));
        Assert.True(similarity >= DefaultThreshold, $"similarity {similarity:0.000} < {DefaultThreshold}");
    }

    [Theory]
    [InlineData("What's the weather like?", "How do I reset my password?")]
    [InlineData("Tell me a joke", "What is the capital of France?")]
    [InlineData("Write a poem about the sea", "How do I file my taxes?")]
    public void Unrelated_prompts_stay_below_the_default_threshold(string a, string b)
    {
        float similarity = Cosine(Embedder.Embed(a), Embedder.Embed(b));
        Assert.True(similarity < DefaultThreshold, $"similarity {similarity:0.000} >= {DefaultThreshold}");
    }

    [Theory]
    [InlineData("What's a good present for a 10-year-old?", "What's a good gift for a 10-year-old?")]
    [InlineData("How do I halt a nosebleed?", "How do I stop a nosebleed?")]
    [InlineData("Ways to assist a friend who is grieving", "Ways to help a friend who is grieving")]
    [InlineData("Suggest cheap hotels in Lisbon", "Recommend inexpensive hotels in Lisbon")]
    public void A_swap_inside_a_guard_synonym_group_embeds_as_the_same_word(string a, string b)
    {
        Assert.Equal(1f, Cosine(Embedder.Embed(a), Embedder.Embed(b)), 4);
    }

    [Theory]
    [InlineData("What's a good present for a 10-year-old?", "What's a good toy for a 10-year-old?")]
    [InlineData("How much does it cost to insure a car?", "How much does it cost to insure a vehicle?")]
    public void Words_outside_one_synonym_group_are_not_folded(string a, string b)
    {
        Assert.True(Cosine(Embedder.Embed(a), Embedder.Embed(b)) < 0.999f);
    }

    [Theory]
    [InlineData("How does photosyntesis work?", "How does photosynthesis work?")]
    [InlineData("recomend a restaurant", "recommend a restaurant")]
    [InlineData("What is a spnidle?", "What is a spnidle?")]
    [InlineData("Write a peom about the sea", "Write a poem about the sea")]
    [InlineData("Waht is a bnak?", "What is a bank?")]
    public void The_spelling_corrector_reaches_rare_words_only_for_long_typos(string text, string expected)
    {
        var corrector = (IPromptSpellingCorrector?)Embedder.GetService(typeof(IPromptSpellingCorrector));
        Assert.NotNull(corrector);
        Assert.Equal(expected, corrector.Correct(text));
    }

    [Fact]
    public void Embeddings_are_unit_length_and_the_model_is_reported()
    {
        float[] vector = Embedder.Embed("The quick brown fox");
        Assert.Equal(100, vector.Length);
        Assert.Equal(1f, MathF.Sqrt(vector.Sum(x => x * x)), 3);
        var metadata = (EmbeddingGeneratorMetadata?)Embedder.GetService(typeof(EmbeddingGeneratorMetadata));
        Assert.Equal(WordVectorEmbeddingGenerator.ModelId, metadata?.DefaultModelId);
    }

    [Fact]
    public void Text_without_known_words_embeds_as_the_zero_vector()
    {
        Assert.All(Embedder.Embed("zzqxj 12345 !!!"), x => Assert.Equal(0f, x));
    }

    [Fact]
    public async Task Generates_one_embedding_per_input()
    {
        GeneratedEmbeddings<Embedding<float>> embeddings = await Embedder.GenerateAsync(["one", "two", "three"]);
        Assert.Equal(3, embeddings.Count);
        Assert.Equal(Embedder.Embed("two"), embeddings[1].Vector.ToArray());
    }

    private static float Cosine(float[] a, float[] b) => System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(a, b);
}
