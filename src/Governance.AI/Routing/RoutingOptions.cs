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

/// <summary>What a backend's model can do; a request that needs a capability only goes to backends that have it.</summary>
[Flags]
public enum BackendCapabilities
{
    /// <summary>Plain chat only.</summary>
    None = 0,

    /// <summary>Function (tool) calling.</summary>
    Tools = 1,

    /// <summary>JSON response format (<see cref="ChatResponseFormat.Json"/>).</summary>
    JsonResponse = 2,

    /// <summary>Image input.</summary>
    Vision = 4,

    /// <summary>Every capability.</summary>
    All = Tools | JsonResponse | Vision,
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

/// <summary>One backend (deployment) of the router: a client, the model it serves, and how it is chosen.</summary>
public sealed class RoutingBackendOptions
{
    /// <summary>Gets or sets the backend's client (code only).</summary>
    public IChatClient? Client { get; set; }

    /// <summary>
    /// Gets or sets the model id the backend serves; it is sent to the provider as <see cref="ChatOptions.ModelId"/>.
    /// A backend without a model serves requests for any model and leaves the requested model id unchanged.
    /// </summary>
    public string? Model { get; set; }

    /// <summary>Gets or sets other model names requests may use for this backend (for example <c>gpt-4o</c> for a <c>gpt-4o-2024-08-06</c> deployment).</summary>
    public List<string> Aliases { get; set; } = [];

    /// <summary>Gets or sets the backend's region (informational; reported in health).</summary>
    public string? Region { get; set; }

    /// <summary>Gets or sets the priority: lower is preferred by <see cref="RoutingStrategy.Priority"/>.</summary>
    public int Priority { get; set; }

    /// <summary>Gets or sets the weight for weighted choices; positive.</summary>
    public double Weight { get; set; } = 1;

    /// <summary>Gets or sets the price of one million input tokens in US dollars; <see langword="null"/> to look the model up in the price table.</summary>
    public decimal? InputPricePerMillion { get; set; }

    /// <summary>Gets or sets the price of one million output tokens in US dollars; <see langword="null"/> to look the model up in the price table.</summary>
    public decimal? OutputPricePerMillion { get; set; }

    /// <summary>Gets or sets the backend's capacity in tokens per minute (prompt plus output; a request counts its estimated prompt and expected output); requests beyond it go elsewhere.</summary>
    public long? TokensPerMinute { get; set; }

    /// <summary>Gets or sets the backend's capacity in requests per minute; requests beyond it go elsewhere.</summary>
    public long? RequestsPerMinute { get; set; }

    /// <summary>Gets or sets the largest prompt (in estimated tokens) the backend accepts.</summary>
    public int? MaxPromptTokens { get; set; }

    /// <summary>Gets or sets what the backend's model can do; <see cref="BackendCapabilities.All"/> by default.</summary>
    public BackendCapabilities Capabilities { get; set; } = BackendCapabilities.All;

    /// <summary>Gets or sets free-form tags that content rules can target (for example <c>long-context</c>).</summary>
    public List<string> Tags { get; set; } = [];

    /// <summary>
    /// Gets or sets the percentage (0–100) of requests this backend gets as a canary. A canary gets no other traffic
    /// (except as the last resort when every other backend is down). With sticky sessions the split is per conversation.
    /// </summary>
    public double CanaryPercent { get; set; }

    /// <summary>
    /// Gets or sets the percentage (0–100) of requests mirrored to this backend as shadow traffic. A shadow backend
    /// gets no real traffic; its answers are compared with the real ones and discarded.
    /// </summary>
    public double ShadowPercent { get; set; }

    /// <summary>Gets or sets a value indicating whether the backend is in use.</summary>
    public bool Enabled { get; set; } = true;

    internal void Validate(OptionsValidationErrors errors)
    {
        errors.Require(Client is not null || !Enabled, nameof(Client), "is required: add the backend's client in code with RoutingOptions.AddBackend (or disable the backend).");
        if (Client is not null && OutsideBlockMiddleware.FindIn(Client) is { } outsideOnly)
        {
            errors.Add(nameof(Client), outsideOnly.InBackendClient);
        }

        errors.Require(Weight > 0 && double.IsFinite(Weight), nameof(Weight), $"must be positive (was {Weight}).");
        errors.Require(InputPricePerMillion is null or >= 0, nameof(InputPricePerMillion), "must not be negative.");
        errors.Require(OutputPricePerMillion is null or >= 0, nameof(OutputPricePerMillion), "must not be negative.");
        errors.Require(TokensPerMinute is null or > 0, nameof(TokensPerMinute), "must be positive.");
        errors.Require(RequestsPerMinute is null or > 0, nameof(RequestsPerMinute), "must be positive.");
        errors.Require(MaxPromptTokens is null or > 0, nameof(MaxPromptTokens), "must be positive.");
        errors.Require((Capabilities & ~BackendCapabilities.All) == 0, nameof(Capabilities), $"has unknown flags (was {Capabilities}).");
        errors.RequireRange(CanaryPercent, 0, 100, nameof(CanaryPercent));
        errors.RequireRange(ShadowPercent, 0, 100, nameof(ShadowPercent));
        errors.Require(!(CanaryPercent > 0 && ShadowPercent > 0), nameof(ShadowPercent), "a backend cannot be both a canary and a shadow.");
        for (int i = 0; i < (Aliases?.Count ?? 0); i++)
        {
            errors.At(nameof(Aliases)).Require(!string.IsNullOrWhiteSpace(Aliases![i]), i.ToString(System.Globalization.CultureInfo.InvariantCulture), "must not be empty.");
        }
    }
}

/// <summary>
/// A content rule: when a request meets every condition that is set, it goes to the rule's backends (by name or by tag).
/// </summary>
public sealed class RoutingRule
{
    /// <summary>Gets or sets the rule's name, for diagnostics.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the requested model the rule applies to; any model when <see langword="null"/>.</summary>
    public string? Model { get; set; }

    /// <summary>Gets or sets the smallest estimated prompt size (tokens) the rule applies to.</summary>
    public int? MinPromptTokens { get; set; }

    /// <summary>Gets or sets the largest estimated prompt size (tokens) the rule applies to.</summary>
    public int? MaxPromptTokens { get; set; }

    /// <summary>Gets or sets capabilities the request must use (tools, JSON response format, images) for the rule to apply.</summary>
    public BackendCapabilities RequestUses { get; set; }

    /// <summary>Gets or sets a caller tag the request must carry: <c>key</c>, or <c>key=value</c> (see <see cref="CallerContext.Tags"/>).</summary>
    public string? CallerTag { get; set; }

    /// <summary>Gets or sets the names of the backends the rule sends matching requests to.</summary>
    public List<string> Backends { get; set; } = [];

    /// <summary>Gets or sets a backend tag: matching requests go to backends carrying it.</summary>
    public string? BackendTag { get; set; }

    internal void Validate(OptionsValidationErrors errors, Dictionary<string, RoutingBackendOptions>? backends)
    {
        errors.Require((Backends?.Count ?? 0) > 0 || !string.IsNullOrEmpty(BackendTag), nameof(Backends), "the rule needs target backends or a backend tag.");
        errors.Require(MinPromptTokens is null or >= 0, nameof(MinPromptTokens), "must not be negative.");
        errors.Require(MaxPromptTokens is null or >= 0, nameof(MaxPromptTokens), "must not be negative.");
        errors.Require(MinPromptTokens is null || MaxPromptTokens is null || MinPromptTokens <= MaxPromptTokens, nameof(MaxPromptTokens), "must not be below MinPromptTokens.");
        errors.Require((RequestUses & ~BackendCapabilities.All) == 0, nameof(RequestUses), $"has unknown flags (was {RequestUses}).");
        for (int i = 0; i < (Backends?.Count ?? 0); i++)
        {
            string name = Backends![i];
            errors.At(nameof(Backends)).Require(
                backends is not null && name is not null && backends.ContainsKey(name),
                i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"names an unknown backend '{name}'.");
        }
    }
}

/// <summary>The resilience each backend gets: retries, a circuit breaker, timeouts and optional hedging.</summary>
public sealed class RoutingResilienceOptions
{
    /// <summary>Gets or sets the retries on one backend before the router fails over to the next.</summary>
    public RoutingRetryOptions Retry { get; set; } = new();

    /// <summary>Gets or sets each backend's circuit breaker.</summary>
    public RoutingCircuitBreakerOptions CircuitBreaker { get; set; } = new();

    /// <summary>Gets or sets the timeout of one attempt (for a stream: until its first chunk); <see langword="null"/> for none.</summary>
    public TimeSpan? AttemptTimeout { get; set; }

    /// <summary>Gets or sets the timeout of the whole call, retries and failovers (and for a stream, the whole stream) included; <see langword="null"/> for none.</summary>
    public TimeSpan? TotalTimeout { get; set; }

    /// <summary>Gets or sets the most backends one request tries (the first and its failovers).</summary>
    public int MaxBackendsPerRequest { get; set; } = 4;

    /// <summary>Gets or sets hedging: extra requests to other backends when the first is slow (non-streaming calls only).</summary>
    public RoutingHedgingOptions Hedging { get; set; } = new();

    internal void Validate(OptionsValidationErrors errors)
    {
        if (Retry is null)
        {
            errors.Add(nameof(Retry), "is required.");
        }
        else
        {
            Retry.Validate(errors.At(nameof(Retry)));
        }

        if (CircuitBreaker is null)
        {
            errors.Add(nameof(CircuitBreaker), "is required.");
        }
        else
        {
            CircuitBreaker.Validate(errors.At(nameof(CircuitBreaker)));
        }

        if (Hedging is null)
        {
            errors.Add(nameof(Hedging), "is required.");
        }
        else
        {
            Hedging.Validate(errors.At(nameof(Hedging)));
        }

        errors.Require(AttemptTimeout is null || (AttemptTimeout >= TimeSpan.FromMilliseconds(10) && AttemptTimeout <= TimeSpan.FromDays(1)), nameof(AttemptTimeout), $"must be between 10 ms and 1 day (was {AttemptTimeout}).");
        errors.Require(TotalTimeout is null || TotalTimeout > TimeSpan.Zero, nameof(TotalTimeout), $"must be positive (was {TotalTimeout}).");
        errors.Require(MaxBackendsPerRequest >= 1, nameof(MaxBackendsPerRequest), $"must be at least 1 (was {MaxBackendsPerRequest}).");
    }
}

/// <summary>Retries of transient failures (429, 408, 5xx, timeouts, connection errors) on one backend.</summary>
public sealed class RoutingRetryOptions
{
    /// <summary>Gets or sets the retries after the first attempt; 0 for none.</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>Gets or sets the base delay of the exponential backoff.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Gets or sets the longest backoff delay.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets a value indicating whether backoff delays are jittered.</summary>
    public bool UseJitter { get; set; } = true;

    /// <summary>
    /// Gets or sets the longest provider <c>Retry-After</c> the router waits for on the same backend; a longer one
    /// makes it fail over at once (and keeps the backend out of rotation until then).
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    internal void Validate(OptionsValidationErrors errors)
    {
        errors.Require(MaxRetries is >= 0 and <= 100, nameof(MaxRetries), $"must be between 0 and 100 (was {MaxRetries}).");
        errors.Require(BaseDelay >= TimeSpan.Zero, nameof(BaseDelay), $"must not be negative (was {BaseDelay}).");
        errors.Require(MaxDelay >= BaseDelay, nameof(MaxDelay), $"must not be below BaseDelay (was {MaxDelay}).");
        errors.Require(MaxRetryAfter >= TimeSpan.Zero, nameof(MaxRetryAfter), $"must not be negative (was {MaxRetryAfter}).");
    }
}

/// <summary>The circuit breaker of one backend.</summary>
public sealed class RoutingCircuitBreakerOptions
{
    /// <summary>Gets or sets a value indicating whether backends have circuit breakers.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Gets or sets the failure ratio within the sampling window that opens the circuit.</summary>
    public double FailureRatio { get; set; } = 0.5;

    /// <summary>Gets or sets the fewest calls in the sampling window before the circuit may open (at least 2).</summary>
    public int MinimumThroughput { get; set; } = 10;

    /// <summary>Gets or sets the sampling window (at least 500 ms).</summary>
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets how long the circuit stays open (at least 500 ms); a longer provider <c>Retry-After</c> extends it.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets the longest break a provider <c>Retry-After</c> can ask for.</summary>
    public TimeSpan MaxBreakDuration { get; set; } = TimeSpan.FromMinutes(5);

    internal void Validate(OptionsValidationErrors errors)
    {
        errors.Require(FailureRatio > 0 && FailureRatio <= 1, nameof(FailureRatio), $"must be above 0 and at most 1 (was {FailureRatio}).");
        errors.Require(MinimumThroughput >= 2, nameof(MinimumThroughput), $"must be at least 2 (was {MinimumThroughput}).");
        errors.Require(SamplingDuration >= TimeSpan.FromMilliseconds(500), nameof(SamplingDuration), $"must be at least 500 ms (was {SamplingDuration}).");
        errors.Require(BreakDuration >= TimeSpan.FromMilliseconds(500), nameof(BreakDuration), $"must be at least 500 ms (was {BreakDuration}).");
        errors.Require(MaxBreakDuration >= BreakDuration, nameof(MaxBreakDuration), $"must not be below BreakDuration (was {MaxBreakDuration}).");
    }
}

/// <summary>Hedging: when the first backend has not answered after <see cref="Delay"/>, the request also goes to the next one, and the first answer wins.</summary>
public sealed class RoutingHedgingOptions
{
    /// <summary>Gets or sets the extra requests (0 disables hedging; at most 10).</summary>
    public int MaxHedgedAttempts { get; set; }

    /// <summary>Gets or sets how long to wait for an answer before hedging.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.FromSeconds(2);

    internal void Validate(OptionsValidationErrors errors)
    {
        errors.Require(MaxHedgedAttempts is >= 0 and <= 10, nameof(MaxHedgedAttempts), $"must be between 0 and 10 (was {MaxHedgedAttempts}).");
        errors.RequirePositive(Delay, nameof(Delay));
    }
}
