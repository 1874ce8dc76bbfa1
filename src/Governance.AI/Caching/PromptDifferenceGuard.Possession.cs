using System.Collections.Frozen;

namespace Governance.AI.Caching;

// Verbs whose direction is read from whose thing it is: "rent my flat" lets it out, "rent a flat" takes one.
public sealed partial class PromptDifferenceGuard
{
    // Forms of the verbs that name both sides of a hire (en/es/fr; German says vermieten / mieten, which the opposites
    // and content rules already tell apart), and the Spanish noun of the act ("el alquiler de mi piso").
    private static readonly FrozenSet<string> TwoSidedHireVerbs = FrozenSet.Create(
        StringComparer.Ordinal,
        "rent", "rents", "rented", "renting", "lease", "leases", "leased", "leasing", "sublet", "sublets", "subletting",
        "sublease", "subleased", "subleasing", "charter", "chartered", "chartering",
        "alquilar", "alquilo", "alquila", "alquilas", "alquilamos", "alquilan", "alquilando", "alquilado", "alquiler",
        "arrendar", "arriendo", "arrienda", "arriendan", "arrendando", "arrendado", "rentar", "rento", "renta",
        "louer", "loue", "loues", "louons", "louez", "louent", "loué", "louée", "sous-louer");

    // First-person possessives: the asker's own thing (en/es/fr).
    private static readonly FrozenSet<string> OwnPossessives = FrozenSet.Create(
        StringComparer.Ordinal,
        "my", "our", "mi", "mis", "nuestro", "nuestra", "nuestros", "nuestras", "mon", "ma", "mes", "notre", "nos");

    /// <summary>
    /// "What should I know before I rent my flat?" / "… before I rent a flat?": with a verb that names both sides of a
    /// hire, the asker's own thing right after it in one prompt and not in the other turns landlord into tenant. A
    /// hire verb with its object owned alike on both sides ("rent a car" / "hire a car"), a possessive elsewhere ("can
    /// my landlord raise the rent"), and any other verb ("clean my oven" / "clean an oven") are left to the other rules.
    /// </summary>
    private static bool HasSwitchedHireSide(PromptFeatures a, PromptFeatures b) =>
        a.Hire is not null && b.Hire is not null && a.Hire != b.Hire;

    private static bool LetsOut(List<Token> tokens, int verb)
    {
        int clause = tokens[verb].Clause;
        for (int k = verb + 1; k < tokens.Count && k <= verb + 5 && tokens[k].Clause == clause; k++)
        {
            if (tokens[k].Lower == "out")
            {
                return k + 1 >= tokens.Count || tokens[k + 1].Lower != "of";
            }
        }

        return false;
    }

    // Reads whether the prompt hires something (false) and whether it is the asker's own (true): a first-person
    // possessive right after the verb, after "out" ("rent out my flat") or after "de" ("alquiler de mi piso").
    private static void ReadHire(PromptFeatures features, List<Token> tokens, int index)
    {
        if (!TwoSidedHireVerbs.Contains(tokens[index].Lower))
        {
            return;
        }

        int next = index + 1;
        if (next < tokens.Count && tokens[next].Lower is "out" or "de")
        {
            next++;
        }

        // "rent out a room", "rent the spare room out": "out" lets a thing out whoever owns it ("out of" is no particle).
        bool own = (next < tokens.Count && OwnPossessives.Contains(tokens[next].Lower)) || LetsOut(tokens, index);
        features.Hire = features.Hire == true || own;
    }

    /// <summary>
    /// "Does my landlord's insurance cover my belongings?" / "Does my insurance cover my landlord's belongings?": the
    /// owner framing reads both as "the X of my landlord", and the same owner now owns another thing that both prompts
    /// name. Each prompt's owned thing must be named in the other, so a reworded thing ("the cost of my flat" / "the
    /// price of my flat") is left to the content rule.
    /// </summary>
    private static bool HasMovedOwner(PromptFeatures a, PromptFeatures b)
    {
        foreach (Relation owned in a.Owners)
        {
            if (b.Owners.Contains(owned) || !b.Content.Contains(owned.Head))
            {
                continue;
            }

            foreach (Relation other in b.Owners)
            {
                if (string.Equals(other.Target, owned.Target, StringComparison.Ordinal) && !a.Owners.Contains(other) && a.Content.Contains(other.Head))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
