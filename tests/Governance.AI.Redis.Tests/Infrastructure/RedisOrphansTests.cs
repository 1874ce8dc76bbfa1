using System.Diagnostics;
using StackExchange.Redis;

namespace Governance.AI.Redis.Tests.Infrastructure;

/// <summary>
/// The sweep that stops the redis-servers of killed test hosts, on servers and records made here under a root of this
/// test's own (so the servers of other runs on the machine are never looked at).
/// </summary>
public sealed class RedisOrphansTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "governance-orphans-test-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly List<Process> _bystanders = [];

    public RedisOrphansTests()
    {
        Directory.CreateDirectory(_root);
    }

    [LinuxRedisFact]
    public async Task A_server_whose_test_host_is_gone_is_stopped_and_one_whose_host_lives_is_left_running()
    {
        ProcessIdentity deadHost = await DeadProcessAsync();
        await using RedisServerProcess orphan = await RedisServerProcess.StartOwnedAsync(_root, deadHost);
        await using RedisServerProcess owned = await RedisServerProcess.StartOwnedAsync(_root, ProcessIdentity.Current);
        int orphanId = orphan.ProcessId!.Value;

        IReadOnlyList<int> stopped = RedisOrphans.Sweep(_root);

        Assert.Equal([orphanId], stopped);
        Assert.Null(orphan.ProcessId);
        Assert.False(Directory.Exists(orphan.Directory));
        Assert.NotNull(owned.ProcessId);
        Assert.True(Directory.Exists(owned.Directory));
        using ConnectionMultiplexer redis = await RedisConnections.ConnectReadyAsync([owned.Endpoint], null);
        await redis.GetDatabase().PingAsync();
    }

    [LinuxRedisFact]
    public async Task A_record_that_does_not_prove_a_server_is_an_orphan_of_these_tests_stops_nothing()
    {
        // Invariant: only the recorded redis-server itself is ever stopped. Under a dead owner, a record naming a live
        // process under another start time (its id taken by a later process) or a live process that is no
        // redis-server stops nothing; nor does a directory without a record (older tests, a server still starting).
        ProcessIdentity deadHost = await DeadProcessAsync();
        ProcessIdentity bystander = StartBystander();
        string reused = NewServerDirectory();
        RedisOrphans.Record(reused, deadHost, bystander with { StartTicks = bystander.StartTicks - 1 });
        string notRedis = NewServerDirectory();
        RedisOrphans.Record(notRedis, deadHost, bystander);
        string unrecorded = NewServerDirectory();

        IReadOnlyList<int> stopped = RedisOrphans.Sweep(_root);

        Assert.Empty(stopped);
        Assert.True(bystander.IsAlive);
        Assert.False(Directory.Exists(reused));
        Assert.True(Directory.Exists(notRedis));
        Assert.True(Directory.Exists(unrecorded));
    }

    public void Dispose()
    {
        foreach (Process process in _bystanders)
        {
            process.Kill();
            process.WaitForExit();
            process.Dispose();
        }

        Directory.Delete(_root, recursive: true);
    }

    /// <summary>The identity of a process that ran and is gone, as a killed test host's is.</summary>
    private static async Task<ProcessIdentity> DeadProcessAsync()
    {
        using Process process = Sleep();
        ProcessIdentity identity = ProcessIdentity.Of(process.Id)!.Value;
        process.Kill();
        await process.WaitForExitAsync();
        Assert.False(identity.IsAlive);
        return identity;
    }

    private ProcessIdentity StartBystander()
    {
        Process process = Sleep();
        _bystanders.Add(process);
        return ProcessIdentity.Of(process.Id)!.Value;
    }

    private static Process Sleep() => Process.Start(new ProcessStartInfo("sleep", "600") { UseShellExecute = false })!;

    private string NewServerDirectory() => Directory.CreateDirectory(Path.Combine(_root, RedisOrphans.DirectoryPrefix + Guid.NewGuid().ToString("N")[..12])).FullName;
}

/// <summary>A fact that needs a real redis-server and /proc (owner records are kept on Linux only).</summary>
public sealed class LinuxRedisFactAttribute : FactAttribute
{
    public LinuxRedisFactAttribute()
    {
        Skip = OperatingSystem.IsLinux() ? RedisBinaries.SkipReason : "Owner records need /proc (Linux only).";
    }
}
