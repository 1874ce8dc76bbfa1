using System.Text;

namespace Governance.AI.Caching;

// Named entities: the shape of a name ("Canada", "HTTP", "iPhone") and whether each entity or quotation of one
// prompt appears in the other.
public sealed partial class PromptDifferenceGuard
{
    // An entity is a name in either prompt ("Canada", "HTTP"); letter case is noise, so the other prompt only has to
    // contain the same word ("canada", "http"). Quoted text must be the same text.
    private bool EntitiesAppearIn(PromptFeatures features, PromptFeatures other)
    {
        foreach (string entity in features.Entities)
        {
            if (entity.StartsWith('"') ? !other.Entities.Contains(entity) && !ContainsWords(other.Text, entity.AsSpan(1))
                : !other.AllWords.Contains(entity) && !HasSynonymIn(entity, other))
            {
                return false;
            }
        }

        return true;
    }

    // A capitalized common word read as a name (every German noun: "Passwort" / "Kennwort") may stand for a word of its
    // curated synonym group in the other prompt: the groups hold common words only, no names.
    private bool HasSynonymIn(string entity, PromptFeatures other)
    {
        int group = SynonymGroup(entity);
        if (group < 0)
        {
            return false;
        }

        foreach (string word in other.AllWords)
        {
            if (SynonymGroup(word) == group)
            {
                return true;
            }
        }

        return false;
    }

    // Quoted text may also stand unquoted in the other prompt ("define 'opportunity cost'" / "define opportunity cost").
    // A quotation typed without its accents is the same quotation ("« connaître »" / "connaitre").
    private static bool ContainsWords(string text, ReadOnlySpan<char> words)
    {
        string lowerWords = WordsOf(text);
        if (ContainsWordsAt(lowerWords, words))
        {
            return true;
        }

        if (!words.ContainsAnyExceptInRange('\u0000', '\u007f'))
        {
            return false;
        }

        return ContainsWordsAt(WithoutAccents(lowerWords), WithoutAccents(words.ToString()));
    }

    private static bool ContainsWordsAt(string lowerWords, ReadOnlySpan<char> words)
    {
        int at = lowerWords.AsSpan().IndexOf(words, StringComparison.Ordinal);
        return words.Length > 0 && at >= 0 && (at == 0 || lowerWords[at - 1] == ' ')
            && (at + words.Length == lowerWords.Length || lowerWords[at + words.Length] == ' ');
    }

    private static string WithoutAccents(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(c < 128 || c is 'ñ' ? c : BaseLetter(c));
        }

        return builder.ToString();
    }

    // The lowercase words of a text, one space apart: quotations compare by their words, not their punctuation.
    private static string WordsOf(string text)
    {
        var builder = new StringBuilder(text.Length);
        bool pendingSpace = false;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else if (c is not ('\'' or '’'))
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    // Two letters or more, all capitals: "US", "IT", "WHO".
    private static bool IsAcronym(Token token)
    {
        string text = token.Text;
        if (text.Length < 2 || token.Quoted)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasLowercase(string text)
    {
        foreach (char c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    // "the US" / "the us": an acronym one prompt reads as a name and the other, written in lower case, as a function
    // word is the same word (letter case is noise).
    private static void RemoveLowercasedAcronyms(List<string> only, PromptFeatures features, PromptFeatures other)
    {
        if (features.Acronyms.Count == 0)
        {
            return;
        }

        only.RemoveAll(word => features.Acronyms.Contains(word) && other.AllWords.Contains(word));
    }

    private static bool IsEntityShape(Token token)
    {
        string text = token.Text;
        int upper = 0;
        foreach (char c in text)
        {
            if (char.IsUpper(c))
            {
                upper++;
            }
        }

        // An acronym (API, NASA), an inner capital (iPhone, McDonald) or a capitalized word inside a sentence.
        return (upper >= 2 && text.Length >= 2) || (upper >= 1 && !char.IsUpper(text[0])) || (upper >= 1 && !token.SentenceStart);
    }
}
