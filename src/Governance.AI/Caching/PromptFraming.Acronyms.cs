namespace Governance.AI.Caching;

/// <summary>
/// An acronym written with dots ("U.S.", "U.K.", "E.U.") is the acronym without them ("US", "UK", "EU"): the dots are
/// typography, and the guard's entity rule would otherwise read "U.S." and "US" as two different names. The same for
/// "a.m." / "p.m." after a time ("4 p.m." is "4 pm").
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
        if (IsDottedTimeOfDay(text, start))
        {
            return 2;
        }

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

    // "a.m." / "p.m." after a time ("4 p.m.", "4p.m.") is "am" / "pm" in any case: "at 4 p.m." and "at 4pm" name one
    // time (the number guard reads "4pm" as 4 with its unit). Only after a digit, so a word's dots elsewhere stay.
    private static bool IsDottedTimeOfDay(ReadOnlySpan<char> text, int start)
    {
        if (start + 3 >= text.Length || (text[start] | 0x20) is not ('a' or 'p') || text[start + 1] != '.' || (text[start + 2] | 0x20) != 'm'
            || text[start + 3] != '.' || (start + 4 < text.Length && char.IsLetterOrDigit(text[start + 4])))
        {
            return false;
        }

        int before = start > 0 && text[start - 1] == ' ' ? start - 2 : start - 1;
        return before >= 0 && char.IsAsciiDigit(text[before]);
    }
}
