using System.Collections.Concurrent;
using System.Numerics.Tensors;
using Microsoft.Extensions.AI;

namespace Governance.AI.Testing;

/// <summary>
/// Deterministic embeddings for tests: texts that share words get similar vectors (feature hashing of lower-cased
/// words and, more lightly, of their character trigrams, normalized to unit length), and chosen texts can be
/// pinned to exact vectors.
/// </summary>
public sealed class FakeEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    private const float TrigramWeight = 0.25f;
    private readonly ConcurrentDictionary<string, float[]> _pinned = new(StringComparer.Ordinal);
    private int _callCount;

    /// <summary>Initializes a new instance of the <see cref="FakeEmbeddingGenerator"/> class.</summary>
    /// <param name="dimensions">The vector length.</param>
    public FakeEmbeddingGenerator(int dimensions = 64)
        : this(dimensions, "fake-embedding")
    {
    }

    /// <summary>
    /// Initializes a new instance of the <see cref="FakeEmbeddingGenerator"/> class that reports another model in its
    /// metadata (its vectors are the same), to stand for embedders of different models.
    /// </summary>
    /// <param name="dimensions">The vector length.</param>
    /// <param name="modelId">The model id its metadata reports.</param>
    public FakeEmbeddingGenerator(int dimensions, string modelId)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 8);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        Dimensions = dimensions;
        Metadata = new EmbeddingGeneratorMetadata("fake", null, modelId, dimensions);
    }

    /// <summary>Gets the vector length.</summary>
    public int Dimensions { get; }

    /// <summary>Gets the generator's metadata.</summary>
    public EmbeddingGeneratorMetadata Metadata { get; }

    /// <summary>Gets the number of <see cref="GenerateAsync"/> calls so far.</summary>
    public int CallCount => Volatile.Read(ref _callCount);

    /// <summary>Makes a text embed to an exact vector (normalized to unit length).</summary>
    /// <param name="text">The text.</param>
    /// <param name="vector">The vector, of length <see cref="Dimensions"/>.</param>
    /// <returns>This generator.</returns>
    public FakeEmbeddingGenerator Pin(string text, ReadOnlySpan<float> vector)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (vector.Length != Dimensions)
        {
            throw new ArgumentException($"The vector must have {Dimensions} dimensions, not {vector.Length}.", nameof(vector));
        }

        float[] copy = vector.ToArray();
        Normalize(copy);
        _pinned[text] = copy;
        return this;
    }

    /// <summary>Computes the embedding of one text, as <see cref="GenerateAsync"/> does.</summary>
    /// <param name="text">The text.</param>
    /// <returns>A unit vector.</returns>
    public float[] Embed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_pinned.TryGetValue(text, out float[]? pinned))
        {
            return (float[])pinned.Clone();
        }

        var vector = new float[Dimensions];
        ReadOnlySpan<char> span = text;
        int i = 0;
        while (i < span.Length)
        {
            while (i < span.Length && !char.IsLetterOrDigit(span[i]))
            {
                i++;
            }

            int start = i;
            while (i < span.Length && char.IsLetterOrDigit(span[i]))
            {
                i++;
            }

            if (i > start)
            {
                AddWord(vector, span[start..i]);
            }
        }

        Normalize(vector);
        return vector;
    }

    /// <inheritdoc />
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        cancellationToken.ThrowIfCancellationRequested();
        Interlocked.Increment(ref _callCount);
        var result = new GeneratedEmbeddings<Embedding<float>>();
        foreach (string value in values)
        {
            result.Add(new Embedding<float>(Embed(value)) { ModelId = Metadata.DefaultModelId });
        }

        return Task.FromResult(result);
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(EmbeddingGeneratorMetadata) ? Metadata
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private void AddWord(float[] vector, ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        AddFeature(vector, Hash(lower, 0x9E37), 1f);
        for (int t = 0; t + 3 <= lower.Length; t++)
        {
            AddFeature(vector, Hash(lower.Slice(t, 3), 0x85EB), TrigramWeight);
        }
    }

    private void AddFeature(float[] vector, uint hash, float weight)
    {
        // Two buckets a feature, with a hashed sign each, so unrelated words rarely line up.
        vector[(int)(hash % (uint)Dimensions)] += (hash & 0x8000_0000) == 0 ? weight : -weight;
        uint second = hash * 0x2C1B_3C6D;
        vector[(int)(second % (uint)Dimensions)] += (second & 0x8000_0000) == 0 ? weight : -weight;
    }

    private static uint Hash(ReadOnlySpan<char> text, uint seed)
    {
        // FNV-1a: stable across processes, unlike string.GetHashCode.
        uint hash = 2_166_136_261 ^ seed;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 16_777_619;
        }

        return hash;
    }

    private static void Normalize(float[] vector)
    {
        float norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }
    }
}
