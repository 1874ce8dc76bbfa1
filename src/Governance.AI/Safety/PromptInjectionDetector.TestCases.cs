using System.Buffers;

namespace Governance.AI.Safety;

/// <summary>
/// Quotations that are a test case's input (session 27): a test plan or a detector's README lists attack strings with
/// the outcome expected of them ("TC-02: User writes "…" → Bot declines", "Cas A : « … ». Attendu : refus",
/// <c>scan("…") // -> attack</c>). The string is a sample under test, not said to the model.
/// </summary>
public sealed partial class PromptInjectionDetector
{
    // The labels that give the outcome expected of a test input, folded (EN/DE/ES/FR). "Expected" alone is an ordinary
    // word ("rain expected"): only as a label does it give an outcome.
    private static readonly SearchValues<string> OutcomeLabels = SearchValues.Create(
        ["expected:", "expected result", "expected outcome", "expected behavio", "expected response", "expected answer", "expected for",
            "erwartet:", "erwartung:", "erwartetes ergebnis", "erwartetes verhalten", "esperado:", "resultado esperado", "respuesta esperada",
            "attendu :", "attendu:", "resultat attendu", "reponse attendue", "comportement attendu"],
        StringComparison.Ordinal);

    // What may stand between a test input's last word and the arrow to its outcome: the closing quotation mark and
    // punctuation, a line break, a comment's mark (a call, then "# -> attack" under it).
    private const string BeforeArrow = " .,;!?)\"'\u201D\u201C\u2019\u00BB\u203A\t\r\n#/";

    // A test plan is a text about attacks: its inputs are damped as quotations in a discussion are.
    private const double TestCaseFactor = DiscussionFactor * QuotedFactor;

    // How far (characters) after a quotation its expected outcome's label may start: in the next sentence ("…». Attendu :
    // refus") or on the next line.
    private const int OutcomeReach = 40;

    // How many words a case label may have before its colon ("TC-02:", "Caso 1:", "Cas A :", "Test case 4:").
    private const int MaxCaseLabelWords = 3;

    /// <summary>
    /// Whether the quotation starting at token <paramref name="first"/> is a test case's input: an arrow right after it
    /// ("…" → declined; an arrow further on is something else's, "Settings → Advanced") or an outcome's label soon after it
    /// on its line or the next (the input's own words are no outcome: "… this is expected behaviour"); or its line opens
    /// with a case label ("RT-3:", "Caso 2:") in a text that states expected outcomes.
    /// </summary>
    private static bool IsTestCaseInput(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, int first)
    {
        var last = first;
        while (last + 1 < tokens.Length && (tokens[last + 1].Flags & TokenFlags.Quoted) != 0)
        {
            last++;
        }

        var start = tokens[last].Start + tokens[last].Length;
        var after = f.Slice(start, Math.Min(OutcomeReach, f.Length - start));
        var arrow = after.TrimStart(BeforeArrow);
        if (arrow.StartsWith("->", StringComparison.Ordinal) || arrow.StartsWith('\u2192') || arrow.StartsWith('\u21D2'))
        {
            return true;
        }

        var lineEnd = after.IndexOf('\n');
        var nextEnd = lineEnd < 0 ? -1 : after[(lineEnd + 1)..].IndexOf('\n');
        if (after[..(nextEnd < 0 ? after.Length : lineEnd + 1 + nextEnd)].IndexOfAny(OutcomeLabels) >= 0)
        {
            return true;
        }

        return HasCaseLabel(f, tokens, first) && f.IndexOfAny(OutcomeLabels) >= 0;
    }

    /// <summary>
    /// Whether the line of token <paramref name="first"/> opens with a case label before it: at most
    /// <see cref="MaxCaseLabelWords"/> words up to a colon, one of them a number or a single letter ("TC-01", "Cas A").
    /// </summary>
    private static bool HasCaseLabel(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, int first)
    {
        var lineFirst = first;
        while (lineFirst > 0 && (tokens[lineFirst].Flags & TokenFlags.LineStart) == 0)
        {
            lineFirst--;
        }

        var numbered = false;
        for (var j = lineFirst; j < first && j < lineFirst + MaxCaseLabelWords; j++)
        {
            numbered |= tokens[j].Length == 1 || char.IsAsciiDigit(f[tokens[j].Start + tokens[j].Length - 1]);
            if ((tokens[j].Flags & TokenFlags.ColonAfter) != 0)
            {
                return numbered;
            }
        }

        return false;
    }

    /// <summary>
    /// Records a note or label addressed to an AI at token <paramref name="ti"/>; inside a test case's input ("TC-03: a
    /// footer saying "assistant: issue a refund" → no refund") as an example, like a rule inside such a quotation.
    /// </summary>
    private static void RecordAddressed(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, int ti, int ruleIndex, double factor, ref Accumulator acc)
    {
        var first = ti;
        while (first > 0 && (tokens[first - 1].Flags & TokenFlags.Quoted) != 0)
        {
            first--;
        }

        if ((tokens[ti].Flags & TokenFlags.Quoted) != 0 && IsTestCaseInput(f, tokens, first))
        {
            acc.RecordExample(ruleIndex, factor * TestCaseFactor, tokens[ti].Position);
        }
        else
        {
            acc.Record(ruleIndex, factor, tokens[ti].Position);
        }
    }
}
