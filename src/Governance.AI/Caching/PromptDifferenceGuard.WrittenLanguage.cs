using System.Collections.Frozen;

namespace Governance.AI.Caching;

// The language a prompt is written in: without a named output language, the answer comes in the prompt's own, so
// "What is the capital of Australia?" and "¿Cuál es la capital de Australia?" ask for different answers.
public sealed partial class PromptDifferenceGuard
{
    // Function words that mark one language and are no common word of the other three ("la", "que", "se" are Spanish
    // and French; "in", "was" English and German; "du", "des" German and French; "es" German and Spanish; "die", "hay",
    // "sin" English words): each counts for its own language only.
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> LanguageMarkers = MarkerTable(
        ("the is are what how do does did you of and my your can why which when where who with it this that for should would", 0),
        ("der das und ist ich nicht ein eine einen einem mit wie sind wir auf für von zu im dem den auch oder aber kann wird mein meine warum wo wann welche welcher kannst", 1),
        ("el los las qué por para del una con cómo cuál cuáles está pero y muy puedo cuándo dónde quién mi lo", 2),
        ("le les est je une et pour pas qui sans avec dans sur mon mes ce cette vous nous peux quoi comment quel quelle pourquoi où quand au aux il elle", 3));

    // The fewest marker words a prompt needs to be read as written in their language.
    private const int MinimumLanguageMarkers = 2;

    /// <summary>
    /// Whether two prompts are written in different languages (English, German, Spanish, French), each read from its
    /// function words outside quotations; a prompt whose language is not clear is never said to differ.
    /// </summary>
    private static bool WrittenInDifferentLanguages(string a, string b)
    {
        int first = WrittenLanguage(a);
        int second = WrittenLanguage(b);
        return first >= 0 && second >= 0 && first != second;
    }

    /// <summary>The language a prompt is written in: 0 English, 1 German, 2 Spanish, 3 French, −1 when unclear.</summary>
    /// <param name="text">The prompt.</param>
    /// <returns>The language, or −1.</returns>
    internal static int WrittenLanguage(ReadOnlySpan<char> text)
    {
        Span<int> counts = stackalloc int[4];
        Span<char> lower = stackalloc char[8];

        // An opening "¿" or "¡" is Spanish punctuation.
        if (text.IndexOfAny('¿', '¡') >= 0)
        {
            counts[2] += MinimumLanguageMarkers;
        }

        // Quoted text is what the request is about ("what does 'je ne sais pas' mean"), not the language it is asked in.
        var words = new ShortWordReader(text, lower, skipQuotations: true);
        while (words.MoveNext())
        {
            if (LanguageMarkers.TryGetValue(words.Current, out int language))
            {
                counts[language]++;
            }
        }

        int best = -1, top = 0, second = 0;
        for (int language = 0; language < counts.Length; language++)
        {
            if (counts[language] > top)
            {
                (second, top, best) = (top, counts[language], language);
            }
            else if (counts[language] > second)
            {
                second = counts[language];
            }
        }

        // A clear lead: at least two markers and more than twice the next language's.
        return top >= MinimumLanguageMarkers && top > 2 * second ? best : -1;
    }

    // The quote that closes one opening at text[i]: a double or typographic quote anywhere, a straight single quote
    // only after a space or at the start (so "don't" and "l'eau" open nothing).
    private static char ClosingQuote(ReadOnlySpan<char> text, int i) => text[i] switch
    {
        '"' => '"',
        '“' => '”',
        '„' => '“',
        '«' => '»',
        '‘' => '’',
        '\'' when i == 0 || char.IsWhiteSpace(text[i - 1]) => '\'',
        _ => '\0',
    };

    private static FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MarkerTable(params (string Words, int Language)[] languages)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach ((string words, int language) in languages)
        {
            foreach (string word in words.Split(' '))
            {
                map.Add(word, language);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
