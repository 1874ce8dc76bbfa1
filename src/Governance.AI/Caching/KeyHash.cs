using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Governance.AI.Caching;

/// <summary>
/// SHA-256 over length-prefixed fields, so that no two field lists hash alike by concatenation. Fields are gathered
/// in a pooled buffer and hashed once; large binary parts (images, audio) are streamed into an incremental hash
/// instead of being copied. The key of fields seen repeatedly (a hit is a repeated request; a system prompt and
/// settings scope every request's partition) is remembered: see <see cref="RememberedKeys"/>; a request sent again in
/// the same instances is recalled without reading its texts (see <c>KeyHash.Identity.cs</c>).
/// </summary>
internal sealed partial class KeyHash : IDisposable
{
    private const int StreamedThreshold = 8 * 1024;

    // Marks a JSON string in AddJson: negative, so no length reads as it (-1 is null).
    private const long JsonStringTag = -2;
    private const int MaxBuffered = 64 * 1024;

    // Fields up to this many characters are tried as ASCII first (see TryAddShortAscii).
    private const int ShortAscii = 64;

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(1024);
    private int _length;
    private IncrementalHash? _streamed;
    private bool _unhashable;

    /// <summary>Initializes a new instance of the <see cref="KeyHash"/> class that writes every field as it comes.</summary>
    public KeyHash()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="KeyHash"/> class.</summary>
    /// <param name="defersTexts">Whether normalized texts are kept by reference until their bytes are needed, so that
    /// <see cref="FinishRequest"/> can recall a request sent again in the same instances.</param>
    public KeyHash(bool defersTexts)
    {
        _defersTexts = defersTexts;
    }

    /// <summary>Marks the key as impossible: a field had no stable form, so <see cref="Finish()"/> returns <see langword="null"/>.</summary>
    public void MarkUnhashable() => _unhashable = true;

    public void AddLength(long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(Reserve(sizeof(long)), value);
        _length += sizeof(long);
    }

    /// <summary>Adds a constant field, encoded once as <see cref="Add(string)"/> would write it.</summary>
    public void Add(KeyTag tag)
    {
        ReadOnlySpan<byte> encoded = tag.Encoded;
        encoded.CopyTo(Reserve(encoded.Length));
        _length += encoded.Length;
    }

    public void Add(string? value)
    {
        if (value is null)
        {
            AddLength(-1);
            return;
        }

        AddChars(value);
    }

    /// <summary>Adds text trimmed, with white-space runs collapsed and in Unicode form C, without building the normalized string.</summary>
    public void AddNormalizedText(string? text)
    {
        if (text is null)
        {
            AddLength(-1);
            return;
        }

        if (!TryDefer(text))
        {
            WriteNormalizedText(text);
        }
    }

    private void WriteNormalizedText(string text)
    {
        string normalized = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        if (CacheKeys.IsCollapsed(normalized))
        {
            AddChars(normalized);
            return;
        }

        char[] collapsed = ArrayPool<char>.Shared.Rent(Math.Max(1, normalized.Length));
        try
        {
            AddChars(collapsed.AsSpan(0, CacheKeys.CollapseWhiteSpace(normalized, collapsed)));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(collapsed);
        }
    }

    public void AddBytes(ReadOnlySpan<byte> bytes)
    {
        AddLength(bytes.Length);
        if (bytes.Length >= StreamedThreshold)
        {
            Streamed().AppendData(bytes);
            return;
        }

        bytes.CopyTo(Reserve(bytes.Length));
        _length += bytes.Length;
    }

    public void Add(long? value)
    {
        if (value is not { } v)
        {
            AddLength(-1);
            return;
        }

        Span<byte> text = stackalloc byte[24];
        v.TryFormat(text, out int written, default, CultureInfo.InvariantCulture);
        AddBytes(text[..written]);
    }

    public void Add(int? value) => Add((long?)value);

    public void Add(float? value)
    {
        if (value is not { } v)
        {
            AddLength(-1);
            return;
        }

        Span<byte> text = stackalloc byte[32];
        v.TryFormat(text, out int written, "R", CultureInfo.InvariantCulture);
        AddBytes(text[..written]);
    }

    /// <summary>
    /// Adds a JSON value: a string (a .NET string or a JSON string element, alike) as its text after a string tag, any
    /// other value as its serialized JSON. The tag keeps the string "5" apart from the number 5, whose JSON is also
    /// <c>5</c>; no length is negative, so the tag cannot be read as one.
    /// </summary>
    public void AddJson(object? value)
    {
        switch (value)
        {
            case null:
                AddLength(-1);
                return;
            case string text:
                AddLength(JsonStringTag);
                AddChars(text);
                return;
            case JsonElement { ValueKind: JsonValueKind.String } element:
                // The same JSON string as a string: a provider's arguments arrive as JsonElement, a cached answer's
                // after a replay and a caller's own as strings, and each must key the same conversation alike.
                AddLength(JsonStringTag);
                AddChars(element.GetString()!);
                return;
        }

        try
        {
            Add(JsonSerializer.Serialize(value, value.GetType(), AIJsonUtilities.DefaultOptions));
        }
        catch (Exception ex) when (ex is NotSupportedException or InvalidOperationException or JsonException)
        {
            // No stable form: two different values could hash alike, so the request is not cached at all.
            MarkUnhashable();
        }
    }

    public void Dispose()
    {
        if (_reusable && TryKeepForReuse())
        {
            return;
        }

        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _streamed?.Dispose();
        ReturnDeferred();
    }

    private void AddChars(ReadOnlySpan<char> text)
    {
        if (text.Length <= ShortAscii && TryAddShortAscii(text))
        {
            return;
        }

        int max = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (max + sizeof(long) > MaxBuffered)
        {
            byte[] encoded = ArrayPool<byte>.Shared.Rent(max);
            try
            {
                AddBytes(encoded.AsSpan(0, Encoding.UTF8.GetBytes(text, encoded)));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(encoded);
            }

            return;
        }

        Span<byte> target = Reserve(sizeof(long) + max);
        int written = Encoding.UTF8.GetBytes(text, target[sizeof(long)..]);
        BinaryPrimitives.WriteInt64LittleEndian(target, written);
        _length += sizeof(long) + written;
    }

    /// <summary>
    /// Adds a short all-ASCII field (a tag, a role, a model id) as <see cref="AddChars"/> does (ASCII is its own
    /// UTF-8), without the encoder's setup; <see langword="false"/>, having added nothing, when a character is not ASCII.
    /// </summary>
    private bool TryAddShortAscii(ReadOnlySpan<char> text)
    {
        Span<byte> target = Reserve(sizeof(long) + text.Length);
        if (Ascii.FromUtf16(text, target[sizeof(long)..], out _) != OperationStatus.Done)
        {
            return false;
        }

        BinaryPrimitives.WriteInt64LittleEndian(target, text.Length);
        _length += sizeof(long) + text.Length;
        return true;
    }

    /// <summary>Room for <paramref name="count"/> more bytes (at most <see cref="MaxBuffered"/>): the buffer grows up to that size, then is hashed and reused.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Span<byte> Reserve(int count) =>
        // Inlined for the usual case, a field that fits: a request writes some forty fields.
        _length + count <= _buffer.Length ? _buffer.AsSpan(_length, count) : Grow(count);

    private Span<byte> Grow(int count)
    {
        // Deferred texts being written in grow the buffer instead: they are few, each well under the limit.
        if (_length + count > MaxBuffered && !_materializing)
        {
            Flush();
        }

        if (_length + count > _buffer.Length)
        {
            byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + count));
            _buffer.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        return _buffer.AsSpan(_length, count);
    }

    private IncrementalHash Streamed()
    {
        Flush();
        return _streamed!;
    }

    /// <summary>Moves the buffered fields into the incremental hash (created on first use), keeping their order.</summary>
    private void Flush()
    {
        Materialize();
        if (_streamed is null)
        {
            TakePartitionKeyBeforeStreaming();
        }

        _streamed ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        _streamed.AppendData(_buffer, 0, _length);
        _length = 0;
    }
}
