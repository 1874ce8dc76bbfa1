namespace Governance.AI.Tokenization;

/// <summary>Counts the tokens of a text; the shape of <see cref="ITokenCounter.CountTokens(ReadOnlySpan{char})"/>.</summary>
/// <param name="text">The text.</param>
/// <returns>The number of tokens.</returns>
public delegate int TextTokenCounter(ReadOnlySpan<char> text);

/// <summary>
/// A bounded, thread-safe cache of text token counts keyed by a 128-bit content hash (XxHash128 of the UTF-16 text,
/// under a random per-process seed), the text length and the encoding name, so a conversation re-sent every turn and a
/// repeated system prompt are only tokenized once.
/// </summary>
/// <remarks>
/// <para><b>Bound.</b> At most <see cref="Capacity"/> entries; each costs about 56 bytes (a 48-byte entry object plus
/// its slot), so the default 8,192 entries hold at most about 460 KB. The table is 2-way set-associative (the
/// project's shared text-hash memo): a new text replaces an older one of its set, so memory never grows past the bound.</para>
/// <para><b>Cost.</b> A hit hashes the text (several GB/s, far faster than tokenizing) and allocates nothing; a miss
/// counts with the given counter and allocates one entry. Texts shorter than <see cref="MinimumTextLength"/> characters
/// are counted directly: hashing them would cost about as much as counting them.</para>
/// <para><b>Keys.</b> Entries compare the full 128-bit hash, the length and the encoding name, so counts of different
/// encodings never mix; two different texts of one encoding share an entry only on a 128-bit hash collision.</para>
/// </remarks>
public sealed class TokenCountCache
{
    /// <summary>The default number of entries.</summary>
    public const int DefaultCapacity = 8192;

    /// <summary>Texts shorter than this many characters are not cached.</summary>
    public const int MinimumTextLength = 32;

    private readonly TextHashMemo<string, int> _counts;

    /// <summary>Initializes a new instance of the <see cref="TokenCountCache"/> class.</summary>
    /// <param name="capacity">The maximum number of entries, from 2 to 16,777,216; rounded up to a power of two.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is out of range.</exception>
    public TokenCountCache(int capacity = DefaultCapacity)
    {
        if (capacity is < TextHashMemo<string, int>.MinimumCapacity or > TextHashMemo<string, int>.MaximumCapacity)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, $"The token count cache capacity must be between {TextHashMemo<string, int>.MinimumCapacity} and {TextHashMemo<string, int>.MaximumCapacity} entries.");
        }

        _counts = new TextHashMemo<string, int>(capacity);
    }

    /// <summary>Gets the maximum number of entries.</summary>
    public int Capacity => _counts.Capacity;

    /// <summary>Gets the number of entries in use (a snapshot, for diagnostics and tests).</summary>
    public int Count => _counts.Count;

    /// <summary>Gets the cached count of <paramref name="text"/> in <paramref name="encoding"/>, or counts and caches it.</summary>
    /// <param name="encoding">The encoding (tokenizer) name; counts of different names never mix.</param>
    /// <param name="text">The text.</param>
    /// <param name="counter">Counts the text on a miss; it must be deterministic for <paramref name="encoding"/>.</param>
    /// <returns>The number of tokens.</returns>
    public int GetOrCount(string encoding, ReadOnlySpan<char> text, TextTokenCounter counter)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        ArgumentNullException.ThrowIfNull(counter);
        return text.Length < MinimumTextLength ? counter(text) : GetOrCount(encoding, text, TextDigests.Hash(text), counter);
    }

    /// <summary>
    /// <see cref="GetOrCount(string, ReadOnlySpan{char}, TextTokenCounter)"/> of a message text: the hash of a string
    /// instance seen before is remembered (<see cref="TextDigests"/>), so a history re-sent every turn is not hashed again.
    /// </summary>
    internal int GetOrCount(string encoding, string text, TextDigests digests, TextTokenCounter counter) =>
        text.Length < MinimumTextLength ? counter(text) : GetOrCount(encoding, text, digests.HashOf(text), counter);

    private int GetOrCount(string encoding, ReadOnlySpan<char> text, UInt128 hash, TextTokenCounter counter)
    {
        if (_counts.TryGet(hash, text.Length, encoding, out int count))
        {
            return count;
        }

        count = counter(text);
        _counts.Set(hash, text.Length, encoding, count);
        return count;
    }
}
