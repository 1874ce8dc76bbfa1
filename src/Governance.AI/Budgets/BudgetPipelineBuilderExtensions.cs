using System.Diagnostics.Metrics;
using Governance.AI.Budgets;
using Governance.AI.Tokenization;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Governance.AI;

/// <summary>Adds the budget policy to a <see cref="GovernancePipelineBuilder"/>.</summary>
public static class BudgetPipelineBuilderExtensions
{
    /// <summary>
    /// Adds the budget policy at <see cref="GovernanceStage.Budget"/>. Collaborators not given here are taken from
    /// the services passed to <see cref="GovernancePipelineBuilder.Build"/>: <see cref="ITokenCounterProvider"/> (a new
    /// <see cref="TokenCounterProvider"/> otherwise),
    /// <see cref="IBudgetStore"/> (a new <see cref="InMemoryBudgetStore"/> otherwise), <see cref="TimeProvider"/>
    /// (the system clock otherwise), <see cref="CallerContextResolver"/> (else one over the registered <see cref="ICallerContextAccessor"/>), <see cref="IMeterFactory"/> (the
    /// process-wide meter otherwise) and <see cref="ILoggerFactory"/> (no logging otherwise).
    /// </summary>
    /// <param name="builder">The pipeline builder.</param>
    /// <param name="options">The options; validated now, every bad key named by its path under <c>AiGovernance:Budgets</c>.</param>
    /// <param name="tokenCounters">The token counters; from the services when <see langword="null"/>.</param>
    /// <param name="store">The store; from the services, or a new in-memory store, when <see langword="null"/>.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The options are invalid.</exception>
    public static GovernancePipelineBuilder UseBudgets(
        this GovernancePipelineBuilder builder,
        BudgetOptions options,
        ITokenCounterProvider? tokenCounters = null,
        IBudgetStore? store = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        IPolicyOptionsSource<BudgetOptions> source = PolicyOptionsSource.FixedValidated(options, BudgetChatClient.ConfigurationPath);
        return builder.Use(GovernanceStage.Budget, (next, services) => BudgetServices.Create(next, services, source, tokenCounters, store));
    }
}

/// <summary>Resolves the budget policy's collaborators.</summary>
internal static class BudgetServices
{
    public static BudgetChatClient Create(
        IChatClient next, IServiceProvider services, IPolicyOptionsSource<BudgetOptions> options, ITokenCounterProvider? tokenCounters, IBudgetStore? store)
    {
        TimeProvider timeProvider = services.GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System;
        return new BudgetChatClient(
            next,
            options,
            tokenCounters ?? services.GetService(typeof(ITokenCounterProvider)) as ITokenCounterProvider ?? new TokenCounterProvider(),
            store ?? services.GetService(typeof(IBudgetStore)) as IBudgetStore ?? new InMemoryBudgetStore(timeProvider),
            timeProvider,
            CallerContextResolver.From(services))
        {
            MeterFactory = services.GetService(typeof(IMeterFactory)) as IMeterFactory,
            LoggerFactory = services.GetService(typeof(ILoggerFactory)) as ILoggerFactory,
        };
    }
}
