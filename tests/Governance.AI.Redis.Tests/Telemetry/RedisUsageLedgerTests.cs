using System.Collections.Concurrent;
using Governance.AI.Redis.Telemetry;
using Governance.AI.Redis.Tests.Infrastructure;
using StackExchange.Redis;
using Governance.AI.Telemetry;
using Governance.AI.Testing;

namespace Governance.AI.Redis.Tests.Telemetry;

[Collection(RedisCollection.Name)]
public sealed class RedisUsageLedgerTests(RedisServers servers)
{
    // Keys expire relative to the Redis server clock, so the days used are recent real days (UTC midnights).
    private static readonly DateTimeOffset Day1 = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero).AddDays(-3);

    [RedisFact]
    public Task Records_round_trip_in_time_order_and_totals_match_them_for_whole_and_partial_days() => RoundTripAsync(cluster: false);

    [RedisFact]
    public Task Records_round_trip_in_time_order_and_totals_match_them_on_a_cluster() => RoundTripAsync(cluster: true);

    private async Task RoundTripAsync(bool cluster)
    {
        using ConnectionMultiplexer redis = cluster ? await servers.ConnectClusterAsync() : await servers.ConnectStandaloneAsync();
        await using var ledger = new RedisUsageLedger(redis, new RedisUsageLedgerOptions { KeyPrefix = Prefix() });
        UsageRecord[] records =
        [
            Record(Day1.AddHours(23), "research", "gpt-4o", 100, 10, 50, 0.25m),
            Record(Day1.AddHours(1), "sales", "gpt-4o-mini", 300, 0, 20, 0.125m),
            Record(Day1.AddHours(1), "sales", "gpt-4o-mini", 300, 0, 20, 0.125m) with { ResponseId = "twin" },
            Record(Day1.AddDays(1).AddHours(5), null, "gpt-4o", 7, 0, 3, 0.000000001m),
            Record(Day1.AddDays(1).AddHours(6), "research", null, 1, 1, 1, 1m) with { Outcome = UsageOutcome.Rejected, ReasonCode = "budget_exceeded", Latency = TimeSpan.FromMilliseconds(12.5) },
        ];
        foreach (UsageRecord record in records)
        {
            await ledger.RecordAsync(record);
        }

        var twoDays = new UsagePeriod(Day1, Day1.AddDays(2));
        List<UsageRecord> read = await ToListAsync(ledger.ReadAsync(twoDays));
        Assert.Equal(records.OrderBy(r => r.Timestamp).Select(r => r.Timestamp), read.Select(r => r.Timestamp));
        Assert.Equal(records.ToHashSet(), read.ToHashSet());

        IReadOnlyList<CostCenterSpend> top = await ledger.GetTopCostCentersAsync(twoDays, 2);
        Assert.Equal(
            [
                new CostCenterSpend("research", 1.25m, 2, 101, 51) { ServedRequests = 1, RejectedRequests = 1 },
                new CostCenterSpend("sales", 0.25m, 2, 600, 40) { ServedRequests = 2 },
            ],
            top);

        // A partial period (the second half of day 1) is answered from the records, not the daily totals.
        var evening = new UsagePeriod(Day1.AddHours(12), Day1.AddDays(1));
        Assert.Equal([new CostCenterSpend("research", 0.25m, 1, 100, 50) { ServedRequests = 1 }], await ledger.GetTopCostCentersAsync(evening, 10));

        IReadOnlyList<ModelDailyUsage> byDay = await ledger.GetTokensByModelByDayAsync(twoDays);
        var d1 = DateOnly.FromDateTime(Day1.UtcDateTime);
        Assert.Equal(
            [
                new ModelDailyUsage(d1, "gpt-4o", 100, 10, 50, 1, 0.25m) { ServedRequests = 1 },
                new ModelDailyUsage(d1, "gpt-4o-mini", 600, 0, 40, 2, 0.25m) { ServedRequests = 2 },
                new ModelDailyUsage(d1.AddDays(1), null, 1, 1, 1, 1, 1m) { RejectedRequests = 1 },
                new ModelDailyUsage(d1.AddDays(1), "gpt-4o", 7, 0, 3, 1, 0.000000001m) { ServedRequests = 1 },
            ],
            byDay);
    }

    [RedisFact]
    public async Task Days_follow_the_configured_time_zone()
    {
        using ConnectionMultiplexer redis = await servers.ConnectStandaloneAsync();
        await using var ledger = new RedisUsageLedger(redis, new RedisUsageLedgerOptions { KeyPrefix = Prefix(), TimeZoneId = "Asia/Kolkata" });

        // 20:00 UTC is already the next day in India (UTC+05:30).
        var utcDay = DateOnly.FromDateTime(Day1.UtcDateTime);
        await ledger.RecordAsync(Record(Day1.AddHours(20), "ops", "m", 5, 0, 5, 1m));
        IReadOnlyList<ModelDailyUsage> usage = await ledger.GetTokensByModelByDayAsync(UsagePeriod.Days(utcDay, utcDay.AddDays(1), ledger.TimeZone));
        Assert.Equal(utcDay.AddDays(1), Assert.Single(usage).Day);
        Assert.Single(await ToListAsync(ledger.ReadAsync(UsagePeriod.Day(Day1.AddHours(20), ledger.TimeZone))));
        Assert.Empty(await ToListAsync(ledger.ReadAsync(UsagePeriod.Days(utcDay, utcDay, ledger.TimeZone))));
    }

    [RedisFact]
    public async Task Records_written_while_redis_is_down_are_applied_once_it_returns()
    {
        // Invariant: every record accepted before, during and after an outage (server killed and restarted from its
        // append-only file) appears exactly once in the records and in the totals; no caller sees an exception.
        await using RedisServerProcess server = await RedisServerProcess.StartAsync("--appendonly", "yes", "--appendfsync", "always");
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using ConnectionMultiplexer redis = await server.ConnectWithFastReconnectAsync();
        await using var ledger = new RedisUsageLedger(redis, new RedisUsageLedgerOptions { KeyPrefix = "fault" }, clock);

        var errors = new ConcurrentQueue<Exception>();
        var recorded = new ProgressCounter();
        long inputTokens = 0;

        // Cancelled only when a step below fails; the writers' own bound is the 6,000 records (a deadline on the real
        // clock would end a slow but correct run early and fail it at the next milestone).
        using var stop = new CancellationTokenSource();
        var killed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var restarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task[] writers = [.. Enumerable.Range(0, 32).Select(writer => Task.Run(async () =>
        {
            for (int i = 0; !stop.IsCancellationRequested && recorded.Count < 6_000; i++)
            {
                // Phases: 1,000 records with Redis up, 2,000 while it is down, the rest after it restarted.
                if (recorded.Count >= 1_000)
                {
                    await killed.Task;
                }

                if (recorded.Count >= 3_000)
                {
                    await restarted.Task;
                }

                long tokens = 1 + ((writer * 7 + i) % 50);
                try
                {
                    await ledger.RecordAsync(Record(Day1.AddMinutes(writer), "cc" + (writer % 4), "model" + (i % 3), tokens, 0, 1, 0.001m));
                    Interlocked.Add(ref inputTokens, tokens);
                }
                catch (Exception ex)
                {
                    errors.Enqueue(ex);
                }

                recorded.Increment();
            }
        }))];

        try
        {
            await recorded.ReachAsync(1_000);
            await server.KillAsync();
            killed.SetResult();
            await recorded.ReachAsync(3_000);
            Assert.True(ledger.QueuedCount > 0, "records were queued during the outage");
            await server.RestartAsync();
            await redis.WaitConnectedAsync();
            clock.Advance(TimeSpan.FromSeconds(5));
        }
        catch
        {
            // A step above failed: the writers stop instead of writing on against a killed server.
            await stop.CancelAsync();
            throw;
        }
        finally
        {
            // Also when a step above failed: the writers then finish instead of waiting forever.
            killed.TrySetResult();
            restarted.TrySetResult();
        }

        await Task.WhenAll(writers).WaitAsync(ProgressCounter.Limit);
        Assert.Empty(errors);
        Assert.True(await Bounded.FlushAsync(ledger.FlushQueueAsync, "ledger"));

        var day = new UsagePeriod(Day1, Day1.AddDays(1));
        IReadOnlyList<ModelDailyUsage> totals = await ledger.GetTokensByModelByDayAsync(day);
        Assert.Equal(recorded.Count, totals.Sum(t => t.Requests));
        Assert.Equal(Interlocked.Read(ref inputTokens), totals.Sum(t => t.InputTokens));
        Assert.Equal(recorded.Count, (await ToListAsync(ledger.ReadAsync(day))).Count);
    }

    private static string Prefix() => "test:ledger:" + Guid.NewGuid().ToString("N")[..8];

    [RedisFact]
    public async Task A_redis_restarted_without_persistence_is_reported_as_lost_ledger_data()
    {
        await using RedisServerProcess server = await RedisServerProcess.StartAsync();
        using ConnectionMultiplexer redis = await server.ConnectWithFastReconnectAsync();
        var monitor = new RedisDataLossMonitor();
        await using var ledger = new RedisUsageLedger(redis, new RedisUsageLedgerOptions { KeyPrefix = Prefix() }, dataLoss: monitor);
        DateTimeOffset at = DateTimeOffset.UtcNow;

        await ledger.RecordAsync(Record(at, "cc", "m", 10, 0, 5, 0.01m));
        await ledger.RecordAsync(Record(at, "cc", "m", 10, 0, 5, 0.01m));
        Assert.Equal(0, monitor.DetectedCount);

        await server.KillAsync();
        await server.RestartAsync();
        await redis.WaitConnectedAsync();
        await ledger.RecordAsync(Record(at, "cc", "m", 10, 0, 5, 0.01m));
        Assert.True(await Bounded.FlushAsync(ledger.FlushQueueAsync, "ledger"));
        Assert.Equal(1, monitor.DetectedCount);
    }

    private static UsageRecord Record(DateTimeOffset at, string? costCenter, string? model, long input, long cached, long output, decimal cost) => new()
    {
        Timestamp = at,
        TenantId = "t1",
        UserId = "u1",
        ApplicationId = "app",
        CostCenter = costCenter,
        Model = model,
        Backend = "primary",
        InputTokens = input,
        CachedInputTokens = cached,
        OutputTokens = output,
        CostUsd = cost,
        Latency = TimeSpan.FromMilliseconds(40),
    };

    private static async Task<List<UsageRecord>> ToListAsync(IAsyncEnumerable<UsageRecord> records)
    {
        var list = new List<UsageRecord>();
        await foreach (UsageRecord record in records)
        {
            list.Add(record);
        }

        return list;
    }
}
