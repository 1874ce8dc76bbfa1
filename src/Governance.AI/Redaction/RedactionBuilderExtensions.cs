using System.Diagnostics.Metrics;
using Governance.AI;
using Governance.AI.Redaction;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds PII and secret redaction to a governed pipeline registered with <c>AddAiGovernance</c>.</summary>
public static class RedactionServiceCollectionExtensions
{
    /// <summary>
    /// Adds a <see cref="RedactingChatClient"/> at <see cref="GovernanceStage.Redaction"/>. Options bind from
    /// <c>AiGovernance:Redaction</c>, then from <paramref name="configure"/>, are validated at start-up and follow reloads.
    /// Its instruments are created by the registered <see cref="IMeterFactory"/>, if any.
    /// </summary>
    /// <param name="builder">The governance builder.</param>
    /// <param name="configure">Configures the options in code (custom recognizers, key ring, policies).</param>
    /// <returns>The builder.</returns>
    public static AiGovernanceBuilder AddRedaction(this AiGovernanceBuilder builder, Action<RedactionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddPolicy(
            GovernanceStage.Redaction,
            RedactionOptions.SectionName,
            configure,
            static (next, services, optionsSource) => new RedactingChatClient(next, optionsSource)
            {
                MeterFactory = services.GetService<IMeterFactory>(),
            });
    }
}
