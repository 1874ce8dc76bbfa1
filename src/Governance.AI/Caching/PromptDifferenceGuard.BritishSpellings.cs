using System.Collections.Frozen;

namespace Governance.AI.Caching;

// British and American spellings of one English word ("tyre" / "tire", "colour" / "color", "centre" / "center",
// "organise" / "organize", "anaemia" / "anemia", "travelling" / "traveling"): the same word, written by another writer.
public sealed partial class PromptDifferenceGuard
{
    // Spellings no regular pattern reaches, British → American (a plural "s" is read off first).
    private static readonly FrozenDictionary<string, string> BritishWords = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["tyre"] = "tire", ["programme"] = "program", ["grey"] = "gray", ["kerb"] = "curb", ["plough"] = "plow",
        ["aluminium"] = "aluminum", ["pyjama"] = "pajama", ["pyjamas"] = "pajamas", ["catalogue"] = "catalog",
        ["dialogue"] = "dialog", ["analogue"] = "analog", ["defence"] = "defense", ["licence"] = "license",
        ["offence"] = "offense", ["ageing"] = "aging", ["judgement"] = "judgment", ["enrol"] = "enroll",
        ["fulfil"] = "fulfill", ["skilful"] = "skillful", ["sceptical"] = "skeptical", ["sceptic"] = "skeptic",
        ["mould"] = "mold", ["moustache"] = "mustache", ["sulphur"] = "sulfur", ["manoeuvre"] = "maneuver",
        ["cosy"] = "cozy", ["doughnut"] = "donut", ["artefact"] = "artifact", ["practise"] = "practice",
        ["programmes"] = "programs", ["enrolment"] = "enrollment", ["instalment"] = "installment",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Whether two English words are one word in British and American spelling.</summary>
    private static bool AreSpellingVariants(string x, string y)
    {
        if (x.Length < 4 || y.Length < 4 || string.Equals(x, y, StringComparison.Ordinal))
        {
            return false;
        }

        return IsBritishOf(x, y) || IsBritishOf(y, x)
            || IseForIze(x, y) || OurForOr(x, y) || OurForOr(y, x) || ReForEr(x, y)
            || DigraphForE(x, y) || DigraphForE(y, x) || DoubledL(x, y) || DoubledL(y, x);
    }

    private static bool IsBritishOf(string british, string american)
    {
        if (BritishWords.TryGetValue(british, out string? spelled) && string.Equals(spelled, american, StringComparison.Ordinal))
        {
            return true;
        }

        // "tyres" / "tires": the plural of a listed word.
        return british.Length > 4 && british[^1] == 's' && american.Length > 3 && american[^1] == 's'
            && BritishWords.TryGetValue(british[..^1], out spelled) && american.AsSpan(0, american.Length - 1).SequenceEqual(spelled);
    }

    // "organise" / "organize", "analysed" / "analyzed", "organisation" / "organization": one letter, s for z after i or
    // y and before an ending of the verb (six letters or more: "prise" / "prize" are two words).
    private static bool IseForIze(string x, string y)
    {
        if (x.Length != y.Length || x.Length < 6)
        {
            return false;
        }

        int at = SingleDifference(x, y);
        if (at < 1 || !((x[at] == 's' && y[at] == 'z') || (x[at] == 'z' && y[at] == 's')) || x[at - 1] is not ('i' or 'y'))
        {
            return false;
        }

        ReadOnlySpan<char> ending = x.AsSpan(at + 1);
        return ending is "e" or "ed" or "es" or "er" or "ers" or "ing" or "ation" or "ations" or "able";
    }

    // "colour" / "color", "favourite" / "favorite", "behaviours" / "behaviors": "our" for "or" at the end of the word or
    // before an ending (five letters or more without the u: "four" / "for", "flour" / "flor" stay apart).
    private static bool OurForOr(string british, string american)
    {
        if (british.Length != american.Length + 1 || american.Length < 5)
        {
            return false;
        }

        int at = 0;
        while (at < american.Length && british[at] == american[at])
        {
            at++;
        }

        if (at < 1 || at >= british.Length || british[at] != 'u' || british[at - 1] != 'o' || at + 1 >= british.Length || british[at + 1] != 'r'
            || !british.AsSpan(at + 1).SequenceEqual(american.AsSpan(at)))
        {
            return false;
        }

        ReadOnlySpan<char> ending = british.AsSpan(at + 2);
        return ending is "" or "s" or "ed" or "ing" or "ite" or "ites" or "ful" or "able" or "ably" or "er" or "ers" or "less" or "ist" or "ists";
    }

    // "centre" / "center", "litres" / "liters", "fibre" / "fiber": "re" for "er" after t, b, g, v or h at the end (five
    // letters or more; "timbre" / "timber" are two words).
    private static bool ReForEr(string x, string y)
    {
        if (x.Length != y.Length || x.Length < 5 || x is "timbre" or "timbres" || y is "timbre" or "timbres")
        {
            return false;
        }

        int end = x[^1] == 's' && y[^1] == 's' ? x.Length - 1 : x.Length;
        if (end < 5 || !x.AsSpan(0, end - 2).SequenceEqual(y.AsSpan(0, end - 2)) || x[end - 3] is not ('t' or 'b' or 'g' or 'v' or 'h'))
        {
            return false;
        }

        return (x[end - 2] == 'r' && x[end - 1] == 'e' && y[end - 2] == 'e' && y[end - 1] == 'r')
            || (x[end - 2] == 'e' && x[end - 1] == 'r' && y[end - 2] == 'r' && y[end - 1] == 'e');
    }

    // "anaemia" / "anemia", "oestrogen" / "estrogen", "paediatric" / "pediatric": "ae" or "oe" for "e" between letters of
    // a word of six letters or more, never at its end ("canoe", "toe").
    private static bool DigraphForE(string british, string american)
    {
        if (british.Length != american.Length + 1 || american.Length < 6)
        {
            return false;
        }

        int at = 0;
        while (at < american.Length && british[at] == american[at])
        {
            at++;
        }

        // british[at] is the extra a/o before the e the American word keeps: "an|ae|mia" / "an|e|mia".
        return at < american.Length && british[at] is 'a' or 'o' && british[at + 1] == 'e' && american[at] == 'e'
            && at + 2 < british.Length && british.AsSpan(at + 1).SequenceEqual(american.AsSpan(at));
    }

    // "travelling" / "traveling", "cancelled" / "canceled", "modelling" / "modeling": an l doubled before an ending after
    // a or e, on a stem of five letters or more ("filling" / "filing" are two words).
    private static bool DoubledL(string british, string american)
    {
        if (british.Length != american.Length + 1)
        {
            return false;
        }

        int at = british.IndexOf("ll", StringComparison.Ordinal);
        if (at < 4 || british[at - 1] is not ('a' or 'e'))
        {
            return false;
        }

        ReadOnlySpan<char> ending = british.AsSpan(at + 2);
        return ending is "ing" or "ed" or "er" or "ers" or "or" or "ors"
            && british.AsSpan(0, at + 1).SequenceEqual(american.AsSpan(0, at + 1)) && american.AsSpan(at + 1).SequenceEqual(ending);
    }

    // The index of the only letter at which two words of one length differ, or -1.
    private static int SingleDifference(string x, string y)
    {
        int at = -1;
        for (int i = 0; i < x.Length; i++)
        {
            if (x[i] != y[i])
            {
                if (at >= 0)
                {
                    return -1;
                }

                at = i;
            }
        }

        return at;
    }
}
