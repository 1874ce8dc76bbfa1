using BenchmarkDotNet.Attributes;
using Governance.AI.Redis;

namespace Governance.AI.Benchmarks.Redis;

/// <summary>
/// EVALSHA throughput of the built-in client at 64 concurrent callers over one pipelined connection, next to
/// <c>redis-benchmark</c> (64 connections) running the same script against the same server in the same session;
/// the redis-benchmark rate is printed in the log as "redis-benchmark EVALSHA".
/// </summary>
[MemoryDiagnoser]
public class RedisEvalBenchmarks
{
    private const int Concurrency = 64;
    private const int PerWorker = 200;

    // Comparable to a budget reservation: reads the server clock, increments a counter, refreshes its TTL.
    private static readonly RedisScript Script = new(
        "local now = redis.call('TIME') local used = redis.call('INCRBY', KEYS[1], ARGV[1]) " +
        "redis.call('PEXPIRE', KEYS[1], ARGV[2]) return used");

    private BenchmarkRedisServer _server = null!;
    private RedisMultiplexer _redis = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = await BenchmarkRedisServer.StartAsync();
        _redis = await RedisMultiplexer.ConnectAsync(RedisConnectionOptions.Parse(_server.Endpoint));
        await _redis.ExecuteAsync(new RedisRequest("SCRIPT", "LOAD", Script.Source));
        double peer = _server.RunRedisBenchmark(Concurrency, 200_000, "EVALSHA", Script.Sha1, "1", "{bench}:peer", "1", "60000");
        Console.WriteLine($"// redis-benchmark EVALSHA -c {Concurrency}: {peer:0} requests per second");
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _redis.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Benchmark(OperationsPerInvoke = Concurrency * PerWorker)]
    public async Task EvalSha64Concurrent()
    {
        var workers = new Task[Concurrency];
        for (int w = 0; w < workers.Length; w++)
        {
            workers[w] = RunWorkerAsync();
        }

        await Task.WhenAll(workers);
    }

    private async Task RunWorkerAsync()
    {
        RedisArgument[] keys = ["{bench}:client"];
        RedisArgument[] arguments = [1, 60000];
        for (int i = 0; i < PerWorker; i++)
        {
            await _redis.EvalAsync(Script, keys, arguments);
        }
    }
}
