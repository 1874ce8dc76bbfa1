using StackExchange.Redis;

namespace Governance.AI.Redis.Tests.Infrastructure;

/// <summary>StackExchange.Redis connections as the tests use them, and a shorthand for raw commands.</summary>
internal static class RedisConnections
{
    /// <summary>
    /// How long a test waits for a multiplexer to be connected to a live server: a loaded machine can take far longer
    /// than <see cref="ConfigurationOptions.ConnectTimeout"/>, after which <c>ConnectAsync</c> returns unconnected.
    /// </summary>
    public static readonly TimeSpan ConnectedLimit = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Connects with settings that suit tests on loopback: fail fast while a server is down (no backlog, so an
    /// outage is seen at once), short timeouts, and reconnection that keeps trying. Returns as soon as
    /// StackExchange.Redis gives up waiting (<c>ConnectTimeout</c>), connected or not: use
    /// <see cref="ConnectReadyAsync"/> for a server that is up.
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

    /// <summary>
    /// Connects to servers that are up and waits (bounded) until the commands and the subscriptions connections
    /// are established, so a test starts connected rather than racing the handshake (with no backlog, a command
    /// or <c>SUBSCRIBE</c> sent before then fails at once).
    /// </summary>
    public static async Task<ConnectionMultiplexer> ConnectReadyAsync(IEnumerable<string> endpoints, Action<ConfigurationOptions>? configure)
    {
        ConnectionMultiplexer redis = await ConnectAsync(endpoints, configure);
        try
        {
            await redis.WaitConnectedAsync();
            return redis;
        }
        catch
        {
            await redis.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs one command whose first argument is a key (routed to the key's node on a cluster).</summary>
    public static Task<RedisResult> CommandAsync(this IConnectionMultiplexer redis, string command, string key, params object[] rest)
    {
        var arguments = new List<object>(rest.Length + 1) { new RedisKey(key) };
        arguments.AddRange(rest);
        return redis.GetDatabase().ExecuteAsync(command, arguments);
    }

    /// <summary>
    /// Waits until the multiplexer reports a connection to every server, for commands and for subscriptions (after
    /// a start or a restart); fails with the multiplexer's status after <see cref="ConnectedLimit"/>.
    /// </summary>
    public static async Task WaitConnectedAsync(this IConnectionMultiplexer redis)
    {
        var restored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnRestored(object? sender, ConnectionFailedEventArgs e) => restored.TrySetResult();
        redis.ConnectionRestored += OnRestored;
        try
        {
            using var limit = new CancellationTokenSource(ConnectedLimit);
            while (!IsFullyConnected(redis))
            {
                // The event wakes the wait early; the re-check covers a restoration reported before this subscription.
                Task woken = restored.Task;
                await Task.WhenAny(woken, Task.Delay(TimeSpan.FromMilliseconds(100), CancellationToken.None));
                if (woken.IsCompleted)
                {
                    restored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }

                if (limit.IsCancellationRequested && !IsFullyConnected(redis))
                {
                    throw new TimeoutException(
                        $"StackExchange.Redis was not connected to every server within {ConnectedLimit.TotalSeconds:0} s: {redis.GetStatus()}");
                }
            }
        }
        finally
        {
            redis.ConnectionRestored -= OnRestored;
        }
    }

    private static bool IsFullyConnected(IConnectionMultiplexer redis) =>
        redis.IsConnected && redis.GetServers().All(server => server.IsConnected) && redis.GetSubscriber().IsConnected();
}
