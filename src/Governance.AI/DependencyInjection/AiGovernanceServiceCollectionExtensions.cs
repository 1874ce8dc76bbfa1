using Governance.AI;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers governed <see cref="IChatClient"/> pipelines.</summary>
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
    public static AiGovernanceBuilder AddAiGovernance(
        this IServiceCollection services,
        Func<IServiceProvider, IChatClient> innerClientFactory,
        IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(innerClientFactory);
        AiGovernanceBuilder builder = CreateBuilder(services, string.Empty, DefaultSectionName, configuration, innerClientFactory);
        services.AddSingleton(sp => builder.Pipeline.Build(sp));
        return builder;
    }

    /// <summary>Registers the governed <see cref="IChatClient"/> around a provider client instance.</summary>
    /// <param name="services">The services.</param>
    /// <param name="innerClient">The provider's client.</param>
    /// <param name="configuration">The configuration root; <see langword="null"/> to use the one registered in DI, if any.</param>
    /// <returns>The builder, to add policies.</returns>
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
    public static AiGovernanceBuilder AddKeyedAiGovernance(
        this IServiceCollection services,
        string name,
        Func<IServiceProvider, IChatClient> innerClientFactory,
        IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(innerClientFactory);
        AiGovernanceBuilder builder = CreateBuilder(services, name, DefaultSectionName + ":Pipelines:" + name, configuration, innerClientFactory);
        services.AddKeyedSingleton<IChatClient>(name, (sp, _) => builder.Pipeline.Build(sp));
        return builder;
    }

    private static AiGovernanceBuilder CreateBuilder(
        IServiceCollection services, string name, string path, IConfiguration? configuration, Func<IServiceProvider, IChatClient> innerClientFactory)
    {
        services.AddOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new CallerContextResolver(sp.GetService<ICallerContextAccessor>()));
        return new AiGovernanceBuilder(services, name, path, configuration, new GovernancePipelineBuilder(innerClientFactory));
    }
}
