namespace Governance.AI.Redaction;

/// <summary>
/// Finds context words in a short window: one pass over the window's words, each word start compared only with the
/// keywords that begin with the same letter, case-insensitively, without copying the window. A keyword matches at
/// a word start and may be followed by anything ("card" matches "cards", "card:"), so stems work; a matcher made with
/// <c>wholeWords</c> needs the keyword to end where the word ends ("ver" then matches "ver 2" but not "Verbindung").
/// </summary>
internal sealed class ContextMatcher
{
    private readonly string[][] _buckets;
    private readonly string[] _other;
    private readonly bool _wholeWords;

    public ContextMatcher(IEnumerable<string> words, bool wholeWords = false)
    {
        _wholeWords = wholeWords;
        var buckets = new List<string>[26];
        var other = new List<string>();
        foreach (string word in words)
        {
            if (string.IsNullOrWhiteSpace(word))
            {
                continue;
            }

            string lower = word.ToLowerInvariant();
            if (lower[0] is >= 'a' and <= 'z')
            {
                (buckets[lower[0] - 'a'] ??= []).Add(lower);
            }
            else
            {
                other.Add(lower);
            }
        }

        _buckets = [.. buckets.Select(b => b is null ? [] : b.ToArray())];
        _other = [.. other];
    }

    /// <summary>Whether a window contains one of the keywords at a word start (case-insensitive).</summary>
    public bool Matches(ReadOnlySpan<char> window) => Find(window, last: false) >= 0;

    /// <summary>Where the last keyword in the window ends (an index into the window), or -1 when there is none.</summary>
    public int LastMatchEnd(ReadOnlySpan<char> window) => Find(window, last: true);

    /// <summary>The end of the first (or last) keyword at a word start, or -1.</summary>
    private int Find(ReadOnlySpan<char> window, bool last)
    {
        int n = window.Length;
        int p = 0;
        int found = -1;
        while (p < n)
        {
            char c = window[p];
            int length;
            if (!IsLetter(c))
            {
                length = _other.Length > 0 && (p == 0 || !IsLetter(window[p - 1])) ? MatchLength(window[p..], _other, _wholeWords) : 0;
                if (length > 0)
                {
                    found = p + length;
                    if (!last)
                    {
                        return found;
                    }
                }

                p++;
                continue;
            }

            char lower = c < 128 ? (char)(c | 0x20) : char.ToLowerInvariant(c);
            length = MatchLength(window[p..], lower is >= 'a' and <= 'z' ? _buckets[lower - 'a'] : _other, _wholeWords);
            if (length > 0)
            {
                found = p + length;
                if (!last)
                {
                    return found;
                }
            }

            // Skip the rest of the word.
            p++;
            while (p < n && IsLetter(window[p]))
            {
                p++;
            }
        }

        return found;
    }

    private static bool IsLetter(char c) => c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c);

    /// <summary>The length of the first keyword <paramref name="s"/> starts with, or 0.</summary>
    private static int MatchLength(ReadOnlySpan<char> s, string[] words, bool wholeWords)
    {
        foreach (string word in words)
        {
            if (word.Length <= s.Length && StartsWithLower(s, word) && (!wholeWords || word.Length == s.Length || !IsLetter(s[word.Length])))
            {
                return word.Length;
            }
        }

        return 0;
    }

    private static bool StartsWithLower(ReadOnlySpan<char> s, string lowerWord)
    {
        for (int k = 0; k < lowerWord.Length; k++)
        {
            char c = s[k];
            char lower = c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);
            if (lower != lowerWord[k])
            {
                return false;
            }
        }

        return true;
    }
}
