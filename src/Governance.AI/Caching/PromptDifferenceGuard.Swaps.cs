namespace Governance.AI.Caching;

// Roles said by voice and by place: the same verb active in one prompt and passive in the other, and terms each carried
// by a preposition of its own.
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
