using System.Collections.Frozen;
using System.Text;

namespace Governance.AI.Caching;

// Typos read pairwise: a word that is not a real word (WordNet's lemmas and their inflections, or a word of the
// guard's lexicon) is the word of the other prompt it is a small edit away from ("eggg" / "egg", "watr" / "water",
// "Japanesse" / "Japanese"), so every later check compares the intended word. Two real words never match
// ("form" / "from", "desert" / "dessert"): a real word is what its writer typed.
public sealed partial class PromptDifferenceGuard
{
    // Shorter words have too many neighbours one edit away; "teh" / "the" is read as a misspelt function word instead.
    private const int MinimumTypoLength = 4;

    // From this length two edits (with the first letter kept) are still far from any other word ("negotaite").
    private const int TwoEditTypoLength = 8;

    private const int MaximumTypoLength = 30;

    // Words that are no English words (names, other languages) are read as typos from this length only: shorter ones
    // are often two real words of their language one swap or doubled letter apart ("Hüte" / "Hütte").
    private const int MinimumUnknownTypoLength = 6;

    /// <summary>Rewrites the words of each prompt that are typos of a word of the other into that word.</summary>
    private static (string CachedPrompt, string Prompt) AlignTypos(string cachedPrompt, string prompt)
    {
        List<(int Start, int Length)> cachedWords = LetterWords(cachedPrompt);
        List<(int Start, int Length)> promptWords = LetterWords(prompt);
        return (Align(cachedPrompt, cachedWords, prompt, promptWords, toUnknownWords: false), Align(prompt, promptWords, cachedPrompt, cachedWords, toUnknownWords: true));
    }

    // toUnknownWords: a word may also be read as a word of the other prompt that is no English word (a name, "Docker";
    // a word of another language, "fonctionne"), through the commonest typos only. Neither side is known to be right
    // then, so only the new prompt's word is rewritten, never both into each other.
    private static string Align(string text, List<(int Start, int Length)> words, string other, List<(int Start, int Length)> otherWords, bool toUnknownWords)
    {
        StringBuilder? aligned = null;
        int copied = 0;
        bool? english = null;
        Span<char> buffer = stackalloc char[MaximumTypoLength];
        foreach ((int start, int length) in words)
        {
            if (length < MinimumTypoLength || length > MaximumTypoLength)
            {
                continue;
            }

            // Most words are lemmas or shared by both prompts: those are settled without allocating.
            Span<char> lower = buffer[..length];
            text.AsSpan(start, length).ToLowerInvariant(lower);
            if (GuardLexicon.IsLemma(lower) || ContainsWord(other, otherWords, lower))
            {
                continue;
            }

            string word = lower.ToString();
            if (IsRealWord(word))
            {
                continue;
            }

            // Only in an English prompt: in another language most words are not English words, and "hund" is not a
            // typo of "hand".
            english ??= IsMostlyEnglish(text, words);
            string? match = english == true ? ClosestRealWord(word, other, otherWords, text, words) : null;
            if (match is null && toUnknownWords && word.Length >= MinimumUnknownTypoLength)
            {
                match = CommonTypoOf(word, other, otherWords, text, words);
            }

            if (match is null)
            {
                continue;
            }

            aligned ??= new StringBuilder(text.Length + 8);
            aligned.Append(text, copied, start - copied);
            aligned.Append(char.IsUpper(text[start]) ? string.Concat(char.ToUpperInvariant(match[0]).ToString(), match.AsSpan(1)) : match);
            copied = start + length;
        }

        if (aligned is null)
        {
            return text;
        }

        aligned.Append(text, copied, text.Length - copied);
        return aligned.ToString();
    }

    // The one real word of the other prompt (absent from this one) nearest to the typo within its edit budget; none
    // when two are equally near.
    private static string? ClosestRealWord(string typo, string other, List<(int Start, int Length)> otherWords, string text, List<(int Start, int Length)> words)
    {
        int budget = typo.Length >= TwoEditTypoLength ? 2 : 1;
        string? best = null;
        int bestDistance = int.MaxValue;
        bool tie = false;
        foreach ((int start, int length) in otherWords)
        {
            if (Math.Abs(length - typo.Length) > budget || length < MinimumTypoLength - 1)
            {
                continue;
            }

            string candidate = other.Substring(start, length).ToLowerInvariant();
            int distance = EditDistance(typo, candidate, budget);
            if (distance > budget || (distance == 2 && candidate[0] != typo[0]) || string.Equals(candidate, best, StringComparison.Ordinal)
                || ContainsWord(text, words, candidate) || !IsRealWord(candidate))
            {
                continue;
            }

            tie = distance == bestDistance;
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return tie ? null : best;
    }

    // The one word of the other prompt (absent from this one, and no English word, which ClosestRealWord reads) that
    // the typo is one of the commonest typos of: two neighbouring letters swapped ("Dcoker" / "Docker", "documetnos" /
    // "documentos") or a doubled letter typed once or a single one twice ("fonctione" / "fonctionne"). Any other edit
    // reaches different words in languages the guard has no word list for ("comprar" / "comparar").
    private static string? CommonTypoOf(string typo, string other, List<(int Start, int Length)> otherWords, string text, List<(int Start, int Length)> words)
    {
        string? found = null;
        foreach ((int start, int length) in otherWords)
        {
            if (Math.Abs(length - typo.Length) > 1)
            {
                continue;
            }

            ReadOnlySpan<char> candidate = other.AsSpan(start, length);
            if (!IsCommonTypo(typo, candidate))
            {
                continue;
            }

            string lower = candidate.ToString().ToLowerInvariant();
            if (ContainsWord(text, words, lower) || (found is not null && !string.Equals(found, lower, StringComparison.Ordinal)))
            {
                return null;
            }

            found = lower;
        }

        return found;
    }

    // Two neighbouring letters swapped, or one letter of a doubled pair added or dropped; compared ignoring case.
    internal static bool IsCommonTypo(ReadOnlySpan<char> typo, ReadOnlySpan<char> word)
    {
        if (typo.Length == word.Length)
        {
            int first = 0;
            while (first < typo.Length && char.ToLowerInvariant(typo[first]) == char.ToLowerInvariant(word[first]))
            {
                first++;
            }

            return first + 1 < typo.Length && char.ToLowerInvariant(typo[first]) == char.ToLowerInvariant(word[first + 1])
                && char.ToLowerInvariant(typo[first + 1]) == char.ToLowerInvariant(word[first])
                && typo[(first + 2)..].Equals(word[(first + 2)..], StringComparison.OrdinalIgnoreCase);
        }

        ReadOnlySpan<char> longer = typo.Length > word.Length ? typo : word;
        ReadOnlySpan<char> shorter = typo.Length > word.Length ? word : typo;
        int at = 0;
        while (at < shorter.Length && char.ToLowerInvariant(longer[at]) == char.ToLowerInvariant(shorter[at]))
        {
            at++;
        }

        // The letter the longer word has in addition repeats its neighbour; or, in a long word, the typo dropped a vowel
        // inside it ("Reispass" / "Reisepass": eight letters or more are left, so "comprar" / "comparar" stay apart).
        char extra = char.ToLowerInvariant(longer[at]);
        bool doubled = (at > 0 && extra == char.ToLowerInvariant(longer[at - 1]))
            || (at + 1 < longer.Length && extra == char.ToLowerInvariant(longer[at + 1]));
        bool droppedVowel = typo.Length == shorter.Length && shorter.Length >= 8 && at >= 2 && at + 2 < longer.Length && extra is 'a' or 'e' or 'i' or 'o' or 'u';
        return (doubled || droppedVowel) && longer[(at + 1)..].Equals(shorter[at..], StringComparison.OrdinalIgnoreCase);
    }

    // Optimal string alignment distance (insert, delete, replace, swap two neighbours), or budget + 1 once it is exceeded.
    private static int EditDistance(string x, string y, int budget)
    {
        Span<int> previous2 = stackalloc int[y.Length + 1];
        Span<int> previous = stackalloc int[y.Length + 1];
        Span<int> current = stackalloc int[y.Length + 1];
        for (int j = 0; j <= y.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= x.Length; i++)
        {
            current[0] = i;
            int rowMinimum = i;
            for (int j = 1; j <= y.Length; j++)
            {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                int value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > budget)
            {
                return budget + 1;
            }

            Span<int> recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return previous[y.Length];
    }

    /// <summary>
    /// Whether a prompt is in German, Spanish or French rather than English: it opens a question with "¿" or "¡", or
    /// holds two function words of those languages that are not English words ("wie … ich", "je … pas"). Typos do
    /// not change function words, so a misspelt English prompt stays English.
    /// </summary>
    /// <param name="text">The prompt.</param>
    /// <returns><see langword="true"/> for a prompt in another language.</returns>
    internal static bool IsInAnotherLanguage(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny('¿', '¡') >= 0)
        {
            return true;
        }

        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> foreign = GuardLexicon.ForeignFunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[8];

        // A letter with a diacritic ("cuánto", "für") counts once: English borrows a few such words ("café"), so one
        // function word of those languages must still be found with it.
        int found = HasAccentedLetter(text) ? 1 : 0;

        // A clitic or elided word ("n'ai", "l'eau") is read by its letters; longer words are never function words here.
        var words = new ShortWordReader(text, lower, skipQuotations: false);
        while (words.MoveNext())
        {
            if (foreign.Contains(words.Current) && ++found == 2)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasAccentedLetter(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            // Latin-1 and Latin Extended-A letters, without × and ÷.
            if (c is >= 'À' and <= 'ž' and not '×' and not '÷')
            {
                return true;
            }
        }

        return false;
    }

    // At least as many of its content words are real words as are not.
    private static bool IsMostlyEnglish(string text, List<(int Start, int Length)> words)
    {
        int real = 0, unknown = 0;
        foreach ((int start, int length) in words)
        {
            string word = text.Substring(start, length).ToLowerInvariant();
            if (length < 3 || GuardLexicon.FunctionWords.Contains(word))
            {
                continue;
            }

            if (IsRealWord(word))
            {
                real++;
            }
            else
            {
                unknown++;
            }
        }

        return real >= unknown;
    }

    /// <summary>A word of WordNet (as itself, a plural or another inflection) or of the guard's own lexicon.</summary>
    /// <param name="word">The lowercase word.</param>
    /// <returns><see langword="true"/> for a real English word.</returns>
    internal static bool IsRealWord(string word)
    {
        if (GuardLexicon.RealWords.Contains(word) || GuardLexicon.HasOwnMeaning(word) || GuardLexicon.IrregularVerbForms.ContainsKey(word)
            || GuardLexicon.RealWords.Contains(Lemma(word)))
        {
            return true;
        }

        foreach (string candidate in BaseForms(word))
        {
            if (GuardLexicon.RealWords.Contains(candidate))
            {
                return true;
            }
        }

        // A verb's third person or a plural in "es": "goes", "watches", "boxes".
        return word.Length > 3 && word.EndsWith("es", StringComparison.Ordinal) && GuardLexicon.RealWords.Contains(word[..^2]);
    }

    private static bool ContainsWord(string text, List<(int Start, int Length)> words, ReadOnlySpan<char> lowerWord)
    {
        foreach ((int start, int length) in words)
        {
            if (length == lowerWord.Length && text.AsSpan(start, length).Equals(lowerWord, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Runs of letters not touching a digit, underscore or hyphen (identifiers and codes are not words) nor an apostrophe
    // ("doesn't" is not a typo of "does").
    private static List<(int Start, int Length)> LetterWords(string text)
    {
        var words = new List<(int Start, int Length)>();
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            bool touchesCode = (start > 0 && (char.IsDigit(text[start - 1]) || text[start - 1] is '_' or '-' or '\'' or '’'))
                || (i < text.Length && (char.IsDigit(text[i]) || text[i] is '_' or '-' or '\'' or '’'));
            if (!touchesCode)
            {
                words.Add((start, i - start));
            }
        }

        return words;
    }
}
