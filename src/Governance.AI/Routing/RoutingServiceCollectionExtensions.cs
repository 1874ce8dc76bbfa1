using System.Diagnostics.Metrics;
using Governance.AI;
using Governance.AI.Routing;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the model router to a pipeline registered with <c>AddAiGovernance</c>.</summary>
public static class RoutingServiceCollectionExtensions
{
    /// <summary>
    /// Adds the model router at <see cref="GovernanceStage.Router"/>. Options bind from <c>AiGovernance:Routing</c>
    /// (backend settings by name, for example <c>AiGovernance:Routing:Backends:east:Weight</c>), then from
    /// <paramref name="configure"/>, which must add each backend's client with <see cref="RoutingOptions.AddBackend"/>.
    /// They are validated at start-up and follow reloads; backend state (breakers, latency) survives a reload when the
    /// backend's client and the resilience settings are unchanged.
    /// </summary>
    /// <param name="builder">The governance builder.</param>
    /// <param name="configure">Configures the router in code.</param>
    /// <returns>The builder.</returns>
    public static AiGovernanceBuilder AddRouting(this AiGovernanceBuilder builder, Action<RoutingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddPolicy<RoutingOptions>(
            GovernanceStage.Router,
            "Routing",
            configure,
            (next, services, options) => new ModelRouterChatClient(
                next,
                options,
                services.GetService<TimeProvider>(),
                CallerContextResolver.From(services))
            {
                MeterFactory = services.GetService<IMeterFactory>(),
            });
    }
}
