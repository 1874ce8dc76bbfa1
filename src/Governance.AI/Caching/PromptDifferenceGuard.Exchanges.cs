using System.Collections.Frozen;

namespace Governance.AI.Caching;

// Two terms that exchanged places while every other term kept its own, in any clauses: the roles are read from the
// places, not from a list of relational words.
public sealed partial class PromptDifferenceGuard
{
    // Articles and possessives say nothing about a term's role: the slot is the word before them ("give the tenant").
    private static readonly FrozenSet<string> SlotSkipped = FrozenSet.Create(
        StringComparer.Ordinal,
        "a", "an", "the", "my", "your", "his", "her", "its", "our", "their", "this", "that", "these", "those",
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "mein", "meine", "meinen", "meinem", "meiner",
        "le", "la", "les", "l", "un", "une", "mon", "ma", "mes", "son", "sa", "ses",
        "el", "los", "las", "una", "unos", "unas", "mi", "mis", "su", "sus");

    // The word next to a term in its clause, in one direction (an article skipped); empty at the clause's edge.
    private static string SlotWord(List<Token> tokens, int index, int step)
    {
        int clause = tokens[index].Clause;
        for (int k = index + step; k >= 0 && k < tokens.Count && tokens[k].Clause == clause; k += step)
        {
            if (step > 0 || !SlotSkipped.Contains(tokens[k].Lower))
            {
                return tokens[k].Lower;
            }
        }

        return string.Empty;
    }

    // "When a landlord wants to end a tenancy, how much notice must they give the tenant?" / the landlord and the tenant
    // exchanged; "If it's 3 pm in New York, what time is it in Paris?" / New York and Paris exchanged: the same terms in
    // the same (role) order except two — a name of several words side by side counts as one — that traded places, each
    // now in the other's slot, ask about other things. The slot is the word before the term (the word after it when
    // those are alike). Not an exchange: two terms joined as equals in one clause ("New York and Boston"), and phrases
    // that moved whole, each term keeping its own slot ("In Paris, for a week, what should I pack?" / "What should I
    // pack for a week in Paris?"). Where a term stayed between them and the slots changed otherwise, the places decide.
    private static bool HasExchangedTerms(PromptFeatures a, PromptFeatures b, Dictionary<string, string>? matched)
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
        Unit firstA = default, firstB = default, secondA = default, secondB = default;
        int mismatches = 0;
        int ra = 0, rb = 0;
        while (ra < count && rb < count)
        {
            var unitA = new Unit(ra, UnitLength(a, atA, ra));
            var unitB = new Unit(rb, UnitLength(b, atB, rb));
            if (!SameUnit(a, atA, unitA, b, atB, unitB, matched))
            {
                if (++mismatches > 2)
                {
                    return false;
                }

                (firstA, firstB, secondA, secondB) = mismatches == 1 ? (unitA, unitB, secondA, secondB) : (firstA, firstB, unitA, unitB);
            }

            ra += unitA.Length;
            rb += unitB.Length;
        }

        if (mismatches != 2 || ra != count || rb != count
            || !SameUnit(a, atA, firstA, b, atB, secondB, matched) || !SameUnit(a, atA, secondA, b, atB, firstB, matched))
        {
            return false;
        }

        // x = a's first unit, found at b's second place; y = a's second unit, at b's first place.
        int xa = atA[firstA.Rank], ya = atA[secondA.Rank], xb = atB[secondB.Rank], yb = atB[firstB.Rank];
        if ((a.OrderedClauses[xa] == a.OrderedClauses[ya] && IsCoordinated(a, orderA, xa, ya))
            || (b.OrderedClauses[yb] == b.OrderedClauses[xb] && IsCoordinated(b, orderB, yb, xb)))
        {
            return false;
        }

        bool pivot = secondA.Rank > firstA.Rank + firstA.Length || ChangedClauseMate(a, atA, b, atB, firstA, secondA, firstB, secondB);
        string xBefore = a.OrderedMarks[xa].Before, yBefore = a.OrderedMarks[ya].Before;
        return xBefore != yBefore
            ? SlotsExchanged(xBefore, yBefore, b.OrderedMarks[xb].Before, b.OrderedMarks[yb].Before, pivot)
            : SlotsExchanged(
                a.OrderedMarks[atA[firstA.Rank + firstA.Length - 1]].After, a.OrderedMarks[atA[secondA.Rank + secondA.Length - 1]].After,
                b.OrderedMarks[atB[secondB.Rank + secondB.Length - 1]].After, b.OrderedMarks[atB[firstB.Rank + firstB.Length - 1]].After, pivot);
    }

    // Each term in the other's slot; or, with a term that stayed between them, anything but each keeping its own. Two
    // terms whose slots read alike are told apart by their places alone.
    private static bool SlotsExchanged(string xSlot, string ySlot, string xSlotInB, string ySlotInB, bool pivot)
    {
        if (string.Equals(xSlot, ySlot, StringComparison.Ordinal))
        {
            return pivot;
        }

        bool kept = string.Equals(xSlot, xSlotInB, StringComparison.Ordinal) && string.Equals(ySlot, ySlotInB, StringComparison.Ordinal);
        bool traded = string.Equals(xSlot, ySlotInB, StringComparison.Ordinal) && string.Equals(ySlot, xSlotInB, StringComparison.Ordinal);
        return traded || (pivot && !kept);
    }

    // A term that shares its clause with one of the two in a and with the other in b: "When it is midnight in Sydney,
    // what time is it in New York?" / "When it is midnight in New York, what time is it in Sydney?" ("midnight" stayed;
    // a clause moved whole keeps its terms together).
    private static bool ChangedClauseMate(PromptFeatures a, int[] atA, PromptFeatures b, int[] atB, Unit firstA, Unit secondA, Unit firstB, Unit secondB)
    {
        int xClauseA = a.OrderedClauses[atA[firstA.Rank]], yClauseA = a.OrderedClauses[atA[secondA.Rank]];
        int xClauseB = b.OrderedClauses[atB[secondB.Rank]], yClauseB = b.OrderedClauses[atB[firstB.Rank]];
        if (xClauseA == yClauseA || xClauseB == yClauseB)
        {
            return false;
        }

        for (int rank = 0; rank < atA.Length; rank++)
        {
            if (rank == firstA.Rank || rank == secondA.Rank)
            {
                rank += (rank == firstA.Rank ? firstA.Length : secondA.Length) - 1;
                continue;
            }

            // The other units stand at the same places in b, shifted by the length the first exchanged unit changed.
            int rankB = rank > firstA.Rank && rank < secondA.Rank ? rank + firstB.Length - firstA.Length : rank;
            int clauseA = a.OrderedClauses[atA[rank]], clauseB = b.OrderedClauses[atB[rankB]];
            if ((clauseA == xClauseA && clauseB == yClauseB) || (clauseA == yClauseA && clauseB == xClauseB))
            {
                return true;
            }
        }

        return false;
    }

    // Names written side by side in one clause ("New York City") are one unit.
    private static int UnitLength(PromptFeatures features, int[] at, int rank)
    {
        int length = 1;
        while (rank + length < at.Length)
        {
            TermMark previous = features.OrderedMarks[at[rank + length - 1]];
            TermMark next = features.OrderedMarks[at[rank + length]];
            if (!previous.Name || !next.Name || next.Token != previous.Token + 1
                || features.OrderedClauses[at[rank + length]] != features.OrderedClauses[at[rank + length - 1]])
            {
                break;
            }

            length++;
        }

        return length;
    }

    private static bool SameUnit(PromptFeatures a, int[] atA, Unit unitA, PromptFeatures b, int[] atB, Unit unitB, Dictionary<string, string>? matched)
    {
        if (unitA.Length != unitB.Length)
        {
            return false;
        }

        for (int k = 0; k < unitA.Length; k++)
        {
            if (!string.Equals(a.OrderedTerms[atA[unitA.Rank + k]], InVocabularyOfA(b.OrderedTerms[atB[unitB.Rank + k]], matched, isA: false), StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    // A run of terms by role rank: its first rank and how many terms it holds.
    private readonly record struct Unit(int Rank, int Length);
}
