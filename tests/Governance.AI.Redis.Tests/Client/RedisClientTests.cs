using Governance.AI.Testing;
using Governance.AI.Redis.Tests.Infrastructure;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Governance.AI.Redis.Tests.Client;

[Collection(RedisCollection.Name)]
public sealed class RedisClientTests(RedisServers servers)
{
    private static readonly RedisScript AddScript = new("return redis.call('INCRBY', KEYS[1], ARGV[1])");

    [RedisFact]
    public async Task Ten_thousand_concurrent_increments_give_the_exact_total()
    {
        // Invariant: INCR replies are matched to callers in order, so the N replies are exactly {1..N} (no reply lost,
        // duplicated or handed to the wrong caller) and the counter ends at N.
        await using RedisMultiplexer redis = await servers.ConnectStandaloneAsync();
        string key = "incr:" + Guid.NewGuid();
        const int Count = 10_000;
        Task<RedisReply>[] increments = [.. Enumerable.Range(0, Count).Select(_ => Task.Run(() => redis.ExecuteAsync(RedisRequest.ForKey("INCR", key))))];
        RedisReply[] replies = await Task.WhenAll(increments);

        Assert.Equal(Enumerable.Range(1, Count).Select(i => (long)i), replies.Select(r => r.AsInt64()).Order());
        Assert.Equal(Count, (await redis.ExecuteAsync(RedisRequest.ForKey("GET", key))).AsInt64());
    }

    [RedisFact]
    public async Task Concurrent_callers_each_get_their_own_reply()
    {
        // Invariant: with thousands of interleaved SET/GET pairs in flight on one socket, every GET returns the value
        // its own caller wrote (binary values included).
        await using RedisMultiplexer redis = await servers.ConnectStandaloneAsync();
        string prefix = "own:" + Guid.NewGuid() + ":";
        await Task.WhenAll(Enumerable.Range(0, 2000).Select(i => Task.Run(async () =>
        {
            byte[] value = [.. BitConverter.GetBytes(i), 13, 10, 0, (byte)(i % 251)];
            await redis.ExecuteAsync(RedisRequest.ForKey("SET", prefix + i, value));
            RedisReply read = await redis.ExecuteAsync(RedisRequest.ForKey("GET", prefix + i));
            Assert.Equal(value, read.AsBytes()!.Value.ToArray());
        })));
    }

    [RedisFact]
    public async Task Evalsha_reloads_the_script_after_SCRIPT_FLUSH()
    {
        await using RedisMultiplexer redis = await servers.ConnectStandaloneAsync();
        string key = "script:" + Guid.NewGuid();
        Assert.Equal(5, (await redis.EvalAsync(AddScript, [key], [5])).AsInt64());
        Assert.Equal(1, (await redis.ExecuteAsync(new RedisRequest("SCRIPT", "EXISTS", AddScript.Sha1))).Elements[0].AsInt64());

        await redis.ExecuteAsync(new RedisRequest("SCRIPT", "FLUSH"));
        Assert.Equal(0, (await redis.ExecuteAsync(new RedisRequest("SCRIPT", "EXISTS", AddScript.Sha1))).Elements[0].AsInt64());
        RedisServerException noScript = await Assert.ThrowsAsync<RedisServerException>(
            () => redis.ExecuteAsync(RedisRequest.WithKeyAt("EVALSHA", 2, AddScript.Sha1, 1, key, 1)));
        Assert.Equal("NOSCRIPT", noScript.ErrorCode);

        Assert.Equal(12, (await redis.EvalAsync(AddScript, [key], [7])).AsInt64());
        Assert.Equal(1, (await redis.ExecuteAsync(new RedisRequest("SCRIPT", "EXISTS", AddScript.Sha1))).Elements[0].AsInt64());
    }

    [RedisFact]
    public async Task A_first_call_with_keys_of_different_slots_works_on_a_standalone_server()
    {
        // Before the first reply the client does not know whether it talks to a cluster; it must find out rather
        // than refuse keys of different slots.
        await using var redis = new RedisMultiplexer(RedisConnectionOptions.Parse((await servers.StandaloneAsync()).Endpoint));
        var script = new RedisScript("return redis.call('MSET', KEYS[1], ARGV[1], KEYS[2], ARGV[1])");
        Assert.True((await redis.EvalAsync(script, ["a" + Guid.NewGuid(), "b" + Guid.NewGuid()], ["v"])).IsStatus("OK"));
        Assert.False(redis.IsCluster);
    }

    [RedisFact]
    public async Task Error_replies_throw_and_leave_the_connection_usable()
    {
        await using RedisMultiplexer redis = await servers.ConnectStandaloneAsync();
        string key = "wrongtype:" + Guid.NewGuid();
        await redis.ExecuteAsync(RedisRequest.ForKey("LPUSH", key, "x"));
        RedisServerException error = await Assert.ThrowsAsync<RedisServerException>(() => redis.ExecuteAsync(RedisRequest.ForKey("INCR", key)));
        Assert.Equal("WRONGTYPE", error.ErrorCode);
        Assert.True((await redis.ExecuteAsync(new RedisRequest("PING"))).IsStatus("PONG"));
    }

    [RedisFact]
    public async Task Authenticates_as_an_ACL_user_and_rejects_a_wrong_password()
    {
        await using RedisMultiplexer admin = await servers.ConnectStandaloneAsync();
        string user = "app" + Guid.NewGuid().ToString("N")[..8];
        await admin.ExecuteAsync(new RedisRequest("ACL", "SETUSER", user, "on", ">s3cret", "~app:*", "+@all"));

        await using (RedisMultiplexer app = await servers.ConnectStandaloneAsync(o => (o.User, o.Password) = (user, "s3cret")))
        {
            Assert.Equal(user, (await app.ExecuteAsync(new RedisRequest("ACL", "WHOAMI"))).AsString());
            await app.ExecuteAsync(RedisRequest.ForKey("SET", "app:k", "v"));
            RedisServerException denied = await Assert.ThrowsAsync<RedisServerException>(() => app.ExecuteAsync(RedisRequest.ForKey("SET", "other:k", "v")));
            Assert.Equal("NOPERM", denied.ErrorCode);
        }

        RedisConnectionException wrong = await Assert.ThrowsAsync<RedisConnectionException>(
            () => servers.ConnectStandaloneAsync(o => (o.User, o.Password) = (user, "nope")));
        Assert.Contains("WRONGPASS", wrong.Message, StringComparison.Ordinal);
    }

    [RedisFact]
    public async Task Resp3_with_AUTH_selects_the_database_and_returns_maps()
    {
        await using RedisMultiplexer admin = await servers.ConnectStandaloneAsync();
        string user = "r3" + Guid.NewGuid().ToString("N")[..8];
        await admin.ExecuteAsync(new RedisRequest("ACL", "SETUSER", user, "on", ">pw", "~*", "+@all"));
        string key = "db3:" + Guid.NewGuid();

        await using RedisMultiplexer resp3 = await servers.ConnectStandaloneAsync(o =>
        {
            (o.User, o.Password, o.Protocol, o.Database, o.ClientName) = (user, "pw", RedisProtocol.Resp3, 3, "governance-test");
        });
        await resp3.ExecuteAsync(RedisRequest.ForKey("HSET", key, "a", 1, "b", 2));
        RedisReply all = await resp3.ExecuteAsync(RedisRequest.ForKey("HGETALL", key));
        Assert.Equal(RedisReplyKind.Map, all.Kind);
        Assert.Equal(["a", "1", "b", "2"], all.Elements.Select(e => e.AsString()).Chunk(2).OrderBy(p => p[0]).SelectMany(p => p));
        string info = (await resp3.ExecuteAsync(new RedisRequest("CLIENT", "INFO"))).AsString()!;
        Assert.Contains(" db=3 ", info, StringComparison.Ordinal);
        Assert.Contains("name=governance-test", info, StringComparison.Ordinal);
        Assert.Contains("resp=3", info, StringComparison.Ordinal);

        Assert.Equal(0, (await admin.ExecuteAsync(RedisRequest.ForKey("EXISTS", key))).AsInt64());
    }

    [RedisFact]
    public async Task Blocking_reads_use_a_dedicated_connection_and_do_not_stall_the_pipeline()
    {
        string name = "blocking-" + Guid.NewGuid().ToString("N")[..8];
        await using RedisMultiplexer redis = await servers.ConnectStandaloneAsync(o => o.ClientName = name);
        string stream = "stream:" + Guid.NewGuid();
        Task<RedisReply> read = redis.ExecuteAsync(new RedisRequest("XREAD", "BLOCK", 0, "STREAMS", stream, "$") { BlockingTimeout = TimeSpan.FromMinutes(5) });
        await WaitUntilBlockedAsync(redis, name, "xread");

        // The pipelined connection keeps answering while XREAD blocks on the other one.
        Assert.True((await redis.ExecuteAsync(new RedisRequest("PING"))).IsStatus("PONG"));
        Assert.False(read.IsCompleted);

        string id = (await redis.ExecuteAsync(RedisRequest.ForKey("XADD", stream, "*", "field", "value")))!.AsString()!;
        RedisReply entries = await read;
        RedisReply entry = entries.Elements[0].Elements[1].Elements[0];
        Assert.Equal(id, entry.Elements[0].AsString());
        Assert.Equal(["field", "value"], entry.Elements[1].Elements.Select(e => e.AsString()));
    }

    [RedisFact]
    public async Task Reconnects_after_the_server_is_killed_and_restarted()
    {
        var clock = new FakeTimeProvider();
        await using RedisServerProcess server = await RedisServerProcess.StartAsync();
        var options = new RedisConnectionOptions { ReconnectBaseDelay = TimeSpan.FromSeconds(1), ReconnectMaxDelay = TimeSpan.FromSeconds(8) };
        options.Endpoints.Add(server.Endpoint);
        await using var redis = new RedisMultiplexer(options, clock);
        await redis.ExecuteAsync(RedisRequest.ForKey("SET", "k", "before"));

        await server.KillAsync();
        // The broken socket fails the command; the immediate reconnect attempt is refused, and from then on
        // commands fail fast while the backoff runs.
        await Assert.ThrowsAsync<RedisConnectionException>(() => redis.ExecuteAsync(new RedisRequest("PING")));
        await Assert.ThrowsAsync<RedisConnectionException>(() => redis.ExecuteAsync(new RedisRequest("PING")));
        RedisConnectionException waiting = await Assert.ThrowsAsync<RedisConnectionException>(() => redis.ExecuteAsync(new RedisRequest("PING")));
        Assert.Contains("next attempt", waiting.Message, StringComparison.Ordinal);

        await server.RestartAsync();
        await Assert.ThrowsAsync<RedisConnectionException>(() => redis.ExecuteAsync(new RedisRequest("PING")));
        clock.Advance(TimeSpan.FromSeconds(8));
        Assert.True((await redis.ExecuteAsync(new RedisRequest("PING"))).IsStatus("PONG"));
        Assert.True((await redis.ExecuteAsync(RedisRequest.ForKey("GET", "k"))).IsNull, "the restarted server has no persistence");
    }

    [RedisFact]
    public async Task A_command_without_a_reply_times_out_and_the_silent_connection_is_replaced()
    {
        var clock = new FakeTimeProvider();
        await using RedisServerProcess server = await RedisServerProcess.StartAsync();
        var options = new RedisConnectionOptions { CommandTimeout = TimeSpan.FromSeconds(2) };
        options.Endpoints.Add(server.Endpoint);
        await using var redis = new RedisMultiplexer(options, clock);
        await redis.ExecuteAsync(new RedisRequest("PING"));

        // BLPOP on the shared connection (misuse: no BlockingTimeout) never answers: the timeout must fire.
        Task<RedisReply> stuck = redis.ExecuteAsync(RedisRequest.ForKey("BLPOP", "nothing:" + Guid.NewGuid(), 0));
        await using (RedisMultiplexer observer = await RedisMultiplexer.ConnectAsync(RedisConnectionOptions.Parse(server.Endpoint)))
        {
            await WaitUntilBlockedAsync(observer, null, "blpop");
        }

        clock.Advance(TimeSpan.FromSeconds(3));
        await Assert.ThrowsAsync<RedisTimeoutException>(() => stuck);

        // Nothing arrived since BLPOP was sent, so the connection was presumed dead and a new one serves PING.
        Assert.True((await redis.ExecuteAsync(new RedisRequest("PING"))).IsStatus("PONG"));
    }

    [RedisFact]
    public async Task Cancelling_a_wait_does_not_desynchronize_replies()
    {
        await using RedisMultiplexer redis = await servers.ConnectStandaloneAsync();
        string key = "cancel:" + Guid.NewGuid();
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => redis.ExecuteAsync(RedisRequest.ForKey("INCR", key), cancel.Token));
        Assert.Equal(0, (await redis.ExecuteAsync(RedisRequest.ForKey("EXISTS", key))).AsInt64());
        RedisReply value = await redis.ExecuteAsync(RedisRequest.ForKey("SET", key, "after"));
        Assert.True(value.IsStatus("OK"));
        Assert.Equal("after", (await redis.ExecuteAsync(RedisRequest.ForKey("GET", key))).AsString());
    }

    [RedisFact]
    public async Task Health_check_reports_healthy_and_unhealthy()
    {
        await using RedisMultiplexer redis = await servers.ConnectStandaloneAsync();
        var context = new HealthCheckContext { Registration = new HealthCheckRegistration("redis", new RedisHealthCheck(redis), HealthStatus.Degraded, null) };
        Assert.Equal(HealthStatus.Healthy, (await new RedisHealthCheck(redis).CheckHealthAsync(context)).Status);

        await using RedisServerProcess doomed = await RedisServerProcess.StartAsync();
        string endpoint = doomed.Endpoint;
        await doomed.KillAsync();
        var options = new RedisConnectionOptions();
        options.Endpoints.Add(endpoint);
        await using var unreachable = new RedisMultiplexer(options);
        HealthCheckResult result = await new RedisHealthCheck(unreachable).CheckHealthAsync(context);
        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Contains(endpoint, result.Description, StringComparison.Ordinal);
    }

    private static async Task WaitUntilBlockedAsync(RedisMultiplexer observer, string? clientName, string command)
    {
        // A bounded wait on an observable server condition (CLIENT LIST), not on a timer.
        for (int i = 0; i < 10_000; i++)
        {
            string list = (await observer.ExecuteAsync(new RedisRequest("CLIENT", "LIST"))).AsString()!;
            if (list.Split('\n').Any(line => line.Contains(" flags=b ", StringComparison.Ordinal)
                && line.Contains(" cmd=" + command + " ", StringComparison.Ordinal)
                && (clientName is null || line.Contains(" name=" + clientName + " ", StringComparison.Ordinal))))
            {
                return;
            }

            await Task.Yield();
        }

        throw new TimeoutException("The client never blocked.");
    }
}
