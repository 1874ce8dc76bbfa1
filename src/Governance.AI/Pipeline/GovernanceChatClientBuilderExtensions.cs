using System.Runtime.CompilerServices;
using Governance.AI;
using Governance.AI.Budgets;
using Governance.AI.Caching;
using Governance.AI.Redaction;
using Governance.AI.Routing;
using Governance.AI.Safety;

namespace Microsoft.Extensions.AI;

/// <summary>
/// Inserts Governance.AI's policies into a <see cref="ChatClientBuilder"/>, among the middleware an application already
/// composes (<c>UseFunctionInvocation</c>, <c>UseOpenTelemetry</c>, <c>UseLogging</c>, …).
/// </summary>
/// <remarks>
/// All governance stages added to one <see cref="ChatClientBuilder"/> form a single block at the position of the
/// first governance call, composed in the fixed order of <see cref="GovernanceStage"/> whatever order they are
/// added in, with the provider boundary (Governance.AI's request keys, such as the caller, removed) as the block's
/// innermost link. Middleware added before the block sits outside it; middleware added after it sits between the
/// block and the provider and never sees the caller's tenant or user id, so middleware that needs them
/// (<c>UseIdempotency</c>, M.E.AI's <c>UseDistributedCache</c>) is refused there when the pipeline is built. Collaborators (a <see cref="TimeProvider"/>,
/// stores, an embedding generator) come from the <see cref="IServiceProvider"/> the builder is built with.
/// </remarks>
/// <example>
/// <code>
/// IChatClient client = openAiClient.AsIChatClient().AsBuilder()
///     .UseFunctionInvocation()
///     .UseAiGovernance(g => g.UseRedaction(new RedactionOptions()).UseBudgets(budgetOptions))
///     .UseOpenTelemetry()
///     .Build(services);
/// </code>
/// </example>
public static class GovernanceChatClientBuilderExtensions
{
    private static readonly ConditionalWeakTable<ChatClientBuilder, GovernancePipelineBuilder> Blocks = [];

    /// <summary>Adds governance policies to the builder's governance block, inserting the block on first use.</summary>
    /// <param name="builder">The chat client builder.</param>
    /// <param name="configure">Adds policies to the block, for example <c>g =&gt; g.UseBudgets(options)</c>.</param>
    /// <returns>The builder.</returns>
    public static ChatClientBuilder UseAiGovernance(this ChatClientBuilder builder, Action<GovernancePipelineBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        configure(GetOrAddBlock(builder));
        return builder;
    }

    /// <summary>Adds the budget policy to the builder's governance block (see <see cref="BudgetPipelineBuilderExtensions.UseBudgets"/>).</summary>
    /// <param name="builder">The chat client builder.</param>
    /// <param name="options">The options; validated now.</param>
    /// <returns>The builder.</returns>
    public static ChatClientBuilder UseBudgets(this ChatClientBuilder builder, BudgetOptions options) =>
        builder.UseAiGovernance(g => g.UseBudgets(options));

    /// <summary>Adds the semantic cache to the builder's governance block (see <see cref="SemanticCacheBuilderExtensions.UseSemanticCache"/>).</summary>
    /// <param name="builder">The chat client builder.</param>
    /// <param name="options">The options; validated now.</param>
    /// <returns>The builder.</returns>
    public static ChatClientBuilder UseSemanticCache(this ChatClientBuilder builder, SemanticCacheOptions options) =>
        builder.UseAiGovernance(g => g.UseSemanticCache(options));

    /// <summary>Adds PII and secret redaction to the builder's governance block (see <see cref="RedactionPipelineBuilderExtensions.UseRedaction"/>).</summary>
    /// <param name="builder">The chat client builder.</param>
    /// <param name="options">The options; validated now.</param>
    /// <returns>The builder.</returns>
    public static ChatClientBuilder UseRedaction(this ChatClientBuilder builder, RedactionOptions options) =>
        builder.UseAiGovernance(g => g.UseRedaction(options));

    /// <summary>Adds the safety policy to the builder's governance block (see <see cref="SafetyPipelineBuilderExtensions.UseSafety"/>).</summary>
    /// <param name="builder">The chat client builder.</param>
    /// <param name="options">The options; validated now.</param>
    /// <returns>The builder.</returns>
    public static ChatClientBuilder UseSafety(this ChatClientBuilder builder, SafetyOptions options) =>
        builder.UseAiGovernance(g => g.UseSafety(options));

    /// <summary>Adds the model router to the builder's governance block (see <see cref="RoutingPipelineExtensions.UseRouting(GovernancePipelineBuilder, RoutingOptions)"/>).</summary>
    /// <param name="builder">The chat client builder.</param>
    /// <param name="options">The options; validated now.</param>
    /// <returns>The builder.</returns>
    public static ChatClientBuilder UseRouting(this ChatClientBuilder builder, RoutingOptions options) =>
        builder.UseAiGovernance(g => g.UseRouting(options));

    /// <summary>Gets a value indicating whether the builder has a governance block, so that middleware added now sits inside it.</summary>
    internal static bool HasBlock(ChatClientBuilder builder) => Blocks.TryGetValue(builder, out _);

    /// <summary>Gets the builder's governance block, inserting it at the current position on first use.</summary>
    internal static GovernancePipelineBuilder GetOrAddBlock(ChatClientBuilder builder)
    {
        if (Blocks.TryGetValue(builder, out GovernancePipelineBuilder? block))
        {
            return block;
        }

        var added = new GovernancePipelineBuilder();
        Blocks.Add(builder, added);
        builder.Use((inner, services) => added.Wrap(inner, services));
        return added;
    }
}
