using System.Text;

namespace Governance.AI.Caching;

// Words that differ only in writing or in what the other prompt implies: the kind of answer named by a noun, hyphenated
// compounds, missing accents.
public sealed partial class PromptDifferenceGuard
{
    private static void DropAnswerType(List<string> own, PromptFeatures features, PromptFeatures other)
    {
        if (features.AnswerType is { } answerType && other.BareQuestionWord && other.AnswerType is null)
        {
            own.Remove(answerType);
        }
    }

    // A compound is the same words with a hyphen, apart or together: "cold-brew" / "cold brew", "wi-fi" / "wifi",
    // "qu'est-ce" / "qu'est ce". Removes each compound of own whose joined form, or every part, the other prompt has,
    // with those words.
    private static void RemoveCompounds(List<string> own, List<string> other, PromptFeatures otherFeatures)
    {
        for (int i = own.Count - 1; i >= 0; i--)
        {
            string word = own[i];
            if (!word.Contains('-', StringComparison.Ordinal) || !IsCompoundIn(word, otherFeatures))
            {
                continue;
            }

            own.RemoveAt(i);
            string[] parts = word.Split('-', StringSplitOptions.RemoveEmptyEntries);
            if (!other.Remove(string.Concat(parts)))
            {
                foreach (string part in parts)
                {
                    other.Remove(part);
                    other.Remove(Lemma(part));
                }
            }
        }
    }

    // Whether the other prompt writes a compound of this one apart or together ("cold-brew": "cold brew", "coldbrew"),
    // or this word as a compound ("wifi": "wi-fi").
    private static bool IsCompoundIn(string word, PromptFeatures other)
    {
        if (word.Contains('-', StringComparison.Ordinal))
        {
            string[] parts = word.Split('-', StringSplitOptions.RemoveEmptyEntries);
            if (other.AllWords.Contains(string.Concat(parts)))
            {
                return true;
            }

            foreach (string part in parts)
            {
                if (!other.AllWords.Contains(part))
                {
                    return false;
                }
            }

            return parts.Length > 1;
        }

        foreach (string compound in other.Content)
        {
            if (compound.Contains('-', StringComparison.Ordinal) && compound.Replace("-", string.Empty, StringComparison.Ordinal) == word)
            {
                return true;
            }
        }

        return false;
    }

    // "bacterie" / "bactérie", "diference" / "différence": a word typed without its accents is the same word. Only where
    // one side has the plain letter ("pêcher" / "pécher" are two words), never "ñ" ("ano" / "año"), from four letters.
    private static bool DifferOnlyInAccents(string x, string y)
    {
        if (x.Length != y.Length || x.Length < 4)
        {
            return false;
        }

        bool differs = false;
        for (int i = 0; i < x.Length; i++)
        {
            if (x[i] == y[i])
            {
                continue;
            }

            char plain = x[i] < 128 ? x[i] : y[i] < 128 ? y[i] : '\0';
            char accented = x[i] < 128 ? y[i] : x[i];
            if (plain == '\0' || accented is 'ñ' || BaseLetter(accented) != plain)
            {
                return false;
            }

            differs = true;
        }

        return differs;
    }

    private static char BaseLetter(char accented)
    {
        string decomposed = Pipeline.UnicodeDecomposition.Decompose(accented.ToString(), compatibility: false);
        return decomposed.Length > 1 && decomposed[0] < 128 ? decomposed[0] : accented;
    }
}
