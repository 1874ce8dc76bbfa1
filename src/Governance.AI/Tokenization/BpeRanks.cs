using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Governance.AI.Tokenization;

/// <summary>
/// The byte-pair ranks of one encoding: an allocation-free map from byte spans to ranks, the rank → bytes table
/// for decoding, and tiktoken's byte-pair merge.
/// </summary>
/// <remarks>
/// Lookups read 8 bytes at a time, so every buffer passed to <see cref="Rank"/> must have at least
/// <see cref="Padding"/> readable bytes after the looked-up span.
/// </remarks>
internal sealed class BpeRanks
{
    /// <summary>The bytes every input buffer must have after its data.</summary>
    public const int Padding = 8;

    /// <summary>Pieces up to this length merge on the stack, without a scan budget.</summary>
    internal const int ShortPieceLength = 64;

    /// <summary>How many parts per byte <see cref="MergeInRounds"/> may scan before it hands the piece to the heap merge.</summary>
    private const int RoundBudgetPerByte = 8;

    private const int NoRank = int.MaxValue;
    private const ulong HashMultiplier = 0x9E3779B97F4A7C15UL;

    private readonly byte[] _blob;
    private readonly int[] _offsets;
    private readonly int[] _byteRanks = new int[256];
    private readonly int[] _pairRanks = new int[256 * 256];
    private readonly ulong[] _shortKeys;
    private readonly int[] _shortRanks;
    private readonly int _shortShift;
    private readonly ulong[] _longSlots;
    private readonly int _longMask;

    private BpeRanks(byte[] blob, int[] offsets, string pattern, Dictionary<string, int> specialTokens)
    {
        _blob = blob;
        _offsets = offsets;
        Pattern = pattern;
        SpecialTokens = specialTokens;
        int count = offsets.Length - 1;

        int shortCount = 0;
        int longCount = 0;
        int maxLength = 0;
        _byteRanks.AsSpan().Fill(-1);
        _pairRanks.AsSpan().Fill(-1);
        for (int rank = 0; rank < count; rank++)
        {
            int length = offsets[rank + 1] - offsets[rank];
            maxLength = Math.Max(maxLength, length);
            if (length >= 8)
            {
                longCount++;
            }
            else if (length > 2)
            {
                shortCount++;
            }
        }

        MaxTokenLength = maxLength;
        int shortBits = BitLength(shortCount * 2);
        _shortKeys = new ulong[1 << shortBits];
        _shortRanks = new int[1 << shortBits];
        _shortShift = 64 - shortBits;
        int longBits = BitLength(longCount * 2);
        _longSlots = new ulong[1 << longBits];
        _longMask = (1 << longBits) - 1;

        for (int rank = 0; rank < count; rank++)
        {
            int start = offsets[rank];
            int length = offsets[rank + 1] - start;
            // One- and two-byte tokens live in direct tables, the rest in open-addressing hash tables.
            if (length == 1)
            {
                _byteRanks[blob[start]] = rank;
            }
            else if (length == 2)
            {
                _pairRanks[blob[start] | (blob[start + 1] << 8)] = rank;
            }
            else if (length < 8)
            {
                ulong key = ShortKey(ref blob[start], length);
                int slot = (int)((key * HashMultiplier) >> _shortShift);
                while (_shortKeys[slot] != 0)
                {
                    slot = (slot + 1) & (_shortKeys.Length - 1);
                }

                _shortKeys[slot] = key;
                _shortRanks[slot] = rank;
            }
            else
            {
                uint hash = LongHash(ref blob[start], length);
                int slot = (int)hash & _longMask;
                while (_longSlots[slot] != 0)
                {
                    slot = (slot + 1) & _longMask;
                }

                _longSlots[slot] = LongSlot(hash, rank);
            }
        }
    }

    /// <summary>Gets the number of ranked (ordinary) tokens.</summary>
    public int Count => _offsets.Length - 1;

    /// <summary>Gets the length in bytes of the longest token.</summary>
    public int MaxTokenLength { get; }

    /// <summary>Gets the pre-tokenization pattern stored with the ranks (tiktoken's pat_str).</summary>
    public string Pattern { get; }

    /// <summary>Gets the special tokens stored with the ranks.</summary>
    public IReadOnlyDictionary<string, int> SpecialTokens { get; }

    /// <summary>Loads ranks from the Brotli-compressed resource format written by tools/tiktoken-reference/convert-ranks.mjs.</summary>
    public static BpeRanks Load(Stream compressed)
    {
        byte[] data;
        using (var brotli = new BrotliStream(compressed, CompressionMode.Decompress))
        using (var buffer = new MemoryStream())
        {
            brotli.CopyTo(buffer);
            data = buffer.ToArray();
        }

        ReadOnlySpan<byte> s = data;
        if (!s[..4].SequenceEqual("GTK1"u8))
        {
            throw new InvalidDataException("The rank table has an unknown format.");
        }

        int count = BinaryPrimitives.ReadInt32LittleEndian(s[4..]);
        int p = 8;
        int patternLength = BinaryPrimitives.ReadUInt16LittleEndian(s[p..]);
        string pattern = Encoding.UTF8.GetString(s.Slice(p + 2, patternLength));
        p += 2 + patternLength;
        int specialCount = BinaryPrimitives.ReadUInt16LittleEndian(s[p..]);
        p += 2;
        var specials = new Dictionary<string, int>(specialCount, StringComparer.Ordinal);
        for (int i = 0; i < specialCount; i++)
        {
            int length = BinaryPrimitives.ReadUInt16LittleEndian(s[p..]);
            string text = Encoding.UTF8.GetString(s.Slice(p + 2, length));
            p += 2 + length;
            specials[text] = BinaryPrimitives.ReadInt32LittleEndian(s[p..]);
            p += 4;
        }

        var offsets = new int[count + 1];
        int total = 0;
        int q = p;
        for (int rank = 0; rank < count; rank++)
        {
            offsets[rank] = total;
            int length = s[q];
            total += length;
            q += 1 + length;
        }

        offsets[count] = total;
        var blob = new byte[total + Padding];
        int w = 0;
        for (int rank = 0; rank < count; rank++)
        {
            int length = s[p];
            s.Slice(p + 1, length).CopyTo(blob.AsSpan(w));
            w += length;
            p += 1 + length;
        }

        return new BpeRanks(blob, offsets, pattern, specials);
    }

    /// <summary>Gets the bytes of an ordinary token.</summary>
    public ReadOnlySpan<byte> GetBytes(int rank) => _blob.AsSpan(_offsets[rank], _offsets[rank + 1] - _offsets[rank]);

    /// <summary>Gets the rank of <c>buffer[start..start+length]</c>, or -1 when it is not a token.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Rank(ReadOnlySpan<byte> buffer, int start, int length)
    {
        ref byte first = ref Unsafe.Add(ref MemoryMarshal.GetReference(buffer), start);
        if (length < 8)
        {
            if (length <= 2)
            {
                return length == 1 ? _byteRanks[first] : _pairRanks[first | (Unsafe.Add(ref first, 1) << 8)];
            }

            ulong key = ShortKey(ref first, length);
            ulong[] keys = _shortKeys;
            int slot = (int)((key * HashMultiplier) >> _shortShift);
            while (true)
            {
                ulong k = keys[slot];
                if (k == key)
                {
                    return _shortRanks[slot];
                }

                if (k == 0)
                {
                    return -1;
                }

                slot = (slot + 1) & (keys.Length - 1);
            }
        }

        return length > MaxTokenLength ? -1 : LongRank(ref first, length);
    }

    /// <summary>Counts the tokens of one piece, or appends them to <paramref name="ids"/> when it is not null.</summary>
    public int EncodePiece(ReadOnlySpan<byte> buffer, int start, int length, List<int>? ids)
    {
        int whole = Rank(buffer, start, length);
        if (whole >= 0)
        {
            ids?.Add(whole);
            return 1;
        }

        return MergeInRounds(buffer, start, length, ids);
    }

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
    /// handful of rounds over a shrinking array; a long piece needing many rounds falls back to
    /// <see cref="MergeWithHeap"/>, keeping O(n log n).
    /// </remarks>
    [SkipLocalsInit]
    internal int MergeInRounds(ReadOnlySpan<byte> buffer, int start, int length, List<int>? ids)
    {
        // pos[j] is where part j starts (pos[parts] is the end); rank[j] ranks joining parts j and j + 1. Only the
        // written prefix of the arrays is ever read, so the stack arrays are not zeroed.
        if (length <= ShortPieceLength)
        {
            Span<int> pos = stackalloc int[ShortPieceLength + 1];
            Span<int> rank = stackalloc int[ShortPieceLength + 1];
            int parts = JoinInRounds(buffer, start, length, pos, rank, long.MaxValue);
            AddIds(buffer, pos, parts, ids);
            return parts;
        }

        int[] rented = ArrayPool<int>.Shared.Rent((length + 1) * 2);
        try
        {
            Span<int> pos = rented.AsSpan(0, length + 1);
            Span<int> rank = rented.AsSpan(length + 1, length + 1);
            int parts = JoinInRounds(buffer, start, length, pos, rank, (long)length * RoundBudgetPerByte);
            if (parts < 0)
            {
                return MergeWithHeap(buffer, start, length, ids);
            }

            AddIds(buffer, pos, parts, ids);
            return parts;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rented);
        }
    }

    /// <summary>The rounds of <see cref="MergeInRounds"/>; returns the part count, or -1 when more than <paramref name="budget"/> parts would be scanned.</summary>
    private int JoinInRounds(ReadOnlySpan<byte> buffer, int start, int length, Span<int> pos, Span<int> rank, long budget)
    {
        for (int j = 0; j <= length; j++)
        {
            pos[j] = start + j;
        }

        for (int j = 0; j < length - 1; j++)
        {
            rank[j] = PairRank(buffer, start + j, 2);
        }

        rank[length - 1] = NoRank;
        int parts = length;
        while (parts > 1)
        {
            int min = NoRank;
            foreach (int r in rank[..(parts - 1)])
            {
                min = Math.Min(min, r);
            }

            if (min == NoRank)
            {
                break;
            }

            budget -= parts;
            if (budget < 0)
            {
                return -1;
            }

            parts = JoinAllOfRank(buffer, pos, rank, parts, min);
        }

        return parts;
    }

    private void AddIds(ReadOnlySpan<byte> buffer, ReadOnlySpan<int> pos, int parts, List<int>? ids)
    {
        if (ids is not null)
        {
            for (int j = 0; j < parts; j++)
            {
                ids.Add(Rank(buffer, pos[j], pos[j + 1] - pos[j]));
            }
        }
    }

    /// <summary>One round of <see cref="MergeInRounds"/>, compacting the arrays in place; returns the new part count.</summary>
    private int JoinAllOfRank(ReadOnlySpan<byte> buffer, Span<int> pos, Span<int> rank, int parts, int r)
    {
        // Output part w is written at index w <= j, so unread entries (j and beyond) are never overwritten.
        int w = 0;
        int j = 0;
        bool lowerCreated = false;
        while (j < parts)
        {
            if (rank[j] == r && !lowerCreated)
            {
                int joinedStart = pos[j];
                pos[w] = joinedStart;
                if (w > 0)
                {
                    int left = PairRank(buffer, pos[w - 1], pos[j + 2] - pos[w - 1]);
                    rank[w - 1] = left;
                    lowerCreated = left < r;
                }

                int right = NoRank;
                if (j + 2 < parts)
                {
                    right = PairRank(buffer, joinedStart, pos[j + 3] - joinedStart);
                    lowerCreated |= right < r;
                }

                rank[w] = right;
                j += 2;
            }
            else
            {
                pos[w] = pos[j];
                rank[w] = rank[j];
                j++;
            }

            w++;
        }

        pos[w] = pos[parts];
        return w;
    }

    /// <summary>The same merge in O(n log n): a linked list of parts and a min-heap of (rank, position).</summary>
    internal int MergeWithHeap(ReadOnlySpan<byte> buffer, int start, int length, List<int>? ids)
    {
        int nodes = length + 1;
        int[] ints = ArrayPool<int>.Shared.Rent(nodes * 3);
        long[] heap = ArrayPool<long>.Shared.Rent(length * 3);
        try
        {
            // Node k is the part starting at byte start + k; node length is the end. A joined (dead) node has
            // next[k] == -1; rank[k] ranks joining node k with its successor. Stale heap entries are skipped.
            Span<int> next = ints.AsSpan(0, nodes);
            Span<int> prev = ints.AsSpan(nodes, nodes);
            Span<int> rank = ints.AsSpan(nodes * 2, nodes);
            int heapCount = 0;
            for (int k = 0; k < nodes; k++)
            {
                next[k] = k + 1;
                prev[k] = k - 1;
            }

            for (int k = 0; k < length; k++)
            {
                rank[k] = k < length - 1 ? PairRank(buffer, start + k, 2) : NoRank;
                if (rank[k] != NoRank)
                {
                    Push(heap, ref heapCount, ((long)rank[k] << 32) | (uint)k);
                }
            }

            int parts = length;
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

                rank[k] = after < length ? PairRank(buffer, start + k, next[after] - k) : NoRank;
                if (rank[k] != NoRank)
                {
                    Push(heap, ref heapCount, ((long)rank[k] << 32) | (uint)k);
                }

                int before = prev[k];
                if (before >= 0)
                {
                    rank[before] = PairRank(buffer, start + before, after - before);
                    if (rank[before] != NoRank)
                    {
                        Push(heap, ref heapCount, ((long)rank[before] << 32) | (uint)before);
                    }
                }
            }

            if (ids is not null)
            {
                for (int k = 0; k < length; k = next[k])
                {
                    ids.Add(Rank(buffer, start + k, next[k] - k));
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int PairRank(ReadOnlySpan<byte> buffer, int start, int length)
    {
        int r = Rank(buffer, start, length);
        return r < 0 ? NoRank : r;
    }

    private int LongRank(ref byte first, int length)
    {
        uint hash = LongHash(ref first, length);
        int slot = (int)hash & _longMask;
        while (true)
        {
            ulong entry = _longSlots[slot];
            if (entry == 0)
            {
                return -1;
            }

            if ((uint)(entry >> 32) == hash)
            {
                int rank = (int)(uint)entry - 1;
                int offset = _offsets[rank];
                if (_offsets[rank + 1] - offset == length &&
                    MemoryMarshal.CreateReadOnlySpan(ref first, length).SequenceEqual(_blob.AsSpan(offset, length)))
                {
                    return rank;
                }
            }

            slot = (slot + 1) & _longMask;
        }
    }

    // A long-table slot: the hash (compared before touching the token bytes) and rank + 1 (0 marks an empty slot).
    private static ulong LongSlot(uint hash, int rank) => ((ulong)hash << 32) | (uint)(rank + 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ShortKey(ref byte first, int length)
    {
        // Reads 8 bytes (callers guarantee the padding), keeps the first length bytes and tags the length.
        return (Read64(ref first) & ((1UL << (length * 8)) - 1)) | ((ulong)length << 56);
    }

    private static uint LongHash(ref byte first, int length)
    {
        ulong h = (ulong)length * HashMultiplier;
        int i = 0;
        for (; i + 8 <= length; i += 8)
        {
            h = (h ^ Read64(ref Unsafe.Add(ref first, i))) * HashMultiplier;
            h ^= h >> 29;
        }

        if (i < length)
        {
            ulong tail = Read64(ref Unsafe.Add(ref first, i)) & ((1UL << ((length - i) * 8)) - 1);
            h = (h ^ tail) * HashMultiplier;
            h ^= h >> 29;
        }

        return (uint)(h >> 32) ^ (uint)h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Read64(ref byte first)
    {
        ulong value = Unsafe.ReadUnaligned<ulong>(ref first);
        return BitConverter.IsLittleEndian ? value : BinaryPrimitives.ReverseEndianness(value);
    }

    private static int BitLength(int minimumSize)
    {
        int bits = 4;
        while ((1 << bits) < minimumSize)
        {
            bits++;
        }

        return bits;
    }
}
