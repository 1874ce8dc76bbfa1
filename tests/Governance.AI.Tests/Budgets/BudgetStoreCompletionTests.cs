using Governance.AI.Budgets;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using static Governance.AI.Tests.Budgets.BudgetTestKit;

namespace Governance.AI.Tests.Budgets;

/// <summary>
/// The budget completes admission, reservation and settlement on the spot when the store answers synchronously, and
/// awaits them when it does not: both ways must charge, report and reject alike, and leave no reservation open.
/// </summary>
public sealed class BudgetStoreCompletionTests
{
    private static readonly CallerContext Contoso = CallerContext.ForTenant("contoso");

    private static BudgetOptions TokensPerMinute(long tokens)
    {
        var options = new BudgetOptions();
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Minute, Tokens = tokens });
        return options;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_served_call_is_charged_and_reported_whether_the_store_answers_at_once_or_later(bool storeYields)
    {
        var clock = new FakeTimeProvider();
        var memory = new InMemoryBudgetStore(clock);
        GovernanceTestHarness harness = Harness(TokensPerMinute(100), storeYields ? new YieldingBudgetStore(memory) : memory, clock);
        harness.Model.Enqueue(FakeReply.Text("hello", inputTokens: 20, outputTokens: 5));

        ChatResponse response = await harness.Client.GetResponseAsync(Prompt(20), Options("contoso", maxOutputTokens: 40));

        Assert.Equal(25L, response.AdditionalProperties![BudgetProperties.ChargedTokens]);
        Assert.Equal(75L, response.AdditionalProperties![BudgetProperties.RemainingTokens]);
        Assert.Equal(25, await UsedAsync(harness, Contoso, "tokens"));
        Assert.Equal(0, memory.OpenReservationCount);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_rejection_comes_back_through_the_task_and_reserves_nothing(bool storeYields)
    {
        var clock = new FakeTimeProvider();
        var memory = new InMemoryBudgetStore(clock);
        GovernanceTestHarness harness = Harness(TokensPerMinute(100), storeYields ? new YieldingBudgetStore(memory) : memory, clock);

        Task<ChatResponse> call = harness.Client.GetResponseAsync(Prompt(91), Options("contoso", maxOutputTokens: 10));

        BudgetExceededException error = await Assert.ThrowsAsync<BudgetExceededException>(() => call);
        Assert.Equal(101m, error.Requested);
        Assert.Equal(0, harness.Model.CallCount);
        Assert.Equal(0, await UsedAsync(harness, Contoso, "tokens"));
        Assert.Equal(0, memory.OpenReservationCount);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_throwing_threshold_callback_refunds_the_reservation_and_reaches_the_caller(bool storeYields)
    {
        var clock = new FakeTimeProvider();
        var memory = new InMemoryBudgetStore(clock);
        BudgetOptions options = TokensPerMinute(100);
        options.SoftThresholds = [0.5];
        var thrown = new InvalidOperationException("callback failed");
        options.OnThresholdReached = _ => throw thrown;
        GovernanceTestHarness harness = Harness(options, storeYields ? new YieldingBudgetStore(memory) : memory, clock);

        Exception error = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Client.GetResponseAsync(Prompt(40), Options("contoso", 20)));

        Assert.Same(thrown, error);
        Assert.Equal(0, harness.Model.CallCount);
        Assert.Equal(0, await UsedAsync(harness, Contoso, "tokens"));
        Assert.Equal(0, memory.OpenReservationCount);
    }

    [Fact]
    public async Task A_caller_whose_scope_was_asked_for_last_and_another_caller_get_their_own_counters()
    {
        GovernanceTestHarness harness = Harness(TokensPerMinute(1000));
        harness.Model.Responder = _ => FakeReply.Text("x", inputTokens: 10, outputTokens: 1);

        // The counter keys of the scope asked for last are remembered: alternating tenants must never share them.
        foreach (string tenant in (string[])["contoso", "fabrikam", "fabrikam", "contoso", "contoso"])
        {
            await harness.Client.GetResponseAsync(Prompt(10), Options(new string(tenant.AsSpan()), maxOutputTokens: 5));
        }

        Assert.Equal(33, await UsedAsync(harness, Contoso, "tokens"));
        Assert.Equal(22, await UsedAsync(harness, CallerContext.ForTenant("fabrikam"), "tokens"));
    }

    /// <summary>A store whose every answer comes later (after a yield), as a networked store's does.</summary>
    private sealed class YieldingBudgetStore(IBudgetStore inner) : IBudgetStore
    {
        public async ValueTask<BudgetReservationResult> ReserveAsync(BudgetReservationRequest request, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            return await inner.ReserveAsync(request, cancellationToken);
        }

        public async ValueTask<bool> SettleAsync(BudgetSettlement settlement, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            return await inner.SettleAsync(settlement, cancellationToken);
        }

        public async ValueTask<bool> RefundAsync(string reservationId, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            return await inner.RefundAsync(reservationId, cancellationToken);
        }

        public async ValueTask<IReadOnlyList<long>> GetUsedAsync(IReadOnlyList<BudgetCounterRef> counters, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            return await inner.GetUsedAsync(counters, cancellationToken);
        }
    }
}
