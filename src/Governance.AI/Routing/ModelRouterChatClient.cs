using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Text;
using Governance.AI.Pricing;
using Microsoft.Extensions.AI;
using Polly;
using Polly.CircuitBreaker;
using Polly.Hedging;
using Polly.Timeout;

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
public sealed class ModelRouterChatClient : DelegatingChatClient
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

    /// <summary>Gets the health of every backend: state, when it is expected back, latency EWMA and requests in flight.</summary>
    /// <returns>One entry per enabled backend.</returns>
    public IReadOnlyList<BackendHealth> GetBackendHealth()
    {
        RouteTable table = GetTable();
        long now = _time.GetUtcNow().UtcTicks;
        var health = new BackendHealth[table.Count];
        for (int i = 0; i < table.Count; i++)
        {
            BackendRuntime backend = table.Backends[i];
            CircuitState circuit = backend.CircuitState;
            long broken = backend.BrokenUntil;
            long throttled = backend.ThrottledUntil;
            BackendHealthState state;
            long until = 0;
            if (circuit == CircuitState.Isolated)
            {
                state = BackendHealthState.Broken;
            }
            else if (broken > now)
            {
                state = BackendHealthState.Broken;
                until = Math.Max(broken, throttled);
            }
            else if (throttled > now)
            {
                state = BackendHealthState.Throttled;
                until = throttled;
            }
            else if (circuit is CircuitState.Open or CircuitState.HalfOpen)
            {
                state = BackendHealthState.HalfOpen;
            }
            else if (table.IsLimited(i) && !backend.HasCapacity(now, table.RequestsPerMinute[i], table.TokensPerMinute[i], 0))
            {
                state = BackendHealthState.Throttled;
                until = backend.CapacityResetsAt(now);
            }
            else
            {
                state = BackendHealthState.Healthy;
            }

            health[i] = new BackendHealth(
                backend.Name,
                table.Settings[i].Model,
                table.Settings[i].Region,
                state,
                until > 0 ? new DateTimeOffset(until, TimeSpan.Zero) : null,
                TimeSpan.FromTicks((long)backend.LatencyEwmaTicks),
                backend.InFlight,
                backend.Successes,
                backend.Failures,
                table.Roles[i]);
        }

        return health;
    }

    /// <inheritdoc />
    /// <remarks>
    /// Without hedging, shadows or a total timeout, a call whose attempt completes synchronously (an in-memory model)
    /// is finished on the spot, without an async state machine of its own; every failure still comes back through
    /// the returned task.
    /// </remarks>
    public override Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            ArgumentNullException.ThrowIfNull(messages);
            RouteTable table = GetTable();
            if (table.Hedging is not null || table.HasShadows || table.Options.Resilience.TotalTimeout is not null)
            {
                return RouteAsync(table, messages, options, cancellationToken);
            }

            ValueTask<ChatResponse> executing = ExecuteAsync(table, Start(table, messages, options, cancellationToken), cancellationToken);
            return executing.IsCompletedSuccessfully ? Task.FromResult(executing.Result) : executing.AsTask();
        }
        catch (Exception ex)
        {
            return ResponseTasks.Failed(ex);
        }
    }

    /// <summary>A call with hedging, shadows or a total timeout: the work around the attempts needs an async method.</summary>
    private async Task<ChatResponse> RouteAsync(
        RouteTable table, IEnumerable<ChatMessage> messages, ChatOptions? options, CancellationToken cancellationToken)
    {
        RouteCall call = Start(table, messages, options, cancellationToken);
        ShadowRun? shadow = table.HasShadows ? StartShadow(table, call) : null;
        long started = shadow is null ? 0 : _time.GetTimestamp();
        TotalTimeoutScope? total = CreateTotalTimeout(table, cancellationToken);
        CancellationToken token = total?.Token ?? cancellationToken;
        ChatResponse? response = null;
        try
        {
            response = table.Hedging is { } hedging
                ? await ExecuteHedgedAsync(table, call, hedging, token).ConfigureAwait(false)
                : await ExecuteAsync(table, call, token).ConfigureAwait(false);
            return response;
        }
        catch (OperationCanceledException ex) when (total is { IsCancellationRequested: true } && !cancellationToken.IsCancellationRequested)
        {
            throw TotalTimeout(table, call, ex);
        }
        finally
        {
            total?.Dispose();
            shadow?.PrimaryCompleted(
                response?.AdditionalProperties?.TryGetValue(GovernanceProperties.RouteBackend, out object? served) == true && served is string name ? name : "(none)",
                response is not null,
                response?.Text,
                response?.Usage,
                _time.GetElapsedTime(started));
        }
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        RouteTable table = GetTable();
        RouteCall call = Start(table, messages, options, cancellationToken);
        ShadowRun? shadow = table.HasShadows ? StartShadow(table, call) : null;
        long started = shadow is null ? 0 : _time.GetTimestamp();
        TotalTimeoutScope? total = CreateTotalTimeout(table, cancellationToken);
        CancellationToken token = total?.Token ?? cancellationToken;
        StreamLease? lease = null;
        StringBuilder? text = shadow is null ? null : new StringBuilder();
        UsageDetails? usage = null;
        bool succeeded = false;
        try
        {
            int index;
            try
            {
                (lease, index) = await OpenStreamAsync(table, call, token).ConfigureAwait(false);
            }
            catch (OperationCanceledException ex) when (total is { IsCancellationRequested: true } && !cancellationToken.IsCancellationRequested)
            {
                throw TotalTimeout(table, call, ex);
            }

            int delivered = 0;
            bool finished = false;
            if (lease.HasCurrent)
            {
                ChatResponseUpdate update = lease.Current;
                Annotate(update.AdditionalProperties ??= [], table, index, call);
                while (true)
                {
                    finished |= update.FinishReason is not null;
                    if (text is not null || lease.Limited)
                    {
                        text?.Append(update.Text);
                        usage = UsageOf(update) ?? usage;
                    }

                    yield return update;
                    delivered++;

                    Exception? error = await lease.MoveNextAsync().ConfigureAwait(false);
                    if (error is not null)
                    {
                        if (cancellationToken.IsCancellationRequested)
                        {
                            ExceptionDispatchInfo.Throw(error);
                        }

                        // Part of the answer is already with the caller: no retry, no failover, and never a clean end.
                        lease.Backend.RecordFailure(error, cancellationToken);
                        _telemetry.RecordRequest(table.Options.Name, lease.Backend.Name, "interrupted");
                        throw new StreamInterruptedException(lease.Backend.Name, delivered, error);
                    }

                    if (!lease.HasCurrent)
                    {
                        break;
                    }

                    update = lease.Current;
                }
            }

            if (!finished && table.Options.RequireFinishReason)
            {
                _telemetry.RecordRequest(table.Options.Name, lease.Backend.Name, "interrupted");
                throw new StreamInterruptedException(lease.Backend.Name, delivered, null);
            }

            lease.Backend.RecordSuccess(null, usage?.OutputTokenCount, lease.Limited);
            _telemetry.RecordRequest(table.Options.Name, lease.Backend.Name, "success");
            succeeded = true;
        }
        finally
        {
            string backend = lease?.Backend.Name ?? "(none)";
            if (lease is not null)
            {
                await lease.DisposeAsync().ConfigureAwait(false);
            }

            total?.Dispose();
            shadow?.PrimaryCompleted(backend, succeeded, text?.ToString(), usage, _time.GetElapsedTime(started));
        }
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _telemetry.Unregister(this);
        }

        base.Dispose(disposing);
    }

    /// <summary>
    /// Reads what the request asks for, then, when a stage made its options for this request, removes
    /// Governance.AI's keys from them once, so that no attempt copies them again.
    /// </summary>
    private RouteCall Start(RouteTable table, IEnumerable<ChatMessage> messages, ChatOptions? options, CancellationToken cancellationToken)
    {
        _selector.Analyze(table, messages, options, _callers, out RouteRequest request);
        return new RouteCall(table, messages, ProviderBoundaryChatClient.StripIfOwned(options), cancellationToken) { Request = request };
    }

    /// <summary>Whether an error is a backend's failure that another backend may not have: worth a failover.</summary>
    internal static bool IsFailover(RouteTable table, Exception exception, DateTimeOffset now, CancellationToken token)
    {
        if (token.IsCancellationRequested)
        {
            return false;
        }

        if (exception is BrokenCircuitException or TimeoutRejectedException or EmptyStreamException)
        {
            return true;
        }

        ProviderError error = ProviderErrors.Inspect(exception, now, table.Options.ErrorInspector);
        return ProviderErrors.IsTransient(exception, error, token);
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

    private static UsageDetails? UsageOf(ChatResponseUpdate update)
    {
        IList<AIContent> contents = update.Contents;
        for (int i = 0; i < contents.Count; i++)
        {
            if (contents[i] is UsageContent usage)
            {
                return usage.Details;
            }
        }

        return null;
    }

    private static void Annotate(AdditionalPropertiesDictionary properties, RouteTable table, int index, RouteCall call)
    {
        properties[GovernanceProperties.RouteBackend] = table.Backends[index].Name;
        properties[GovernanceProperties.RouteAttempts] = Boxed(Volatile.Read(ref call.Attempts));
        if (IsDowngrade(table, index, call))
        {
            properties[RoutingProperties.Downgraded] = BoxedTrue;
        }
    }

    private static object Boxed(int attempts) => (uint)attempts < (uint)BoxedAttempts.Length ? BoxedAttempts[attempts] : attempts;

    private static bool IsDowngrade(RouteTable table, int index, RouteCall call) =>
        call.Request.DowngradedTo is { } cheaper && (table.GroupOf(cheaper) & (1UL << index)) != 0;

    private static string? ModelFor(RouteTable table, int index, RouteCall call) =>
        table.Settings[index].Model ?? (IsDowngrade(table, index, call) ? call.Request.DowngradedTo : call.Options?.ModelId);

    /// <summary>The options a backend gets: without Governance.AI keys, with the backend's model; cloned only when something changes.</summary>
    private static ChatOptions? OptionsFor(RouteTable table, int index, RouteCall call)
    {
        ChatOptions? options = ProviderBoundaryChatClient.StripGovernanceKeys(call.Options);
        string? model = ModelFor(table, index, call);
        if (model is not null && !string.Equals(options?.ModelId, model, StringComparison.Ordinal))
        {
            if (options is null || ReferenceEquals(options, call.Options))
            {
                options = options?.Clone() ?? new ChatOptions();
            }

            options.ModelId = model;
        }

        return options;
    }

    private TotalTimeoutScope? CreateTotalTimeout(RouteTable table, CancellationToken cancellationToken) =>
        table.Options.Resilience.TotalTimeout is { } timeout ? new TotalTimeoutScope(timeout, _time, cancellationToken) : null;

    private static TimeoutRejectedException TotalTimeout(RouteTable table, RouteCall call, Exception inner) =>
        new(
            $"The router's total timeout of {table.Options.Resilience.TotalTimeout} elapsed after {Volatile.Read(ref call.Attempts)} attempt(s).",
            table.Options.Resilience.TotalTimeout ?? TimeSpan.Zero,
            inner);

    private NoHealthyBackendException NoHealthy(RouteTable table, RouteCall call, Exception? last)
    {
        DateTimeOffset now = _time.GetUtcNow();
        long earliest = RouteSelector.EarliestRetry(table, ref call.Request, now.UtcTicks);
        _telemetry.RecordRequest(table.Options.Name, "(none)", "no_healthy_backend");
        var error = new NoHealthyBackendException(
            call.Request.Model,
            earliest > now.UtcTicks ? new DateTimeOffset(earliest, TimeSpan.Zero) : null,
            now,
            last);

        // The attempts' reported usage was billed: the budget charges it although no answer came back.
        ProviderCharge.AttachTo(error, call.Charges);
        return error;
    }

    /// <summary>
    /// Picks the next backend not yet tried for this request and marks it tried; when none is left (or the request
    /// has tried as many as allowed) the request fails with <see cref="NoHealthyBackendException"/>.
    /// </summary>
    private int NextBackend(RouteTable table, RouteCall call, int tried, ref ulong excluded, Exception? last)
    {
        int index = tried < table.Options.Resilience.MaxBackendsPerRequest
            ? _selector.Select(table, ref call.Request, excluded, _time.GetUtcNow().UtcTicks)
            : -1;
        if (index < 0)
        {
            throw NoHealthy(table, call, last);
        }

        excluded |= 1UL << index;
        return index;
    }

    private async ValueTask<ChatResponse> ExecuteAsync(RouteTable table, RouteCall call, CancellationToken token)
    {
        ulong excluded = 0;
        Exception? last = null;
        for (int tried = 0; ; tried++)
        {
            int index = NextBackend(table, call, tried, ref excluded, last);
            BackendRuntime backend = table.Backends[index];
            ResilienceContext context = ResilienceContextPool.Shared.Get(token);
            try
            {
                ChatResponse response = BackendRuntime.ResultOf<ChatResponse>(await backend.ExecuteAsync(call, OptionsFor(table, index, call), table.IsLimited(index), context).ConfigureAwait(false));
                Annotate(response.AdditionalProperties ??= ResponseProperties.Create(ResponsePropertyCapacity), table, index, call);
                ProviderCharge.AttachTo(response, call.Charges);
                _telemetry.RecordRequest(table.Options.Name, backend.Name, "success");
                return response;
            }
            catch (Exception ex) when (IsFailover(table, ex, _time.GetUtcNow(), token))
            {
                last = ex;
                call.AddCharges(ProviderCharge.Of(ex));
                _telemetry.RecordFailover(table.Options.Name, backend.Name, ex);
            }
            finally
            {
                ResilienceContextPool.Shared.Return(context);
            }
        }
    }

    private async ValueTask<(StreamLease Lease, int Index)> OpenStreamAsync(RouteTable table, RouteCall call, CancellationToken token)
    {
        ulong excluded = 0;
        Exception? last = null;
        bool requireFinish = table.Options.RequireFinishReason;
        for (int tried = 0; ; tried++)
        {
            int index = NextBackend(table, call, tried, ref excluded, last);
            BackendRuntime backend = table.Backends[index];
            ResilienceContext context = ResilienceContextPool.Shared.Get(token);
            try
            {
                StreamLease lease = BackendRuntime.ResultOf<StreamLease>(
                    await backend.OpenAsync(call, OptionsFor(table, index, call), table.IsLimited(index), requireFinish, context, token).ConfigureAwait(false));
                return (lease, index);
            }
            catch (Exception ex) when (IsFailover(table, ex, _time.GetUtcNow(), token))
            {
                last = ex;
                _telemetry.RecordFailover(table.Options.Name, backend.Name, ex);
            }
            finally
            {
                ResilienceContextPool.Shared.Return(context);
            }
        }
    }

    private async ValueTask<ChatResponse> ExecuteHedgedAsync(RouteTable table, RouteCall call, ResiliencePipeline<ChatResponse> hedging, CancellationToken token)
    {
        var state = new HedgeState(this, table, call);
        ResilienceContext context = ResilienceContextPool.Shared.Get(token);
        context.Properties.Set(HedgeStateKey, state);
        try
        {
            ChatResponse response = await hedging.ExecuteAsync(static (ctx, s) => s.RunNextAsync(ctx.CancellationToken), context, state).ConfigureAwait(false);
            response.AdditionalProperties![GovernanceProperties.RouteAttempts] = Boxed(Volatile.Read(ref call.Attempts));

            // Hedged attempts that also finished were billed though their answers are dropped: the budget charges them.
            state.ChargeAnswersOtherThan(response);
            ProviderCharge.AttachTo(response, call.Charges);
            return response;
        }
        catch (Exception ex) when (ex is not NoHealthyBackendException && IsFailover(table, ex, _time.GetUtcNow(), token))
        {
            throw NoHealthy(table, call, ex);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private ResiliencePipeline<ChatResponse>? BuildHedging(RoutingOptions options)
    {
        RoutingHedgingOptions hedging = options.Resilience.Hedging;
        if (hedging.MaxHedgedAttempts == 0)
        {
            return null;
        }

        return new ResiliencePipelineBuilder<ChatResponse> { TimeProvider = _time, Name = "Governance.AI.Router.Hedging" }
            .AddHedging(new HedgingStrategyOptions<ChatResponse>
            {
                MaxHedgedAttempts = hedging.MaxHedgedAttempts,
                Delay = hedging.Delay,
                ShouldHandle = args => new ValueTask<bool>(
                    args.Outcome.Exception is { } ex && ex is not NoHealthyBackendException &&
                    args.Context.Properties.TryGetValue(HedgeStateKey, out HedgeState? state) &&
                    IsFailover(state.Table, ex, _time.GetUtcNow(), args.Context.CancellationToken)),
                ActionGenerator = args =>
                {
                    HedgeState state = args.PrimaryContext.Properties.GetValue(HedgeStateKey, null!);
                    if (!state.HasNext())
                    {
                        return null;
                    }

                    CancellationToken token = args.ActionContext.CancellationToken;
                    return async () =>
                    {
                        try
                        {
                            return Outcome.FromResult(await state.RunNextAsync(token).ConfigureAwait(false));
                        }
                        catch (Exception ex)
                        {
                            return Outcome.FromException<ChatResponse>(ex);
                        }
                    };
                },
            })
            .Build();
    }

    private ShadowRun? StartShadow(RouteTable table, RouteCall call)
    {
        ulong mask = table.ShadowMask;
        while (mask != 0)
        {
            int i = System.Numerics.BitOperations.TrailingZeroCount(mask);
            mask &= mask - 1;
            if (_selector.Random.NextDouble() * 100 >= table.ShadowPercent[i])
            {
                continue;
            }

            // The shadow gets a copy of the messages: the caller may reuse its list once the real call returns.
            ChatMessage[] messages = [.. call.Messages];
            Interlocked.Increment(ref _shadowsStarted);
            return ShadowRun.Start(
                table.Options.Name,
                table.Backends[i].Name,
                table.Backends[i].Client,
                messages,
                OptionsFor(table, i, call),
                _time,
                table.Options.ShadowTimeout,
                table.Options.OnShadowComparison,
                _telemetry);
        }

        return null;
    }

    /// <summary>The total timeout of one call: a token linked to the caller's, cancelled by a timer on the router's clock.</summary>
    private sealed class TotalTimeoutScope : IDisposable
    {
        private readonly CancellationTokenSource _source;
        private readonly ITimer _timer;

        public TotalTimeoutScope(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
        {
            _source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            _timer = time.CreateTimer(static state => Fire((CancellationTokenSource)state!), _source, timeout, Timeout.InfiniteTimeSpan);
        }

        public CancellationToken Token => _source.Token;

        public bool IsCancellationRequested => _source.IsCancellationRequested;

        public void Dispose()
        {
            _timer.Dispose();
            _source.Dispose();
        }

        private static void Fire(CancellationTokenSource source)
        {
            try
            {
                source.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The call finished as the timer fired.
            }
        }
    }

    /// <summary>The backends a hedged request has tried, and the answers they gave, shared by its concurrent attempts.</summary>
    private sealed class HedgeState(ModelRouterChatClient router, RouteTable table, RouteCall call)
    {
        private readonly Lock _lock = new();
        private readonly List<ChatResponse> _answers = [];
        private ulong _excluded;
        private int _tried;

        public RouteTable Table { get; } = table;

        /// <summary>Records the usage of every answer but the one the caller gets as a charge of the call.</summary>
        public void ChargeAnswersOtherThan(ChatResponse winner)
        {
            lock (_lock)
            {
                foreach (ChatResponse answer in _answers)
                {
                    if (ReferenceEquals(answer, winner))
                    {
                        continue;
                    }

                    if (answer.Usage is { } usage)
                    {
                        call.AddCharges([new ProviderCharge(answer.ModelId, usage)]);
                    }

                    call.AddCharges(ProviderCharge.Of(answer));
                }
            }
        }

        public bool HasNext()
        {
            lock (_lock)
            {
                return _tried < Table.Options.Resilience.MaxBackendsPerRequest &&
                    router._selector.Select(Table, ref call.Request, _excluded, router._time.GetUtcNow().UtcTicks) >= 0;
            }
        }

        public async ValueTask<ChatResponse> RunNextAsync(CancellationToken token)
        {
            int index;
            lock (_lock)
            {
                index = _tried < Table.Options.Resilience.MaxBackendsPerRequest
                    ? router._selector.Select(Table, ref call.Request, _excluded, router._time.GetUtcNow().UtcTicks)
                    : -1;
                if (index >= 0)
                {
                    _excluded |= 1UL << index;
                    _tried++;
                }
            }

            if (index < 0)
            {
                throw router.NoHealthy(Table, call, null);
            }

            BackendRuntime backend = Table.Backends[index];
            ResilienceContext context = ResilienceContextPool.Shared.Get(token);
            try
            {
                ChatResponse response = BackendRuntime.ResultOf<ChatResponse>(await backend.ExecuteAsync(call, OptionsFor(Table, index, call), Table.IsLimited(index), context).ConfigureAwait(false));
                Annotate(response.AdditionalProperties ??= ResponseProperties.Create(router.ResponsePropertyCapacity), Table, index, call);
                lock (_lock)
                {
                    _answers.Add(response);
                }

                router._telemetry.RecordRequest(Table.Options.Name, backend.Name, "success");
                return response;
            }
            catch (Exception ex)
            {
                // A loser cancelled after the provider reported usage (or a failed attempt that did) was billed too.
                call.AddCharges(ProviderCharge.Of(ex));
                if (IsFailover(Table, ex, router._time.GetUtcNow(), token))
                {
                    router._telemetry.RecordFailover(Table.Options.Name, backend.Name, ex);
                }

                throw;
            }
            finally
            {
                ResilienceContextPool.Shared.Return(context);
            }
        }
    }
}
