using System.Collections.Frozen;

namespace Governance.AI.Caching;

// Verbs whose direction is read from whose thing it is: "rent my flat" lets it out, "rent a flat" takes one.
public sealed partial class PromptDifferenceGuard
{
    // Forms of the verbs that name both sides of a hire (en/es/fr; German says vermieten / mieten, which the opposites
    // and content rules already tell apart). Nouns of the act are ambiguous in the same way ("el alquiler de mi piso").
    private static readonly FrozenSet<string> TwoSidedHireVerbs = FrozenSet.Create(
        StringComparer.Ordinal,
        "rent", "rents", "rented", "renting", "lease", "leases", "leased", "leasing", "sublet", "sublets", "subletting",
        "sublease", "subleased", "subleasing", "charter", "chartered", "chartering",
        "alquilar", "alquilo", "alquila", "alquilas", "alquilamos", "alquilan", "alquilando", "alquilado", "alquiler",
        "arrendar", "arriendo", "arrienda", "arriendan", "arrendando", "arrendado", "rentar", "rento", "renta",
        "louer", "loue", "loues", "louons", "louez", "louent", "loué", "louée", "location", "sous-louer");

    // First-person possessives: the asker's own thing (en/de/es/fr).
    private static readonly FrozenSet<string> OwnPossessives = FrozenSet.Create(
        StringComparer.Ordinal,
        "my", "our", "mi", "mis", "nuestro", "nuestra", "nuestros", "nuestras", "mon", "ma", "mes", "notre", "nos");

    /// <summary>
    /// "What should I know before I rent my flat?" / "… before I rent a flat?": with a verb that names both sides of a
    /// hire, the asker's own thing in one prompt and not in the other turns landlord into tenant. A hire verb with the
    /// same possessives on both sides, or without one on either ("rent a car" / "hire a car"), is left to the other rules.
    /// </summary>
    private static bool HasSwitchedHireSide(PromptFeatures a, PromptFeatures b)
    {
        if (!a.AllWords.Overlaps(TwoSidedHireVerbs) || !b.AllWords.Overlaps(TwoSidedHireVerbs))
        {
            return false;
        }

        return a.AllWords.Overlaps(OwnPossessives) != b.AllWords.Overlaps(OwnPossessives);
    }
}
