namespace Governance.AI.Redis;

/// <summary>
/// Redis Cluster key slots: CRC16 (XMODEM: polynomial 0x1021, initial value 0) of the key, or of its hash tag — the
/// text between the first <c>{</c> and the first <c>}</c> after it, when that text is non-empty — modulo 16384.
/// </summary>
internal static class ClusterSlot
{
    public const int SlotCount = 16384;
    private static readonly ushort[] Table = CreateTable();

    public static int Compute(RedisArgument key)
    {
        int length = key.ByteCount;
        if (length <= 256)
        {
            Span<byte> buffer = stackalloc byte[256];
            int written = key.CopyTo(buffer);
            return Compute(buffer[..written]);
        }

        byte[] heap = new byte[length];
        int count = key.CopyTo(heap);
        return Compute(heap.AsSpan(0, count));
    }

    public static int Compute(ReadOnlySpan<byte> key)
    {
        int open = key.IndexOf((byte)'{');
        if (open >= 0)
        {
            int close = key[(open + 1)..].IndexOf((byte)'}');
            if (close > 0)
            {
                key = key.Slice(open + 1, close);
            }
        }

        ushort crc = 0;
        foreach (byte b in key)
        {
            crc = (ushort)((crc << 8) ^ Table[((crc >> 8) ^ b) & 0xFF]);
        }

        return crc & (SlotCount - 1);
    }

    private static ushort[] CreateTable()
    {
        var table = new ushort[256];
        for (int i = 0; i < 256; i++)
        {
            int crc = i << 8;
            for (int bit = 0; bit < 8; bit++)
            {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }

            table[i] = (ushort)crc;
        }

        return table;
    }
}
