using Governance.AI.Budgets;
using Governance.AI.Redis.Budgets;
using Governance.AI.Redis.Tests.Infrastructure;
using StackExchange.Redis;

namespace Governance.AI.Redis.Tests.Budgets;

[Collection(RedisCollection.Name)]
public sealed class RedisBudgetConcurrencyTests(RedisServers servers)
{
    private const int Instances = 8;
    private const int CallersPerInstance = 32;
    private const int CallsPerCaller = 6;

    [RedisFact]
    public Task Eight_instances_never_overspend_and_close_every_reservation_on_a_standalone_server() =>
        RunAsync(cluster: false);

    [RedisFact]
    public Task Eight_instances_never_overspend_and_close_every_reservation_on_a_cluster() =>
        RunAsync(cluster: true);

    private async Task RunAsync(bool cluster)
    {
        // Invariants, over 8 stores with their own connections × 32 concurrent callers:
        // 1. every admitted reservation saw used + amount <= limit for each of its checks (atomic check-and-add);
        // 2. never more than the concurrency limit in flight at once (observed by the callers themselves);
        // 3. the final counters equal the sum of what admitted calls reported using — nothing lost or doubled;
        // 4. no reservation is left open (the lease sets are empty); and the limits really were binding (denials).
        string prefix = "test:budget:" + Guid.NewGuid().ToString("N")[..8];
        const long TokenLimit = 60_000;
        const long RequestLimit = 1_200;
        const long ConcurrencyLimit = 24;
        string tenant = "tenant:acme" + Guid.NewGuid().ToString("N")[..4];
        string tokens = tenant + "|tokens|1d";
        string userRequests = tenant + "/user:bob|requests|1m";
        string global = "global|tokens|1d";
        string concurrent = tenant + "|concurrent";
        long bucket = 1_764_115_200_000;
        DateTimeOffset windowEnd = DateTimeOffset.UtcNow.AddDays(1);

        var connections = new ConnectionMultiplexer[Instances];
        var stores = new RedisBudgetStore[Instances];
        for (int i = 0; i < Instances; i++)
        {
            connections[i] = cluster ? await servers.ConnectClusterAsync() : await servers.ConnectStandaloneAsync();
            stores[i] = new RedisBudgetStore(connections[i], new RedisBudgetStoreOptions { KeyPrefix = prefix });
        }

        long inFlight = 0;
        long maxInFlight = 0;
        long usedTokens = 0;
        long admittedRequests = 0;
        long denied = 0;
        try
        {
            await Task.WhenAll(Enumerable.Range(0, Instances * CallersPerInstance).Select(caller => Task.Run(async () =>
            {
                RedisBudgetStore store = stores[caller % Instances];
                for (int call = 0; call < CallsPerCaller; call++)
                {
                    long estimate = 100 + ((caller * 7 + call * 13) % 200);
                    BudgetCheck[] checks =
                    [
                        new(tokens, bucket, windowEnd, TokenLimit, estimate),
                        new(userRequests, bucket, windowEnd, RequestLimit, 1),
                        new(global, bucket, windowEnd, long.MaxValue / 4, estimate),
                        new(concurrent, 0, null, ConcurrencyLimit, 1),
                    ];
                    BudgetReservationResult result = await store.ReserveAsync(new BudgetReservationRequest(checks, true, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)));
                    if (!result.Applied)
                    {
                        Interlocked.Increment(ref denied);
                        continue;
                    }

                    for (int c = 0; c < checks.Length; c++)
                    {
                        Assert.True(result.UsedBefore[c] + checks[c].Amount <= checks[c].Limit, "an admitted check fit its limit");
                    }

                    long now = Interlocked.Increment(ref inFlight);
                    InterlockedMax(ref maxInFlight, now);
                    await Task.Yield(); // the model call: other callers run while this one holds its slot
                    long actual = estimate - ((caller + call) % 3 == 0 ? 0 : estimate / 3);
                    Interlocked.Decrement(ref inFlight);
                    if ((caller + call) % 11 == 0)
                    {
                        Assert.True(await store.RefundAsync(result.ReservationId!));
                        continue;
                    }

                    Interlocked.Add(ref usedTokens, actual);
                    Interlocked.Increment(ref admittedRequests);
                    Assert.True(await store.SettleAsync(new BudgetSettlement(result.ReservationId!,
                    [
                        new BudgetAdjustment(tokens, bucket, actual - estimate),
                        new BudgetAdjustment(global, bucket, actual - estimate),
                        new BudgetAdjustment(concurrent, 0, -1),
                    ])));
                }
            })));

            IReadOnlyList<long> final = await stores[0].GetUsedAsync(
                [new(tokens, bucket), new(userRequests, bucket), new(global, bucket), new(concurrent, 0)]);
            Assert.True(maxInFlight <= ConcurrencyLimit, $"at most {ConcurrencyLimit} in flight, saw {maxInFlight}");
            Assert.True(denied > 0, "the token limit was binding");
            Assert.Equal(usedTokens, final[0]);
            Assert.True(final[0] <= TokenLimit);
            Assert.Equal(admittedRequests, final[1]);
            Assert.Equal(usedTokens, final[2]);
            Assert.Equal(0, final[3]);
            foreach (string root in new[] { tenant, "global" })
            {
                long open = (long)await connections[0].CommandAsync("ZCARD", $"{prefix}:{{{root}}}:leases");
                Assert.Equal(0, open);
            }
        }
        finally
        {
            foreach (ConnectionMultiplexer connection in connections)
            {
                await connection.DisposeAsync();
            }
        }
    }

    private static void InterlockedMax(ref long target, long value)
    {
        long current = Volatile.Read(ref target);
        while (value > current)
        {
            long seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
