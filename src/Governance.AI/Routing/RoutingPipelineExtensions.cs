using System.Diagnostics.Metrics;
using Governance.AI.Routing;

namespace Governance.AI;

/// <summary>Adds the model router to a <see cref="GovernancePipelineBuilder"/>.</summary>
public static class RoutingPipelineExtensions
{
    /// <summary>
    /// Adds the model router at <see cref="GovernanceStage.Router"/>. The options are validated here (every bad value
    /// named by its path under <c>AiGovernance:Routing</c>); the clock, caller resolver and meter factory come from the services
    /// given to <see cref="GovernancePipelineBuilder.Build"/>.
    /// </summary>
    /// <param name="builder">The pipeline builder.</param>
    /// <param name="options">The router's options.</param>
    /// <returns>The builder.</returns>
    public static GovernancePipelineBuilder UseRouting(this GovernancePipelineBuilder builder, RoutingOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        IPolicyOptionsSource<RoutingOptions> source = PolicyOptionsSource.FixedValidated(options, ModelRouterChatClient.ConfigurationPath);
        return builder.Use(GovernanceStage.Router, (next, services) => new ModelRouterChatClient(
            next,
            source,
            services.GetService(typeof(TimeProvider)) as TimeProvider,
            CallerContextResolver.From(services))
        {
            MeterFactory = services.GetService(typeof(IMeterFactory)) as IMeterFactory,
        });
    }

    /// <summary>Adds the model router at <see cref="GovernanceStage.Router"/>, configured in code.</summary>
    /// <param name="builder">The pipeline builder.</param>
    /// <param name="configure">Configures the router's options.</param>
    /// <returns>The builder.</returns>
    public static GovernancePipelineBuilder UseRouting(this GovernancePipelineBuilder builder, Action<RoutingOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = new RoutingOptions();
        configure(options);
        return builder.UseRouting(options);
    }
}
