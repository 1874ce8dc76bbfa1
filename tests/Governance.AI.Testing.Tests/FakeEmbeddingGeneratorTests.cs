using System.Numerics.Tensors;
using Microsoft.Extensions.AI;

namespace Governance.AI.Testing.Tests;

public sealed class FakeEmbeddingGeneratorTests
{
    [Fact]
    public void Vectors_are_deterministic_unit_vectors()
    {
        var a = new FakeEmbeddingGenerator(128);
        var b = new FakeEmbeddingGenerator(128);
        float[] first = a.Embed("The quick brown fox");
        Assert.Equal(first, b.Embed("The quick brown fox"));
        Assert.Equal(1f, TensorPrimitives.Norm(first), 3);
    }

    [Fact]
    public void Texts_sharing_words_are_closer_than_unrelated_texts()
    {
        var generator = new FakeEmbeddingGenerator(256);
        float[] query = generator.Embed("What is the weather like in Paris today?");
        float similar = TensorPrimitives.CosineSimilarity(query, generator.Embed("what is the weather in Paris"));
        float unrelated = TensorPrimitives.CosineSimilarity(query, generator.Embed("Compile the kernel with clang"));
        Assert.True(similar > 0.7f, $"similar {similar}");
        Assert.True(unrelated < 0.4f, $"unrelated {unrelated}");
    }

    [Fact]
    public async Task Pinned_texts_embed_to_their_exact_vectors()
    {
        var generator = new FakeEmbeddingGenerator(8);
        generator.Pin("north", [1, 0, 0, 0, 0, 0, 0, 0]);
        GeneratedEmbeddings<Embedding<float>> result = await generator.GenerateAsync(["north", "south"]);
        Assert.Equal([1f, 0, 0, 0, 0, 0, 0, 0], result[0].Vector.ToArray());
        Assert.NotEqual(result[0].Vector.ToArray(), result[1].Vector.ToArray());
        Assert.Equal(1, generator.CallCount);
    }
}
