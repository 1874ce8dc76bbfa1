using Governance.AI;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers governed <see cref="IChatClient"/> pipelines.</summary>
/// <remarks>
/// Each pipeline is registered through Microsoft.Extensions.AI's <c>AddChatClient</c> / <c>AddKeyedChatClient</c>,
/// so an application has exactly one <see cref="IChatClient"/> per key. To compose governance with other middleware
/// (<c>UseFunctionInvocation</c>, <c>UseOpenTelemetry</c>, …), register the provider with <c>AddChatClient</c> and
/// call <c>UseAiGovernance(services, …)</c> on the returned <see cref="ChatClientBuilder"/> instead.
/// </remarks>
public static class AiGovernanceServiceCollectionExtensions
{
    /// <summary>The configuration section the default pipeline binds from.</summary>
    public const string DefaultSectionName = "AiGovernance";

    /// <summary>
    /// Registers the governed <see cref="IChatClient"/>: the provider's client wrapped in the policies the returned
    /// builder adds, in the fixed order of <see cref="GovernanceStage"/>. Options bind from the
    /// <c>AiGovernance</c> section of <paramref name="configuration"/> (or of the <see cref="IConfiguration"/> in DI).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="innerClientFactory">Creates the provider's client.</param>
    /// <param name="configuration">The configuration root; <see langword="null"/> to use the one registered in DI, if any.</param>
    /// <returns>The builder, to add policies.</returns>
    /// <exception cref="InvalidOperationException">An <see cref="IChatClient"/> is already registered.</exception>
    public static AiGovernanceBuilder AddAiGovernance(
        this IServiceCollection services,
        Func<IServiceProvider, IChatClient> innerClientFactory,
        IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(innerClientFactory);
        ThrowIfChatClientRegistered(services, serviceKey: null);
        ChatClientBuilder chatClient = services.AddChatClient(innerClientFactory);
        return CreateBuilder(services, chatClient, string.Empty, DefaultSectionName, configuration);
    }

    /// <summary>Registers the governed <see cref="IChatClient"/> around a provider client instance.</summary>
    /// <param name="services">The services.</param>
    /// <param name="innerClient">The provider's client.</param>
    /// <param name="configuration">The configuration root; <see langword="null"/> to use the one registered in DI, if any.</param>
    /// <returns>The builder, to add policies.</returns>
    /// <exception cref="InvalidOperationException">An <see cref="IChatClient"/> is already registered.</exception>
    public static AiGovernanceBuilder AddAiGovernance(this IServiceCollection services, IChatClient innerClient, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(innerClient);
        return services.AddAiGovernance(_ => innerClient, configuration);
    }

    /// <summary>
    /// Registers a named governed <see cref="IChatClient"/> as a keyed service, for applications with several
    /// pipelines. Its options bind from <c>AiGovernance:Pipelines:{name}</c>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The pipeline's name and service key.</param>
    /// <param name="innerClientFactory">Creates the provider's client.</param>
    /// <param name="configuration">The configuration root; <see langword="null"/> to use the one registered in DI, if any.</param>
    /// <returns>The builder, to add policies.</returns>
    /// <exception cref="InvalidOperationException">An <see cref="IChatClient"/> is already registered under <paramref name="name"/>.</exception>
    public static AiGovernanceBuilder AddKeyedAiGovernance(
        this IServiceCollection services,
        string name,
        Func<IServiceProvider, IChatClient> innerClientFactory,
        IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(innerClientFactory);
        ThrowIfChatClientRegistered(services, name);
        ChatClientBuilder chatClient = services.AddKeyedChatClient(name, innerClientFactory);
        return CreateBuilder(services, chatClient, name, PipelineSectionPath(name), configuration);
    }

    /// <summary>Gets the configuration path a named pipeline binds from: <c>AiGovernance:Pipelines:{name}</c>.</summary>
    internal static string PipelineSectionPath(string name) => DefaultSectionName + ":Pipelines:" + name;

    /// <summary>Creates the governance builder over a chat client builder's governance block, registering the shared services.</summary>
    internal static AiGovernanceBuilder CreateBuilder(
        IServiceCollection services, ChatClientBuilder chatClient, string name, string path, IConfiguration? configuration)
    {
        GovernancePipelineBuilder block = GovernanceChatClientBuilderExtensions.GetOrAddBlock(chatClient);
        PipelineNames.Of(services).Claim(name, block);
        services.AddOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new CallerContextResolver(sp.GetService<ICallerContextAccessor>()));
        return new AiGovernanceBuilder(services, name, path, configuration, block);
    }

    /// <summary>
    /// The pipeline names of one service collection and the governance block each belongs to. Options are named by
    /// pipeline, so two blocks under one name would share them: configuration bound twice and each block's code
    /// configuration applied to both. Kept in the collection itself (as an instance descriptor) so that two
    /// collections never see each other's names.
    /// </summary>
    private sealed class PipelineNames
    {
        private readonly Dictionary<string, GovernancePipelineBuilder> _blocks = new(StringComparer.Ordinal);

        public static PipelineNames Of(IServiceCollection services)
        {
            foreach (ServiceDescriptor descriptor in services)
            {
                if (descriptor.ServiceType == typeof(PipelineNames) && descriptor.ImplementationInstance is PipelineNames names)
                {
                    return names;
                }
            }

            var added = new PipelineNames();
            services.AddSingleton(added);
            return added;
        }

        /// <summary>Claims a name for a block; the same block may claim it again (several calls configure one block).</summary>
        public void Claim(string name, GovernancePipelineBuilder block)
        {
            if (_blocks.TryGetValue(name, out GovernancePipelineBuilder? owner) && !ReferenceEquals(owner, block))
            {
                throw new InvalidOperationException(name.Length == 0
                    ? "Another chat client already has an unnamed governance block (AddAiGovernance or UseAiGovernance(services, ...)). " +
                      "Two unnamed blocks would share one set of options: configuration bound twice, and each block's code configuration applied to both. " +
                      "Name each further block with UseAiGovernance(services, name, g => ...) (its options bind from " + DefaultSectionName + ":Pipelines:{name})."
                    : $"Another chat client already has a governance block named '{name}'. Two blocks under one name would share one set of options; " +
                      "give each its own name with UseAiGovernance(services, name, g => ...) or AddKeyedAiGovernance(name, ...).");
            }

            _blocks[name] = block;
        }
    }

    // A second registration would silently replace (or shadow) the first, leaving one of the two pipelines ungoverned.
    private static void ThrowIfChatClientRegistered(IServiceCollection services, string? serviceKey)
    {
        foreach (ServiceDescriptor descriptor in services)
        {
            if (descriptor.ServiceType == typeof(IChatClient) && Equals(descriptor.ServiceKey, serviceKey))
            {
                string registration = serviceKey is null ? "An IChatClient is" : $"An IChatClient keyed '{serviceKey}' is";
                throw new InvalidOperationException(
                    $"{registration} already registered. Compose governance into that registration with " +
                    "services.AddChatClient(...).UseAiGovernance(services, g => ...) instead of registering a second client.");
            }
        }
    }
}
