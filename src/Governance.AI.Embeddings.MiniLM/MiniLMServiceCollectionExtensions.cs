using Governance.AI.Caching;
using Governance.AI.Embeddings.MiniLM;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the <see cref="MiniLMEmbeddingGenerator"/> for the semantic cache.</summary>
public static class MiniLMServiceCollectionExtensions
{
    /// <summary>
    /// Registers all-MiniLM-L6-v2 as the application's <c>IEmbeddingGenerator&lt;string, Embedding&lt;float&gt;&gt;</c>
    /// (a singleton, loaded when first resolved, disposed with the container) and makes
    /// <see cref="MiniLMEmbeddingGenerator.RecommendedSimilarityThreshold"/> the semantic cache's default threshold,
    /// for every pipeline: configuration (<c>AiGovernance:Cache:SimilarityThreshold</c>) and code still override it,
    /// whatever order the registrations come in. A threshold below
    /// <see cref="MiniLMEmbeddingGenerator.MinimumSimilarityThreshold"/> fails the cache's start-up validation.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Configures the generator's options; they are validated now.</param>
    /// <returns>The services.</returns>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public static IServiceCollection AddMiniLMEmbeddingGenerator(this IServiceCollection services, Action<MiniLMEmbeddingGeneratorOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new MiniLMEmbeddingGeneratorOptions();
        configure?.Invoke(options);
        options.Validate();
        services.AddOptions();
        services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(_ => new MiniLMEmbeddingGenerator(options));

        // First of all configurations, so that the library's default is replaced and configuration and code still win.
        services.Insert(0, ServiceDescriptor.Singleton<IConfigureOptions<SemanticCacheOptions>>(
            new ConfigureNamedOptions<SemanticCacheOptions>(null, o => o.SimilarityThreshold = MiniLMEmbeddingGenerator.RecommendedSimilarityThreshold)));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SemanticCacheOptions>, MiniLMThresholdValidation>());
        return services;
    }
}
