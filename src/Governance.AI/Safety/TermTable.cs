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
            var i = Slot(h);
            while (_hashes[i] != 0)
            {
                i = (i + 1) & _mask;
            }

            _hashes[i] = h;
            _keys[i] = key;
            _values[i] = value;
        }
    }

    /// <summary>Hashes a token as the tokenizer does (never 0, which marks an empty slot).</summary>
    /// <param name="key">The token.</param>
    /// <returns>The hash.</returns>
    public static ulong Hash(ReadOnlySpan<char> key)
    {
        var h = Seed;
        foreach (var c in key)
        {
            h = (h ^ c) * Prime;
        }

        return h;
    }

    /// <summary>Finds a token by its hash and text.</summary>
    /// <param name="hash">The FNV-1a hash of <paramref name="token"/>.</param>
    /// <param name="token">The folded token.</param>
    /// <param name="value">The payload when found.</param>
    /// <returns>Whether the token is in the table.</returns>
    public bool TryGet(ulong hash, ReadOnlySpan<char> token, out T value)
    {
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

    private int Slot(ulong h) => (int)((h ^ (h >> 31)) & (ulong)_mask);
}
