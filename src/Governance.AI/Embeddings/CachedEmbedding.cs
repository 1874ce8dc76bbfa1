using System.Buffers;
using System.Buffers.Binary;
using System.ComponentModel;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Caching.Hybrid;

namespace Governance.AI.Embeddings;

/// <summary>
/// A cached embedding: its expiry (UTC ticks, checked on the policy's clock) and its vector. Immutable, so
/// <see cref="HybridCache"/> keeps the instance in L1 and a hit copies nothing; the vector is handed out only as
/// <see cref="ReadOnlyMemory{T}"/>.
/// </summary>
[ImmutableObject(true)]
internal sealed class CachedEmbedding(long expiresTicks, float[] vector)
{
    public long ExpiresTicks { get; } = expiresTicks;

    public float[] Vector { get; } = vector;
}

/// <summary>The L2 form of a <see cref="CachedEmbedding"/>: the expiry, then the floats, little-endian.</summary>
internal sealed class CachedEmbeddingSerializer : IHybridCacheSerializer<CachedEmbedding>
{
    private const int HeaderBytes = sizeof(long);

    public CachedEmbedding Deserialize(ReadOnlySequence<byte> source)
    {
        byte[] bytes = source.ToArray();
        if (bytes.Length < HeaderBytes || (bytes.Length - HeaderBytes) % sizeof(float) != 0)
        {
            // A foreign or truncated value reads as already expired: a miss, never a wrong vector.
            return new CachedEmbedding(0, []);
        }

        var vector = new float[(bytes.Length - HeaderBytes) / sizeof(float)];
        ReadOnlySpan<byte> floats = bytes.AsSpan(HeaderBytes);
        if (BitConverter.IsLittleEndian)
        {
            MemoryMarshal.Cast<byte, float>(floats).CopyTo(vector);
        }
        else
        {
            for (int i = 0; i < vector.Length; i++)
            {
                vector[i] = BinaryPrimitives.ReadSingleLittleEndian(floats[(i * sizeof(float))..]);
            }
        }

        return new CachedEmbedding(BinaryPrimitives.ReadInt64LittleEndian(bytes), vector);
    }

    public void Serialize(CachedEmbedding value, IBufferWriter<byte> target)
    {
        int length = HeaderBytes + (value.Vector.Length * sizeof(float));
        Span<byte> destination = target.GetSpan(length)[..length];
        BinaryPrimitives.WriteInt64LittleEndian(destination, value.ExpiresTicks);
        if (BitConverter.IsLittleEndian)
        {
            MemoryMarshal.AsBytes(value.Vector.AsSpan()).CopyTo(destination[HeaderBytes..]);
        }
        else
        {
            for (int i = 0; i < value.Vector.Length; i++)
            {
                BinaryPrimitives.WriteSingleLittleEndian(destination[(HeaderBytes + (i * sizeof(float)))..], value.Vector[i]);
            }
        }

        target.Advance(length);
    }
}
