namespace Governance.AI.Caching;

// Words that count as the same word: inflections and base forms, nominalizations, agent nouns and synonym groups.
public sealed partial class PromptDifferenceGuard
{
    private bool AreEquivalent(string x, string y)
    {
        if (IsInflectionOf(x, y) || IsInflectionOf(y, x) || IsNominalizationOf(x, y) || IsNominalizationOf(y, x))
        {
            return true;
        }

        int group = SynonymGroup(x);
        return (group >= 0 && group == SynonymGroup(y)) || DifferOnlyInAccents(x, y) || AreSpellingVariants(x, y)
            || IsFrenchFeminine(x, y) || IsFrenchFeminine(y, x) || AreOneUnit(x, y);
    }

    // A unit's short form and its name: "in km" / "in kilometers", "kg" / "kilograms" (session 24). Numbers with their
    // units were already read this way; a unit named without a number now is too. Two letters at least ("m", "g", "l"
    // stand for other things without a number).
    private static bool AreOneUnit(string x, string y) =>
        x.Length >= 2 && y.Length >= 2 && GuardLexicon.Units.TryGetValue(x, out string? unitX) && GuardLexicon.Units.TryGetValue(y, out string? unitY)
        && string.Equals(unitX, unitY, StringComparison.Ordinal);

    // A French adjective agreeing with a feminine noun: "le meilleur moment" / "la meilleure période", "le premier jour" /
    // "la première semaine". Only the endings that English words do not share: -eur / -eure, -ier / -ière.
    private static bool IsFrenchFeminine(string masculine, string feminine) =>
        masculine.Length >= 6
        && ((masculine.EndsWith("eur", StringComparison.Ordinal) && feminine.Length == masculine.Length + 1 && feminine[^1] == 'e'
                && feminine.StartsWith(masculine, StringComparison.Ordinal))
            || (masculine.EndsWith("ier", StringComparison.Ordinal) && feminine.Length == masculine.Length + 1
                && feminine.EndsWith("ière", StringComparison.Ordinal)
                && feminine.AsSpan(0, feminine.Length - 4).SequenceEqual(masculine.AsSpan(0, masculine.Length - 3))));

    private int SynonymGroup(string word)
    {
        if (_synonyms.TryGetValue(word, out int group))
        {
            return group;
        }

        foreach (string candidate in BaseForms(word))
        {
            if (_synonyms.TryGetValue(candidate, out group))
            {
                return group;
            }
        }

        // Lemma reads "movies" as "movy" (as it reads "cities" as "city"): the lexicon spells it "movie".
        if (word.Length > 3 && word[^1] == 'y' && _synonyms.TryGetValue(string.Concat(word.AsSpan(0, word.Length - 1), "ie"), out group))
        {
            return group;
        }

        // An adverb in "-ly" is its adjective's word ("quickly" / "fast", "cheaply" / "inexpensively"), except those whose
        // sense left the adjective ("hardly" is not "with difficulty", "closely" not "in a shut way").
        return word.Length > 5 && word.EndsWith("ly", StringComparison.Ordinal) && !GuardLexicon.DepartedAdverbs.Contains(word)
            && (_synonyms.TryGetValue(word[..^2], out group) || (word[^3] == 'i' && _synonyms.TryGetValue(string.Concat(word.AsSpan(0, word.Length - 3), "y"), out group)))
            ? group : -1;
    }

    // noun names the action of verb, in any of its forms: "installation" / "install" / "installing", "renewal" / "renew".
    private static bool IsNominalizationOf(string noun, string verb)
    {
        List<string> bases = GuardLexicon.NominalBases(noun);
        foreach (string candidate in bases)
        {
            if (string.Equals(candidate, verb, StringComparison.Ordinal) || IsInflectionOf(candidate, verb))
            {
                return true;
            }
        }

        return false;
    }

    // stem is a base form of word (open / opening), or both are forms of one base (painted / painting).
    private static bool IsInflectionOf(string stem, string word)
    {
        if (stem.Length < 3)
        {
            return false;
        }

        List<string> stemForms = BaseForms(stem);
        foreach (string candidate in BaseForms(word))
        {
            if (string.Equals(candidate, stem, StringComparison.Ordinal) || stemForms.Contains(candidate))
            {
                return true;
            }
        }

        return false;
    }

    // The possible base forms of an -ing, -ed or agent form or an irregular past (plurals are already folded by Lemma):
    // open-ing, mak-ing → make, runn-ing → run, stud-ied → study, paint-er → paint, wrote / written → write; es/de
    // below. Only ever compared with another word of the prompt or with the synonym lexicon.
    private static List<string> BaseForms(string word)
    {
        var forms = new List<string>(3);
        if (GuardLexicon.IrregularVerbForms.TryGetValue(word, out string? irregularBase))
        {
            forms.Add(irregularBase);
            return forms;
        }

        // A first person is its infinitive in Spanish ("¿cómo aprendo …?" / "¿cómo puedo aprender …?") and German
        // ("wie ändere ich …?" / "wie kann ich … ändern?"): aprend-o → aprend-ar/-er/-ir, lern-e → lernen, ändere → ändern.
        if (word.Length >= 6 && word[^1] == 'o')
        {
            string romanceStem = word[..^1];
            forms.Add(romanceStem + "ar");
            forms.Add(romanceStem + "er");
            forms.Add(romanceStem + "ir");
            return forms;
        }

        if (word.Length >= 5 && word[^1] == 'e')
        {
            // … and in French ("comment j'installe …" / "comment installer …").
            forms.Add(word + "r");
            forms.Add(word + "n");
            forms.Add(string.Concat(word.AsSpan(0, word.Length - 1), "n"));
            return forms;
        }

        // An agent noun names its verb: "the inventor of" / "invented", "the painter of" / "painted".
        string? stem = word.Length >= 6 && (word.EndsWith("er", StringComparison.Ordinal) || word.EndsWith("or", StringComparison.Ordinal)) ? word[..^2]
            : word.Length >= 6 && word.EndsWith("ing", StringComparison.Ordinal) ? word[..^3]
            : word.Length >= 5 && word.EndsWith("ied", StringComparison.Ordinal) ? string.Concat(word.AsSpan(0, word.Length - 3), "y")
            : word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal) ? word[..^2]
            : null;
        if (stem is null)
        {
            return forms;
        }

        forms.Add(stem);
        if (!stem.EndsWith('y'))
        {
            forms.Add(stem + "e");
        }

        if (stem.Length >= 3 && stem[^1] == stem[^2] && stem[^1] is not ('a' or 'e' or 'i' or 'o' or 'u' or 'l' or 's' or 'z'))
        {
            forms.Add(stem[..^1]);
        }

        return forms;
    }
}
