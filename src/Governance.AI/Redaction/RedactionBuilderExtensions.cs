using System.Diagnostics.Metrics;
using Governance.AI;
using Governance.AI.Redaction;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds PII and secret redaction to a governed pipeline registered with <c>AddAiGovernance</c>.</summary>
public static class RedactionServiceCollectionExtensions
{
    /// <summary>
    /// Adds the redaction policy: the prompt's redaction and the placeholders' restoration at
    /// <see cref="GovernanceStage.Redaction"/>, and the redaction of new values in the provider's answer at
    /// <see cref="GovernanceStage.ProviderRedaction"/>, inside the cache, so that no stored answer holds them. Options bind from
    /// <c>AiGovernance:Redaction</c>, then from <paramref name="configure"/>, are validated at start-up and follow reloads.
    /// Its instruments are created by the registered <see cref="IMeterFactory"/>, if any.
    /// </summary>
    /// <param name="builder">The governance builder.</param>
    /// <param name="configure">Configures the options in code (custom recognizers, key ring, policies).</param>
    /// <returns>The builder.</returns>
    public static AiGovernanceBuilder AddRedaction(this AiGovernanceBuilder builder, Action<RedactionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddPolicy<RedactionOptions>(
            GovernanceStage.Redaction,
            RedactionOptions.SectionName,
            configure,
            static (next, services, optionsSource) => RedactionPipelineBuilderExtensions.Create(next, services, optionsSource, RedactionStep.CallerSide));
        string name = builder.Name;
        builder.Pipeline.Use(
            GovernanceStage.ProviderRedaction,
            (next, services) => RedactionPipelineBuilderExtensions.Create(
                next, services, services.GetRequiredKeyedService<IPolicyOptionsSource<RedactionOptions>>(name), RedactionStep.ProviderSide));
        return builder;
    }
}
