using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Pipelines;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;

namespace Governance.AI.Redis;

/// <summary>
/// One socket to one server: a single writer loop drains a queue of commands into large writes (pipelining), a
/// single reader loop parses replies and completes the oldest pending command (FIFO), and a timer fails commands
/// whose reply is overdue.
/// </summary>
internal sealed class PhysicalConnection : IAsyncDisposable
{
    private const int FlushThreshold = 64 * 1024;

    private readonly Socket _socket;
    private readonly Stream _stream;
    private readonly PipeReader _reader;
    private readonly Channel<PendingCommand> _outbox;
    private readonly ConcurrentQueue<PendingCommand> _pending = new();
    private readonly TimeProvider _timeProvider;
    private readonly long _timeoutTicks;
    private readonly Action<PhysicalConnection> _onClosed;
    private readonly ITimer _sweepTimer;
    private Task _writeLoop = Task.CompletedTask;
    private Task _readLoop = Task.CompletedTask;
    private long _reads;
    private int _closed;
    private Exception? _closeReason;

    private PhysicalConnection(RedisEndpoint endpoint, Socket socket, Stream stream, RedisConnectionOptions options, TimeProvider timeProvider, Action<PhysicalConnection> onClosed)
    {
        Endpoint = endpoint;
        _socket = socket;
        _stream = stream;
        _timeProvider = timeProvider;
        _onClosed = onClosed;
        _reader = PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: 64 * 1024, minimumReadSize: 16 * 1024, leaveOpen: true));
        _outbox = Channel.CreateUnbounded<PendingCommand>(new UnboundedChannelOptions { SingleReader = true, AllowSynchronousContinuations = false });
        _timeoutTicks = (long)(options.CommandTimeout.TotalSeconds * timeProvider.TimestampFrequency);
        TimeSpan period = TimeSpan.FromTicks(Math.Clamp(options.CommandTimeout.Ticks / 4, TimeSpan.TicksPerMillisecond * 10, TimeSpan.TicksPerSecond));
        _sweepTimer = timeProvider.CreateTimer(static state => ((PhysicalConnection)state!).Sweep(), this, period, period);
    }

    public RedisEndpoint Endpoint { get; }

    public bool IsAlive => Volatile.Read(ref _closed) == 0;

    /// <summary>Whether the server speaks RESP3 on this connection.</summary>
    public bool IsResp3 { get; private set; }

    public static async Task<PhysicalConnection> ConnectAsync(
        RedisEndpoint endpoint,
        RedisConnectionOptions options,
        bool selectDatabase,
        TimeProvider timeProvider,
        Action<PhysicalConnection> onClosed,
        CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(options.ConnectTimeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        Stream? stream = null;
        PhysicalConnection? connection = null;
        try
        {
            await socket.ConnectAsync(endpoint.Host, endpoint.Port, linked.Token).ConfigureAwait(false);
            stream = new NetworkStream(socket, ownsSocket: true);
            if (options.UseTls)
            {
                var tls = new SslStream(stream, leaveInnerStreamOpen: false);
                stream = tls;
                SslClientAuthenticationOptions tlsOptions = CloneTlsOptions(options.TlsOptions, endpoint.Host);
                await tls.AuthenticateAsClientAsync(tlsOptions, linked.Token).ConfigureAwait(false);
            }

            connection = new PhysicalConnection(endpoint, socket, stream, options, timeProvider, onClosed);
            connection.Start();
            await connection.HandshakeAsync(options, selectDatabase).WaitAsync(linked.Token).ConfigureAwait(false);
            return connection;
        }
        catch (Exception ex)
        {
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
            else if (stream is not null)
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                socket.Dispose();
            }

            if (cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            if (ex is RedisServerException)
            {
                throw new RedisConnectionException($"Redis {endpoint} rejected the connection handshake: {ex.Message}", ex);
            }

            string reason = timeout.IsCancellationRequested ? $"timed out after {options.ConnectTimeout.TotalMilliseconds:0} ms" : ex.Message;
            throw new RedisConnectionException($"Could not connect to Redis {endpoint}: {reason}", ex);
        }
    }

    /// <summary>Queues a command; the task completes with its reply, or fails.</summary>
    /// <param name="request">The command.</param>
    /// <param name="asking">Whether to precede it with <c>ASKING</c>.</param>
    /// <param name="extraTimeout">Time added to the command timeout (for blocking commands).</param>
    /// <returns>The reply.</returns>
    public Task<RedisReply> SendAsync(RedisRequest request, bool asking, TimeSpan extraTimeout)
    {
        long deadline = _timeProvider.GetTimestamp() + _timeoutTicks + (long)(extraTimeout.TotalSeconds * _timeProvider.TimestampFrequency);
        var command = new PendingCommand(request, asking, deadline);
        if (!_outbox.Writer.TryWrite(command))
        {
            return Task.FromException<RedisReply>(ClosedException());
        }

        return command.Task;
    }

    public async ValueTask DisposeAsync()
    {
        Close(new RedisConnectionException($"The connection to Redis {Endpoint} was closed by the client."));
        try
        {
            await Task.WhenAll(_writeLoop, _readLoop).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException or RedisException)
        {
            // The loops already reported their failure through Close.
        }

        await _sweepTimer.DisposeAsync().ConfigureAwait(false);
        await _stream.DisposeAsync().ConfigureAwait(false);
    }

    private static SslClientAuthenticationOptions CloneTlsOptions(SslClientAuthenticationOptions? source, string host) => new()
    {
        TargetHost = string.IsNullOrEmpty(source?.TargetHost) ? host : source.TargetHost,
        RemoteCertificateValidationCallback = source?.RemoteCertificateValidationCallback,
        ClientCertificates = source?.ClientCertificates,
        ClientCertificateContext = source?.ClientCertificateContext,
        LocalCertificateSelectionCallback = source?.LocalCertificateSelectionCallback,
        EnabledSslProtocols = source?.EnabledSslProtocols ?? default,
        CertificateRevocationCheckMode = source?.CertificateRevocationCheckMode ?? default,
        CertificateChainPolicy = source?.CertificateChainPolicy,
    };

    private void Start()
    {
        _writeLoop = Task.Run(WriteLoopAsync);
        _readLoop = Task.Run(ReadLoopAsync);
    }

    private async Task HandshakeAsync(RedisConnectionOptions options, bool selectDatabase)
    {
        bool authenticated = false;
        if (options.Protocol == RedisProtocol.Resp3)
        {
            var hello = new List<RedisArgument> { 3 };
            if (options.Password is not null)
            {
                hello.Add("AUTH");
                hello.Add(options.User ?? "default");
                hello.Add(options.Password);
            }

            try
            {
                await SendAsync(new RedisRequest("HELLO", [.. hello]), false, TimeSpan.Zero).ConfigureAwait(false);
                IsResp3 = true;
                authenticated = true;
            }
            catch (RedisServerException ex) when (IsUnknownCommand(ex.Message))
            {
                // A server before Redis 6 speaks only RESP2; continue with AUTH below.
            }
        }

        if (!authenticated && options.Password is not null)
        {
            RedisRequest auth = options.User is null
                ? new RedisRequest("AUTH", options.Password)
                : new RedisRequest("AUTH", options.User, options.Password);
            await SendAsync(auth, false, TimeSpan.Zero).ConfigureAwait(false);
        }

        if (options.ClientName is not null)
        {
            await SendAsync(new RedisRequest("CLIENT", "SETNAME", options.ClientName), false, TimeSpan.Zero).ConfigureAwait(false);
        }

        if (selectDatabase && options.Database != 0)
        {
            await SendAsync(new RedisRequest("SELECT", options.Database), false, TimeSpan.Zero).ConfigureAwait(false);
        }
    }

    private static bool IsUnknownCommand(string error) =>
        error.StartsWith("ERR unknown command", StringComparison.Ordinal) || error.StartsWith("NOPROTO", StringComparison.Ordinal);

    private async Task WriteLoopAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        ChannelReader<PendingCommand> outbox = _outbox.Reader;
        try
        {
            while (await outbox.WaitToReadAsync().ConfigureAwait(false))
            {
                while (outbox.TryRead(out PendingCommand? command))
                {
                    if (command.Task.IsCompleted)
                    {
                        // Cancelled or timed out before it was written: skip it, so no reply is expected for it.
                        continue;
                    }

                    if (command.Asking)
                    {
                        RespWriter.WriteAsking(buffer);
                    }

                    RespWriter.Write(buffer, command.Request);
                    command.ReadsWhenSent = Volatile.Read(ref _reads);
                    _pending.Enqueue(command);
                    if (buffer.WrittenCount >= FlushThreshold)
                    {
                        await _stream.WriteAsync(buffer.WrittenMemory).ConfigureAwait(false);
                        buffer.ResetWrittenCount();
                    }
                }

                if (buffer.WrittenCount > 0)
                {
                    await _stream.WriteAsync(buffer.WrittenMemory).ConfigureAwait(false);
                    await _stream.FlushAsync().ConfigureAwait(false);
                    buffer.ResetWrittenCount();
                }
            }
        }
        catch (Exception ex)
        {
            Close(new RedisConnectionException($"Writing to Redis {Endpoint} failed: {ex.Message}", ex));
        }
        finally
        {
            FailAll();
        }
    }

    private async Task ReadLoopAsync()
    {
        try
        {
            while (true)
            {
                ReadResult result = await _reader.ReadAsync().ConfigureAwait(false);
                Interlocked.Increment(ref _reads);
                ReadOnlySequence<byte> buffer = result.Buffer;
                SequencePosition consumed = Dispatch(buffer);
                _reader.AdvanceTo(consumed, buffer.End);
                if (result.IsCompleted || result.IsCanceled)
                {
                    break;
                }
            }

            Close(new RedisConnectionException($"Redis {Endpoint} closed the connection."));
        }
        catch (Exception ex)
        {
            Close(ex as RedisConnectionException ?? new RedisConnectionException($"Reading from Redis {Endpoint} failed: {ex.Message}", ex));
        }
        finally
        {
            await _reader.CompleteAsync().ConfigureAwait(false);
        }
    }

    private SequencePosition Dispatch(ReadOnlySequence<byte> buffer)
    {
        var reader = new SequenceReader<byte>(buffer);
        while (RespParser.TryRead(ref reader, out RedisReply reply, out bool isPush))
        {
            if (isPush)
            {
                // Out-of-band messages (e.g. client-side caching invalidations) do not answer a command.
                continue;
            }

            if (!_pending.TryPeek(out PendingCommand? command))
            {
                throw new RedisConnectionException($"Redis {Endpoint} sent a reply that no command was waiting for.");
            }

            if (command.AwaitingAskingReply)
            {
                command.AwaitingAskingReply = false;
                continue;
            }

            _pending.TryDequeue(out _);
            if (reply.Kind == RedisReplyKind.Error)
            {
                command.TrySetException(new RedisServerException(Encoding.UTF8.GetString(reply.AsBytes()!.Value.Span)));
            }
            else
            {
                command.TrySetResult(reply);
            }
        }

        return reader.Position;
    }

    private void Sweep()
    {
        if (!IsAlive)
        {
            return;
        }

        long now = _timeProvider.GetTimestamp();
        bool presumedDead = false;
        foreach (PendingCommand command in _pending)
        {
            if (command.Deadline > now)
            {
                continue;
            }

            if (command.TrySetException(new RedisTimeoutException(
                $"Redis {Endpoint} did not reply to {command.Request.Command} within the command timeout.")))
            {
                presumedDead |= Volatile.Read(ref _reads) == command.ReadsWhenSent;
            }
        }

        if (presumedDead)
        {
            Close(new RedisConnectionException($"Redis {Endpoint} sent nothing while a command timed out; the connection is presumed dead."));
        }
    }

    private void Close(Exception reason)
    {
        if (Interlocked.CompareExchange(ref _closed, 1, 0) != 0)
        {
            return;
        }

        _closeReason = reason;
        _outbox.Writer.TryComplete();
        _reader.CancelPendingRead();
        try
        {
            _socket.Shutdown(SocketShutdown.Both);
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            // Already gone.
        }

        FailAll();
        _onClosed(this);
    }

    private void FailAll()
    {
        if (IsAlive)
        {
            return;
        }

        while (_pending.TryDequeue(out PendingCommand? command))
        {
            command.TrySetException(ClosedException());
        }

        while (_outbox.Reader.TryRead(out PendingCommand? command))
        {
            command.TrySetException(ClosedException());
        }
    }

    private RedisConnectionException ClosedException() =>
        new($"The connection to Redis {Endpoint} is closed: {_closeReason?.Message ?? "closing"}", _closeReason);
}
