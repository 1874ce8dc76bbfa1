using System.Diagnostics.Metrics;
using Governance.AI.Safety;
using Microsoft.Extensions.AI;

namespace Governance.AI;

/// <summary>Adds the safety policy to a <see cref="GovernancePipelineBuilder"/>.</summary>
public static class SafetyPipelineBuilderExtensions
{
    /// <summary>
    /// Adds the safety policy: its local checks at <see cref="GovernanceStage.Safety"/>, and its provider-side step
    /// (classifiers on redacted text, the system-prompt canary) at <see cref="GovernanceStage.ProviderSafety"/>.
    /// Collaborators come from the services given to <see cref="GovernancePipelineBuilder.Build"/>: an
    /// <see cref="ISafetyAuditSink"/>, registered <see cref="IContentSafetyClassifier"/>s, a
    /// <see cref="CallerContextResolver"/> (else one over the registered <see cref="ICallerContextAccessor"/>) and a <see cref="TimeProvider"/>.
    /// </summary>
    /// <param name="builder">The pipeline builder.</param>
    /// <param name="options">The options; validated now.</param>
    /// <returns>The builder.</returns>
    public static GovernancePipelineBuilder UseSafety(this GovernancePipelineBuilder builder, SafetyOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var source = PolicyOptionsSource.FixedValidated(options, "AiGovernance:" + SafetyConstants.SectionName);
        var slot = new SafetyChatClient.StateSlot { ProviderChecksResponses = true };
        return builder
            .Use(GovernanceStage.Safety, (next, services) => Create(next, services, source, slot))
            .Use(GovernanceStage.ProviderSafety, (next, services) => CreateProviderStep(next, services, source, slot));
    }

    /// <summary>Creates the local checks; <paramref name="slot"/> is shared with the provider-side step's, so the
    /// outer step skips the answer texts the inner one already checked.</summary>
    internal static SafetyChatClient Create(IChatClient next, IServiceProvider services, IPolicyOptionsSource<SafetyOptions> source, SafetyChatClient.StateSlot slot) => new(
        next,
        source,
        services.GetService(typeof(ISafetyAuditSink)) as ISafetyAuditSink,
        CallerContextResolver.From(services),
        services.GetService(typeof(TimeProvider)) as TimeProvider,
        slot)
    {
        MeterFactory = services.GetService(typeof(IMeterFactory)) as IMeterFactory,
    };

    internal static ProviderSafetyChatClient CreateProviderStep(IChatClient next, IServiceProvider services, IPolicyOptionsSource<SafetyOptions> source, SafetyChatClient.StateSlot slot) => new(
        next,
        source,
        services.GetService(typeof(ISafetyAuditSink)) as ISafetyAuditSink,
        services.GetService(typeof(IEnumerable<IContentSafetyClassifier>)) as IEnumerable<IContentSafetyClassifier>,
        CallerContextResolver.From(services),
        services.GetService(typeof(TimeProvider)) as TimeProvider)
    {
        EmbeddingGenerator = services.GetService(typeof(IEmbeddingGenerator<string, Embedding<float>>)) as IEmbeddingGenerator<string, Embedding<float>>,
        MeterFactory = services.GetService(typeof(IMeterFactory)) as IMeterFactory,

        // Never called through: it only lends its response checks (and the shared slot) to this step.
        LocalResponseChecks = Create(next, services, source, slot),
    };
}
