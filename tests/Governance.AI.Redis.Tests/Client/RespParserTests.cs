using System.Buffers;
using System.Text;

namespace Governance.AI.Redis.Tests.Client;

public sealed class RespParserTests
{
    [Theory]
    [InlineData("+OK\r\n", RedisReplyKind.SimpleString, "OK")]
    [InlineData("$5\r\nhello\r\n", RedisReplyKind.BulkString, "hello")]
    [InlineData("$0\r\n\r\n", RedisReplyKind.BulkString, "")]
    [InlineData(":-42\r\n", RedisReplyKind.Integer, "-42")]
    [InlineData(",3.25\r\n", RedisReplyKind.Double, "3.25")]
    [InlineData(",inf\r\n", RedisReplyKind.Double, "inf")]
    [InlineData("#t\r\n", RedisReplyKind.Boolean, "1")]
    [InlineData("#f\r\n", RedisReplyKind.Boolean, "0")]
    [InlineData("(3492890328409238509324850943850943825024385\r\n", RedisReplyKind.BigNumber, "3492890328409238509324850943850943825024385")]
    [InlineData("=15\r\ntxt:Some string\r\n", RedisReplyKind.BulkString, "Some string")]
    [InlineData("-ERR boom\r\n", RedisReplyKind.Error, "ERR boom")]
    [InlineData("!9\r\nSYNTAX x\r\r\n", RedisReplyKind.Error, "SYNTAX x\r")]
    public void Parses_scalars(string wire, RedisReplyKind kind, string text)
    {
        RedisReply reply = ParseSingle(wire);
        Assert.Equal(kind, reply.Kind);
        Assert.Equal(text, reply.AsString());
    }

    [Theory]
    [InlineData("$-1\r\n")]
    [InlineData("*-1\r\n")]
    [InlineData("_\r\n")]
    public void Parses_nulls(string wire) => Assert.True(ParseSingle(wire).IsNull);

    [Fact]
    public void Parses_nested_aggregates_and_flattens_maps()
    {
        RedisReply reply = ParseSingle("*3\r\n:1\r\n*2\r\n+a\r\n$1\r\nb\r\n%2\r\n+k1\r\n:10\r\n+k2\r\n~1\r\n,1.5\r\n");
        Assert.Equal(RedisReplyKind.Array, reply.Kind);
        Assert.Equal(1, reply.Elements[0].AsInt64());
        Assert.Equal(["a", "b"], reply.Elements[1].Elements.Select(e => e.AsString()));
        RedisReply map = reply.Elements[2];
        Assert.Equal(RedisReplyKind.Map, map.Kind);
        Assert.Equal(4, map.Elements.Count);
        Assert.Equal("k1", map.Elements[0].AsString());
        Assert.Equal(10, map.Elements[1].AsInt64());
        Assert.Equal(1.5, map.Elements[3].Elements[0].AsDouble());
    }

    [Fact]
    public void Skips_attributes_and_flags_push_messages()
    {
        RedisReply attributed = ParseSingle("|1\r\n+ttl\r\n:3600\r\n$3\r\nval\r\n");
        Assert.Equal("val", attributed.AsString());

        var reader = new SequenceReader<byte>(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(">2\r\n+invalidate\r\n*1\r\n$3\r\nkey\r\n:7\r\n")));
        Assert.True(RespParser.TryRead(ref reader, out RedisReply push, out bool isPush));
        Assert.True(isPush);
        Assert.Equal("invalidate", push.Elements[0].AsString());
        Assert.True(RespParser.TryRead(ref reader, out RedisReply next, out isPush));
        Assert.False(isPush);
        Assert.Equal(7, next.AsInt64());
    }

    [Fact]
    public void A_reply_split_at_any_byte_is_incomplete_until_the_last_byte_arrives()
    {
        // Invariant: for every split point the parser consumes nothing until the reply is whole, then yields the same
        // reply whatever the segmentation of the buffer.
        byte[] wire = Encoding.UTF8.GetBytes("*4\r\n$5\r\nhello\r\n:12345\r\n*2\r\n+x\r\n_\r\n=8\r\ntxt:abcd\r\n");
        for (int split = 0; split < wire.Length; split++)
        {
            var partial = new SequenceReader<byte>(new ReadOnlySequence<byte>(wire, 0, split));
            Assert.False(RespParser.TryRead(ref partial, out _, out _));
            Assert.Equal(0, partial.Consumed);

            ReadOnlySequence<byte> segmented = Segments.Create(wire.AsMemory(0, split), wire.AsMemory(split));
            var whole = new SequenceReader<byte>(segmented);
            Assert.True(RespParser.TryRead(ref whole, out RedisReply reply, out _));
            Assert.Equal(wire.Length, whole.Consumed);
            Assert.Equal("hello", reply.Elements[0].AsString());
            Assert.Equal(12345, reply.Elements[1].AsInt64());
            Assert.True(reply.Elements[2].Elements[1].IsNull);
            Assert.Equal("abcd", reply.Elements[3].AsString());
        }
    }

    [Theory]
    [InlineData("?oops\r\n")]
    [InlineData(":12x\r\n")]
    [InlineData("$3\r\nabcXY")]
    public void Rejects_malformed_input(string wire)
    {
        Assert.Throws<RedisConnectionException>(() =>
        {
            var reader = new SequenceReader<byte>(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(wire)));
            return RespParser.TryRead(ref reader, out _, out _);
        });
    }

    [Fact]
    public void Writes_commands_as_arrays_of_bulk_strings()
    {
        var buffer = new ArrayBufferWriter<byte>();
        RespWriter.Write(buffer, RedisRequest.ForKey("SET", "ключ", RedisArgument.FromBytes(new byte[] { 0, 13, 10 }), 42L, 0.5));
        Assert.Equal("*5\r\n$3\r\nSET\r\n$8\r\nключ\r\n$3\r\n\0\r\n\r\n$2\r\n42\r\n$3\r\n0.5\r\n", Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private static RedisReply ParseSingle(string wire)
    {
        var reader = new SequenceReader<byte>(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(wire)));
        Assert.True(RespParser.TryRead(ref reader, out RedisReply reply, out bool isPush));
        Assert.False(isPush);
        Assert.Equal(0, reader.Remaining);
        return reply;
    }

    private sealed class Segments : ReadOnlySequenceSegment<byte>
    {
        private Segments(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public static ReadOnlySequence<byte> Create(ReadOnlyMemory<byte> first, ReadOnlyMemory<byte> second)
        {
            var head = new Segments(first, 0);
            var tail = new Segments(second, first.Length);
            head.Next = tail;
            return new ReadOnlySequence<byte>(head, 0, tail, second.Length);
        }
    }
}
