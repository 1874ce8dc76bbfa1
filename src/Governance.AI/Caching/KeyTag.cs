using System.Buffers.Binary;
using System.Text;

namespace Governance.AI.Caching;

/// <summary>
/// A constant key field (a version, a section's name) encoded once, exactly as <see cref="KeyHash.Add(string)"/>
/// writes the same text (its UTF-8 length as a little-endian 64-bit integer, then the bytes), so keys do not change;
/// a request writes several of them, and copying them costs less than encoding them each time.
/// </summary>
internal sealed class KeyTag
{
    private readonly byte[] _encoded;

    /// <summary>Initializes a new instance of the <see cref="KeyTag"/> class.</summary>
    /// <param name="text">The field's text.</param>
    public KeyTag(string text)
    {
        int length = Encoding.UTF8.GetByteCount(text);
        _encoded = new byte[sizeof(long) + length];
        BinaryPrimitives.WriteInt64LittleEndian(_encoded, length);
        Encoding.UTF8.GetBytes(text, _encoded.AsSpan(sizeof(long)));
    }

    /// <summary>Gets the field as written into a key.</summary>
    public ReadOnlySpan<byte> Encoded => _encoded;
}
