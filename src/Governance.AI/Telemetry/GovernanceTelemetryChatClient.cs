using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
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
public sealed partial class GovernanceTelemetryChatClient : DelegatingChatClient
{
    private readonly IPolicyOptionsSource<TelemetryOptions> _options;
    private readonly ModelPriceTable _basePrices;

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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsObserved(TelemetryOptions options) =>
        GovernanceDiagnostics.ActivitySource.HasListeners() ||
        Metrics.Enabled ||
        (Ledger is not null && options.RecordUsage) ||
        (options.Audit.Enabled && (AuditSink is not null || Logger.IsEnabled(LogLevel.Information)));
}
