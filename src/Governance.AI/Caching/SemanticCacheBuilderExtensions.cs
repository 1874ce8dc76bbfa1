using System.Diagnostics.Metrics;
using Governance.AI.Caching;
using Governance.AI.Pricing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.AI;

/// <summary>Adds the semantic cache to a pipeline.</summary>
public static class SemanticCacheBuilderExtensions
{
    /// <summary>
    /// Adds the semantic cache at <see cref="GovernanceStage.Cache"/>. Collaborators come from the services given to
    /// <see cref="GovernancePipelineBuilder.Build"/>: a <see cref="HybridCache"/> for the exact tier (else a private
    /// in-process one), an <see cref="ISemanticCacheStore"/> (else a private in-memory store),
    /// an <c>IEmbeddingGenerator&lt;string, Embedding&lt;float&gt;&gt;</c> (else the exact tier only), an
    /// <see cref="ISemanticHitGuard"/> (else <see cref="PromptDifferenceGuard"/>), a <see cref="TimeProvider"/>, a
    /// <see cref="CallerContextResolver"/> (else one over the registered <see cref="ICallerContextAccessor"/>) and a <see cref="ModelPriceTable"/>.
    /// </summary>
    /// <param name="builder">The pipeline builder.</param>
    /// <param name="options">The options; validated here.</param>
    /// <param name="store">The store, overriding the services.</param>
    /// <param name="embeddingGenerator">The embedder, overriding the services.</param>
    /// <returns>The builder.</returns>
    public static GovernancePipelineBuilder UseSemanticCache(
        this GovernancePipelineBuilder builder,
        SemanticCacheOptions options,
        ISemanticCacheStore? store = null,
        IEmbeddingGenerator<string, Embedding<float>>? embeddingGenerator = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        IPolicyOptionsSource<SemanticCacheOptions> source = PolicyOptionsSource.FixedValidated(options, "AiGovernance:" + SemanticCacheOptions.SectionName);
        return builder.Use(GovernanceStage.Cache, (next, services) => Create(
            next,
            services,
            source,
            store ?? services.GetService(typeof(ISemanticCacheStore)) as ISemanticCacheStore,
            embeddingGenerator,
            services.GetService(typeof(HybridCache)) as HybridCache));
    }

    /// <summary>
    /// Adds the semantic cache at <see cref="GovernanceStage.Cache"/>, with options bound from
    /// <c>AiGovernance:Cache</c> and then <paramref name="configure"/>. The exact tier uses the application's
    /// <see cref="HybridCache"/> (registered here with <c>AddHybridCache()</c> unless one is; its L2 is the
    /// <c>IDistributedCache</c> the application registered, if any). The semantic tier uses the
    /// <see cref="ISemanticCacheStore"/> registered under the pipeline's name, else the one registered without a key,
    /// else a private in-memory store of this pipeline. Entries are scoped by <see cref="SemanticCacheOptions.CacheName"/>,
    /// the pipeline's name unless set, so keyed pipelines never share entries unless they are given the same name.
    /// Register an <c>IEmbeddingGenerator&lt;string, Embedding&lt;float&gt;&gt;</c> to enable the semantic tier.
    /// </summary>
    /// <param name="builder">The governance builder.</param>
    /// <param name="configure">Configures the options in code, after configuration.</param>
    /// <returns>The builder.</returns>
    public static AiGovernanceBuilder AddSemanticCache(this AiGovernanceBuilder builder, Action<SemanticCacheOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        string name = builder.Name;
        builder.Services.AddHybridCache();
        if (name.Length > 0)
        {
            // After configuration and code: an explicit cache name wins, else the pipeline's own name scopes its entries.
            builder.Services.PostConfigure<SemanticCacheOptions>(name, options => options.CacheName ??= name);
        }

        return builder.AddPolicy<SemanticCacheOptions>(
            GovernanceStage.Cache,
            SemanticCacheOptions.SectionName,
            configure,
            (next, services, source) => Create(
                next,
                services,
                source,
                (name.Length > 0 ? services.GetKeyedService<ISemanticCacheStore>(name) : null) ?? services.GetService<ISemanticCacheStore>(),
                null,
                (name.Length > 0 ? services.GetKeyedService<HybridCache>(name) : null) ?? services.GetService<HybridCache>()));
    }

    private static SemanticCachingChatClient Create(
        IChatClient next,
        IServiceProvider services,
        IPolicyOptionsSource<SemanticCacheOptions> source,
        ISemanticCacheStore? store,
        IEmbeddingGenerator<string, Embedding<float>>? embeddingGenerator,
        HybridCache? exactTierCache)
    {
        TimeProvider time = services.GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System;
        return new SemanticCachingChatClient(
            next,
            source,
            store,
            embeddingGenerator ?? services.GetService(typeof(IEmbeddingGenerator<string, Embedding<float>>)) as IEmbeddingGenerator<string, Embedding<float>>,
            services.GetService(typeof(ISemanticHitGuard)) as ISemanticHitGuard,
            time,
            CallerContextResolver.From(services),
            services.GetService(typeof(ModelPriceTable)) as ModelPriceTable,
            exactTierCache)
        {
            MeterFactory = services.GetService(typeof(IMeterFactory)) as IMeterFactory,
            ExactTierCacheIsInProcess = IsInProcessOnly(exactTierCache, services),
        };
    }

    /// <summary>
    /// Gets a value indicating whether the exact tier's cache is the services' own <see cref="HybridCache"/>, the
    /// library's implementation, with no <see cref="IDistributedCache"/> registered: it then has no L2, so only this
    /// process writes it. Any other cache (keyed, custom, or with an L2 that other instances write) is always read.
    /// </summary>
    internal static bool IsInProcessOnly(HybridCache? cache, IServiceProvider services) =>
        cache is not null
        && cache.GetType().FullName == "Microsoft.Extensions.Caching.Hybrid.Internal.DefaultHybridCache"
        && ReferenceEquals(cache, services.GetService(typeof(HybridCache)))
        && services.GetService(typeof(IDistributedCache)) is null;
}
