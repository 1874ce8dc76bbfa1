using Governance.AI.Budgets;
using Governance.AI.Redis.Budgets;
using Governance.AI.Redis.Tests.Infrastructure;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Governance.AI.Redis.Tests.Budgets;

/// <summary>Regression tests for the store bugs of issue #14: lost replies, outage shares and data loss.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisBudgetResilienceTests(RedisServers servers)
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [RedisFact]
    public async Task Cancelled_reserves_whose_scripts_ran_do_not_lock_the_tenant_out()
    {
        // Invariant: with Concurrent = 2, two reserves whose callers gave up (the script ran, the reply was never
        // read) hold no slot afterwards — the next two callers are admitted at once, not after the 10-minute lease.
        using ConnectionMultiplexer redis = await servers.ConnectStandaloneAsync();
        await using var store = new RedisBudgetStore(redis, new RedisBudgetStoreOptions { KeyPrefix = "lost:" + Guid.NewGuid().ToString("N")[..8] });
        string concurrent = "tenant:" + Guid.NewGuid().ToString("N")[..8] + "|concurrent";
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        for (int i = 0; i < 2; i++)
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await store.ReserveAsync(Concurrent(concurrent), cancelled.Token));
        }

        BudgetReservationResult third = await store.ReserveAsync(Concurrent(concurrent));
        BudgetReservationResult fourth = await store.ReserveAsync(Concurrent(concurrent));
        Assert.True(third.Applied, "the first cancelled reserve was released");
        Assert.True(fourth.Applied, "the second cancelled reserve was released");
        Assert.False((await store.ReserveAsync(Concurrent(concurrent))).Applied);
    }

    [RedisFact]
    public async Task A_timed_out_reserve_is_served_locally_and_leaves_no_slot_taken_in_redis()
    {
        // Invariant: a reserve whose reply timed out (the script ran later) is admitted once — locally — and holds
        // nothing in Redis once the server answers again: the close by id runs behind it (or from the replay queue).
        await using RedisServerProcess server = await RedisServerProcess.StartAsync();
        using ConnectionMultiplexer admin = await server.ConnectWithFastReconnectAsync();
        using ConnectionMultiplexer redis = await RedisConnections.ConnectReadyAsync([server.Endpoint], o => (o.AsyncTimeout, o.HeartbeatInterval) = (200, TimeSpan.FromMilliseconds(100)));
        await using var store = new RedisBudgetStore(redis, new RedisBudgetStoreOptions { FallbackShare = 1 });
        string concurrent = "tenant:slow|concurrent";
        Assert.True((await store.ReserveAsync(Concurrent(concurrent))).Applied);
        Assert.Equal([1L], await store.GetUsedAsync([new BudgetCounterRef(concurrent, 0)]));

        await admin.GetDatabase().ExecuteAsync("CLIENT", "PAUSE", 1_500, "ALL");
        BudgetReservationResult timedOut = await store.ReserveAsync(Concurrent(concurrent));
        Assert.True(timedOut.Applied);
        Assert.StartsWith("local|", timedOut.ReservationId, StringComparison.Ordinal);

        // The server answers again after the pause; replay whatever close could not be sent in time.
        await admin.GetDatabase().PingAsync();
        await redis.WaitConnectedAsync();
        Assert.True(await store.FlushQueueAsync());
        Assert.Equal([1L], await store.GetUsedAsync([new BudgetCounterRef(concurrent, 0)]));
    }

    [RedisFact]
    public async Task During_an_outage_a_small_limit_keeps_at_least_one_local_slot()
    {
        // FallbackShare 0.25 of a limit of 2 used to floor to 0: every caller got a 429 saying "2 remaining".
        await using RedisServerProcess doomed = await RedisServerProcess.StartAsync();
        string endpoint = doomed.Endpoint;
        await doomed.KillAsync();
        using ConnectionMultiplexer redis = await RedisConnections.ConnectAsync([endpoint], null);
        await using var store = new RedisBudgetStore(redis, new RedisBudgetStoreOptions { FallbackShare = 0.25 });

        BudgetReservationResult first = await store.ReserveAsync(Concurrent("tenant:small|concurrent"));
        Assert.True(first.Applied);
        Assert.StartsWith("local|", first.ReservationId, StringComparison.Ordinal);
        Assert.False((await store.ReserveAsync(Concurrent("tenant:small|concurrent"))).Applied);
    }

    [RedisFact]
    public async Task A_redis_restarted_without_persistence_is_reported_as_data_loss()
    {
        await using RedisServerProcess server = await RedisServerProcess.StartAsync();
        using ConnectionMultiplexer redis = await server.ConnectWithFastReconnectAsync();
        var monitor = new RedisDataLossMonitor();
        await using var store = new RedisBudgetStore(redis, new RedisBudgetStoreOptions(), dataLoss: monitor);
        var health = new RedisHealthCheck(redis, monitor);
        string tokens = "tenant:epoch|tokens|1d";

        Assert.True((await store.ReserveAsync(Tokens(tokens))).Applied);
        Assert.True((await store.ReserveAsync(Tokens(tokens))).Applied);
        Assert.Equal(0, monitor.DetectedCount);
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync(new HealthCheckContext())).Status);

        await server.KillAsync();
        await server.RestartAsync();
        await redis.WaitConnectedAsync();
        Assert.True((await store.ReserveAsync(Tokens(tokens))).Applied);

        Assert.Equal(1, monitor.DetectedCount);
        HealthCheckResult result = await health.CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Contains("lost", result.Description, StringComparison.Ordinal);
    }

    [RedisFact]
    public async Task The_health_check_reports_degraded_while_redis_is_unreachable()
    {
        await using RedisServerProcess doomed = await RedisServerProcess.StartAsync();
        string endpoint = doomed.Endpoint;
        await doomed.KillAsync();
        using ConnectionMultiplexer redis = await RedisConnections.ConnectAsync([endpoint], null);

        HealthCheckResult result = await new RedisHealthCheck(redis).CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Degraded, result.Status);
    }

    private static BudgetReservationRequest Concurrent(string counter) =>
        new([new BudgetCheck(counter, 0, null, 2, 1)], true, Now, TimeSpan.FromMinutes(10));

    private static BudgetReservationRequest Tokens(string counter) =>
        new([new BudgetCheck(counter, 1_764_115_200_000, Now.AddDays(1), 1_000_000, 10)], true, Now, TimeSpan.FromMinutes(10));
}
