using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
using System.Text;
using Governance.AI.Pricing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Governance.AI.Telemetry;

/// <summary>
/// The telemetry policy, outermost in a governed pipeline: a <c>chat {model}</c> span and the GenAI client metrics
/// (OpenTelemetry semantic conventions) per call — unless Microsoft.Extensions.AI's <see cref="OpenTelemetryChatClient"/>
/// already reports the call (see <see cref="TelemetryOptions.GenAIConventions"/>), in which case its span is
/// <c>governance chat {model}</c> with governance attributes only —, governance metrics and span events for what the inner policies
/// decided (read from their response keys in <see cref="GovernanceProperties"/> and from their
/// <see cref="GovernanceException"/>s), a <see cref="UsageRecord"/> in the <see cref="IUsageLedger"/>, and an audit
/// event per decision through <see cref="ILogger"/> and the <see cref="IAuditSink"/>.
/// </summary>
/// <remarks>
/// Nothing it emits carries prompt or response text, exception messages or sensitive values. When nothing listens
/// (no activity listener, no enabled instrument, no ledger, no audit sink, audit logging off) a call passes straight
/// through. A streamed call's span ends when the stream ends, fails or is abandoned (disposed early).
/// </remarks>
public sealed class GovernanceTelemetryChatClient : DelegatingChatClient
{
    private const int MaxCachedSpanNames = 256;
    private static readonly ConcurrentDictionary<string, (string GenAI, string Governance)> SpanNames = new(StringComparer.Ordinal);

    /// <summary>The pseudonym key used when none is configured: random, one per process.</summary>
    private static readonly Lazy<byte[]> GeneratedPseudonymKey = new(static () => RandomNumberGenerator.GetBytes(32));

    private readonly IPolicyOptionsSource<TelemetryOptions> _options;
    private readonly ModelPriceTable _basePrices;
    private ModelPrices? _prices;
    private PseudonymKey? _pseudonymKey;

    /// <summary>Initializes a new instance of the <see cref="GovernanceTelemetryChatClient"/> class.</summary>
    /// <param name="innerClient">The next client towards the provider.</param>
    /// <param name="options">The options, validated here.</param>
    /// <param name="timeProvider">The clock durations are measured on; the system clock by default.</param>
    /// <param name="ledger">The usage ledger, if calls are to be recorded.</param>
    /// <param name="auditSink">The audit sink, if any (audit events are logged either way).</param>
    /// <param name="loggerFactory">Creates the <c>Governance.AI.Audit</c> logger, if any.</param>
    /// <param name="callerResolver">Finds each call's caller; <see cref="CallerContextResolver.Default"/> by default.</param>
    /// <param name="prices">Model prices; <see cref="ModelPriceTable.Default"/> by default.</param>
    /// <param name="meterFactory">Creates the meter of the metrics; the process-wide <see cref="GovernanceDiagnostics.Meter"/> without one.</param>
    public GovernanceTelemetryChatClient(
        IChatClient innerClient,
        TelemetryOptions options,
        TimeProvider? timeProvider = null,
        IUsageLedger? ledger = null,
        IAuditSink? auditSink = null,
        ILoggerFactory? loggerFactory = null,
        CallerContextResolver? callerResolver = null,
        ModelPriceTable? prices = null,
        IMeterFactory? meterFactory = null)
        : this(innerClient, PolicyOptionsSource.FixedValidated(options, "AiGovernance:Telemetry"), timeProvider, ledger, auditSink, loggerFactory, callerResolver, prices, meterFactory)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="GovernanceTelemetryChatClient"/> class.</summary>
    /// <param name="innerClient">The next client towards the provider.</param>
    /// <param name="options">The source of the current options, read per call.</param>
    /// <param name="timeProvider">The clock durations are measured on; the system clock by default.</param>
    /// <param name="ledger">The usage ledger, if calls are to be recorded.</param>
    /// <param name="auditSink">The audit sink, if any (audit events are logged either way).</param>
    /// <param name="loggerFactory">Creates the <c>Governance.AI.Audit</c> logger, if any.</param>
    /// <param name="callerResolver">Finds each call's caller; <see cref="CallerContextResolver.Default"/> by default.</param>
    /// <param name="prices">Model prices; <see cref="ModelPriceTable.Default"/> by default.</param>
    /// <param name="meterFactory">Creates the meter of the metrics; the process-wide <see cref="GovernanceDiagnostics.Meter"/> without one.</param>
    public GovernanceTelemetryChatClient(
        IChatClient innerClient,
        IPolicyOptionsSource<TelemetryOptions> options,
        TimeProvider? timeProvider = null,
        IUsageLedger? ledger = null,
        IAuditSink? auditSink = null,
        ILoggerFactory? loggerFactory = null,
        CallerContextResolver? callerResolver = null,
        ModelPriceTable? prices = null,
        IMeterFactory? meterFactory = null)
        : base(innerClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        TimeProvider = timeProvider ?? TimeProvider.System;
        Ledger = ledger;
        AuditSink = auditSink;
        Logger = loggerFactory?.CreateLogger(AuditLog.Category) ?? NullLogger.Instance;
        Callers = callerResolver ?? CallerContextResolver.Default;
        _basePrices = prices ?? ModelPriceTable.Default;
        Metadata = innerClient.GetService(typeof(ChatClientMetadata)) as ChatClientMetadata;
        Metrics = GovernanceMetrics.For(meterFactory);
        HasInnerOpenTelemetry = innerClient.GetService(typeof(OpenTelemetryChatClient)) is not null;
        if (options.Current.Audit is { Enabled: true, UserIds: UserIdHandling.Pseudonymize, PseudonymKey: null })
        {
            AuditLog.PseudonymKeyGenerated(Logger);
        }
    }

    internal TimeProvider TimeProvider { get; }

    internal IUsageLedger? Ledger { get; }

    internal IAuditSink? AuditSink { get; }

    internal ILogger Logger { get; }

    internal CallerContextResolver Callers { get; }

    internal ChatClientMetadata? Metadata { get; }

    internal GovernanceMetrics Metrics { get; }

    /// <summary>Gets a value indicating whether the pipeline inside this policy has an <see cref="OpenTelemetryChatClient"/> (<c>UseOpenTelemetry</c>).</summary>
    internal bool HasInnerOpenTelemetry { get; }

    /// <inheritdoc />
    public override Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        TelemetryOptions current = _options.Current;
        return IsObserved(current)
            ? ObserveResponseAsync(messages, options, current, cancellationToken)
            : base.GetResponseAsync(messages, options, cancellationToken);
    }

    /// <inheritdoc />
    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        TelemetryOptions current = _options.Current;
        return IsObserved(current)
            ? ObserveStreamAsync(messages, options, current, cancellationToken)
            : base.GetStreamingResponseAsync(messages, options, cancellationToken);
    }

    /// <summary>
    /// Gets the span name for a model — <c>chat {model}</c> for a GenAI span, <c>governance chat {model}</c> for a
    /// governance span — from a small cache so that hot calls do not concatenate.
    /// </summary>
    internal static string SpanName(string? model, bool genAI)
    {
        if (string.IsNullOrEmpty(model))
        {
            return genAI ? TelemetryNames.OperationChat : TelemetryNames.GovernanceSpanPrefix + TelemetryNames.OperationChat;
        }

        if (!SpanNames.TryGetValue(model, out (string GenAI, string Governance) names))
        {
            string genAIName = TelemetryNames.OperationChat + " " + model;
            names = (genAIName, TelemetryNames.GovernanceSpanPrefix + genAIName);
            if (SpanNames.Count < MaxCachedSpanNames)
            {
                SpanNames.TryAdd(model, names);
            }
        }

        return genAI ? names.GenAI : names.Governance;
    }

    /// <summary>Gets a value indicating whether this call emits the GenAI span and metrics, or leaves them to a <c>UseOpenTelemetry</c> client.</summary>
    /// <param name="options">The telemetry options.</param>
    /// <param name="current">The caller's current activity (<see cref="Activity.Current"/>, read once per call by the caller).</param>
    internal bool EmitsGenAIConventions(TelemetryOptions options, Activity? current) => options.GenAIConventions switch
    {
        GenAIConventions.Emit => true,
        GenAIConventions.Defer => false,
        _ => !HasInnerOpenTelemetry && !InsideGenAIClientSpan(current),
    };

    /// <summary>
    /// Gets a value indicating whether the call runs inside another GenAI client span (an <see cref="OpenTelemetryChatClient"/>
    /// around this pipeline). A few ancestors are checked: function invocation, for one, adds its own span in between.
    /// </summary>
    private static bool InsideGenAIClientSpan(Activity? current)
    {
        Activity? activity = current;
        for (int depth = 0; activity is not null && depth < 4; depth++, activity = activity.Parent)
        {
            if (activity.Kind == ActivityKind.Client && activity.GetTagItem(TelemetryNames.OperationName) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets the prices: the base table with the options' prices applied, rebuilt only when the options change.</summary>
    internal ModelPrices PricesFor(TelemetryOptions options)
    {
        ModelPrices? cache = Volatile.Read(ref _prices);
        if (cache is not null && ReferenceEquals(cache.Options, options))
        {
            return cache;
        }

        ModelPriceTable table = options.Prices.Count == 0
            ? _basePrices
            : _basePrices.With(options.Prices.Select(static p => KeyValuePair.Create(p.Key, p.Value.ToPrice())));
        cache = new ModelPrices(options, table);
        Volatile.Write(ref _prices, cache);
        return cache;
    }

    /// <summary>Gets the key of user-id pseudonyms: the configured one (its UTF-8 bytes), else the per-process generated one.</summary>
    internal byte[] PseudonymKeyFor(AuditOptions audit)
    {
        if (audit.PseudonymKey is not { } configured)
        {
            return GeneratedPseudonymKey.Value;
        }

        PseudonymKey? cache = Volatile.Read(ref _pseudonymKey);
        if (cache is null || !string.Equals(cache.Configured, configured, StringComparison.Ordinal))
        {
            cache = new PseudonymKey(configured, Encoding.UTF8.GetBytes(configured));
            Volatile.Write(ref _pseudonymKey, cache);
        }

        return cache.Key;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsObserved(TelemetryOptions options) =>
        GovernanceDiagnostics.ActivitySource.HasListeners() ||
        Metrics.Enabled ||
        (Ledger is not null && options.RecordUsage) ||
        (options.Audit.Enabled && (AuditSink is not null || Logger.IsEnabled(LogLevel.Information)));

    /// <summary>
    /// Observes a non-streamed call. When the inner call completes synchronously (a cache hit in memory, a fake), the
    /// call is ended on the spot and the inner task returned as is: no state machine, no extra task, and the call's
    /// state is kept for the thread's next request.
    /// </summary>
    private Task<ChatResponse> ObserveResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options, TelemetryOptions current, CancellationToken cancellationToken)
    {
        Activity? caller = Activity.Current;
        TelemetryCall call = TelemetryCall.Rent(this, current, messages, options, EmitsGenAIConventions(current, caller));
        Task<ChatResponse> inner;
        try
        {
            inner = base.GetResponseAsync(messages, options, cancellationToken);
        }
        catch (Exception ex)
        {
            RestoreCurrent(call, caller);
            return EndAndRethrowAsync(call, ex, cancellationToken.IsCancellationRequested);
        }

        if (inner.IsCompletedSuccessfully)
        {
            call.Observe(inner.Result);
            ValueTask end = call.EndAsync(null, false);
            RestoreCurrent(call, caller);
            if (!end.IsCompletedSuccessfully)
            {
                return AwaitEndAsync(end, inner);
            }

            // Ended on this thread with nothing pending: the next request on it reuses the call.
            call.Release();
            return inner;
        }

        // The span stays current inside the inner call's flow (its continuations), but not in the caller's.
        RestoreCurrent(call, caller);
        return AwaitResponseAsync(call, inner, cancellationToken);
    }

    private static void RestoreCurrent(TelemetryCall call, Activity? caller)
    {
        if (call.HasActivity && !ReferenceEquals(Activity.Current, caller))
        {
            Activity.Current = caller;
        }
    }

    private static async Task<ChatResponse> AwaitEndAsync(ValueTask end, Task<ChatResponse> inner)
    {
        await end.ConfigureAwait(false);
        return await inner.ConfigureAwait(false);
    }

    private static async Task<ChatResponse> EndAndRethrowAsync(TelemetryCall call, Exception failure, bool cancellationRequested)
    {
        await call.EndAsync(failure, cancellationRequested).ConfigureAwait(false);
        ExceptionDispatchInfo.Throw(failure);
        return null!;
    }

    private static async Task<ChatResponse> AwaitResponseAsync(TelemetryCall call, Task<ChatResponse> inner, CancellationToken cancellationToken)
    {
        ChatResponse response;
        try
        {
            response = await inner.ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            await call.EndAsync(ex, cancellationToken.IsCancellationRequested).ConfigureAwait(false);
            throw;
        }

        call.Observe(response);
        await call.EndAsync(null, false).ConfigureAwait(false);
        return response;
    }

    private async IAsyncEnumerable<ChatResponseUpdate> ObserveStreamAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options, TelemetryOptions current, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var call = new TelemetryCall(this, current, messages, options, streaming: true, EmitsGenAIConventions(current, Activity.Current));
        IAsyncEnumerator<ChatResponseUpdate> updates;
        try
        {
            updates = base.GetStreamingResponseAsync(messages, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
        }
        catch (Exception ex)
        {
            await call.EndAsync(ex, cancellationToken.IsCancellationRequested).ConfigureAwait(false);
            throw;
        }

        Exception? failure = null;
        bool completed = false;
        try
        {
            while (true)
            {
                ChatResponseUpdate update;
                try
                {
                    // Each resumption runs in the consumer's flow: make the span current again for the inner policies.
                    call.MakeCurrent();
                    if (!await updates.MoveNextAsync().ConfigureAwait(false))
                    {
                        completed = true;
                        break;
                    }

                    update = updates.Current;
                }
                catch (Exception ex)
                {
                    failure = ex;
                    throw;
                }

                call.Observe(update);
                yield return update;
            }
        }
        finally
        {
            Exception? disposeFailure = null;
            try
            {
                await updates.DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                disposeFailure = ex;
            }

            // Ends the span exactly once: on completion, on failure, or when the consumer abandons the stream.
            await call.EndStreamAsync(failure ?? disposeFailure, completed && disposeFailure is null, cancellationToken.IsCancellationRequested).ConfigureAwait(false);
            if (failure is null && disposeFailure is not null)
            {
                ExceptionDispatchInfo.Throw(disposeFailure);
            }
        }
    }

    /// <summary>A configured pseudonym key and its bytes, remembered so that audit events do not re-encode it.</summary>
    private sealed record PseudonymKey(string Configured, byte[] Key);

    /// <summary>A price table with its lookups remembered per model id (family and dated-snapshot matches are not free).</summary>
    internal sealed class ModelPrices(TelemetryOptions options, ModelPriceTable table)
    {
        private const int MaxRemembered = 256;
        private readonly ConcurrentDictionary<string, ModelPrice?> _byModel = new(StringComparer.Ordinal);

        public TelemetryOptions Options { get; } = options;

        /// <summary>Computes a call's cost, or <see langword="null"/> when the model has no price.</summary>
        public decimal? Cost(string? model, long input, long cachedInput, long output)
        {
            if (string.IsNullOrEmpty(model))
            {
                return null;
            }

            if (!_byModel.TryGetValue(model, out ModelPrice? price))
            {
                price = table.TryGetPrice(model, out ModelPrice? found) ? found : null;
                if (_byModel.Count < MaxRemembered)
                {
                    _byModel.TryAdd(model, price);
                }
            }

            return price?.Cost(input, cachedInput, output);
        }
    }
}
