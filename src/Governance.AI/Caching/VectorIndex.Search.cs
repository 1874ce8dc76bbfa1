using System.Buffers;

namespace Governance.AI.Caching;

/// <content>Top-k search: a SIMD scan of every chunk (in parallel for large indexes), int8 candidates rescored in float32.</content>
internal sealed partial class VectorIndex<TItem>
    where TItem : class
{
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
