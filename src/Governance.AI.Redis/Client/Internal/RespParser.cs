using System.Buffers;
using System.Buffers.Text;

namespace Governance.AI.Redis;

/// <summary>
/// Incremental RESP2/RESP3 reply parser. <see cref="TryRead"/> either consumes one complete reply or reports that
/// more bytes are needed (the caller then retries from the same position with more data).
/// </summary>
internal static class RespParser
{
    private const int MaxDepth = 64;
    private const int MaxBulkLength = 512 * 1024 * 1024;

    /// <summary>Reads one top-level reply.</summary>
    /// <param name="reader">The reader; advanced past the reply only when it returns <see langword="true"/>.</param>
    /// <param name="reply">The reply; top-level errors are returned as <see cref="RedisReplyKind.Error"/> replies.</param>
    /// <param name="isPush">Whether the reply is a RESP3 out-of-band push message.</param>
    /// <returns>Whether a complete reply was read.</returns>
    /// <exception cref="RedisConnectionException">The bytes are not valid RESP.</exception>
    public static bool TryRead(ref SequenceReader<byte> reader, out RedisReply reply, out bool isPush)
    {
        SequenceReader<byte> probe = reader;
        isPush = probe.TryPeek(out byte first) && first == (byte)'>';
        if (TryReadValue(ref probe, 0, out reply!))
        {
            reader = probe;
            return true;
        }

        return false;
    }

    private static bool TryReadValue(ref SequenceReader<byte> reader, int depth, out RedisReply? reply)
    {
        reply = null;
        if (depth > MaxDepth)
        {
            throw Protocol("replies nested too deeply");
        }

        if (!reader.TryRead(out byte type) || !reader.TryReadTo(out ReadOnlySpan<byte> line, "\r\n"u8))
        {
            return false;
        }

        switch (type)
        {
            case (byte)'+':
                reply = line.SequenceEqual("OK"u8) ? RedisReply.Ok : RedisReply.Create(RedisReplyKind.SimpleString, line.ToArray());
                return true;
            case (byte)'-':
                reply = RedisReply.Create(RedisReplyKind.Error, line.ToArray());
                return true;
            case (byte)':':
                reply = RedisReply.FromInt64(ParseInteger(line));
                return true;
            case (byte)'_':
                reply = RedisReply.Null;
                return true;
            case (byte)'#':
                reply = RedisReply.CreateBoolean(line.Length == 1 && line[0] == (byte)'t');
                return true;
            case (byte)',':
                reply = RespNumbers.TryParseDouble(line, out double number) ? RedisReply.CreateDouble(number) : throw Protocol("invalid double");
                return true;
            case (byte)'(':
                reply = RedisReply.Create(RedisReplyKind.BigNumber, line.ToArray());
                return true;
            case (byte)'$':
            case (byte)'!':
            case (byte)'=':
                return TryReadBlob(ref reader, type, ParseInteger(line), out reply);
            case (byte)'*':
            case (byte)'~':
            case (byte)'>':
                return TryReadAggregate(ref reader, depth, RedisReplyKind.Array, ParseInteger(line), 1, out reply);
            case (byte)'%':
                return TryReadAggregate(ref reader, depth, RedisReplyKind.Map, ParseInteger(line), 2, out reply);
            case (byte)'|':
                // Attributes are metadata about the reply that follows; they are skipped.
                return TryReadAggregate(ref reader, depth, RedisReplyKind.Map, ParseInteger(line), 2, out _)
                    && TryReadValue(ref reader, depth, out reply);
            default:
                throw Protocol($"unknown type byte 0x{type:X2}");
        }
    }

    private static bool TryReadBlob(ref SequenceReader<byte> reader, byte type, long length, out RedisReply? reply)
    {
        reply = null;
        if (length < 0)
        {
            reply = RedisReply.Null;
            return true;
        }

        if (length > MaxBulkLength)
        {
            throw Protocol("bulk string too long");
        }

        if (reader.Remaining < length + 2)
        {
            return false;
        }

        int offset = 0;
        if (type == (byte)'=')
        {
            // Verbatim strings carry a three-letter format and a colon before the text.
            if (length < 4)
            {
                throw Protocol("verbatim string too short");
            }

            offset = 4;
            reader.Advance(offset);
        }

        byte[] data = new byte[length - offset];
        if (!reader.TryCopyTo(data))
        {
            return false;
        }

        reader.Advance(data.Length);
        if (!reader.IsNext("\r\n"u8, advancePast: true))
        {
            throw Protocol("bulk string not terminated by CRLF");
        }

        reply = RedisReply.Create(type == (byte)'!' ? RedisReplyKind.Error : RedisReplyKind.BulkString, data);
        return true;
    }

    private static bool TryReadAggregate(ref SequenceReader<byte> reader, int depth, RedisReplyKind kind, long count, int factor, out RedisReply? reply)
    {
        reply = null;
        if (count < 0)
        {
            reply = RedisReply.Null;
            return true;
        }

        long total = count * factor;
        if (total > reader.Remaining)
        {
            // Every element takes at least three bytes, so this many cannot be complete yet.
            return false;
        }

        RedisReply[] elements = total == 0 ? [] : new RedisReply[total];
        for (int i = 0; i < elements.Length; i++)
        {
            if (!TryReadValue(ref reader, depth + 1, out RedisReply? element))
            {
                return false;
            }

            elements[i] = element!;
        }

        reply = RedisReply.CreateAggregate(kind, elements);
        return true;
    }

    private static long ParseInteger(ReadOnlySpan<byte> line) =>
        Utf8Parser.TryParse(line, out long value, out int consumed) && consumed == line.Length ? value : throw Protocol("invalid integer");

    private static RedisConnectionException Protocol(string what) => new($"Redis protocol error: {what}.");
}
