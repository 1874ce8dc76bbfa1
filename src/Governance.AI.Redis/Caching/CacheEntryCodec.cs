using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Governance.AI.Caching;
using StackExchange.Redis;

namespace Governance.AI.Redis.Caching;

/// <summary>
/// Maps a <see cref="SemanticCacheEntry"/> to Redis hash fields: <c>id</c>, <c>p</c> (partition), <c>x</c> (exact
/// key), <c>v</c> (embedding, little-endian float32), <c>t</c> (prompt text), <c>r</c> (response JSON), <c>k</c>
/// (tokens saved), <c>m</c> (model), <c>c</c> and <c>e</c> (created and expiry, Unix ms).
/// </summary>
internal static class CacheEntryCodec
{
    public static void AppendFields(List<RedisValue> arguments, SemanticCacheEntry entry)
    {
        arguments.Add("id");
        arguments.Add(entry.Id);
        arguments.Add("p");
        arguments.Add(entry.Partition);
        arguments.Add("x");
        arguments.Add(entry.ExactKey);
        arguments.Add("v");
        arguments.Add(EncodeVector(entry.Embedding.Span));
        if (entry.PromptText is not null)
        {
            arguments.Add("t");
            arguments.Add(entry.PromptText);
        }

        arguments.Add("r");
        arguments.Add(entry.Response);
        arguments.Add("k");
        arguments.Add(entry.TokensSaved);
        if (entry.ModelId is not null)
        {
            arguments.Add("m");
            arguments.Add(entry.ModelId);
        }

        arguments.Add("c");
        arguments.Add(entry.CreatedAt.ToUnixTimeMilliseconds());
        arguments.Add("e");
        arguments.Add(entry.ExpiresAt.ToUnixTimeMilliseconds());
    }

    /// <summary>Reads an entry from <c>HGETALL</c> fields; null when the hash is empty or incomplete.</summary>
    public static SemanticCacheEntry? Read(HashEntry[] fields)
    {
        if (fields.Length == 0)
        {
            return null;
        }

        string? id = null, partition = null, exact = null, prompt = null, model = null;
        ReadOnlyMemory<byte>? response = null;
        float[] vector = [];
        long tokens = 0, created = 0, expires = 0;
        foreach (HashEntry field in fields)
        {
            RedisValue value = field.Value;
            switch ((string?)field.Name)
            {
                case "id": id = value; break;
                case "p": partition = value; break;
                case "x": exact = value; break;
                case "v": vector = DecodeVector(((ReadOnlyMemory<byte>)value).Span); break;
                case "t": prompt = value; break;
                case "r": response = (byte[]?)value; break;
                case "k": tokens = (long)value; break;
                case "m": model = value; break;
                case "c": created = (long)value; break;
                case "e": expires = (long)value; break;
            }
        }

        if (id is null || partition is null || exact is null || response is null)
        {
            return null;
        }

        return new SemanticCacheEntry
        {
            Id = id,
            Partition = partition,
            ExactKey = exact,
            Embedding = vector,
            PromptText = prompt,
            Response = response.Value,
            TokensSaved = tokens,
            ModelId = model,
            CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(created),
            ExpiresAt = DateTimeOffset.FromUnixTimeMilliseconds(expires),
        };
    }

    public static string Member(string partition, string id) => string.Concat(partition, "\n", id);

    public static (string Partition, string Id) ParseMember(string member)
    {
        int split = member.IndexOf('\n', StringComparison.Ordinal);
        return (member[..split], member[(split + 1)..]);
    }

    private static byte[] EncodeVector(ReadOnlySpan<float> vector)
    {
        byte[] bytes = new byte[vector.Length * sizeof(float)];
        if (BitConverter.IsLittleEndian)
        {
            MemoryMarshal.AsBytes(vector).CopyTo(bytes);
        }
        else
        {
            for (int i = 0; i < vector.Length; i++)
            {
                BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), vector[i]);
            }
        }

        return bytes;
    }

    private static float[] DecodeVector(ReadOnlySpan<byte> bytes)
    {
        var vector = new float[bytes.Length / sizeof(float)];
        for (int i = 0; i < vector.Length; i++)
        {
            vector[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes[(i * sizeof(float))..]);
        }

        return vector;
    }
}
