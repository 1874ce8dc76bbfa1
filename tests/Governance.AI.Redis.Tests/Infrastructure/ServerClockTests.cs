namespace Governance.AI.Redis.Tests.Infrastructure;

public sealed class ServerClockTests
{
    [Theory]
    [InlineData("2026-12-31T23:59:58Z", "2027-01-01T00:00:00Z")]
    [InlineData("2026-03-31T23:30:00.001Z", "2026-04-01T00:00:00Z")]
    [InlineData("2026-03-31T23:29:59Z", "2026-03-31T23:29:59Z")]
    [InlineData("2026-03-01T00:00:00Z", "2026-03-01T00:00:00Z")]
    [InlineData("2026-03-15T12:00:00Z", "2026-03-15T12:00:00Z")]
    public void A_start_in_the_last_half_hour_of_a_utc_day_moves_to_the_next_midnight(string now, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected), ServerClock.StartAt(DateTimeOffset.Parse(now)));
    }

    [Fact]
    public void The_running_clock_is_never_behind_the_real_time_nor_more_than_the_margin_ahead()
    {
        DateTimeOffset before = DateTimeOffset.UtcNow;
        DateTimeOffset read = ServerClock.Running().GetUtcNow();
        Assert.InRange(read, before, DateTimeOffset.UtcNow + ServerClock.DayEndMargin);
    }
}
