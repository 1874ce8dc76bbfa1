using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using Governance.AI.Embeddings.MiniLM;

namespace InjectionHeadTrainer;

/// <summary>
/// The all-MiniLM-L6-v2 embeddings of every text the trainer needs, kept in a file outside the repository (keyed by a
/// 128-bit hash of the text) so that cross-validation runs and variants do not embed 18,000 rows again. Texts are
/// embedded by <see cref="MiniLMEmbeddingGenerator"/>, as the runtime layer embeds them (a text longer than its
/// <c>MaxPieceCharacters</c> is the normalized mean of its pieces; such a text's key is salted, because caches written
/// before session 15 hold the encoder's truncated vector under the plain key). The encoder is deterministic, so a cached
/// vector is the vector the generator would return (up to float rounding from the batch it was padded in).
/// </summary>
internal sealed class EmbeddingCache
{
    /// <summary>The embedding model the head is trained for, as its embedding generator's metadata names it.</summary>
    public const string ModelId = "all-MiniLM-L6-v2";

    /// <summary>The model's embedding size.</summary>
    public const int Dimensions = 384;

    private const int BatchSize = 16;
    private static readonly int MaxPieceCharacters = new MiniLMEmbeddingGeneratorOptions().MaxPieceCharacters;

    private readonly Dictionary<UInt128, float[]> _vectors = [];
    private readonly string? _path;

    private EmbeddingCache(string? path) => _path = path;

    /// <summary>Gets the vector of a text that was embedded (<see cref="EnsureAsync"/>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The unit vector.</returns>
    public float[] this[string text] => _vectors[Key(text)];

    /// <summary>Opens the cache file (created when missing), or an in-memory cache when <paramref name="path"/> is null.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The cache.</returns>
    public static EmbeddingCache Open(string? path)
    {
        var cache = new EmbeddingCache(path);
        if (path is null || !File.Exists(path))
        {
            return cache;
        }

        using var reader = new BinaryReader(File.OpenRead(path));
        var record = 16 + (Dimensions * sizeof(float));
        var count = reader.BaseStream.Length / record;
        for (var i = 0; i < count; i++)
        {
            var key = new UInt128(reader.ReadUInt64(), reader.ReadUInt64());
            var vector = new float[Dimensions];
            reader.Read(MemoryMarshal.AsBytes(vector.AsSpan()));
            cache._vectors[key] = vector;
        }

        return cache;
    }

    /// <summary>Embeds the texts not in the cache yet (shortest first, in batches) and appends them to its file.</summary>
    /// <param name="texts">The texts.</param>
    /// <param name="progress">Where progress lines go.</param>
    public void Ensure(IEnumerable<string> texts, TextWriter progress)
    {
        var missing = texts.Distinct(StringComparer.Ordinal).Where(t => !_vectors.ContainsKey(Key(t))).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        // Batches of similar length pad little; the order does not change a vector.
        missing.Sort((a, b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b));
        progress.WriteLine($"Embedding {missing.Count} texts with {ModelId}...");
        using var generator = new MiniLMEmbeddingGenerator();
        using var file = _path is null ? null : new BinaryWriter(File.Open(_path, FileMode.Append));
        for (var start = 0; start < missing.Count; start += BatchSize)
        {
            var batch = missing.GetRange(start, Math.Min(BatchSize, missing.Count - start)).ToArray();
            var vectors = generator.Embed(batch);
            for (var i = 0; i < batch.Length; i++)
            {
                var key = Key(batch[i]);
                _vectors[key] = vectors[i];
                if (file is not null)
                {
                    file.Write((ulong)(key >> 64));
                    file.Write((ulong)key);
                    file.Write(MemoryMarshal.AsBytes(vectors[i].AsSpan()));
                }
            }

            if ((start / BatchSize) % 200 == 0)
            {
                progress.WriteLine($"  {start + batch.Length} / {missing.Count}");
                file?.Flush();
            }
        }
    }

    private static UInt128 Key(string text) =>
        XxHash128.HashToUInt128(MemoryMarshal.AsBytes(text.AsSpan()), seed: text.Length > MaxPieceCharacters ? MaxPieceCharacters : 0);
}
