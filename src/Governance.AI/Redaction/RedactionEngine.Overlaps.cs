namespace Governance.AI.Redaction;

/// <content>Resolving overlapping matches.</content>
public sealed partial class RedactionEngine
{
    /// <summary>Keeps the best of overlapping matches: higher confidence, then longer, then earlier, then type name.</summary>
    /// <remarks>Candidates are split into clusters of transitively overlapping matches (in start order); a cluster of
    /// one is accepted as is, and a larger cluster is resolved greedily in rank order. Clusters are independent, so
    /// this equals a global greedy pass, in near-linear time.</remarks>
    private static void Resolve(List<RedactionMatch> candidates, List<RedactionMatch> results)
    {
        if (!IsSortedByStart(candidates))
        {
            candidates.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : Rank(a, b));
        }

        int k = 0;
        while (k < candidates.Count)
        {
            int clusterEnd = candidates[k].End;
            int j = k + 1;
            while (j < candidates.Count && candidates[j].Start < clusterEnd)
            {
                clusterEnd = Math.Max(clusterEnd, candidates[j].End);
                j++;
            }

            if (j == k + 1)
            {
                results.Add(candidates[k]);
            }
            else
            {
                ResolveCluster(candidates.GetRange(k, j - k), results);
            }

            k = j;
        }
    }

    private static bool IsSortedByStart(List<RedactionMatch> candidates)
    {
        for (int k = 1; k < candidates.Count; k++)
        {
            if (candidates[k].Start < candidates[k - 1].Start)
            {
                return false;
            }
        }

        return true;
    }

    private static int Rank(RedactionMatch a, RedactionMatch b)
    {
        int c = b.Confidence.CompareTo(a.Confidence);
        if (c == 0)
        {
            c = b.Length.CompareTo(a.Length);
        }

        if (c == 0)
        {
            c = a.Start.CompareTo(b.Start);
        }

        return c != 0 ? c : string.CompareOrdinal(a.EntityType, b.EntityType);
    }

    private static void ResolveCluster(List<RedactionMatch> cluster, List<RedactionMatch> results)
    {
        cluster.Sort(Rank);
        var accepted = new List<RedactionMatch>(cluster.Count);
        foreach (RedactionMatch m in cluster)
        {
            bool overlaps = false;
            foreach (RedactionMatch a in accepted)
            {
                overlaps |= a.Start < m.End && m.Start < a.End;
            }

            if (!overlaps)
            {
                accepted.Add(m);
            }
        }

        accepted.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        results.AddRange(accepted);
    }
}
