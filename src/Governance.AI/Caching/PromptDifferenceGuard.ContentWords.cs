namespace Governance.AI.Caching;

// Content words one prompt has and the other lacks: the words that add nothing (generic words, equivalents of the
// other prompt's function words, misspelt function words), pairs of equivalent words, and unmatched qualifiers.
public sealed partial class PromptDifferenceGuard
{
    // A qualifier the other prompt says with a synonym it reads as a function word ("ways to assist" / "ways to help")
    // is matched too, and so is a misspelt function word ("bad for yuo" / "bad for you").
    private bool HasUnmatchedQualifier(PromptFeatures own, PromptFeatures other, Dictionary<string, string>? matched, bool byValue)
    {
        foreach (string word in own.Qualifiers)
        {
            if (other.Content.Contains(word) || (matched is not null && (byValue ? matched.ContainsValue(word) : matched.ContainsKey(word))) || IsCompoundIn(word, other)
                || (_options.AllowSynonyms && HasEquivalentIn(word, other.Words)) || IsMisspeltFunctionWord(word, other.Words, own.Words))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    // Drops the words that add nothing: generic ones ("the capital city", "a good way"), with synonyms allowed those
    // whose equivalent the other prompt has as a function or task word ("make a plan" / "create a plan"), and a
    // misspelt function word the spelling corrector leaves alone as too short ("wat is" / "what is"): a function word
    // of the other prompt, missing from this one, one edit away.
    private void RemoveUnspecific(List<string> extra, HashSet<string> otherWords, HashSet<string> ownWords)
    {
        for (int i = extra.Count - 1; i >= 0; i--)
        {
            if (GuardLexicon.GenericWords.Contains(extra[i]) || (_options.AllowSynonyms && HasEquivalentIn(extra[i], otherWords))
                || IsMisspeltFunctionWord(extra[i], otherWords, ownWords))
            {
                extra.RemoveAt(i);
            }
        }
    }

    private bool IsMisspeltFunctionWord(string word, HashSet<string> otherWords, HashSet<string> ownWords)
    {
        // A real word is what its writer typed: "the application form" is not "the application from".
        if (word.Length < 3 || IsRealWord(word))
        {
            return false;
        }

        foreach (string other in otherWords)
        {
            if (_functionWords.Contains(other) && !ownWords.Contains(other) && IsOneEditApart(word, other))
            {
                return true;
            }
        }

        return false;
    }

    // One letter inserted, deleted, replaced, or two neighbours swapped.
    private static bool IsOneEditApart(string x, string y)
    {
        if (Math.Abs(x.Length - y.Length) > 1 || string.Equals(x, y, StringComparison.Ordinal))
        {
            return false;
        }

        int start = 0;
        while (start < x.Length && start < y.Length && x[start] == y[start])
        {
            start++;
        }

        if (x.Length == y.Length)
        {
            ReadOnlySpan<char> restX = x.AsSpan(start + 1);
            return restX.SequenceEqual(y.AsSpan(start + 1))
                || (start + 1 < x.Length && x[start] == y[start + 1] && x[start + 1] == y[start] && x.AsSpan(start + 2).SequenceEqual(y.AsSpan(start + 2)));
        }

        return x.Length > y.Length ? x.AsSpan(start + 1).SequenceEqual(y.AsSpan(start)) : x.AsSpan(start).SequenceEqual(y.AsSpan(start + 1));
    }

    private bool HasEquivalentIn(string word, HashSet<string> words)
    {
        foreach (string other in words)
        {
            if (!string.Equals(other, word, StringComparison.Ordinal) && AreEquivalent(word, other) && !AreOpposites(word, other))
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> Missing(HashSet<string> words, HashSet<string> other)
    {
        var missing = new List<string>();
        foreach (string word in words)
        {
            if (!other.Contains(word))
            {
                missing.Add(word);
            }
        }

        return missing;
    }

    // Removes from both lists the pairs of words that mean the same (never opposites); returns them as b word → a word.
    private Dictionary<string, string>? MatchEquivalents(List<string> onlyA, List<string> onlyB)
    {
        Dictionary<string, string>? matched = null;
        for (int i = onlyA.Count - 1; i >= 0; i--)
        {
            string x = onlyA[i];
            for (int j = 0; j < onlyB.Count; j++)
            {
                string y = onlyB[j];
                if (AreEquivalent(x, y) && !AreOpposites(x, y))
                {
                    (matched ??= new Dictionary<string, string>(StringComparer.Ordinal))[y] = x;
                    onlyA.RemoveAt(i);
                    onlyB.RemoveAt(j);
                    break;
                }
            }
        }

        return matched;
    }
}
