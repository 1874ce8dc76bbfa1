using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Governance.AI.Redis;

/// <summary>
/// Reports whether Redis answers: every primary of a cluster for <see cref="RedisMultiplexer"/>, a <c>PING</c> for
/// any other <see cref="IRedisConnection"/>. Unreachable Redis is reported with the registration's failure status
/// (register it with <see cref="HealthStatus.Degraded"/> when the stores' fallback policy keeps the app working).
/// </summary>
public sealed class RedisHealthCheck : IHealthCheck
{
    private readonly IRedisConnection _connection;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the check.</summary>
    /// <param name="connection">The connection to check.</param>
    /// <param name="timeProvider">The clock used to measure latency; <see cref="TimeProvider.System"/> when null.</param>
    public RedisHealthCheck(IRedisConnection connection, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connection = connection;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        long started = _timeProvider.GetTimestamp();
        IReadOnlyList<(RedisEndpoint Endpoint, Exception Error)> failures;
        if (_connection is RedisMultiplexer multiplexer)
        {
            failures = await multiplexer.PingAllAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            try
            {
                await _connection.ExecuteAsync(new RedisRequest("PING"), cancellationToken).ConfigureAwait(false);
                failures = [];
            }
            catch (RedisException ex)
            {
                failures = [(default, ex)];
            }
        }

        double milliseconds = _timeProvider.GetElapsedTime(started).TotalMilliseconds;
        var data = new Dictionary<string, object> { ["latency_ms"] = milliseconds };
        if (failures.Count == 0)
        {
            return HealthCheckResult.Healthy($"Redis answered in {milliseconds:0.0} ms.", data);
        }

        string which = string.Join(", ", failures.Select(f => f.Endpoint.Host is null ? f.Error.Message : $"{f.Endpoint}: {f.Error.Message}"));
        return new HealthCheckResult(context.Registration?.FailureStatus ?? HealthStatus.Unhealthy, $"Redis did not answer: {which}", failures[0].Error, data);
    }
}
