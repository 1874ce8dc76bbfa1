using StackExchange.Redis;

namespace Governance.AI.Redis.Tests.Infrastructure;

/// <summary>
/// The servers shared by the Redis test collection: one standalone server and one 3-primary cluster, started lazily
/// on first use and stopped (by process id) when the collection ends. Tests that kill or reconfigure a server start
/// their own with <see cref="RedisServerProcess.StartAsync"/>.
/// </summary>
public sealed class RedisServers : IAsyncLifetime
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private RedisServerProcess? _standalone;
    private RedisClusterProcesses? _cluster;

    public async Task<RedisServerProcess> StandaloneAsync()
    {
        await _gate.WaitAsync();
        try
        {
            return _standalone ??= await RedisServerProcess.StartAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<RedisClusterProcesses> ClusterAsync()
    {
        await _gate.WaitAsync();
        try
        {
            return _cluster ??= await RedisClusterProcesses.StartAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<ConnectionMultiplexer> ConnectStandaloneAsync(Action<ConfigurationOptions>? configure = null)
    {
        RedisServerProcess server = await StandaloneAsync();
        return await RedisConnections.ConnectReadyAsync([server.Endpoint], configure);
    }

    public async Task<ConnectionMultiplexer> ConnectClusterAsync(Action<ConfigurationOptions>? configure = null)
    {
        RedisClusterProcesses cluster = await ClusterAsync();
        return await RedisConnections.ConnectReadyAsync(cluster.Endpoints, configure);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_standalone is not null)
        {
            await _standalone.DisposeAsync();
        }

        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        _gate.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisServers>
{
    public const string Name = "redis";
}
