using System.Collections.Frozen;

namespace Governance.AI.Caching;

// The role a person states for someone with "as" ("as the landlord", "as a new manager"): the words of that noun phrase.
public sealed partial class PromptDifferenceGuard
{
    // The most content words read after "as" and its determiner ("as the hiring manager"): a noun phrase, not the clause.
    private const int MaxStatedRoleWords = 3;

    // Words before "as" that make it no role ("such as a", "the same as the", "as well as the", "as soon as a").
    private static readonly FrozenSet<string> NotRoleBeforeAs = FrozenSet.Create(
        StringComparer.Ordinal, "such", "same", "well", "soon", "long", "much", "many", "far", "as", "so", "just");

    /// <summary>
    /// Reads the noun phrase after "as" and a determiner ("I, as the hiring manager,", "as a tenant"): the role the
    /// request is asked in. The phrase ends at the clause's edge, a function word or a preposition, and holds at most
    /// <see cref="MaxStatedRoleWords"/> words. English only: "als", "como" and "comme" also mean "than", "when", "how".
    /// </summary>
    private static void ReadStatedRole(PromptFeatures features, List<Token> tokens)
    {
        for (int i = 0; i + 2 < tokens.Count; i++)
        {
            if (!string.Equals(tokens[i].Lower, "as", StringComparison.Ordinal) || !SlotSkipped.Contains(tokens[i + 1].Lower)
                || tokens[i + 1].Clause != tokens[i].Clause || (i > 0 && NotRoleBeforeAs.Contains(tokens[i - 1].Lower)))
            {
                continue;
            }

            int words = 0;
            for (int k = i + 2; k < tokens.Count && words < MaxStatedRoleWords && tokens[k].Clause == tokens[i].Clause; k++)
            {
                string lower = tokens[k].Lower;
                if (!tokens[k].HasLetter || GuardLexicon.FunctionWords.Contains(lower) || GuardLexicon.Prepositions.Contains(lower))
                {
                    break;
                }

                (features.StatedRole ??= new HashSet<string>(StringComparer.Ordinal)).Add(Lemma(lower));
                words++;
            }
        }
    }

    // "What should I, as the hiring manager, ask a candidate?" / "… I, as a candidate, ask the hiring manager?": both
    // prompts state a role, the two roles share no word, and each prompt names the other's role elsewhere: the people
    // swapped places. "As a wedding guest, …" / "… as a guest at a wedding" share "guest" and keep their roles.
    private static bool HasSwappedStatedRole(PromptFeatures a, PromptFeatures b)
    {
        if (a.StatedRole is null || b.StatedRole is null || a.StatedRole.Overlaps(b.StatedRole))
        {
            return false;
        }

        return a.StatedRole.IsSubsetOf(b.AllWords) && b.StatedRole.IsSubsetOf(a.AllWords);
    }
}
