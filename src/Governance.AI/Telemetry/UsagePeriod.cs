namespace Governance.AI.Telemetry;

/// <summary>A half-open time interval [<see cref="Start"/>, <see cref="End"/>) for ledger queries, with calendar-aligned factories.</summary>
/// <param name="Start">The first instant included.</param>
/// <param name="End">The first instant excluded.</param>
public readonly record struct UsagePeriod(DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>Gets a value indicating whether an instant lies in the period.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns><see langword="true"/> if <see cref="Start"/> ≤ <paramref name="instant"/> &lt; <see cref="End"/>.</returns>
    public bool Contains(DateTimeOffset instant) => instant >= Start && instant < End;

    /// <summary>Gets the calendar day containing an instant, from local midnight to local midnight in a time zone.</summary>
    /// <param name="instant">The instant.</param>
    /// <param name="timeZone">The time zone.</param>
    /// <returns>The day (23 or 25 hours long on daylight-saving changes).</returns>
    public static UsagePeriod Day(DateTimeOffset instant, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        DateOnly day = LocalDate(instant, timeZone);
        return Days(day, day, timeZone);
    }

    /// <summary>Gets calendar days from <paramref name="first"/> through <paramref name="last"/> in a time zone.</summary>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day, included.</param>
    /// <param name="timeZone">The time zone.</param>
    /// <returns>The period.</returns>
    public static UsagePeriod Days(DateOnly first, DateOnly last, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        if (last < first)
        {
            throw new ArgumentOutOfRangeException(nameof(last), last, "The last day is before the first.");
        }

        return new UsagePeriod(StartOfDay(first, timeZone), StartOfDay(last.AddDays(1), timeZone));
    }

    /// <summary>Gets the calendar month containing an instant in a time zone.</summary>
    /// <param name="instant">The instant.</param>
    /// <param name="timeZone">The time zone.</param>
    /// <returns>The month.</returns>
    public static UsagePeriod Month(DateTimeOffset instant, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        DateOnly day = LocalDate(instant, timeZone);
        var first = new DateOnly(day.Year, day.Month, 1);
        return new UsagePeriod(StartOfDay(first, timeZone), StartOfDay(first.AddMonths(1), timeZone));
    }

    /// <summary>Gets the current calendar month of a clock in a time zone.</summary>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="timeZone">The time zone.</param>
    /// <returns>The month.</returns>
    public static UsagePeriod CurrentMonth(TimeProvider timeProvider, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        return Month(timeProvider.GetUtcNow(), timeZone);
    }

    /// <summary>Gets the calendar date of an instant in a time zone.</summary>
    /// <param name="instant">The instant.</param>
    /// <param name="timeZone">The time zone.</param>
    /// <returns>The local date.</returns>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, timeZone).DateTime);
    }

    /// <summary>Gets the first instant of a local calendar day: local midnight, or the first valid local time after it when a clock change skips midnight.</summary>
    /// <param name="day">The day.</param>
    /// <param name="timeZone">The time zone.</param>
    /// <returns>The instant.</returns>
    public static DateTimeOffset StartOfDay(DateOnly day, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        DateTime local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);

        // Where a daylight-saving change skips midnight, the day starts at the first local time that exists.
        while (timeZone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        // Where midnight happens twice, the day starts at the earlier one (the larger offset).
        TimeSpan offset = timeZone.IsAmbiguousTime(local)
            ? timeZone.GetAmbiguousTimeOffsets(local).Max()
            : timeZone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
