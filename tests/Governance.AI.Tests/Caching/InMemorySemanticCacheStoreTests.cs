using Governance.AI.Caching;
using Governance.AI.Testing;

namespace Governance.AI.Tests.Caching;

public sealed class InMemorySemanticCacheStoreTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public async Task Entries_expire_at_their_time_to_live()
    {
        var store = new InMemorySemanticCacheStore(timeProvider: _clock);
        await store.SetAsync(Entry("p", "k", [1f, 0f], TimeSpan.FromMinutes(10)));

        _clock.Advance(TimeSpan.FromMinutes(9));
        Assert.NotNull(await store.GetExactAsync("p", "k"));
        Assert.Single(await store.FindSimilarAsync("p", new float[] { 1f, 0f }, 0.5f, 1));

        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(await store.GetExactAsync("p", "k"));
        Assert.Empty(await store.FindSimilarAsync("p", new float[] { 1f, 0f }, 0.5f, 1));
        Assert.Equal(1, store.RemoveExpired());
        Assert.Equal(0, store.Count);
        Assert.Equal(0, store.MemoryBytes);
    }

    [Fact]
    public async Task Expired_entries_are_swept_on_writes()
    {
        var store = new InMemorySemanticCacheStore(new InMemorySemanticCacheStoreOptions { SweepInterval = TimeSpan.FromMinutes(1) }, _clock);
        await store.SetAsync(Entry("p", "old", [1f, 0f], TimeSpan.FromSeconds(30)));
        _clock.Advance(TimeSpan.FromMinutes(2));
        await store.SetAsync(Entry("p", "new", [0f, 1f], TimeSpan.FromMinutes(10)));
        Assert.Equal(1, store.Count);
    }

    [Fact]
    public async Task A_full_partition_evicts_its_least_recently_used_entry()
    {
        var store = new InMemorySemanticCacheStore(new InMemorySemanticCacheStoreOptions { MaxEntriesPerPartition = 2 }, _clock);
        await store.SetAsync(Entry("p", "a", [1f, 0f, 0f]));
        await store.SetAsync(Entry("p", "b", [0f, 1f, 0f]));
        await store.SetAsync(Entry("q", "x", [0f, 1f, 0f]));
        Assert.NotNull(await store.GetExactAsync("p", "a")); // a is now more recent than b

        await store.SetAsync(Entry("p", "c", [0f, 0f, 1f]));

        Assert.NotNull(await store.GetExactAsync("p", "a"));
        Assert.Null(await store.GetExactAsync("p", "b"));
        Assert.Empty(await store.FindSimilarAsync("p", new float[] { 0f, 1f, 0f }, 0.9f, 1));
        Assert.NotNull(await store.GetExactAsync("p", "c"));
        Assert.NotNull(await store.GetExactAsync("q", "x")); // another partition is not affected
    }

    [Fact]
    public async Task The_memory_limit_evicts_least_recently_used_entries_across_partitions()
    {
        SemanticCacheEntry probe = Entry("p", "probe", new float[8]);
        long limit = (probe.ApproximateSize + (8 * sizeof(float))) * 3;
        var store = new InMemorySemanticCacheStore(new InMemorySemanticCacheStoreOptions { MaxMemoryBytes = limit }, _clock);
        for (int i = 0; i < 10; i++)
        {
            float[] v = new float[8];
            v[i % 8] = 1f;
            await store.SetAsync(Entry("p" + (i % 2), "k" + i, v));
        }

        Assert.True(store.MemoryBytes <= limit);
        Assert.Equal(3, store.Count);
        Assert.NotNull(await store.GetExactAsync("p1", "k9"));
        Assert.Null(await store.GetExactAsync("p0", "k0"));
    }

    [Fact]
    public async Task Partitions_never_see_each_others_entries()
    {
        var store = new InMemorySemanticCacheStore(timeProvider: _clock);
        await store.SetAsync(Entry("tenant-a", "k", [1f, 0f]));
        Assert.Null(await store.GetExactAsync("tenant-b", "k"));
        Assert.Empty(await store.FindSimilarAsync("tenant-b", new float[] { 1f, 0f }, 0.1f, 4));
    }

    [Fact]
    public async Task The_same_exact_key_replaces_the_entry()
    {
        var store = new InMemorySemanticCacheStore(timeProvider: _clock);
        await store.SetAsync(Entry("p", "k", [1f, 0f]));
        SemanticCacheEntry second = Entry("p", "k", [0f, 1f]);
        await store.SetAsync(second);

        Assert.Same(second, await store.GetExactAsync("p", "k"));
        Assert.Equal(1, store.Count);
        Assert.Empty(await store.FindSimilarAsync("p", new float[] { 1f, 0f }, 0.9f, 4));
        Assert.True(await store.RemoveAsync("p", second.Id));
        Assert.Equal(0, store.PartitionCount);
    }

    [Theory]
    [InlineData(VectorPrecision.Float32)]
    [InlineData(VectorPrecision.Int8)]
    public async Task Similarity_search_returns_the_nearest_entries_first(VectorPrecision precision)
    {
        var store = new InMemorySemanticCacheStore(new InMemorySemanticCacheStoreOptions { Precision = precision }, _clock);
        await store.SetAsync(Entry("p", "a", [1f, 0f, 0f]));
        await store.SetAsync(Entry("p", "b", [0.8f, 0.6f, 0f]));
        await store.SetAsync(Entry("p", "c", [0f, 0f, 1f]));

        IReadOnlyList<SemanticCacheMatch> matches = await store.FindSimilarAsync("p", new float[] { 1f, 0.1f, 0f }, 0.5f, 4);

        Assert.Equal(["a", "b"], matches.Select(m => m.Entry.ExactKey));
        Assert.True(matches[0].Similarity > matches[1].Similarity);
    }

    [Fact]
    public async Task Lookups_during_stores_and_evictions_stay_in_their_partition_and_never_return_expired_entries()
    {
        // Invariant: with one writer storing into two partitions (evicting at 50 entries each and letting entries
        // expire as the clock moves) and two readers searching both tiers, every entry a reader gets belongs to the
        // partition it asked for and had not expired when the reader read the clock.
        var clock = new FakeTimeProvider();
        var store = new InMemorySemanticCacheStore(new InMemorySemanticCacheStoreOptions { MaxEntriesPerPartition = 50, SweepInterval = TimeSpan.FromSeconds(5) }, clock);
        var random = new Random(17);
        float[][] vectors = VectorIndexTests.RandomVectors(random, 64, 16);
        using var stop = new CancellationTokenSource();
        int lookups = 0;

        // The writer starts once both readers have looked up once, so lookups overlap the writes on a loaded machine too.
        using var readersStarted = new CountdownEvent(2);
        Task writer = Task.Run(async () =>
        {
            await Task.Run(() => readersStarted.Wait());
            for (int i = 0; i < 3_000; i++)
            {
                string partition = i % 2 == 0 ? "even" : "odd";
                DateTimeOffset now = clock.GetUtcNow();
                await store.SetAsync(new SemanticCacheEntry
                {
                    Id = "e" + i,
                    Partition = partition,
                    ExactKey = "k" + (i % 64),
                    Embedding = vectors[i % 64],
                    PromptText = partition,
                    Response = "{}"u8.ToArray(),
                    CreatedAt = now,
                    ExpiresAt = now + TimeSpan.FromSeconds(3),
                });
                if (i % 10 == 0)
                {
                    clock.Advance(TimeSpan.FromSeconds(1));
                }
            }

            stop.Cancel();
        });

        Task[] readers = Enumerable.Range(0, 2).Select(r => Task.Run(async () =>
        {
            var local = new Random(r);
            bool started = false;
            while (!stop.IsCancellationRequested)
            {
                string partition = local.Next(2) == 0 ? "even" : "odd";
                DateTimeOffset now = clock.GetUtcNow();
                foreach (SemanticCacheMatch match in await store.FindSimilarAsync(partition, vectors[local.Next(64)], 0f, 4))
                {
                    Assert.Equal(partition, match.Entry.Partition);
                    Assert.True(match.Entry.ExpiresAt > now);
                }

                if (await store.GetExactAsync(partition, "k" + local.Next(64)) is { } exact)
                {
                    Assert.Equal(partition, exact.Partition);
                    Assert.True(exact.ExpiresAt > now);
                }

                Interlocked.Increment(ref lookups);
                if (!started)
                {
                    started = true;
                    readersStarted.Signal();
                }
            }
        })).ToArray();

        await Task.WhenAll([writer, .. readers]);
        Assert.True(lookups > 0);
        Assert.True(store.Count <= 100);
    }

    private SemanticCacheEntry Entry(string partition, string key, float[] embedding, TimeSpan? ttl = null) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        Partition = partition,
        ExactKey = key,
        Embedding = embedding,
        PromptText = key,
        Response = "{}"u8.ToArray(),
        CreatedAt = _clock.GetUtcNow(),
        ExpiresAt = _clock.GetUtcNow() + (ttl ?? TimeSpan.FromHours(1)),
    };
}
