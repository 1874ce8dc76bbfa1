using System.Collections.Concurrent;
using System.Globalization;

namespace Governance.AI.Redis;

/// <summary>
/// Routes commands over a Redis Cluster: a slot table loaded with <c>CLUSTER SLOTS</c>, <c>MOVED</c> updating one slot
/// at once and refreshing the table in the background, <c>ASK</c> retried once on the target behind <c>ASKING</c>,
/// and <c>TRYAGAIN</c>/<c>CLUSTERDOWN</c> retried after a short delay.
/// </summary>
internal sealed class ClusterRouter : IRedisRouter
{
    private static readonly TimeSpan MinRefreshInterval = TimeSpan.FromSeconds(1);
    private readonly RedisConnectionOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly RedisEndpoint[] _seeds;
    private readonly ConcurrentDictionary<RedisEndpoint, EndpointConnection> _nodes = new();
    private readonly ConcurrentDictionary<RedisEndpoint, EndpointConnection> _blockingNodes = new();
    private readonly Lock _refreshGate = new();
    private EndpointConnection?[] _slots = new EndpointConnection?[ClusterSlot.SlotCount];
    private Task? _refresh;
    private long _lastRefresh;
    private bool _loaded;

    public ClusterRouter(RedisEndpoint[] seeds, EndpointConnection? seedConnection, RedisConnectionOptions options, TimeProvider timeProvider)
    {
        _seeds = seeds;
        _options = options;
        _timeProvider = timeProvider;
        if (seedConnection is not null)
        {
            _nodes[seedConnection.Endpoint] = seedConnection;
        }
    }

    public bool IsCluster => true;

    /// <summary>The endpoint currently believed to own <paramref name="slot"/> (for tests and diagnostics).</summary>
    public RedisEndpoint? OwnerOf(int slot) => Volatile.Read(ref _slots)[slot]?.Endpoint;

    public async Task<RedisReply> ExecuteAsync(RedisRequest request, CancellationToken cancellationToken)
    {
        if (!Volatile.Read(ref _loaded))
        {
            await RefreshAsync(force: true).WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        bool blocking = request.BlockingTimeout is not null;
        int slot = request.Key is { } key ? ClusterSlot.Compute(key) : -1;
        EndpointConnection node = NodeFor(slot, blocking);
        bool asking = false;
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                return await node.SendAsync(request, asking, cancellationToken).ConfigureAwait(false);
            }
            catch (RedisServerException ex) when (attempt < _options.MaxRedirects && TryParseRedirect(ex.Message, out bool ask, out int target, out RedisEndpoint endpoint))
            {
                asking = ask;
                node = GetNode(endpoint, blocking);
                if (!ask)
                {
                    Volatile.Read(ref _slots)[target] = GetNode(endpoint, blocking: false);
                    RequestRefresh();
                }
            }
            catch (RedisServerException ex) when (attempt < _options.MaxRedirects && ex.ErrorCode is "TRYAGAIN" or "CLUSTERDOWN")
            {
                if (ex.ErrorCode == "CLUSTERDOWN")
                {
                    RequestRefresh();
                }

                await Task.Delay(_options.ReconnectBaseDelay, _timeProvider, cancellationToken).ConfigureAwait(false);
            }
            catch (RedisConnectionException)
            {
                RequestRefresh();
                throw;
            }
        }
    }

    public async Task<IReadOnlyList<(RedisEndpoint Endpoint, Exception Error)>> PingAllAsync(CancellationToken cancellationToken)
    {
        if (!Volatile.Read(ref _loaded))
        {
            try
            {
                await RefreshAsync(force: true).WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (RedisException ex)
            {
                return [(_seeds[0], ex)];
            }
        }

        var failures = new List<(RedisEndpoint, Exception)>();
        foreach (EndpointConnection node in Volatile.Read(ref _slots).OfType<EndpointConnection>().Distinct())
        {
            try
            {
                await node.SendAsync(new RedisRequest("PING"), false, cancellationToken).ConfigureAwait(false);
            }
            catch (RedisException ex)
            {
                failures.Add((node.Endpoint, ex));
            }
        }

        return failures;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (EndpointConnection node in _nodes.Values.Concat(_blockingNodes.Values))
        {
            await node.DisposeAsync().ConfigureAwait(false);
        }
    }

    internal static bool TryParseRedirect(string error, out bool ask, out int slot, out RedisEndpoint endpoint)
    {
        // "MOVED 3999 127.0.0.1:6381" or "ASK 3999 127.0.0.1:6381"
        ask = false;
        slot = -1;
        endpoint = default;
        string[] parts = error.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 3 || (parts[0] != "MOVED" && parts[0] != "ASK")
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out slot) || slot >= ClusterSlot.SlotCount)
        {
            return false;
        }

        ask = parts[0] == "ASK";
        endpoint = RedisEndpoint.Parse(parts[2]);
        return true;
    }

    private EndpointConnection NodeFor(int slot, bool blocking)
    {
        EndpointConnection? owner = slot >= 0 ? Volatile.Read(ref _slots)[slot] : null;
        if (owner is null)
        {
            owner = Volatile.Read(ref _slots).FirstOrDefault(n => n is not null) ?? GetNode(_seeds[0], blocking: false);
        }

        return blocking ? GetNode(owner.Endpoint, blocking: true) : owner;
    }

    private EndpointConnection GetNode(RedisEndpoint endpoint, bool blocking)
    {
        ConcurrentDictionary<RedisEndpoint, EndpointConnection> nodes = blocking ? _blockingNodes : _nodes;
        if (nodes.TryGetValue(endpoint, out EndpointConnection? node))
        {
            return node;
        }

        var created = new EndpointConnection(endpoint, _options, selectDatabase: false, _timeProvider);
        EndpointConnection winner = nodes.GetOrAdd(endpoint, created);
        if (!ReferenceEquals(winner, created))
        {
            _ = created.DisposeAsync().AsTask();
        }

        return winner;
    }

    private void RequestRefresh()
    {
        Task refresh = RefreshAsync(force: false);
        _ = refresh.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }

    private Task RefreshAsync(bool force)
    {
        lock (_refreshGate)
        {
            if (_refresh is { IsCompleted: false })
            {
                return _refresh;
            }

            if (!force && _timeProvider.GetElapsedTime(_lastRefresh) < MinRefreshInterval)
            {
                return Task.CompletedTask;
            }

            _lastRefresh = _timeProvider.GetTimestamp();
            _refresh = Task.Run(LoadTopologyAsync);
            return _refresh;
        }
    }

    private async Task LoadTopologyAsync()
    {
        var candidates = new List<RedisEndpoint>();
        foreach (EndpointConnection? node in Volatile.Read(ref _slots))
        {
            if (node is not null && !candidates.Contains(node.Endpoint))
            {
                candidates.Add(node.Endpoint);
            }
        }

        foreach (RedisEndpoint seed in _seeds)
        {
            if (!candidates.Contains(seed))
            {
                candidates.Add(seed);
            }
        }

        Exception? last = null;
        foreach (RedisEndpoint candidate in candidates)
        {
            try
            {
                RedisReply reply = await GetNode(candidate, blocking: false)
                    .SendAsync(new RedisRequest("CLUSTER", "SLOTS"), false, CancellationToken.None).ConfigureAwait(false);
                Volatile.Write(ref _slots, BuildSlotTable(reply, candidate));
                Volatile.Write(ref _loaded, true);
                return;
            }
            catch (RedisException ex)
            {
                last = ex;
            }
        }

        throw new RedisConnectionException("No Redis Cluster node answered CLUSTER SLOTS.", last);
    }

    private EndpointConnection?[] BuildSlotTable(RedisReply reply, RedisEndpoint queried)
    {
        var table = new EndpointConnection?[ClusterSlot.SlotCount];
        foreach (RedisReply range in reply.Elements)
        {
            IReadOnlyList<RedisReply> fields = range.Elements;
            if (fields.Count < 3)
            {
                continue;
            }

            int start = (int)fields[0].AsInt64();
            int end = (int)fields[1].AsInt64();
            IReadOnlyList<RedisReply> primary = fields[2].Elements;
            string? host = primary[0].AsString();
            if (string.IsNullOrEmpty(host) || host == "?")
            {
                host = queried.Host;
            }

            EndpointConnection node = GetNode(new RedisEndpoint(host, (int)primary[1].AsInt64()), blocking: false);
            for (int slot = Math.Max(start, 0); slot <= Math.Min(end, ClusterSlot.SlotCount - 1); slot++)
            {
                table[slot] = node;
            }
        }

        return table;
    }
}
