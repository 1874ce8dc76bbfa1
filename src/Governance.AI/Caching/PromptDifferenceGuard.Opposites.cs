namespace Governance.AI.Caching;

// Opposite words: the curated and configured pairs, and morphological opposites (lock / unlock, useful / useless).
public sealed partial class PromptDifferenceGuard
{
    private bool HasOpposites(HashSet<string> a, HashSet<string> b)
    {
        foreach (string word in a)
        {
            if (b.Contains(word))
            {
                continue;
            }

            foreach (string other in b)
            {
                if (!a.Contains(other) && AreOpposites(word, other))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool AreOpposites(string x, string y)
    {
        if ((_opposites.TryGetValue(x, out string[]? known) && Array.IndexOf(known, y) >= 0)
            || (_opposites.TryGetValue(Lemma(x), out known) && Array.IndexOf(known, Lemma(y)) >= 0))
        {
            return true;
        }

        // Morphological opposites: lock/unlock, connect/disconnect, valid/invalid, useful/useless, login/logout.
        return IsNegatingPrefix(x, y) || IsNegatingPrefix(y, x) || SwapsAffix(x, y, "en", "dis", prefix: true)
            || SwapsAffix(x, y, "ful", "less", prefix: false) || SwapsAffix(x, y, "in", "out", prefix: false)
            || SwapsAffix(x, y, "in", "out", prefix: true) || SwapsAffix(x, y, "up", "down", prefix: true)
            || SwapsAffix(x, y, "over", "under", prefix: true) || SwapsAffix(x, y, "inc", "dec", prefix: true);
    }

    private static bool IsNegatingPrefix(string word, string negated)
    {
        if (word.Length < 3)
        {
            return false;
        }

        foreach (string prefix in GuardLexicon.NegatingPrefixes)
        {
            if (negated.Length == prefix.Length + word.Length && negated.StartsWith(prefix, StringComparison.Ordinal)
                && negated.AsSpan(prefix.Length).SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SwapsAffix(string x, string y, string first, string second, bool prefix)
    {
        return Swaps(x, y, first, second, prefix) || Swaps(y, x, first, second, prefix);

        static bool Swaps(string x, string y, string first, string second, bool prefix)
        {
            if (prefix)
            {
                return x.StartsWith(first, StringComparison.Ordinal) && y.StartsWith(second, StringComparison.Ordinal)
                    && x.Length - first.Length >= 3 && x.AsSpan(first.Length).SequenceEqual(y.AsSpan(second.Length));
            }

            return x.EndsWith(first, StringComparison.Ordinal) && y.EndsWith(second, StringComparison.Ordinal)
                && x.Length - first.Length >= 3 && x.AsSpan(0, x.Length - first.Length).SequenceEqual(y.AsSpan(0, y.Length - second.Length));
        }
    }
}
