namespace Governance.AI.Redis;

/// <summary>
/// The built-in Redis client: one multiplexed, pipelined connection per endpoint shared by all callers, with AUTH,
/// database selection, TLS, timeouts, reconnection with backoff, cached scripts and Redis Cluster routing.
/// </summary>
/// <remarks>
/// Creating it does no I/O; the first command connects (and, in <see cref="RedisClusterMode.Auto"/>, asks the first
/// endpoint whether it is a cluster node). Blocking commands (<see cref="RedisRequest.BlockingTimeout"/>) run on a
/// second connection per endpoint so they never stall the pipeline; blocking commands on that connection run one
/// after another.
/// </remarks>
public sealed class RedisMultiplexer : IRedisConnection, IAsyncDisposable
{
    private readonly RedisConnectionOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly RedisEndpoint[] _endpoints;
    private readonly Lock _gate = new();
    private IRedisRouter? _router;
    private EndpointConnection? _probe;
    private Task<IRedisRouter>? _detecting;
    private bool _disposed;

    /// <summary>Creates the client without connecting.</summary>
    /// <param name="options">The settings; validated here and not read again after.</param>
    /// <param name="timeProvider">The clock for timeouts and backoff; <see cref="TimeProvider.System"/> when null.</param>
    public RedisMultiplexer(RedisConnectionOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _endpoints = [.. options.Endpoints.Select(RedisEndpoint.Parse)];
    }

    /// <summary>
    /// Whether the client talks to a cluster; null until the first successful connection in
    /// <see cref="RedisClusterMode.Auto"/>.
    /// </summary>
    public bool? IsCluster => _options.ClusterMode switch
    {
        RedisClusterMode.Cluster => true,
        RedisClusterMode.Standalone => false,
        _ => Volatile.Read(ref _router)?.IsCluster,
    };

    /// <summary>Creates the client and checks the connection with <c>PING</c>.</summary>
    /// <param name="options">The settings.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="cancellationToken">Cancels connecting.</param>
    /// <returns>The connected client.</returns>
    public static async Task<RedisMultiplexer> ConnectAsync(RedisConnectionOptions options, TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        var multiplexer = new RedisMultiplexer(options, timeProvider);
        try
        {
            await multiplexer.ExecuteAsync(new RedisRequest("PING"), cancellationToken).ConfigureAwait(false);
            return multiplexer;
        }
        catch
        {
            await multiplexer.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public Task<RedisReply> ExecuteAsync(RedisRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (cancellationToken.IsCancellationRequested)
        {
            // Cancelled before it was sent: it is not sent at all.
            return Task.FromCanceled<RedisReply>(cancellationToken);
        }

        IRedisRouter? router = Volatile.Read(ref _router);
        return router is not null ? router.ExecuteAsync(request, cancellationToken) : ExecuteAfterDetectAsync(request, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<RedisReply> EvalAsync(
        RedisScript script,
        IReadOnlyList<RedisArgument> keys,
        IReadOnlyList<RedisArgument> arguments,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(arguments);
        if (keys.Count > 1 && (Volatile.Read(ref _router) ?? await DetectAsync().WaitAsync(cancellationToken).ConfigureAwait(false)).IsCluster)
        {
            int slot = ClusterSlot.Compute(keys[0]);
            for (int i = 1; i < keys.Count; i++)
            {
                if (ClusterSlot.Compute(keys[i]) != slot)
                {
                    throw new ArgumentException("On a cluster all keys of a script must hash to one slot; use a common {hash tag}.", nameof(keys));
                }
            }
        }

        var all = new RedisArgument[2 + keys.Count + arguments.Count];
        all[0] = script.Sha1;
        all[1] = keys.Count;
        for (int i = 0; i < keys.Count; i++)
        {
            all[2 + i] = keys[i];
        }

        for (int i = 0; i < arguments.Count; i++)
        {
            all[2 + keys.Count + i] = arguments[i];
        }

        int keyIndex = keys.Count > 0 ? 2 : -1;
        try
        {
            return await ExecuteAsync(RedisRequest.WithKeyAt("EVALSHA", keyIndex, all), cancellationToken).ConfigureAwait(false);
        }
        catch (RedisServerException ex) when (ex.ErrorCode == "NOSCRIPT")
        {
            // The server does not have the script (restarted, failed over, or SCRIPT FLUSH): EVAL runs and caches it.
            all[0] = script.Source;
            return await ExecuteAsync(RedisRequest.WithKeyAt("EVAL", keyIndex, all), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Pings every primary (one for a standalone server) and reports those that did not answer.</summary>
    /// <param name="cancellationToken">Cancels the pings.</param>
    /// <returns>The endpoints that failed, with the error; empty when all answered.</returns>
    public async Task<IReadOnlyList<(RedisEndpoint Endpoint, Exception Error)>> PingAllAsync(CancellationToken cancellationToken = default)
    {
        IRedisRouter router;
        try
        {
            router = Volatile.Read(ref _router) ?? await DetectAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (RedisException ex)
        {
            return [(_endpoints[0], ex)];
        }

        return await router.PingAllAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        IRedisRouter? router;
        EndpointConnection? probe;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            router = _router;
            probe = _probe;
        }

        if (router is not null)
        {
            await router.DisposeAsync().ConfigureAwait(false);
        }
        else if (probe is not null)
        {
            await probe.DisposeAsync().ConfigureAwait(false);
        }
    }

    internal IRedisRouter? Router => Volatile.Read(ref _router);

    private async Task<RedisReply> ExecuteAfterDetectAsync(RedisRequest request, CancellationToken cancellationToken)
    {
        IRedisRouter router = await DetectAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        return await router.ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private Task<IRedisRouter> DetectAsync()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_router is not null)
            {
                return Task.FromResult(_router);
            }

            switch (_options.ClusterMode)
            {
                case RedisClusterMode.Standalone:
                    _router = new StandaloneRouter(new EndpointConnection(_endpoints[0], _options, selectDatabase: true, _timeProvider), _options, _timeProvider);
                    return Task.FromResult(_router);
                case RedisClusterMode.Cluster:
                    _router = new ClusterRouter(_endpoints, null, _options, _timeProvider);
                    return Task.FromResult(_router);
            }

            // The probe connection keeps its backoff state across calls, so an outage at start-up fails fast.
            _probe ??= new EndpointConnection(_endpoints[0], _options, selectDatabase: true, _timeProvider);
            if (_detecting is null || _detecting.IsFaulted || _detecting.IsCanceled)
            {
                _detecting = ProbeAsync(_probe);
            }

            return _detecting;
        }
    }

    private async Task<IRedisRouter> ProbeAsync(EndpointConnection probe)
    {
        RedisReply info = await probe.SendAsync(new RedisRequest("INFO", "cluster"), false, CancellationToken.None).ConfigureAwait(false);
        bool cluster = (info.AsString() ?? string.Empty).Contains("cluster_enabled:1", StringComparison.Ordinal);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _router ??= cluster
                ? new ClusterRouter(_endpoints, probe, _options, _timeProvider)
                : new StandaloneRouter(probe, _options, _timeProvider);
            return _router;
        }
    }
}
