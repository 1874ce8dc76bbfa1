namespace Governance.AI.Safety;

/// <summary>
/// Joins words that were split to dodge matching: letters written one by one ("i g n o r e   a l l",
/// "i.g.n.o.r.e", "f-o-r-g-e-t y-o-u-r"), underscores inside words ("ig_nore") and string concatenation
/// ("'ign' + 'ore prev'"). Works on folded text; the detector scans the joined text as a variant.
/// </summary>
internal static class SplitWords
{
    /// <summary>The number of single letters in a row from which they are read as one spelled-out word.</summary>
    public const int MinLetterRun = 4;

    private const int MaxGap = 3;

    /// <summary>Whether the text joins words with underscores or string concatenation.</summary>
    /// <param name="text">The folded text.</param>
    /// <returns><see langword="true"/> when <see cref="Join"/> may change the text besides letter runs.</returns>
    public static bool HasJoiners(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOfAny('_', '+'); i >= 0 && i < text.Length; i = NextJoiner(text, i + 1))
        {
            if (text[i] == '_' ? IsUnderscoreJoin(text, i) : ConcatenationBefore(text, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes the text with split words joined.</summary>
    /// <param name="text">The folded text.</param>
    /// <param name="destination">At least as long as the text.</param>
    /// <returns>The joined length, or 0 when nothing was joined.</returns>
    public static int Join(ReadOnlySpan<char> text, Span<char> destination)
    {
        var w = 0;
        var changed = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var concatenation = ConcatenationLength(text, i);
            if (concatenation > 0)
            {
                i += concatenation;
                changed = true;
                continue;
            }

            if (c == '_' && IsUnderscoreJoin(text, i))
            {
                i++;
                changed = true;
                continue;
            }

            if (IsSingleLetter(text, i))
            {
                var end = JoinLetterRun(text, i, destination, ref w);
                if (end > i)
                {
                    i = end;
                    changed = true;
                    continue;
                }
            }

            destination[w++] = c;
            i++;
        }

        return changed ? w : 0;
    }

    private static int NextJoiner(ReadOnlySpan<char> text, int from)
    {
        var k = text[from..].IndexOfAny('_', '+');
        return k < 0 ? -1 : from + k;
    }

    private static bool IsUnderscoreJoin(ReadOnlySpan<char> text, int i) =>
        i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);

    private static bool ConcatenationBefore(ReadOnlySpan<char> text, int plus)
    {
        var k = plus - 1;
        while (k >= 0 && text[k] == ' ')
        {
            k--;
        }

        return k >= 0 && ConcatenationLength(text, k) > 0;
    }

    /// <summary>The length of a closing quote, a plus and an opening quote starting at <paramref name="i"/> ("' + '"), or 0.</summary>
    private static int ConcatenationLength(ReadOnlySpan<char> text, int i)
    {
        if (i < 0 || i >= text.Length || text[i] is not ('\'' or '"'))
        {
            return 0;
        }

        var k = i + 1;
        while (k < text.Length && text[k] == ' ')
        {
            k++;
        }

        if (k >= text.Length || text[k] != '+')
        {
            return 0;
        }

        k++;
        while (k < text.Length && text[k] == ' ')
        {
            k++;
        }

        return k < text.Length && text[k] is '\'' or '"' ? k + 1 - i : 0;
    }

    private static bool IsSingleLetter(ReadOnlySpan<char> text, int i) =>
        char.IsLetter(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1]));

    /// <summary>
    /// Joins a run of at least <see cref="MinLetterRun"/> single letters that start at <paramref name="start"/>: the
    /// most common gap between them separates letters and is dropped, any other gap separates words. Returns the
    /// index after the run, or <paramref name="start"/> when there is no such run.
    /// </summary>
    private static int JoinLetterRun(ReadOnlySpan<char> text, int start, Span<char> destination, ref int w)
    {
        // First pass: the run's extent, and the most common gap by majority vote.
        var count = 1;
        var end = start;
        ReadOnlySpan<char> candidate = default;
        var votes = 0;
        while (true)
        {
            var gapStart = end + 1;
            var gapEnd = gapStart;
            while (gapEnd < text.Length && gapEnd - gapStart < MaxGap && !char.IsLetterOrDigit(text[gapEnd]) && text[gapEnd] != '\n')
            {
                gapEnd++;
            }

            if (gapEnd == gapStart || gapEnd >= text.Length || !IsSingleLetter(text, gapEnd))
            {
                break;
            }

            var gap = text[gapStart..gapEnd];
            if (votes == 0)
            {
                candidate = gap;
                votes = 1;
            }
            else
            {
                votes += gap.SequenceEqual(candidate) ? 1 : -1;
            }

            end = gapEnd;
            count++;
        }

        if (count < MinLetterRun)
        {
            return start;
        }

        // Second pass: letters, with a space for every gap that is not the letter separator.
        destination[w++] = text[start];
        for (var i = start + 1; i <= end;)
        {
            var gapEnd = i;
            while (!char.IsLetter(text[gapEnd]))
            {
                gapEnd++;
            }

            if (!text[i..gapEnd].SequenceEqual(candidate))
            {
                destination[w++] = ' ';
            }

            destination[w++] = text[gapEnd];
            i = gapEnd + 1;
        }

        return end + 1;
    }
}
