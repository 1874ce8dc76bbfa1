using Governance.AI;
using Governance.AI.Budgets;
using Governance.AI.Tokenization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the budget policy to a governed pipeline registered with <c>AddAiGovernance</c>.</summary>
public static class BudgetServiceCollectionExtensions
{
    /// <summary>
    /// Adds the budget policy at <see cref="GovernanceStage.Budget"/>, with options bound from
    /// <c>AiGovernance:Budgets</c> and then <paramref name="configure"/>, validated at start-up and reloadable.
    /// Registers an <see cref="InMemoryBudgetStore"/> as the <see cref="IBudgetStore"/> and a
    /// <see cref="TokenCounterProvider"/> (tokenizers per model from <c>AiGovernance:Tokenizers</c>) as the
    /// <see cref="ITokenCounterProvider"/> unless they are registered; the
    /// <see cref="TimeProvider"/> comes from the services.
    /// </summary>
    /// <param name="builder">The governance builder.</param>
    /// <param name="configure">Configures the options in code, after configuration.</param>
    /// <returns>The builder.</returns>
    public static AiGovernanceBuilder AddBudgets(this AiGovernanceBuilder builder, Action<BudgetOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<IBudgetStore>(sp => new InMemoryBudgetStore(sp.GetService<TimeProvider>()));
        builder.Services.TryAddSingleton<ITokenCounterProvider>(sp => TokenizerServices.CreateProvider(sp, builder.Configuration, builder.ConfigurationPath));
        string name = builder.Name;

        // A keyed pipeline uses a store registered under its name (for example by UseRedis on that pipeline) first.
        return builder.AddPolicy(GovernanceStage.Budget, "Budgets", configure, (next, services, options) => BudgetServices.Create(
            next, services, options, null, name.Length > 0 ? services.GetKeyedService<IBudgetStore>(name) : null));
    }
}
