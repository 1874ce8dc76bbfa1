namespace Governance.AI.Caching;

/// <summary>
/// An acronym written with dots ("U.S.", "U.K.", "E.U.") is the acronym without them ("US", "UK", "EU"): the dots are
/// typography, and the guard's entity rule would otherwise read "U.S." and "US" as two different names.
/// </summary>
internal static partial class PromptFraming
{
    /// <summary>Removes the dots of each run of two or more capital letters each followed by a dot, in place.</summary>
    /// <returns>The length left.</returns>
    private static int FoldDottedAcronyms(Span<char> chars, Span<char> lower, int length)
    {
        // Most prompts hold no dotted acronym: found from the dots, without copying.
        int first = -1;
        int from = 0;
        while (first < 0 && from < length)
        {
            int found = chars[from..length].IndexOf('.');
            if (found < 0)
            {
                break;
            }

            int dot = from + found;
            if (dot >= 3 && chars[dot - 2] == '.' && DottedAcronymLetters(chars[..length], dot - 3) >= 2)
            {
                first = dot - 3;
            }

            from = dot + 1;
        }

        if (first < 0)
        {
            return length;
        }

        int write = first;
        int read = first;
        while (read < length)
        {
            int letters = DottedAcronymLetters(chars[..length], read);
            if (letters < 2)
            {
                chars[write] = chars[read];
                lower[write] = lower[read];
                write++;
                read++;
                continue;
            }

            for (int k = 0; k < letters; k++)
            {
                chars[write] = chars[read + (2 * k)];
                lower[write] = lower[read + (2 * k)];
                write++;
            }

            read += 2 * letters;
        }

        return write;
    }

    // The number of capital letters of a dotted acronym starting at `start` ("U.S.A." → 3): each one letter followed
    // by a dot, not preceded by a letter, digit or dot and not followed by a letter; 0 when the text there is none.
    private static int DottedAcronymLetters(ReadOnlySpan<char> text, int start)
    {
        if (!char.IsUpper(text[start]) || (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '.')))
        {
            return 0;
        }

        int letters = 0;
        int i = start;
        while (i + 1 < text.Length && char.IsUpper(text[i]) && text[i + 1] == '.')
        {
            letters++;
            i += 2;
        }

        return letters >= 2 && (i >= text.Length || !char.IsLetterOrDigit(text[i])) ? letters : 0;
    }
}
