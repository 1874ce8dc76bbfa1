using Governance.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.Extensions.AI;

/// <summary>
/// Inserts a governance block, configured like <c>AddAiGovernance</c> (options bound from configuration, validated at
/// start-up, reloadable), into a <see cref="ChatClientBuilder"/> registered with <c>AddChatClient</c> or
/// <c>AddKeyedChatClient</c>.
/// </summary>
/// <remarks>
/// A <see cref="ChatClientBuilder"/> does not carry its service collection, so the policies' registrations (options,
/// default stores) need the service collection passed in. The block's position and ordering rules are those of
/// <see cref="GovernanceChatClientBuilderExtensions.UseAiGovernance(ChatClientBuilder, Action{GovernancePipelineBuilder})"/>.
/// </remarks>
/// <example>
/// <code>
/// builder.Services.AddChatClient(openAiClient.AsIChatClient())
///     .UseFunctionInvocation()
///     .UseAiGovernance(builder.Services, g => g.AddRedaction().AddSemanticCache().AddBudgets())
///     .UseOpenTelemetry();
/// </code>
/// </example>
public static class AiGovernanceChatClientBuilderExtensions
{
    /// <summary>
    /// Adds governance policies to the builder's governance block, with options bound from the <c>AiGovernance</c>
    /// section of <paramref name="configuration"/> (or of the <see cref="IConfiguration"/> in DI).
    /// </summary>
    /// <param name="builder">The chat client builder, as returned by <c>AddChatClient</c>.</param>
    /// <param name="services">The service collection the builder is registered in.</param>
    /// <param name="configure">Adds the policies, for example <c>g =&gt; g.AddBudgets().AddSemanticCache()</c>.</param>
    /// <param name="configuration">The configuration root; <see langword="null"/> to use the one registered in DI, if any.</param>
    /// <returns>The builder.</returns>
    public static ChatClientBuilder UseAiGovernance(
        this ChatClientBuilder builder, IServiceCollection services, Action<AiGovernanceBuilder> configure, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        configure(AiGovernanceServiceCollectionExtensions.CreateBuilder(
            services, builder, string.Empty, AiGovernanceServiceCollectionExtensions.DefaultSectionName, configuration));
        return builder;
    }

    /// <summary>
    /// Adds a named pipeline's governance policies to the builder's governance block, with options bound from
    /// <c>AiGovernance:Pipelines:{name}</c>; use it on the builder <c>AddKeyedChatClient</c> returns, with the key as
    /// the name, so that each keyed client has its own options.
    /// </summary>
    /// <param name="builder">The chat client builder, as returned by <c>AddKeyedChatClient</c>.</param>
    /// <param name="services">The service collection the builder is registered in.</param>
    /// <param name="name">The pipeline's name (usually the service key).</param>
    /// <param name="configure">Adds the policies.</param>
    /// <param name="configuration">The configuration root; <see langword="null"/> to use the one registered in DI, if any.</param>
    /// <returns>The builder.</returns>
    public static ChatClientBuilder UseAiGovernance(
        this ChatClientBuilder builder, IServiceCollection services, string name, Action<AiGovernanceBuilder> configure, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(configure);
        configure(AiGovernanceServiceCollectionExtensions.CreateBuilder(
            services, builder, name, AiGovernanceServiceCollectionExtensions.PipelineSectionPath(name), configuration));
        return builder;
    }
}
