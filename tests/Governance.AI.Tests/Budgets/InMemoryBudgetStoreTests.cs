using System.Text.Json;
using Governance.AI.Budgets;
using Governance.AI.Testing;

namespace Governance.AI.Tests.Budgets;

public sealed class InMemoryBudgetStoreTests
{
    private static readonly DateTimeOffset Now = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static BudgetReservationRequest Request(bool enforce, params BudgetCheck[] checks) => new(checks, enforce, Now, TimeSpan.FromMinutes(1));

    private static BudgetCheck Check(string key, long limit, long amount) => new(key, 1, Now.AddMinutes(1), limit, amount);

    [Fact]
    public async Task A_reservation_is_all_or_nothing_and_reports_the_first_check_that_does_not_fit()
    {
        var store = new InMemoryBudgetStore(new FakeTimeProvider(Now));
        await store.ReserveAsync(Request(true, Check("b", 10, 8)));

        BudgetReservationResult result = await store.ReserveAsync(Request(true, Check("a", 10, 5), Check("b", 10, 3)));

        Assert.False(result.Applied);
        Assert.Equal(1, result.FailedCheck);
        Assert.Equal([0L, 8L], result.UsedBefore);
        Assert.Equal([0L, 8L], await store.GetUsedAsync([new("a", 1), new("b", 1)]));
    }

    [Fact]
    public async Task The_boundary_is_exact()
    {
        var store = new InMemoryBudgetStore(new FakeTimeProvider(Now));
        Assert.True((await store.ReserveAsync(Request(true, Check("a", 10, 10)))).AllFit);
        Assert.False((await store.ReserveAsync(Request(true, Check("a", 10, 1)))).Applied);
        Assert.True((await store.ReserveAsync(Request(true, Check("a", 10, 0)))).AllFit);
    }

    [Fact]
    public async Task Monitor_requests_apply_even_when_a_check_fails()
    {
        var store = new InMemoryBudgetStore(new FakeTimeProvider(Now));
        BudgetReservationResult result = await store.ReserveAsync(Request(false, Check("a", 10, 5), Check("b", 3, 4)));
        Assert.True(result.Applied);
        Assert.Equal(1, result.FailedCheck);
        Assert.Equal([5L, 4L], await store.GetUsedAsync([new("a", 1), new("b", 1)]));
    }

    [Fact]
    public async Task Settle_applies_deltas_once_and_refund_gives_back_everything()
    {
        var store = new InMemoryBudgetStore(new FakeTimeProvider(Now));
        BudgetReservationResult first = await store.ReserveAsync(Request(true, Check("a", 100, 50), Check("c", 5, 1)));
        var settlement = new BudgetSettlement(first.ReservationId!, [new("a", 1, -30), new("c", 1, -1)]);
        Assert.True(await store.SettleAsync(settlement));
        Assert.False(await store.SettleAsync(settlement));
        Assert.False(await store.RefundAsync(first.ReservationId!));
        Assert.Equal([20L, 0L], await store.GetUsedAsync([new("a", 1), new("c", 1)]));

        BudgetReservationResult second = await store.ReserveAsync(Request(true, Check("a", 100, 40)));
        Assert.True(await store.RefundAsync(second.ReservationId!));
        Assert.Equal([20L], await store.GetUsedAsync([new("a", 1)]));
        Assert.Equal(0, store.OpenReservationCount);
    }

    [Fact]
    public async Task Counters_of_ended_windows_are_dropped_unless_a_reservation_holds_them()
    {
        var clock = new FakeTimeProvider(Now);
        var store = new InMemoryBudgetStore(clock);
        BudgetReservationResult open = await store.ReserveAsync(Request(true, Check("held", 10, 1)));
        BudgetReservationResult closed = await store.ReserveAsync(Request(true, Check("done", 10, 1)));
        await store.SettleAsync(new BudgetSettlement(closed.ReservationId!, []));
        Assert.Equal(2, store.CounterCount);

        clock.Advance(TimeSpan.FromMinutes(2));

        // The store looks for ended windows every 64 reservations.
        for (int i = 0; i < 64; i++)
        {
            await store.ReserveAsync(new BudgetReservationRequest([new BudgetCheck("new", 2, clock.GetUtcNow().AddMinutes(1), 100, 1)], true, clock.GetUtcNow(), TimeSpan.FromMinutes(1)));
        }

        Assert.Equal([1L, 0L], await store.GetUsedAsync([new("held", 1), new("done", 1)]));
        Assert.Equal(2, store.CounterCount);
        Assert.True(await store.SettleAsync(new BudgetSettlement(open.ReservationId!, [new("held", 1, -1)])));
    }

    [Fact]
    public async Task A_counter_dropped_after_it_was_used_last_is_not_reserved_on_again()
    {
        var clock = new FakeTimeProvider(Now);
        var store = new InMemoryBudgetStore(clock);
        BudgetReservationResult first = await store.ReserveAsync(Request(true, Check("a", 100, 5)));
        await store.SettleAsync(new BudgetSettlement(first.ReservationId!, []));
        clock.Advance(TimeSpan.FromMinutes(2));

        // Requests without counters keep "a" the counter used last until the sweep (every 64 reservations) drops it.
        for (int i = 1; i < 64; i++)
        {
            await store.ReserveAsync(new BudgetReservationRequest([], true, clock.GetUtcNow(), TimeSpan.FromMinutes(1)));
        }

        Assert.Equal(0, store.CounterCount);

        // The same key and bucket again: a new counter, which the store reads back (not the dropped one). Taking the
        // dropped one would look it up again forever: the wait bounds that failure.
        BudgetReservationResult again = await Task.Run(() => store.ReserveAsync(Request(true, Check("a", 100, 7))).AsTask()).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal([0L], again.UsedBefore);
        Assert.Equal([7L], await store.GetUsedAsync([new("a", 1)]));
        Assert.Equal(1, store.CounterCount);
    }

    [Fact]
    public async Task Long_lived_reservations_do_not_collide_with_later_ones()
    {
        var store = new InMemoryBudgetStore(new FakeTimeProvider(Now));
        BudgetReservationResult held = await store.ReserveAsync(Request(true, Check("a", 100_000, 7)));
        var later = new List<string>();
        for (int i = 0; i < 3000; i++)
        {
            later.Add((await store.ReserveAsync(Request(true, Check("a", 100_000, 1)))).ReservationId!);
        }

        Assert.Equal(3001, store.OpenReservationCount);
        foreach (string id in later)
        {
            Assert.True(await store.RefundAsync(id));
        }

        Assert.Equal([7L], await store.GetUsedAsync([new("a", 1)]));
        Assert.True(await store.SettleAsync(new BudgetSettlement(held.ReservationId!, [new("a", 1, -2)])));
        Assert.False(await store.RefundAsync(held.ReservationId!));
        Assert.False(await store.RefundAsync("not-an-id"));
        Assert.Equal([5L], await store.GetUsedAsync([new("a", 1)]));
        Assert.Equal(0, store.OpenReservationCount);
    }

    [Fact]
    public void The_contract_types_round_trip_through_json_so_a_remote_store_can_ship_them()
    {
        var request = new BudgetReservationRequest([Check("tenant:a|tokens|1m", 100, 7), new("tenant:a|concurrent", 0, null, 4, 1)], true, Now, TimeSpan.FromMinutes(10));
        var settlement = new BudgetSettlement("42", [new("tenant:a|tokens|1m", 1, -3)]);
        var result = new BudgetReservationResult("42", -1, [5L, 1L]);

        BudgetReservationRequest requestBack = JsonSerializer.Deserialize<BudgetReservationRequest>(JsonSerializer.Serialize(request))!;
        BudgetSettlement settlementBack = JsonSerializer.Deserialize<BudgetSettlement>(JsonSerializer.Serialize(settlement))!;
        BudgetReservationResult resultBack = JsonSerializer.Deserialize<BudgetReservationResult>(JsonSerializer.Serialize(result))!;

        Assert.Equal(request.Checks, requestBack.Checks);
        Assert.Equal((request.Enforce, request.Now, request.Lease), (requestBack.Enforce, requestBack.Now, requestBack.Lease));
        Assert.Equal(settlement.Adjustments, settlementBack.Adjustments);
        Assert.Equal(settlement.ReservationId, settlementBack.ReservationId);
        Assert.Equal(result.UsedBefore, resultBack.UsedBefore);
        Assert.True(resultBack.Applied && resultBack.AllFit);
    }
}
