namespace Governance.AI.Budgets;

/// <summary>One window instance: the calendar minute, hour, day or month that contains an instant.</summary>
/// <param name="Start">The window's first instant.</param>
/// <param name="End">The first instant after the window.</param>
internal sealed record BudgetBucket(DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>Gets the bucket id the store counts under: the start in Unix milliseconds.</summary>
    public long Id { get; } = Start.ToUnixTimeMilliseconds();
}

/// <summary>
/// Finds calendar windows aligned in a time zone. The current bucket of each window kind is cached, so the common
/// case costs a comparison; a new bucket is computed once per window boundary.
/// </summary>
internal sealed class BudgetCalendar
{
    private readonly BudgetBucket?[] _current = new BudgetBucket?[5];

    public BudgetCalendar(TimeZoneInfo timeZone) => TimeZone = timeZone;

    public TimeZoneInfo TimeZone { get; }

    /// <summary>Gets the short label of a window, as <see cref="BudgetExceededException.Window"/> names it.</summary>
    public static string? Label(BudgetWindow window) => window switch
    {
        BudgetWindow.Minute => "1m",
        BudgetWindow.Hour => "1h",
        BudgetWindow.Day => "1d",
        BudgetWindow.Month => "month",
        _ => null,
    };

    /// <summary>Gets the bucket of a window that contains an instant.</summary>
    public BudgetBucket Bucket(BudgetWindow window, DateTimeOffset now)
    {
        int slot = (int)window;
        BudgetBucket? cached = Volatile.Read(ref _current[slot]);
        if (cached is not null && now >= cached.Start && now < cached.End)
        {
            return cached;
        }

        BudgetBucket bucket = Compute(window, now);

        // Only move the cache forwards: a caller with an older clock reading must not evict the current bucket.
        if (cached is null || bucket.Start > cached.Start)
        {
            Volatile.Write(ref _current[slot], bucket);
        }

        return bucket;
    }

    private BudgetBucket Compute(BudgetWindow window, DateTimeOffset now)
    {
        DateTime local = TimeZoneInfo.ConvertTime(now, TimeZone).DateTime;
        (DateTime start, DateTime end) = window switch
        {
            BudgetWindow.Minute => Span(new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, DateTimeKind.Unspecified), static d => d.AddMinutes(1)),
            BudgetWindow.Hour => Span(new DateTime(local.Year, local.Month, local.Day, local.Hour, 0, 0, DateTimeKind.Unspecified), static d => d.AddHours(1)),
            BudgetWindow.Day => Span(local.Date, static d => d.AddDays(1)),
            BudgetWindow.Month => Span(new DateTime(local.Year, local.Month, 1, 0, 0, 0, DateTimeKind.Unspecified), static d => d.AddMonths(1)),
            _ => throw new ArgumentOutOfRangeException(nameof(window), window, "The window has no calendar."),
        };

        DateTimeOffset startUtc = ToUtc(start);
        DateTimeOffset endUtc = ToUtc(end);

        // Daylight-saving transitions can put a wall-clock boundary on the other side of 'now' (for example a local
        // hour that repeats); widen the bucket rather than return one that does not contain 'now'.
        if (startUtc > now)
        {
            startUtc = now;
        }

        if (endUtc <= now)
        {
            endUtc = now.AddTicks(1);
        }

        return new BudgetBucket(startUtc, endUtc);
    }

    private static (DateTime Start, DateTime End) Span(DateTime start, Func<DateTime, DateTime> next) => (start, next(start));

    /// <summary>
    /// Converts a wall-clock time to the instant it denotes: the earlier instant for a repeated (ambiguous) time,
    /// and the moment of the jump for a skipped (invalid) time.
    /// </summary>
    private DateTimeOffset ToUtc(DateTime local)
    {
        TimeSpan offset;
        if (TimeZone.IsAmbiguousTime(local))
        {
            offset = TimeSpan.MinValue;
            foreach (TimeSpan candidate in TimeZone.GetAmbiguousTimeOffsets(local))
            {
                offset = candidate > offset ? candidate : offset;
            }
        }
        else
        {
            // For a skipped time this is the offset before the jump, so the result is the instant clocks jumped.
            offset = TimeZone.GetUtcOffset(local);
        }

        return new DateTimeOffset(DateTime.SpecifyKind(local - offset, DateTimeKind.Utc));
    }
}

/// <summary>Converts budget amounts to the whole numbers a store counts in.</summary>
internal static class BudgetAmounts
{
    /// <summary>The largest cost limit: costs are counted in nano-dollars in a 64-bit integer.</summary>
    public const decimal MaxCostUsd = 1_000_000_000m;

    private const decimal NanosPerDollar = 1_000_000_000m;

    /// <summary>Converts US dollars to nano-dollars, rounding up so a limit is never under-counted.</summary>
    public static long ToNanoUsd(decimal usd)
    {
        if (usd <= 0)
        {
            return 0;
        }

        decimal nanos = decimal.Ceiling(usd * NanosPerDollar);
        return nanos >= long.MaxValue ? long.MaxValue : (long)nanos;
    }

    /// <summary>Converts nano-dollars to US dollars.</summary>
    public static decimal FromNanoUsd(long nanos) => nanos / NanosPerDollar;
}
