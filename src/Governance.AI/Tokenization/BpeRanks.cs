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
    /// <summary>The longest token kept whole in a <see cref="MediumSlot"/>.</summary>
    private const int MediumMaxLength = 16;

    private readonly ShortSlot[] _shortSlots;
    private readonly int _shortShift;
    private readonly MediumSlot[] _mediumSlots;
    private readonly int _mediumShift;
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
        int mediumCount = 0;
        int longCount = 0;
        int maxLength = 0;
        _byteRanks.AsSpan().Fill(-1);
        _pairRanks.AsSpan().Fill(-1);
        for (int rank = 0; rank < count; rank++)
        {
            int length = offsets[rank + 1] - offsets[rank];
            maxLength = Math.Max(maxLength, length);
            if (length > MediumMaxLength)
            {
                longCount++;
            }
            else if (length >= 8)
            {
                mediumCount++;
            }
            else if (length > 2)
            {
                shortCount++;
            }
        }

        MaxTokenLength = maxLength;
        int shortBits = BitLength(shortCount * 2);
        _shortSlots = new ShortSlot[1 << shortBits];
        _shortShift = 64 - shortBits;
        int mediumBits = BitLength(mediumCount * 2);
        _mediumSlots = new MediumSlot[1 << mediumBits];
        _mediumShift = 64 - mediumBits;
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
                while (_shortSlots[slot].Key != 0)
                {
                    slot = (slot + 1) & (_shortSlots.Length - 1);
                }

                _shortSlots[slot] = new ShortSlot(key, rank);
            }
            else if (length <= MediumMaxLength)
            {
                ulong low = Read64(ref blob[start]);
                ulong high = MediumHigh(ref blob[start], length);
                int slot = (int)((MediumHash(low, high) * HashMultiplier) >> _mediumShift);
                while (_mediumSlots[slot].Length != 0)
                {
                    slot = (slot + 1) & (_mediumSlots.Length - 1);
                }

                _mediumSlots[slot] = new MediumSlot(low, high, rank, length);
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
                // Indexes below 256 and 65,536 fit the direct tables: no bounds checks on this hottest path.
                return length == 1
                    ? Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_byteRanks), first)
                    : Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_pairRanks), first | (Unsafe.Add(ref first, 1) << 8));
            }

            ulong key = ShortKey(ref first, length);
            ShortSlot[] slots = _shortSlots;
            int slot = (int)((key * HashMultiplier) >> _shortShift);
            while (true)
            {
                ref ShortSlot entry = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(slots), slot);
                if (entry.Key == key)
                {
                    return entry.Rank;
                }

                if (entry.Key == 0)
                {
                    return -1;
                }

                slot = (slot + 1) & (slots.Length - 1);
            }
        }

        if (length <= MediumMaxLength)
        {
            return MediumRank(ref first, length);
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
    /// handful of rounds over a shrinking array; a long piece needing many rounds is finished by
    /// <see cref="ContinueWithHeap"/> from where the rounds stopped, keeping O(n log n).
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
            int parts = JoinInRounds(buffer, start, length, pos, rank, long.MaxValue, out _);
            AddIds(buffer, pos, parts, ids);
            return parts;
        }

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
            int r = PairRank(buffer, start + j, 2);
            rank[j] = r;
            min = Math.Min(min, r);
        }

        rank[length - 1] = NoRank;
        return min;
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
                    int left = PairRank(buffer, leftStart, Unsafe.Add(ref p, j + 2) - leftStart);
                    Unsafe.Add(ref rk, w - 1) = left;
                    lowerCreated = left < r;
                }

                int right = NoRank;
                if (j + 2 < parts)
                {
                    right = PairRank(buffer, joinedStart, Unsafe.Add(ref p, j + 3) - joinedStart);
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

                rank[k] = after < length ? PairRank(buffer, start + k, next[after] - k) : NoRank;
                if (rank[k] != NoRank)
                {
                    Push(heap, ref heapCount, ((long)rank[k] << 32) | (uint)k);
                }

                int left = prev[k];
                if (left >= 0)
                {
                    rank[left] = PairRank(buffer, start + left, after - left);
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

    private int MediumRank(ref byte first, int length)
    {
        ulong low = Read64(ref first);
        ulong high = MediumHigh(ref first, length);
        MediumSlot[] slots = _mediumSlots;
        int slot = (int)((MediumHash(low, high) * HashMultiplier) >> _mediumShift);
        while (true)
        {
            ref MediumSlot entry = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(slots), slot);
            if (entry.Low == low && entry.High == high && entry.Length == length)
            {
                return entry.Rank;
            }

            if (entry.Length == 0)
            {
                return -1;
            }

            slot = (slot + 1) & (slots.Length - 1);
        }
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

    /// <summary>Bytes 8 to <paramref name="length"/> (at most 16) of a medium token, zero-extended.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MediumHigh(ref byte first, int length)
    {
        // Reads bytes 8..15 (callers guarantee the padding: length >= 8); a shift by 64 would be a no-op, so a
        // 16-byte token keeps all 8 bytes through the mask of all ones.
        int rest = length - 8;
        ulong mask = rest == 8 ? ulong.MaxValue : (1UL << (rest * 8)) - 1;
        return Read64(ref Unsafe.Add(ref first, 8)) & mask;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MediumHash(ulong low, ulong high) => low ^ ((high + 1) * 0xC2B2AE3D27D4EB4FUL);

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

    /// <summary>A 3–7-byte token's packed bytes (length-tagged, never 0) and its rank: one probe reads one cache line.</summary>
    private readonly struct ShortSlot(ulong key, int rank)
    {
        public readonly ulong Key = key;
        public readonly int Rank = rank;
    }

    /// <summary>An 8–16-byte token's bytes, rank and length (0 marks an empty slot), 32 bytes so a slot never spans two cache lines.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 32)]
    private readonly struct MediumSlot(ulong low, ulong high, int rank, int length)
    {
        public readonly ulong Low = low;
        public readonly ulong High = high;
        public readonly int Rank = rank;
        public readonly int Length = length;
    }
}
