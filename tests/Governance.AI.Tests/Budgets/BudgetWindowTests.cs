using Governance.AI.Budgets;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using static Governance.AI.Tests.Budgets.BudgetTestKit;

namespace Governance.AI.Tests.Budgets;

public sealed class BudgetWindowTests
{
    private static readonly CallerContext Contoso = CallerContext.ForTenant("contoso");

    [Theory]
    [InlineData(BudgetWindow.Minute, "2025-06-15T10:17:42Z", "2025-06-15T10:17:00Z", "2025-06-15T10:18:00Z")]
    [InlineData(BudgetWindow.Hour, "2025-06-15T10:17:42Z", "2025-06-15T10:00:00Z", "2025-06-15T11:00:00Z")]
    [InlineData(BudgetWindow.Day, "2025-06-15T10:17:42Z", "2025-06-15T00:00:00Z", "2025-06-16T00:00:00Z")]
    [InlineData(BudgetWindow.Month, "2025-12-31T23:59:59Z", "2025-12-01T00:00:00Z", "2026-01-01T00:00:00Z")]
    [InlineData(BudgetWindow.Month, "2024-02-29T12:00:00Z", "2024-02-01T00:00:00Z", "2024-03-01T00:00:00Z")]
    public void Utc_windows_are_calendar_aligned(BudgetWindow window, string now, string start, string end)
    {
        BudgetBucket bucket = new BudgetCalendar(TimeZoneInfo.Utc).Bucket(window, DateTimeOffset.Parse(now));
        Assert.Equal(DateTimeOffset.Parse(start), bucket.Start);
        Assert.Equal(DateTimeOffset.Parse(end), bucket.End);
    }

    [Theory]
    // Berlin: a day in summer time is 22:00Z to 22:00Z; the spring-forward day is 23 hours long.
    [InlineData("Europe/Berlin", BudgetWindow.Day, "2025-07-01T21:59:59Z", "2025-06-30T22:00:00Z", "2025-07-01T22:00:00Z")]
    [InlineData("Europe/Berlin", BudgetWindow.Day, "2025-03-30T12:00:00Z", "2025-03-29T23:00:00Z", "2025-03-30T22:00:00Z")]
    [InlineData("Europe/Berlin", BudgetWindow.Month, "2025-03-31T22:30:00Z", "2025-03-31T22:00:00Z", "2025-04-30T22:00:00Z")]
    // India is UTC+05:30: local hours start at half past UTC hours.
    [InlineData("Asia/Kolkata", BudgetWindow.Hour, "2025-06-15T10:17:42Z", "2025-06-15T09:30:00Z", "2025-06-15T10:30:00Z")]
    // New York, fall back: the repeated local 01:00 hour is one two-hour bucket.
    [InlineData("America/New_York", BudgetWindow.Hour, "2025-11-02T06:30:00Z", "2025-11-02T05:00:00Z", "2025-11-02T07:00:00Z")]
    public void Windows_align_to_the_configured_time_zone(string zone, BudgetWindow window, string now, string start, string end)
    {
        var calendar = new BudgetCalendar(TimeZoneInfo.FindSystemTimeZoneById(zone));
        BudgetBucket bucket = calendar.Bucket(window, DateTimeOffset.Parse(now));
        Assert.Equal(DateTimeOffset.Parse(start), bucket.Start);
        Assert.Equal(DateTimeOffset.Parse(end), bucket.End);
    }

    [Fact]
    public async Task A_minute_window_rolls_over_on_the_clock()
    {
        var options = new BudgetOptions();
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Minute, Tokens = 100 });
        GovernanceTestHarness harness = Harness(options);
        harness.Model.Responder = r => FakeReply.Text("x", inputTokens: CharTokenCounter.Instance.CountTokens(r.Messages), outputTokens: 10);
        harness.Clock.Advance(TimeSpan.FromSeconds(50));
        await harness.Client.GetResponseAsync(Prompt(90), Options("contoso", 10));

        var error = await Assert.ThrowsAsync<BudgetExceededException>(() => harness.Client.GetResponseAsync(Prompt(6), Options("contoso", 1)));
        Assert.Equal(TimeSpan.FromSeconds(10), error.RetryAfter);

        harness.Clock.Advance(TimeSpan.FromSeconds(10));
        await harness.Client.GetResponseAsync(Prompt(90), Options("contoso", 10));
        Assert.Equal(100, await UsedAsync(harness, Contoso, "tokens"));
    }

    [Fact]
    public async Task A_month_window_rolls_over_at_local_midnight_in_a_non_utc_time_zone()
    {
        var options = new BudgetOptions { TimeZone = "America/New_York" };
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Month, Tokens = 100 });

        // 2025-02-01T04:30Z is still January 31st, 23:30, in New York.
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 2, 1, 4, 30, 0, TimeSpan.Zero));
        GovernanceTestHarness harness = Harness(options, clock: clock);
        harness.Model.Responder = r => FakeReply.Text("x", inputTokens: CharTokenCounter.Instance.CountTokens(r.Messages), outputTokens: 10);
        await harness.Client.GetResponseAsync(Prompt(90), Options("contoso", 10));

        clock.Advance(TimeSpan.FromMinutes(29));
        var error = await Assert.ThrowsAsync<BudgetExceededException>(() => harness.Client.GetResponseAsync(Prompt(6), Options("contoso", 1)));
        Assert.Equal("month", error.Window);
        Assert.Equal(TimeSpan.FromMinutes(1), error.RetryAfter);

        clock.Advance(TimeSpan.FromMinutes(1)); // 05:00Z = February 1st, 00:00 in New York
        await harness.Client.GetResponseAsync(Prompt(90), Options("contoso", 10));
        BudgetStatus status = Assert.Single(await Policy(harness).GetStatusAsync(Contoso));
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 5, 0, 0, TimeSpan.Zero), status.ResetsAt);
        Assert.Equal(100m, status.Used);
    }

    [Fact]
    public async Task The_local_time_zone_of_the_TimeProvider_can_be_used()
    {
        var options = new BudgetOptions { TimeZone = BudgetOptions.LocalTimeZoneId };
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Requests = 1 });
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 6, 1, 20, 0, 0, TimeSpan.Zero));
        clock.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"));
        GovernanceTestHarness harness = Harness(options, clock: clock);
        await harness.Client.GetResponseAsync(Prompt(6), Options("contoso", 1));

        var error = await Assert.ThrowsAsync<BudgetExceededException>(() => harness.Client.GetResponseAsync(Prompt(6), Options("contoso", 1)));
        Assert.Equal(TimeSpan.FromHours(19), error.RetryAfter); // Tokyo's midnight is 15:00Z
    }
}
