namespace Governance.AI.Caching;

// Filler around the question read by position: fillers after it (set off by a comma, one or several in a row), discourse
// markers before it (one or several, ended by a comma) and lead-ins that only announce it.
internal static partial class PromptFraming
{
    /// <summary>Removes trailing fillers (", anyway?") repeatedly, keeping the closing mark.</summary>
    /// <returns>The length left.</returns>
    private static int RemoveTrailingFillers(Span<char> chars, Span<char> lower, int length)
    {
        bool removed = true;
        while (removed)
        {
            removed = false;
            int end = length;
            while (end > 0 && lower[end - 1] is '?' or '.' or '!' or ' ' or '…')
            {
                end--;
            }

            // A run of fillers ("…, I mean like actually"), each a whole phrase, back to the comma that sets it off.
            int start = end;
            while (TrailingFillerBefore(lower, start) is int fillerStart and >= 0)
            {
                start = fillerStart;
                if (start >= 2 && lower[start - 1] == ' ' && lower[start - 2] == ',')
                {
                    // ", anyway?" → "?": the comma goes with the fillers.
                    int from = start - 2;
                    chars[end..length].CopyTo(chars[from..]);
                    lower[end..length].CopyTo(lower[from..]);
                    length -= end - from;
                    removed = true;
                    break;
                }

                if (start < 1 || lower[start - 1] != ' ')
                {
                    break;
                }

                start--;
            }
        }

        return length;
    }

    /// <returns>Where the trailing filler that ends at <paramref name="end"/> starts, or -1.</returns>
    private static int TrailingFillerBefore(ReadOnlySpan<char> lower, int end)
    {
        foreach (string filler in TrailingFillers)
        {
            int start = end - filler.Length;
            if (start >= 1 && lower[start..end].SequenceEqual(filler) && lower[start - 1] == ' ')
            {
                return start;
            }
        }

        return -1;
    }

    /// <returns>The index after a run of comma openers separated by spaces and ended by a comma (or a colon) at <paramref name="position"/>, or -1.</returns>
    private static int CommaOpenersEnd(ReadOnlySpan<char> lower, int position)
    {
        int at = position;
        while (true)
        {
            // The longest opener that starts here ("pues nada", not "pues").
            int matched = -1;
            char first = at < lower.Length ? lower[at] : '\0';
            foreach (string opener in CommaOpeners)
            {
                // The first letter rules out most markers before the comparison is set up.
                if (opener[0] == first && at + opener.Length > matched && StartsWithWord(lower, at, opener))
                {
                    matched = at + opener.Length;
                }
            }

            if (matched < 0 || matched >= lower.Length)
            {
                return -1;
            }

            if (lower[matched] is ',' or ':')
            {
                return matched + 1;
            }

            if (lower[matched] != ' ')
            {
                return -1;
            }

            at = matched + 1;
        }
    }

    // The longest lead-in that only announces the question, in words.
    private const int MaxMetaWords = 8;

    /// <summary>
    /// A lead-in that talks about the question rather than asking it — "random thought but", "I guess my question is,",
    /// "this might be a dumb question, but", "quick one -" — ends at a clause mark or "but", names the question
    /// ("question", "thought", "one") and holds nothing but social, glue and such words: no name, no number, no other word.
    /// </summary>
    /// <returns>The index after it, or -1.</returns>
    private static int MetaQuestionEnd(ReadOnlySpan<char> lower, int position)
    {
        bool namesQuestion = false;
        int words = 0;
        int i = position;
        while (i < lower.Length && words <= MaxMetaWords)
        {
            char c = lower[i];
            if (c is ',' or ':' or '-' or '—' or '–')
            {
                return namesQuestion && words > 0 ? i + 1 : -1;
            }

            if (c == ' ')
            {
                i++;
                continue;
            }

            if (!char.IsLetter(c))
            {
                return -1;
            }

            int start = i;
            while (i < lower.Length && (char.IsLetter(lower[i]) || (lower[i] is '\'' or '’' && i + 1 < lower.Length && char.IsLetter(lower[i + 1]))))
            {
                i++;
            }

            ReadOnlySpan<char> word = lower[start..i];
            if (word.SequenceEqual("but"))
            {
                return namesQuestion && words > 0 ? i : -1;
            }

            words++;
            if (Meta.Contains(word))
            {
                namesQuestion |= word is "question" or "thought" or "one" or "query" or "q" or "frage" or "pregunta";
            }
            else if (!Social.Contains(word) && !Glue.Contains(word))
            {
                return -1;
            }
        }

        return -1;
    }
}
