using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Governance.AI.Redis;

/// <summary>The RESP type of a <see cref="RedisReply"/>.</summary>
public enum RedisReplyKind
{
    /// <summary>A null reply (RESP2 null bulk string or null array, RESP3 null).</summary>
    Null,

    /// <summary>A simple status string such as <c>OK</c>.</summary>
    SimpleString,

    /// <summary>A binary-safe bulk string (RESP3 verbatim strings arrive as this kind, without their format prefix).</summary>
    BulkString,

    /// <summary>A signed 64-bit integer.</summary>
    Integer,

    /// <summary>A RESP3 double.</summary>
    Double,

    /// <summary>A RESP3 boolean; <see cref="RedisReply.AsInt64"/> gives 1 or 0.</summary>
    Boolean,

    /// <summary>A RESP3 big number, kept as its decimal text.</summary>
    BigNumber,

    /// <summary>An array (RESP3 sets arrive as arrays too).</summary>
    Array,

    /// <summary>A RESP3 map, flattened into key, value, key, value … elements like its RESP2 form.</summary>
    Map,

    /// <summary>An error nested inside an aggregate reply (top-level errors are thrown as <see cref="RedisServerException"/>).</summary>
    Error,
}

/// <summary>
/// An immutable reply from Redis. Aggregates expose their elements; scalars convert with the <c>As…</c> methods.
/// </summary>
public sealed class RedisReply
{
    private static readonly RedisReply[] SmallIntegers = CreateSmallIntegers();
    private readonly byte[]? _bytes;
    private readonly RedisReply[]? _elements;
    private readonly long _integer;
    private readonly double _double;

    private RedisReply(RedisReplyKind kind, byte[]? bytes, RedisReply[]? elements, long integer, double number)
    {
        Kind = kind;
        _bytes = bytes;
        _elements = elements;
        _integer = integer;
        _double = number;
    }

    /// <summary>The shared null reply.</summary>
    public static RedisReply Null { get; } = new(RedisReplyKind.Null, null, null, 0, 0);

    /// <summary>The shared <c>OK</c> status reply.</summary>
    public static RedisReply Ok { get; } = new(RedisReplyKind.SimpleString, "OK"u8.ToArray(), null, 0, 0);

    /// <summary>The RESP type of this reply.</summary>
    public RedisReplyKind Kind { get; }

    /// <summary>Whether this is a null reply.</summary>
    public bool IsNull => Kind == RedisReplyKind.Null;

    /// <summary>The elements of an array or map reply; empty for scalars.</summary>
    public IReadOnlyList<RedisReply> Elements => _elements ?? [];

    /// <summary>Creates an integer reply.</summary>
    /// <param name="value">The integer.</param>
    /// <returns>The reply.</returns>
    public static RedisReply FromInt64(long value) =>
        value >= 0 && value < SmallIntegers.Length ? SmallIntegers[value] : new(RedisReplyKind.Integer, null, null, value, 0);

    /// <summary>Creates a bulk-string reply (the bytes are not copied).</summary>
    /// <param name="value">The bytes.</param>
    /// <returns>The reply.</returns>
    public static RedisReply FromBytes(byte[] value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(RedisReplyKind.BulkString, value, null, 0, 0);
    }

    /// <summary>Creates a bulk-string reply holding UTF-8 text.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The reply.</returns>
    public static RedisReply FromString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(RedisReplyKind.BulkString, Encoding.UTF8.GetBytes(value), null, 0, 0);
    }

    /// <summary>Creates an array reply.</summary>
    /// <param name="elements">The elements (not copied).</param>
    /// <returns>The reply.</returns>
    public static RedisReply FromArray(RedisReply[] elements)
    {
        ArgumentNullException.ThrowIfNull(elements);
        return new(RedisReplyKind.Array, null, elements, 0, 0);
    }

    /// <summary>The value as a 64-bit integer (integers, booleans, and numeric strings).</summary>
    /// <returns>The integer.</returns>
    /// <exception cref="InvalidCastException">The reply is not an integer.</exception>
    public long AsInt64()
    {
        switch (Kind)
        {
            case RedisReplyKind.Integer:
            case RedisReplyKind.Boolean:
                return _integer;
            case RedisReplyKind.BulkString:
            case RedisReplyKind.SimpleString:
            case RedisReplyKind.BigNumber:
                if (Utf8Parser.TryParse(_bytes, out long parsed, out int consumed) && consumed == _bytes!.Length)
                {
                    return parsed;
                }

                break;
            case RedisReplyKind.Double when _double == Math.Floor(_double) && Math.Abs(_double) < 9.2e18:
                return (long)_double;
        }

        throw new InvalidCastException($"A {Kind} Redis reply is not an integer.");
    }

    /// <summary>The value as a double (doubles, integers and numeric strings, including <c>inf</c>).</summary>
    /// <returns>The number.</returns>
    /// <exception cref="InvalidCastException">The reply is not a number.</exception>
    public double AsDouble()
    {
        switch (Kind)
        {
            case RedisReplyKind.Double:
                return _double;
            case RedisReplyKind.Integer:
            case RedisReplyKind.Boolean:
                return _integer;
            case RedisReplyKind.BulkString:
            case RedisReplyKind.SimpleString:
            case RedisReplyKind.BigNumber:
                if (RespNumbers.TryParseDouble(_bytes!, out double parsed))
                {
                    return parsed;
                }

                break;
        }

        throw new InvalidCastException($"A {Kind} Redis reply is not a number.");
    }

    /// <summary>The value as text: strings decoded as UTF-8, numbers in invariant format; null for a null reply.</summary>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public string? AsString() => Kind switch
    {
        RedisReplyKind.Null => null,
        RedisReplyKind.Integer => _integer.ToString(CultureInfo.InvariantCulture),
        RedisReplyKind.Boolean => _integer != 0 ? "1" : "0",
        RedisReplyKind.Double => FormatDouble(_double),
        RedisReplyKind.Array or RedisReplyKind.Map => throw new InvalidCastException($"A {Kind} Redis reply is not a string."),
        _ => Encoding.UTF8.GetString(_bytes!),
    };

    /// <summary>The raw bytes of a string reply; null for a null reply.</summary>
    /// <returns>The bytes (not a copy), or <see langword="null"/>.</returns>
    /// <exception cref="InvalidCastException">The reply is not a string.</exception>
    public ReadOnlyMemory<byte>? AsBytes() => Kind switch
    {
        RedisReplyKind.Null => null,
        RedisReplyKind.BulkString or RedisReplyKind.SimpleString or RedisReplyKind.BigNumber or RedisReplyKind.Error => _bytes,
        _ => throw new InvalidCastException($"A {Kind} Redis reply is not a string."),
    };

    /// <summary>Whether a simple-string reply equals <paramref name="status"/> (e.g. <c>OK</c>).</summary>
    /// <param name="status">The expected status text.</param>
    /// <returns><see langword="true"/> when it matches.</returns>
    public bool IsStatus(string status) =>
        Kind == RedisReplyKind.SimpleString && _bytes is not null && Encoding.ASCII.GetString(_bytes) == status;

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        RedisReplyKind.Null => "(nil)",
        RedisReplyKind.Array or RedisReplyKind.Map => $"{Kind}[{_elements!.Length}]",
        _ => AsString()!,
    };

    internal static RedisReply Create(RedisReplyKind kind, byte[] bytes) => new(kind, bytes, null, 0, 0);

    internal static RedisReply CreateAggregate(RedisReplyKind kind, RedisReply[] elements) => new(kind, null, elements, 0, 0);

    internal static RedisReply CreateDouble(double value) => new(RedisReplyKind.Double, null, null, 0, value);

    internal static RedisReply CreateBoolean(bool value) => new(RedisReplyKind.Boolean, null, null, value ? 1 : 0, 0);

    private static string FormatDouble(double value) => value switch
    {
        double.PositiveInfinity => "inf",
        double.NegativeInfinity => "-inf",
        double.NaN => "nan",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    private static RedisReply[] CreateSmallIntegers()
    {
        var values = new RedisReply[256];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = new(RedisReplyKind.Integer, null, null, i, 0);
        }

        return values;
    }
}
