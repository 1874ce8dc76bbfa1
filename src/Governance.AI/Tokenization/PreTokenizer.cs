using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Governance.AI.Tokenization;

/// <summary>The pre-tokenization pattern of an encoding.</summary>
internal enum PreTokenizerPattern
{
    /// <summary>The o200k_base pattern (case-aware letter groups, contractions attached to words).</summary>
    O200k,

    /// <summary>The cl100k_base pattern (contractions as their own pieces, \p{N}{1,3}).</summary>
    Cl100k,
}

/// <summary>
/// Hand-written scanners equal to tiktoken's pre-tokenization regular expressions (leftmost-first alternation with
/// backtracking, as the fancy-regex engine used by tiktoken evaluates them), working on UTF-8.
/// </summary>
/// <remarks>
/// <para>cl100k_base: <c>(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+</c></para>
/// <para>o200k_base: <c>[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?|[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+</c></para>
/// <para>Every position matches one of the alternatives, so the pieces tile the text.</para>
/// </remarks>
internal static class PreTokenizer
{
    /// <summary>The cl100k_base pattern string as published by tiktoken.</summary>
    public const string Cl100kPattern = @"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+";

    /// <summary>The o200k_base pattern string as published by tiktoken.</summary>
    public const string O200kPattern = @"[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?|[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+";

    private const byte NotPrefix = CharClass.Letter | CharClass.Number | CharClass.NewLine;
    private const byte NotPunctuation = CharClass.Letter | CharClass.Number | CharClass.Space;

    /// <summary>Returns the end (exclusive) of the piece that starts at <paramref name="start"/>.</summary>
    public static int Next(PreTokenizerPattern pattern, ReadOnlySpan<byte> text, int start) =>
        pattern == PreTokenizerPattern.O200k ? NextO200k(text, start) : NextCl100k(text, start);

    /// <summary>Returns the end of the o200k_base piece starting at <paramref name="i"/>.</summary>
    public static int NextO200k(ReadOnlySpan<byte> s, int i)
    {
        int n = s.Length;
        byte f = CharClass.At(s, i, out int len);

        // Both word alternatives need a letter or mark after the optional prefix (in one of the two groups): without
        // one, neither is tried from there.
        bool prefix = (f & NotPrefix) == 0 && i + len < n && (CharClass.At(s, i + len, out _) & (CharClass.Upper | CharClass.Lower)) != 0;
        int end;

        // Alternative 1: [^\r\n\p{L}\p{N}]?[upper]*[lower]+ contraction?, first with the optional prefix, then without.
        if (prefix && (end = LowerWord(s, i + len)) > 0)
        {
            return Contraction(s, end);
        }

        if ((f & (CharClass.Upper | CharClass.Lower)) != 0 && (end = LowerWord(s, i)) > 0)
        {
            return Contraction(s, end);
        }

        // Alternative 2: [^\r\n\p{L}\p{N}]?[upper]+[lower]* contraction?
        if (prefix && (end = UpperWord(s, i + len)) > 0)
        {
            return Contraction(s, end);
        }

        if ((f & CharClass.Upper) != 0)
        {
            return Contraction(s, UpperWord(s, i));
        }

        if ((f & CharClass.Number) != 0)
        {
            return Digits(s, i + len);
        }

        int punctuationEnd = Punctuation(s, i, f, len);
        if (punctuationEnd > 0)
        {
            // [\r\n/]* after the punctuation run.
            while (punctuationEnd < n && s[punctuationEnd] is (byte)'\r' or (byte)'\n' or (byte)'/')
            {
                punctuationEnd++;
            }

            return punctuationEnd;
        }

        return WhiteSpace(s, i);
    }

    /// <summary>Returns the end of the cl100k_base piece starting at <paramref name="i"/>.</summary>
    public static int NextCl100k(ReadOnlySpan<byte> s, int i)
    {
        int n = s.Length;
        if (s[i] == (byte)'\'')
        {
            int contraction = Contraction(s, i);
            if (contraction > i)
            {
                return contraction;
            }
        }

        byte f = CharClass.At(s, i, out int len);

        // [^\r\n\p{L}\p{N}]?\p{L}+
        if ((f & CharClass.Letter) != 0)
        {
            return Run(s, i + len, CharClass.Letter);
        }

        if ((f & NotPrefix) == 0 && i + len < n && (CharClass.At(s, i + len, out int next) & CharClass.Letter) != 0)
        {
            return Run(s, i + len + next, CharClass.Letter);
        }

        if ((f & CharClass.Number) != 0)
        {
            return Digits(s, i + len);
        }

        int punctuationEnd = Punctuation(s, i, f, len);
        if (punctuationEnd > 0)
        {
            while (punctuationEnd < n && s[punctuationEnd] is (byte)'\r' or (byte)'\n')
            {
                punctuationEnd++;
            }

            return punctuationEnd;
        }

        return WhiteSpace(s, i);
    }

    /// <summary>[upper]*[lower]+ from <paramref name="i"/> with backtracking; -1 when it does not match.</summary>
    private static int LowerWord(ReadOnlySpan<byte> s, int i)
    {
        int n = s.Length;
        int lastBothEnd = -1;
        int a = i;
        byte g = 0;
        int len = 0;
        while (a < n)
        {
            g = CharClass.At(s, a, out len);
            if ((g & CharClass.Upper) == 0)
            {
                break;
            }

            a += len;
            if ((g & CharClass.Lower) != 0)
            {
                lastBothEnd = a;
            }
        }

        // The character that ended the [upper]* run (g, len) starts [lower]+ or nothing.
        if (a < n && (g & CharClass.Lower) != 0)
        {
            return Run(s, a + len, CharClass.Lower);
        }

        // The greedy [upper]* gives back characters until [lower]+ can take one: the last character of the run
        // that is in both groups, and nothing after it (the rest are Lu/Lt, which are not in the lower group).
        return lastBothEnd;
    }

    /// <summary>[upper]+[lower]* from <paramref name="i"/>; -1 when it does not match.</summary>
    private static int UpperWord(ReadOnlySpan<byte> s, int i)
    {
        if ((CharClass.At(s, i, out int len) & CharClass.Upper) == 0)
        {
            return -1;
        }

        int a = Run(s, i + len, CharClass.Upper);
        return Run(s, a, CharClass.Lower);
    }

    /// <summary>The end of the contraction (?i:'s|'t|'re|'ve|'m|'ll|'d) at <paramref name="i"/>, or <paramref name="i"/>.</summary>
    /// <remarks>Inlined: almost every word ends without an apostrophe.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Contraction(ReadOnlySpan<byte> s, int i) =>
        (uint)(i + 1) < (uint)s.Length && s[i] == (byte)'\'' ? ContractionAfterApostrophe(s, i) : i;

    private static int ContractionAfterApostrophe(ReadOnlySpan<byte> s, int i)
    {
        int n = s.Length;
        int c = s[i + 1] | 0x20;
        switch (c)
        {
            case 's' or 't' or 'm' or 'd':
                return i + 2;
            case 'r' when i + 2 < n && (s[i + 2] | 0x20) == 'e':
            case 'v' when i + 2 < n && (s[i + 2] | 0x20) == 'e':
            case 'l' when i + 2 < n && (s[i + 2] | 0x20) == 'l':
                return i + 3;
            default:
                // U+017F LATIN SMALL LETTER LONG S case-folds to 's' under Unicode case-insensitive matching.
                return i + 2 < n && s[i + 1] == 0xC5 && s[i + 2] == 0xBF ? i + 3 : i;
        }
    }

    /// <summary>\p{N}{1,3} where the first digit ends at <paramref name="i"/>.</summary>
    private static int Digits(ReadOnlySpan<byte> s, int i)
    {
        for (int k = 1; k < 3 && i < s.Length; k++)
        {
            if ((CharClass.At(s, i, out int len) & CharClass.Number) == 0)
            {
                break;
            }

            i += len;
        }

        return i;
    }

    /// <summary>" ?[^\s\p{L}\p{N}]+" at <paramref name="i"/> (whose flags are <paramref name="f"/>); -1 when it does not match.</summary>
    private static int Punctuation(ReadOnlySpan<byte> s, int i, byte f, int len)
    {
        if ((f & NotPunctuation) == 0)
        {
            return RunNot(s, i + len, NotPunctuation);
        }

        if (s[i] == (byte)' ' && i + 1 < s.Length && (CharClass.At(s, i + 1, out int next) & NotPunctuation) == 0)
        {
            return RunNot(s, i + 1 + next, NotPunctuation);
        }

        return -1;
    }

    /// <summary>\s*[\r\n]+ | \s+(?!\S) | \s+ at <paramref name="i"/>, which is white space.</summary>
    private static int WhiteSpace(ReadOnlySpan<byte> s, int i)
    {
        int n = s.Length;
        int lastNewLineEnd = -1;
        int lastLength = 0;
        int count = 0;
        int j = i;
        while (j < n)
        {
            byte g = CharClass.At(s, j, out int len);
            if ((g & CharClass.Space) == 0)
            {
                break;
            }

            j += len;
            lastLength = len;
            count++;
            if ((g & CharClass.NewLine) != 0)
            {
                lastNewLineEnd = j;
            }
        }

        if (lastNewLineEnd > 0)
        {
            return lastNewLineEnd;
        }

        // \s+(?!\S): at the end of the text the whole run; before a non-space, all but the last character.
        return j == n || count == 1 ? j : j - lastLength;
    }

    private static int Run(ReadOnlySpan<byte> s, int i, byte flag)
    {
        i = SkipAsciiLetters(s, i, flag);
        while (i < s.Length)
        {
            if ((CharClass.At(s, i, out int len) & flag) == 0)
            {
                break;
            }

            i += len;
        }

        return i;
    }

    /// <summary>
    /// Skips, 16 bytes at a time, the ASCII letters that have <paramref name="flag"/> (<see cref="CharClass.Lower"/>:
    /// a-z, <see cref="CharClass.Upper"/>: A-Z, <see cref="CharClass.Letter"/>: both); returns the first index that is
    /// not one, or where fewer than 16 bytes remain. The scalar loop continues from there (non-ASCII letters, the
    /// run's last bytes).
    /// </summary>
    /// <remarks>Word runs are the most common pieces: one compare and a bit scan replace a data-dependent branch per
    /// character, whose exit at the word's end the branch predictor misses.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SkipAsciiLetters(ReadOnlySpan<byte> s, int i, byte flag)
    {
        if (!Vector128.IsHardwareAccelerated)
        {
            return i;
        }

        // Letters of the class are the bytes b with (b | fold) - first < 26: a-z (fold 0, first 'a'), A-Z (0, 'A'),
        // or both (fold 0x20, first 'a').
        byte fold = flag == CharClass.Letter ? (byte)0x20 : (byte)0;
        byte first = flag == CharClass.Upper ? (byte)'A' : (byte)'a';
        ref byte start = ref MemoryMarshal.GetReference(s);
        while (i <= s.Length - Vector128<byte>.Count)
        {
            Vector128<byte> v = (Vector128.LoadUnsafe(ref start, (nuint)i) | Vector128.Create(fold)) - Vector128.Create(first);
            uint outside = ~Vector128.LessThan(v, Vector128.Create((byte)26)).ExtractMostSignificantBits() & 0xFFFF;
            if (outside != 0)
            {
                return i + BitOperations.TrailingZeroCount(outside);
            }

            i += Vector128<byte>.Count;
        }

        return i;
    }

    private static int RunNot(ReadOnlySpan<byte> s, int i, byte flags)
    {
        while (i < s.Length)
        {
            if ((CharClass.At(s, i, out int len) & flags) != 0)
            {
                break;
            }

            i += len;
        }

        return i;
    }
}
