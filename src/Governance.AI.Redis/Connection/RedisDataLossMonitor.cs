using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Governance.AI.Redis;

/// <summary>
/// Detects a Redis that lost its data (restarted without persistence, failed over to an empty replica, flushed).
/// Each hash-tag group the stores write keeps an epoch key created with a random value; the stores' scripts return
/// it on every write. When a group this instance has used before comes back with another epoch, its counters or
/// records were lost: the monitor counts it (metric <c>governance.redis.data_loss</c>), logs an error and makes
/// <see cref="RedisHealthCheck"/> report Degraded for <see cref="ReportFor"/>, instead of quotas silently resetting.
/// </summary>
public sealed class RedisDataLossMonitor
{
    private const int MaxGroups = 65_536;
    private static readonly Meter Meter = new("Governance.AI.Redis");
    private static readonly Counter<long> DataLoss = Meter.CreateCounter<long>(
        "governance.redis.data_loss", "{event}", "Redis key groups found empty after this instance had written to them.");

    private readonly ConcurrentDictionary<string, string> _epochs = new(StringComparer.Ordinal);
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private long _detected;
    private long _lastDetectedTicks;

    /// <summary>Creates the monitor.</summary>
    /// <param name="timeProvider">The clock of <see cref="LastDetectedAt"/>; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="logger">Receives one error per detection (key group only, never content).</param>
    public RedisDataLossMonitor(TimeProvider? timeProvider = null, ILogger<RedisDataLossMonitor>? logger = null)
    {
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>How long the health check reports Degraded after a detection. Default 1 hour.</summary>
    public TimeSpan ReportFor { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How many key groups were found to have lost their data since start.</summary>
    public long DetectedCount => Interlocked.Read(ref _detected);

    /// <summary>When data loss was last detected, or null.</summary>
    public DateTimeOffset? LastDetectedAt
    {
        get
        {
            long ticks = Interlocked.Read(ref _lastDetectedTicks);
            return ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    /// <summary>Whether a detection is recent enough to be reported by the health check.</summary>
    internal bool IsReporting => LastDetectedAt is { } last && _timeProvider.GetUtcNow() - last < ReportFor;

    /// <summary>Compares a group's epoch, as a script returned it, with the one this instance saw before.</summary>
    /// <param name="store">The store kind (<c>budgets</c>, <c>ledger</c>), for the log and metric.</param>
    /// <param name="epochKey">The group's epoch key.</param>
    /// <param name="epoch">The epoch the script returned.</param>
    internal void Observe(string store, string epochKey, string epoch)
    {
        if (_epochs.TryGetValue(epochKey, out string? known) && string.Equals(known, epoch, StringComparison.Ordinal))
        {
            return;
        }

        if (_epochs.Count >= MaxGroups)
        {
            _epochs.Clear();
        }

        string? previous = null;
        _epochs.AddOrUpdate(epochKey, epoch, (_, old) =>
        {
            previous = old;
            return epoch;
        });
        if (previous is null || string.Equals(previous, epoch, StringComparison.Ordinal))
        {
            return;
        }

        Interlocked.Increment(ref _detected);
        Interlocked.Exchange(ref _lastDetectedTicks, _timeProvider.GetUtcNow().UtcTicks);
        DataLoss.Add(1, new KeyValuePair<string, object?>("store", store));
        _logger.LogError(
            "Redis lost the {Store} data of key group {EpochKey} (its epoch changed): usage recorded before is gone. Enable AOF persistence (see the Governance.AI.Redis README).",
            store, epochKey);
    }
}
