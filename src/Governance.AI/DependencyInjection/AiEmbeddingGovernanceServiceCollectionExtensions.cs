using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers a governed <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> of strings to float embeddings, next to
/// <c>AddAiGovernance</c>, through Microsoft.Extensions.AI's <c>AddEmbeddingGenerator</c>.
/// </summary>
/// <example>
/// <code>
/// services.AddAiGovernance(chatClient).AddBudgets().AddRedaction();
/// services.AddAiEmbeddingGovernance(embeddingGenerator).AddTelemetry().AddRedaction().AddCache().AddBudgets();
/// </code>
/// </example>
public static class AiEmbeddingGovernanceServiceCollectionExtensions
{
    /// <summary>
    /// Registers the governed embedding generator: the provider's generator wrapped in the policies the returned
    /// builder adds (telemetry → redaction → cache → budget → provider). Options bind under the <c>AiGovernance</c>
    /// section of <paramref name="configuration"/> (or of the <see cref="IConfiguration"/> in DI).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="innerGeneratorFactory">Creates the provider's generator.</param>
    /// <param name="configuration">The configuration root; <see langword="null"/> to use the one registered in DI, if any.</param>
    /// <returns>The builder, to add policies.</returns>
    /// <exception cref="InvalidOperationException">An embedding generator of strings is already registered.</exception>
    public static AiEmbeddingGovernanceBuilder AddAiEmbeddingGovernance(
        this IServiceCollection services,
        Func<IServiceProvider, IEmbeddingGenerator<string, Embedding<float>>> innerGeneratorFactory,
        IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(innerGeneratorFactory);
        foreach (ServiceDescriptor descriptor in services)
        {
            if (descriptor.ServiceType == typeof(IEmbeddingGenerator<string, Embedding<float>>) && descriptor.ServiceKey is null)
            {
                throw new InvalidOperationException(
                    "An IEmbeddingGenerator<string, Embedding<float>> is already registered. Compose governance into that registration with " +
                    "services.AddEmbeddingGenerator(...).UseAiGovernance(services, g => ...) instead of registering a second generator.");
            }
        }

        var governance = new AiEmbeddingGovernanceBuilder(services, AiGovernanceServiceCollectionExtensions.DefaultSectionName, configuration);
        services.AddEmbeddingGenerator(innerGeneratorFactory).Use((inner, sp) => governance.Build(inner, sp));
        return governance;
    }

    /// <summary>Registers the governed embedding generator around a provider generator instance.</summary>
    /// <param name="services">The services.</param>
    /// <param name="innerGenerator">The provider's generator.</param>
    /// <param name="configuration">The configuration root; <see langword="null"/> to use the one registered in DI, if any.</param>
    /// <returns>The builder, to add policies.</returns>
    /// <exception cref="InvalidOperationException">An embedding generator of strings is already registered.</exception>
    public static AiEmbeddingGovernanceBuilder AddAiEmbeddingGovernance(
        this IServiceCollection services, IEmbeddingGenerator<string, Embedding<float>> innerGenerator, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(innerGenerator);
        return services.AddAiEmbeddingGovernance(_ => innerGenerator, configuration);
    }

    /// <summary>
    /// Inserts the embedding governance policies into an <see cref="EmbeddingGeneratorBuilder{TInput, TEmbedding}"/>
    /// (for example the one <c>AddEmbeddingGenerator</c> returns), at this point of its chain; options bind as for
    /// <see cref="AddAiEmbeddingGovernance(IServiceCollection, IEmbeddingGenerator{string, Embedding{float}}, IConfiguration?)"/>.
    /// </summary>
    /// <param name="builder">The embedding generator builder.</param>
    /// <param name="services">The service collection the builder is registered in (the policies register their options there).</param>
    /// <param name="configure">Adds the policies, for example <c>g =&gt; g.AddBudgets().AddCache()</c>.</param>
    /// <param name="configuration">The configuration root; <see langword="null"/> to use the one registered in DI, if any.</param>
    /// <returns>The builder.</returns>
    public static EmbeddingGeneratorBuilder<string, Embedding<float>> UseAiGovernance(
        this EmbeddingGeneratorBuilder<string, Embedding<float>> builder,
        IServiceCollection services,
        Action<AiEmbeddingGovernanceBuilder> configure,
        IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var governance = new AiEmbeddingGovernanceBuilder(services, AiGovernanceServiceCollectionExtensions.DefaultSectionName, configuration);
        configure(governance);
        return builder.Use((inner, sp) => governance.Build(inner, sp));
    }
}
