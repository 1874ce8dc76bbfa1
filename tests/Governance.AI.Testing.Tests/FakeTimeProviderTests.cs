namespace Governance.AI.Testing.Tests;

public sealed class FakeTimeProviderTests
{
    [Fact]
    public void Time_moves_only_when_advanced()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        long start = clock.GetTimestamp();
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero), clock.GetUtcNow());

        clock.Advance(TimeSpan.FromSeconds(90));

        Assert.Equal(new DateTimeOffset(2026, 3, 1, 12, 1, 30, TimeSpan.Zero), clock.GetUtcNow());
        Assert.Equal(TimeSpan.FromSeconds(90), clock.GetElapsedTime(start));
    }

    [Fact]
    public void Timers_fire_on_advance_in_due_order_then_creation_order_each_seeing_its_own_due_time()
    {
        var clock = new FakeTimeProvider();
        DateTimeOffset t0 = clock.GetUtcNow();
        var fired = new List<(string Name, TimeSpan At)>();
        using ITimer c = clock.CreateTimer(_ => fired.Add(("c", clock.GetUtcNow() - t0)), null, TimeSpan.FromSeconds(3), Timeout.InfiniteTimeSpan);
        using ITimer a = clock.CreateTimer(_ => fired.Add(("a", clock.GetUtcNow() - t0)), null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
        using ITimer b = clock.CreateTimer(_ => fired.Add(("b", clock.GetUtcNow() - t0)), null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);

        clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Empty(fired);

        clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal([("a", TimeSpan.FromSeconds(1)), ("b", TimeSpan.FromSeconds(1)), ("c", TimeSpan.FromSeconds(3))], fired);
        Assert.Equal(TimeSpan.FromMilliseconds(5999), clock.GetUtcNow() - t0);
    }

    [Fact]
    public void Periodic_timers_fire_once_per_period_crossed_and_stop_when_disposed()
    {
        var clock = new FakeTimeProvider();
        int ticks = 0;
        ITimer timer = clock.CreateTimer(_ => ticks++, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

        clock.Advance(TimeSpan.FromSeconds(3.5));
        Assert.Equal(3, ticks);

        timer.Dispose();
        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(3, ticks);
        Assert.False(timer.Change(TimeSpan.Zero, TimeSpan.Zero));
    }

    [Fact]
    public void Change_reschedules_from_the_current_time_and_infinite_disarms()
    {
        var clock = new FakeTimeProvider();
        int ticks = 0;
        using ITimer timer = clock.CreateTimer(_ => ticks++, null, TimeSpan.FromSeconds(5), Timeout.InfiniteTimeSpan);
        clock.Advance(TimeSpan.FromSeconds(4));
        timer.Change(TimeSpan.FromSeconds(5), Timeout.InfiniteTimeSpan);
        clock.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(0, ticks);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, ticks);

        timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, ticks);
        Assert.Equal(0, clock.ActiveTimerCount);
    }

    [Fact]
    public void A_timer_due_now_fires_at_once()
    {
        var clock = new FakeTimeProvider();
        int ticks = 0;
        using ITimer timer = clock.CreateTimer(_ => ticks++, null, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        Assert.Equal(1, ticks);
    }

    [Fact]
    public async Task Task_Delay_on_the_fake_clock_completes_only_when_time_reaches_it()
    {
        var clock = new FakeTimeProvider();
        Task delay = Task.Delay(TimeSpan.FromMinutes(1), clock);

        clock.Advance(TimeSpan.FromSeconds(59));
        Assert.False(delay.IsCompleted);

        clock.Advance(TimeSpan.FromSeconds(1));
        await delay;
    }

    [Fact]
    public async Task CancelAfter_on_the_fake_clock_cancels_when_time_reaches_it()
    {
        var clock = new FakeTimeProvider();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30), clock);
        Task delay = Task.Delay(Timeout.InfiniteTimeSpan, clock, cts.Token);

        clock.Advance(TimeSpan.FromSeconds(30));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => delay);
    }

    [Fact]
    public void Time_cannot_go_backwards()
    {
        var clock = new FakeTimeProvider();
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.SetUtcNow(clock.GetUtcNow().AddTicks(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.Advance(TimeSpan.FromTicks(-1)));
    }

    [Fact]
    public void Local_time_zone_is_settable_for_calendar_aligned_windows()
    {
        var clock = new FakeTimeProvider();
        TimeZoneInfo zone = TimeZoneInfo.CreateCustomTimeZone("UTC+02", TimeSpan.FromHours(2), "UTC+02", "UTC+02");
        clock.SetLocalTimeZone(zone);
        Assert.Equal(TimeSpan.FromHours(2), clock.GetLocalNow().Offset);
    }
}
