using System.Runtime.CompilerServices;
using Governance.AI.Routing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Governance.AI.Redis.Routing;

/// <summary>
/// Wraps one backend's client so that all instances share its throttling: when any instance gets a 429 from the
/// backend, the time it must wait is written to Redis (the latest end wins), and every instance then fails its calls
/// to that backend at once with <see cref="RedisSharedBackoffException"/> — a 429 with <c>retry-after-ms</c> — until
/// then, so their routers fail over instead of hammering it. Each instance re-reads the shared state at most every
/// <see cref="RedisSharedBackoffOptions.RefreshInterval"/>. Without Redis it degrades to this instance's own view.
/// </summary>
public sealed class RedisSharedBackoffChatClient : DelegatingChatClient
{
    // Only durations cross machines: the end is kept in the server's clock (TIME) and read back as a remaining time
    // (PTTL), so instances whose clocks disagree still wait the same.
    private static readonly RedisScript ExtendScript = new("""
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
        local ends = now + tonumber(ARGV[1])
        local current = tonumber(redis.call('GET', KEYS[1]) or '0')
        if ends > current then
          redis.call('SET', KEYS[1], ends, 'PXAT', ends)
          current = ends
        end
        return current - now
        """);

    private readonly IDatabaseAsync _redis;
    private readonly RedisSharedBackoffOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly string _key;
    private long _untilMs;
    private long _nextRefreshMs;

    /// <summary>Creates the client.</summary>
    /// <param name="innerClient">The backend's client.</param>
    /// <param name="backendName">The backend's name, the same on every instance (for example its route name).</param>
    /// <param name="redis">The connection.</param>
    /// <param name="options">The settings; defaults when null.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="logger">Receives backoff events (never request content).</param>
    public RedisSharedBackoffChatClient(
        IChatClient innerClient,
        string backendName,
        IConnectionMultiplexer redis,
        RedisSharedBackoffOptions? options = null,
        TimeProvider? timeProvider = null,
        ILogger<RedisSharedBackoffChatClient>? logger = null)
        : base(innerClient)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(backendName);
        ArgumentNullException.ThrowIfNull(redis);
        _redis = redis.GetDatabase();
        _options = options ?? new RedisSharedBackoffOptions();
        _options.Validate();
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        BackendName = backendName;
        _key = string.Concat(_options.KeyPrefix, ":{", backendName.Replace("{", "%7B", StringComparison.Ordinal).Replace("}", "%7D", StringComparison.Ordinal), "}");
    }

    /// <summary>The backend's name.</summary>
    public string BackendName { get; }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        await ThrowIfBackingOffAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not RedisSharedBackoffException)
        {
            await ObserveAsync(ex).ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await ThrowIfBackingOffAsync(cancellationToken).ConfigureAwait(false);
        IAsyncEnumerator<ChatResponseUpdate> updates = base.GetStreamingResponseAsync(messages, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                ChatResponseUpdate update;
                try
                {
                    if (!await updates.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }

                    update = updates.Current;
                }
                catch (Exception ex) when (ex is not RedisSharedBackoffException)
                {
                    await ObserveAsync(ex).ConfigureAwait(false);
                    throw;
                }

                yield return update;
            }
        }
        finally
        {
            await updates.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async ValueTask ThrowIfBackingOffAsync(CancellationToken cancellationToken)
    {
        long now = _timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        if (now >= Volatile.Read(ref _nextRefreshMs))
        {
            Volatile.Write(ref _nextRefreshMs, now + (long)_options.RefreshInterval.TotalMilliseconds);
            try
            {
                TimeSpan? remaining = await _redis.KeyTimeToLiveAsync(_key).WaitAsync(cancellationToken).ConfigureAwait(false);
                if (remaining is { } wait && wait > TimeSpan.Zero)
                {
                    Extend(now + (long)wait.TotalMilliseconds);
                }
            }
            catch (Exception ex) when (RedisFaults.IsUnavailable(ex))
            {
                _logger.LogDebug(ex, "Shared backoff state unavailable; using this instance's view.");
            }
        }

        long until = Volatile.Read(ref _untilMs);
        if (now < until)
        {
            throw new RedisSharedBackoffException($"Backend '{BackendName}' is backing off after a 429.", TimeSpan.FromMilliseconds(until - now));
        }
    }

    private async Task ObserveAsync(Exception exception)
    {
        DateTimeOffset now = _timeProvider.GetUtcNow();
        ProviderError error = ProviderErrors.Inspect(exception, now, _options.ErrorInspector);
        if (error.StatusCode != 429)
        {
            return;
        }

        TimeSpan wait = error.RetryAfter is { } asked && asked > TimeSpan.Zero ? asked : _options.DefaultBackoff;
        if (wait > _options.MaxBackoff)
        {
            wait = _options.MaxBackoff;
        }

        long nowMs = now.ToUnixTimeMilliseconds();
        Extend(nowMs + (long)wait.TotalMilliseconds);
        try
        {
            RedisResult remaining = await ExtendScript.EvaluateAsync(_redis, [_key], [(long)wait.TotalMilliseconds], CancellationToken.None).ConfigureAwait(false);
            Extend(nowMs + (long)remaining);
        }
        catch (Exception ex) when (RedisFaults.IsUnavailable(ex))
        {
            _logger.LogDebug(ex, "Could not share a backoff through Redis; only this instance backs off.");
        }
    }

    private void Extend(long untilMs)
    {
        long current = Volatile.Read(ref _untilMs);
        while (untilMs > current)
        {
            long seen = Interlocked.CompareExchange(ref _untilMs, untilMs, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
