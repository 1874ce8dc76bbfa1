namespace Governance.AI.Caching;

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
internal sealed partial class VectorIndex<TItem>
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
}
