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

    // The folded forms of Multi by character, 256 characters a page, a page allocated at its first entry.
    private static readonly string?[]?[] MultiPages = new string?[]?[256];
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
        // prompts) is read once, not validated first; mixed text is folded on from where lower-casing stopped (the
        // ASCII prefix it wrote is already folded).
        ascii = System.Text.Ascii.ToLower(source, destination, out var written) == System.Buffers.OperationStatus.Done;
        return ascii ? written : FoldMixed(source, destination, written);
    }

    // Kept out of the callers: the scan inlines Fold, and all-ASCII text (most prompts) never comes here.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static int FoldMixed(ReadOnlySpan<char> source, Span<char> destination, int start)
    {
        var map = Map;
        ref var src = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(source));
        ref var dst = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(destination));
        var n = start;
        var i = start;
        while (i < source.Length)
        {
            // Text with some non-ASCII characters (accents, emoji, dashes) is mostly ASCII: a block of it is lower-cased
            // at once (as Ascii.ToLower does: NUL kept), and its non-ASCII characters that fold to one character (most
            // accented letters, dashes, quotes) are put in place; the block stops before the first that does not
            // (an emoji, "ß", a character not folded yet), which the general path below takes. A branch per block,
            // not per run of ASCII letters (in accented text those branches were most of the folding's time).
            int done;
            if (Vector256.IsHardwareAccelerated && i + Vector256<ushort>.Count <= source.Length && n + Vector256<ushort>.Count <= destination.Length)
            {
                var v = Vector256.LoadUnsafe(ref src, (nuint)i);
                var upper = Vector256.LessThan(v - Vector256.Create((ushort)'A'), Vector256.Create((ushort)26));
                (v | (upper & Vector256.Create((ushort)0x20))).StoreUnsafe(ref dst, (nuint)n);
                var wide = Vector256.GreaterThan(v, Vector256.Create((ushort)127)).ExtractMostSignificantBits();
                done = wide == 0 ? Vector256<ushort>.Count : PlaceSingles(map, ref Unsafe.Add(ref src, i), ref Unsafe.Add(ref dst, n), wide, Vector256<ushort>.Count);
            }
            else if (Vector128.IsHardwareAccelerated && i + Vector128<ushort>.Count <= source.Length && n + Vector128<ushort>.Count <= destination.Length)
            {
                var v = Vector128.LoadUnsafe(ref src, (nuint)i);
                var upper = Vector128.LessThan(v - Vector128.Create((ushort)'A'), Vector128.Create((ushort)26));
                (v | (upper & Vector128.Create((ushort)0x20))).StoreUnsafe(ref dst, (nuint)n);
                var wide = Vector128.GreaterThan(v, Vector128.Create((ushort)127)).ExtractMostSignificantBits();
                done = wide == 0 ? Vector128<ushort>.Count : PlaceSingles(map, ref Unsafe.Add(ref src, i), ref Unsafe.Add(ref dst, n), wide, Vector128<ushort>.Count);
            }
            else if (source[i] < 128)
            {
                var a = source[i];
                destination[n] = (char)(a | ((uint)(a - 'A') <= 'Z' - 'A' ? 0x20 : 0));
                done = 1;
            }
            else
            {
                done = 0;
            }

            i += done;
            n += done;
            if (done > 0)
            {
                continue;
            }

            // source[i] is not ASCII.
            var c = source[i];
            if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
            {
                n += FoldSupplementary(char.ConvertToUtf32(c, source[i + 1]), destination[n..]);
                i += 2;
                continue;
            }

            i++;
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
                var s = MultiFold(c);
                s.AsSpan().CopyTo(destination[n..]);
                n += s.Length;
                continue;
            }

            destination[n++] = (char)m;
        }

        return n;
    }

    /// <summary>
    /// Puts the folded forms of a block's non-ASCII characters (<paramref name="wide"/>, one bit each) in place while each
    /// folds to exactly one character, and returns how many characters of the block are then folded: the block's
    /// length, or the index of the first non-ASCII character that folds otherwise (a surrogate, dropped, several
    /// characters, or not folded yet).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int PlaceSingles(ushort[] map, ref ushort src, ref ushort dst, uint wide, int length)
    {
        do
        {
            var k = BitOperations.TrailingZeroCount(wide);
            wide &= wide - 1;
            var c = Unsafe.Add(ref src, k);
            var m = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(map), c);

            // One character other than NUL (Dropped), MultiChar and NotComputed; surrogates go the general way.
            if ((uint)(m - 1) >= (uint)(MultiChar - 1) || char.IsSurrogate((char)c))
            {
                return k;
            }

            Unsafe.Add(ref dst, k) = m;
        }
        while (wide != 0);

        return length;
    }

    /// <summary>The folded form of a character that folds to several ("ß" → "ss"), from a page cache in front of <see cref="Multi"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static string MultiFold(char c)
    {
        // A dictionary lookup per "ß" cost more than the rest of its folding; the pages are filled from the dictionary,
        // which stays the one place an entry is written.
        var page = Volatile.Read(ref MultiPages[c >> 8]);
        return page is not null && Volatile.Read(ref page[c & 0xFF]) is { } folded ? folded : MultiFoldSlow(c);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static string MultiFoldSlow(char c)
    {
        var folded = Multi[c];
        var page = Volatile.Read(ref MultiPages[c >> 8]);
        if (page is null)
        {
            Interlocked.CompareExchange(ref MultiPages[c >> 8], new string?[256], null);
            page = Volatile.Read(ref MultiPages[c >> 8])!;
        }

        Volatile.Write(ref page[c & 0xFF], folded);
        return folded;
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
