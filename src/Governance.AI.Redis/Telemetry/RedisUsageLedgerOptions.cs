namespace Governance.AI.Redis.Telemetry;

/// <summary>Settings of a <see cref="RedisUsageLedger"/>.</summary>
public sealed class RedisUsageLedgerOptions
{
    /// <summary>The prefix of every key. Default <c>gov:ledger</c>. Must not contain braces.</summary>
    public string KeyPrefix { get; set; } = "gov:ledger";

    /// <summary>The time zone (IANA or Windows id) in which days and months are calendar-aligned. Default UTC.</summary>
    public string TimeZoneId { get; set; } = "UTC";

    /// <summary>How long individual records are kept after their day ends. Default 35 days.</summary>
    public TimeSpan RecordRetention { get; set; } = TimeSpan.FromDays(35);

    /// <summary>How long the daily totals (by cost center and by model) are kept after their day ends. Default 400 days.</summary>
    public TimeSpan TotalsRetention { get; set; } = TimeSpan.FromDays(400);

    /// <summary>
    /// The most records held in memory while Redis is unreachable; they are written when it returns (each once, even
    /// if a write is retried). Records beyond it are dropped and logged. Default 100,000.
    /// </summary>
    public int MaxQueuedRecords { get; set; } = 100_000;

    /// <summary>How often queued records are retried while Redis is unreachable. Default 1 second.</summary>
    public TimeSpan ReplayInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentException">A setting is invalid.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(KeyPrefix) || KeyPrefix.AsSpan().IndexOfAny('{', '}') >= 0)
        {
            throw new ArgumentException("KeyPrefix must be non-empty and contain no braces.", nameof(KeyPrefix));
        }

        try
        {
            _ = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            throw new ArgumentException($"'{TimeZoneId}' is not a known time zone.", nameof(TimeZoneId), ex);
        }

        if (RecordRetention <= TimeSpan.Zero || TotalsRetention <= TimeSpan.Zero || ReplayInterval <= TimeSpan.Zero || MaxQueuedRecords < 0)
        {
            throw new ArgumentException("Retentions and ReplayInterval must be positive, MaxQueuedRecords not negative.", nameof(RecordRetention));
        }
    }
}
