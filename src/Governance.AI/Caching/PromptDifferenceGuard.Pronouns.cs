using System.Collections.Frozen;

namespace Governance.AI.Caching;

// A pronoun and the noun phrase it stands for that exchanged places (session 28): "Before blocking a wool sweater, should
// I wash it?" (read as "should I wash it, before blocking a wool sweater?") / "Should I wash a wool sweater before
// blocking it?". Both name the same thing twice, once by its noun and once by "it"; which mention carries the noun says
// nothing. The word-order rules would read the noun as moved to the other verb.
public sealed partial class PromptDifferenceGuard
{
    // The object pronouns read (English): "him" / "her" name a person and "her" is also a possessive, so they stay apart.
    private static readonly FrozenSet<string> ExchangeablePronouns = FrozenSet.Create(StringComparer.Ordinal, "it", "them");

    // What opens the noun phrase a pronoun stands for: an article, a possessive or a demonstrative.
    private static readonly FrozenSet<string> NounPhraseOpeners = FrozenSet.Create(
        StringComparer.Ordinal, "a", "an", "the", "my", "your", "our", "their", "this", "that", "these", "those");

    // The longest noun phrase exchanged: its opener and three words ("a hand knitted wool sweater" is not read).
    private const int MaxExchangedPhrase = 4;

    /// <summary>
    /// Whether the asked prompt is the cached one with its single "it" / "them" and one noun phrase (an opener and up to
    /// three words) in each other's places, all other words the same in the same order: the cached prompt is then the
    /// asked one. The same pronoun once in each prompt and nowhere else; letter case and punctuation aside.
    /// </summary>
    private static bool ExchangesPronounWithNounPhrase(string cached, string asked)
    {
        if (Math.Abs(cached.Length - asked.Length) > 4 || cached.Length > 400)
        {
            return false;
        }

        string[] a = PlainWords(cached);
        string[] b = PlainWords(asked);
        int pronounA = SinglePronoun(a);
        int pronounB = SinglePronoun(b);
        if (a.Length != b.Length || pronounA < 0 || pronounB < 0 || !string.Equals(a[pronounA], b[pronounB], StringComparison.Ordinal))
        {
            return false;
        }

        for (int phrase = 0; phrase < a.Length; phrase++)
        {
            if (!NounPhraseOpeners.Contains(a[phrase]))
            {
                continue;
            }

            for (int length = 2; length <= MaxExchangedPhrase && phrase + length <= a.Length; length++)
            {
                // In b the pronoun stands where the phrase began in a, shifted back by the phrase's extra words after it.
                int phraseB = phrase < pronounA ? pronounA - length + 1 : pronounA;
                if ((pronounA < phrase || pronounA >= phrase + length) && ExchangeGives(a, b, pronounA, phrase, length)
                    && StandsFor(cached, pronounA, phrase) && StandsFor(asked, pronounB, phraseB))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // a with its pronoun and the phrase a[phrase .. phrase + length) in each other's places, word for word against b.
    private static bool ExchangeGives(string[] a, string[] b, int pronoun, int phrase, int length)
    {
        int at = 0;
        for (int i = 0; i < a.Length; i++)
        {
            if (i == pronoun)
            {
                for (int k = 0; k < length; k++)
                {
                    if (!string.Equals(a[phrase + k], b[at++], StringComparison.Ordinal))
                    {
                        return false;
                    }
                }
            }
            else if (i == phrase)
            {
                if (!string.Equals(a[pronoun], b[at++], StringComparison.Ordinal))
                {
                    return false;
                }

                i += length - 1;
            }
            else if (!string.Equals(a[i], b[at++], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    // Whether the pronoun reads as the phrase as written: it follows the phrase, or it comes first in a question whose
    // clause holding the phrase was set before it and moved after a comma by the framing ("Before blocking a wool
    // sweater, should I wash it?" is read "should I wash it, before blocking a wool sweater?"). "Should I sell it before
    // buying a new car?" names something else by "it", so it is not read as "Should I sell a new car before buying it?".
    private static bool StandsFor(string text, int pronoun, int phrase)
    {
        if (phrase < pronoun)
        {
            return true;
        }

        // One comma, and the words before it end after the pronoun and before the phrase.
        int comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0 || text.IndexOf(',', comma + 1) >= 0)
        {
            return false;
        }

        int wordsBefore = PlainWords(text[..comma]).Length;
        return wordsBefore > pronoun && wordsBefore <= phrase;
    }

    private static int SinglePronoun(string[] words)
    {
        int found = -1;
        for (int i = 0; i < words.Length; i++)
        {
            if (ExchangeablePronouns.Contains(words[i]))
            {
                if (found >= 0)
                {
                    return -1;
                }

                found = i;
            }
        }

        return found;
    }

    // The words of a prompt, lowercased, without punctuation.
    private static string[] PlainWords(string text) =>
        text.ToLowerInvariant().Split([' ', ',', '?', '.', '!', ';', ':', '¿', '¡'], StringSplitOptions.RemoveEmptyEntries);
}
