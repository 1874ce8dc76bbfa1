using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Governance.AI.Redis;

/// <summary>
/// One argument of a Redis command: a UTF-8 string, a binary value, an integer or a floating-point number.
/// </summary>
/// <remarks>Integers and doubles are sent as their invariant decimal text, as Redis expects.</remarks>
public readonly struct RedisArgument : IEquatable<RedisArgument>
{
    private readonly string? _text;
    private readonly ReadOnlyMemory<byte> _bytes;
    private readonly long _integer;
    private readonly ArgumentKind _kind;

    private RedisArgument(string? text, ReadOnlyMemory<byte> bytes, long integer, ArgumentKind kind)
    {
        _text = text;
        _bytes = bytes;
        _integer = integer;
        _kind = kind;
    }

    private enum ArgumentKind : byte
    {
        Text,
        Bytes,
        Integer,
        Double,
    }

    /// <summary>Creates a text argument, sent as UTF-8.</summary>
    /// <param name="value">The text; <see langword="null"/> is sent as an empty string.</param>
    /// <returns>The argument.</returns>
    public static RedisArgument FromString(string? value) => new(value ?? string.Empty, default, 0, ArgumentKind.Text);

    /// <summary>Creates a binary argument; the memory is read when the command is written, so keep it unchanged.</summary>
    /// <param name="value">The bytes.</param>
    /// <returns>The argument.</returns>
    public static RedisArgument FromBytes(ReadOnlyMemory<byte> value) => new(null, value, 0, ArgumentKind.Bytes);

    /// <summary>Creates an integer argument.</summary>
    /// <param name="value">The integer.</param>
    /// <returns>The argument.</returns>
    public static RedisArgument FromInt64(long value) => new(null, default, value, ArgumentKind.Integer);

    /// <summary>Creates a floating-point argument, sent in round-trip invariant format.</summary>
    /// <param name="value">The number; must be finite.</param>
    /// <returns>The argument.</returns>
    public static RedisArgument FromDouble(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Redis arguments must be finite numbers.");
        }

        return new(null, default, BitConverter.DoubleToInt64Bits(value), ArgumentKind.Double);
    }

    /// <summary>Converts text to an argument.</summary>
    /// <param name="value">The text.</param>
    public static implicit operator RedisArgument(string? value) => FromString(value);

    /// <summary>Converts an integer to an argument.</summary>
    /// <param name="value">The integer.</param>
    public static implicit operator RedisArgument(long value) => FromInt64(value);

    /// <summary>Converts a number to an argument.</summary>
    /// <param name="value">The number.</param>
    public static implicit operator RedisArgument(double value) => FromDouble(value);

    /// <summary>Converts bytes to an argument.</summary>
    /// <param name="value">The bytes.</param>
    public static implicit operator RedisArgument(byte[]? value) => FromBytes(value);

    /// <summary>Converts bytes to an argument.</summary>
    /// <param name="value">The bytes.</param>
    public static implicit operator RedisArgument(ReadOnlyMemory<byte> value) => FromBytes(value);

    /// <summary>Compares two arguments by their wire bytes.</summary>
    /// <param name="left">The first argument.</param>
    /// <param name="right">The second argument.</param>
    public static bool operator ==(RedisArgument left, RedisArgument right) => left.Equals(right);

    /// <summary>Compares two arguments by their wire bytes.</summary>
    /// <param name="left">The first argument.</param>
    /// <param name="right">The second argument.</param>
    public static bool operator !=(RedisArgument left, RedisArgument right) => !left.Equals(right);

    /// <summary>The number of bytes this argument takes on the wire (without RESP framing).</summary>
    internal int ByteCount => _kind switch
    {
        ArgumentKind.Text => Encoding.UTF8.GetByteCount(_text!),
        ArgumentKind.Bytes => _bytes.Length,
        _ => FormatNumber(stackalloc byte[32]),
    };

    /// <summary>Writes the wire bytes of this argument into <paramref name="destination"/>.</summary>
    /// <param name="destination">A span at least <see cref="ByteCount"/> long.</param>
    /// <returns>The number of bytes written.</returns>
    internal int CopyTo(Span<byte> destination) => _kind switch
    {
        ArgumentKind.Text => Encoding.UTF8.GetBytes(_text!, destination),
        ArgumentKind.Bytes => CopyBytes(_bytes.Span, destination),
        _ => FormatNumber(destination),
    };

    /// <inheritdoc />
    public bool Equals(RedisArgument other)
    {
        if (_kind == other._kind)
        {
            return _kind switch
            {
                ArgumentKind.Text => string.Equals(_text, other._text, StringComparison.Ordinal),
                ArgumentKind.Bytes => _bytes.Span.SequenceEqual(other._bytes.Span),
                _ => _integer == other._integer,
            };
        }

        return ToString() == other.ToString();
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RedisArgument other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => string.GetHashCode(ToString(), StringComparison.Ordinal);

    /// <summary>The argument as text (binary values decoded as UTF-8).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _kind switch
    {
        ArgumentKind.Text => _text!,
        ArgumentKind.Bytes => Encoding.UTF8.GetString(_bytes.Span),
        ArgumentKind.Integer => _integer.ToString(CultureInfo.InvariantCulture),
        _ => BitConverter.Int64BitsToDouble(_integer).ToString("R", CultureInfo.InvariantCulture),
    };

    private static int CopyBytes(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        source.CopyTo(destination);
        return source.Length;
    }

    private int FormatNumber(Span<byte> destination)
    {
        int written;
        bool ok = _kind == ArgumentKind.Integer
            ? Utf8Formatter.TryFormat(_integer, destination, out written)
            : BitConverter.Int64BitsToDouble(_integer).TryFormat(destination, out written, "R", CultureInfo.InvariantCulture);
        if (!ok)
        {
            throw new InvalidOperationException("A number did not fit its formatting buffer.");
        }

        return written;
    }
}
