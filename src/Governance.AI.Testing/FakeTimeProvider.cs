namespace Governance.AI.Testing;

/// <summary>
/// A <see cref="TimeProvider"/> whose time moves only when a test says so. Timers (and so
/// <c>Task.Delay(delay, timeProvider)</c> and <c>CancellationTokenSource</c> timeouts created with it) fire during
/// <see cref="Advance"/> or <see cref="SetUtcNow"/>, synchronously, in order of due time and then of creation.
/// </summary>
public sealed class FakeTimeProvider : TimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<FakeTimer> _timers = [];
    private DateTimeOffset _now;
    private TimeZoneInfo _localTimeZone = TimeZoneInfo.Utc;
    private long _nextSequence;

    /// <summary>Initializes a new instance of the <see cref="FakeTimeProvider"/> class at 2025-01-01T00:00:00Z.</summary>
    public FakeTimeProvider()
        : this(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>Initializes a new instance of the <see cref="FakeTimeProvider"/> class.</summary>
    /// <param name="startTime">The initial time.</param>
    public FakeTimeProvider(DateTimeOffset startTime) => _now = startTime.ToUniversalTime();

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => _localTimeZone;

    /// <inheritdoc />
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <summary>Gets the number of timers that are scheduled to fire.</summary>
    public int ActiveTimerCount
    {
        get
        {
            lock (_lock)
            {
                int count = 0;
                foreach (FakeTimer timer in _timers)
                {
                    if (timer.DueAt is not null)
                    {
                        count++;
                    }
                }

                return count;
            }
        }
    }

    /// <summary>Sets the time zone that <see cref="LocalTimeZone"/> reports.</summary>
    /// <param name="timeZone">The time zone.</param>
    public void SetLocalTimeZone(TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        _localTimeZone = timeZone;
    }

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return _now;
        }
    }

    /// <inheritdoc />
    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    /// <summary>Moves time forward, firing every timer that falls due on the way, each at its own due time.</summary>
    /// <param name="delta">How far; not negative.</param>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        SetUtcNow(GetUtcNow() + delta);
    }

    /// <summary>Moves time forward to a given instant, firing every timer that falls due on the way.</summary>
    /// <param name="value">The new time; not earlier than the current time.</param>
    public void SetUtcNow(DateTimeOffset value)
    {
        value = value.ToUniversalTime();
        lock (_lock)
        {
            if (value < _now)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, $"Time cannot go backwards (now {_now:O}).");
            }
        }

        FireDueTimers(value);
    }

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new FakeTimer(this, callback, state);
        lock (_lock)
        {
            _timers.Add(timer);
        }

        timer.Change(dueTime, period);
        return timer;
    }

    private void Schedule(FakeTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        ValidateTimerSpan(dueTime, nameof(dueTime));
        ValidateTimerSpan(period, nameof(period));
        lock (_lock)
        {
            timer.Period = period == Timeout.InfiniteTimeSpan || period == TimeSpan.Zero ? null : period;
            timer.DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : _now + dueTime;
            timer.Sequence = _nextSequence++;
        }

        // A timer due now fires at once, as a real one would.
        if (dueTime == TimeSpan.Zero)
        {
            FireDueTimers(GetUtcNow());
        }
    }

    private void Remove(FakeTimer timer)
    {
        lock (_lock)
        {
            timer.DueAt = null;
            _timers.Remove(timer);
        }
    }

    private void FireDueTimers(DateTimeOffset until)
    {
        while (true)
        {
            FakeTimer? next = null;
            lock (_lock)
            {
                foreach (FakeTimer timer in _timers)
                {
                    if (timer.DueAt is { } due && due <= until &&
                        (next is null || due < next.DueAt || (due == next.DueAt && timer.Sequence < next.Sequence)))
                    {
                        next = timer;
                    }
                }

                if (next is null)
                {
                    _now = until;
                    return;
                }

                _now = next.DueAt!.Value;
                if (next.Period is { } period)
                {
                    next.DueAt = _now + period;
                    next.Sequence = _nextSequence++;
                }
                else
                {
                    next.DueAt = null;
                }
            }

            // Outside the lock: a callback may create, change or dispose timers, or read the time.
            next.Callback(next.State);
        }
    }

    private static void ValidateTimerSpan(TimeSpan value, string name)
    {
        if (value < TimeSpan.Zero && value != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(name, value, "A timer span must be non-negative or infinite.");
        }
    }

    private sealed class FakeTimer(FakeTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        public TimerCallback Callback { get; } = callback;

        public object? State { get; } = state;

        public DateTimeOffset? DueAt { get; set; }

        public TimeSpan? Period { get; set; }

        public long Sequence { get; set; }

        private bool Disposed { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (Disposed)
            {
                return false;
            }

            owner.Schedule(this, dueTime, period);
            return true;
        }

        public void Dispose()
        {
            Disposed = true;
            owner.Remove(this);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
