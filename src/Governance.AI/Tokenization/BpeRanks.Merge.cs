using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Governance.AI.Tokenization;

/// <summary>tiktoken's byte-pair merge over the ranks: in rounds, finished by a heap for long pieces.</summary>
internal sealed partial class BpeRanks
{
    /// <summary>Pieces up to this length merge on the stack (<see cref="MergeShortInRounds"/>), without a scan budget.</summary>
    internal const int ShortPieceLength = 64;

    /// <summary>How many parts per byte <see cref="MergeInRounds"/> may scan before it hands the piece to the heap merge.</summary>
    private const int RoundBudgetPerByte = 8;

    /// <summary>
    /// tiktoken's merge (repeatedly join the adjacent pair with the lowest rank, the leftmost on ties), one lowest rank
    /// at a time: each round finds the lowest rank r and joins, left to right, every pair of rank r that is not
    /// overlapped by a join to its left — the joins tiktoken makes one by one, as long as no join creates a pair
    /// ranked below r (then the round ends early and the next round rescans).
    /// </summary>
    /// <remarks>
    /// A joined pair's bytes are longer than token r, so a pair it creates never has rank r: while every created pair
    /// ranks above r, tiktoken's next join is the leftmost remaining pair of rank r, which is the next one the scan
    /// reaches. No array shifting per join, and long runs of repeated text (the pieces that are long in practice) need a
    /// handful of rounds over a shrinking array; a long piece needing many rounds is finished by
    /// <see cref="ContinueWithHeap"/> from where the rounds stopped, keeping O(n log n).
    /// </remarks>
    internal int MergeInRounds(ReadOnlySpan<byte> buffer, int start, int length, List<int>? ids)
    {
        if (length <= ShortPieceLength)
        {
            return MergeShortInRounds(buffer, start, length, ids);
        }

        // pos[j] is where part j starts (pos[parts] is the end); rank[j] ranks joining parts j and j + 1.
        int[] rented = ArrayPool<int>.Shared.Rent((length + 1) * 2);
        try
        {
            Span<int> pos = rented.AsSpan(0, length + 1);
            Span<int> rank = rented.AsSpan(length + 1, length + 1);
            int parts = JoinInRounds(buffer, start, length, pos, rank, (long)length * RoundBudgetPerByte, out bool complete);
            if (!complete)
            {
                return ContinueWithHeap(buffer, start, length, pos, rank, parts, ids);
            }

            AddIds(buffer, pos, parts, ids);
            return parts;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rented);
        }
    }

    /// <summary>The same merge with a heap only (no rounds), from single bytes.</summary>
    internal int MergeWithHeap(ReadOnlySpan<byte> buffer, int start, int length, List<int>? ids)
    {
        int[] rented = ArrayPool<int>.Shared.Rent((length + 1) * 2);
        try
        {
            Span<int> pos = rented.AsSpan(0, length + 1);
            Span<int> rank = rented.AsSpan(length + 1, length + 1);
            SplitIntoBytes(buffer, start, length, pos, rank);
            return ContinueWithHeap(buffer, start, length, pos, rank, length, ids);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// The rounds of <see cref="MergeInRounds"/>; returns the part count. <paramref name="complete"/> is false when the
    /// next round would scan more than <paramref name="budget"/> parts in total: the parts are then a state tiktoken's
    /// merge passes through, to be finished by <see cref="ContinueWithHeap"/>.
    /// </summary>
    private int JoinInRounds(ReadOnlySpan<byte> buffer, int start, int length, Span<int> pos, Span<int> rank, long budget, out bool complete)
    {
        int min = SplitIntoBytes(buffer, start, length, pos, rank);
        int parts = length;
        while (min != NoRank)
        {
            budget -= parts;
            if (budget < 0)
            {
                complete = false;
                return parts;
            }

            parts = JoinAllOfRank(buffer, pos, rank, parts, min, out min);
        }

        complete = true;
        return parts;
    }

    /// <summary>Makes every byte a part, ranks the byte pairs and returns the lowest rank.</summary>
    private int SplitIntoBytes(ReadOnlySpan<byte> buffer, int start, int length, Span<int> pos, Span<int> rank)
    {
        for (int j = 0; j <= length; j++)
        {
            pos[j] = start + j;
        }

        int min = NoRank;
        for (int j = 0; j < length - 1; j++)
        {
            int r = RankOrNone(buffer, start + j, 2);
            rank[j] = r;
            min = Math.Min(min, r);
        }

        rank[length - 1] = NoRank;
        return min;
    }

    private void AddIds(ReadOnlySpan<byte> buffer, ReadOnlySpan<int> pos, int parts, List<int>? ids)
    {
        // Every part is a token, so its rank is never NoRank.
        if (ids is not null)
        {
            for (int j = 0; j < parts; j++)
            {
                ids.Add(RankOrNone(buffer, pos[j], pos[j + 1] - pos[j]));
            }
        }
    }

    /// <summary>
    /// One round of <see cref="MergeInRounds"/>, compacting the arrays in place; returns the new part count and, in
    /// <paramref name="nextMin"/>, the lowest pair rank after the round (so the next round needs no separate scan).
    /// </summary>
    private int JoinAllOfRank(ReadOnlySpan<byte> buffer, Span<int> pos, Span<int> rank, int parts, int r, out int nextMin)
    {
        // Output part w is written at index w <= j, so unread entries (j and beyond) are never overwritten. A join
        // may still lower rank[w - 1], so that entry joins the minimum only once part w is written. Indexes stay below
        // parts + 1 <= the spans' lengths (checked once here), so the loop reads and writes through refs.
        if ((uint)parts >= (uint)pos.Length || (uint)parts > (uint)rank.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(parts));
        }

        ref int p = ref MemoryMarshal.GetReference(pos);
        ref int rk = ref MemoryMarshal.GetReference(rank);
        int w = 0;
        int j = 0;
        int min = NoRank;
        bool lowerCreated = false;
        while (j < parts)
        {
            if (Unsafe.Add(ref rk, j) == r && !lowerCreated)
            {
                int joinedStart = Unsafe.Add(ref p, j);
                Unsafe.Add(ref p, w) = joinedStart;
                if (w > 0)
                {
                    int leftStart = Unsafe.Add(ref p, w - 1);
                    int left = RankOrNone(buffer, leftStart, Unsafe.Add(ref p, j + 2) - leftStart);
                    Unsafe.Add(ref rk, w - 1) = left;
                    lowerCreated = left < r;
                }

                int right = NoRank;
                if (j + 2 < parts)
                {
                    right = RankOrNone(buffer, joinedStart, Unsafe.Add(ref p, j + 3) - joinedStart);
                    lowerCreated |= right < r;
                }

                Unsafe.Add(ref rk, w) = right;
                j += 2;
            }
            else
            {
                Unsafe.Add(ref p, w) = Unsafe.Add(ref p, j);
                Unsafe.Add(ref rk, w) = Unsafe.Add(ref rk, j);
                j++;
            }

            if (w > 0)
            {
                min = Math.Min(min, Unsafe.Add(ref rk, w - 1));
            }

            w++;
        }

        // rank[w - 1] belongs to the last part, which has no right neighbour (NoRank).
        Unsafe.Add(ref p, w) = Unsafe.Add(ref p, parts);
        nextMin = min;
        return w;
    }

    /// <summary>
    /// Finishes the merge from <paramref name="parts"/> parts (<paramref name="pos"/>, <paramref name="partRank"/> as in
    /// <see cref="MergeInRounds"/>) in O(n log n): a linked list of parts and a min-heap of (rank, position).
    /// </summary>
    private int ContinueWithHeap(ReadOnlySpan<byte> buffer, int start, int length, ReadOnlySpan<int> pos, ReadOnlySpan<int> partRank, int parts, List<int>? ids)
    {
        int nodes = length + 1;
        int[] ints = ArrayPool<int>.Shared.Rent(nodes * 3);
        long[] heap = ArrayPool<long>.Shared.Rent(parts * 3);
        try
        {
            // Node k is the part starting at byte start + k; node length is the end. Only nodes that start a part are
            // ever read. A joined (dead) node has next[k] == -1; rank[k] ranks joining node k with its successor.
            // Stale heap entries are skipped.
            Span<int> next = ints.AsSpan(0, nodes);
            Span<int> prev = ints.AsSpan(nodes, nodes);
            Span<int> rank = ints.AsSpan(nodes * 2, nodes);
            int heapCount = 0;
            int before = -1;
            for (int j = 0; j < parts; j++)
            {
                int k = pos[j] - start;
                next[k] = pos[j + 1] - start;
                prev[k] = before;
                rank[k] = partRank[j];
                if (rank[k] != NoRank)
                {
                    Push(heap, ref heapCount, ((long)rank[k] << 32) | (uint)k);
                }

                before = k;
            }

            prev[length] = before;
            while (heapCount > 0)
            {
                long top = Pop(heap, ref heapCount);
                int k = (int)(top & 0xFFFFFFFF);
                int r = (int)(top >> 32);
                if (next[k] < 0 || rank[k] != r)
                {
                    continue;
                }

                int joined = next[k];
                int after = next[joined];
                next[k] = after;
                prev[after] = k;
                next[joined] = -1;
                parts--;

                rank[k] = after < length ? RankOrNone(buffer, start + k, next[after] - k) : NoRank;
                if (rank[k] != NoRank)
                {
                    Push(heap, ref heapCount, ((long)rank[k] << 32) | (uint)k);
                }

                int left = prev[k];
                if (left >= 0)
                {
                    rank[left] = RankOrNone(buffer, start + left, after - left);
                    if (rank[left] != NoRank)
                    {
                        Push(heap, ref heapCount, ((long)rank[left] << 32) | (uint)left);
                    }
                }
            }

            if (ids is not null)
            {
                for (int k = 0; k < length; k = next[k])
                {
                    ids.Add(RankOrNone(buffer, start + k, next[k] - k));
                }
            }

            return parts;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(ints);
            ArrayPool<long>.Shared.Return(heap);
        }
    }

    private static void Push(long[] heap, ref int count, long value)
    {
        int i = count++;
        while (i > 0)
        {
            int parent = (i - 1) >> 1;
            if (heap[parent] <= value)
            {
                break;
            }

            heap[i] = heap[parent];
            i = parent;
        }

        heap[i] = value;
    }

    private static long Pop(long[] heap, ref int count)
    {
        long top = heap[0];
        long last = heap[--count];
        int i = 0;
        while (true)
        {
            int child = (i * 2) + 1;
            if (child >= count)
            {
                break;
            }

            if (child + 1 < count && heap[child + 1] < heap[child])
            {
                child++;
            }

            if (heap[child] >= last)
            {
                break;
            }

            heap[i] = heap[child];
            i = child;
        }

        heap[i] = last;
        return top;
    }
}
