using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Governance.AI.Tokenization;

/// <summary>
/// The byte-pair ranks of one encoding: an allocation-free map from byte spans to ranks, the rank → bytes table
/// for decoding, and tiktoken's byte-pair merge (in BpeRanks.Merge.cs).
/// </summary>
/// <remarks>
/// Lookups read 8 bytes at a time, so every buffer passed to <see cref="Rank"/> must have at least
/// <see cref="Padding"/> readable bytes after the looked-up span.
/// </remarks>
internal sealed partial class BpeRanks
{
    /// <summary>The bytes every input buffer must have after its data.</summary>
    public const int Padding = 8;

    /// <summary>Bits of a rank in a <see cref="_prefixes"/> entry; ranks must stay below <see cref="NoRank"/>.</summary>
    private const int RankBits = 18;

    /// <summary>"Not a token" in the merge and in a <see cref="_prefixes"/> entry; above every rank, so it never wins a minimum.</summary>
    private const int NoRank = (1 << RankBits) - 1;

    /// <summary>The lowest length-bit of a <see cref="_prefixes"/> entry: lengths 3–15 get bits 18–30, 16 and longer bit 31.</summary>
    private const int LengthBitBase = RankBits - 3;
    private const int LongestLengthWithOwnBit = 16;
    private const ulong HashMultiplier = 0x9E3779B97F4A7C15UL;

    /// <summary>log2 of the number of 64-bit words in <see cref="_filter"/> (16,384 words, 128 KB).</summary>
    private const int FilterWordBits = 14;
    private const ulong FilterMultiplier = 0xD6E8FEB86659FD93UL;

    private static int s_lastCacheTag;

    /// <summary>Tells this instance's entries in the per-thread <see cref="PieceCountCache"/> from other encodings' (never 0).</summary>
    private readonly uint _cacheTag = (uint)Interlocked.Increment(ref s_lastCacheTag);

    private readonly byte[] _blob;
    private readonly int[] _offsets;
    private readonly int[] _byteRanks = new int[256];

    // One 4-byte entry per two-byte prefix: the rank of the two-byte token (or NoRank) and a bit for every longer token
    // length with that prefix. The merge reads a prefix's pair rank first and its length bits later, from the same
    // cache line; most candidate pairs are not tokens, and the length bits reject many of them before a hash probe.
    private readonly uint[] _prefixes = new uint[256 * 256];
    /// <summary>The longest token kept whole in a <see cref="MediumSlot"/>.</summary>
    private const int MediumMaxLength = 16;

    // A blocked Bloom filter of the 3–16-byte tokens: two bits in one word per token. Most candidate joins that pass
    // the length bits are still not tokens, and each would probe a random line of a multi-megabyte table; the filter
    // (small enough to stay cached) rejects most of them. It has no false negatives, so it never changes a result.
    private readonly ulong[] _filter = new ulong[1 << FilterWordBits];

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
        if (count > NoRank)
        {
            throw new InvalidDataException($"The rank table has {count} tokens; at most {NoRank} are supported.");
        }

        _byteRanks.AsSpan().Fill(NoRank);
        _prefixes.AsSpan().Fill(NoRank);
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
            if (length > 2)
            {
                _prefixes[blob[start] | (blob[start + 1] << 8)] |= LengthBit(length);
            }

            // One- and two-byte tokens live in direct tables, the rest in open-addressing hash tables.
            if (length == 1)
            {
                _byteRanks[blob[start]] = rank;
            }
            else if (length == 2)
            {
                ref uint entry = ref _prefixes[blob[start] | (blob[start + 1] << 8)];
                entry = (entry & ~(uint)NoRank) | (uint)rank;
            }
            else if (length < 8)
            {
                ulong key = ShortKey(ref blob[start], length);
                _filter[FilterWord(key)] |= FilterMask(key);
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
                ulong key = MediumHash(low, high);
                _filter[FilterWord(key)] |= FilterMask(key);
                int slot = (int)((key * HashMultiplier) >> _mediumShift);
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

    /// <summary>Gets the share of <see cref="_filter"/>'s bits that are set (how often a non-token passes one bit).</summary>
    internal double FilterFill
    {
        get
        {
            long set = 0;
            foreach (ulong word in _filter)
            {
                set += System.Numerics.BitOperations.PopCount(word);
            }

            return set / (double)(_filter.Length * 64L);
        }
    }

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
