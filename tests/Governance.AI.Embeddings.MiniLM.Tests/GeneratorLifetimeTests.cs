using Governance.AI.Embeddings.MiniLM;
using SentenceTransformers;

namespace Governance.AI.Embeddings.MiniLM.Tests;

/// <summary>Batching, disposal and concurrency of the generator over a scripted encoder (no model).</summary>
public sealed class GeneratorLifetimeTests
{
    [Fact]
    public void Batches_hold_at_most_MaxBatchSize_texts_and_keep_their_order()
    {
        var encoder = new ScriptedEncoder();
        using var generator = new MiniLMEmbeddingGenerator(encoder, "scripted", 2, options: new MiniLMEmbeddingGeneratorOptions { MaxBatchSize = 2 });
        float[][] vectors = generator.Embed(["a", "bb", "ccc", null!, "eeeee"]);
        Assert.Equal([2, 2, 1], encoder.BatchSizes);
        Assert.Equal([1f, 2f, 3f, 0f, 5f], vectors.Select(v => v[0]));
        Assert.Empty(generator.Embed([]));
    }

    [Fact]
    public void A_long_text_is_the_normalized_mean_of_its_pieces()
    {
        var encoder = new ScriptedEncoder();
        using var generator = new MiniLMEmbeddingGenerator(encoder, "scripted", 2, options: new MiniLMEmbeddingGeneratorOptions { MaxPieceCharacters = 16 });
        float[] vector = generator.Embed(["aaaaaaaaaa bbbbbbbbbb"])[0];
        Assert.Equal(["aaaaaaaaaa", "bbbbbbbbbb"], encoder.Texts);
        Assert.Equal(1f, vector[0] * vector[0] + vector[1] * vector[1], 4);
    }

    [Fact]
    public void Metadata_names_the_given_model()
    {
        using var generator = new MiniLMEmbeddingGenerator(new ScriptedEncoder(), "snowflake-arctic-embed-xs", 2);
        var metadata = (Microsoft.Extensions.AI.EmbeddingGeneratorMetadata)generator.GetService(typeof(Microsoft.Extensions.AI.EmbeddingGeneratorMetadata))!;
        Assert.Equal("snowflake-arctic-embed-xs", metadata.DefaultModelId);
        Assert.Equal(2, metadata.DefaultModelDimensions);
    }

    [Fact]
    public void Disposal_releases_an_owned_encoder_only_and_refuses_later_calls()
    {
        var owned = new ScriptedEncoder();
        var borrowed = new ScriptedEncoder();
        var ownedGenerator = new MiniLMEmbeddingGenerator(owned, "scripted", 2, ownsEncoder: true);
        var borrowingGenerator = new MiniLMEmbeddingGenerator(borrowed, "scripted", 2);
        ownedGenerator.Dispose();
        ownedGenerator.Dispose();
        borrowingGenerator.Dispose();
        Assert.Equal(1, owned.Disposals);
        Assert.Equal(0, borrowed.Disposals);
        Assert.Throws<ObjectDisposedException>(() => ownedGenerator.Embed(["a"]));
    }

    [Fact]
    public async Task Disposal_during_a_call_waits_for_it_and_the_call_releases_the_encoder()
    {
        var encoder = new ScriptedEncoder { Gate = new ManualResetEventSlim(false) };
        var generator = new MiniLMEmbeddingGenerator(encoder, "scripted", 2, ownsEncoder: true);
        Task<float[][]> call = Task.Run(() => generator.Embed(["a"]));
        encoder.Entered.Wait();
        generator.Dispose();
        Assert.Equal(0, encoder.Disposals);
        encoder.Gate.Set();
        Assert.Single(await call);
        Assert.Equal(1, encoder.Disposals);
    }

    [Fact]
    public async Task An_encoder_error_after_cancellation_is_reported_as_cancellation()
    {
        using var cts = new CancellationTokenSource();
        var encoder = new ScriptedEncoder { OnEncode = () => { cts.Cancel(); throw new InvalidOperationException("terminated"); } };
        using var generator = new MiniLMEmbeddingGenerator(encoder, "scripted", 2);
        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => generator.GenerateAsync(["a"], cancellationToken: cts.Token));
        Assert.IsType<InvalidOperationException>(error.InnerException);
    }

    /// <summary>Embeds a text of length n as (n, 1), normalized by the generator only for pieces; records its calls.</summary>
    private sealed class ScriptedEncoder : ISentenceEncoder, IDisposable
    {
        public List<int> BatchSizes { get; } = [];

        public List<string> Texts { get; } = [];

        public int Disposals { get; private set; }

        public ManualResetEventSlim? Gate { get; init; }

        public ManualResetEventSlim Entered { get; } = new(false);

        public Action? OnEncode { get; init; }

        public float[][] Encode(string[] sentences, CancellationToken cancellationToken = default)
        {
            Entered.Set();
            Gate?.Wait(cancellationToken);
            OnEncode?.Invoke();
            lock (BatchSizes)
            {
                BatchSizes.Add(sentences.Length);
                Texts.AddRange(sentences);
            }

            return sentences.Select(s => new[] { (float)s.Length, s.Length == 10 ? 1f : 0f }).ToArray();
        }

        public void Dispose() => Disposals++;
    }
}
