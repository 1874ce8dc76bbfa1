using System.Buffers.Binary;
using System.Numerics.Tensors;
using System.Text;

namespace Governance.AI.Safety;

/// <summary>
/// The injection head: a logistic regression over a sentence embedding of the whole text and the lexical model's highest
/// window logit of the same text ("stacked": the embedding adds what a bag of words misses, the logit carries what the
/// words already say). Written by <c>tools/InjectionHeadTrainer</c>; the file records the embedding model and the lexical
/// model it was trained with, since its weights mean nothing beside others.
/// </summary>
/// <remarks>Immutable and thread-safe; scoring allocates nothing.</remarks>
internal sealed class StackedInjectionHead
{
    /// <summary>The name of the embedded head file.</summary>
    public const string ResourceName = "Governance.AI.Safety.Head.injection-head-minilm.bin";

    private const uint Magic = 0x48454947; // "GIEH"
    private const byte FormatVersion = 2;
    private const int MaxDimensions = 65536;

    private static readonly Lazy<StackedInjectionHead> BuiltIn = new(LoadBuiltIn);

    private readonly float[] _weights;

    /// <summary>Initializes a new instance of the <see cref="StackedInjectionHead"/> class.</summary>
    /// <param name="embeddingModelId">The embedding model the head was trained on, as its generator's metadata names it.</param>
    /// <param name="lexicalModel">The <see cref="Lexical.LexicalInjectionModel.Fingerprint"/> of the lexical model whose logit it reads.</param>
    /// <param name="weights">The embedding's weights, then the lexical logit's.</param>
    /// <param name="bias">The intercept.</param>
    public StackedInjectionHead(string embeddingModelId, string lexicalModel, float[] weights, float bias)
    {
        if (weights.Length is < 2 or > MaxDimensions + 1 || string.IsNullOrEmpty(embeddingModelId) || string.IsNullOrEmpty(lexicalModel))
        {
            throw new ArgumentException("A head needs its models' names and at least one embedding weight and the lexical weight.", nameof(weights));
        }

        EmbeddingModelId = embeddingModelId;
        LexicalModel = lexicalModel;
        _weights = weights;
        Bias = bias;
    }

    /// <summary>Gets the head shipped in the package (all-MiniLM-L6-v2 over the shipped lexical model).</summary>
    public static StackedInjectionHead Default => BuiltIn.Value;

    /// <summary>Gets the embedding model the head was trained on.</summary>
    public string EmbeddingModelId { get; }

    /// <summary>Gets the fingerprint of the lexical model whose logit the head reads.</summary>
    public string LexicalModel { get; }

    /// <summary>Gets the embedding size.</summary>
    public int Dimensions => _weights.Length - 1;

    /// <summary>Gets the embedding's weights (for tests that build vectors the head scores high).</summary>
    public ReadOnlySpan<float> EmbeddingWeights => _weights.AsSpan(0, Dimensions);

    /// <summary>Gets the lexical logit's weight.</summary>
    public float LexicalWeight => _weights[^1];

    /// <summary>Gets the intercept.</summary>
    public float Bias { get; }

    /// <summary>Reads a head written by <see cref="ToBytes"/>.</summary>
    /// <param name="data">The bytes.</param>
    /// <returns>The head.</returns>
    /// <exception cref="InvalidDataException">The bytes are not a head file of this version.</exception>
    public static StackedInjectionHead FromBytes(ReadOnlySpan<byte> data)
    {
        if (data.Length < 8 || BinaryPrimitives.ReadUInt32LittleEndian(data) != Magic || data[4] != FormatVersion)
        {
            throw new InvalidDataException("Not an injection head file of this version (written by tools/InjectionHeadTrainer).");
        }

        var at = 5;
        var embeddingModelId = ReadString(data, ref at);
        var lexicalModel = ReadString(data, ref at);
        if (data.Length - at < sizeof(int))
        {
            throw new InvalidDataException("The injection head file is truncated.");
        }

        var dimensions = BinaryPrimitives.ReadInt32LittleEndian(data[at..]);
        at += sizeof(int);
        if (dimensions is <= 0 or > MaxDimensions || data.Length - at != (dimensions + 2) * sizeof(float))
        {
            throw new InvalidDataException("The injection head file's size does not match its dimensions.");
        }

        var weights = new float[dimensions + 1];
        for (var i = 0; i < weights.Length; i++, at += sizeof(float))
        {
            weights[i] = BinaryPrimitives.ReadSingleLittleEndian(data[at..]);
        }

        return new StackedInjectionHead(embeddingModelId, lexicalModel, weights, BinaryPrimitives.ReadSingleLittleEndian(data[at..]));
    }

    /// <summary>Writes the head in the format <see cref="FromBytes"/> reads (little-endian floats).</summary>
    /// <returns>The bytes.</returns>
    public byte[] ToBytes()
    {
        var embedding = Encoding.UTF8.GetBytes(EmbeddingModelId);
        var lexical = Encoding.UTF8.GetBytes(LexicalModel);
        var data = new byte[5 + 1 + embedding.Length + 1 + lexical.Length + sizeof(int) + ((_weights.Length + 1) * sizeof(float))];
        BinaryPrimitives.WriteUInt32LittleEndian(data, Magic);
        data[4] = FormatVersion;
        var at = 5;
        WriteString(data, ref at, embedding);
        WriteString(data, ref at, lexical);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(at), Dimensions);
        at += sizeof(int);
        foreach (var value in _weights)
        {
            BinaryPrimitives.WriteSingleLittleEndian(data.AsSpan(at), value);
            at += sizeof(float);
        }

        BinaryPrimitives.WriteSingleLittleEndian(data.AsSpan(at), Bias);
        return data;
    }

    /// <summary>Gets the head's logit for a text's embedding (normalized to a unit vector here) and its lexical logit.</summary>
    /// <param name="embedding">The embedding, <see cref="Dimensions"/> long.</param>
    /// <param name="lexicalLogit">The lexical model's highest window logit of the same text.</param>
    /// <returns>The logit; <see cref="double.NegativeInfinity"/> for a zero or non-finite vector.</returns>
    /// <exception cref="InvalidOperationException">The vector's size is not the head's.</exception>
    public double Logit(ReadOnlySpan<float> embedding, double lexicalLogit)
    {
        if (embedding.Length != Dimensions)
        {
            throw new InvalidOperationException($"The embedding generator returned vectors of {embedding.Length} dimensions; the injection head was trained on {Dimensions} ({EmbeddingModelId}).");
        }

        // Trained on unit vectors: a generator that does not normalize gets the same score.
        var norm = TensorPrimitives.Norm(embedding);
        return norm <= 0 || !float.IsFinite(norm)
            ? double.NegativeInfinity
            : (TensorPrimitives.Dot(embedding, EmbeddingWeights) / norm) + (lexicalLogit * LexicalWeight) + Bias;
    }

    /// <summary>Gets the attack probability of a logit.</summary>
    /// <param name="logit">The logit.</param>
    /// <returns>The probability.</returns>
    public static double Probability(double logit) => 1 / (1 + Math.Exp(-logit));

    private static string ReadString(ReadOnlySpan<byte> data, ref int at)
    {
        if (data.Length - at < 1 || data.Length - at - 1 < data[at])
        {
            throw new InvalidDataException("The injection head file is truncated.");
        }

        var text = Encoding.UTF8.GetString(data.Slice(at + 1, data[at]));
        at += 1 + data[at];
        return text;
    }

    private static void WriteString(byte[] data, ref int at, byte[] text)
    {
        data[at] = checked((byte)text.Length);
        text.CopyTo(data, at + 1);
        at += 1 + text.Length;
    }

    private static StackedInjectionHead LoadBuiltIn()
    {
        using var stream = typeof(StackedInjectionHead).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from the package.");
        var data = new byte[stream.Length];
        stream.ReadExactly(data);
        return FromBytes(data);
    }
}
