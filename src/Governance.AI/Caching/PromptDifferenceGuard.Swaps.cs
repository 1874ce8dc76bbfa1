namespace Governance.AI.Caching;

// Roles said by voice and by place: the same verb active in one prompt and passive in the other, two names that traded
// places anywhere in otherwise the same prompt, and terms each carried by a preposition of its own.
public sealed partial class PromptDifferenceGuard
{
    // "… when a company I invested in acquires another company" / "… is acquired by another company": the same verb,
    // active in one prompt and passive with its agent in the other, keeps its roles only when the term the active verb
    // follows belongs to the passive's agent. Terms that occur twice ("company") leave the swap rule blind, so the voice
    // is checked on its own; an active verb with no term before it in its clause cannot be read, and misses.
    private static bool HasVoiceMismatch(PromptFeatures passive, PromptFeatures active, Dictionary<string, string>? matched, bool passiveIsA)
    {
        if (passive.Passives is null)
        {
            return false;
        }

        foreach ((int verb, int agent) in passive.Passives)
        {
            if (verb < 0)
            {
                continue;
            }

            string verbWord = InVocabularyOfA(passive.OrderedTerms[verb], matched, passiveIsA);
            int at = IndexOf(active.OrderedTerms, verbWord, matched, !passiveIsA);
            if (at < 0 || IsPassiveVerb(active, at))
            {
                continue;
            }

            if (at == 0 || active.OrderedClauses[at - 1] != active.OrderedClauses[at])
            {
                return true;
            }

            string subject = InVocabularyOfA(active.OrderedTerms[at - 1], matched, !passiveIsA);
            bool inAgent = false;
            for (int k = agent; k < passive.OrderedTerms.Count && passive.OrderedClauses[k] == passive.OrderedClauses[agent] && !inAgent; k++)
            {
                inAgent = string.Equals(InVocabularyOfA(passive.OrderedTerms[k], matched, passiveIsA), subject, StringComparison.Ordinal);
            }

            if (!inAgent)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPassiveVerb(PromptFeatures features, int term)
    {
        if (features.Passives is not null)
        {
            foreach ((int verb, _) in features.Passives)
            {
                if (verb == term)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "In Tokyo at 3 pm, what time is it in London?" / "In London at 3 pm, what time is it in Tokyo?": the same terms in
    // the same roles' order except two names that traded places, in any clauses, ask about other things. Two names
    // joined by a coordinator ("Python and Java") or each carried by a preposition of its own name the same pair.
    private static bool HasSwappedNames(PromptFeatures a, PromptFeatures b, Dictionary<string, string>? matched)
    {
        int count = a.OrderedTerms.Count;
        if (count < 2 || b.OrderedTerms.Count != count)
        {
            return false;
        }

        int[] orderA = ArgumentOrder(a);
        int[] orderB = ArgumentOrder(b);
        int[] atA = ByRank(orderA, count);
        int[] atB = ByRank(orderB, count);
        int first = -1, second = -1;
        for (int rank = 0; rank < count; rank++)
        {
            if (!string.Equals(a.OrderedTerms[atA[rank]], InVocabularyOfA(b.OrderedTerms[atB[rank]], matched, isA: false), StringComparison.Ordinal))
            {
                if (second >= 0)
                {
                    return false;
                }

                (first, second) = first < 0 ? (rank, -1) : (first, rank);
            }
        }

        if (second < 0)
        {
            return false;
        }

        int i = atA[first], j = atA[second], xb = atB[second], yb = atB[first];
        string x = a.OrderedTerms[i], y = a.OrderedTerms[j];
        return string.Equals(x, InVocabularyOfA(b.OrderedTerms[xb], matched, isA: false), StringComparison.Ordinal)
            && string.Equals(y, InVocabularyOfA(b.OrderedTerms[yb], matched, isA: false), StringComparison.Ordinal)
            && UniqueIndex(a.OrderedTerms, x, null, termsAreA: true) >= 0 && UniqueIndex(a.OrderedTerms, y, null, termsAreA: true) >= 0
            && IsName(a, b, x, b.OrderedTerms[xb]) && IsName(a, b, y, b.OrderedTerms[yb])
            && !IsCoordinated(a, orderA, i, j) && !IsCoordinated(b, orderB, yb, xb)
            && !KeepOwnPrepositions(a.OrderedMarks[i], a.OrderedMarks[j], b.OrderedMarks[xb], b.OrderedMarks[yb]);
    }

    // The term at each rank; written order when the ranks are not one permutation.
    private static int[] ByRank(int[] order, int count)
    {
        int[] at = new int[count];
        at.AsSpan().Fill(-1);
        for (int i = 0; i < count; i++)
        {
            if ((uint)order[i] >= (uint)count || at[order[i]] >= 0)
            {
                return CreateIdentity(count);
            }

            at[order[i]] = i;
        }

        return at;
    }

    // Two terms each after the same preposition in both prompts, and different prepositions for the two: the phrases
    // moved as wholes, each with its role.
    private static bool KeepOwnPrepositions(TermMark x, TermMark y, TermMark xInB, TermMark yInB) =>
        x.Preposition is not null && y.Preposition is not null && !string.Equals(x.Preposition, y.Preposition, StringComparison.Ordinal)
        && string.Equals(x.Preposition, xInB.Preposition, StringComparison.Ordinal) && string.Equals(y.Preposition, yInB.Preposition, StringComparison.Ordinal);
}
