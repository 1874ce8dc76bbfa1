using Microsoft.Extensions.Logging;

namespace Governance.AI.Redis;

/// <summary>
/// Rate-limited logging of Redis failures: during an outage every call fails, so only the first failure of each
/// <see cref="Interval"/> is logged (with its exception), followed by how many were left out since the last entry.
/// </summary>
internal sealed class OutageLog
{
    /// <summary>The shortest time between two entries.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private long _nextTimestamp = long.MinValue;
    private long _suppressed;

    public OutageLog(ILogger logger, TimeProvider timeProvider)
    {
        _logger = logger;
        _timeProvider = timeProvider;
    }

    /// <summary>Logs <paramref name="what"/> unless an entry was written less than <see cref="Interval"/> ago.</summary>
    /// <param name="exception">The failure.</param>
    /// <param name="what">What could not be done and what happens instead (a constant; never request content).</param>
    public void Warn(Exception exception, string what)
    {
        long now = _timeProvider.GetTimestamp();
        long next = Interlocked.Read(ref _nextTimestamp);
        if (now < next || Interlocked.CompareExchange(ref _nextTimestamp, now + (long)(Interval.TotalSeconds * _timeProvider.TimestampFrequency), next) != next)
        {
            Interlocked.Increment(ref _suppressed);
            return;
        }

        long suppressed = Interlocked.Exchange(ref _suppressed, 0);
        _logger.LogWarning(exception, "Redis unavailable: {What} ({Suppressed} similar failures not logged in the last {Interval}).", what, suppressed, Interval);
    }
}
