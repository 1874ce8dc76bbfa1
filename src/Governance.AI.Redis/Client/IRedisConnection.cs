namespace Governance.AI.Redis;

/// <summary>
/// The small surface the Redis stores need. <see cref="RedisMultiplexer"/> implements it with the built-in client;
/// implement it over another client (for example StackExchange.Redis) to reuse an existing connection.
/// </summary>
/// <remarks>
/// Implementations must be thread-safe, route keyed requests to the node owning the key's slot, throw
/// <see cref="RedisServerException"/> for error replies, <see cref="RedisConnectionException"/> when Redis cannot be
/// reached and <see cref="RedisTimeoutException"/> when a reply does not arrive in time.
/// </remarks>
public interface IRedisConnection
{
    /// <summary>Sends one command and returns its reply.</summary>
    /// <param name="request">The command.</param>
    /// <param name="cancellationToken">Cancels waiting for the reply (the command may still run).</param>
    /// <returns>The reply.</returns>
    Task<RedisReply> ExecuteAsync(RedisRequest request, CancellationToken cancellationToken = default);

    /// <summary>Runs a Lua script by its digest, loading it when the server does not know it yet.</summary>
    /// <param name="script">The script.</param>
    /// <param name="keys">The keys (<c>KEYS</c>); on a cluster all must hash to one slot.</param>
    /// <param name="arguments">The arguments (<c>ARGV</c>).</param>
    /// <param name="cancellationToken">Cancels waiting for the reply (the script may still run).</param>
    /// <returns>The script's reply.</returns>
    Task<RedisReply> EvalAsync(
        RedisScript script,
        IReadOnlyList<RedisArgument> keys,
        IReadOnlyList<RedisArgument> arguments,
        CancellationToken cancellationToken = default);
}
