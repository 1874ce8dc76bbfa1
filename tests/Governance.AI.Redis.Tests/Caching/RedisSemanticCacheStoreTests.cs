using System.Collections.Concurrent;
using System.Text;
using Governance.AI.Caching;
using Governance.AI.Redis.Caching;
using Governance.AI.Redis.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Testing;
using StackExchange.Redis;
using Governance.AI.Testing;

namespace Governance.AI.Redis.Tests.Caching;

[Collection(RedisCollection.Name)]
public sealed class RedisSemanticCacheStoreTests(RedisServers servers)
{
    // Only a guard against a hang: every wait below is for a signal that the store raises on its own (a
    // notification, a replayed or reloaded change, a parked poll loop), never for time to pass. Five seconds was
    // within the reach of a loaded 2-core runner (a fault test here ran 5x slower beside another test project), so
    // the guard is the suite's usual 30 s.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [RedisFact]
    public async Task An_instance_started_later_loads_existing_entries_into_its_replica()
    {
        string prefix = Prefix();
        using ConnectionMultiplexer redisA = await servers.ConnectStandaloneAsync();
        using ConnectionMultiplexer redisB = await servers.ConnectStandaloneAsync();
        await using var a = new RedisSemanticCacheStore(redisA, new() { KeyPrefix = prefix });
        await a.StartAsync();
        SemanticCacheEntry entry = Entry("p1", "e1", "x1", [1, 0, 0]);
        await a.SetAsync(entry);

        await using var b = new RedisSemanticCacheStore(redisB, new() { KeyPrefix = prefix });
        await b.StartAsync();
        IReadOnlyList<SemanticCacheMatch> matches = await b.FindSimilarAsync("p1", new float[] { 0.9f, 0.1f, 0 }, 0.5f, 3);
        SemanticCacheMatch match = Assert.Single(matches);
        AssertSame(entry, match.Entry);
        Assert.Empty(await b.FindSimilarAsync("p2", new float[] { 1, 0, 0 }, 0.5f, 3));
        AssertSame(entry, (await b.GetExactAsync("p1", "x1"))!);
    }

    [RedisFact]
    public Task An_entry_written_through_one_instance_becomes_a_hit_on_another() => ReplicatesAsync(cluster: false);

    [RedisFact]
    public Task An_entry_written_through_one_instance_becomes_a_hit_on_another_on_a_cluster() => ReplicatesAsync(cluster: true);

    private async Task ReplicatesAsync(bool cluster)
    {
        string prefix = Prefix();
        using ConnectionMultiplexer redisA = cluster ? await servers.ConnectClusterAsync() : await servers.ConnectStandaloneAsync();
        using ConnectionMultiplexer redisB = cluster ? await servers.ConnectClusterAsync() : await servers.ConnectStandaloneAsync();
        await using var a = new RedisSemanticCacheStore(redisA, new() { KeyPrefix = prefix });
        await using var b = new RedisSemanticCacheStore(redisB, new() { KeyPrefix = prefix });
        await Task.WhenAll(a.StartAsync(), b.StartAsync());

        SemanticCacheEntry entry = Entry("p1", "e-new", "x-new", [0, 1, 0]);
        Task replicated = WhenReplicated(b, "set", entry.Id);
        await a.SetAsync(entry);

        // A bounded wait on the replication signal (generous for a loaded machine; the benchmark measures the latency).
        await replicated.WaitAsync(Bound);
        AssertSame(entry, Assert.Single(await b.FindSimilarAsync("p1", new float[] { 0, 1, 0 }, 0.99f, 1)).Entry);

        Task removed = WhenReplicated(b, "del", entry.Id);
        Assert.True(await a.RemoveAsync("p1", entry.Id));
        await removed.WaitAsync(Bound);
        Assert.Empty(await b.FindSimilarAsync("p1", new float[] { 0, 1, 0 }, 0.5f, 1));
        Assert.Null(await b.GetExactAsync("p1", "x-new"));
    }

    [RedisFact]
    public async Task Storing_under_an_existing_exact_key_replaces_the_entry_everywhere()
    {
        string prefix = Prefix();
        using ConnectionMultiplexer redisA = await servers.ConnectStandaloneAsync();
        using ConnectionMultiplexer redisB = await servers.ConnectStandaloneAsync();
        await using var a = new RedisSemanticCacheStore(redisA, new() { KeyPrefix = prefix });
        await using var b = new RedisSemanticCacheStore(redisB, new() { KeyPrefix = prefix });
        await Task.WhenAll(a.StartAsync(), b.StartAsync());

        await a.SetAsync(Entry("p1", "old", "same", [1, 0, 0]));
        Task replaced = WhenReplicated(b, "set", "new");
        SemanticCacheEntry newer = Entry("p1", "new", "same", [0, 0, 1]);
        await a.SetAsync(newer);
        await replaced.WaitAsync(Bound);

        AssertSame(newer, (await b.GetExactAsync("p1", "same"))!);
        Assert.Empty(await b.FindSimilarAsync("p1", new float[] { 1, 0, 0 }, 0.9f, 5));
        Assert.Equal(0, (long)await redisA.CommandAsync("EXISTS", $"{prefix}:{{p1}}:e:old"));
        await using var c = new RedisSemanticCacheStore(redisB, new() { KeyPrefix = prefix });
        await c.StartAsync();
        Assert.Equal(1, c.ReplicaCount);
    }

    [RedisFact]
    public async Task Changes_whose_notification_was_missed_are_read_at_the_next_poll()
    {
        // B listens on another channel prefix, so it misses every change notification (as during a reconnection):
        // it must still apply all of A's changes from the stream once its poll interval passes, and only then.
        string prefix = Prefix();
        using ConnectionMultiplexer redisA = await servers.ConnectStandaloneAsync();
        using ConnectionMultiplexer redisB = await servers.ConnectStandaloneAsync(o => o.ChannelPrefix = RedisChannel.Literal("muted:"));
        var clockB = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var a = new RedisSemanticCacheStore(redisA, new() { KeyPrefix = prefix });
        await using var b = new RedisSemanticCacheStore(redisB, new() { KeyPrefix = prefix }, clockB);
        await Task.WhenAll(a.StartAsync(), b.StartAsync());
        await b.WaitingForChange.WaitAsync(Bound); // B has done its first read: the writes below reach it only by replay

        for (int i = 0; i < 20; i++)
        {
            await a.SetAsync(Entry("p1", "m" + i, "mx" + i, [1, i, 0]));
        }

        Assert.Equal(0, b.ReplicaCount);
        Task last = WhenReplicated(b, "set", "m19");
        await b.WaitingForChange.WaitAsync(Bound);
        clockB.Advance(new RedisSemanticCacheStoreOptions().PollInterval);
        await last.WaitAsync(Bound);
        Assert.Equal(20, b.ReplicaCount);
    }

    [RedisFact]
    public async Task An_instance_whose_position_was_trimmed_reloads_instead_of_replaying()
    {
        string prefix = Prefix();
        using ConnectionMultiplexer redisA = await servers.ConnectStandaloneAsync();
        using ConnectionMultiplexer redisB = await servers.ConnectStandaloneAsync(o => o.ChannelPrefix = RedisChannel.Literal("muted:"));
        var clockB = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var a = new RedisSemanticCacheStore(redisA, new() { KeyPrefix = prefix });
        await a.StartAsync();
        await a.SetAsync(Entry("p1", "first", "fx", [1, 0, 0]));
        await using var b = new RedisSemanticCacheStore(redisB, new() { KeyPrefix = prefix }, clockB);
        await b.StartAsync();
        Assert.Equal(1, b.ReplicaCount);

        // B must be parked on its (fake) poll timer before A writes: otherwise B's first read after start may still
        // pick the write up from the stream before the trim, and there is nothing left to reload.
        await b.WaitingForChange.WaitAsync(Bound);

        // B hears no notification; A writes and the stream is trimmed past B's position: replaying cannot recover
        // the write, so B must reload from the entries themselves.
        await a.SetAsync(Entry("p1", "second", "sx", [0, 1, 0]));
        await redisA.CommandAsync("XTRIM", prefix + ":stream", "MAXLEN", 0);

        Task reloaded = WhenReplicated(b, "load", string.Empty);
        await b.WaitingForChange.WaitAsync(Bound);
        clockB.Advance(new RedisSemanticCacheStoreOptions().PollInterval);
        await reloaded.WaitAsync(Bound);
        Assert.Single(await b.FindSimilarAsync("p1", new float[] { 0, 1, 0 }, 0.99f, 1));
        Assert.Equal(2, b.ReplicaCount);
    }

    [RedisFact]
    public async Task A_connection_the_app_disposed_first_stops_the_sync_instead_of_failing_the_stores_disposal()
    {
        ConnectionMultiplexer redis = await servers.ConnectStandaloneAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var logs = FakeLogCollector.Create(new FakeLogCollectorOptions
        {
            OutputSink = line =>
            {
                if (line.Contains("stops syncing", StringComparison.Ordinal))
                {
                    stopped.TrySetResult();
                }
            },
        });
        var store = new RedisSemanticCacheStore(redis, new() { KeyPrefix = Prefix() }, clock, new FakeLogger<RedisSemanticCacheStore>(logs));
        await store.StartAsync();
        await store.WaitingForChange.WaitAsync(Bound);

        // The app (or a distributed cache sharing the connection) disposes it while the store still runs; the next
        // poll meets the disposed connection, and the loop must end on its own rather than fault.
        redis.Dispose();
        clock.Advance(new RedisSemanticCacheStoreOptions().PollInterval);
        await stopped.Task.WaitAsync(Bound);

        await store.DisposeAsync().AsTask().WaitAsync(Bound);
    }

    [RedisFact]
    public async Task Without_redis_the_cache_degrades_to_this_instance_and_never_throws()
    {
        await using RedisServerProcess doomed = await RedisServerProcess.StartAsync();
        string endpoint = doomed.Endpoint;
        await doomed.KillAsync();
        using ConnectionMultiplexer redis = await RedisConnections.ConnectAsync([endpoint], null);
        await using var store = new RedisSemanticCacheStore(redis, new() { KeyPrefix = Prefix() });
        await store.StartAsync();

        Assert.Null(await store.GetExactAsync("p", "missing"));
        SemanticCacheEntry entry = Entry("p", "local", "lx", [1, 1, 0]);
        await store.SetAsync(entry);
        AssertSame(entry, (await store.GetExactAsync("p", "lx"))!);
        Assert.Single(await store.FindSimilarAsync("p", new float[] { 1, 1, 0 }, 0.9f, 1));
        Assert.True(await store.RemoveAsync("p", "local"));
        Assert.Null(await store.GetExactAsync("p", "lx"));
    }

    private static string Prefix() => "test:cache:" + Guid.NewGuid().ToString("N")[..8];

    private static SemanticCacheEntry Entry(string partition, string id, string exact, float[] vector) => new()
    {
        Id = id,
        Partition = partition,
        ExactKey = exact,
        Embedding = vector,
        PromptText = "prompt " + id,
        Response = Encoding.UTF8.GetBytes("{\"text\":\"answer " + id + "\"}"),
        TokensSaved = 42,
        ModelId = "gpt-test",
        CreatedAt = DateTimeOffset.UtcNow,
        ExpiresAt = DateTimeOffset.UtcNow.AddHours(1),
    };

    private static void AssertSame(SemanticCacheEntry expected, SemanticCacheEntry actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Partition, actual.Partition);
        Assert.Equal(expected.ExactKey, actual.ExactKey);
        Assert.Equal(expected.Embedding.ToArray(), actual.Embedding.ToArray());
        Assert.Equal(expected.PromptText, actual.PromptText);
        Assert.Equal(expected.Response.ToArray(), actual.Response.ToArray());
        Assert.Equal(expected.TokensSaved, actual.TokensSaved);
        Assert.Equal(expected.ModelId, actual.ModelId);
        Assert.Equal(expected.ExpiresAt.ToUnixTimeMilliseconds(), actual.ExpiresAt.ToUnixTimeMilliseconds());
    }

    private static Task WhenReplicated(RedisSemanticCacheStore store, string operation, string id)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        store.ReplicaChanged += (_, e) =>
        {
            if (e.Operation == operation && e.Id == id)
            {
                done.TrySetResult();
            }
        };
        return done.Task;
    }
}
