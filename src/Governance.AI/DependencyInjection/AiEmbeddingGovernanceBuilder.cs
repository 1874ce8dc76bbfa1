using Governance.AI;
using Governance.AI.Budgets;
using Governance.AI.Embeddings;
using Governance.AI.Redaction;
using Governance.AI.Telemetry;
using Governance.AI.Tokenization;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Configures the governed <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> registered by
/// <c>AddAiEmbeddingGovernance</c> or inserted into an <see cref="EmbeddingGeneratorBuilder{TInput, TEmbedding}"/> by
/// <c>UseAiGovernance(services, …)</c>. Policies run in the chat pipeline's order whatever order they are added in:
/// telemetry → redaction → cache → budget → provider.
/// </summary>
/// <remarks>
/// <para><b>Shared with chat.</b> <see cref="AddBudgets"/> and <see cref="AddRedaction"/> without a
/// <c>configure</c> use the chat pipeline's options when <c>AddAiGovernance(...).AddBudgets()</c> /
/// <c>.AddRedaction()</c> registered them (one set of limits and prices, reloaded together), else options bound from
/// the same sections (<c>AiGovernance:Budgets</c>, <c>AiGovernance:Redaction</c>). With a <c>configure</c> the
/// embeddings get their own options from that section plus the code. The <see cref="IBudgetStore"/> is always the
/// application's one, so counters of the same scope and window (for example <c>tenant:contoso|tokens|1d</c>) are
/// charged by chat and embedding calls together: a tenant's token and cost budget covers both.</para>
/// </remarks>
public sealed class AiEmbeddingGovernanceBuilder
{
    /// <summary>The options name the embedding policies' own options are registered under.</summary>
    internal const string OptionsName = "Governance.AI.Embeddings";

    private readonly Func<IEmbeddingGenerator<string, Embedding<float>>, IServiceProvider, IEmbeddingGenerator<string, Embedding<float>>>?[] _stages =
        new Func<IEmbeddingGenerator<string, Embedding<float>>, IServiceProvider, IEmbeddingGenerator<string, Embedding<float>>>?[4];

    internal AiEmbeddingGovernanceBuilder(IServiceCollection services, string configurationPath, IConfiguration? configuration)
    {
        Services = services;
        ConfigurationPath = configurationPath;
        Configuration = configuration;
        ClaimBlock(services);
        services.AddOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new CallerContextResolver(sp.GetService<ICallerContextAccessor>()));
    }

    /// <summary>Gets the service collection.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Gets the configuration path the options bind under, <c>AiGovernance</c>.</summary>
    public string ConfigurationPath { get; }

    private IConfiguration? Configuration { get; }

    /// <summary>The stages, outermost first.</summary>
    private enum Stage
    {
        Telemetry,
        Redaction,
        Cache,
        Budget,
    }

    /// <summary>
    /// Adds the budget policy (<see cref="BudgetEmbeddingGenerator"/>): input tokens, requests, cost and concurrency
    /// counted on the application's <see cref="IBudgetStore"/> (an <see cref="InMemoryBudgetStore"/> unless one is
    /// registered) with the <see cref="ITokenCounterProvider"/> (registered unless one is).
    /// </summary>
    /// <param name="configure">
    /// <see langword="null"/> to share the chat pipeline's budget options (see the type's remarks); otherwise the
    /// embeddings' own options, bound from <c>AiGovernance:Budgets</c> and then configured here.
    /// </param>
    /// <returns>This builder.</returns>
    public AiEmbeddingGovernanceBuilder AddBudgets(Action<BudgetOptions>? configure = null)
    {
        Services.TryAddSingleton<IBudgetStore>(sp => new InMemoryBudgetStore(sp.GetService<TimeProvider>()));
        Services.TryAddSingleton<ITokenCounterProvider>(sp => TokenizerServices.CreateProvider(sp, Configuration, ConfigurationPath));
        bool shareChat = RegisterOptions(BudgetChatClient.ConfigurationPath[(BudgetChatClient.ConfigurationPath.IndexOf(':', StringComparison.Ordinal) + 1)..], configure);
        return Set(Stage.Budget, (next, sp) => new BudgetEmbeddingGenerator(
            next,
            OptionsSource<BudgetOptions>(sp, shareChat),
            sp.GetRequiredService<ITokenCounterProvider>(),
            sp.GetRequiredService<IBudgetStore>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<CallerContextResolver>())
        {
            MeterFactory = sp.GetService<System.Diagnostics.Metrics.IMeterFactory>(),
            LoggerFactory = sp.GetService<Microsoft.Extensions.Logging.ILoggerFactory>(),
        });
    }

    /// <summary>Adds the redaction of input values (<see cref="RedactingEmbeddingGenerator"/>).</summary>
    /// <param name="configure">
    /// <see langword="null"/> to share the chat pipeline's redaction options (see the type's remarks); otherwise the
    /// embeddings' own options, bound from <c>AiGovernance:Redaction</c> and then configured here.
    /// </param>
    /// <returns>This builder.</returns>
    public AiEmbeddingGovernanceBuilder AddRedaction(Action<RedactionOptions>? configure = null)
    {
        bool shareChat = RegisterOptions(RedactionOptions.SectionName, configure);
        return Set(Stage.Redaction, (next, sp) => new RedactingEmbeddingGenerator(next, OptionsSource<RedactionOptions>(sp, shareChat))
        {
            MeterFactory = sp.GetService<System.Diagnostics.Metrics.IMeterFactory>(),
        });
    }

    /// <summary>
    /// Adds the exact per-value cache (<see cref="CachingEmbeddingGenerator"/>) on the application's
    /// <see cref="HybridCache"/> (registered here with <c>AddHybridCache()</c> unless one is; its L2 is the
    /// application's <c>IDistributedCache</c>), with options from <c>AiGovernance:Embeddings:Cache</c>.
    /// </summary>
    /// <param name="configure">Configures the options in code, after configuration.</param>
    /// <returns>This builder.</returns>
    public AiEmbeddingGovernanceBuilder AddCache(Action<EmbeddingCacheOptions>? configure = null)
    {
        Services.AddHybridCache().AddSerializer<CachedEmbedding, CachedEmbeddingSerializer>();
        AiGovernanceBuilder.RegisterPolicyOptions(Services, OptionsName, ConfigurationPath + ":" + EmbeddingCacheOptions.SectionName, Configuration, configure);
        return Set(Stage.Cache, (next, sp) => new CachingEmbeddingGenerator(
            next,
            sp.GetRequiredKeyedService<IPolicyOptionsSource<EmbeddingCacheOptions>>(OptionsName),
            sp.GetService<HybridCache>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<CallerContextResolver>()));
    }

    /// <summary>
    /// Adds the telemetry policy (<see cref="GovernanceTelemetryEmbeddingGenerator"/>): the <c>embeddings</c> span and
    /// GenAI metrics, on the meter of the registered <see cref="System.Diagnostics.Metrics.IMeterFactory"/> if any, with the
    /// chat pipeline's telemetry options when it has them.
    /// </summary>
    /// <returns>This builder.</returns>
    public AiEmbeddingGovernanceBuilder AddTelemetry() =>
        Set(Stage.Telemetry, (next, sp) => new GovernanceTelemetryEmbeddingGenerator(
            next,
            sp.GetKeyedService<IPolicyOptionsSource<TelemetryOptions>>(string.Empty),
            sp.GetRequiredService<TimeProvider>(),
            meterFactory: sp.GetService<System.Diagnostics.Metrics.IMeterFactory>()));

    /// <summary>
    /// Builds the policies around the provider's generator, outermost first, with the provider boundary innermost,
    /// after refusing middleware in it that only works outside the block (see <see cref="OutsideBlockMiddleware"/>).
    /// </summary>
    internal IEmbeddingGenerator<string, Embedding<float>> Build(IEmbeddingGenerator<string, Embedding<float>> inner, IServiceProvider services)
    {
        OutsideBlockMiddleware.ThrowIfInside(inner);
        IEmbeddingGenerator<string, Embedding<float>> generator = new ProviderBoundaryEmbeddingGenerator(inner);
        for (int i = _stages.Length - 1; i >= 0; i--)
        {
            if (_stages[i] is { } create)
            {
                generator = create(generator, services);
            }
        }

        return generator;
    }

    /// <summary>The options a shared policy reads: the chat pipeline's when asked and registered, else the embeddings' own.</summary>
    private static IPolicyOptionsSource<TOptions> OptionsSource<TOptions>(IServiceProvider services, bool shareChat)
        where TOptions : class =>
        (shareChat ? services.GetKeyedService<IPolicyOptionsSource<TOptions>>(string.Empty) : null)
        ?? services.GetRequiredKeyedService<IPolicyOptionsSource<TOptions>>(OptionsName);

    /// <summary>Registers the embeddings' own options; returns whether the chat pipeline's are to be preferred.</summary>
    private bool RegisterOptions<TOptions>(string sectionName, Action<TOptions>? configure)
        where TOptions : class
    {
        AiGovernanceBuilder.RegisterPolicyOptions(Services, OptionsName, ConfigurationPath + ":" + sectionName, Configuration, configure);
        return configure is null;
    }

    /// <summary>
    /// Refuses a second embedding governance block in one service collection. Embedding blocks are not named, so their
    /// options are registered under one name: a second block would bind configuration twice and apply each block's code
    /// configuration to both (one block's cache or budget options silently changing the other's).
    /// </summary>
    private static void ClaimBlock(IServiceCollection services)
    {
        foreach (ServiceDescriptor descriptor in services)
        {
            if (descriptor.ServiceType == typeof(BlockClaim))
            {
                throw new InvalidOperationException(
                    "Another embedding generator already has a governance block (AddAiEmbeddingGovernance or UseAiGovernance(services, ...)). " +
                    "Embedding governance blocks share one set of options, so a second block would bind configuration twice and apply each block's " +
                    "code configuration to both. Govern one embedding generator per service collection, or compose the second generator's policies " +
                    "with the generator types themselves (for example new CachingEmbeddingGenerator(...)).");
            }
        }

        services.AddSingleton(new BlockClaim());
    }

    private AiEmbeddingGovernanceBuilder Set(
        Stage stage, Func<IEmbeddingGenerator<string, Embedding<float>>, IServiceProvider, IEmbeddingGenerator<string, Embedding<float>>> create)
    {
        if (_stages[(int)stage] is not null)
        {
            throw new InvalidOperationException($"The embedding governance pipeline already has a {stage.ToString().ToLowerInvariant()} policy.");
        }

        _stages[(int)stage] = create;
        return this;
    }

    /// <summary>Marks a service collection that has an embedding governance block.</summary>
    private sealed class BlockClaim;
}
