namespace Governance.AI.Redis;

/// <summary>Sends requests to the right endpoint: the one server, or the node owning the key's cluster slot.</summary>
internal interface IRedisRouter : IAsyncDisposable
{
    bool IsCluster { get; }

    Task<RedisReply> ExecuteAsync(RedisRequest request, CancellationToken cancellationToken);

    /// <summary>Pings every known primary; returns the endpoints that did not answer with their errors.</summary>
    Task<IReadOnlyList<(RedisEndpoint Endpoint, Exception Error)>> PingAllAsync(CancellationToken cancellationToken);
}
