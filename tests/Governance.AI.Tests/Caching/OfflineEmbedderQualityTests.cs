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
