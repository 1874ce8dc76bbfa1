using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Governance.AI.Safety;

/// <summary>
/// An open-addressing hash table from folded tokens to a payload, looked up by the FNV-1a hash the tokenizer
/// computes while it reads the token, so a lookup costs one probe and one span comparison.
/// </summary>
/// <typeparam name="T">The payload.</typeparam>
internal sealed class TermTable<T>
{
    public const ulong Seed = 14695981039346656037UL;
    public const ulong Prime = 1099511628211UL;

    private const int FilterWords = 1024;

    private const int CharsPerStep = 4;

    // A 64 Kbit presence filter in front of the table: most tokens are not in it and are rejected by one bit test
    // in a block that stays in the L1 cache, instead of a probe into the (much larger) hash array.
    private readonly ulong[] _filter = new ulong[FilterWords];
    private readonly ulong[] _hashes;
    private readonly string[] _keys;
    private readonly T[] _values;
    private readonly int _mask;

    public TermTable(IEnumerable<KeyValuePair<string, T>> entries)
    {
        var list = entries.ToList();
        var capacity = 16;
        while (capacity < list.Count * 2)
        {
            capacity <<= 1;
        }

        _hashes = new ulong[capacity];
        _keys = new string[capacity];
        _values = new T[capacity];
        _mask = capacity - 1;
        foreach (var (key, value) in list)
        {
            var h = Hash(key);
            if (h == 0)
            {
                throw new InvalidOperationException("A term hashes to the empty-slot marker.");
            }

            var i = Slot(h);
            while (_hashes[i] != 0)
            {
                i = (i + 1) & _mask;
            }

            _filter[(int)((h >> 40) & (FilterWords - 1))] |= 1UL << (int)(h & 63);
            _hashes[i] = h;
            _keys[i] = key;
            _values[i] = value;
        }
    }

    /// <summary>Hashes a token as the tokenizer does (0, which marks an empty slot, is astronomically unlikely).</summary>
    /// <param name="key">The token.</param>
    /// <returns>The hash.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Hash(ReadOnlySpan<char> key)
    {
        // FNV-style, four characters per step (one multiply per 8 bytes), with a shift to mix high bits down. A key of
        // four or more characters ends with its last four, overlapping the step before, so that no loop runs over a
        // tail of one to three characters (a branch whose count changes from word to word); the seed takes the length,
        // so that keys made of the same steps ("abcde" and "abcdbcde") do not collide.
        ref var first = ref MemoryMarshal.GetReference(key);
        var length = key.Length;
        var h = Seed ^ (ulong)length;
        if (length < CharsPerStep)
        {
            for (var k = 0; k < length; k++)
            {
                h = (h ^ Unsafe.Add(ref first, k)) * Prime;
            }

            return h ^ (h >> 32);
        }

        for (var k = 0; k + CharsPerStep < length; k += CharsPerStep)
        {
            h = Step(h, ref Unsafe.Add(ref first, k));
        }

        h = Step(h, ref Unsafe.Add(ref first, length - CharsPerStep));
        return h ^ (h >> 32);
    }

    /// <summary>Finds a token by its hash and text.</summary>
    /// <param name="hash">The FNV-1a hash of <paramref name="token"/>.</param>
    /// <param name="token">The folded token.</param>
    /// <param name="value">The payload when found.</param>
    /// <returns>Whether the token is in the table.</returns>
    public bool TryGet(ulong hash, ReadOnlySpan<char> token, out T value)
    {
        // The index is masked to the filter's length, so its bounds check is left out (it sat between the hash and the bit test).
        if ((Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_filter), (nint)((hash >> 40) & (FilterWords - 1))) & (1UL << (int)(hash & 63))) == 0)
        {
            value = default!;
            return false;
        }

        var i = Slot(hash);
        while (true)
        {
            var h = _hashes[i];
            if (h == hash && token.SequenceEqual(_keys[i]))
            {
                value = _values[i];
                return true;
            }

            if (h == 0)
            {
                value = default!;
                return false;
            }

            i = (i + 1) & _mask;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Step(ulong h, ref char four)
    {
        h = (h ^ Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref four))) * Prime;
        return h ^ (h >> 29);
    }

    private int Slot(ulong h) => (int)((h ^ (h >> 31)) & (ulong)_mask);
}
