using System.Numerics;

namespace Governance.AI;

/// <summary>
/// A bounded, thread-safe memo of a value per text, keyed by a 128-bit content hash of the text (XxHash128 of its
/// UTF-16 code units, under the process's secret seed: see <see cref="TextDigests"/>), its length and a tag that names everything else the value depends on, so work on a text that
/// is sent again (a system prompt, the conversation history re-sent every turn) is done once.
/// </summary>
/// <remarks>
/// <para><b>Bound.</b> At most <see cref="Capacity"/> entries of about 56 bytes each. The table is 2-way
/// set-associative: a new text replaces an older one of its set, so memory never grows past the bound.</para>
/// <para><b>Concurrency.</b> Lock-free: a lookup reads at most two slots and allocates nothing; a store publishes one
/// immutable entry with a single write, so a reader sees a whole entry or none. Two writers racing for a slot lose
/// one entry, never correctness.</para>
/// <para><b>Keys.</b> Entries compare the full hash, the length and the tag; two different texts with one tag share an
/// entry only on a 128-bit hash collision.</para>
/// </remarks>
/// <typeparam name="TTag">What the value depends on besides the text (an encoding name, a scan origin).</typeparam>
/// <typeparam name="TValue">The value.</typeparam>
internal sealed class TextHashMemo<TTag, TValue>
{
    /// <summary>The smallest capacity.</summary>
    public const int MinimumCapacity = 2;

    /// <summary>The largest capacity.</summary>
    public const int MaximumCapacity = 1 << 24;

    private readonly Entry?[] _entries;
    private readonly int _setMask;

    /// <summary>Initializes a new instance of the <see cref="TextHashMemo{TTag, TValue}"/> class.</summary>
    /// <param name="capacity">The maximum number of entries, from <see cref="MinimumCapacity"/> to <see cref="MaximumCapacity"/>; rounded up to a power of two.</param>
    public TextHashMemo(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, MinimumCapacity);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(capacity, MaximumCapacity);
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)capacity);
        _entries = new Entry?[size];
        _setMask = (size / 2) - 1;
    }

    /// <summary>Gets the maximum number of entries.</summary>
    public int Capacity => _entries.Length;

    /// <summary>Gets the number of entries in use (a snapshot, for diagnostics and tests).</summary>
    public int Count
    {
        get
        {
            int count = 0;
            for (int i = 0; i < _entries.Length; i++)
            {
                if (Volatile.Read(ref _entries[i]) is not null)
                {
                    count++;
                }
            }

            return count;
        }
    }

    /// <summary>Looks up the value of a text.</summary>
    /// <param name="hash">The text's <see cref="TextDigests.Hash(ReadOnlySpan{char})"/>.</param>
    /// <param name="length">The text's length.</param>
    /// <param name="tag">What else the value depends on.</param>
    /// <param name="value">The value, when found.</param>
    /// <returns><see langword="true"/> when the text has a value.</returns>
    public bool TryGet(UInt128 hash, int length, TTag tag, out TValue value)
    {
        int set = SetOf(hash);
        Entry?[] entries = _entries;
        Entry? entry = Volatile.Read(ref entries[set]);
        if (entry is null || !entry.Matches(hash, length, tag))
        {
            entry = Volatile.Read(ref entries[set + 1]);
            if (entry is null || !entry.Matches(hash, length, tag))
            {
                value = default!;
                return false;
            }
        }

        value = entry.Value;
        return true;
    }

    /// <summary>Stores the value of a text, replacing its earlier value, or an older entry of its set when both ways are in use.</summary>
    /// <param name="hash">The text's <see cref="TextDigests.Hash(ReadOnlySpan{char})"/>.</param>
    /// <param name="length">The text's length.</param>
    /// <param name="tag">What else the value depends on.</param>
    /// <param name="value">The value.</param>
    public void Set(UInt128 hash, int length, TTag tag, TValue value)
    {
        int set = SetOf(hash);
        Entry?[] entries = _entries;

        // The way holding this text's entry is replaced (a text never has two entries, the older of which would
        // shadow the newer); otherwise an empty way is filled first, then the hash's high bit picks the way.
        Entry? first = Volatile.Read(ref entries[set]);
        Entry? second = Volatile.Read(ref entries[set + 1]);
        int way = first is null || first.Matches(hash, length, tag) ? 0
            : second is null || second.Matches(hash, length, tag) ? 1
            : (int)(hash >> 127);
        Entry? current = way == 0 ? first : second;
        if (current is not null && current.Matches(hash, length, tag) && EqualityComparer<TValue>.Default.Equals(current.Value, value))
        {
            // The text already has this value (a reply the provider sends again): no new entry.
            return;
        }

        Volatile.Write(ref entries[set + way], new Entry(hash, length, tag, value));
    }

    private int SetOf(UInt128 hash) => ((int)(ulong)hash & _setMask) * 2;

    // Immutable, so a reader never sees a half-written key: publishing the reference publishes the whole entry.
    private sealed class Entry(UInt128 hash, int length, TTag tag, TValue value)
    {
        public TValue Value { get; } = value;

        public bool Matches(UInt128 otherHash, int otherLength, TTag otherTag) =>
            hash == otherHash && length == otherLength && EqualityComparer<TTag>.Default.Equals(tag, otherTag);
    }
}
