using System.Diagnostics.Metrics;
using Governance.AI.Redaction;
using Microsoft.Extensions.AI;

namespace Governance.AI;

/// <summary>Adds PII and secret redaction to a <see cref="GovernancePipelineBuilder"/>.</summary>
public static class RedactionPipelineBuilderExtensions
{
    /// <summary>
    /// Adds the redaction policy: a <see cref="RedactingChatClient"/> at <see cref="GovernanceStage.Redaction"/>, which
    /// redacts the prompt and restores placeholders per caller, and its provider-side step at
    /// <see cref="GovernanceStage.ProviderRedaction"/>, inside the cache, which redacts new values in the provider's
    /// answer before the cache stores it. Instruments are created by the <see cref="IMeterFactory"/> of the services
    /// given to <see cref="GovernancePipelineBuilder.Build"/>, if any.
    /// </summary>
    /// <param name="builder">The pipeline builder.</param>
    /// <param name="options">The options; validated here (an invalid value throws, naming the key).</param>
    /// <returns>The builder.</returns>
    public static GovernancePipelineBuilder UseRedaction(this GovernancePipelineBuilder builder, RedactionOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        IPolicyOptionsSource<RedactionOptions> source = PolicyOptionsSource.FixedValidated(options, "AiGovernance:" + RedactionOptions.SectionName);
        return builder
            .Use(GovernanceStage.Redaction, (next, services) => Create(next, services, source, RedactionStep.CallerSide))
            .Use(GovernanceStage.ProviderRedaction, (next, services) => Create(next, services, source, RedactionStep.ProviderSide));
    }

    internal static RedactingChatClient Create(IChatClient next, IServiceProvider services, IPolicyOptionsSource<RedactionOptions> source, RedactionStep step) =>
        new(next, source, step) { MeterFactory = services.GetService(typeof(IMeterFactory)) as IMeterFactory };
}
