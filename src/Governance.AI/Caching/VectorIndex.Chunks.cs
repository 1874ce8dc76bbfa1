namespace Governance.AI.Caching;

/// <content>The storage: published snapshots of contiguous vector chunks.</content>
internal sealed partial class VectorIndex<TItem>
    where TItem : class
{
    private sealed class Snapshot(Chunk[] chunks, int count)
    {
        public Chunk[] Chunks { get; } = chunks;

        public int Count { get; } = count;
    }

    private sealed class Chunk
    {
        private readonly int _dimensions;

        public Chunk(int dimensions, int capacity, VectorPrecision precision)
        {
            _dimensions = dimensions;
            Capacity = capacity;
            Items = new TItem?[capacity];
            if (precision == VectorPrecision.Float32)
            {
                Floats = new float[(long)dimensions * capacity];
                Quantized = [];
                Scales = [];
            }
            else
            {
                Floats = [];
                Quantized = new sbyte[(long)dimensions * capacity];
                Scales = new float[capacity];
                Originals = new float[]?[capacity];
            }
        }

        public int Capacity { get; }

        public float[] Floats { get; }

        public sbyte[] Quantized { get; }

        public float[] Scales { get; }

        public float[]?[]? Originals { get; }

        public TItem?[] Items { get; }

        public Chunk Grow(int capacity, int count)
        {
            var grown = new Chunk(_dimensions, capacity, Originals is null ? VectorPrecision.Float32 : VectorPrecision.Int8);
            for (int i = 0; i < count; i++)
            {
                grown.CopyFrom(i, this, i);
            }

            return grown;
        }

        public void Write(int offset, float[] normalized, TItem item)
        {
            if (Originals is null)
            {
                normalized.CopyTo(Floats.AsSpan(offset * _dimensions, _dimensions));
            }
            else
            {
                Scales[offset] = VectorKernels.Quantize(normalized, Quantized.AsSpan(offset * _dimensions, _dimensions));
                Originals[offset] = normalized;
            }

            Volatile.Write(ref Items[offset], item);
        }

        public void CopyFrom(int offset, Chunk source, int sourceOffset)
        {
            if (Originals is null)
            {
                source.Floats.AsSpan(sourceOffset * _dimensions, _dimensions).CopyTo(Floats.AsSpan(offset * _dimensions));
            }
            else
            {
                source.Quantized.AsSpan(sourceOffset * _dimensions, _dimensions).CopyTo(Quantized.AsSpan(offset * _dimensions));
                Scales[offset] = source.Scales[sourceOffset];
                Originals[offset] = source.Originals![sourceOffset];
            }

            Items[offset] = source.Items[sourceOffset];
        }

        public void Clear(int offset)
        {
            Volatile.Write(ref Items[offset], null);
            if (Originals is not null)
            {
                Volatile.Write(ref Originals[offset], null);
            }
        }
    }
}
