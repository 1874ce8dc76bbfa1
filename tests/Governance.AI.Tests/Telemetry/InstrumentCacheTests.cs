using System.Diagnostics.Metrics;
using Governance.AI.Telemetry;

namespace Governance.AI.Tests.TelemetryPolicy;

public sealed class InstrumentCacheTests
{
    /// <summary>
    /// Invariant: a meter gets one instrument set however many threads ask for it at once. Regression: the cache used
    /// <c>ConditionalWeakTable.GetValue</c>, which runs the factory on every racing thread and keeps one result, so
    /// the losers' instruments stayed published and a listener saw two instruments of one name (seen as a flaky
    /// "no two instruments share a name" test). The first creation is held open until the second caller is either
    /// inside the factory (the old code) or waiting for the first (the fix).
    /// </summary>
    [Fact]
    public void A_meter_racing_two_first_callers_gets_one_instrument_set()
    {
        using var meter = new Meter("InstrumentCacheTests." + Guid.NewGuid().ToString("N"));
        using var firstInside = new ManualResetEventSlim();
        using var releaseFirst = new ManualResetEventSlim();
        int created = 0;
        var cache = new InstrumentCache<Counter<long>>(m =>
        {
            if (Interlocked.Increment(ref created) == 1)
            {
                firstInside.Set();
                releaseFirst.Wait();
            }

            return m.CreateCounter<long>("test.instruments");
        });

        Counter<long>? first = null;
        Counter<long>? second = null;
        var threadA = new Thread(() => first = cache.On(meter));
        threadA.Start();
        firstInside.Wait();
        var threadB = new Thread(() => second = cache.On(meter));
        threadB.Start();

        // B either enters the factory (created == 2) or blocks waiting for A; both end the wait without a timer race.
        bool settled = SpinWait.SpinUntil(
            () => Volatile.Read(ref created) > 1 || (threadB.ThreadState & ThreadState.WaitSleepJoin) != 0,
            TimeSpan.FromSeconds(30));
        releaseFirst.Set();
        threadA.Join();
        threadB.Join();

        Assert.True(settled, "the second caller neither waited nor created");
        Assert.Equal(1, created);
        Assert.Same(first, second);
    }
}
