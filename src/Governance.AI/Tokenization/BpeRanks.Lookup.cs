using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Governance.AI.Tokenization;

/// <content>Rank lookups: direct tables for short tokens, then length bits, a Bloom filter and hash tables of packed bytes.</content>
internal sealed partial class BpeRanks
{
    /// <summary>Gets the rank of <c>buffer[start..start+length]</c>, or -1 when it is not a token.</summary>
    public int Rank(ReadOnlySpan<byte> buffer, int start, int length)
    {
        int rank = RankOrNone(buffer, start, length);
        return rank == NoRank ? -1 : rank;
    }

    /// <summary>Gets the rank of <c>buffer[start..start+length]</c>, or <see cref="NoRank"/> when it is not a token.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int RankOrNone(ReadOnlySpan<byte> buffer, int start, int length)
    {
        ref byte first = ref Unsafe.Add(ref MemoryMarshal.GetReference(buffer), start);
        if (length == 1)
        {
            // Indexes below 256 and 65,536 fit the direct tables: no bounds checks on this hottest path.
            return Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_byteRanks), first);
        }

        uint prefix = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_prefixes), first | (Unsafe.Add(ref first, 1) << 8));
        if (length == 2)
        {
            return (int)(prefix & NoRank);
        }

        if ((prefix & LengthBit(length)) == 0)
        {
            return NoRank;
        }

        if (length < 8)
        {
            ulong key = ShortKey(ref first, length);
            if (!MayBeToken(key))
            {
                return NoRank;
            }

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
                    return NoRank;
                }

                slot = (slot + 1) & (slots.Length - 1);
            }
        }

        return length <= MediumMaxLength ? MediumRank(ref first, length) : LongRank(ref first, length);
    }

    /// <summary>Counts the tokens of one piece, or appends them to <paramref name="ids"/> when it is not null.</summary>
    /// <param name="buffer">The text's UTF-8 bytes, padded.</param>
    /// <param name="start">Where the piece starts.</param>
    /// <param name="length">The piece's length in bytes.</param>
    /// <param name="ids">The ids to append to, or null to count only.</param>
    /// <param name="countCache">The thread's <see cref="PieceCountCache"/> when counting only (null when <paramref name="ids"/> is not).</param>
    public int EncodePiece(ReadOnlySpan<byte> buffer, int start, int length, List<int>? ids, PieceCountCache.Slot[]? countCache)
    {
        int whole = RankOrNone(buffer, start, length);
        if (whole != NoRank)
        {
            ids?.Add(whole);
            return 1;
        }

        return countCache is not null && length <= PieceCountCache.MaxLength
            ? CountMergedPiece(buffer, start, length, countCache)
            : MergeInRounds(buffer, start, length, ids);
    }

    /// <summary>Counts the tokens of a piece of 2–16 bytes that is not one token, through the thread's <see cref="PieceCountCache"/>.</summary>
    private int CountMergedPiece(ReadOnlySpan<byte> buffer, int start, int length, PieceCountCache.Slot[] countCache)
    {
        ref byte first = ref Unsafe.Add(ref MemoryMarshal.GetReference(buffer), start);
        ulong low = Read64(ref first);
        ulong high = 0;
        if (length >= 8)
        {
            high = MediumHigh(ref first, length);
        }
        else
        {
            low &= (1UL << (length * 8)) - 1;
        }

        ref PieceCountCache.Slot slot = ref PieceCountCache.SlotFor(countCache, low, high, length);
        ulong expected = PieceCountCache.Slot.MetaOf(_cacheTag, length, 0);
        if (slot.Low == low && slot.High == high && (slot.Meta & ~0xFF00UL) == expected)
        {
            return (int)(slot.Meta >> 8) & 0xFF;
        }

        int count = MergeInRounds(buffer, start, length, null);
        slot.Low = low;
        slot.High = high;
        slot.Meta = PieceCountCache.Slot.MetaOf(_cacheTag, length, count);
        return count;
    }

    private int MediumRank(ref byte first, int length)
    {
        ulong low = Read64(ref first);
        ulong high = MediumHigh(ref first, length);
        ulong key = MediumHash(low, high);
        if (!MayBeToken(key))
        {
            return NoRank;
        }

        MediumSlot[] slots = _mediumSlots;
        int slot = (int)((key * HashMultiplier) >> _mediumShift);
        while (true)
        {
            ref MediumSlot entry = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(slots), slot);
            if (entry.Low == low && entry.High == high && entry.Length == length)
            {
                return entry.Rank;
            }

            if (entry.Length == 0)
            {
                return NoRank;
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
                return NoRank;
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

    /// <summary>Whether the token hash <paramref name="key"/> has both its bits in <see cref="_filter"/> (false: not a token).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayBeToken(ulong key)
    {
        ulong mask = FilterMask(key);
        return (Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_filter), FilterWord(key)) & mask) == mask;
    }

    // The filter word (bits 50–63) and the two bit positions (bits 38–43 and 44–49: a shift count keeps its low six
    // bits) come from the top of a second product, which depends on every bit of the key.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FilterWord(ulong key) => (int)((key * FilterMultiplier) >> (64 - FilterWordBits));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong FilterMask(ulong key)
    {
        ulong product = key * FilterMultiplier;
        return (1UL << (int)(product >> 38)) | (1UL << (int)(product >> 44));
    }

    /// <summary>The bit of a <see cref="_prefixes"/> entry for tokens of <paramref name="length"/> (at least 3) bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint LengthBit(int length) => 1u << (LengthBitBase + Math.Min(length, LongestLengthWithOwnBit));

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
