namespace Governance.AI.Caching;

// Directional word order: the terms either side of a directional word ("PDF to Word" / "Word to PDF"), a relation
// read in reverse ("X in Y" / "Y in X"), or a term whose direction role ("from", "to") the other prompt swaps.
public sealed partial class PromptDifferenceGuard
{
    // "from Berlin to Munich" / "to Berlin from Munich": a term both prompts give a direction role to has the other role.
    private static bool HasSwappedRole(PromptFeatures a, PromptFeatures b)
    {
        foreach (KeyValuePair<string, string> role in a.Roles)
        {
            if (b.Roles.TryGetValue(role.Key, out string? other) && !string.Equals(role.Value, other, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // "the time difference between Sydney and LA when it is noon in Sydney" / "… noon in LA" (session 27): the same names,
    // but one name said more often and another less often than in the other prompt: an occurrence moved from one name to
    // the other, so the prompt now points at the other one where it matters. A name only one prompt repeats stays a hit.
    private static bool HasMovedNameOccurrence(PromptFeatures a, PromptFeatures b, Dictionary<string, string>? matched)
    {
        bool fewerInB = false, moreInB = false;
        for (int i = 0; i < a.OrderedTerms.Count; i++)
        {
            string term = a.OrderedTerms[i];
            if (!a.OrderedMarks[i].Name || a.OrderedTerms.IndexOf(term) != i)
            {
                continue;
            }

            int inA = CountOf(a.OrderedTerms, term, matched, termsAreA: true);
            int inB = CountOf(b.OrderedTerms, term, matched, termsAreA: false);
            fewerInB |= inB > 0 && inB < inA;
            moreInB |= inB > inA;
        }

        return fewerInB && moreInB;
    }

    private static int CountOf(List<string> terms, string wordOfA, Dictionary<string, string>? matched, bool termsAreA)
    {
        int count = 0;
        foreach (string term in terms)
        {
            if (string.Equals(InVocabularyOfA(term, matched, termsAreA), wordOfA, StringComparison.Ordinal))
            {
                count++;
            }
        }

        return count;
    }

    // "X in Y" / "Y in X", "the father of the bride" / "the bride of the father".
    private static bool HasReversedRelation(PromptFeatures a, PromptFeatures b)
    {
        foreach (Relation relation in a.Relations)
        {
            if (b.Relations.Contains(new Relation(relation.Target, relation.Head)) && !a.Relations.Contains(new Relation(relation.Target, relation.Head))
                && !HaveStatedRoles(a, b, relation.Head, relation.Target) && !MovedWithOwnPrepositions(a, b, relation.Head, relation.Target))
            {
                return true;
            }
        }

        return false;
    }

    // "on a budget and with kids" / "with kids and on a budget" (session 24): each term the object of a preposition of its
    // own, the same in both prompts, and the two prepositions different: the phrases moved as wholes, each with its role
    // ("with milk and without sugar" / "with sugar and without milk" changed the prepositions, and still differs).
    private static bool MovedWithOwnPrepositions(PromptFeatures a, PromptFeatures b, string head, string target)
    {
        string? headA = OwnPreposition(a, head), targetA = OwnPreposition(a, target);
        return headA is not null && targetA is not null && !string.Equals(headA, targetA, StringComparison.Ordinal)
            && KeepsOwnPreposition(a, b, head) && KeepsOwnPreposition(a, b, target);
    }

    private static bool KeepsOwnPreposition(PromptFeatures a, PromptFeatures b, string term) =>
        OwnPreposition(a, term) is { } preposition && string.Equals(preposition, OwnPreposition(b, term), StringComparison.Ordinal);

    // The preposition before a term's only occurrence, an article or possessive skipped ("on a budget"); null when it has
    // none or occurs more than once.
    private static string? OwnPreposition(PromptFeatures features, string term)
    {
        int at = UniqueIndex(features.OrderedTerms, term, null, termsAreA: true);
        string? before = at < 0 ? null : features.OrderedMarks[at].Before;
        return before is not null && GuardLexicon.Prepositions.Contains(before) ? before : null;
    }

    // "convert a PDF to Word" / "convert a Word document to PDF": the words either side of a directional word
    // ("to", "from", "than", "del … al") appear in the other prompt in the opposite order. Only those words are
    // compared, so a clause moved as a whole ("during pregnancy, is it safe …" / "is it safe … during pregnancy")
    // still matches, and so does a clause moved to the other end of the sentence: a reversal counts only within one
    // clause of the other prompt.
    private static bool HasReversedDirection(PromptFeatures features, PromptFeatures other, Dictionary<string, string>? matched, bool aToB)
    {
        foreach ((int left, int right) in features.DirectionalNeighbours)
        {
            string leftWord = InVocabularyOfA(features.OrderedTerms[left], matched, aToB);
            string rightWord = InVocabularyOfA(features.OrderedTerms[right], matched, aToB);
            if (string.Equals(leftWord, rightWord, StringComparison.Ordinal))
            {
                // "http to https": two words one lemma apart are compared as written.
                if (HasReversedSurface(features, other, left, right))
                {
                    return true;
                }

                continue;
            }

            if (IsNominalizedIn(leftWord, matched) || IsNominalizedIn(rightWord, matched) || HaveSameRoles(features, other, left, right, matched, aToB)
                || (GuardLexicon.DirectionalWords.Contains(features.OrderedTerms[right]) && KeepsOwnPreposition(features, other, features.OrderedTerms[left])))
            {
                // A nominalization moves its verb after the object ("delete a repository" / "repository deletion"). A
                // directional word that is a term itself ("before") links nothing to the object of another preposition
                // before it when that phrase keeps its preposition: it moved whole ("stash my changes in Git before
                // switching branches" / "before switching branches in Git, stash my changes").
                continue;
            }

            int leftAt = IndexOf(other.OrderedTerms, leftWord, matched, !aToB);
            int rightAt = IndexOf(other.OrderedTerms, rightWord, matched, !aToB);
            if (leftAt >= 0 && rightAt >= 0 && leftAt > rightAt && other.OrderedClauses[leftAt] == other.OrderedClauses[rightAt]
                && !string.Equals(leftWord, rightWord, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNominalizedIn(string wordOfA, Dictionary<string, string>? matched)
    {
        if (matched is null)
        {
            return false;
        }

        foreach (KeyValuePair<string, string> pair in matched)
        {
            if (string.Equals(pair.Value, wordOfA, StringComparison.Ordinal) && (IsNominalizationOf(pair.Key, pair.Value) || IsNominalizationOf(pair.Value, pair.Key)))
            {
                return true;
            }
        }

        return false;
    }

    // Words of prompt b are compared in a's words: matched maps an equivalent b word to its a word.
    private static string InVocabularyOfA(string word, Dictionary<string, string>? matched, bool isA) =>
        !isA && matched is not null && matched.TryGetValue(word, out string? aWord) ? aWord : word;

    private static int IndexOf(List<string> terms, string wordOfA, Dictionary<string, string>? matched, bool termsAreA)
    {
        for (int i = 0; i < terms.Count; i++)
        {
            if (string.Equals(InVocabularyOfA(terms[i], matched, termsAreA), wordOfA, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
