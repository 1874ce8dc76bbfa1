using Microsoft.Extensions.AI;

namespace Governance.AI;

/// <summary>
/// Composes governance policies around a provider's <see cref="IChatClient"/>, always in the order of
/// <see cref="GovernanceStage"/> (telemetry outermost, the router innermost), whatever order they are added in.
/// </summary>
/// <remarks>
/// Use it directly in console apps and tests; <c>ChatClientBuilder.UseAiGovernance(...)</c> and
/// <c>services.AddAiGovernance(...)</c> use it under the hood. A stage that is not added is absent from the pipeline
/// and costs nothing. The provider boundary, which removes Governance.AI's request keys (the caller, per-call
/// switches), is always the innermost link of the block.
/// </remarks>
/// <example>
/// <code>
/// IChatClient governed = new GovernancePipelineBuilder(providerClient)
///     .UseRedaction(new RedactionOptions())
///     .UseBudgets(budgetOptions)
///     .Build();
/// </code>
/// </example>
public sealed class GovernancePipelineBuilder
{
    private readonly Func<IServiceProvider, IChatClient>? _innerClientFactory;
    private readonly SortedList<GovernanceStage, Func<IChatClient, IServiceProvider, IChatClient>> _stages = [];

    /// <summary>Initializes a new instance of the <see cref="GovernancePipelineBuilder"/> class.</summary>
    /// <param name="innerClient">The provider's client, which the policies wrap.</param>
    public GovernancePipelineBuilder(IChatClient innerClient)
    {
        ArgumentNullException.ThrowIfNull(innerClient);
        _innerClientFactory = _ => innerClient;
    }

    /// <summary>Initializes a new instance of the <see cref="GovernancePipelineBuilder"/> class.</summary>
    /// <param name="innerClientFactory">Creates the provider's client when the pipeline is built.</param>
    public GovernancePipelineBuilder(Func<IServiceProvider, IChatClient> innerClientFactory)
    {
        ArgumentNullException.ThrowIfNull(innerClientFactory);
        _innerClientFactory = innerClientFactory;
    }

    /// <summary>
    /// Initializes a new instance of the <see cref="GovernancePipelineBuilder"/> class for a block inside a
    /// <see cref="ChatClientBuilder"/>, whose inner client is whatever that builder composes below the block.
    /// </summary>
    internal GovernancePipelineBuilder()
    {
    }

    /// <summary>Gets the stages added so far, outermost first.</summary>
    public IReadOnlyList<GovernanceStage> Stages => [.. _stages.Keys];

    /// <summary>Adds the policy of a stage.</summary>
    /// <param name="stage">The stage, which fixes the policy's position in the pipeline.</param>
    /// <param name="policyFactory">Wraps the next client (towards the provider) in the policy.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The stage already has a policy.</exception>
    public GovernancePipelineBuilder Use(GovernanceStage stage, Func<IChatClient, IServiceProvider, IChatClient> policyFactory)
    {
        ArgumentNullException.ThrowIfNull(policyFactory);
        if (!Enum.IsDefined(stage))
        {
            throw new ArgumentOutOfRangeException(nameof(stage), stage, "Unknown governance stage.");
        }

        if (!_stages.TryAdd(stage, policyFactory))
        {
            throw new InvalidOperationException($"The {stage} stage already has a policy in this pipeline; configure it once.");
        }

        return this;
    }

    /// <summary>Adds the policy of a stage.</summary>
    /// <param name="stage">The stage, which fixes the policy's position in the pipeline.</param>
    /// <param name="policyFactory">Wraps the next client (towards the provider) in the policy.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The stage already has a policy.</exception>
    public GovernancePipelineBuilder Use(GovernanceStage stage, Func<IChatClient, IChatClient> policyFactory)
    {
        ArgumentNullException.ThrowIfNull(policyFactory);
        return Use(stage, (next, _) => policyFactory(next));
    }

    /// <summary>Gets a value indicating whether a stage has a policy.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns><see langword="true"/> if it has one.</returns>
    public bool Has(GovernanceStage stage) => _stages.ContainsKey(stage);

    /// <summary>Builds the governed client.</summary>
    /// <param name="services">
    /// The services policies take their collaborators from (a <see cref="TimeProvider"/>, stores, embedding
    /// generators); <see langword="null"/> for none, in which case each policy uses its defaults.
    /// </param>
    /// <returns>The governed client.</returns>
    /// <exception cref="InvalidOperationException">
    /// This builder is a block of a <see cref="ChatClientBuilder"/> (build that instead), or the inner client has
    /// middleware that only works outside the block (<c>UseIdempotency</c>, M.E.AI's <c>UseDistributedCache</c>).
    /// </exception>
    public IChatClient Build(IServiceProvider? services = null)
    {
        if (_innerClientFactory is null)
        {
            throw new InvalidOperationException(
                "This governance block belongs to a ChatClientBuilder (UseAiGovernance); build the ChatClientBuilder instead.");
        }

        services ??= EmptyServiceProvider.Instance;
        return Wrap(
            _innerClientFactory(services) ?? throw new InvalidOperationException("The inner client factory returned null."),
            services);
    }

    /// <summary>
    /// Wraps a client in the provider boundary and then in the stages, innermost first, after refusing middleware in
    /// it that only works outside the block (see <see cref="OutsideBlockMiddleware"/>).
    /// </summary>
    internal IChatClient Wrap(IChatClient innerClient, IServiceProvider services)
    {
        OutsideBlockMiddleware.ThrowIfInside(innerClient);
        IChatClient client = new ProviderBoundaryChatClient(innerClient);

        // Wrap from the innermost stage outwards, so that the outermost stage sees the call first.
        for (int i = _stages.Count - 1; i >= 0; i--)
        {
            GovernanceStage stage = _stages.Keys[i];
            client = _stages.Values[i](client, services)
                ?? throw new InvalidOperationException($"The {stage} policy factory returned null.");
        }

        if (client.GetService(typeof(Routing.ModelRouterChatClient)) is Routing.ModelRouterChatClient router)
        {
            router.ResponsePropertyCapacity = ResponseProperties.KeysAddedBy(_stages.Keys);
        }

        return client;
    }

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public static readonly EmptyServiceProvider Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
