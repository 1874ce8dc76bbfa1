using System.Buffers.Binary;
using System.Numerics.Tensors;
using System.Text;

namespace InjectionHeadTrainer;

/// <summary>
/// A small classifier over a sentence embedding (optionally with the lexical model's logit appended): logistic regression
/// (no hidden layer) or one ReLU hidden layer, with the training set's feature standardization folded into the first
/// layer. Measured here, not shipped (training/injection/README.md, session 14); its vectors mean nothing under another
/// embedding model than <see cref="ModelId"/>.
/// </summary>
/// <remarks>Immutable and thread-safe; scoring a vector allocates nothing.</remarks>
internal sealed class InjectionEmbeddingHead
{
    private const uint Magic = 0x48454947; // "GIEH"
    private const byte FormatVersion = 1;
    private const int MaxHidden = 4096;

    private readonly float[] _first;
    private readonly float[] _firstBias;
    private readonly float[] _second;

    /// <summary>Initializes a new instance of the <see cref="InjectionEmbeddingHead"/> class.</summary>
    /// <param name="modelId">The embedding model the head was trained for.</param>
    /// <param name="dimensions">The embedding size.</param>
    /// <param name="hidden">The hidden units (0: logistic regression, <paramref name="first"/> is the weight vector).</param>
    /// <param name="first">The first layer's weights, hidden × dimensions row by row (dimensions without a hidden layer).</param>
    /// <param name="firstBias">The hidden units' biases (empty without a hidden layer).</param>
    /// <param name="second">The output weights over the hidden units (empty without a hidden layer).</param>
    /// <param name="bias">The output bias.</param>
    public InjectionEmbeddingHead(string modelId, int dimensions, int hidden, float[] first, float[] firstBias, float[] second, float bias)
    {
        if (dimensions <= 0 || hidden is < 0 or > MaxHidden
            || first.Length != dimensions * Math.Max(1, hidden) || firstBias.Length != hidden || second.Length != hidden)
        {
            throw new ArgumentException("The head's weights do not match its dimensions and hidden units.", nameof(first));
        }

        ModelId = modelId;
        Dimensions = dimensions;
        Hidden = hidden;
        _first = first;
        _firstBias = firstBias;
        _second = second;
        Bias = bias;
    }

    /// <summary>Gets the embedding model the head was trained for, as its generator's metadata names it.</summary>
    public string ModelId { get; }

    /// <summary>Gets the embedding size.</summary>
    public int Dimensions { get; }

    /// <summary>Gets the number of hidden units (0 for logistic regression).</summary>
    public int Hidden { get; }

    /// <summary>Gets the output bias.</summary>
    public float Bias { get; }

    /// <summary>Reads a head written by <see cref="ToBytes"/>.</summary>
    /// <param name="data">The bytes.</param>
    /// <returns>The head.</returns>
    public static InjectionEmbeddingHead FromBytes(ReadOnlySpan<byte> data)
    {
        if (data.Length < 16 || BinaryPrimitives.ReadUInt32LittleEndian(data) != Magic || data[4] != FormatVersion)
        {
            throw new InvalidDataException("Not an injection embedding head file of this version.");
        }

        var idLength = data[5];
        var at = 6;
        var modelId = Encoding.UTF8.GetString(data.Slice(at, idLength));
        at += idLength;
        var dimensions = BinaryPrimitives.ReadInt32LittleEndian(data[at..]);
        var hidden = BinaryPrimitives.ReadInt32LittleEndian(data[(at + 4)..]);
        at += 8;
        if (dimensions is <= 0 or > 65536 || hidden is < 0 or > MaxHidden)
        {
            throw new InvalidDataException("The injection embedding head file's sizes are out of range.");
        }

        var first = ReadFloats(data, ref at, dimensions * Math.Max(1, hidden));
        var firstBias = ReadFloats(data, ref at, hidden);
        var second = ReadFloats(data, ref at, hidden);
        var bias = ReadFloats(data, ref at, 1)[0];
        return at == data.Length
            ? new InjectionEmbeddingHead(modelId, dimensions, hidden, first, firstBias, second, bias)
            : throw new InvalidDataException("The injection embedding head file has trailing bytes.");
    }

    /// <summary>Writes the head in the format <see cref="FromBytes"/> reads (little-endian floats).</summary>
    /// <returns>The bytes.</returns>
    public byte[] ToBytes()
    {
        var id = Encoding.UTF8.GetBytes(ModelId);
        var floats = _first.Length + _firstBias.Length + _second.Length + 1;
        var data = new byte[6 + id.Length + 8 + (floats * sizeof(float))];
        BinaryPrimitives.WriteUInt32LittleEndian(data, Magic);
        data[4] = FormatVersion;
        data[5] = checked((byte)id.Length);
        id.CopyTo(data, 6);
        var at = 6 + id.Length;
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(at), Dimensions);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(at + 4), Hidden);
        at += 8;
        foreach (var value in (float[])[.. _first, .. _firstBias, .. _second, Bias])
        {
            BinaryPrimitives.WriteSingleLittleEndian(data.AsSpan(at), value);
            at += sizeof(float);
        }

        return data;
    }

    /// <summary>Gets the head's logit for one embedding (any length scale: it is normalized to a unit vector first).</summary>
    /// <param name="vector">The embedding, <see cref="Dimensions"/> long.</param>
    /// <returns>The logit; the attack probability is its logistic.</returns>
    public double Logit(ReadOnlySpan<float> vector)
    {
        if (vector.Length != Dimensions)
        {
            throw new InvalidOperationException($"The embedding generator returned vectors of {vector.Length} dimensions; the injection head was trained on {Dimensions} ({ModelId}).");
        }

        // The head was trained on unit vectors; a generator that does not normalize gets the same score.
        var norm = TensorPrimitives.Norm(vector);
        if (norm <= 0 || !float.IsFinite(norm))
        {
            return double.NegativeInfinity;
        }

        if (Hidden == 0)
        {
            return (TensorPrimitives.Dot(vector, _first) / norm) + Bias;
        }

        var logit = (double)Bias;
        for (var h = 0; h < Hidden; h++)
        {
            var activation = (TensorPrimitives.Dot(vector, _first.AsSpan(h * Dimensions, Dimensions)) / norm) + _firstBias[h];
            logit += activation > 0 ? activation * _second[h] : 0;
        }

        return logit;
    }

    /// <summary>Gets the attack probability of a logit.</summary>
    /// <param name="logit">The logit.</param>
    /// <returns>The probability.</returns>
    public static double Probability(double logit) => 1 / (1 + Math.Exp(-logit));

    private static float[] ReadFloats(ReadOnlySpan<byte> data, ref int at, int count)
    {
        if (data.Length - at < count * sizeof(float))
        {
            throw new InvalidDataException("The injection embedding head file is truncated.");
        }

        var values = new float[count];
        for (var i = 0; i < count; i++, at += sizeof(float))
        {
            values[i] = BinaryPrimitives.ReadSingleLittleEndian(data[at..]);
        }

        return values;
    }
}
