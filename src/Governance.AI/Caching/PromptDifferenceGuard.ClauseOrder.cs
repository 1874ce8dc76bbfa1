using System.Buffers;

namespace Governance.AI.Caching;

// Subordinate clauses after the question in another order (session 23): "Do I need a visa when I fly to Peru if I hold a
// US passport?" / "Do I need a visa if I hold a US passport when I fly to Peru?". Each clause says the same thing
// wherever it stands; the rules that compare word order within a clause would read the moved names as exchanged.
public sealed partial class PromptDifferenceGuard
{
    private static readonly SearchValues<char> SentenceOrQuoteMarks = SearchValues.Create("?.!;:\"'«»“”");

    // Two or more clauses, each opened by a subordinator, after the same question, the same clauses word for word in
    // another order: the asked prompt is read as the cached one. Anything else (another clause, another opener, a clause
    // split differently) is left to the rules.
    private static bool SameClausesInOtherOrder(string cached, string asked)
    {
        if (Math.Abs(cached.Length - asked.Length) > 4 || cached.Length > 400)
        {
            return false;
        }

        List<string>? a = SubordinateClauses(cached);
        List<string>? b = a is null ? null : SubordinateClauses(asked);
        if (a is null || b is null || a.Count != b.Count || !string.Equals(a[0], b[0], StringComparison.Ordinal))
        {
            return false;
        }

        List<string> restA = a.GetRange(1, a.Count - 1);
        List<string> restB = b.GetRange(1, b.Count - 1);
        restA.Sort(StringComparer.Ordinal);
        restB.Sort(StringComparer.Ordinal);
        for (int i = 0; i < restA.Count; i++)
        {
            if (!string.Equals(restA[i], restB[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    // The question, then each subordinate clause with its opener, lowercased, without commas and the closing mark; null
    // unless there are two clauses or more in one sentence without quotation marks.
    private static List<string>? SubordinateClauses(string text)
    {
        // Most prompts hold fewer than two openers: counted in place before anything is copied.
        int openers = 0;
        foreach (string opener in ClauseSubordinators)
        {
            ReadOnlySpan<char> rest = text;
            int at;
            while (openers < 2 && (at = rest.IndexOf(opener, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                openers++;
                rest = rest[(at + 1)..];
            }
        }

        if (openers < 2)
        {
            return null;
        }

        string lower = text.ToLowerInvariant().TrimEnd('?', '.', '!', ' ');
        if (lower.AsSpan().IndexOfAny(SentenceOrQuoteMarks) >= 0)
        {
            return null;
        }

        lower = lower.Replace(",", string.Empty, StringComparison.Ordinal);
        var starts = new List<int>();
        foreach (string opener in ClauseSubordinators)
        {
            int at = lower.IndexOf(opener, StringComparison.Ordinal);
            while (at >= 0)
            {
                starts.Add(at);
                at = lower.IndexOf(opener, at + 1, StringComparison.Ordinal);
            }
        }

        if (starts.Count < 2)
        {
            return null;
        }

        starts.Sort();
        var clauses = new List<string>(starts.Count + 1) { lower[..starts[0]].Trim() };
        for (int i = 0; i < starts.Count; i++)
        {
            int end = i + 1 < starts.Count ? starts[i + 1] : lower.Length;
            clauses.Add(lower[starts[i]..end].Trim());
        }

        return clauses;
    }
}
