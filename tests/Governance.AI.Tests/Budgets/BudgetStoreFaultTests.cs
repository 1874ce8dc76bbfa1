using Governance.AI.Budgets;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using static Governance.AI.Tests.Budgets.BudgetTestKit;

namespace Governance.AI.Tests.Budgets;

/// <summary>
/// An application's <see cref="IBudgetStore"/> that throws: a failed reservation is a typed, documented rejection that
/// sends nothing to the provider.
/// </summary>
public sealed class BudgetStoreFaultTests
{
    private static BudgetOptions TokensPerMinute(long tokens)
    {
        var options = new BudgetOptions();
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Minute, Tokens = tokens, Concurrent = 1 });
        return options;
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public async Task A_store_that_throws_on_reserve_rejects_with_a_typed_error_and_sends_nothing(bool storeYields, bool streaming)
    {
        // Invariant: whatever the store throws on ReserveAsync (at once or later) reaches the caller as a
        // BudgetStoreUnavailableException (503, reason budget_store_unavailable) wrapping it; the provider is not called.
        var clock = new FakeTimeProvider();
        var store = new FaultyBudgetStore(new InMemoryBudgetStore(clock), storeYields) { FailReserve = true };
        GovernanceTestHarness harness = Harness(TokensPerMinute(100), store, clock);

        BudgetStoreUnavailableException error = await Assert.ThrowsAsync<BudgetStoreUnavailableException>(async () =>
        {
            if (streaming)
            {
                await foreach (ChatResponseUpdate update in harness.Client.GetStreamingResponseAsync(Prompt(20), Options("contoso", 10)))
                {
                    _ = update;
                }
            }
            else
            {
                await harness.Client.GetResponseAsync(Prompt(20), Options("contoso", 10));
            }
        });

        Assert.Same(store.Thrown, error.InnerException);
        Assert.Equal(GovernanceReasonCodes.BudgetStoreUnavailable, error.ReasonCode);
        Assert.Equal(GovernancePolicyNames.Budget, error.Policy);
        Assert.Equal(503, error.StatusCode);
        Assert.Equal(0, harness.Model.CallCount);
    }

    [Fact]
    public async Task The_callers_cancellation_during_a_reservation_stays_a_cancellation()
    {
        // Invariant: only the store's own faults are wrapped; the caller's cancellation is not a store outage.
        var clock = new FakeTimeProvider();
        var store = new FaultyBudgetStore(new InMemoryBudgetStore(clock), storeYields: false) { FailReserve = true, CancelInstead = true };
        GovernanceTestHarness harness = Harness(TokensPerMinute(100), store, clock);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Client.GetResponseAsync(Prompt(20), Options("contoso", 10), cancellation.Token));
        Assert.Equal(0, harness.Model.CallCount);
    }
}
