namespace Governance.AI.Redis.Tests.Infrastructure;

/// <summary>
/// Clocks for tests whose window ends and entry lifetimes become key expiries on the Redis server's real clock, so
/// they must run at about the real time, yet must not straddle a budget window or a ledger day by chance: at the real
/// time, except in the last <see cref="DayEndMargin"/> of a UTC day, when they start at the next midnight instead
/// (day, month and year windows all begin at a midnight). They are then at most that much ahead of the server, which
/// only makes expiries later. A run that began seconds before midnight and moved its clock past it used to count its
/// later calls in the next day's window and ledger day.
/// </summary>
internal static class ServerClock
{
    /// <summary>How close to the end of a UTC day a clock is moved on to the next midnight.</summary>
    public static readonly TimeSpan DayEndMargin = TimeSpan.FromMinutes(30);

    /// <summary>Where a test's clock starts: now, or the next midnight when that is less than <see cref="DayEndMargin"/> away.</summary>
    public static DateTimeOffset Start() => StartAt(DateTimeOffset.UtcNow);

    /// <summary>A fake clock at <see cref="Start"/>.</summary>
    public static FakeTimeProvider Fake() => new(Start());

    /// <summary>
    /// The real clock (real timers, time passing), read <see cref="Start"/> minus now ahead: for stores whose
    /// background loops need time to pass (a frozen fake clock stalls the cache replica sync).
    /// </summary>
    public static TimeProvider Running()
    {
        DateTimeOffset now = DateTimeOffset.UtcNow;
        return new Shifted(StartAt(now) - now);
    }

    internal static DateTimeOffset StartAt(DateTimeOffset now)
    {
        var nextMidnight = new DateTimeOffset(now.UtcDateTime.Date.AddDays(1), TimeSpan.Zero);
        return nextMidnight - now < DayEndMargin ? nextMidnight : now;
    }

    private sealed class Shifted(TimeSpan ahead) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + ahead;
    }
}
