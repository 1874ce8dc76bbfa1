using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Governance.AI.Embeddings.Offline;

/// <summary>
/// The embedded int8 word vectors: a vocabulary in descending corpus frequency (a word's position is its rank),
/// a per-word scale and the quantized components. Format: <c>tools/word-vectors/convert.mjs</c>.
/// </summary>
internal sealed class WordVectorModel
{
    private const string ResourceName = "Governance.AI.Embeddings.Offline.word-vectors.bin.br";
    private static readonly Lazy<WordVectorModel> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly float[] _scales;
    private readonly sbyte[] _components;

    private WordVectorModel(Dictionary<string, int> ranks, float[] scales, sbyte[] components, int dimensions)
    {
        _lookup = ranks.GetAlternateLookup<ReadOnlySpan<char>>();
        _scales = scales;
        _components = components;
        Dimensions = dimensions;
    }

    /// <summary>Gets the model shipped in this assembly, loaded once on first use.</summary>
    public static WordVectorModel Default => Embedded.Value;

    /// <summary>Gets the vector length.</summary>
    public int Dimensions { get; }

    /// <summary>Gets the vocabulary size.</summary>
    public int Count => _scales.Length;

    /// <summary>Finds a lowercase word.</summary>
    /// <param name="word">The word.</param>
    /// <param name="rank">Its frequency rank (0 is the most frequent).</param>
    /// <returns><see langword="true"/> when the word is in the vocabulary.</returns>
    public bool TryGetRank(ReadOnlySpan<char> word, out int rank) => _lookup.TryGetValue(word, out rank);

    /// <summary>Adds <paramref name="weight"/> × the vector of a word to <paramref name="sum"/>.</summary>
    /// <param name="rank">The word's rank.</param>
    /// <param name="weight">The weight.</param>
    /// <param name="sum">The accumulator.</param>
    public void AddScaled(int rank, float weight, Span<float> sum)
    {
        float scale = weight * _scales[rank];
        ReadOnlySpan<sbyte> components = _components.AsSpan(rank * Dimensions, Dimensions);
        for (int i = 0; i < components.Length; i++)
        {
            sum[i] += scale * components[i];
        }
    }

    /// <summary>Reads a model in the converter's format.</summary>
    /// <param name="compressed">The Brotli-compressed stream.</param>
    /// <returns>The model.</returns>
    public static WordVectorModel Load(Stream compressed)
    {
        using var brotli = new BrotliStream(compressed, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        brotli.CopyTo(buffer);
        ReadOnlySpan<byte> data = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (data.Length < 11 || !data[..4].SequenceEqual("GAWV"u8) || data[4] != 1)
        {
            throw new InvalidDataException("The word-vector resource is not in the expected format (GAWV version 1).");
        }

        int dimensions = BinaryPrimitives.ReadUInt16LittleEndian(data[5..]);
        int count = checked((int)BinaryPrimitives.ReadUInt32LittleEndian(data[7..]));
        int offset = 11;
        var ranks = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            int length = data[offset];
            ranks.TryAdd(Encoding.UTF8.GetString(data.Slice(offset + 1, length)), i);
            offset += 1 + length;
        }

        float[] scales = new float[count];
        for (int i = 0; i < count; i++, offset += sizeof(float))
        {
            scales[i] = BinaryPrimitives.ReadSingleLittleEndian(data[offset..]);
        }

        long componentBytes = (long)count * dimensions;
        if (data.Length - offset != componentBytes)
        {
            throw new InvalidDataException("The word-vector resource is truncated.");
        }

        sbyte[] components = new sbyte[componentBytes];
        data[offset..].CopyTo(System.Runtime.InteropServices.MemoryMarshal.AsBytes(components.AsSpan()));
        return new WordVectorModel(ranks, scales, components, dimensions);
    }

    private static WordVectorModel LoadEmbedded()
    {
        using Stream stream = typeof(WordVectorModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource '{ResourceName}' is missing from the assembly.");
        return Load(stream);
    }
}
