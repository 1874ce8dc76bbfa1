using BenchmarkDotNet.Attributes;
using Governance.AI.Budgets;
using Governance.AI.Redis.Budgets;
using StackExchange.Redis;

namespace Governance.AI.Benchmarks.Redis;

/// <summary>
/// Reserve + settle pairs per second through <see cref="RedisBudgetStore"/> at 64 concurrent callers over one
/// StackExchange.Redis multiplexer, each reservation checking three limits (tenant tokens per day, tenant/user requests per
/// minute, tenant concurrency), next to <c>redis-benchmark</c> running EVALSHA of the same reserve script with 64
/// connections against the same server in the same session (printed as "redis-benchmark EVALSHA").
/// </summary>
[MemoryDiagnoser]
public class RedisBudgetBenchmarks
{
    private const int Concurrency = 64;
    private const int PerWorker = 100;
    private const long Bucket = 1_764_115_200_000;

    private BenchmarkRedisServer _server = null!;
    private ConnectionMultiplexer _redis = null!;
    private RedisBudgetStore _store = null!;
    private DateTimeOffset _windowEnd;

    // Synchronous entry points: the in-process toolchain (used on the loaded shared machine, where building a separate
    // benchmark process times out) does not await asynchronous setup methods.
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _server = await BenchmarkRedisServer.StartAsync();
        _redis = await ConnectionMultiplexer.ConnectAsync(_server.Endpoint);
        _store = new RedisBudgetStore(_redis, new RedisBudgetStoreOptions { KeyPrefix = "bench" });
        _windowEnd = DateTimeOffset.UtcNow.AddDays(1);

        // The peer: the same reserve script with one check, as a single EVALSHA with a fresh reservation id each time
        // (its reservation is never settled).
        byte[] sha = await _redis.GetServer(_redis.GetEndPoints()[0]).ScriptLoadAsync(RedisBudgetScripts.Reserve.Source);
        double peer = _server.RunRedisBenchmark(
            Concurrency, 200_000, "-r", "100000000", "EVALSHA", Convert.ToHexStringLower(sha), "4", "peer:{t}:leases", "peer:{t}:r:__rand_int__",
            "peer:{t}:epoch", "peer:{t}:c:tokens@1", "3600000", "16", "__rand_int__", "1", "60000", "e", "9223372036854775", "1", "-1");
        Console.WriteLine($"// redis-benchmark EVALSHA (reserve script) -c {Concurrency}: {peer:0} requests per second");
    }

    private async Task CleanupAsync()
    {
        await _store.DisposeAsync();
        await _redis.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Benchmark(OperationsPerInvoke = Concurrency * PerWorker)]
    public async Task ReserveAndSettle64Concurrent()
    {
        var workers = new Task[Concurrency];
        for (int w = 0; w < workers.Length; w++)
        {
            workers[w] = RunWorkerAsync(w);
        }

        await Task.WhenAll(workers);
    }

    private async Task RunWorkerAsync(int worker)
    {
        string tenant = "tenant:t" + (worker % 8);
        BudgetCheck[] checks =
        [
            new(tenant + "|tokens|1d", Bucket, _windowEnd, long.MaxValue / 4, 500),
            new(tenant + "/user:u" + worker + "|requests|1m", Bucket, _windowEnd, long.MaxValue / 4, 1),
            new(tenant + "|concurrent", 0, null, 1_000_000, 1),
        ];
        var request = new BudgetReservationRequest(checks, true, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5));
        BudgetAdjustment[] adjustments = [new(checks[0].CounterKey, Bucket, -120), new(checks[2].CounterKey, 0, -1)];
        for (int i = 0; i < PerWorker; i++)
        {
            BudgetReservationResult reserved = await _store.ReserveAsync(request);
            await _store.SettleAsync(new BudgetSettlement(reserved.ReservationId!, adjustments));
        }
    }
}
