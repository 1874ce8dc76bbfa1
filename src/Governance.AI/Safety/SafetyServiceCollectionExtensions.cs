using Governance.AI;
using Governance.AI.Safety;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the safety policy to a pipeline registered with <c>AddAiGovernance</c>.</summary>
public static class SafetyServiceCollectionExtensions
{
    /// <summary>
    /// Adds the safety policy, its options bound from <c>AiGovernance:Safety</c> and then <paramref name="configure"/>,
    /// validated at start-up: its local checks at <see cref="GovernanceStage.Safety"/> and its provider-side step
    /// (classifiers on redacted text, the system-prompt canary) at <see cref="GovernanceStage.ProviderSafety"/>.
    /// Register an <see cref="ISafetyAuditSink"/> and <see cref="IContentSafetyClassifier"/>s in DI to have them used.
    /// </summary>
    /// <param name="builder">The governance builder.</param>
    /// <param name="configure">Configures the options in code.</param>
    /// <returns>The builder.</returns>
    public static AiGovernanceBuilder AddSafety(this AiGovernanceBuilder builder, Action<SafetyOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var slot = new SafetyChatClient.StateSlot { ProviderChecksResponses = true };
        builder.AddPolicy<SafetyOptions>(
            GovernanceStage.Safety,
            SafetyConstants.SectionName,
            configure,
            (next, services, source) => SafetyPipelineBuilderExtensions.Create(next, services, source, slot));
        string name = builder.Name;
        builder.Pipeline.Use(
            GovernanceStage.ProviderSafety,
            (next, services) => SafetyPipelineBuilderExtensions.CreateProviderStep(next, services, services.GetRequiredKeyedService<IPolicyOptionsSource<SafetyOptions>>(name), slot));
        return builder;
    }
}
