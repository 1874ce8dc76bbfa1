namespace Governance.AI.Redaction;

/// <summary>
/// Finds context words in a short window: one pass over the window's word starts, each compared only with the
/// keywords that begin with the same letter. A keyword matches at a word start and may be followed by anything
/// ("card" matches "cards", "card:"), so stems work.
/// </summary>
internal sealed class ContextMatcher
{
    private const int OtherBucket = 26;
    private readonly string[][] _buckets;

    public ContextMatcher(IEnumerable<string> words)
    {
        var buckets = new List<string>[OtherBucket + 1];
        foreach (string word in words)
        {
            if (string.IsNullOrWhiteSpace(word))
            {
                continue;
            }

            string lower = word.ToLowerInvariant();
            int b = Bucket(lower[0]);
            (buckets[b] ??= []).Add(lower);
        }

        _buckets = [.. buckets.Select(b => b is null ? [] : b.ToArray())];
    }

    /// <summary>Lower-cases a window (ASCII fast path) into <paramref name="destination"/>.</summary>
    public static void LowerInto(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (int k = 0; k < source.Length; k++)
        {
            char c = source[k];
            destination[k] = c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);
        }
    }

    /// <summary>Whether a lower-cased window contains one of the keywords at a word start.</summary>
    public bool Matches(ReadOnlySpan<char> window)
    {
        for (int p = 0; p < window.Length; p++)
        {
            char c = window[p];
            if (p > 0 && char.IsLetter(window[p - 1]))
            {
                continue;
            }

            string[] bucket = _buckets[Bucket(c)];
            foreach (string word in bucket)
            {
                if (window[p..].StartsWith(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int Bucket(char c) => c is >= 'a' and <= 'z' ? c - 'a' : OtherBucket;
}
