using System.Buffers;

namespace Governance.AI.Safety;

/// <summary>
/// Puts back together words that were split or scattered to dodge matching, so the detector's rules can score them:
/// acrostics, one word per line, string literals assigned to variables, symbols standing in for letters
/// (<c>!gnore</c>, <c>$ystem</c>) and dots inside words (<c>ou.bli.e</c>). Works on folded text; every writer returns 0 when the text has too little of its surface feature
/// to be worth a rescan, and never writes more characters than it reads.
/// </summary>
internal static class HiddenText
{
    /// <summary>The fewest hidden units (escapes, bytes, symbols, literals, lines) from which a text is rebuilt.</summary>
    public const int MinUnits = 3;

    // The first words of a request to read an acrostic, few enough for a vectorized search (a long needle list fell back
    // to a scalar automaton that cost microseconds per kilobyte); a hit is confirmed against AcrosticCues. The folded
    // text has no accents and no capitals.
    private static readonly SearchValues<string> AcrosticCueStarts = SearchValues.Create(
        ["first ", "initial ", "erste", "anfangsbuchstab", "premier", "primer", "acrostic", "akrostich"],
        StringComparison.Ordinal);

    private static readonly string[] AcrosticCues =
    [
        "first letter", "first word", "first character", "initial letter", "acrostic",
        "erste buchstab", "ersten buchstab", "anfangsbuchstab", "erste wort", "ersten wort", "akrostich",
        "premiere lettre", "premieres lettres", "premier mot", "premiers mots",
        "primera letra", "primeras letras", "primera palabra", "primeras palabras",
    ];

    private static readonly SearchValues<char> LetterSymbols = SearchValues.Create("@$!");

    /// <summary>Gets the index after the request to read an acrostic, or -1 when the text asks for none.</summary>
    /// <param name="f">The folded text.</param>
    /// <returns>The index after the cue, or -1.</returns>
    public static int AcrosticCueEnd(ReadOnlySpan<char> f)
    {
        var i = CueStart(f);
        if (i < 0)
        {
            return -1;
        }

        // The hidden text follows the request: after the colon or line break that ends it, else after its sentence.
        var rest = f[i..];
        var end = rest.IndexOfAny(':', '\n');
        if (end < 0)
        {
            end = rest.IndexOf('.');
        }

        return end < 0 ? f.Length : i + end + 1;
    }

    private static int CueStart(ReadOnlySpan<char> f)
    {
        for (var from = 0; from < f.Length;)
        {
            var k = f[from..].IndexOfAny(AcrosticCueStarts);
            if (k < 0)
            {
                return -1;
            }

            var rest = f[(from + k)..];
            foreach (var cue in AcrosticCues)
            {
                if (rest.StartsWith(cue, StringComparison.Ordinal))
                {
                    return from + k;
                }
            }

            from += k + 1;
        }

        return -1;
    }

    /// <summary>Writes the first letter of every word, with a space where a line is blank or a sentence ends.</summary>
    /// <param name="f">The folded text after the request.</param>
    /// <param name="destination">At least as long as <paramref name="f"/>.</param>
    /// <param name="perLine">Whether to take the first letter of every line instead of every word.</param>
    /// <returns>The number of characters written.</returns>
    public static int FirstLetters(ReadOnlySpan<char> f, Span<char> destination, bool perLine)
    {
        var w = 0;
        var atStart = true;
        var breakPending = false;
        for (var i = 0; i < f.Length; i++)
        {
            var c = f[i];
            if (char.IsLetterOrDigit(c))
            {
                if (atStart)
                {
                    if (breakPending && w > 0)
                    {
                        destination[w++] = ' ';
                    }

                    destination[w++] = c;
                    atStart = false;
                    breakPending = false;
                }

                continue;
            }

            if (c == '\n')
            {
                // A blank line separates the words of a line acrostic.
                breakPending |= atStart && perLine;
                atStart = true;
            }
            else if (!perLine)
            {
                breakPending |= c is '.' or ';' or '!' or '?';
                atStart = true;
            }
        }

        return w;
    }

    /// <summary>Writes the first word of every sentence and line, separated by spaces.</summary>
    /// <param name="f">The folded text after the request.</param>
    /// <param name="destination">At least as long as <paramref name="f"/>.</param>
    /// <returns>The number of characters written.</returns>
    public static int FirstWords(ReadOnlySpan<char> f, Span<char> destination)
    {
        var w = 0;
        var i = 0;
        while (i < f.Length)
        {
            var s = i;
            while (s < f.Length && !char.IsLetterOrDigit(f[s]))
            {
                s++;
            }

            var e = s;
            while (e < f.Length && char.IsLetterOrDigit(f[e]))
            {
                e++;
            }

            if (e > s)
            {
                if (w > 0)
                {
                    destination[w++] = ' ';
                }

                f[s..e].CopyTo(destination[w..]);
                w += e - s;
            }

            var next = f[e..].IndexOfAny(".!?;\n");
            i = next < 0 ? f.Length : e + next + 1;
        }

        return w;
    }

    /// <summary>Writes the text with its lines joined into one line (for text written one word per line).</summary>
    /// <param name="f">The folded text.</param>
    /// <param name="destination">At least as long as <paramref name="f"/>.</param>
    /// <returns>The number of characters written.</returns>
    public static int JoinWordLines(ReadOnlySpan<char> f, Span<char> destination)
    {
        f.CopyTo(destination);
        destination[..f.Length].Replace('\n', ' ');
        return f.Length;
    }

    /// <summary>The most lines in a row that hold one word each.</summary>
    /// <param name="f">The folded text.</param>
    /// <param name="ascii">Whether the text is all ASCII: then it has none of the non-ASCII line separators.</param>
    /// <returns>The longest run.</returns>
    public static int LongestWordLineRun(ReadOnlySpan<char> f, bool ascii = false)
    {
        // Lines end where EnumerateLines ends them; "\r\n" splits twice here, and the empty line between is skipped.
        // The non-ASCII separators are searched apart: one search for all of them took a slow path on every text with
        // a non-ASCII character (the multilingual prompts).
        var run = 0;
        var longest = 0;
        var wide = ascii ? -1 : f.IndexOfAny('\u0085', '\u2028', '\u2029');
        for (var start = 0; start <= f.Length;)
        {
            var k = f[start..].IndexOfAny('\n', '\r', '\f');
            var end = k < 0 ? f.Length : start + k;
            if (wide >= 0 && wide < end)
            {
                end = wide;
                var next = f[(end + 1)..].IndexOfAny('\u0085', '\u2028', '\u2029');
                wide = next < 0 ? -1 : end + 1 + next;
            }

            var trimmed = f[start..end].Trim();
            if (!trimmed.IsEmpty)
            {
                run = IsOneWord(trimmed) ? run + 1 : 0;
                longest = Math.Max(longest, run);
            }

            start = end + 1;
        }

        return longest;
    }

    /// <summary>
    /// Writes the contents of string literals assigned to variables (<c>a = 'ignore all'; b = "previous rules"</c>)
    /// one after another, when the text assigns at least two.
    /// </summary>
    /// <param name="f">The folded text.</param>
    /// <param name="destination">At least as long as <paramref name="f"/>.</param>
    /// <returns>The number of characters written, or 0.</returns>
    public static int AssignedLiterals(ReadOnlySpan<char> f, Span<char> destination)
    {
        var w = 0;
        var literals = 0;
        for (var i = f.IndexOf('='); i >= 0 && i < f.Length; i = NextIndex(f, '=', i + 1))
        {
            var k = i + 1;
            while (k < f.Length && f[k] == ' ')
            {
                k++;
            }

            if (k >= f.Length || f[k] is not ('\'' or '"'))
            {
                continue;
            }

            var close = f[(k + 1)..].IndexOf(f[k]);
            if (close <= 0)
            {
                continue;
            }

            if (w > 0)
            {
                destination[w++] = ' ';
            }

            f.Slice(k + 1, close).CopyTo(destination[w..]);
            w += close;
            literals++;
            i = k + close + 1;
        }

        return literals >= 2 ? w : 0;
    }

    /// <summary>
    /// Writes the text with symbols that stand in for letters inside words read as those letters (<c>!gnore</c>,
    /// <c>@ll</c>, <c>$y$tem</c>), when it has at least <see cref="MinUnits"/> of them.
    /// </summary>
    /// <param name="f">The folded text.</param>
    /// <param name="destination">At least as long as <paramref name="f"/>.</param>
    /// <returns>The number of characters written, or 0.</returns>
    public static int SymbolLetters(ReadOnlySpan<char> f, Span<char> destination)
    {
        var count = 0;
        for (var i = f.IndexOfAny(LetterSymbols); i >= 0; i = NextSymbol(f, i + 1))
        {
            count += IsLetterSymbol(f, i) ? 1 : 0;
        }

        if (count < MinUnits)
        {
            return 0;
        }

        for (var i = 0; i < f.Length; i++)
        {
            destination[i] = IsLetterSymbol(f, i) ? f[i] switch { '@' => 'a', '$' => 's', _ => 'i' } : f[i];
        }

        return f.Length;
    }

    /// <summary>
    /// Writes the text with dots between short pieces of a word removed (<c>ou.bli.e</c>, <c>con.si.gnes</c>), when it
    /// has at least <see cref="MinUnits"/> such dots. Domains and file names lose their dots too, which adds no words.
    /// </summary>
    /// <param name="f">The folded text.</param>
    /// <param name="destination">At least as long as <paramref name="f"/>.</param>
    /// <returns>The number of characters written, or 0.</returns>
    public static int JoinDottedPieces(ReadOnlySpan<char> f, Span<char> destination)
    {
        var count = 0;
        for (var i = f.IndexOf('.'); i >= 0; i = NextIndex(f, '.', i + 1))
        {
            count += IsInnerDot(f, i) ? 1 : 0;
        }

        if (count < MinUnits)
        {
            return 0;
        }

        var w = 0;
        for (var i = 0; i < f.Length; i++)
        {
            if (!IsInnerDot(f, i))
            {
                destination[w++] = f[i];
            }
        }

        return w;
    }

    /// <summary>The index of the next <paramref name="c"/> at or after <paramref name="from"/>, or -1.</summary>
    /// <param name="f">The text.</param>
    /// <param name="c">The character.</param>
    /// <param name="from">Where to start.</param>
    /// <returns>The index, or -1.</returns>
    public static int NextIndex(ReadOnlySpan<char> f, char c, int from)
    {
        if (from >= f.Length)
        {
            return -1;
        }

        var k = f[from..].IndexOf(c);
        return k < 0 ? -1 : from + k;
    }

    private static int NextSymbol(ReadOnlySpan<char> f, int from)
    {
        if (from >= f.Length)
        {
            return -1;
        }

        var k = f[from..].IndexOfAny(LetterSymbols);
        return k < 0 ? -1 : from + k;
    }

    // A symbol followed by a letter, at the start of a word or inside one: "!gnore", "instruct!ons". An e-mail's "@"
    // qualifies too; reading it as "a" adds no attack words.
    internal static bool IsLetterSymbol(ReadOnlySpan<char> f, int i) =>
        f[i] is '@' or '$' or '!' && i + 1 < f.Length && char.IsLetter(f[i + 1]) && (i == 0 || !char.IsDigit(f[i - 1]));

    // A dot with a letter on both sides, between pieces of at most four letters: "ou.bli.e", not "e.g." (single
    // letters are joined elsewhere) and not "example.com" (a long piece).
    internal static bool IsInnerDot(ReadOnlySpan<char> f, int i)
    {
        if (f[i] != '.' || i == 0 || i + 1 >= f.Length || !char.IsLetter(f[i - 1]) || !char.IsLetter(f[i + 1]))
        {
            return false;
        }

        var before = 0;
        while (i - before - 1 >= 0 && char.IsLetter(f[i - before - 1]))
        {
            before++;
        }

        var after = 0;
        while (i + after + 1 < f.Length && char.IsLetter(f[i + after + 1]))
        {
            after++;
        }

        return before <= 4 && after <= 4 && before + after >= 3;
    }

    private static bool IsOneWord(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (!char.IsLetterOrDigit(c) && c is not ('-' or '\'' or '.' or ',' or '\r'))
            {
                return false;
            }
        }

        return true;
    }

}
