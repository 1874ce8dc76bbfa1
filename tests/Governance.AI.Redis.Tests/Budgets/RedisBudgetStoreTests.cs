using Governance.AI.Budgets;
using Governance.AI.Redis.Budgets;
using Governance.AI.Redis.Tests.Infrastructure;
using StackExchange.Redis;

namespace Governance.AI.Redis.Tests.Budgets;

[Collection(RedisCollection.Name)]
public sealed class RedisBudgetStoreTests(RedisServers servers)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
    // Window ends are compared with the Redis server clock (key expiry), so they are relative to the real time.
    private static readonly DateTimeOffset DayEnd = DateTimeOffset.UtcNow.AddDays(1);

    [RedisFact]
    public async Task A_request_that_fits_exactly_passes_and_one_unit_more_does_not()
    {
        using ConnectionMultiplexer redis = await servers.ConnectStandaloneAsync();
        var store = new RedisBudgetStore(redis, Options());
        string key = Counter("tenant:" + Guid.NewGuid(), "tokens");

        BudgetReservationResult first = await store.ReserveAsync(Request(true, Check(key, limit: 100, amount: 60)));
        Assert.True(first.Applied);
        Assert.True(first.AllFit);
        Assert.Equal([0L], first.UsedBefore);

        BudgetReservationResult exact = await store.ReserveAsync(Request(true, Check(key, limit: 100, amount: 40)));
        Assert.True(exact.Applied);
        Assert.Equal([60L], exact.UsedBefore);

        BudgetReservationResult over = await store.ReserveAsync(Request(true, Check(key, limit: 100, amount: 1)));
        Assert.False(over.Applied);
        Assert.Equal(0, over.FailedCheck);
        Assert.Equal([100L], over.UsedBefore);
        Assert.Equal([100L], await store.GetUsedAsync([new BudgetCounterRef(key, Bucket)]));
    }

    [RedisFact]
    public async Task Enforce_applies_nothing_when_any_check_fails_and_monitor_applies_everything()
    {
        using ConnectionMultiplexer redis = await servers.ConnectStandaloneAsync();
        var store = new RedisBudgetStore(redis, Options());
        string scope = "tenant:" + Guid.NewGuid();
        string tokens = Counter(scope, "tokens");
        string requests = Counter(scope + "/user:alice", "requests");
        BudgetCounterRef[] refs = [new(tokens, Bucket), new(requests, Bucket)];

        BudgetReservationResult denied = await store.ReserveAsync(Request(true, Check(tokens, 1000, 10), Check(requests, 0, 1)));
        Assert.False(denied.Applied);
        Assert.Equal(1, denied.FailedCheck);
        Assert.Equal([0L, 0L], await store.GetUsedAsync(refs));

        BudgetReservationResult monitored = await store.ReserveAsync(Request(false, Check(tokens, 1000, 10), Check(requests, 0, 1)));
        Assert.True(monitored.Applied);
        Assert.Equal(1, monitored.FailedCheck);
        Assert.Equal([10L, 1L], await store.GetUsedAsync(refs));
    }

    [RedisFact]
    public async Task Settle_applies_deltas_once_and_refund_gives_everything_back()
    {
        using ConnectionMultiplexer redis = await servers.ConnectStandaloneAsync();
        var store = new RedisBudgetStore(redis, Options());
        string scope = "tenant:" + Guid.NewGuid();
        string tokens = Counter(scope, "tokens");
        string cost = Counter(scope, "cost_usd");
        BudgetCounterRef[] refs = [new(tokens, Bucket), new(cost, Bucket)];

        BudgetReservationResult reserved = await store.ReserveAsync(Request(true, Check(tokens, 10_000, 500), Check(cost, 10_000, 300)));
        var settlement = new BudgetSettlement(reserved.ReservationId!, [new BudgetAdjustment(tokens, Bucket, -380), new BudgetAdjustment(tokens, Bucket, 30)]);
        Assert.True(await store.SettleAsync(settlement));
        Assert.Equal([150L, 300L], await store.GetUsedAsync(refs));
        Assert.False(await store.SettleAsync(settlement));
        Assert.False(await store.RefundAsync(reserved.ReservationId!));
        Assert.Equal([150L, 300L], await store.GetUsedAsync(refs));

        BudgetReservationResult second = await store.ReserveAsync(Request(true, Check(tokens, 10_000, 70), Check(cost, 10_000, 5)));
        Assert.True(await store.RefundAsync(second.ReservationId!));
        Assert.False(await store.RefundAsync(second.ReservationId!));
        Assert.Equal([150L, 300L], await store.GetUsedAsync(refs));
        Assert.False(await store.SettleAsync(new BudgetSettlement("0123|" + scope, [])));
    }

    [RedisFact]
    public async Task Keys_expire_after_their_window_and_idle_concurrency_counters_disappear()
    {
        using ConnectionMultiplexer redis = await servers.ConnectStandaloneAsync();
        var options = Options();
        var store = new RedisBudgetStore(redis, options);
        string scope = "tenant:" + Guid.NewGuid();
        string tokens = Counter(scope, "tokens");
        string concurrent = scope + "|concurrent";
        var windowEnd = DateTimeOffset.UtcNow.AddHours(2);

        BudgetReservationResult reserved = await store.ReserveAsync(new BudgetReservationRequest(
            [new BudgetCheck(tokens, Bucket, windowEnd, 1000, 10), new BudgetCheck(concurrent, 0, null, 4, 1)], true, Now, TimeSpan.FromMinutes(2)));

        string @base = $"{options.KeyPrefix}:{{{scope}}}:";
        long counterTtl = (long)await redis.CommandAsync("PEXPIRETIME", $"{@base}c:{tokens}@{Bucket}");
        Assert.Equal((windowEnd + options.Retention).ToUnixTimeMilliseconds(), counterTtl);
        string hold = @base + "r:" + reserved.ReservationId!.Split('|')[0];
        long holdTtl = (long)await redis.CommandAsync("PTTL", hold);
        Assert.InRange(holdTtl, 1, (long)(TimeSpan.FromMinutes(2) + options.Retention).TotalMilliseconds);
        Assert.InRange((long)await redis.CommandAsync("PTTL", $"{@base}c:{concurrent}@0"), 1, long.MaxValue);

        // Releasing the concurrency slot returns the counter to 0, which deletes it; the reservation record goes too.
        Assert.True(await store.SettleAsync(new BudgetSettlement(reserved.ReservationId, [new BudgetAdjustment(concurrent, 0, -1)])));
        Assert.Equal(0, (long)await redis.CommandAsync("EXISTS", $"{@base}c:{concurrent}@0"));
        Assert.Equal(0, (long)await redis.CommandAsync("EXISTS", hold));
        Assert.Equal(0, (long)await redis.CommandAsync("ZCARD", @base + "leases"));
    }

    [RedisFact]
    public async Task An_expired_lease_gives_its_reservation_back_on_the_next_call()
    {
        using ConnectionMultiplexer redis = await servers.ConnectStandaloneAsync();
        RedisBudgetStoreOptions options = Options();
        var store = new RedisBudgetStore(redis, options);
        string scope = "tenant:" + Guid.NewGuid();
        string tokens = Counter(scope, "tokens");
        BudgetReservationResult abandoned = await store.ReserveAsync(Request(true, Check(tokens, 100, 80)));
        Assert.False((await store.ReserveAsync(Request(true, Check(tokens, 100, 30)))).Applied);

        // Expire the lease in server time by moving its score to the past (the server's own TIME decides expiry).
        string @base = $"{options.KeyPrefix}:{{{scope}}}:";
        await redis.CommandAsync("ZADD", @base + "leases", 0, abandoned.ReservationId!.Split('|')[0]);

        BudgetReservationResult after = await store.ReserveAsync(Request(true, Check(tokens, 100, 30)));
        Assert.True(after.Applied);
        Assert.Equal([0L], after.UsedBefore);
        Assert.False(await store.SettleAsync(new BudgetSettlement(abandoned.ReservationId, [])));
    }

    private static RedisBudgetStoreOptions Options() => new() { KeyPrefix = "test:budget:" + Guid.NewGuid().ToString("N")[..8] };

    private const long Bucket = 1_764_115_200_000;

    private static string Counter(string scope, string metric) => $"{scope}|{metric}|1d";

    private static BudgetCheck Check(string key, long limit, long amount) => new(key, Bucket, DayEnd, limit, amount);

    private static BudgetReservationRequest Request(bool enforce, params BudgetCheck[] checks) => new(checks, enforce, Now, TimeSpan.FromMinutes(5));
}
