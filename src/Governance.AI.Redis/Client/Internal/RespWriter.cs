using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace Governance.AI.Redis;

/// <summary>Serializes commands as RESP arrays of bulk strings.</summary>
internal static class RespWriter
{
    private static readonly RedisRequest Asking = new("ASKING");

    public static void WriteAsking(IBufferWriter<byte> writer) => Write(writer, Asking);

    public static void Write(IBufferWriter<byte> writer, RedisRequest request)
    {
        ReadOnlySpan<RedisArgument> arguments = request.Arguments;
        WriteLength(writer, (byte)'*', arguments.Length + 1);

        string command = request.Command;
        int commandLength = Encoding.UTF8.GetByteCount(command);
        WriteLength(writer, (byte)'$', commandLength);
        Span<byte> span = writer.GetSpan(commandLength + 2);
        int written = Encoding.UTF8.GetBytes(command, span);
        span[written] = (byte)'\r';
        span[written + 1] = (byte)'\n';
        writer.Advance(written + 2);

        foreach (RedisArgument argument in arguments)
        {
            int length = argument.ByteCount;
            WriteLength(writer, (byte)'$', length);
            span = writer.GetSpan(length + 2);
            written = argument.CopyTo(span);
            span[written] = (byte)'\r';
            span[written + 1] = (byte)'\n';
            writer.Advance(written + 2);
        }
    }

    private static void WriteLength(IBufferWriter<byte> writer, byte prefix, int length)
    {
        Span<byte> span = writer.GetSpan(16);
        span[0] = prefix;
        Utf8Formatter.TryFormat(length, span[1..], out int digits);
        span[1 + digits] = (byte)'\r';
        span[2 + digits] = (byte)'\n';
        writer.Advance(3 + digits);
    }
}
