using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Governance.AI.Redis;

/// <summary>
/// Reports whether Redis answers (a <c>PING</c> to every primary the multiplexer knows) and whether it recently lost
/// data (<see cref="RedisDataLossMonitor"/>). Either problem is reported as <see cref="HealthStatus.Degraded"/>:
/// with the stores' fallback policies the application keeps working, so a load balancer should not pull it.
/// </summary>
public sealed class RedisHealthCheck : IHealthCheck
{
    private readonly IConnectionMultiplexer _connection;
    private readonly RedisDataLossMonitor? _dataLoss;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the check.</summary>
    /// <param name="connection">The connection to check.</param>
    /// <param name="dataLoss">The data-loss monitor the stores report to, if any.</param>
    /// <param name="timeProvider">The clock used to measure latency; <see cref="TimeProvider.System"/> when null.</param>
    public RedisHealthCheck(IConnectionMultiplexer connection, RedisDataLossMonitor? dataLoss = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connection = connection;
        _dataLoss = dataLoss;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        long started = _timeProvider.GetTimestamp();
        var failures = new List<string>();
        Exception? firstError = null;
        IServer[] servers = _connection.GetServers();
        foreach (IServer server in servers)
        {
            if (server.IsReplica)
            {
                continue;
            }

            try
            {
                await server.PingAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (RedisFaults.IsUnavailable(ex))
            {
                firstError ??= ex;
                failures.Add($"{server.EndPoint}: {ex.Message}");
            }
        }

        double milliseconds = _timeProvider.GetElapsedTime(started).TotalMilliseconds;
        var data = new Dictionary<string, object> { ["latency_ms"] = milliseconds, ["data_loss_detected"] = _dataLoss?.DetectedCount ?? 0 };
        if (servers.Length == 0)
        {
            failures.Add("no Redis server is known to the connection");
        }

        if (failures.Count > 0)
        {
            return HealthCheckResult.Degraded($"Redis did not answer: {string.Join("; ", failures)}", firstError, data);
        }

        if (_dataLoss is { IsReporting: true })
        {
            return HealthCheckResult.Degraded(
                $"Redis lost budget or ledger data at {_dataLoss.LastDetectedAt:O} (restart without persistence?); usage before it is gone.", null, data);
        }

        return HealthCheckResult.Healthy($"Redis answered in {milliseconds:0.0} ms.", data);
    }
}
