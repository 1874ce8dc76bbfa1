using System.Collections.Frozen;

namespace Governance.AI.Caching;

// Word forms the tokenizer folds: a plural to its singular, two words typed as one to the two words.
public sealed partial class PromptDifferenceGuard
{
    // Two words commonly typed as one.
    private static readonly FrozenDictionary<string, string[]> ClosedUpWords = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["everytime"] = ["every", "time"], ["alot"] = ["a", "lot"], ["eachother"] = ["each", "other"], ["incase"] = ["in", "case"],
        ["atleast"] = ["at", "least"], ["infront"] = ["in", "front"], ["aswell"] = ["as", "well"], ["inorder"] = ["in", "order"],
        ["noone"] = ["no", "one"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static string Lemma(string word)
    {
        if (word is "goes")
        {
            // Not "goe": "why bread goes stale" / "why does bread go stale".
            return "go";
        }

        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return string.Concat(word.AsSpan(0, word.Length - 3), "y");
        }

        if (word.Length > 4 && (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal)
            || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal)))
        {
            return word[..^2];
        }

        if (word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i'))
        {
            return word[..^1];
        }

        return word;
    }
}
