using Microsoft.Extensions.Logging;

namespace Governance.AI.Telemetry;

/// <summary>The audit trail's source-generated log messages (category <c>Governance.AI.Audit</c>). None carries content or exception messages.</summary>
internal static partial class AuditLog
{
    public const string Category = "Governance.AI.Audit";

    [LoggerMessage(EventId = 8100, EventName = "GovernanceDecision",
        Message = "Governance decision {Decision} by {Policy}: reason {ReasonCode}, scope {Scope}, tenant {TenantId}, user {UserId}, application {ApplicationId}, cost center {CostCenter}, model {Model}, trace {TraceId}, details {Details}")]
    public static partial void Decision(
        ILogger logger,
        LogLevel level,
        AuditDecision decision,
        string policy,
        string? reasonCode,
        string? scope,
        string? tenantId,
        string? userId,
        string? applicationId,
        string? costCenter,
        string? model,
        string? traceId,
        string details);

    [LoggerMessage(EventId = 8101, EventName = "GovernanceAuditContent", Level = LogLevel.Information,
        Message = "Governance decision {Decision} content (masked): prompt {PromptExcerpt}, response {ResponseExcerpt}")]
    public static partial void Content(ILogger logger, AuditDecision decision, string? promptExcerpt, string? responseExcerpt);

    [LoggerMessage(EventId = 8110, EventName = "AuditSinkFailed", Level = LogLevel.Warning,
        Message = "The audit sink {Sink} failed to write a {Decision} event ({ErrorType}); the event is in this log only.")]
    public static partial void SinkFailed(ILogger logger, string sink, AuditDecision decision, string errorType);

    [LoggerMessage(EventId = 8111, EventName = "UsageLedgerFailed", Level = LogLevel.Warning,
        Message = "The usage ledger {Ledger} failed to record a call ({ErrorType}); its usage is missing from the ledger.")]
    public static partial void LedgerFailed(ILogger logger, string ledger, string errorType);

    [LoggerMessage(EventId = 8112, EventName = "PseudonymKeyGenerated", Level = LogLevel.Warning,
        Message = "AiGovernance:Telemetry:Audit:PseudonymKey is not set: user ids in audit events are pseudonymized with a key generated for this process, so pseudonyms differ between instances and restarts. Configure a secret PseudonymKey (at least 16 characters) to correlate them.")]
    public static partial void PseudonymKeyGenerated(ILogger logger);
}
