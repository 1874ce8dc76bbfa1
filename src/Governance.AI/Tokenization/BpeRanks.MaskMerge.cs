using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Governance.AI.Tokenization;

/// <content>The round merge of pieces up to <see cref="ShortPieceLength"/> bytes, over a bit mask of part starts.</content>
internal sealed partial class BpeRanks
{
    /// <summary>
    /// <see cref="MergeInRounds"/> for a piece of at most <see cref="ShortPieceLength"/> bytes: the same rounds and joins,
    /// but part k is the part starting at byte k, a 64-bit mask holds the bytes that start a part, and a round finds its
    /// pairs with vector compares instead of visiting and moving every part; the next round's lowest rank is a vector
    /// minimum.
    /// </summary>
    /// <remarks>
    /// Most rounds of mid-length pieces join one or two pairs out of 10–60 parts, so the per-part work of the compacting
    /// rounds (a compare, two moves and a minimum per part and round) was most of the merge.
    /// </remarks>
    [SkipLocalsInit]
    private int MergeShortInRounds(ReadOnlySpan<byte> buffer, int start, int length, List<int>? ids)
    {
        // rank[k] ranks joining the part at byte k with the next part. It is NoRank for the last part, for bytes inside
        // a part and for the padding up to whole vectors, so compares and minimums over whole vectors see only live
        // pairs. Only the first `vectors` vectors are written and read, so the stack array is not zeroed.
        Span<int> rank = stackalloc int[ShortPieceLength];
        if ((uint)length > (uint)rank.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(length));
        }

        ref int rk = ref MemoryMarshal.GetReference(rank);
        int vectors = (length + Vector256<int>.Count - 1) / Vector256<int>.Count;
        int min = NoRank;
        int k = 0;
        for (; k < length - 1; k++)
        {
            int r = RankOrNone(buffer, start + k, 2);
            Unsafe.Add(ref rk, k) = r;
            min = Math.Min(min, r);
        }

        for (; k < vectors * Vector256<int>.Count; k++)
        {
            Unsafe.Add(ref rk, k) = NoRank;
        }

        ulong parts = length == ShortPieceLength ? ulong.MaxValue : (1UL << length) - 1;
        while (min != NoRank)
        {
            ulong ofRank = RankMask(ref rk, vectors, min);
            while (ofRank != 0)
            {
                int at = BitOperations.TrailingZeroCount(ofRank);
                ofRank &= ofRank - 1;

                // A pair of this rank whose left part was joined to the part before it earlier in the round (the join
                // set its rank to NoRank): overlapped, tiktoken joins it in a later round if at all.
                if (Unsafe.Add(ref rk, at) != min)
                {
                    continue;
                }

                int joined = NextPart(parts, at, length);
                parts &= ~(1UL << joined);
                Unsafe.Add(ref rk, joined) = NoRank;
                int after = NextPart(parts, at, length);
                bool lowerCreated = false;
                int right = NoRank;
                if (after < length)
                {
                    right = RankOrNone(buffer, start + at, NextPart(parts, after, length) - at);
                    lowerCreated = right < min;
                }

                Unsafe.Add(ref rk, at) = right;
                ulong before = parts & ((1UL << at) - 1);
                if (before != 0)
                {
                    int left = 63 - BitOperations.LeadingZeroCount(before);
                    int leftRank = RankOrNone(buffer, start + left, after - left);
                    Unsafe.Add(ref rk, left) = leftRank;
                    lowerCreated |= leftRank < min;
                }

                // A created pair ranked below this round's rank is tiktoken's next join: the round ends here.
                if (lowerCreated)
                {
                    break;
                }
            }

            min = MinimumRank(ref rk, vectors);
        }

        if (ids is not null)
        {
            for (ulong rest = parts; rest != 0; rest &= rest - 1)
            {
                int part = BitOperations.TrailingZeroCount(rest);
                ids.Add(RankOrNone(buffer, start + part, NextPart(parts, part, length) - part));
            }
        }

        return BitOperations.PopCount(parts);
    }

    /// <summary>The start of the part after the one starting at byte <paramref name="at"/>, or <paramref name="length"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int NextPart(ulong parts, int at, int length)
    {
        // 2 << 63 is 0, so for the last byte no bit remains above it.
        ulong above = parts & ~((2UL << at) - 1);
        return above == 0 ? length : BitOperations.TrailingZeroCount(above);
    }

    /// <summary>The bits k of the pairs with rank[k] equal to <paramref name="rank"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong RankMask(ref int rk, int vectors, int rank)
    {
        Vector256<int> target = Vector256.Create(rank);
        ulong mask = 0;
        for (int v = 0; v < vectors; v++)
        {
            Vector256<int> ranks = Vector256.LoadUnsafe(ref rk, (nuint)(v * Vector256<int>.Count));
            mask |= (ulong)Vector256.Equals(ranks, target).ExtractMostSignificantBits() << (v * Vector256<int>.Count);
        }

        return mask;
    }

    /// <summary>The lowest rank of the first <paramref name="vectors"/> vectors of rank entries.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int MinimumRank(ref int rk, int vectors)
    {
        Vector256<int> min = Vector256.LoadUnsafe(ref rk);
        for (int v = 1; v < vectors; v++)
        {
            min = Vector256.Min(min, Vector256.LoadUnsafe(ref rk, (nuint)(v * Vector256<int>.Count)));
        }

        Vector128<int> half = Vector128.Min(min.GetLower(), min.GetUpper());
        half = Vector128.Min(half, Vector128.Shuffle(half, Vector128.Create(2, 3, 0, 1)));
        half = Vector128.Min(half, Vector128.Shuffle(half, Vector128.Create(1, 0, 3, 2)));
        return half.ToScalar();
    }
}
