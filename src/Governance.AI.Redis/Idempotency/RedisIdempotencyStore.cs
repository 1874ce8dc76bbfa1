using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Governance.AI.Idempotency;
using Microsoft.Extensions.AI;
using StackExchange.Redis;

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

    private readonly IConnectionMultiplexer _redis;
    private readonly RedisIdempotencyStoreOptions _options;
    private readonly TimeProvider _timeProvider;

    /// <summary>Initializes a new instance of the <see cref="RedisIdempotencyStore"/> class.</summary>
    /// <param name="redis">The application's connection (the same one the other Redis stores use).</param>
    /// <param name="options">The options; validated now.</param>
    /// <param name="timeProvider">The clock the poll interval is waited on; the system clock by default.</param>
    public RedisIdempotencyStore(IConnectionMultiplexer redis, RedisIdempotencyStoreOptions? options = null, TimeProvider? timeProvider = null)
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

        IDatabase database = _redis.GetDatabase();
        byte[] valueMarker = Encoding.UTF8.GetBytes(ValueMarker);
        while (true)
        {
            string claim = PendingMarker + Guid.NewGuid().ToString("N");
            bool claimed = await database.StringSetAsync(redisKey, claim, _options.InFlightLease, When.NotExists)
                .WaitAsync(cancellationToken).ConfigureAwait(false);
            if (claimed)
            {
                return new IdempotentResult<T>(await RunAndStoreAsync(database, redisKey, claim, window, run, typeInfo, cancellationToken).ConfigureAwait(false), Replayed: false);
            }

            byte[]? existing = await database.StringGetAsync(redisKey).WaitAsync(cancellationToken).ConfigureAwait(false);
            if (existing is not null && existing.AsSpan().StartsWith(valueMarker))
            {
                return new IdempotentResult<T>(JsonSerializer.Deserialize(existing.AsSpan(valueMarker.Length), typeInfo)!, Replayed: true);
            }

            if (existing is not null)
            {
                // Another instance's run is in flight: wait for its result (or for its claim to go away).
                await Task.Delay(_options.PollInterval, _timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task<T> RunAndStoreAsync<T>(
        IDatabase database, string redisKey, string claim, TimeSpan window, Func<CancellationToken, Task<T>> run, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        T value;
        try
        {
            value = await run(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception)
        {
            await ReleaseScript.EvaluateAsync(database, [redisKey], [claim], CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        byte[] json = JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
        byte[] stored = new byte[ValueMarker.Length + json.Length];
        Encoding.UTF8.GetBytes(ValueMarker, stored);
        json.CopyTo(stored, ValueMarker.Length);
        await CompleteScript.EvaluateAsync(database, [redisKey], [claim, stored, (long)window.TotalMilliseconds], CancellationToken.None).ConfigureAwait(false);
        return value;
    }
}
