using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Governance.AI.Idempotency;
using Microsoft.Extensions.AI;

namespace Governance.AI.Redis.Idempotency;

/// <summary>
/// An <see cref="IIdempotencyStore"/> shared by every instance through Redis: the first run of a key claims it with
/// <c>SET NX</c> and an in-flight lease, stores its result as JSON for the window, and a repeat on any instance waits
/// for that result (polling) instead of running again. A failed run deletes its claim, so a retry runs normally.
/// </summary>
/// <remarks>
/// Results are serialized with <see cref="AIJsonUtilities.DefaultOptions"/>; a replayed value of a type the options
/// cannot round-trip exactly (an <see cref="object"/> tool result) comes back as a <see cref="JsonElement"/>.
/// </remarks>
public sealed class RedisIdempotencyStore : IIdempotencyStore
{
    private const string PendingMarker = "P:";
    private const string ValueMarker = "V:";

    // Replaces the value only while this run still holds the claim, so an expired lease taken over by another run is never overwritten.
    private static readonly RedisScript CompleteScript = new("""
        if redis.call('GET', KEYS[1]) == ARGV[1] then
            redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
            return 1
        end
        return 0
        """);

    private static readonly RedisScript ReleaseScript = new("""
        if redis.call('GET', KEYS[1]) == ARGV[1] then
            return redis.call('DEL', KEYS[1])
        end
        return 0
        """);

    private readonly IRedisConnection _redis;
    private readonly RedisIdempotencyStoreOptions _options;
    private readonly TimeProvider _timeProvider;

    /// <summary>Initializes a new instance of the <see cref="RedisIdempotencyStore"/> class.</summary>
    /// <param name="redis">The connection.</param>
    /// <param name="options">The options; validated now.</param>
    /// <param name="timeProvider">The clock the poll interval is waited on; the system clock by default.</param>
    public RedisIdempotencyStore(IRedisConnection redis, RedisIdempotencyStoreOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(redis);
        _options = options ?? new RedisIdempotencyStoreOptions();
        _options.Validate();
        _redis = redis;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public async Task<IdempotentResult<T>> GetOrRunAsync<T>(
        string key, TimeSpan window, Func<CancellationToken, Task<T>> run, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        string redisKey = _options.KeyPrefix + key;
        var typeInfo = (JsonTypeInfo<T>)AIJsonUtilities.DefaultOptions.GetTypeInfo(typeof(T));

        while (true)
        {
            string claim = PendingMarker + Guid.NewGuid().ToString("N");
            RedisReply claimed = await _redis.ExecuteAsync(
                RedisRequest.ForKey("SET", redisKey, claim, "NX", "PX", (long)_options.InFlightLease.TotalMilliseconds),
                cancellationToken).ConfigureAwait(false);
            if (!claimed.IsNull)
            {
                return new IdempotentResult<T>(await RunAndStoreAsync(redisKey, claim, window, run, typeInfo, cancellationToken).ConfigureAwait(false), Replayed: false);
            }

            RedisReply existing = await _redis.ExecuteAsync(RedisRequest.ForKey("GET", redisKey), cancellationToken).ConfigureAwait(false);
            if (existing.AsBytes() is { } bytes && bytes.Span.StartsWith(Encoding.UTF8.GetBytes(ValueMarker)))
            {
                return new IdempotentResult<T>(JsonSerializer.Deserialize(bytes.Span[ValueMarker.Length..], typeInfo)!, Replayed: true);
            }

            if (!existing.IsNull)
            {
                // Another instance's run is in flight: wait for its result (or for its claim to go away).
                await Task.Delay(_options.PollInterval, _timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<T> RunAndStoreAsync<T>(
        string redisKey, string claim, TimeSpan window, Func<CancellationToken, Task<T>> run, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        T value;
        try
        {
            value = await run(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception)
        {
            await _redis.EvalAsync(ReleaseScript, [redisKey], [claim], CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        byte[] json = JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
        byte[] stored = new byte[ValueMarker.Length + json.Length];
        Encoding.UTF8.GetBytes(ValueMarker, stored);
        json.CopyTo(stored, ValueMarker.Length);
        await _redis.EvalAsync(CompleteScript, [redisKey], [claim, stored, (long)window.TotalMilliseconds], CancellationToken.None).ConfigureAwait(false);
        return value;
    }
}
