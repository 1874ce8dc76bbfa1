using System.Collections.Concurrent;
using Governance.AI.Budgets;
using Governance.AI.Redis.Budgets;
using Governance.AI.Redis.Telemetry;
using Governance.AI.Redis.Tests.Infrastructure;
using StackExchange.Redis;
using Governance.AI.Telemetry;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;

namespace Governance.AI.Redis.Tests.Budgets;

public sealed class RedisFaultPipelineTests
{
    [RedisFact]
    public async Task Killing_redis_mid_load_in_fallback_mode_fails_no_call_and_loses_no_usage()
    {
        // Invariants, for governed pipelines (telemetry + budgets on Redis) under load while redis-server is killed and
        // restarted (from its append-only file): no caller sees an exception, and once Redis is back and the queues
        // have drained, the ledger's token totals and the budget counter both equal what the fake models reported.
        await using RedisServerProcess server = await RedisServerProcess.StartAsync("--appendonly", "yes", "--appendfsync", "always");
        // Near the real time (window ends become key expiries on the server), but never where the Advance below
        // crosses a midnight: then the calls after it were counted in the next day's window and ledger day.
        FakeTimeProvider clock = ServerClock.Fake();
        using ConnectionMultiplexer redis = await server.ConnectWithFastReconnectAsync();
        await using var store = new RedisBudgetStore(redis, new RedisBudgetStoreOptions { KeyPrefix = "fault:b", FallbackShare = 1, ReapBatch = 1_000 }, clock);
        await using var ledger = new RedisUsageLedger(redis, new RedisUsageLedgerOptions { KeyPrefix = "fault:l" }, clock);
        var budgets = new BudgetOptions();
        budgets.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Tokens = 1_000_000_000 });
        GovernanceTestHarness pipeline = GovernanceTestHarness.Create(p => p.UseTelemetry(ledger: ledger).UseBudgets(budgets, store: store), clock: clock);
        long inputReported = 0;
        long outputReported = 0;
        int sequence = 0;
        pipeline.Model.Responder = _ =>
        {
            int n = Interlocked.Increment(ref sequence);
            long input = 10 + (n % 40);
            long output = 5 + (n % 70);
            Interlocked.Add(ref inputReported, input);
            Interlocked.Add(ref outputReported, output);
            return FakeReply.Text("ok", inputTokens: input, outputTokens: output);
        };

        var errors = new ConcurrentQueue<Exception>();
        var progress = new ProgressCounter();
        var killed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var restarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        Task[] callers = [.. Enumerable.Range(0, 32).Select(_ => Task.Run(async () =>
        {
            // Phases: 600 calls with Redis up, 600 while it is down, the rest (to 1,800) after it restarted.
            while (progress.Count < 1_800)
            {
                if (progress.Count >= 600)
                {
                    await killed.Task;
                }

                if (progress.Count >= 1_200)
                {
                    await restarted.Task;
                }

                try
                {
                    await pipeline.Client.GetResponseAsync("Draft a reply to the customer.", new ChatOptions().ForCaller("acme"));
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
            await progress.ReachAsync(600);
            await server.KillAsync();
            killed.SetResult();
            await progress.ReachAsync(1_200);
            await server.RestartAsync();
            await redis.WaitConnectedAsync();
            clock.Advance(TimeSpan.FromSeconds(5));
        }
        finally
        {
            // Also when a step above failed: the callers then finish their calls instead of waiting forever.
            killed.TrySetResult();
            restarted.TrySetResult();
        }

        await Task.WhenAll(callers).WaitAsync(ProgressCounter.Limit);
        Assert.Empty(errors);

        Assert.True(await Bounded.FlushAsync(store.FlushQueueAsync, "budget"));
        Assert.True(await Bounded.FlushAsync(ledger.FlushQueueAsync, "ledger"));

        UsagePeriod today = UsagePeriod.Day(clock.GetUtcNow(), ledger.TimeZone);
        IReadOnlyList<ModelDailyUsage> totals = await ledger.GetTokensByModelByDayAsync(today);
        Assert.Equal(progress.Count, totals.Sum(t => t.Requests));
        Assert.Equal(Interlocked.Read(ref inputReported), totals.Sum(t => t.InputTokens));
        Assert.Equal(Interlocked.Read(ref outputReported), totals.Sum(t => t.OutputTokens));

        // Budget reservations the server applied just before the kill, whose replies were lost, are orphans that
        // server-time lease expiry gives back; expire them now and let one call reap them.
        string leases = "fault:b:{tenant:acme}:leases";
        foreach (RedisResult orphan in (RedisResult[])(await redis.CommandAsync("ZRANGE", leases, 0, -1))!)
        {
            await redis.CommandAsync("ZADD", leases, 0, (string)orphan!);
        }

        long bucket = new DateTimeOffset(clock.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero).ToUnixTimeMilliseconds();
        BudgetReservationResult probe = await store.ReserveAsync(new BudgetReservationRequest(
            [new BudgetCheck("tenant:acme|tokens|1d", bucket, clock.GetUtcNow().AddDays(1), long.MaxValue, 0)], true, clock.GetUtcNow(), TimeSpan.FromMinutes(1)));
        await store.RefundAsync(probe.ReservationId!);
        IReadOnlyList<long> used = await store.GetUsedAsync([new BudgetCounterRef("tenant:acme|tokens|1d", bucket)]);
        Assert.Equal(Interlocked.Read(ref inputReported) + Interlocked.Read(ref outputReported), used[0]);
    }
}
