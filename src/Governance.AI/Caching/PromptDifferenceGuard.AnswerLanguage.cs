using System.Collections.Frozen;

namespace Governance.AI.Caching;

// The language an answer is asked in, apart from a language the prompt talks about: "a French chef" / "a chef in
// French", "the French Revolution" / "the Revolution in French" name one language in two roles. A language is the
// answer's when a preposition that names an output language comes before it ("in", "into", "to", "auf", "ins", "en",
// "al", "vers", or a "language:" key) and no noun follows it ("in German grammar" is about German grammar), or when it
// qualifies a translation ("the Spanish version", "version anglaise"). Two-letter codes ("in ES", "answer in de",
// "lang=fr") are read the same way, in that position only.
public sealed partial class PromptDifferenceGuard
{
    // The words before an answer language that name it as the output's.
    private static readonly FrozenSet<string> AnswerLanguagePrepositions = FrozenSet.Create(
        StringComparer.Ordinal, "in", "into", "to", "auf", "ins", "en", "al", "vers");

    // Keys that name the output language; a colon or "=" may stand between them and the language ("language: de").
    private static readonly FrozenSet<string> LanguageKeys = FrozenSet.Create(
        StringComparer.Ordinal, "lang", "language", "locale", "sprache", "idioma", "langue");

    // Words between the preposition and the language that leave its role as it is ("in the German language", "in plain
    // English", "en lengua inglesa", "vers l'anglais", "auf gut Deutsch").
    private static readonly FrozenSet<string> LanguageModifiers = FrozenSet.Create(
        StringComparer.Ordinal, "the", "l", "la", "le", "el", "die", "das", "der", "plain", "simple", "formal", "informal", "fluent",
        "proper", "good", "basic", "easy", "gut", "einfachem", "einfacher", "lengua", "idioma", "langue", "language");

    // Nouns a language qualifies as the output's ("the Spanish translation", "a German version", "the French word for").
    private static readonly FrozenSet<string> TranslationNouns = FrozenSet.Create(
        StringComparer.Ordinal, "translation", "translations", "version", "versions", "word", "words", "term", "terms", "equivalent",
        "subtitles", "übersetzung", "fassung", "traducción", "versión", "traduction", "traductions");

    // Words after an answer language that still end its phrase ("in Spanish please", "in German only").
    private static readonly FrozenSet<string> AfterAnswerLanguage = FrozenSet.Create(
        StringComparer.Ordinal, "please", "bitte", "only", "instead", "too", "also", "language", "sprache", "lengua", "idioma", "langue");

    // The words that join two languages as equals ("in Spanish and French", "en inglés y francés").
    private static readonly FrozenSet<string> LanguageCoordinators = FrozenSet.Create(
        StringComparer.Ordinal, "and", "or", "und", "oder", "y", "e", "o", "u", "et", "ou");

    // "Is Italian similar to Spanish?": after these, "to" compares two languages and asks for neither.
    private static readonly FrozenSet<string> ComparingWords = FrozenSet.Create(
        StringComparer.Ordinal, "similar", "close", "closer", "related", "compared", "comparable", "equivalent", "identical", "like");

    // Two-letter language codes. Those that are also common words ("it", "no", "he", "hi") count only when written in capitals.
    private static readonly FrozenDictionary<string, string> LanguageCodes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["en"] = "english", ["de"] = "german", ["es"] = "spanish", ["fr"] = "french", ["pt"] = "portuguese", ["nl"] = "dutch",
        ["ru"] = "russian", ["zh"] = "chinese", ["ja"] = "japanese", ["jp"] = "japanese", ["ko"] = "korean", ["ar"] = "arabic",
        ["tr"] = "turkish", ["sv"] = "swedish", ["fi"] = "finnish", ["pl"] = "polish", ["cs"] = "czech", ["vi"] = "vietnamese",
        ["ro"] = "romanian", ["hu"] = "hungarian", ["it"] = "italian", ["no"] = "norwegian", ["da"] = "danish", ["el"] = "greek",
        ["he"] = "hebrew", ["hi"] = "hindi", ["uk"] = "ukrainian",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> CapitalOnlyCodes = FrozenSet.Create(
        StringComparer.Ordinal, "it", "no", "da", "el", "he", "hi", "uk");

    /// <summary>The language the token at <paramref name="index"/> names, if it names one: a language name anywhere, a code in an answer language's place.</summary>
    private string? LanguageAt(List<Token> tokens, int index, string lower, out bool answer)
    {
        if (GuardLexicon.Languages.TryGetValue(lower, out string? language))
        {
            answer = IsAnswerLanguage(tokens, index);
            return language;
        }

        answer = false;
        Token token = tokens[index];
        if (token.Quoted || !LanguageCodes.TryGetValue(lower, out language)
            || (CapitalOnlyCodes.Contains(lower) && !(char.IsUpper(token.Text[0]) && char.IsUpper(token.Text[1]))))
        {
            return null;
        }

        bool keyed = index > 0 && LanguageKeys.Contains(tokens[index - 1].Lower);
        if (!keyed && !(IsAnswerLanguage(tokens, index) && index > 0 && AnswerLanguagePrepositions.Contains(tokens[index - 1].Lower)))
        {
            return null;
        }

        answer = true;
        return language;
    }

    private bool IsAnswerLanguage(List<Token> tokens, int index)
    {
        int clause = tokens[index].Clause;
        // Quoted text after the language is what is translated ("al inglés «buenas noches»"), not a noun it qualifies.
        string? after = index + 1 < tokens.Count && tokens[index + 1].Clause == clause && !tokens[index + 1].Quoted ? tokens[index + 1].Lower : null;
        // "the Spanish version", "the French word for"; "the Spanish for 'apple'".
        if (after is not null && (TranslationNouns.Contains(after)
            || (after == "for" && index > 0 && tokens[index - 1].Lower == "the" && index + 2 < tokens.Count && tokens[index + 2].Quoted)))
        {
            return true;
        }

        int p = index - 1;
        while (p >= 0 && p >= index - 3 && tokens[p].Clause == clause && LanguageModifiers.Contains(tokens[p].Lower))
        {
            p--;
        }

        // "Output language: German": a key before the language's clause.
        if (p >= 0 && p == index - 1 && tokens[p].Clause != clause && LanguageKeys.Contains(tokens[p].Lower))
        {
            return true;
        }

        string? before = p >= 0 && tokens[p].Clause == clause ? tokens[p].Lower : null;
        if (before is null)
        {
            return false;
        }

        // "version anglaise", "la traducción española".
        if (TranslationNouns.Contains(before))
        {
            return true;
        }

        // "in Spanish and French", "auf Deutsch oder Englisch": a language joined to an answer language is one too.
        if (LanguageCoordinators.Contains(before))
        {
            return p > 0 && p == index - 1 && tokens[p - 1].Clause == clause && GuardLexicon.Languages.ContainsKey(tokens[p - 1].Lower)
                && IsAnswerLanguage(tokens, p - 1) && (after is null || AfterAnswerLanguage.Contains(after) || (_functionWords.Contains(after) && !GuardLexicon.Languages.ContainsKey(after)));
        }

        if (!AnswerLanguagePrepositions.Contains(before) || (before == "to" && p > 0 && ComparingWords.Contains(tokens[p - 1].Lower)))
        {
            return false;
        }

        // "in German grammar" is about German grammar; "in German about the war", "in German, please" ask for German.
        return after is null || AfterAnswerLanguage.Contains(after) || (_functionWords.Contains(after) && !GuardLexicon.Languages.ContainsKey(after));
    }

    // The answer languages of two prompts, either set null (allocated only when a prompt asks for one) when it holds none.
    private static bool SameAnswerLanguages(HashSet<string>? a, HashSet<string>? b) =>
        a is null || a.Count == 0 ? b is null || b.Count == 0 : b is not null && a.SetEquals(b);
}
