using System.Text;

namespace Governance.AI.Onnx.Tests;

/// <summary>
/// Writes, as ONNX protobuf bytes, a tiny text classifier: input_ids [1, n] → Gather over an embedding table [V, 2]
/// → ReduceMean over the tokens → MatMul with a [2, 2] matrix → logits [1, 2]. Dimension 0 of a word's embedding
/// votes for "injection" (label 1), dimension 1 for "benign" (label 0). It also declares an attention_mask input.
/// </summary>
internal static class TinyOnnxModel
{
    private const int Float = 1;
    private const int Int64 = 7;

    /// <summary>Builds the model for a vocabulary: words in <paramref name="attackWords"/> vote injection, the others benign, special tokens nothing.</summary>
    public static byte[] Build(IReadOnlyList<string> vocabulary, ISet<string> attackWords)
    {
        var table = new float[vocabulary.Count * 2];
        for (var i = 0; i < vocabulary.Count; i++)
        {
            var word = vocabulary[i];
            var special = word.StartsWith('[');
            table[(i * 2) + 0] = special ? 0 : attackWords.Contains(word) ? 20 : 0;
            table[(i * 2) + 1] = special ? 0 : attackWords.Contains(word) ? 0 : 20;
        }

        // logits[benign] = pooled[1], logits[injection] = pooled[0].
        float[] weights = [0, 1, 1, 0];

        var graph = new Proto()
            .Message(1, Node("Gather", ["embedding", "input_ids"], ["embedded"], new Proto().String(1, "axis").Varint(3, 0).Varint(20, 2)))
            .Message(1, Node("ReduceMean", ["embedded"], ["pooled"], new Proto().String(1, "axes").Varint(8, 1).Varint(20, 7), new Proto().String(1, "keepdims").Varint(3, 0).Varint(20, 2)))
            .Message(1, Node("MatMul", ["pooled", "weights"], ["logits"]))
            .String(2, "tiny-injection-classifier")
            .Message(5, Tensor("embedding", [vocabulary.Count, 2], table))
            .Message(5, Tensor("weights", [2, 2], weights))
            .Message(11, Value("input_ids", Int64, ["batch", "tokens"]))
            .Message(11, Value("attention_mask", Int64, ["batch", "tokens"]))
            .Message(12, Value("logits", Float, ["batch", 2]));

        return new Proto()
            .Varint(1, 8)
            .String(2, "Governance.AI.Onnx.Tests")
            .Message(7, graph)
            .Message(8, new Proto().String(1, string.Empty).Varint(2, 13))
            .ToArray();
    }

    private static Proto Node(string op, string[] inputs, string[] outputs, params Proto[] attributes)
    {
        var node = new Proto();
        foreach (var input in inputs)
        {
            node.String(1, input);
        }

        foreach (var output in outputs)
        {
            node.String(2, output);
        }

        node.String(3, op).String(4, op);
        foreach (var attribute in attributes)
        {
            node.Message(5, attribute);
        }

        return node;
    }

    private static Proto Tensor(string name, long[] dims, float[] data)
    {
        var tensor = new Proto();
        foreach (var dim in dims)
        {
            tensor.Varint(1, dim);
        }

        var raw = new byte[data.Length * sizeof(float)];
        Buffer.BlockCopy(data, 0, raw, 0, raw.Length);
        return tensor.Varint(2, Float).String(8, name).Bytes(9, raw);
    }

    private static Proto Value(string name, int elementType, object[] dims)
    {
        var shape = new Proto();
        foreach (var dim in dims)
        {
            shape.Message(1, dim is string param ? new Proto().String(2, param) : new Proto().Varint(1, (int)dim));
        }

        var tensorType = new Proto().Varint(1, elementType).Message(2, shape);
        return new Proto().String(1, name).Message(2, new Proto().Message(1, tensorType));
    }

    /// <summary>A protobuf message being written: varint, length-delimited strings, bytes and nested messages.</summary>
    private sealed class Proto
    {
        private readonly MemoryStream _bytes = new();

        public Proto Varint(int field, long value)
        {
            WriteVarint((ulong)field << 3);
            WriteVarint((ulong)value);
            return this;
        }

        public Proto String(int field, string value) => Bytes(field, Encoding.UTF8.GetBytes(value));

        public Proto Message(int field, Proto message) => Bytes(field, message.ToArray());

        public Proto Bytes(int field, byte[] value)
        {
            WriteVarint(((ulong)field << 3) | 2);
            WriteVarint((ulong)value.Length);
            _bytes.Write(value);
            return this;
        }

        public byte[] ToArray() => _bytes.ToArray();

        private void WriteVarint(ulong value)
        {
            while (value >= 0x80)
            {
                _bytes.WriteByte((byte)(value | 0x80));
                value >>= 7;
            }

            _bytes.WriteByte((byte)value);
        }
    }
}
