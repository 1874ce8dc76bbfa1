using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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

    /// <summary>Per bucket, the second characters of its keywords: bit <c>k</c> for the letter <c>'a' + k</c>, bit 26 for
    /// anything else (and for the window's end); a one-letter keyword sets every bit. A word start whose second character
    /// has no bit cannot start a keyword of the bucket, so most words are passed without a compare.</summary>
    private readonly uint[] _seconds = new uint[26];
    private readonly string[] _other;

    /// <summary>The first characters of the keywords in <see cref="_other"/>, ASCII ones as a bit mask and the rest as a
    /// string: a position whose (lower-cased) character is not among them cannot start one, so digits, spaces and
    /// punctuation are passed with one bit test instead of a compare with every such keyword.</summary>
    private readonly ulong _otherFirstsLow;
    private readonly ulong _otherFirstsHigh;
    private readonly string _otherFirstsNonAscii;
    private readonly bool _wholeWords;

    /// <summary>Whether, in an ASCII window, only letters at word starts can start a keyword (no keyword starts with an
    /// ASCII character outside a–z), so that <see cref="FindAtWordStarts"/> may stand in for the character loop.</summary>
    private readonly bool _asciiWordStartsOnly;

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
        for (int b = 0; b < 26; b++)
        {
            foreach (string word in _buckets[b])
            {
                _seconds[b] |= word.Length == 1 ? AnySecond : 1u << SecondIndex(word[1]);
            }
        }

        _other = [.. other];
        foreach (string word in other)
        {
            char first = word[0];
            if (first < 64)
            {
                _otherFirstsLow |= 1UL << first;
            }
            else if (first < 128)
            {
                _otherFirstsHigh |= 1UL << (first - 64);
            }
        }

        _otherFirstsNonAscii = new string([.. other.Select(w => w[0]).Where(c => c >= 128).Distinct()]);
        _asciiWordStartsOnly = _otherFirstsLow == 0 && _otherFirstsHigh == 0;
    }

    /// <summary>Whether a window contains one of the keywords at a word start (case-insensitive).</summary>
    public bool Matches(ReadOnlySpan<char> window) => Find(window, last: false) >= 0;

    /// <summary>Where the last keyword in the window ends (an index into the window), or -1 when there is none.</summary>
    public int LastMatchEnd(ReadOnlySpan<char> window) => Find(window, last: true);

    /// <summary>The end of the first (or last) keyword at a word start, or -1.</summary>
    private int Find(ReadOnlySpan<char> window, bool last)
    {
        if (_asciiWordStartsOnly && window.Length <= 64 && TryWordStartMask(window, out ulong starts))
        {
            return FindAtWordStarts(window, starts, last);
        }

        int n = window.Length;
        int p = 0;
        int found = -1;
        while (p < n)
        {
            char c = window[p];
            int length;
            if (!IsLetter(c))
            {
                length = MayStartOther(ToLower(c)) && (p == 0 || !IsLetter(window[p - 1])) ? MatchLength(window[p..], _other, _wholeWords) : 0;
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

            char lower = ToLower(c);
            if (lower is >= 'a' and <= 'z')
            {
                // The letter's bucket is compared only when one of its keywords has the next character second.
                char second = p + 1 < n ? ToLower(window[p + 1]) : '\0';
                length = ((_seconds[lower - 'a'] >> SecondIndex(second)) & 1) != 0 ? MatchLength(window[p..], _buckets[lower - 'a'], _wholeWords) : 0;
            }
            else
            {
                length = MayStartOther(lower) ? MatchLength(window[p..], _other, _wholeWords) : 0;
            }

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

    /// <summary>The word starts of an ASCII window of at most 64 characters as a bit mask (bit <c>p</c>: a letter at
    /// <c>p</c> with no letter before it), read eight characters at a time; <see langword="false"/> when the window holds a
    /// character outside ASCII (whose letters only <see cref="char.IsLetter(char)"/> knows).</summary>
    private static bool TryWordStartMask(ReadOnlySpan<char> window, out ulong starts)
    {
        starts = 0;
        int n = window.Length;
        ref ushort first = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<char, ushort>(window));
        ulong letters = 0;
        int k = 0;
        for (; k + 8 <= n; k += 8)
        {
            Vector128<ushort> v = Vector128.LoadUnsafe(ref first, (nuint)k);
            if (Vector128.GreaterThanOrEqualAny(v, Vector128.Create((ushort)128)))
            {
                return false;
            }

            // The scalar IsLetter's test, lane by lane: (c | 0x20) − 'a' ≤ 25 (unsigned).
            Vector128<ushort> offset = (v | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a');
            letters |= (ulong)Vector128.LessThanOrEqual(offset, Vector128.Create((ushort)('z' - 'a'))).ExtractMostSignificantBits() << k;
        }

        for (; k < n; k++)
        {
            char c = window[k];
            if (c >= 128)
            {
                return false;
            }

            if (IsLetter(c))
            {
                letters |= 1UL << k;
            }
        }

        starts = letters & ~(letters << 1);
        return true;
    }

    /// <summary><see cref="Find"/> over an ASCII window whose keywords all start with a letter: the same compares at the
    /// same word starts, in the same order, jumping from one word start to the next instead of reading every character.</summary>
    private int FindAtWordStarts(ReadOnlySpan<char> window, ulong starts, bool last)
    {
        int n = window.Length;
        int found = -1;
        while (starts != 0)
        {
            int p = BitOperations.TrailingZeroCount(starts);
            starts &= starts - 1;
            int bucket = (window[p] | 0x20) - 'a';
            char second = p + 1 < n ? ToLower(window[p + 1]) : '\0';
            if (((_seconds[bucket] >> SecondIndex(second)) & 1) == 0)
            {
                continue;
            }

            int length = MatchLength(window[p..], _buckets[bucket], _wholeWords);
            if (length > 0)
            {
                found = p + length;
                if (!last)
                {
                    return found;
                }
            }
        }

        return found;
    }

    /// <summary>Every bit of <see cref="_seconds"/>: a bucket with a one-letter keyword is compared at every word start.</summary>
    private const uint AnySecond = (1u << 27) - 1;

    /// <summary>The bit of a (lower-cased) second character in <see cref="_seconds"/>.</summary>
    private static int SecondIndex(char lower) => lower is >= 'a' and <= 'z' ? lower - 'a' : 26;

    /// <summary>Whether a keyword of <see cref="_other"/> starts with the (lower-cased) character.</summary>
    private bool MayStartOther(char lower) =>
        lower < 64 ? (_otherFirstsLow & (1UL << lower)) != 0 :
        lower < 128 ? (_otherFirstsHigh & (1UL << (lower - 64))) != 0 :
        _otherFirstsNonAscii.Length > 0 && _otherFirstsNonAscii.Contains(lower, StringComparison.Ordinal);

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

    /// <summary>The lower-case form a keyword is compared with (ASCII by bit, the rest invariantly).</summary>
    private static char ToLower(char c) => c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);

    private static bool StartsWithLower(ReadOnlySpan<char> s, string lowerWord)
    {
        for (int k = 0; k < lowerWord.Length; k++)
        {
            if (ToLower(s[k]) != lowerWord[k])
            {
                return false;
            }
        }

        return true;
    }
}
