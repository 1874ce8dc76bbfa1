using System.Collections.Frozen;

namespace Governance.AI.Caching;

// Who does what to whom: the same terms with their roles swapped ("Did Google acquire YouTube?" / "Did YouTube acquire
// Google?"), read from word order within one clause, with an English/French/Spanish passive ("was acquired by Google")
// read in active order first.
public sealed partial class PromptDifferenceGuard
{
    // A form of "to be" before a participle and "by" makes a passive: "YouTube was acquired by Google".
    private static readonly FrozenSet<string> BeForms = FrozenSet.Create(
        StringComparer.Ordinal, "is", "are", "was", "were", "be", "been", "being", "get", "got", "gets",
        "es", "son", "fue", "fueron", "sido", "est", "sont", "été", "fut", "furent");

    // A form of "to be" that links a subject to what it is said to be: "Is a tomato a fruit?", "Ist Berlin größer …".
    private static readonly FrozenSet<string> Copulas = FrozenSet.Create(
        StringComparer.Ordinal, "is", "are", "was", "were", "am", "ist", "sind", "es", "son", "est", "sont");

    // The agent of a passive: "by", "par", "por".
    private static readonly FrozenSet<string> AgentMarkers = FrozenSet.Create(StringComparer.Ordinal, "by", "par", "por");

    // Words that join two terms as equals: "Python and Java" / "Java and Python" name the same pair.
    private static readonly FrozenSet<string> Coordinators = FrozenSet.Create(
        StringComparer.Ordinal, "and", "or", "nor", "between", "und", "oder", "zwischen", "et", "ou", "entre", "y", "e", "o", "u", "&", "with", "mit", "avec", "con");

    private static bool IsParticiple(string word)
    {
        if (GuardLexicon.IrregularVerbForms.ContainsKey(word))
        {
            return true;
        }

        return word.Length >= 4 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("en", StringComparison.Ordinal)
            || word.EndsWith('é') || word.EndsWith("ée", StringComparison.Ordinal) || word.EndsWith("és", StringComparison.Ordinal) || word.EndsWith("ées", StringComparison.Ordinal)
            || word.EndsWith("ado", StringComparison.Ordinal) || word.EndsWith("ada", StringComparison.Ordinal) || word.EndsWith("ados", StringComparison.Ordinal) || word.EndsWith("adas", StringComparison.Ordinal)
            || word.EndsWith("ido", StringComparison.Ordinal) || word.EndsWith("ida", StringComparison.Ordinal) || word.EndsWith("idos", StringComparison.Ordinal) || word.EndsWith("idas", StringComparison.Ordinal));
    }

    // Reads the role markers a token sets for the next term: a coordinator, a form of "to be", a passive's agent.
    private static void ReadRoleMarkers(PromptFeatures features, List<Token> tokens, int index, ref PendingLinks pending)
    {
        Token token = tokens[index];
        if (token.Clause != pending.Clause)
        {
            pending.Clause = token.Clause;
            pending.SawBe = false;
        }

        string lower = token.Lower;
        if (Copulas.Contains(lower))
        {
            (features.Copulas ??= []).Add((index, token.Clause, OpensClause(tokens, index)));
        }

        if (Coordinators.Contains(lower) || token.ListItem)
        {
            pending.Coordinated = true;
        }
        else if (BeForms.Contains(lower))
        {
            pending.SawBe = true;
        }
        else if (pending.SawBe && AgentMarkers.Contains(lower) && index > 0 && IsParticiple(tokens[index - 1].Lower))
        {
            // A participle that is no term ("written": writing is what any question asks for) still makes a passive.
            pending.Agent = true;
            pending.AgentAfterVerbTerm = features.OrderedMarks.Count > 0 && features.OrderedMarks[^1].Token == index - 1;
        }
    }

    // The order of the terms as roles: a passive clause "Y was V-ed by X" is read as "X V Y".
    private static int[] ArgumentOrder(PromptFeatures features)
    {
        int count = features.OrderedTerms.Count;
        if (features.Passives is null)
        {
            // Never written to: a prompt without a passive is read in written order.
            return Identity(count);
        }

        int[] order = new int[count];
        for (int i = 0; i < count; i++)
        {
            order[i] = i;
        }

        foreach ((int verb, int agent) in features.Passives)
        {
            int clause = features.OrderedClauses[agent];
            int start = verb >= 0 ? verb : agent;
            while (start > 0 && features.OrderedClauses[start - 1] == clause)
            {
                start--;
            }

            // An agent of several words side by side ("by William Shakespeare") moves as one.
            int last = agent;
            while (last + 1 < count && features.OrderedClauses[last + 1] == clause && features.OrderedMarks[last + 1].Token == features.OrderedMarks[last].Token + 1)
            {
                last++;
            }

            // New ranks inside the clause's span [start, last]: the agent, the verb, then what came before the verb.
            int first = order[start];
            for (int i = agent; i <= last; i++)
            {
                order[i] = first + (i - agent);
            }

            int next = first + (last - agent) + 1;
            if (verb >= 0)
            {
                order[verb] = next++;
            }

            for (int i = start; i < (verb >= 0 ? verb : agent); i++)
            {
                order[i] = next + (i - start);
            }
        }

        return order;
    }

    // "Did Brutus betray Caesar?" / "Did Caesar betray Brutus?", "the time in Tokyo when it is 9am in New York" / "… in New
    // York when it is 9am in Tokyo": two terms that each occur once swap places within one clause while a term between them
    // stays between them. Two names side by side with nothing between ("Hat Brutus Caesar verraten?") swap too, unless a
    // coordinator joins them as equals ("Python and Java").
    private static bool HasSwappedArguments(PromptFeatures a, PromptFeatures b, Dictionary<string, string>? matched)
    {
        int countA = a.OrderedTerms.Count;
        if (countA < 2 || b.OrderedTerms.Count < 2)
        {
            return false;
        }

        int[] orderA = ArgumentOrder(a);
        int[] orderB = ArgumentOrder(b);
        for (int i = 0; i < countA; i++)
        {
            string x = a.OrderedTerms[i];
            int xb = UniqueIndex(b.OrderedTerms, x, matched, termsAreA: false);
            if (xb < 0 || UniqueIndex(a.OrderedTerms, x, null, termsAreA: true) < 0)
            {
                continue;
            }

            for (int j = 0; j < countA; j++)
            {
                if (j == i || a.OrderedClauses[i] != a.OrderedClauses[j] || orderA[i] >= orderA[j])
                {
                    continue;
                }

                string y = a.OrderedTerms[j];
                int yb = UniqueIndex(b.OrderedTerms, y, matched, termsAreA: false);
                if (yb < 0 || string.Equals(x, y, StringComparison.Ordinal) || b.OrderedClauses[xb] != b.OrderedClauses[yb]
                    || orderB[yb] >= orderB[xb] || UniqueIndex(a.OrderedTerms, y, null, termsAreA: true) < 0)
                {
                    continue;
                }

                if (HaveSameRoles(a, b, i, j, matched, aToB: true))
                {
                    // "from Oslo to Bergen" / "to Bergen from Oslo": the roles are stated, and alike.
                    continue;
                }

                // Two names side by side swap roles ("Hat Brutus Caesar verraten?"), unless each keeps a preposition of
                // its own in both prompts ("gegen Kopfschmerzen ohne Tabletten" / "ohne Tabletten gegen Kopfschmerzen").
                if (HasPivot(a, b, matched, orderA, orderB, i, j, xb, yb) || (IsCopular(a, i, j) && IsCopular(b, yb, xb) && !IsCoordinated(a, orderA, i, j) && !IsCoordinated(b, orderB, yb, xb))
                    || (IsName(a, b, x, b.OrderedTerms[xb]) && IsName(a, b, y, b.OrderedTerms[yb])
                        && !IsCoordinated(a, orderA, i, j) && !IsCoordinated(b, orderB, yb, xb)
                        && !KeepOwnPrepositions(a.OrderedMarks[i], a.OrderedMarks[j], b.OrderedMarks[xb], b.OrderedMarks[yb])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "Is a tomato a fruit?" / "Is a fruit a tomato?", "What share of the ocean is salt?" / "… of salt is the ocean?": two
    // terms next to each other with a form of "to be" between them, or the first two terms of a clause the verb opens,
    // are subject and predicate; swapped, they say another thing.
    private static bool IsCopular(PromptFeatures features, int first, int second)
    {
        if (features.Copulas is null || second != first + 1 || features.OrderedClauses[first] != features.OrderedClauses[second])
        {
            return false;
        }

        int from = features.OrderedMarks[first].Token;
        int to = features.OrderedMarks[second].Token;
        bool firstOfClause = first == 0 || features.OrderedClauses[first - 1] != features.OrderedClauses[first];
        foreach ((int token, int clause, bool opens) in features.Copulas)
        {
            if ((token > from && token < to) || (opens && firstOfClause && token < from && clause == features.OrderedClauses[first]))
            {
                return true;
            }
        }

        return false;
    }

    // A term of a between terms i and j (in role order) that b has between yb and xb too.
    private static bool HasPivot(PromptFeatures a, PromptFeatures b, Dictionary<string, string>? matched, int[] orderA, int[] orderB, int i, int j, int xb, int yb)
    {
        for (int k = 0; k < a.OrderedTerms.Count; k++)
        {
            if (a.OrderedClauses[k] != a.OrderedClauses[i] || orderA[k] <= orderA[i] || orderA[k] >= orderA[j])
            {
                continue;
            }

            string m = a.OrderedTerms[k];
            if (string.Equals(m, a.OrderedTerms[i], StringComparison.Ordinal) || string.Equals(m, a.OrderedTerms[j], StringComparison.Ordinal))
            {
                continue;
            }

            // Any occurrence of a repeated pivot counts: "cuillères à café dans une cuillère à soupe" / "cuillères à
            // soupe dans une cuillère à café"; but not for terms joined as equals: "baking soda and baking powder".
            bool repeated = UniqueIndex(b.OrderedTerms, m, matched, termsAreA: false) < 0;
            if (repeated && (IsCoordinated(a, orderA, i, j) || IsCoordinated(b, orderB, yb, xb)))
            {
                continue;
            }

            for (int mb = 0; mb < b.OrderedTerms.Count; mb++)
            {
                if (b.OrderedClauses[mb] == b.OrderedClauses[xb] && orderB[mb] > orderB[yb] && orderB[mb] < orderB[xb]
                    && string.Equals(InVocabularyOfA(b.OrderedTerms[mb], matched, isA: false), m, StringComparison.Ordinal)
                    && !(JoinedAsEquals(a, k, i, j) && JoinedAsEquals(b, mb, xb, yb))
                    && !InOneList(a, b, orderA, orderB, i, j, k, xb, yb, mb))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The ranks 0 … count - 1 of a clause read in written order, shared up to 64 terms.
    private static readonly int[] IdentityRanks = CreateIdentity(64);

    private static int[] Identity(int count) => count <= IdentityRanks.Length ? IdentityRanks : CreateIdentity(count);

    private static int[] CreateIdentity(int count)
    {
        int[] ranks = new int[count];
        for (int i = 0; i < count; i++)
        {
            ranks[i] = i;
        }

        return ranks;
    }

    private static bool IsName(PromptFeatures a, PromptFeatures b, string wordOfA, string wordOfB) =>
        a.Entities.Contains(wordOfA) || b.Entities.Contains(wordOfB);

    // Whether a coordinator stands anywhere between the terms ranked first and last (terms after it carry the mark).
    private static bool IsCoordinated(PromptFeatures features, int[] order, int first, int last)
    {
        for (int k = 0; k < features.OrderedTerms.Count; k++)
        {
            if (features.OrderedMarks[k].Coordinated && order[k] > order[first] && order[k] <= order[last])
            {
                return true;
            }
        }

        return false;
    }

    // "gluten-free and vegan for a cake" / "for a cake that's vegan and gluten-free": a term joined as an equal to one
    // end of the swap, right next to it in both prompts, is no pivot between two roles; the pair only changed order.
    private static bool JoinedAsEquals(PromptFeatures features, int pivot, int end, int otherEnd) =>
        IsJoinedPair(features, pivot, end) || IsJoinedPair(features, pivot, otherEnd);

    private static bool IsJoinedPair(PromptFeatures features, int p, int q) =>
        Math.Abs(p - q) == 1 && features.OrderedClauses[p] == features.OrderedClauses[q] && features.OrderedMarks[Math.Max(p, q)].Coordinated;

    // "rent, groceries, savings and a car loan" / "a car loan, savings, rent and groceries": a pivot that is itself an
    // item of the list joining the two terms, in both prompts, is no role between them (a number or a name between two
    // listed terms still is: "gold in 2010 and silver in 2020").
    private static bool InOneList(PromptFeatures a, PromptFeatures b, int[] orderA, int[] orderB, int i, int j, int k, int xb, int yb, int mb) =>
        a.OrderedMarks[k].Coordinated && b.OrderedMarks[mb].Coordinated && IsCoordinated(a, orderA, i, j) && IsCoordinated(b, orderB, yb, xb);

    // The index of the only occurrence of a term, -1 when it is missing or occurs more than once.
    private static int UniqueIndex(List<string> terms, string wordOfA, Dictionary<string, string>? matched, bool termsAreA)
    {
        int found = -1;
        for (int i = 0; i < terms.Count; i++)
        {
            if (string.Equals(InVocabularyOfA(terms[i], matched, termsAreA), wordOfA, StringComparison.Ordinal))
            {
                if (found >= 0)
                {
                    return -1;
                }

                found = i;
            }
        }

        return found;
    }

    // "from Oslo to Bergen" / "to Bergen from Oslo": two terms with different roles that both prompts state alike.
    private static bool HaveStatedRoles(PromptFeatures a, PromptFeatures b, string first, string second) =>
        a.Roles.TryGetValue(first, out string? firstRole) && a.Roles.TryGetValue(second, out string? secondRole)
        && !string.Equals(firstRole, secondRole, StringComparison.Ordinal)
        && b.Roles.TryGetValue(first, out string? otherFirst) && string.Equals(firstRole, otherFirst, StringComparison.Ordinal)
        && b.Roles.TryGetValue(second, out string? otherSecond) && string.Equals(secondRole, otherSecond, StringComparison.Ordinal);

    // "from London to New York" / "to New York from London": terms whose roles both prompts state, alike, may come in
    // either order.
    private static bool HaveSameRoles(PromptFeatures features, PromptFeatures other, int left, int right, Dictionary<string, string>? matched, bool aToB)
    {
        string leftTerm = features.OrderedTerms[left];
        string rightTerm = features.OrderedTerms[right];
        return features.Roles.TryGetValue(leftTerm, out string? leftRole) && features.Roles.TryGetValue(rightTerm, out string? rightRole)
            && !string.Equals(leftRole, rightRole, StringComparison.Ordinal)
            && RoleIn(other, leftTerm, matched, aToB) == leftRole && RoleIn(other, rightTerm, matched, aToB) == rightRole;
    }

    // The role the other prompt gives a term (said in the words of its own prompt).
    private static string? RoleIn(PromptFeatures other, string term, Dictionary<string, string>? matched, bool aToB)
    {
        foreach (KeyValuePair<string, string> role in other.Roles)
        {
            if (string.Equals(InVocabularyOfA(role.Key, matched, !aToB), InVocabularyOfA(term, matched, aToB), StringComparison.Ordinal))
            {
                return role.Value;
            }
        }

        return null;
    }

    private static bool HasReversedSurface(PromptFeatures features, PromptFeatures other, int left, int right)
    {
        string leftWord = features.OrderedMarks[left].Surface;
        string rightWord = features.OrderedMarks[right].Surface;
        if (string.Equals(leftWord, rightWord, StringComparison.Ordinal))
        {
            return false;
        }

        int leftAt = SurfaceIndex(other, leftWord);
        int rightAt = SurfaceIndex(other, rightWord);
        return leftAt >= 0 && rightAt >= 0 && leftAt > rightAt && other.OrderedClauses[leftAt] == other.OrderedClauses[rightAt];
    }

    private static int SurfaceIndex(PromptFeatures features, string word)
    {
        for (int i = 0; i < features.OrderedMarks.Count; i++)
        {
            if (string.Equals(features.OrderedMarks[i].Surface, word, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
