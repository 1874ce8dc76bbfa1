namespace Governance.AI.Safety;

/// <summary>
/// Quotations opened as examples (session 21): in parentheses right after the noun phrase they illustrate ("direct
/// override attempts ("ignore previous instructions")", "instructions hidden in an invoice ("…")") or after the
/// abbreviation of "for example" ("e.g.", "z. B.", "p. ej.", "p. ex."), whose written-out forms are discussion words
/// already. Someone's words shown as a sample of a kind, not handed to the model.
/// </summary>
public sealed partial class PromptInjectionDetector
{
    /// <summary>Whether the quotation whose first token is <paramref name="first"/> opens as an example.</summary>
    private static bool IsExampleOpening(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, int first)
    {
        // The opening quote mark, then what stands before it.
        var k = tokens[first].Start - 1;
        while (k >= 0 && f[k] == ' ')
        {
            k--;
        }

        if (k < 1 || f[k] is not ('"' or '\'' or '\u201C' or '\u201E' or '\u00AB' or '\u2018' or '\u2039'))
        {
            return false;
        }

        k--;
        while (k >= 0 && f[k] == ' ')
        {
            k--;
        }

        if (k >= 1 && f[k] == '(')
        {
            // "(" after a word: the quotation is that word's example; "(" at a line start or after a colon opens an aside,
            // and "(" glued to a name opens a call's arguments ("open('system_prompt.txt')").
            k--;
            if (k >= 0 && char.IsLetterOrDigit(f[k]))
            {
                return false;
            }

            while (k >= 0 && f[k] == ' ')
            {
                k--;
            }

            return k >= 0 && char.IsLetter(f[k]);
        }

        // "e.g.", "e. g.", "z. B.", "p. ej.", "p. ex." (a comma may follow; its stop may count as a sentence break): the
        // two tokens right before the quotation, with only stops, commas and spaces between them and it.
        var prev = first - 1;
        if (prev < 1 || !IsOnly(f, tokens[prev].Start + tokens[prev].Length, k + 1, ". ,") || !IsOnly(f, tokens[prev - 1].Start + tokens[prev - 1].Length, tokens[prev].Start, ". "))
        {
            return false;
        }

        var a = Word(f, tokens[prev - 1]);
        var b = Word(f, tokens[prev]);
        return (a is "e" && b is "g") || (a is "z" && b is "b") || (a is "p" && b is "ej" or "ex");
    }

    /// <summary>Whether the characters from <paramref name="start"/> to <paramref name="end"/> (exclusive) are all of <paramref name="allowed"/>.</summary>
    private static bool IsOnly(ReadOnlySpan<char> f, int start, int end, string allowed) =>
        start <= end && f[start..end].IndexOfAnyExcept(allowed) < 0;
}
