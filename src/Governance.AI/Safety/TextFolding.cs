using System.Collections.Concurrent;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Governance.AI.Safety;

/// <summary>
/// Folds text into the form the safety rules match on: compatibility-normalized (NFKC/NFKD), lower case, accents
/// removed, common homoglyphs (Cyrillic, Greek, fullwidth, mathematical letters) mapped to Latin, and invisible
/// characters (zero-width, bidi controls, Unicode tag characters) dropped. The folded form is used only for
/// matching; the text sent to the model is never changed by it.
/// </summary>
internal static class TextFolding
{
    /// <summary>The largest number of folded characters one input character can produce.</summary>
    public const int MaxExpansion = 3;

    private const ushort NotComputed = 0xFFFF;
    private const ushort MultiChar = 0xFFFE;
    private const ushort Dropped = 0;

    // Lazily filled fold table for the Basic Multilingual Plane; each entry is computed once, writes are atomic.
    private static readonly ushort[] Map = CreateMap();
    private static readonly ConcurrentDictionary<int, string> Multi = new();
    private static readonly ConcurrentDictionary<int, string> Supplementary = new();

    private static ushort[] CreateMap()
    {
        var map = new ushort[65536];
        Array.Fill(map, NotComputed);
        for (var c = 0; c < 128; c++)
        {
            map[c] = c is >= 'A' and <= 'Z' ? (ushort)(c + 32) : (ushort)c;
        }

        map[0] = Dropped;
        return map;
    }

    /// <summary>Reads a leetspeak digit as the letter it stands for (<c>0</c> → <c>o</c>, <c>3</c> → <c>e</c>, …); other characters are returned unchanged.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static char LeetLetter(char c) => c switch
    {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '7' => 't',
        '8' => 'b',
        '9' => 'g',
        _ => c,
    };

    /// <summary>Folds <paramref name="source"/> into <paramref name="destination"/>.</summary>
    /// <param name="source">The raw text.</param>
    /// <param name="destination">At least <c>source.Length * MaxExpansion</c> characters.</param>
    /// <returns>The number of folded characters written.</returns>
    public static int Fold(ReadOnlySpan<char> source, Span<char> destination) => Fold(source, destination, out _);

    /// <summary>Folds <paramref name="source"/> into <paramref name="destination"/>, and tells whether it was all ASCII.</summary>
    /// <param name="source">The raw text.</param>
    /// <param name="destination">At least <c>source.Length * MaxExpansion</c> characters.</param>
    /// <param name="ascii">Whether the text was all ASCII (then the folded text is too).</param>
    /// <returns>The number of folded characters written.</returns>
    public static int Fold(ReadOnlySpan<char> source, Span<char> destination, out bool ascii)
    {
        // Lower-casing stops at the first non-ASCII character, so it is also the ASCII test: all-ASCII text (most
        // prompts) is read once, not validated first; mixed text is folded again from its start.
        ascii = System.Text.Ascii.ToLower(source, destination, out var written) == System.Buffers.OperationStatus.Done;
        return ascii ? written : FoldMixed(source, destination);
    }

    // Kept out of the callers: the scan inlines Fold, and all-ASCII text (most prompts) never comes here.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static int FoldMixed(ReadOnlySpan<char> source, Span<char> destination)
    {
        var map = Map;
        ref var src = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(source));
        ref var dst = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(destination));
        var n = 0;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c < 128)
            {
                // Text with some non-ASCII characters (accents, emoji, dashes) is mostly ASCII: it is lower-cased
                // here (as Ascii.ToLower does: NUL kept), eight characters at a time while they are all ASCII, so
                // the short runs between accented letters cost no calls.
                if (Vector128.IsHardwareAccelerated)
                {
                    while (i + Vector128<ushort>.Count <= source.Length && n + Vector128<ushort>.Count <= destination.Length)
                    {
                        // The whole vector is stored; only its ASCII prefix is kept (n advances over it alone).
                        var v = Vector128.LoadUnsafe(ref src, (nuint)i);
                        var upper = Vector128.LessThan(v - Vector128.Create((ushort)'A'), Vector128.Create((ushort)26));
                        (v | (upper & Vector128.Create((ushort)0x20))).StoreUnsafe(ref dst, (nuint)n);
                        var wide = Vector128.GreaterThan(v, Vector128.Create((ushort)127)).ExtractMostSignificantBits();
                        if (wide != 0)
                        {
                            var ascii = BitOperations.TrailingZeroCount(wide);
                            i += ascii;
                            n += ascii;
                            break;
                        }

                        i += Vector128<ushort>.Count;
                        n += Vector128<ushort>.Count;
                    }

                    if (i >= source.Length)
                    {
                        break;
                    }

                    c = source[i];
                    if (c >= 128)
                    {
                        i--;
                        continue;
                    }
                }

                destination[n++] = (char)(c | ((uint)(c - 'A') <= 'Z' - 'A' ? 0x20 : 0));
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
            {
                var cp = char.ConvertToUtf32(c, source[i + 1]);
                i++;
                n += FoldSupplementary(cp, destination[n..]);
                continue;
            }

            var m = map[c];
            if (m == NotComputed)
            {
                m = Compute(c);
            }

            if (m == Dropped)
            {
                continue;
            }

            if (m == MultiChar)
            {
                var s = Multi[c];
                s.AsSpan().CopyTo(destination[n..]);
                n += s.Length;
                continue;
            }

            destination[n++] = (char)m;
        }

        return n;
    }

    /// <summary>Folds text and records, for every folded character, the index of the source character it came from.</summary>
    /// <param name="source">The raw text.</param>
    /// <param name="destination">At least <c>source.Length * MaxExpansion</c> characters.</param>
    /// <param name="offsets">As long as <paramref name="destination"/>.</param>
    /// <returns>The number of folded characters written.</returns>
    public static int Fold(ReadOnlySpan<char> source, Span<char> destination, Span<int> offsets)
    {
        var n = 0;
        for (var i = 0; i < source.Length; i++)
        {
            var width = char.IsHighSurrogate(source[i]) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]) ? 2 : 1;
            var written = Fold(source.Slice(i, width), destination[n..]);
            offsets.Slice(n, written).Fill(i);
            n += written;
            i += width - 1;
        }

        return n;
    }

    private static int FoldSupplementary(int codePoint, Span<char> destination)
    {
        // Unicode tag characters (U+E0000..U+E007F) smuggle invisible ASCII: drop them.
        if (codePoint is >= 0xE0000 and <= 0xE007F)
        {
            return 0;
        }

        // Mathematical alphanumerics and enclosed alphanumerics fold to ASCII; other astral characters (emoji,
        // historic scripts) pass through as one separator-like character.
        if (codePoint is (>= 0x1D400 and <= 0x1D7FF) or (>= 0x1F100 and <= 0x1F1FF))
        {
            var folded = Supplementary.GetOrAdd(codePoint, static cp => FoldString(char.ConvertFromUtf32(cp)));
            if (folded.Length <= destination.Length && folded.Length <= MaxExpansion)
            {
                folded.AsSpan().CopyTo(destination);
                return folded.Length;
            }
        }

        destination[0] = ' ';
        return 1;
    }

    private static ushort Compute(char c)
    {
        ushort result;
        if (char.IsSurrogate(c) || IsInvisible(c))
        {
            result = char.IsSurrogate(c) ? ' ' : Dropped;
        }
        else
        {
            var folded = FoldString(c.ToString());
            if (folded.Length == 0)
            {
                result = Dropped;
            }
            else if (folded.Length == 1 && folded[0] < MultiChar && folded[0] != '\0')
            {
                result = folded[0];
            }
            else
            {
                Multi[c] = folded.Length > MaxExpansion ? folded[..MaxExpansion] : folded;
                result = MultiChar;
            }
        }

        Map[c] = result;
        return result;
    }

    private static bool IsInvisible(char c) =>
        c is '\u00AD' or '\u034F' or '\u061C' or '\u115F' or '\u1160' or '\u17B4' or '\u17B5' or '\u180E'
            or (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2060' and <= '\u206F')
            or '\u3164' or '\uFEFF' or '\uFFA0' or (>= '\uFE00' and <= '\uFE0F');

    private static string FoldString(string s)
    {
        var decomposed = Pipeline.UnicodeDecomposition.Decompose(s, compatibility: true);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(ch);
            sb.Append(Homoglyph(lower));
        }

        return sb.ToString();
    }

    private static string Homoglyph(char c) => c switch
    {
        // Cyrillic look-alikes.
        'а' => "a", 'в' => "b", 'е' => "e", 'ё' => "e", 'к' => "k", 'м' => "m", 'н' => "h", 'о' => "o",
        'р' => "p", 'с' => "c", 'т' => "t", 'у' => "y", 'х' => "x", 'ѕ' => "s", 'і' => "i", 'ї' => "i",
        'ј' => "j", 'һ' => "h", 'ԁ' => "d", 'ԛ' => "q", 'ԝ' => "w", 'ѡ' => "w", 'ӏ' => "l", 'ɡ' => "g",

        // Greek look-alikes.
        'α' => "a", 'β' => "b", 'ε' => "e", 'η' => "n", 'ι' => "i", 'κ' => "k", 'ν' => "v", 'ο' => "o",
        'ρ' => "p", 'τ' => "t", 'υ' => "u", 'χ' => "x", 'ς' => "s",

        // Latin letters without a canonical decomposition.
        'ı' => "i", 'ſ' => "s", 'ɑ' => "a", 'ß' => "ss", 'æ' => "ae", 'œ' => "oe", 'ø' => "o", 'ł' => "l",
        'đ' => "d", 'ð' => "d", 'þ' => "th",

        // Typographic quotes and dashes fold to their ASCII forms so quote tracking sees one kind.
        '\u2018' or '\u2019' or '\u201A' or '\u2032' => "'",
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' => "-",
        _ => c.ToString(),
    };
}
