using Governance.AI.Pricing;
using Microsoft.Extensions.AI;

namespace Governance.AI.Routing;

/// <summary>How the router chooses among the healthy backends that can serve a request.</summary>
public enum RoutingStrategy
{
    /// <summary>The backend with the lowest <see cref="RoutingBackendOptions.Priority"/>; ties split by weight; the others are failover targets in priority order.</summary>
    Priority = 0,

    /// <summary>Each backend in turn.</summary>
    RoundRobin,

    /// <summary>At random, in proportion to <see cref="RoutingBackendOptions.Weight"/>.</summary>
    WeightedRandom,

    /// <summary>The backend with the fewest requests in flight.</summary>
    LeastBusy,

    /// <summary>
    /// Power of two choices: two backends at random, the one with the lower latency EWMA (scaled by its requests in
    /// flight). The EWMA of a backend that gets no samples decays with a 30 s time constant, so a backend that was slow is probed again later.
    /// </summary>
    LatencyAware,

    /// <summary>The backend with the lowest estimated cost for the request (prompt tokens and expected output at the backend's price).</summary>
    CostOptimized,
}

/// <summary>
/// Options of the model router: the backends (deployments) it routes among, the strategy, content rules, budget
/// downgrades, and the resilience every backend gets (retries, a circuit breaker, timeouts, hedging).
/// </summary>
/// <remarks>
/// <para>
/// Backends are keyed by name. Their clients can only be given in code (<see cref="AddBackend"/>); every other
/// backend setting can also come from configuration, for example <c>AiGovernance:Routing:Backends:east:Weight</c>.
/// Under DI configuration binds first and code runs second, so a setting that code assigns overrides the file; to
/// let the file tune a backend, add it in code without assigning that setting.
/// </para>
/// <para>
/// When no backend is configured, the router has one backend named <see cref="DefaultBackendName"/>: the pipeline's
/// inner client, which then gets the router's resilience. When backends are configured the inner client is not used.
/// </para>
/// </remarks>
public sealed class RoutingOptions : IValidatableOptions
{
    /// <summary>The most backends one router can hold.</summary>
    public const int MaxBackends = 64;

    /// <summary>The name of the implicit backend that wraps the pipeline's inner client when no backend is configured.</summary>
    public const string DefaultBackendName = "default";

    /// <summary>Gets or sets the router's name, used as a telemetry tag.</summary>
    public string Name { get; set; } = "default";

    /// <summary>Gets or sets the strategy; <see cref="RoutingStrategy.Priority"/> by default.</summary>
    public RoutingStrategy Strategy { get; set; } = RoutingStrategy.Priority;

    /// <summary>Gets or sets the backends by name (case-insensitive).</summary>
    public Dictionary<string, RoutingBackendOptions> Backends { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Gets or sets content rules, tried in order: the first whose conditions a request meets restricts the request
    /// to the rule's backends (when any of them is healthy; otherwise the request falls back to every capable backend).
    /// </summary>
    public List<RoutingRule> Rules { get; set; } = [];

    /// <summary>
    /// Gets or sets budget downgrades: requested model to cheaper model. When a request carries
    /// <see cref="GovernanceProperties.PreferCheaperModel"/> = <see langword="true"/>, it goes to a backend of the
    /// cheaper model; without a mapping (or with none healthy) it goes to the cheapest capable backend of its own model.
    /// </summary>
    public Dictionary<string, string> Downgrades { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Gets or sets a value indicating whether requests with a conversation id (<see cref="ChatOptions.ConversationId"/>
    /// or <see cref="RoutingProperties.StickyKey"/>) always go to the same healthy backend (rendezvous hashing by weight).
    /// </summary>
    public bool StickySessions { get; set; }

    /// <summary>Gets or sets the seed of the router's random choices; <see langword="null"/> for a random seed. Set it for reproducible tests.</summary>
    public int? Seed { get; set; }

    /// <summary>Gets or sets the output tokens assumed when estimating a request's cost (when it sets no <see cref="ChatOptions.MaxOutputTokens"/>).</summary>
    public int ExpectedOutputTokens { get; set; } = 256;

    /// <summary>
    /// Gets or sets a value indicating whether a stream that ends without a finish reason counts as broken. Before the
    /// first chunk it is retried; after it the caller gets a <see cref="StreamInterruptedException"/>.
    /// </summary>
    public bool RequireFinishReason { get; set; } = true;

    /// <summary>Gets or sets the timeout of a shadow request, which runs on its own cancellation.</summary>
    public TimeSpan ShadowTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Gets or sets the resilience every backend gets.</summary>
    public RoutingResilienceOptions Resilience { get; set; } = new();

    /// <summary>Gets or sets the prices used when a backend has none of its own; <see cref="ModelPriceTable.Default"/> when <see langword="null"/>.</summary>
    public ModelPriceTable? Prices { get; set; }

    /// <summary>
    /// Gets or sets a function that reads a provider SDK's exception (status code and retry-after) that the built-in
    /// reading of <see cref="ProviderErrors.Inspect"/> does not understand (it reads OpenAI's <c>ClientResultException</c>,
    /// Azure's <c>RequestFailedException</c> and <see cref="HttpRequestException"/> itself). Return <see langword="null"/> to fall back to the built-in reading.
    /// </summary>
    public Func<Exception, ProviderError?>? ErrorInspector { get; set; }

    /// <summary>Gets or sets a callback invoked with every shadow comparison (off the caller's path; exceptions it throws are swallowed).</summary>
    public Action<ShadowComparison>? OnShadowComparison { get; set; }

    /// <summary>Adds a backend, or sets the client of a backend that configuration already described.</summary>
    /// <param name="name">The backend's name.</param>
    /// <param name="client">The backend's client.</param>
    /// <param name="model">The model id the backend serves and sends to the provider; <see langword="null"/> to keep configuration's (or serve any model).</param>
    /// <param name="configure">Sets the backend's other settings.</param>
    /// <returns>These options.</returns>
    public RoutingOptions AddBackend(string name, IChatClient client, string? model = null, Action<RoutingBackendOptions>? configure = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(client);
        if (!Backends.TryGetValue(name, out RoutingBackendOptions? backend))
        {
            backend = new RoutingBackendOptions();
            Backends[name] = backend;
        }

        backend.Client = client;
        if (model is not null)
        {
            backend.Model = model;
        }

        configure?.Invoke(backend);
        return this;
    }

    void IValidatableOptions.Validate(OptionsValidationErrors errors)
    {
        errors.Require(!string.IsNullOrWhiteSpace(Name), nameof(Name), "is required.");
        errors.Require(Enum.IsDefined(Strategy), nameof(Strategy), $"is not a known strategy (was {Strategy}).");
        errors.Require(Backends is not null, nameof(Backends), "is required.");
        errors.Require(ExpectedOutputTokens >= 0, nameof(ExpectedOutputTokens), $"must not be negative (was {ExpectedOutputTokens}).");
        errors.RequirePositive(ShadowTimeout, nameof(ShadowTimeout));
        if (Backends is not null)
        {
            errors.Require(Backends.Count <= MaxBackends, nameof(Backends), $"may hold at most {MaxBackends} backends (has {Backends.Count}).");
            double canaryTotal = 0;
            foreach (KeyValuePair<string, RoutingBackendOptions> pair in Backends)
            {
                OptionsValidationErrors at = errors.At(nameof(Backends)).At(pair.Key);
                if (pair.Value is null)
                {
                    at.Add(string.Empty, "is null.");
                    continue;
                }

                pair.Value.Validate(at);
                canaryTotal += pair.Value.CanaryPercent;
            }

            errors.Require(canaryTotal <= 100, nameof(Backends), $"canary percentages add up to more than 100 (was {canaryTotal}).");
        }

        for (int i = 0; i < (Rules?.Count ?? 0); i++)
        {
            OptionsValidationErrors at = errors.At(nameof(Rules)).At(i);
            RoutingRule? rule = Rules![i];
            if (rule is null)
            {
                at.Add(string.Empty, "is null.");
                continue;
            }

            rule.Validate(at, Backends);
        }

        if (Downgrades is not null)
        {
            foreach (KeyValuePair<string, string> pair in Downgrades)
            {
                errors.At(nameof(Downgrades)).Require(!string.IsNullOrWhiteSpace(pair.Value), pair.Key, "must name the cheaper model.");
            }
        }

        if (Resilience is null)
        {
            errors.Add(nameof(Resilience), "is required.");
        }
        else
        {
            Resilience.Validate(errors.At(nameof(Resilience)));
        }
    }
}
