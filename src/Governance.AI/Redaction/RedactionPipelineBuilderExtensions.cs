using System.Diagnostics.Metrics;
using Governance.AI.Redaction;

namespace Governance.AI;

/// <summary>Adds PII and secret redaction to a <see cref="GovernancePipelineBuilder"/>.</summary>
public static class RedactionPipelineBuilderExtensions
{
    /// <summary>
    /// Adds a <see cref="RedactingChatClient"/> at <see cref="GovernanceStage.Redaction"/>; its instruments are created by
    /// the <see cref="IMeterFactory"/> of the services given to <see cref="GovernancePipelineBuilder.Build"/>, if any.
    /// </summary>
    /// <param name="builder">The pipeline builder.</param>
    /// <param name="options">The options; validated here (an invalid value throws, naming the key).</param>
    /// <returns>The builder.</returns>
    public static GovernancePipelineBuilder UseRedaction(this GovernancePipelineBuilder builder, RedactionOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        IPolicyOptionsSource<RedactionOptions> source = PolicyOptionsSource.FixedValidated(options, "AiGovernance:" + RedactionOptions.SectionName);
        return builder.Use(GovernanceStage.Redaction, (next, services) => new RedactingChatClient(next, source)
        {
            MeterFactory = services.GetService(typeof(IMeterFactory)) as IMeterFactory,
        });
    }
}
