using System.Text;
using Governance.AI.Caching;

namespace Governance.AI.Embeddings.Offline;

/// <summary>
/// Corrects words the word-vector vocabulary does not know into the most frequent known word one edit away (one
/// letter deleted, inserted, replaced, or two neighbours swapped): "recomend" → "recommend", "wirte" → "write"; a
/// four-letter word only by a swap ("peom" → "poem"), and a word of eight letters or more into a rare word when no
/// frequent one is near ("photosyntesis" → "photosynthesis"). Known words, shorter words, words with digits, and names
/// (a capital inside a sentence, or inside the word, unless the prompt is a title or in capitals) are left alone; a
/// real English word and any word of a German, Spanish or French prompt only through a swap or a doubled letter.
/// </summary>
internal sealed class VocabularySpellingCorrector(WordVectorModel model) : IPromptSpellingCorrector
{
    // Below this length a single edit reaches too many real words ("cat" / "car") to guess safely; a four-letter word
    // is only corrected by swapping two neighbours ("peom" → "poem").
    private const int MinimumLength = 5;
    private const int SwapOnlyLength = 4;
    private const int MaximumLength = 24;

    // Only the more frequent part of the vocabulary is offered as a correction: a rare known word one edit away from a
    // typo is more often a different word than the intended one.
    private const int MaximumCorrectionRank = 30_000;

    // A long word has few real words one edit away, so when the frequent vocabulary offers none the rare part may
    // ("photosyntesis" → "photosynthesis", rank 38 053).
    private const int RareCorrectionMinimumLength = 8;

    /// <inheritdoc />
    public string Correct(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? corrected = null;
        int copied = 0;
        bool sentenceStart = true;
        bool? english = null;
        bool? capitalsMarkNames = null;
        Span<char> lower = stackalloc char[MaximumLength];
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (!char.IsLetter(c))
            {
                if (c is '.' or '?' or '!' or ':' or ';' or '\n' or '¿' or '¡')
                {
                    sentenceStart = true;
                }

                i++;
                continue;
            }

            int start = i;
            bool hasInnerCapital = false;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                hasInnerCapital |= i > start && char.IsUpper(text[i]);
                i++;
            }

            int length = i - start;
            bool followedByWordCharacter = i < text.Length && (char.IsDigit(text[i]) || text[i] is '_' or '-' or '\'' or '’');
            bool precededByWordCharacter = start > 0 && (char.IsDigit(text[start - 1]) || text[start - 1] is '_' or '-' or '\'' or '’');
            bool capitalized = hasInnerCapital || (!sentenceStart && char.IsUpper(text[start]));
            sentenceStart = false;
            // The stem of a negated auxiliary is a closed class: "dosen't" is only ever "doesn't", "shuoldn't" "shouldn't".
            if (followedByWordCharacter && !precededByWordCharacter && NegatedAuxiliaryOf(text, start, length) is { } auxiliary)
            {
                corrected ??= new StringBuilder(text.Length + 8);
                corrected.Append(text, copied, start - copied);
                corrected.Append(char.IsUpper(text[start]) ? string.Concat(char.ToUpperInvariant(auxiliary[0]).ToString(), auxiliary.AsSpan(1)) : auxiliary);
                copied = i;
                continue;
            }

            if (length < SwapOnlyLength || length > MaximumLength || followedByWordCharacter || precededByWordCharacter
                || (capitalized && (capitalsMarkNames ??= !IsTitleOrUpperCase(text))))
            {
                continue;
            }

            Span<char> word = lower[..length];
            text.AsSpan(start, length).ToLowerInvariant(word);
            if (model.TryGetRank(word, out _)
                || (length < MinimumLength ? BestSwap(word)
                    : CommonTyposOnly(text, word, ref english) ? BestCorrection(word, MaximumCorrectionRank, commonTyposOnly: true)
                    : BestCorrection(word, MaximumCorrectionRank) ?? (length >= RareCorrectionMinimumLength ? BestCorrection(word, int.MaxValue) : null)) is not { } replacement)
            {
                continue;
            }

            corrected ??= new StringBuilder(text.Length + 8);
            corrected.Append(text, copied, start - copied);
            corrected.Append(char.IsUpper(text[start]) ? string.Concat(char.ToUpperInvariant(replacement[0]).ToString(), replacement.AsSpan(1)) : replacement);
            copied = i;
        }

        if (corrected is null)
        {
            return text;
        }

        corrected.Append(text, copied, text.Length - copied);
        return corrected.ToString();
    }

    // The stems of English negated auxiliaries, before "n't".
    private static readonly string[] NegatedAuxiliaries =
        ["doesn", "didn", "isn", "wasn", "aren", "weren", "hasn", "haven", "hadn", "couldn", "shouldn", "wouldn", "mustn", "needn"];

    // The negated auxiliary a word right before "'t" is one of the commonest typos of — two neighbouring letters
    // swapped or a letter doubled or not ("dosen't", "doesnn't") — or null for a stem that is right, unknown or further off.
    private static string? NegatedAuxiliaryOf(string text, int start, int length)
    {
        int end = start + length;
        if (length < 4 || length > 8 || end + 1 >= text.Length || text[end] is not ('\'' or '’') || char.ToLowerInvariant(text[end + 1]) != 't'
            || (end + 2 < text.Length && char.IsLetter(text[end + 2])))
        {
            return null;
        }

        ReadOnlySpan<char> word = text.AsSpan(start, length);
        string? found = null;
        foreach (string auxiliary in NegatedAuxiliaries)
        {
            if (word.Equals(auxiliary, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            if (found is null && PromptDifferenceGuard.IsCommonTypo(word, auxiliary))
            {
                found = auxiliary;
            }
        }

        return found;
    }

    // In a title ("Write a Cover Letter for a Barista Job") or in capitals every word is capitalized, so a capital marks
    // no name there: the text is corrected as its lowercase form would be. Title case: no word of four letters or more
    // starts in lowercase, and at least three do in uppercase.
    private static bool IsTitleOrUpperCase(string text)
    {
        int capitalized = 0;
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

            if (i - start >= SwapOnlyLength)
            {
                if (char.IsLower(text[start]))
                {
                    return false;
                }

                capitalized++;
            }
        }

        return capitalized >= 3;
    }

    // A real English word the vocabulary lacks ("fogging", "scuffs", "barista") and any word of a prompt in another
    // language, whose words an English vocabulary lacks ("noche", "quand"), is read as a typo only through the commonest
    // typos, two letters swapped or a letter doubled or not ("instal" → "install"): any other edit reaches a different
    // word ("logging", "niche", "quad"). Both checks run only for a word the vocabulary does not know, the language once
    // per prompt.
    private static bool CommonTyposOnly(string text, ReadOnlySpan<char> lower, ref bool? english) =>
        (english ??= !PromptDifferenceGuard.IsInAnotherLanguage(text)) == false || PromptDifferenceGuard.IsRealWord(lower.ToString());

    /// <summary>
    /// The rank of the most frequent known word one edit away from an unknown lowercase four-letter word, for the
    /// embedder: a typo the corrector leaves alone there ("lern") then still scores near the word it was meant as,
    /// while the guard decides whether the two prompts really are the same. Longer words were already searched by
    /// the corrector (searching again would double its cost on text in another language).
    /// </summary>
    internal bool TryGetNearestRank(ReadOnlySpan<char> lower, out int rank)
    {
        rank = -1;
        return lower.Length == SwapOnlyLength && BestCorrection(lower, MaximumCorrectionRank) is { } nearest && model.TryGetRank(nearest, out rank);
    }

    // The most frequent known word one edit away, ranked below rankLimit (with commonTyposOnly, one of the commonest typos
    // away). The commonest typos — two letters swapped, a doubled letter typed
    // once or a single one typed twice — are tried first ("leter" → "letter", not "later"); any other single edit only
    // when none of those gives a known word.
    private string? BestCorrection(ReadOnlySpan<char> word, int rankLimit, bool commonTyposOnly = false)
    {
        Span<char> candidate = stackalloc char[MaximumLength + 1];
        int bestRank = rankLimit;
        string? best = null;
        ConsiderSwaps(word, candidate, ref bestRank, ref best);

        for (int i = 0; i < word.Length; i++)
        {
            bool doubled = i + 1 < word.Length && word[i] == word[i + 1];
            if (doubled)
            {
                Delete(word, i, candidate);
                Consider(candidate[..(word.Length - 1)], ref bestRank, ref best);
            }
            else
            {
                Insert(word, i, word[i], candidate);
                Consider(candidate[..(word.Length + 1)], ref bestRank, ref best);
            }
        }

        if (best is not null || commonTyposOnly)
        {
            return best;
        }

        ReadOnlySpan<char> letters = "abcdefghijklmnopqrstuvwxyz";
        for (int i = 0; i <= word.Length; i++)
        {
            if (i < word.Length)
            {
                Delete(word, i, candidate);
                Consider(candidate[..(word.Length - 1)], ref bestRank, ref best);
            }

            foreach (char letter in letters)
            {
                if (i < word.Length && word[i] != letter)
                {
                    word.CopyTo(candidate);
                    candidate[i] = letter;
                    Consider(candidate[..word.Length], ref bestRank, ref best);
                }

                Insert(word, i, letter, candidate);
                Consider(candidate[..(word.Length + 1)], ref bestRank, ref best);
            }
        }

        return best;
    }

    private string? BestSwap(ReadOnlySpan<char> word)
    {
        Span<char> candidate = stackalloc char[MaximumLength];
        int bestRank = MaximumCorrectionRank;
        string? best = null;
        ConsiderSwaps(word, candidate, ref bestRank, ref best);
        return best;
    }

    private void ConsiderSwaps(ReadOnlySpan<char> word, Span<char> candidate, ref int bestRank, ref string? best)
    {
        for (int i = 0; i + 1 < word.Length; i++)
        {
            word.CopyTo(candidate);
            (candidate[i], candidate[i + 1]) = (candidate[i + 1], candidate[i]);
            Consider(candidate[..word.Length], ref bestRank, ref best);
        }
    }

    private static void Delete(ReadOnlySpan<char> word, int at, Span<char> candidate)
    {
        word[..at].CopyTo(candidate);
        word[(at + 1)..].CopyTo(candidate[at..]);
    }

    private static void Insert(ReadOnlySpan<char> word, int at, char letter, Span<char> candidate)
    {
        word[..at].CopyTo(candidate);
        candidate[at] = letter;
        word[at..].CopyTo(candidate[(at + 1)..]);
    }

    private void Consider(ReadOnlySpan<char> candidate, ref int bestRank, ref string? best)
    {
        if (model.TryGetRank(candidate, out int rank) && rank < bestRank)
        {
            bestRank = rank;
            best = candidate.ToString();
        }
    }
}
