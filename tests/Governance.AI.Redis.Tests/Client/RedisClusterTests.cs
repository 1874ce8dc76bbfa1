using Governance.AI.Redis.Tests.Infrastructure;

namespace Governance.AI.Redis.Tests.Client;

[Collection(RedisCollection.Name)]
public sealed class RedisClusterTests(RedisServers servers)
{
    [RedisFact]
    public async Task Slot_hashing_agrees_with_the_server_for_random_and_tagged_keys()
    {
        await using RedisMultiplexer redis = await servers.ConnectClusterAsync();
        var random = new Random(20261126);
        for (int i = 0; i < 300; i++)
        {
            string key = i % 3 == 0
                ? $"{Guid.NewGuid():N}{{{random.Next()}}}{random.Next()}"
                : new string([.. Enumerable.Range(0, random.Next(1, 40)).Select(_ => (char)random.Next(32, 0x2FF))]);
            long serverSlot = (await redis.ExecuteAsync(new RedisRequest("CLUSTER", "KEYSLOT", key))).AsInt64();
            Assert.Equal(serverSlot, ClusterSlot.Compute(key));
        }
    }

    [RedisFact]
    public async Task Keys_across_all_slots_are_routed_to_their_owners()
    {
        await using RedisMultiplexer redis = await servers.ConnectClusterAsync();
        Assert.True(redis.IsCluster);
        string prefix = Guid.NewGuid().ToString("N");
        string[] keys = [.. Enumerable.Range(0, 3000).Select(i => $"{prefix}:{i}")];
        await Task.WhenAll(keys.Select(k => redis.ExecuteAsync(RedisRequest.ForKey("SET", k, k))));
        RedisReply[] values = await Task.WhenAll(keys.Select(k => redis.ExecuteAsync(RedisRequest.ForKey("GET", k))));
        Assert.Equal(keys, values.Select(v => v.AsString()));

        // Each primary holds the keys of its own slots: DBSIZE over the three nodes adds up to every key written.
        RedisClusterProcesses cluster = await servers.ClusterAsync();
        long total = 0;
        foreach (RedisServerProcess node in cluster.Nodes)
        {
            await using RedisMultiplexer direct = await RedisMultiplexer.ConnectAsync(RedisConnectionOptions.Parse(node.Endpoint + ",cluster=false"));
            long count = 0;
            foreach (string key in keys)
            {
                try
                {
                    count += (await direct.ExecuteAsync(RedisRequest.ForKey("EXISTS", key))).AsInt64();
                }
                catch (RedisServerException ex) when (ex.ErrorCode == "MOVED")
                {
                    // Owned by another node.
                }
            }

            Assert.True(count > 0, $"node {node.Endpoint} owns some of the keys");
            total += count;
        }

        Assert.Equal(keys.Length, total);
    }

    [RedisFact]
    public async Task Hash_tagged_keys_share_a_slot_so_multi_key_scripts_run_and_untagged_ones_are_refused()
    {
        await using RedisMultiplexer redis = await servers.ConnectClusterAsync();
        var transfer = new RedisScript("redis.call('DECRBY', KEYS[1], ARGV[1]); return redis.call('INCRBY', KEYS[2], ARGV[1])");
        string tag = "{tenant-" + Guid.NewGuid().ToString("N")[..6] + "}";
        Assert.Equal(7, (await redis.EvalAsync(transfer, [tag + ":a", tag + ":b"], [7])).AsInt64());
        Assert.Equal(-7, (await redis.ExecuteAsync(RedisRequest.ForKey("GET", tag + ":a"))).AsInt64());

        RedisArgument[] untagged = [.. Enumerable.Range(0, 50).Select(i => "x" + i).Where(k => ClusterSlot.Compute(k) != ClusterSlot.Compute("x0")).Take(1).Prepend("x0").Select(RedisArgument.FromString)];
        await Assert.ThrowsAsync<ArgumentException>(() => redis.EvalAsync(transfer, untagged, [1]));
    }

    [RedisFact]
    public async Task Follows_MOVED_after_a_slot_migrates_and_ASK_while_it_migrates()
    {
        // A private cluster: this test moves a slot between nodes.
        await using RedisClusterProcesses cluster = await RedisClusterProcesses.StartAsync();
        var options = RedisConnectionOptions.Parse(cluster.Nodes[0].Endpoint + ",cluster=true");
        await using var redis = new RedisMultiplexer(options);
        string key = "moving:" + Guid.NewGuid();
        int slot = ClusterSlot.Compute(key);
        await redis.ExecuteAsync(RedisRequest.ForKey("SET", key, "v1"));
        var router = (ClusterRouter)redis.Router!;
        RedisEndpoint source = router.OwnerOf(slot)!.Value;
        RedisServerProcess sourceNode = cluster.Nodes.Single(n => n.Endpoint == source.ToString());
        RedisServerProcess targetNode = cluster.Nodes.First(n => n != sourceNode);

        await using RedisMultiplexer src = await RedisMultiplexer.ConnectAsync(RedisConnectionOptions.Parse(sourceNode.Endpoint + ",cluster=false"));
        await using RedisMultiplexer dst = await RedisMultiplexer.ConnectAsync(RedisConnectionOptions.Parse(targetNode.Endpoint + ",cluster=false"));
        string sourceId = (await src.ExecuteAsync(new RedisRequest("CLUSTER", "MYID"))).AsString()!;
        string targetId = (await dst.ExecuteAsync(new RedisRequest("CLUSTER", "MYID"))).AsString()!;

        // Migration in progress: the source still has `key`, but a key of the same slot it does not have is answered
        // with ASK, which the client must follow with ASKING on the target.
        await dst.ExecuteAsync(new RedisRequest("CLUSTER", "SETSLOT", slot, "IMPORTING", sourceId));
        await src.ExecuteAsync(new RedisRequest("CLUSTER", "SETSLOT", slot, "MIGRATING", targetId));
        string sameSlot = FindKeyInSlot(slot, key);
        await redis.ExecuteAsync(RedisRequest.ForKey("SET", sameSlot, "asked"));
        Assert.Equal("asked", (await redis.ExecuteAsync(RedisRequest.ForKey("GET", sameSlot))).AsString());
        Assert.Equal(source, router.OwnerOf(slot));

        // Finish the migration: move `key`, then assign the slot to the target everywhere.
        int port = targetNode.Port;
        await src.ExecuteAsync(new RedisRequest("MIGRATE", "127.0.0.1", port, "", 0, 5000, "KEYS", key));
        foreach (RedisServerProcess node in new[] { targetNode, sourceNode }.Concat(cluster.Nodes.Except([sourceNode, targetNode])))
        {
            await using RedisMultiplexer direct = await RedisMultiplexer.ConnectAsync(RedisConnectionOptions.Parse(node.Endpoint + ",cluster=false"));
            await direct.ExecuteAsync(new RedisRequest("CLUSTER", "SETSLOT", slot, "NODE", targetId));
        }

        // The client still believes the source owns the slot: the source answers MOVED and the client follows it.
        Assert.Equal("v1", (await redis.ExecuteAsync(RedisRequest.ForKey("GET", key))).AsString());
        Assert.Equal(targetNode.Endpoint, router.OwnerOf(slot).ToString());
        Assert.Equal("asked", (await redis.ExecuteAsync(RedisRequest.ForKey("GET", sameSlot))).AsString());
    }

    private static string FindKeyInSlot(int slot, string avoid)
    {
        for (int i = 0; ; i++)
        {
            string candidate = "probe:" + i;
            if (candidate != avoid && ClusterSlot.Compute(candidate) == slot)
            {
                return candidate;
            }
        }
    }
}
