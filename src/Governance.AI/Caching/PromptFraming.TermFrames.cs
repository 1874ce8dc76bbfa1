using System.Text.RegularExpressions;

namespace Governance.AI.Caching;

// Frames added in session 23: a word named as a word, "how do X and Y differ", "without using X"; a hyphen between a
// word and a number.
internal static partial class PromptFraming
{
    // A word named as a word asks for its definition: "what does the term 'float' mean (in Python)", "what is the meaning of
    // the word X", "what is meant by the phrase X" → "what is X" (the meaning of a term is what the term is; "the meaning of
    // life" names no term and stays).
    [GeneratedRegex(@"^what does the (?:term|word|phrase|expression|acronym|abbreviation) (?<term>[^?,]+?) mean(?:,? (?<context>in (?!(?:english|spanish|french|german|italian|portuguese|chinese|japanese|russian|arabic|korean|dutch|latin|greek)\b)[^?]+))?\??$", FrameOptions)]
    private static partial Regex TermMeanPattern();

    [GeneratedRegex(@"^(?:what(?:'s|’s| is) the meaning of|what(?:'s|’s| is) meant by|define) the (?:term|word|phrase|expression|acronym|abbreviation) ", FrameOptions)]
    private static partial Regex TermMeaningPattern();

    // Words named as words, in the plural: "what do the terms X and Y mean (in Z)" asks what "what do X and Y mean (in Z)"
    // asks (session 24).
    [GeneratedRegex(@"^what do the (?:terms|words|phrases|expressions|acronyms|abbreviations) (?=\S)", FrameOptions)]
    private static partial Regex TermsMeanPattern();

    // "How do TCP and UDP differ?", "How are a crocodile and an alligator different?" → "what is the difference between X and Y";
    // a qualifier after the verb stays after Y ("how do String and &str differ in Rust" → "… between String and &str in Rust").
    [GeneratedRegex(@"^how (?:do|does|are|is) (?<x>[^?,]+?) and (?<y>[^?,]+?) (?:differ|different)(?<rest> (?:in|for|on|when|under|with) [^?,]+?)?\??$", FrameOptions)]
    private static partial Regex DifferAndPattern();

    // "without using X" asks what "without X" asks (en/es/fr).
    [GeneratedRegex(@"\b(?<without>without|sin|sans) (?:using|usar|utiliser)\b", FrameOptions)]
    private static partial Regex WithoutUsingPattern();

    // "carbon-14" / "carbon 14", "Omega-3" / "omega 3": a hyphen joining a word of letters (two or more, not all capitals)
    // to a number of digits is a space. A single letter keeps it ("x-5" is a difference), and so do a name in capitals
    // ("COVID-19", "F-16", read with its glued form "COVID19") and a number that goes on in letters ("gpt-4o"). In place:
    // the length does not change.
    private static void SplitWordNumberHyphens(Span<char> chars, Span<char> lower, int length)
    {
        int from = 0;
        while (from < length)
        {
            int found = chars[from..length].IndexOf('-');
            if (found < 0)
            {
                return;
            }

            int hyphen = from + found;
            from = hyphen + 1;
            int letters = 0;
            while (hyphen - letters - 1 >= 0 && char.IsLetter(chars[hyphen - letters - 1]))
            {
                letters++;
            }

            int digits = 0;
            while (hyphen + digits + 1 < length && char.IsAsciiDigit(chars[hyphen + digits + 1]))
            {
                digits++;
            }

            int before = hyphen - letters - 1;
            int after = hyphen + digits + 1;
            if (letters >= 2 && digits >= 1 && HasLowercase(chars.Slice(hyphen - letters, letters)) && (before < 0 || !char.IsLetterOrDigit(chars[before]))
                && (after >= length || !char.IsLetterOrDigit(chars[after])))
            {
                chars[hyphen] = ' ';
                lower[hyphen] = ' ';
            }
        }
    }

    private static bool HasLowercase(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }
}
