using StackExchange.Redis;

namespace Governance.AI.Redis;

/// <summary>Which exceptions mean "Redis did not answer or refused for now", as opposed to a bug in our code.</summary>
internal static class RedisFaults
{
    /// <summary>
    /// Connection failures, timeouts and server-side refusals (<c>LOADING</c>, <c>READONLY</c>, <c>CLUSTERDOWN</c>,
    /// <c>OOM</c>…) — what StackExchange.Redis raises for a Redis that cannot serve the call now.
    /// </summary>
    public static bool IsUnavailable(Exception exception) => exception is RedisException or RedisTimeoutException;
}
