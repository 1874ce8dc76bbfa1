using Governance.AI.Tokenization;

namespace Governance.AI.Tests.Tokenization;

/// <summary>
/// tiktoken's byte-pair merge written as plainly as possible, the reference the optimized merges are checked against:
/// repeatedly join the adjacent pair with the lowest rank, the leftmost on ties, until no adjacent pair is a token.
/// </summary>
internal static class ReferenceMerge
{
    public static int Merge(BpeRanks ranks, byte[] buffer, int start, int length, List<int>? ids)
    {
        var bounds = new List<int>(length + 1);
        for (int i = 0; i <= length; i++)
        {
            bounds.Add(start + i);
        }

        while (true)
        {
            int lowest = int.MaxValue;
            int at = -1;
            for (int j = 0; j + 2 < bounds.Count; j++)
            {
                int rank = ranks.Rank(buffer, bounds[j], bounds[j + 2] - bounds[j]);
                if (rank >= 0 && rank < lowest)
                {
                    lowest = rank;
                    at = j;
                }
            }

            if (at < 0)
            {
                break;
            }

            bounds.RemoveAt(at + 1);
        }

        for (int j = 0; j + 1 < bounds.Count; j++)
        {
            ids?.Add(ranks.Rank(buffer, bounds[j], bounds[j + 1] - bounds[j]));
        }

        return bounds.Count - 1;
    }
}
