using StackExchange.Redis;

namespace Governance.AI.Redis.Tests.Infrastructure;

/// <summary>StackExchange.Redis connections as the tests use them, and a shorthand for raw commands.</summary>
internal static class RedisConnections
{
    /// <summary>
    /// Connects with settings that suit tests on loopback: fail fast while a server is down (no backlog, so an
    /// outage is seen at once), short timeouts, and reconnection that keeps trying.
    /// </summary>
    public static Task<ConnectionMultiplexer> ConnectAsync(IEnumerable<string> endpoints, Action<ConfigurationOptions>? configure)
    {
        var options = new ConfigurationOptions
        {
            AbortOnConnectFail = false,
            BacklogPolicy = BacklogPolicy.FailFast,
            ConnectTimeout = 2_000,
            SyncTimeout = 5_000,
            AsyncTimeout = 5_000,
            ReconnectRetryPolicy = new LinearRetry(500),
            AllowAdmin = true,
        };
        foreach (string endpoint in endpoints)
        {
            options.EndPoints.Add(endpoint);
        }

        configure?.Invoke(options);
        return ConnectionMultiplexer.ConnectAsync(options);
    }

    /// <summary>Runs one command whose first argument is a key (routed to the key's node on a cluster).</summary>
    public static Task<RedisResult> CommandAsync(this IConnectionMultiplexer redis, string command, string key, params object[] rest)
    {
        var arguments = new List<object>(rest.Length + 1) { new RedisKey(key) };
        arguments.AddRange(rest);
        return redis.GetDatabase().ExecuteAsync(command, arguments);
    }

    /// <summary>Waits until the multiplexer reports a connection to every server again (after a restart).</summary>
    public static async Task WaitConnectedAsync(this IConnectionMultiplexer redis)
    {
        var restored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnRestored(object? sender, ConnectionFailedEventArgs e) => restored.TrySetResult();
        redis.ConnectionRestored += OnRestored;
        try
        {
            while (!redis.IsConnected)
            {
                await restored.Task.WaitAsync(TimeSpan.FromSeconds(30));
                restored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
        finally
        {
            redis.ConnectionRestored -= OnRestored;
        }
    }
}
