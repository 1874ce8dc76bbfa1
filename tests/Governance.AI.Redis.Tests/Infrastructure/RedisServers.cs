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

    public async Task<RedisMultiplexer> ConnectStandaloneAsync(Action<RedisConnectionOptions>? configure = null, TimeProvider? timeProvider = null)
    {
        RedisServerProcess server = await StandaloneAsync();
        var options = new RedisConnectionOptions { ClusterMode = RedisClusterMode.Auto };
        options.Endpoints.Add(server.Endpoint);
        configure?.Invoke(options);
        return await RedisMultiplexer.ConnectAsync(options, timeProvider);
    }

    public async Task<RedisMultiplexer> ConnectClusterAsync(Action<RedisConnectionOptions>? configure = null)
    {
        RedisClusterProcesses cluster = await ClusterAsync();
        var options = new RedisConnectionOptions();
        options.Endpoints.Add(cluster.Nodes[0].Endpoint);
        configure?.Invoke(options);
        return await RedisMultiplexer.ConnectAsync(options);
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
