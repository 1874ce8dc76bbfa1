using System.Numerics.Tensors;
using Governance.AI.Caching;

namespace Governance.AI.Tests.Caching;

public sealed class VectorIndexTests
{
    private sealed class Item(int id)
    {
        public int Id { get; } = id;

        public VectorSlot Slot { get; } = new();
    }

    [Theory]
    [InlineData(VectorPrecision.Float32, 384, 1_000)]
    [InlineData(VectorPrecision.Float32, 100, 3_000)]
    [InlineData(VectorPrecision.Int8, 384, 1_000)]
    [InlineData(VectorPrecision.Int8, 48, 2_000)]
    public void Top_k_matches_a_brute_force_cosine_scan(VectorPrecision precision, int dims, int count)
    {
        var random = new Random(7);
        float[][] data = RandomVectors(random, count, dims);
        var index = new VectorIndex<Item>(dims, precision, chunkCapacity: 256);
        Item[] items = Add(index, data);

        for (int q = 0; q < 50; q++)
        {
            float[] query = RandomVector(random, dims);
            var expected = Enumerable.Range(0, count)
                .Select(i => (Id: i, Score: TensorPrimitives.CosineSimilarity(query, data[i])))
                .OrderByDescending(x => x.Score)
                .Take(5)
                .ToArray();
            var results = new VectorMatch<Item>[5];
            int found = index.Search(query, results, minSimilarity: -1f);

            Assert.Equal(5, found);
            Assert.Equal(expected[0].Id, results[0].Item.Id);
            Assert.Equal(expected[0].Score, results[0].Similarity, 4);
            for (int i = 1; i < found; i++)
            {
                Assert.True(results[i - 1].Similarity >= results[i].Similarity);
            }
        }

        Assert.Equal(count, index.Count);
        Assert.NotNull(items);
    }

    [Fact]
    public void Int8_agrees_with_float32_on_the_top_1_of_random_queries()
    {
        // The bar: the same top-1 on at least 99.5 % of random queries. Measured here on 20k × 384.
        const int dims = 384;
        const int count = 20_000;
        const int queries = 400;
        var random = new Random(11);
        float[][] data = RandomVectors(random, count, dims);
        var exact = new VectorIndex<Item>(dims, VectorPrecision.Float32);
        var quantized = new VectorIndex<Item>(dims, VectorPrecision.Int8);
        Item[] items = Add(exact, data);
        for (int i = 0; i < count; i++)
        {
            quantized.Add(data[i], items[i], new VectorSlot());
        }

        int agree = 0;
        var a = new VectorMatch<Item>[1];
        var b = new VectorMatch<Item>[1];
        for (int q = 0; q < queries; q++)
        {
            float[] query = RandomVector(random, dims);
            exact.Search(query, a, -1f);
            quantized.Search(query, b, -1f);
            agree += a[0].Item.Id == b[0].Item.Id ? 1 : 0;
        }

        Assert.True(agree >= queries * 0.995, $"int8 agreed with float32 on {agree}/{queries} queries");
    }

    [Fact]
    public void Parallel_scan_returns_the_sequential_answer()
    {
        var random = new Random(3);
        float[][] data = RandomVectors(random, 5_000, 64);
        var sequential = new VectorIndex<Item>(64, VectorPrecision.Float32, parallelThreshold: int.MaxValue, chunkCapacity: 512);
        var parallel = new VectorIndex<Item>(64, VectorPrecision.Float32, parallelThreshold: 1, chunkCapacity: 512);
        Item[] items = Add(sequential, data);
        for (int i = 0; i < data.Length; i++)
        {
            parallel.Add(data[i], items[i], new VectorSlot());
        }

        for (int q = 0; q < 20; q++)
        {
            float[] query = RandomVector(random, 64);
            var s = new VectorMatch<Item>[3];
            var p = new VectorMatch<Item>[3];
            sequential.Search(query, s, -1f);
            parallel.Search(query, p, -1f);
            Assert.Equal(s.Select(m => m.Item.Id), p.Select(m => m.Item.Id));
        }
    }

    [Theory]
    [InlineData(VectorPrecision.Float32)]
    [InlineData(VectorPrecision.Int8)]
    public void Removed_vectors_are_never_found_and_compaction_keeps_the_rest(VectorPrecision precision)
    {
        var random = new Random(5);
        float[][] data = RandomVectors(random, 1_000, 32);
        var index = new VectorIndex<Item>(32, precision, chunkCapacity: 64);
        Item[] items = Add(index, data);

        // Remove every even item: enough to trigger compaction several times.
        for (int i = 0; i < items.Length; i += 2)
        {
            Assert.True(index.Remove(items[i].Slot, static item => item.Slot));
        }

        Assert.Equal(500, index.Count);
        var results = new VectorMatch<Item>[1];
        for (int i = 0; i < items.Length; i++)
        {
            Assert.Equal(1, index.Search(data[i], results, -1f));
            if (i % 2 == 1)
            {
                Assert.Equal(i, results[0].Item.Id);
                Assert.Equal(1f, results[0].Similarity, 4);
            }
            else
            {
                Assert.Equal(1, results[0].Item.Id % 2);
            }
        }

        Assert.False(index.Remove(items[0].Slot, static item => item.Slot));
    }

    [Fact]
    public void The_similarity_floor_and_the_filter_apply()
    {
        var index = new VectorIndex<Item>(2);
        Item a = new(1);
        Item b = new(2);
        index.Add([1f, 0f], a, a.Slot);
        index.Add([0f, 1f], b, b.Slot);
        var results = new VectorMatch<Item>[2];

        Assert.Equal(1, index.Search([1f, 0.1f], results, minSimilarity: 0.5f));
        Assert.Same(a, results[0].Item);
        Assert.Equal(1, index.Search([1f, 0.1f], results, minSimilarity: -1f, accept: item => item.Id != 1));
        Assert.Same(b, results[0].Item);
        Assert.Equal(0, index.Search([0f, 0f], results, -1f));
        Assert.False(index.Add([0f, 0f], new Item(3), new VectorSlot()));
    }

    [Theory]
    [InlineData(VectorPrecision.Float32)]
    [InlineData(VectorPrecision.Int8)]
    public async Task Readers_during_writes_see_only_fully_written_live_vectors(VectorPrecision precision)
    {
        // Invariants, checked on every search of two readers racing one writer that appends (growing and copying
        // chunks) and removes (triggering compaction), for any interleaving:
        // 1. every returned item is reported with the similarity of the query and the vector that item was added
        //    with, so the slot the reader scanned held that item's fully written vector;
        // 2. an item whose removal completed before the search started is never returned;
        // 3. an item whose addition completed before the search started, and whose removal had not begun when the
        //    search ended, is found (copying and compaction never lose a published vector).
        // Nothing depends on timing: the writer works in rounds and, after each, waits (on a signal) until every
        // reader has completed a search that started after the round, so searches cover every stage of the write
        // history however the threads are scheduled; readers and writer run on dedicated threads, so a busy thread
        // pool cannot delay them past the writes.
        const int dims = 64;
        const int count = 4_000;
        const int opsPerRound = 50;
        const int readerCount = 2;
        var random = new Random(9);
        float[][] data = RandomVectors(random, count, dims);
        var index = new VectorIndex<Item>(dims, precision, parallelThreshold: 1_000, chunkCapacity: 128);
        var items = data.Select((_, i) => new Item(i)).ToArray();
        var removing = new bool[count];
        var removed = new bool[count];
        int added = 0;
        int round = 0;
        bool writerDone = false;
        var acknowledged = new int[readerCount];
        var searches = new int[readerCount];
        using var progress = new SemaphoreSlim(0);

        Task writer = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    for (int i = 0; i < count; i++)
                    {
                        Assert.True(index.Add(data[i], items[i], items[i].Slot));
                        Volatile.Write(ref added, i + 1);
                        if (i % 3 == 0 && i > 10)
                        {
                            int victim = i - 10;
                            Volatile.Write(ref removing[victim], true);
                            Assert.True(index.Remove(items[victim].Slot, static item => item.Slot));
                            Volatile.Write(ref removed[victim], true);
                        }

                        if ((i + 1) % opsPerRound == 0)
                        {
                            int finished = (i + 1) / opsPerRound;
                            Volatile.Write(ref round, finished);
                            while (!AllReached(acknowledged, finished))
                            {
                                progress.Wait();
                            }
                        }
                    }
                }
                finally
                {
                    Volatile.Write(ref writerDone, true);
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        Task[] readers = Enumerable.Range(0, readerCount).Select(r => Task.Factory.StartNew(
            () =>
            {
                try
                {
                    var local = new Random(100 + r);
                    var results = new VectorMatch<Item>[4];
                    while (!Volatile.Read(ref writerDone))
                    {
                        int startedIn = Volatile.Read(ref round);
                        int visible = Volatile.Read(ref added);
                        if (visible == 0)
                        {
                            // Nothing to search for yet; the round is still acknowledged below.
                            AcknowledgeRound(startedIn);
                            continue;
                        }

                        int target = local.Next(visible);
                        bool removedBefore = Volatile.Read(ref removed[target]);
                        int found = index.Search(data[target], results, minSimilarity: -1f);
                        bool removingAfter = Volatile.Read(ref removing[target]);

                        bool targetFound = false;
                        for (int k = 0; k < found; k++)
                        {
                            Item item = results[k].Item;
                            float expected = TensorPrimitives.CosineSimilarity(data[target], data[item.Id]);
                            Assert.True(MathF.Abs(expected - results[k].Similarity) < 1e-4f, $"item {item.Id}: similarity {results[k].Similarity}, its vector gives {expected}");
                            Assert.False(removedBefore && item.Id == target, "an item removed before the search was returned");
                            targetFound |= item.Id == target;
                        }

                        Assert.True(removingAfter || targetFound, "a live item added before the search was not found");
                        searches[r]++;
                        AcknowledgeRound(startedIn);
                    }
                }
                finally
                {
                    // A reader that stops (done, or failed) no longer holds the writer back.
                    Volatile.Write(ref acknowledged[r], int.MaxValue);
                    progress.Release();
                }

                void AcknowledgeRound(int startedIn)
                {
                    if (startedIn > acknowledged[r])
                    {
                        Volatile.Write(ref acknowledged[r], startedIn);
                        progress.Release();
                    }
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)).ToArray();

        await Task.WhenAll([writer, .. readers]);

        // Every reader completed at least one search after each round of writes.
        Assert.All(searches, s => Assert.True(s >= count / opsPerRound, $"{s} searches"));
        Assert.Equal(count - removed.Count(x => x), index.Count);

        static bool AllReached(int[] acknowledged, int round)
        {
            for (int r = 0; r < acknowledged.Length; r++)
            {
                if (Volatile.Read(ref acknowledged[r]) < round)
                {
                    return false;
                }
            }

            return true;
        }
    }

    private static Item[] Add(VectorIndex<Item> index, float[][] data)
    {
        var items = new Item[data.Length];
        for (int i = 0; i < data.Length; i++)
        {
            items[i] = new Item(i);
            Assert.True(index.Add(data[i], items[i], items[i].Slot));
        }

        return items;
    }

    internal static float[][] RandomVectors(Random random, int count, int dims) =>
        Enumerable.Range(0, count).Select(_ => RandomVector(random, dims)).ToArray();

    internal static float[] RandomVector(Random random, int dims)
    {
        var v = new float[dims];
        for (int i = 0; i < dims; i++)
        {
            // Box-Muller: Gaussian components give directions uniform on the sphere.
            double u1 = 1.0 - random.NextDouble();
            double u2 = random.NextDouble();
            v[i] = (float)(Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2));
        }

        return v;
    }
}
