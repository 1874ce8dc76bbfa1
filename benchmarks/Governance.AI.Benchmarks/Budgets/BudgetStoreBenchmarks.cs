using System.Collections.Concurrent;
using BenchmarkDotNet.Attributes;
using Governance.AI.Budgets;

namespace Governance.AI.Benchmarks.Budgets;

/// <summary>
/// One reservation and its settlement on the in-memory store, as the budget policy does per call: a single limit
/// (tenant tokens per minute) and three limits (tenant tokens per month, user tokens per day, tenant concurrency).
/// Target: ≤ 1 µs median each. The peer, measured in the same run, is what a naive after-the-fact counter costs:
/// three unchecked increments of a concurrent dictionary (no limit, no atomicity across keys, no settlement).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class BudgetStoreBenchmarks
{
    private static readonly DateTimeOffset Now = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly ConcurrentDictionary<string, long> _naive = new(StringComparer.Ordinal);
    private InMemoryBudgetStore _store = null!;
    private BudgetReservationRequest _one = null!;
    private BudgetReservationRequest _three = null!;
    private BudgetAdjustment[] _oneSettle = null!;
    private BudgetAdjustment[] _threeSettle = null!;

    [GlobalSetup]
    public void Setup()
    {
        _store = new InMemoryBudgetStore();
        DateTimeOffset end = Now.AddYears(100);
        const long limit = long.MaxValue / 4;
        _one = new BudgetReservationRequest(new[] { new BudgetCheck("tenant:contoso|tokens|1m", 1, end, limit, 1100) }, true, Now, TimeSpan.FromMinutes(10));
        _three = new BudgetReservationRequest(
            new[]
            {
                new BudgetCheck("tenant:contoso|tokens|month", 2, end, limit, 1100),
                new BudgetCheck("tenant:contoso/user:alice|tokens|1d", 3, end, limit, 1100),
                new BudgetCheck("tenant:contoso|concurrent", 0, null, limit, 1),
            },
            true,
            Now,
            TimeSpan.FromMinutes(10));
        _oneSettle = [new("tenant:contoso|tokens|1m", 1, -900)];
        _threeSettle = [new("tenant:contoso|tokens|month", 2, -900), new("tenant:contoso/user:alice|tokens|1d", 3, -900), new("tenant:contoso|concurrent", 0, -1)];
    }

    [Benchmark(Baseline = true)]
    public long Peer_NaiveIncrement_ThreeKeys()
    {
        _naive.AddOrUpdate("tenant:contoso|tokens|month", 1100, static (_, v) => v + 1100);
        _naive.AddOrUpdate("tenant:contoso/user:alice|tokens|1d", 1100, static (_, v) => v + 1100);
        return _naive.AddOrUpdate("tenant:contoso|concurrent", 1, static (_, v) => v + 1);
    }

    [Benchmark]
    public async ValueTask<bool> ReserveSettle_OneLimit()
    {
        BudgetReservationResult result = await _store.ReserveAsync(_one);
        return await _store.SettleAsync(new BudgetSettlement(result.ReservationId!, _oneSettle));
    }

    [Benchmark]
    public async ValueTask<bool> ReserveSettle_ThreeLimits()
    {
        BudgetReservationResult result = await _store.ReserveAsync(_three);
        return await _store.SettleAsync(new BudgetSettlement(result.ReservationId!, _threeSettle));
    }

    [Benchmark]
    public async ValueTask<bool> ReserveRefund_ThreeLimits()
    {
        BudgetReservationResult result = await _store.ReserveAsync(_three);
        return await _store.RefundAsync(result.ReservationId!);
    }
}
