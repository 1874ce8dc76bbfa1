namespace Governance.AI.Redis;

/// <summary>
/// The connection to one endpoint across reconnects. Commands use the live socket; when it is gone, the next command
/// starts a connection attempt (others wait for that attempt). After a failed attempt, commands fail fast with
/// <see cref="RedisConnectionException"/> until the backoff delay (doubling per failure, capped) has passed, so an
/// outage costs callers no waiting.
/// </summary>
internal sealed class EndpointConnection : IAsyncDisposable
{
    private readonly RedisConnectionOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly bool _selectDatabase;
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _disposed = new();
    private PhysicalConnection? _current;
    private Task<PhysicalConnection>? _connecting;
    private int _failures;
    private long _retryAt;

    public EndpointConnection(RedisEndpoint endpoint, RedisConnectionOptions options, bool selectDatabase, TimeProvider timeProvider)
    {
        Endpoint = endpoint;
        _options = options;
        _selectDatabase = selectDatabase;
        _timeProvider = timeProvider;
    }

    public RedisEndpoint Endpoint { get; }

    /// <summary>Whether a live socket exists right now.</summary>
    public bool IsConnected => _current is { IsAlive: true };

    /// <summary>Incremented on every successful (re)connection.</summary>
    public int ConnectionCount { get; private set; }

    public Task<RedisReply> SendAsync(RedisRequest request, bool asking, CancellationToken cancellationToken)
    {
        PhysicalConnection? current = _current;
        Task<RedisReply> reply = current is { IsAlive: true }
            ? current.SendAsync(request, asking, request.BlockingTimeout ?? TimeSpan.Zero)
            : SendAfterConnectAsync(request, asking, cancellationToken);
        return cancellationToken.CanBeCanceled ? reply.WaitAsync(cancellationToken) : reply;
    }

    public async ValueTask DisposeAsync()
    {
        PhysicalConnection? current;
        lock (_gate)
        {
            if (_disposed.IsCancellationRequested)
            {
                return;
            }

            _disposed.Cancel();
            current = _current;
            _current = null;
        }

        if (current is not null)
        {
            await current.DisposeAsync().ConfigureAwait(false);
        }

        _disposed.Dispose();
    }

    private async Task<RedisReply> SendAfterConnectAsync(RedisRequest request, bool asking, CancellationToken cancellationToken)
    {
        PhysicalConnection connection = await GetConnectionAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        return await connection.SendAsync(request, asking, request.BlockingTimeout ?? TimeSpan.Zero).ConfigureAwait(false);
    }

    private Task<PhysicalConnection> GetConnectionAsync()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed.IsCancellationRequested, this);
            if (_current is { IsAlive: true } current)
            {
                return Task.FromResult(current);
            }

            if (_connecting is not null)
            {
                return _connecting;
            }

            long now = _timeProvider.GetTimestamp();
            if (now < _retryAt)
            {
                TimeSpan wait = _timeProvider.GetElapsedTime(now, _retryAt);
                return Task.FromException<PhysicalConnection>(new RedisConnectionException(
                    $"Redis {Endpoint} is unreachable after {_failures} attempt(s); the next attempt is in {wait.TotalMilliseconds:0} ms."));
            }

            _connecting = Task.Run(ConnectAsync);
            return _connecting;
        }
    }

    private async Task<PhysicalConnection> ConnectAsync()
    {
        try
        {
            PhysicalConnection connection = await PhysicalConnection.ConnectAsync(
                Endpoint, _options, _selectDatabase, _timeProvider, OnClosed, _disposed.Token).ConfigureAwait(false);
            lock (_gate)
            {
                _connecting = null;
                if (_disposed.IsCancellationRequested)
                {
                    _ = connection.DisposeAsync().AsTask();
                    throw new ObjectDisposedException(nameof(EndpointConnection));
                }

                _current = connection;
                _failures = 0;
                ConnectionCount++;
                return connection;
            }
        }
        catch (Exception ex) when (ex is not ObjectDisposedException)
        {
            lock (_gate)
            {
                _connecting = null;
                _failures++;
                _retryAt = _timeProvider.GetTimestamp() + (long)(Backoff(_failures).TotalSeconds * _timeProvider.TimestampFrequency);
            }

            throw;
        }
    }

    private TimeSpan Backoff(int failures)
    {
        double factor = Math.Pow(2, Math.Min(failures - 1, 30));
        double ticks = Math.Min(_options.ReconnectBaseDelay.Ticks * factor, _options.ReconnectMaxDelay.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }

    private void OnClosed(PhysicalConnection connection)
    {
        lock (_gate)
        {
            if (ReferenceEquals(_current, connection))
            {
                // The next command reconnects at once; only failed attempts back off.
                _current = null;
            }
        }

        _ = connection.DisposeAsync().AsTask();
    }
}
