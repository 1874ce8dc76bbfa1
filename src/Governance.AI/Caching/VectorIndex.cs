using System.Buffers;

namespace Governance.AI.Caching;

/// <summary>How the semantic index stores its vectors.</summary>
public enum VectorPrecision
{
    /// <summary>Normalized float32 vectors, scanned with SIMD dot products. Exact.</summary>
    Float32 = 0,

    /// <summary>
    /// Int8 scalar-quantized vectors with a per-vector scale: a quarter of the bytes to scan. The best candidates
    /// are rescored against the float32 vectors, so the answer is the float32 answer except in rare near-ties.
    /// </summary>
    Int8 = 1,
}

/// <summary>One result of a nearest-neighbour search.</summary>
/// <typeparam name="TItem">The item type stored with each vector.</typeparam>
/// <param name="Item">The item.</param>
/// <param name="Similarity">The cosine similarity with the query, in [-1, 1].</param>
internal readonly record struct VectorMatch<TItem>(TItem Item, float Similarity);

/// <summary>A handle an item keeps so that the index can find and remove its vector.</summary>
internal sealed class VectorSlot
{
    /// <summary>Gets or sets the slot position; written only under the index's write lock.</summary>
    public int Position { get; set; } = -1;
}

/// <summary>
/// A flat nearest-neighbour index over normalized vectors for one cache partition: vectors live contiguously in
/// chunks (one big array per chunk), the cosine similarity of normalized vectors is their dot product, and the scan
/// is SIMD and, for large indexes, parallel.
/// </summary>
/// <remarks>
/// <para>
/// Concurrency: reads never take a lock. Writers serialize on a lock and publish an immutable
/// <see cref="Snapshot"/> (chunk list plus count) with a volatile write. Invariant: a slot below a published count is
/// never rewritten; an append writes a slot above every published count and then publishes, a removal clears the
/// slot's item reference (an atomic write, so a reader sees the item or nothing) and compaction copies live slots
/// into fresh chunks. A reader therefore always scans fully written vectors and never returns a removed item it
/// did not see before the removal.
/// </para>
/// </remarks>
/// <typeparam name="TItem">The item type stored with each vector.</typeparam>
internal sealed class VectorIndex<TItem>
    where TItem : class
{
    private const int DefaultChunkCapacity = 16_384;
    private const int InitialCapacity = 16;
    private readonly Lock _writeLock = new();
    private readonly int _chunkCapacity;
    private volatile Snapshot _snapshot;
    private int _removed;

    /// <summary>Initializes a new instance of the <see cref="VectorIndex{TItem}"/> class.</summary>
    /// <param name="dimensions">The vector length.</param>
    /// <param name="precision">The storage precision.</param>
    /// <param name="parallelThreshold">The vector count from which a search scans chunks in parallel.</param>
    /// <param name="rescoreCandidates">How many int8 candidates are rescored in float32.</param>
    /// <param name="chunkCapacity">The vectors per chunk.</param>
    public VectorIndex(
        int dimensions,
        VectorPrecision precision = VectorPrecision.Float32,
        int parallelThreshold = 65_536,
        int rescoreCandidates = 32,
        int chunkCapacity = DefaultChunkCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkCapacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rescoreCandidates, 1);
        Dimensions = dimensions;
        Precision = precision;
        ParallelThreshold = Math.Max(1, parallelThreshold);
        RescoreCandidates = rescoreCandidates;
        _chunkCapacity = chunkCapacity;
        _snapshot = new Snapshot([], 0);
    }

    /// <summary>Gets the vector length.</summary>
    public int Dimensions { get; }

    /// <summary>Gets the storage precision.</summary>
    public VectorPrecision Precision { get; }

    /// <summary>Gets the vector count from which a search scans in parallel.</summary>
    public int ParallelThreshold { get; }

    /// <summary>Gets how many int8 candidates are rescored in float32.</summary>
    public int RescoreCandidates { get; }

    /// <summary>Gets the number of live vectors.</summary>
    public int Count
    {
        get
        {
            lock (_writeLock)
            {
                return _snapshot.Count - _removed;
            }
        }
    }

    /// <summary>Gets the bytes one vector occupies in this index.</summary>
    public long BytesPerVector => Precision == VectorPrecision.Float32
        ? (long)Dimensions * sizeof(float)
        : Dimensions + sizeof(float) + ((long)Dimensions * sizeof(float));

    /// <summary>Adds a vector (normalized on the way in).</summary>
    /// <param name="vector">The vector; its length must be <see cref="Dimensions"/>.</param>
    /// <param name="item">The item returned by searches that find the vector.</param>
    /// <param name="slot">The handle the item keeps for <see cref="Remove"/>.</param>
    /// <returns><see langword="false"/> for a zero or non-finite vector, which is not added.</returns>
    public bool Add(ReadOnlySpan<float> vector, TItem item, VectorSlot slot)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(slot);
        if (vector.Length != Dimensions)
        {
            throw new ArgumentException($"The vector has {vector.Length} dimensions; the index has {Dimensions}.", nameof(vector));
        }

        float[] normalized = new float[Dimensions];
        if (!VectorKernels.TryNormalize(vector, normalized))
        {
            return false;
        }

        lock (_writeLock)
        {
            if (slot.Position >= 0)
            {
                throw new InvalidOperationException("The slot is already in an index.");
            }

            Snapshot current = _snapshot;
            Chunk[] chunks = current.Chunks;
            int position = current.Count;
            int chunkIndex = position / _chunkCapacity;
            int offset = position - (chunkIndex * _chunkCapacity);
            if (chunkIndex == chunks.Length)
            {
                // The first chunk starts small and doubles, so that a small partition stays small; later chunks are full size.
                Chunk[] grown = new Chunk[chunks.Length + 1];
                chunks.CopyTo(grown, 0);
                grown[^1] = new Chunk(Dimensions, chunkIndex == 0 ? Math.Min(InitialCapacity, _chunkCapacity) : _chunkCapacity, Precision);
                chunks = grown;
            }
            else if (offset == chunks[chunkIndex].Capacity)
            {
                // Copy on write: readers of the current snapshot keep scanning the old chunk.
                Chunk[] replaced = (Chunk[])chunks.Clone();
                replaced[chunkIndex] = chunks[chunkIndex].Grow(Math.Min(_chunkCapacity, chunks[chunkIndex].Capacity * 2), offset);
                chunks = replaced;
            }

            chunks[chunkIndex].Write(offset, normalized, item);
            slot.Position = position;
            _snapshot = new Snapshot(chunks, position + 1);
        }

        return true;
    }

    /// <summary>Removes the vector of a slot; compacts the index when a quarter of it is removed.</summary>
    /// <param name="slot">The slot given to <see cref="Add"/>.</param>
    /// <param name="slotsOf">Gets the slot of a live item, to update positions during compaction.</param>
    /// <returns><see langword="true"/> when the slot was in the index.</returns>
    public bool Remove(VectorSlot slot, Func<TItem, VectorSlot> slotsOf)
    {
        ArgumentNullException.ThrowIfNull(slot);
        ArgumentNullException.ThrowIfNull(slotsOf);
        lock (_writeLock)
        {
            int position = slot.Position;
            Snapshot current = _snapshot;
            if (position < 0 || position >= current.Count)
            {
                return false;
            }

            Chunk chunk = current.Chunks[position / _chunkCapacity];
            int offset = position % _chunkCapacity;
            if (Volatile.Read(ref chunk.Items[offset]) is null)
            {
                return false;
            }

            chunk.Clear(offset);
            slot.Position = -1;
            _removed++;
            if (_removed >= 64 && _removed * 4 >= current.Count)
            {
                Compact(current, slotsOf);
            }

            return true;
        }
    }

    /// <summary>Finds the most similar live vectors.</summary>
    /// <param name="query">The query vector (normalized on the way in).</param>
    /// <param name="results">Receives the matches, most similar first; its length is the k of top-k.</param>
    /// <param name="minSimilarity">The lowest similarity returned.</param>
    /// <param name="accept">Filters candidates (for example expired entries); called only for candidates that would place.</param>
    /// <returns>The number of matches written.</returns>
    public int Search(ReadOnlySpan<float> query, Span<VectorMatch<TItem>> results, float minSimilarity, Func<TItem, bool>? accept = null)
    {
        if (query.Length != Dimensions)
        {
            throw new ArgumentException($"The query has {query.Length} dimensions; the index has {Dimensions}.", nameof(query));
        }

        if (results.IsEmpty)
        {
            return 0;
        }

        Snapshot snapshot = _snapshot;
        if (snapshot.Count == 0)
        {
            return 0;
        }

        float[] normalizedArray = ArrayPool<float>.Shared.Rent(Dimensions);
        try
        {
            Span<float> normalized = normalizedArray.AsSpan(0, Dimensions);
            if (!VectorKernels.TryNormalize(query, normalized))
            {
                return 0;
            }

            return Precision == VectorPrecision.Float32
                ? SearchFloat(snapshot, normalizedArray, results, minSimilarity, accept)
                : SearchInt8(snapshot, normalizedArray, results, minSimilarity, accept);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(normalizedArray);
        }
    }

    private int SearchFloat(Snapshot snapshot, float[] query, Span<VectorMatch<TItem>> results, float minSimilarity, Func<TItem, bool>? accept)
    {
        int k = results.Length;
        if (snapshot.Count < ParallelThreshold || Environment.ProcessorCount == 1 || snapshot.Chunks.Length == 1)
        {
            var top = new TopK(k, minSimilarity);
            for (int c = 0; c < snapshot.Chunks.Length; c++)
            {
                ScanFloat(snapshot, c, query, ref top, accept);
            }

            return top.CopyTo(snapshot, _chunkCapacity, results);
        }

        TopK merged = ParallelScan(snapshot, k, minSimilarity, (int c, ref TopK local) => ScanFloat(snapshot, c, query, ref local, accept));
        return merged.CopyTo(snapshot, _chunkCapacity, results);
    }

    private int SearchInt8(Snapshot snapshot, float[] query, Span<VectorMatch<TItem>> results, float minSimilarity, Func<TItem, bool>? accept)
    {
        int d = Dimensions;
        sbyte[] quantizedArray = ArrayPool<sbyte>.Shared.Rent(d);
        short[] widened = ArrayPool<short>.Shared.Rent(d);
        try
        {
            float queryScale = VectorKernels.Quantize(query.AsSpan(0, d), quantizedArray);
            VectorKernels.Widen(quantizedArray.AsSpan(0, d), widened);

            // Approximate scores may err by a few thousandths; widen the floor by a margin so that a vector whose
            // exact score passes is not dropped by its approximation, then rescore exactly.
            int candidates = Math.Max(results.Length, RescoreCandidates);
            float approximateFloor = minSimilarity - 0.02f;
            TopK approximate;
            if (snapshot.Count < ParallelThreshold || Environment.ProcessorCount == 1 || snapshot.Chunks.Length == 1)
            {
                approximate = new TopK(candidates, approximateFloor);
                for (int c = 0; c < snapshot.Chunks.Length; c++)
                {
                    ScanInt8(snapshot, c, widened, queryScale, ref approximate, accept);
                }
            }
            else
            {
                approximate = ParallelScan(snapshot, candidates, approximateFloor, (int c, ref TopK local) => ScanInt8(snapshot, c, widened, queryScale, ref local, accept));
            }

            var exact = new TopK(results.Length, minSimilarity);
            for (int i = 0; i < approximate.Length; i++)
            {
                int position = approximate.Positions[i];
                Chunk chunk = snapshot.Chunks[position / _chunkCapacity];
                float[]? original = Volatile.Read(ref chunk.Originals![position % _chunkCapacity]);
                if (original is not null)
                {
                    float score = VectorKernels.Dot(query.AsSpan(0, d), original);
                    if (score >= exact.Floor)
                    {
                        exact.Insert(score, position);
                    }
                }
            }

            return exact.CopyTo(snapshot, _chunkCapacity, results);
        }
        finally
        {
            ArrayPool<sbyte>.Shared.Return(quantizedArray);
            ArrayPool<short>.Shared.Return(widened);
        }
    }

    private delegate void ChunkScan(int chunkIndex, ref TopK top);

    private static TopK ParallelScan(Snapshot snapshot, int k, float floor, ChunkScan scan)
    {
        var merged = new TopK(k, floor);
        Lock mergeLock = new();
        Parallel.For(
            0,
            snapshot.Chunks.Length,
            () => new TopK(k, floor),
            (c, _, local) =>
            {
                scan(c, ref local);
                return local;
            },
            local =>
            {
                lock (mergeLock)
                {
                    for (int i = 0; i < local.Length; i++)
                    {
                        merged.Insert(local.Scores[i], local.Positions[i]);
                    }
                }
            });
        return merged;
    }

    private void ScanFloat(Snapshot snapshot, int chunkIndex, float[] query, ref TopK top, Func<TItem, bool>? accept)
    {
        Chunk chunk = snapshot.Chunks[chunkIndex];
        int start = chunkIndex * _chunkCapacity;
        int count = Math.Min(_chunkCapacity, snapshot.Count - start);
        int d = Dimensions;
        ReadOnlySpan<float> q = query.AsSpan(0, d);
        ReadOnlySpan<float> data = chunk.Floats.AsSpan(0, count * d);
        float floor = top.Floor;
        for (int i = 0, offset = 0; i < count; i++, offset += d)
        {
            float score = VectorKernels.Dot(data.Slice(offset, d), q);
            if (score >= floor && Accept(chunk, i, accept))
            {
                top.Insert(score, start + i);
                floor = top.Floor;
            }
        }
    }

    private void ScanInt8(Snapshot snapshot, int chunkIndex, short[] query, float queryScale, ref TopK top, Func<TItem, bool>? accept)
    {
        Chunk chunk = snapshot.Chunks[chunkIndex];
        int start = chunkIndex * _chunkCapacity;
        int count = Math.Min(_chunkCapacity, snapshot.Count - start);
        int d = Dimensions;
        ReadOnlySpan<short> q = query.AsSpan(0, d);
        ReadOnlySpan<sbyte> data = chunk.Quantized.AsSpan(0, count * d);
        ReadOnlySpan<float> scales = chunk.Scales.AsSpan(0, count);
        float floor = top.Floor;
        for (int i = 0, offset = 0; i < count; i++, offset += d)
        {
            float score = VectorKernels.DotInt8(data.Slice(offset, d), q) * queryScale * scales[i];
            if (score >= floor && Accept(chunk, i, accept))
            {
                top.Insert(score, start + i);
                floor = top.Floor;
            }
        }
    }

    private static bool Accept(Chunk chunk, int offset, Func<TItem, bool>? accept)
    {
        TItem? item = Volatile.Read(ref chunk.Items[offset]);
        return item is not null && (accept is null || accept(item));
    }

    private void Compact(Snapshot current, Func<TItem, VectorSlot> slotsOf)
    {
        var chunks = new List<Chunk>();
        int live = current.Count - _removed;
        int firstCapacity = (int)Math.Min(_chunkCapacity, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(live, InitialCapacity)));
        int count = 0;
        for (int position = 0; position < current.Count; position++)
        {
            Chunk source = current.Chunks[position / _chunkCapacity];
            int offset = position % _chunkCapacity;
            TItem? item = source.Items[offset];
            if (item is null)
            {
                continue;
            }

            int chunkIndex = count / _chunkCapacity;
            if (chunkIndex == chunks.Count)
            {
                chunks.Add(new Chunk(Dimensions, chunkIndex == 0 ? firstCapacity : _chunkCapacity, Precision));
            }

            chunks[chunkIndex].CopyFrom(count % _chunkCapacity, source, offset);
            slotsOf(item).Position = count;
            count++;
        }

        _removed = 0;
        _snapshot = new Snapshot([.. chunks], count);
    }

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

    /// <summary>A small top-k list kept sorted by descending score.</summary>
    private struct TopK
    {
        private readonly float _minimum;

        public TopK(int k, float minimum)
        {
            Scores = new float[k];
            Positions = new int[k];
            _minimum = minimum;
            Length = 0;
        }

        public float[] Scores { get; }

        public int[] Positions { get; }

        public int Length { get; private set; }

        /// <summary>Gets the score a candidate must reach to place.</summary>
        public readonly float Floor => Length < Scores.Length ? _minimum : MathF.BitIncrement(Scores[^1]);

        public void Insert(float score, int position)
        {
            if (score < Floor)
            {
                return;
            }

            int i = Length < Scores.Length ? Length++ : Scores.Length - 1;
            while (i > 0 && Scores[i - 1] < score)
            {
                Scores[i] = Scores[i - 1];
                Positions[i] = Positions[i - 1];
                i--;
            }

            Scores[i] = score;
            Positions[i] = position;
        }

        public readonly int CopyTo(Snapshot snapshot, int chunkCapacity, Span<VectorMatch<TItem>> results)
        {
            int written = 0;
            for (int i = 0; i < Length && written < results.Length; i++)
            {
                Chunk chunk = snapshot.Chunks[Positions[i] / chunkCapacity];
                TItem? item = Volatile.Read(ref chunk.Items[Positions[i] % chunkCapacity]);
                if (item is not null)
                {
                    results[written++] = new VectorMatch<TItem>(item, Math.Clamp(Scores[i], -1f, 1f));
                }
            }

            return written;
        }
    }
}
