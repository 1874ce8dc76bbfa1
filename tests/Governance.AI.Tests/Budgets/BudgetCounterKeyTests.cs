using Governance.AI.Budgets;

namespace Governance.AI.Tests.Budgets;

/// <summary>Counter keys are remembered per scope: the memo must give exactly the keys it would have built.</summary>
public sealed class BudgetCounterKeyTests
{
    [Fact]
    public void A_rule_gives_each_scope_its_own_keys_and_the_same_keys_to_callers_of_one_scope()
    {
        var rule = new CompiledLimit(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Tokens = 100, Requests = 10 });

        string[] alice = rule.CounterKeys(CallerContext.ForTenant("contoso", "alice"), "gpt-4o");
        string[] bob = rule.CounterKeys(CallerContext.ForTenant("contoso", "bob"), "gpt-4o-mini");
        string[] other = rule.CounterKeys(CallerContext.ForTenant("fabrikam", "alice"), "gpt-4o");

        Assert.Equal(["tenant:contoso|tokens|1d", "tenant:contoso|requests|1d"], alice);
        Assert.Same(alice, bob);
        Assert.Equal(["tenant:fabrikam|tokens|1d", "tenant:fabrikam|requests|1d"], other);
    }

    [Fact]
    public void Ids_with_separators_stay_apart_when_remembered()
    {
        var rule = new CompiledLimit(new BudgetLimitOptions { Scope = BudgetScope.Tenant | BudgetScope.User, Window = BudgetWindow.Day, Tokens = 100 });

        string first = rule.CounterKeys(CallerContext.ForTenant("a/user:b", "c"), null)[0];
        string second = rule.CounterKeys(CallerContext.ForTenant("a", "b/user:c"), null)[0];
        string again = rule.CounterKeys(CallerContext.ForTenant("a/user:b", "c"), null)[0];

        Assert.NotEqual(first, second);
        Assert.Equal(first, again);
    }

    [Fact]
    public void Past_the_memo_bound_keys_are_still_built_for_every_scope()
    {
        var rule = new CompiledLimit(new BudgetLimitOptions { Scope = BudgetScope.User, Window = BudgetWindow.Hour, Requests = 5 });

        for (int i = 0; i < CompiledLimit.MaxRememberedScopes + 10; i++)
        {
            Assert.Equal($"user:u{i}|requests|1h", rule.CounterKeys(CallerContext.ForTenant("t", "u" + i), null)[0]);
        }
    }
}
