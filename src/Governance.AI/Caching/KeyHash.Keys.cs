using System.Security.Cryptography;

namespace Governance.AI.Caching;

/// <content>
/// From fields to keys: the SHA-256 digest formatted as hex, and the memo of keys already made (a hit is a repeated
/// request, and a system prompt and settings scope every request's partition), so that fields seen again are compared
/// rather than hashed again.
/// </content>
internal sealed partial class KeyHash
{
    // Canonical fields up to this size have their key remembered: a 1 KB prompt's request is ~1.4 KB of fields.
    private const int MaxRememberedBytes = 8 * 1024;
    private const int RememberedCapacity = 512;

    /// <summary>
    /// Keys of canonical fields already hashed, found by the fields' seeded 128-bit hash and served only after the
    /// fields are compared byte for byte with the ones the key was made from: the hash picks a candidate, never the
    /// answer, so no collision can hand one request another's key (the key itself stays SHA-256). Fields seen once
    /// leave a mark without a copy of their bytes; only fields seen again are copied, so requests that never repeat
    /// cost no copy. At most 512 entries of at most 8 KB each.
    /// </summary>
    private static readonly TextHashMemo<string?, RememberedKey> RememberedKeys = new(RememberedCapacity);

    [ThreadStatic]
    private static IncrementalHash? t_sha;

    /// <summary>Gets the key (16 bytes of the digest, as lowercase hex), or <see langword="null"/> when a field had no stable form.</summary>
    public string? Finish() => Key(null);

    /// <summary>Gets <paramref name="prefix"/> followed by the whole digest as lowercase hex, or <see langword="null"/> when a field had no stable form.</summary>
    public string? Finish(string prefix) => Key(prefix);

    private static string Format(ReadOnlySpan<byte> digest, string? prefix)
    {
        if (prefix is null)
        {
            return Convert.ToHexStringLower(digest[..16]);
        }

        Span<char> key = stackalloc char[prefix.Length + (2 * digest.Length)];
        prefix.CopyTo(key);
        Convert.TryToHexStringLower(digest, key[prefix.Length..], out _);
        return new string(key);
    }

    private string? Key(string? prefix)
    {
        if (_unhashable)
        {
            return null;
        }

        Materialize();

        if (_streamed is null)
        {
            return Key(_buffer.AsSpan(0, _length), prefix);
        }

        Span<byte> digest = stackalloc byte[32];
        Flush();
        _streamed.GetHashAndReset(digest);
        return Format(digest, prefix);
    }

    /// <summary>The key of buffered fields: remembered when they are small, else hashed.</summary>
    private static string Key(ReadOnlySpan<byte> fields, string? prefix)
    {
        Span<byte> digest = stackalloc byte[32];
        if (fields.Length > MaxRememberedBytes)
        {
            Digest(fields, digest);
            return Format(digest, prefix);
        }

        UInt128 hash = TextDigests.HashBytes(fields);
        bool seen = RememberedKeys.TryGet(hash, fields.Length, prefix, out RememberedKey? known);
        if (seen && known!.Fields is { } remembered && remembered.AsSpan().SequenceEqual(fields))
        {
            return known.Key;
        }

        Digest(fields, digest);
        string key = Format(digest, prefix);
        RememberedKeys.Set(hash, fields.Length, prefix, new RememberedKey(seen ? fields.ToArray() : null, key, null));
        return key;
    }

    /// <summary>
    /// The key of a request's buffered fields and the partition key of the first <paramref name="partitionEnd"/>
    /// bytes: a request seen before gives both from one remembered entry (<paramref name="content"/>, compared byte
    /// for byte), else each is looked up or hashed.
    /// </summary>
    private static string RequestKey(ReadOnlySpan<byte> fields, string prefix, int partitionEnd, out string partition, out RememberedKey? content)
    {
        content = null;
        Span<byte> digest = stackalloc byte[32];
        if (fields.Length > MaxRememberedBytes)
        {
            partition = Key(fields[..partitionEnd], null);
            Digest(fields, digest);
            return Format(digest, prefix);
        }

        UInt128 hash = TextDigests.HashBytes(fields);
        bool seen = RememberedKeys.TryGet(hash, fields.Length, prefix, out RememberedKey? known);
        if (seen && known!.Fields is { } remembered && known.Partition is { } knownPartition && remembered.AsSpan().SequenceEqual(fields))
        {
            content = known;
            partition = knownPartition;
            return known.Key;
        }

        partition = Key(fields[..partitionEnd], null);
        Digest(fields, digest);
        string key = Format(digest, prefix);
        RememberedKeys.Set(hash, fields.Length, prefix, new RememberedKey(seen ? fields.ToArray() : null, key, partition));
        return key;
    }

    private static void Digest(ReadOnlySpan<byte> fields, Span<byte> digest)
    {
        // One hash object per thread, reset by each use: a one-shot hash sets up a new context every call, which
        // costs more than hashing a short request.
        IncrementalHash sha = t_sha ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(fields);
        sha.GetHashAndReset(digest);
    }

    /// <summary>
    /// A remembered key, the canonical fields it was made from (<see langword="null"/> for fields seen once, which
    /// only mark that they were) and, for a request's key, its partition's key.
    /// </summary>
    private sealed class RememberedKey(byte[]? fields, string key, string? partition)
    {
        private int _identityStores;

        public byte[]? Fields => fields;

        public string Key => key;

        public string? Partition => partition;

        /// <summary>Takes one of the few identity entries this content may make (see <see cref="RecalledByIdentity"/>).</summary>
        public bool TryTakeIdentityStore() => Interlocked.Increment(ref _identityStores) <= IdentityStoresPerContent;
    }
}
