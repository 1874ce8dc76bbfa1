using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Governance.AI;

/// <summary>
/// The content hash and UTF-8 length of message texts, remembered per string instance, so a conversation re-sent
/// every turn costs each stage a lookup per message instead of a walk over its text: the safety and redaction memos
/// and the token-count cache key on the one hash, and the budget's token bound adds up the remembered lengths.
/// </summary>
/// <remarks>
/// <para><b>Why by instance.</b> A string never changes, so a string seen before has the content it had: no check of
/// the text is needed. A message the caller edits between calls gets a new string (its text is a new string, or its
/// contents a new list), which is looked up as new. A chat that keeps its history re-sends the same instances; a
/// service that deserializes each request sends new ones and pays what it paid before (a lookup that misses, about
/// the cost of hashing a 64-character text).</para>
/// <para><b>Bound and privacy.</b> Per thread, at most <see cref="Capacity"/> entries of a weak handle, a hash and a
/// length: no text is kept alive, and an entry whose string was collected simply misses. The table is 2-way
/// set-associative by the string's identity hash, the least recently used way replaced.</para>
/// <para><b>Concurrency.</b> Each thread has its own table, so entries are changed in place without locks. A stage
/// takes <see cref="Current"/> for one synchronous walk over a request's texts and never holds it across an await, so
/// a table is only ever used by its own thread.</para>
/// <para><b>Hash.</b> XxHash128 of the UTF-16 code units under one secret seed per process, so one hash of a text
/// serves every memo (<see cref="TextHashMemo{TTag, TValue}"/>): collisions cannot be prepared in advance against
/// an unknown seed.</para>
/// </remarks>
internal sealed class TextDigests
{
    /// <summary>Texts shorter than this are hashed and measured every time: a lookup costs about as much.</summary>
    public const int MinimumLength = 64;

    /// <summary>The number of entries per thread.</summary>
    public const int Capacity = 2 * Sets;

    private const int Sets = 256;

    /// <summary>The seed of every text hash in the process.</summary>
    private static readonly long Seed = NewSeed();

    [ThreadStatic]
    private static TextDigests? t_current;

    private readonly Entry[] _entries = new Entry[Capacity];
    private readonly byte[] _recent = new byte[Sets];

    private TextDigests()
    {
    }

    // The weak handles are the table's only unmanaged state; a thread's table lives as long as the thread.
    ~TextDigests()
    {
        foreach (Entry entry in _entries)
        {
            if (entry.Text.IsAllocated)
            {
                entry.Text.Dispose();
            }
        }
    }

    /// <summary>Gets this thread's table, for one synchronous walk over a request's texts (taken once per walk, not per
    /// text: a thread-static read is not free).</summary>
    public static TextDigests Current => t_current ??= new TextDigests();

    /// <summary>Hashes a text under the process's seed, for <see cref="TextHashMemo{TTag, TValue}"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text's 128-bit hash.</returns>
    public static UInt128 Hash(ReadOnlySpan<char> text) => XxHash128.HashToUInt128(MemoryMarshal.AsBytes(text), Seed);

    /// <summary>Hashes bytes under the process's seed, for <see cref="TextHashMemo{TTag, TValue}"/>; pass their length as the length.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The bytes' 128-bit hash.</returns>
    public static UInt128 HashBytes(ReadOnlySpan<byte> bytes) => XxHash128.HashToUInt128(bytes, Seed);

    /// <summary>Hashes a text, or returns the hash remembered for this string instance.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text's 128-bit hash, the same as <see cref="Hash(ReadOnlySpan{char})"/> of its characters.</returns>
    public UInt128 HashOf(string text)
    {
        if (text.Length < MinimumLength)
        {
            return Hash(text);
        }

        ref Entry entry = ref Find(text);
        if (!entry.HasHash)
        {
            entry.Hash = Hash(text);
            entry.HasHash = true;
        }

        return entry.Hash;
    }

    /// <summary>Counts a text's UTF-8 bytes, or returns the count remembered for this string instance.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The number of bytes of the text's UTF-8 form (a lone surrogate counts as U+FFFD, 3 bytes).</returns>
    public int Utf8LengthOf(string text)
    {
        if (text.Length < MinimumLength)
        {
            return Encoding.UTF8.GetByteCount(text);
        }

        ref Entry entry = ref Find(text);
        if (entry.Utf8Length < 0)
        {
            entry.Utf8Length = Encoding.UTF8.GetByteCount(text);
        }

        return entry.Utf8Length;
    }

    private static long NewSeed()
    {
        Span<byte> bytes = stackalloc byte[sizeof(long)];
        RandomNumberGenerator.Fill(bytes);
        return BinaryPrimitives.ReadInt64LittleEndian(bytes);
    }

    /// <summary>Gets the entry of this string instance, or an entry cleared for it (replacing the set's least recently used way).</summary>
    private ref Entry Find(string text)
    {
        int set = RuntimeHelpers.GetHashCode(text) & (Sets - 1);
        int first = set * 2;
        Entry[] entries = _entries;
        if (entries[first].Holds(text))
        {
            _recent[set] = 0;
            return ref entries[first];
        }

        if (entries[first + 1].Holds(text))
        {
            _recent[set] = 1;
            return ref entries[first + 1];
        }

        int way = _recent[set] ^ 1;
        _recent[set] = (byte)way;
        ref Entry victim = ref entries[first + way];
        victim.Reset(text);
        return ref victim;
    }

    /// <summary>What is known of one string instance; the weak handle is retargeted, never reallocated.</summary>
    private struct Entry
    {
        public WeakGCHandle<string> Text;
        public UInt128 Hash;
        public bool HasHash;
        public int Utf8Length;

        public readonly bool Holds(string text) =>
            Text.IsAllocated && Text.TryGetTarget(out string? held) && ReferenceEquals(held, text);

        public void Reset(string text)
        {
            if (Text.IsAllocated)
            {
                Text.SetTarget(text);
            }
            else
            {
                Text = new WeakGCHandle<string>(text);
            }

            HasHash = false;
            Utf8Length = -1;
        }
    }
}
