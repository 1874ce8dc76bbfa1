using System.Collections.Concurrent;
using Governance.AI.Budgets;
using Governance.AI.Redis.Budgets;
using Governance.AI.Redis.Tests.Infrastructure;
using StackExchange.Redis;
using Governance.AI.Testing;

namespace Governance.AI.Redis.Tests.Budgets;

public sealed class RedisBudgetFaultTests
{
    [RedisFact]
    public async Task Killing_redis_mid_load_causes_no_caller_error_and_loses_no_usage()
    {
        // Invariants: (1) with the local-fallback policy no caller ever sees an exception, before, during or after the
        // outage; (2) once Redis is back and the queue has drained, the counter equals the sum of the usage every
        // settled call reported — usage settled during the outage included, nothing lost or counted twice.
        // AOF with fsync on every write makes the killed server restart with what it had acknowledged.
        await using RedisServerProcess server = await RedisServerProcess.StartAsync("--appendonly", "yes", "--appendfsync", "always");
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using ConnectionMultiplexer redis = await server.ConnectWithFastReconnectAsync();
        var storeOptions = new RedisBudgetStoreOptions { KeyPrefix = "fault", FallbackShare = 1, ReapBatch = 1_000 };
        await using var store = new RedisBudgetStore(redis, storeOptions, clock);

        const string Tokens = "tenant:acme|tokens|1d";
        const long Bucket = 1_764_115_200_000;
        DateTimeOffset windowEnd = DateTimeOffset.UtcNow.AddDays(1);
        var errors = new ConcurrentQueue<Exception>();
        long settledUsage = 0;
        var progress = new ProgressCounter();
        long localReservations = 0;

        using var stop = new CancellationTokenSource();

        Task[] callers = [.. Enumerable.Range(0, 64).Select(caller => Task.Run(async () =>
        {
            for (int call = 0; !stop.IsCancellationRequested; call++)
            {
                try
                {
                    long estimate = 200;
                    long actual = 50 + ((caller * 31 + call * 17) % 150);
                    BudgetReservationResult reserved = await store.ReserveAsync(new BudgetReservationRequest(
                        [new BudgetCheck(Tokens, Bucket, windowEnd, long.MaxValue / 4, estimate)], true, clock.GetUtcNow(), TimeSpan.FromMinutes(10)));
                    Assert.True(reserved.Applied);
                    if (reserved.ReservationId!.StartsWith("local|", StringComparison.Ordinal))
                    {
                        Interlocked.Increment(ref localReservations);
                    }

                    await Task.Yield();
                    if (await store.SettleAsync(new BudgetSettlement(reserved.ReservationId, [new BudgetAdjustment(Tokens, Bucket, actual - estimate)])))
                    {
                        Interlocked.Add(ref settledUsage, actual);
                    }
                }
                catch (Exception ex)
                {
                    errors.Enqueue(ex);
                }

                progress.Increment();
            }
        }))];

        try
        {
            await progress.ReachAsync(2_000);
            await server.KillAsync();
            long atKill = progress.Count;
            await progress.ReachAsync(atKill + 2_000);
            Assert.True(Interlocked.Read(ref localReservations) > 0, "the outage was served by the local fallback");

            await server.RestartAsync();
            await redis.WaitConnectedAsync();
            clock.Advance(TimeSpan.FromSeconds(5));
            await progress.ReachAsync(progress.Count + 2_000);
        }
        finally
        {
            // Also when a step above failed: the callers must not go on calling a disposed store after the test.
            await stop.CancelAsync();
        }

        await Task.WhenAll(callers).WaitAsync(ProgressCounter.Limit);
        Assert.Empty(errors);

        Assert.True(await Bounded.FlushAsync(store.FlushQueueAsync, "budget"));

        Assert.Equal(0, store.QueuedCount);

        // Reservations the server applied just before the kill, whose replies were lost, are orphans: the callers
        // fell back locally. Their leases would expire in server time; expire them now, then let a call reap them.
        string leases = "fault:{tenant:acme}:leases";
        foreach (RedisResult orphan in (RedisResult[])(await redis.CommandAsync("ZRANGE", leases, 0, -1))!)
        {
            await redis.CommandAsync("ZADD", leases, 0, (string)orphan!);
        }

        BudgetReservationResult probe = await store.ReserveAsync(new BudgetReservationRequest(
            [new BudgetCheck(Tokens, Bucket, windowEnd, long.MaxValue / 4, 0)], true, clock.GetUtcNow(), TimeSpan.FromMinutes(10)));
        Assert.True(await store.RefundAsync(probe.ReservationId!));
        Assert.Equal(0, (long)await redis.CommandAsync("ZCARD", leases));

        IReadOnlyList<long> used = await store.GetUsedAsync([new BudgetCounterRef(Tokens, Bucket)]);
        Assert.Equal(Interlocked.Read(ref settledUsage), used[0]);
    }
}
