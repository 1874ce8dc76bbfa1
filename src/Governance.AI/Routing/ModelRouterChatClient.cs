using System.Diagnostics.Metrics;
using Microsoft.Extensions.AI;
using Polly;

namespace Governance.AI.Routing;

/// <summary>
/// The model router (stage <see cref="GovernanceStage.Router"/>): sends each request to one of several backends
/// (deployments) by strategy, content rules, canary split, sticky sessions and budget downgrades; retries transient
/// failures with backoff honouring <c>Retry-After</c>, keeps a circuit breaker per backend, fails over to the next
/// backend, optionally hedges, and mirrors a fraction of traffic to shadow backends.
/// </summary>
/// <remarks>
/// <para>
/// A stream is retried and failed over only until its first update reaches the caller; after that an upstream
/// break surfaces as a <see cref="StreamInterruptedException"/>, never as a clean, truncated end.
/// </para>
/// <para>
/// When every candidate backend is broken, throttled or failing, the call fails with a
/// <see cref="NoHealthyBackendException"/> carrying the earliest time a backend is expected back. Non-transient
/// errors (for example a 400) are not retried and reach the caller as they are.
/// </para>
/// <para>
/// Responses carry <see cref="GovernanceProperties.RouteBackend"/> and <see cref="GovernanceProperties.RouteAttempts"/>
/// (for a stream, on its first update).
/// </para>
/// </remarks>
public sealed partial class ModelRouterChatClient : DelegatingChatClient
{
    /// <summary>The configuration path of the router's options.</summary>
    public const string ConfigurationPath = "AiGovernance:Routing";

    private static readonly ResiliencePropertyKey<HedgeState> HedgeStateKey = new("Governance.AI.Router.Hedge");
    private static readonly object[] BoxedAttempts = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16];
    private static readonly object BoxedTrue = true;

    private readonly IPolicyOptionsSource<RoutingOptions> _options;
    private readonly TimeProvider _time;
    private readonly CallerContextResolver? _callers;
    private readonly RouteSelector _selector;
    private readonly Lock _tableLock = new();
    private IMeterFactory? _meterFactory;
    private RouterTelemetry _telemetry = RouterTelemetry.Shared;
    private RouteTable? _table;
    private long _shadowsStarted;

    /// <summary>Initializes a new instance of the <see cref="ModelRouterChatClient"/> class.</summary>
    /// <param name="innerClient">The pipeline's next client: the only backend when <see cref="RoutingOptions.Backends"/> is empty.</param>
    /// <param name="options">The options, validated here.</param>
    /// <param name="timeProvider">The clock for backoff, breakers, timeouts and latency; the system clock by default.</param>
    /// <param name="callerResolver">Resolves the caller for rules on caller tags; <see cref="CallerContextResolver.Default"/> by default.</param>
    public ModelRouterChatClient(IChatClient innerClient, RoutingOptions options, TimeProvider? timeProvider = null, CallerContextResolver? callerResolver = null)
        : this(innerClient, PolicyOptionsSource.FixedValidated(options ?? throw new ArgumentNullException(nameof(options)), ConfigurationPath), timeProvider, callerResolver)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ModelRouterChatClient"/> class.</summary>
    /// <param name="innerClient">The pipeline's next client: the only backend when <see cref="RoutingOptions.Backends"/> is empty.</param>
    /// <param name="options">The source of the current, validated options (read per request).</param>
    /// <param name="timeProvider">The clock for backoff, breakers, timeouts and latency; the system clock by default.</param>
    /// <param name="callerResolver">Resolves the caller for rules on caller tags; <see cref="CallerContextResolver.Default"/> by default.</param>
    public ModelRouterChatClient(IChatClient innerClient, IPolicyOptionsSource<RoutingOptions> options, TimeProvider? timeProvider = null, CallerContextResolver? callerResolver = null)
        : base(innerClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _time = timeProvider ?? TimeProvider.System;
        _callers = callerResolver;
        _selector = new RouteSelector(RouterRandom.Create(options.Current.Seed));
        _ = GetTable();
        _telemetry.Register(this);
    }

    /// <summary>
    /// Gets or sets the meter factory the router's instruments (<c>governance.router.*</c>, backend gauges included)
    /// are created with: the pipeline builders set the one from the application's services, so its metrics belong to
    /// that service provider. <see langword="null"/> (the default) records on the process-wide <see cref="Telemetry.GovernanceDiagnostics.Meter"/>.
    /// </summary>
    public IMeterFactory? MeterFactory
    {
        get => _meterFactory;
        set
        {
            RouterTelemetry telemetry = RouterTelemetry.For(value);
            if (!ReferenceEquals(telemetry, _telemetry))
            {
                // The backend gauges report this router on its current meter only.
                _telemetry.Unregister(this);
                telemetry.Register(this);
                _telemetry = telemetry;
            }

            _meterFactory = value;
        }
    }

    internal RouteSelector Selector => _selector;

    /// <summary>
    /// Gets or sets how many keys the stages of the pipeline (this one included) may add to a response's properties,
    /// which the router creates: the pipeline builder sets it, so that the dictionary is made once at its final size.
    /// </summary>
    internal int ResponsePropertyCapacity { get; set; } = ResponseProperties.KeysAddedBy(GovernanceStage.Router);

    /// <summary>Gets the number of shadow requests started so far.</summary>
    internal long ShadowsStarted => Interlocked.Read(ref _shadowsStarted);

    /// <summary>Gets the router's name (<see cref="RoutingOptions.Name"/>).</summary>
    public string RouterName => GetTable().Options.Name;

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _telemetry.Unregister(this);
        }

        base.Dispose(disposing);
    }

    internal RouteTable GetTable()
    {
        RoutingOptions current = _options.Current;
        RouteTable? table = Volatile.Read(ref _table);
        if (table is not null && ReferenceEquals(table.Options, current))
        {
            return table;
        }

        lock (_tableLock)
        {
            table = _table;
            if (table is null || !ReferenceEquals(table.Options, current))
            {
                table = RouteTable.Build(current, InnerClient, _time, _selector.Random, table);
                table.Hedging = BuildHedging(current);
                Volatile.Write(ref _table, table);
            }

            return table;
        }
    }
}
