using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Governance.AI.Tokenization;

/// <summary>
/// A small per-thread, direct-mapped cache of the token counts of recently merged pieces of up to
/// <see cref="MaxLength"/> bytes. Words that are not one token recur in real text (across documents of one language
/// more than within one), and a hit replaces a merge and its rank-table probes by one read of a cached line.
/// </summary>
/// <remarks>
/// Exact: a slot holds the piece's bytes, its length and the owning <see cref="BpeRanks"/>' tag, and a hit compares all
/// three. Bounded and lock-free: each thread owns one table of <see cref="SlotCount"/> slots (32 KB), allocated on the
/// thread's first count and never grown; a new piece overwrites its slot.
/// </remarks>
internal static class PieceCountCache
{
    /// <summary>The longest cached piece: its bytes fit two 64-bit words.</summary>
    public const int MaxLength = 16;

    private const int SlotBits = 10;
    private const int SlotCount = 1 << SlotBits;
    private const ulong KeyMultiplier = 0x9E3779B97F4A7C15UL;

    [ThreadStatic]
    private static Slot[]? t_slots;

    /// <summary>Gets the calling thread's table (read once per text: thread-static access is not free everywhere).</summary>
    public static Slot[] ForThread() => t_slots ??= new Slot[SlotCount];

    /// <summary>Gets the slot for a piece (its bytes as <paramref name="low"/> and zero-extended <paramref name="high"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref Slot SlotFor(Slot[] slots, ulong low, ulong high, int length)
    {
        ulong hash = (low ^ (high * 0xC2B2AE3D27D4EB4FUL) ^ (uint)length) * KeyMultiplier;
        return ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(slots), (int)(hash >> (64 - SlotBits)));
    }

    /// <summary>A cached piece in 32 bytes (24 used), so a probe reads one cache line or, at worst, two.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 32)]
    internal struct Slot
    {
        public ulong Low;
        public ulong High;

        /// <summary>The owner's tag (bits 16–47), the token count (bits 8–15) and the length (bits 0–7); 0 when empty.</summary>
        public ulong Meta;

        /// <summary>Gets the meta word of a piece of <paramref name="length"/> bytes and <paramref name="count"/> tokens.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static ulong MetaOf(uint tag, int length, int count) => ((ulong)tag << 16) | ((ulong)(uint)count << 8) | (uint)length;
    }
}
