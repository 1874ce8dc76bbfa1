namespace Governance.AI.Caching;

// Two objects that crossed between two heads (session 24): "debit cash and credit revenue" / "debit revenue and credit
// cash", "charge the buyer and refund the seller" / "charge the seller and refund the buyer", "das Bankkonto belasten
// und das Kundenkonto entlasten" / "das Kundenkonto belasten und das Bankkonto entlasten". The coordinator between them
// joins the two verb phrases, not the two objects, so the rules that let items joined as equals come in any order must
// not read it as a list reordered ("apples and oranges" / "oranges and apples"; "sunscreen, a hat and sandals").
public sealed partial class PromptDifferenceGuard
{
    /// <summary>
    /// Whether the same terms, in the same places except two runs of terms that exchanged places within one clause,
    /// have each moved to the other's head: the word right before each run (an article or possessive skipped) is a
    /// content word in both prompts, the two differ, and each run now stands after the other's (or, for a head after
    /// its object, as in German, right before the other's).
    /// </summary>
    private static bool HasCrossedObjects(PromptFeatures a, PromptFeatures b, Dictionary<string, string>? matched)
    {
        int count = a.OrderedTerms.Count;
        if (count < 3 || b.OrderedTerms.Count != count)
        {
            return false;
        }

        int first = 0;
        while (first < count && SameTermAt(a, b, first, first, matched))
        {
            first++;
        }

        if (first >= count)
        {
            return false;
        }

        int last = count - 1;
        while (last > first && SameTermAt(a, b, last, last, matched))
        {
            last--;
        }

        int clause = a.OrderedClauses[first];
        if (last == first || a.OrderedClauses[last] != clause || b.OrderedClauses[first] != b.OrderedClauses[last])
        {
            return false;
        }

        // x = a's run [first, first + lx), found at b's end of the span; y = a's run ending at last, at b's start.
        int span = last - first + 1;
        for (int lx = 1; lx < span; lx++)
        {
            for (int ly = 1; lx + ly <= span; ly++)
            {
                if (IsExchange(a, b, first, last, lx, ly, matched) && HeadsTraded(a, b, first, last, lx, ly))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // a's span [first, last] is x (lx terms), a middle, y (ly terms); b's is y, the same middle, x.
    private static bool IsExchange(PromptFeatures a, PromptFeatures b, int first, int last, int lx, int ly, Dictionary<string, string>? matched)
    {
        int middle = last - first + 1 - lx - ly;
        for (int k = 0; k < lx; k++)
        {
            if (!SameTermAt(a, b, first + k, last - lx + 1 + k, matched))
            {
                return false;
            }
        }

        for (int k = 0; k < ly; k++)
        {
            if (!SameTermAt(a, b, last - ly + 1 + k, first + k, matched))
            {
                return false;
            }
        }

        for (int k = 0; k < middle; k++)
        {
            if (!SameTermAt(a, b, first + lx + k, first + ly + k, matched))
            {
                return false;
            }
        }

        return true;
    }

    // Each run's head — the word before it, or else the word after it — is a content word, the two runs' heads differ,
    // and in b each run has the other's.
    private static bool HeadsTraded(PromptFeatures a, PromptFeatures b, int first, int last, int lx, int ly)
    {
        int xStartA = first, xEndA = first + lx - 1, yStartA = last - ly + 1, yEndA = last;
        int yStartB = first, yEndB = first + ly - 1, xStartB = last - lx + 1, xEndB = last;
        return Traded(a.OrderedMarks[xStartA].Before, a.OrderedMarks[yStartA].Before, b.OrderedMarks[xStartB].Before, b.OrderedMarks[yStartB].Before)
            || Traded(a.OrderedMarks[xEndA].After, a.OrderedMarks[yEndA].After, b.OrderedMarks[xEndB].After, b.OrderedMarks[yEndB].After);
    }

    private static bool Traded(string xHead, string yHead, string xHeadInB, string yHeadInB) =>
        IsHeadWord(xHead) && IsHeadWord(yHead) && !string.Equals(xHead, yHead, StringComparison.Ordinal)
        && string.Equals(xHeadInB, yHead, StringComparison.Ordinal) && string.Equals(yHeadInB, xHead, StringComparison.Ordinal);

    // A word that can govern an object: not a function word, preposition, coordinator, article or negation, in any of
    // the four languages ("apples and oranges": "and" heads nothing).
    private static bool IsHeadWord(string word) =>
        word.Length > 1 && char.IsLetter(word[0])
        && !GuardLexicon.FunctionWords.Contains(word) && !GuardLexicon.ForeignFunctionWords.Contains(word)
        && !GuardLexicon.Prepositions.Contains(word) && !GuardLexicon.DirectionalWords.Contains(word)
        && !GuardLexicon.NegationWords.Contains(word) && !ListCoordinators.Contains(word) && !SlotSkipped.Contains(word);

    private static bool SameTermAt(PromptFeatures a, PromptFeatures b, int indexA, int indexB, Dictionary<string, string>? matched) =>
        string.Equals(a.OrderedTerms[indexA], InVocabularyOfA(b.OrderedTerms[indexB], matched, isA: false), StringComparison.Ordinal);
}
