namespace Governance.AI.Redis;

/// <summary>Routes everything to one server; blocking commands use a second, dedicated connection.</summary>
internal sealed class StandaloneRouter : IRedisRouter
{
    private readonly EndpointConnection _main;
    private readonly Lazy<EndpointConnection> _blocking;

    public StandaloneRouter(EndpointConnection main, RedisConnectionOptions options, TimeProvider timeProvider)
    {
        _main = main;
        _blocking = new Lazy<EndpointConnection>(() => new EndpointConnection(main.Endpoint, options, selectDatabase: true, timeProvider));
    }

    public bool IsCluster => false;

    public Task<RedisReply> ExecuteAsync(RedisRequest request, CancellationToken cancellationToken) =>
        (request.BlockingTimeout is null ? _main : _blocking.Value).SendAsync(request, false, cancellationToken);

    public async Task<IReadOnlyList<(RedisEndpoint Endpoint, Exception Error)>> PingAllAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _main.SendAsync(new RedisRequest("PING"), false, cancellationToken).ConfigureAwait(false);
            return [];
        }
        catch (RedisException ex)
        {
            return [(_main.Endpoint, ex)];
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _main.DisposeAsync().ConfigureAwait(false);
        if (_blocking.IsValueCreated)
        {
            await _blocking.Value.DisposeAsync().ConfigureAwait(false);
        }
    }
}
