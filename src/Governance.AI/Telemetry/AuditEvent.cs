using System.Collections.Frozen;

namespace Governance.AI.Telemetry;

/// <summary>The kind of governance decision an <see cref="AuditEvent"/> records.</summary>
public enum AuditDecision
{
    /// <summary>The safety filter or the redactor blocked the request or its response.</summary>
    Blocked = 0,

    /// <summary>The redactor replaced sensitive values before the request reached the model.</summary>
    Redacted = 1,

    /// <summary>A policy rejected the request: a budget, a missing caller, no healthy backend.</summary>
    Rejected = 2,

    /// <summary>The router chose a backend (<c>Details["attempts"]</c> above 1 means retries or failover).</summary>
    Routed = 3,

    /// <summary>The response came from the cache.</summary>
    CacheHit = 4,

    /// <summary>Safety rules fired without blocking.</summary>
    Flagged = 5,
}

/// <summary>
/// One governance decision, structured. It never carries raw prompt or response text or sensitive values: details are
/// entity types, counts, categories, reason codes and backend names; content excerpts appear only when
/// <see cref="AuditOptions.IncludeContent"/> is on, and then masked.
/// </summary>
public sealed record AuditEvent
{
    /// <summary>Gets when the decision was observed.</summary>
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>Gets the decision.</summary>
    public required AuditDecision Decision { get; init; }

    /// <summary>Gets the policy that decided (<see cref="GovernancePolicyNames"/>).</summary>
    public required string Policy { get; init; }

    /// <summary>Gets the reason code of a rejection or block (<see cref="GovernanceReasonCodes"/>), if any.</summary>
    public string? ReasonCode { get; init; }

    /// <summary>Gets the scope that decided (user ids in it handled as <see cref="AuditOptions.UserIds"/> says), if any.</summary>
    public string? Scope { get; init; }

    /// <summary>Gets the tenant id, if known.</summary>
    public string? TenantId { get; init; }

    /// <summary>Gets the end-user id as <see cref="AuditOptions.UserIds"/> says (pseudonymized by default), if known.</summary>
    public string? UserId { get; init; }

    /// <summary>Gets the application id, if known.</summary>
    public string? ApplicationId { get; init; }

    /// <summary>Gets the cost center, if known.</summary>
    public string? CostCenter { get; init; }

    /// <summary>Gets the model requested or answering, if known.</summary>
    public string? Model { get; init; }

    /// <summary>Gets the trace id of the call's span, if it was traced.</summary>
    public string? TraceId { get; init; }

    /// <summary>Gets decision details (for example <c>EMAIL=2</c>, <c>category=jailbreak</c>, <c>backend=primary</c>).</summary>
    public IReadOnlyDictionary<string, string> Details { get; init; } = FrozenDictionary<string, string>.Empty;

    /// <summary>Gets the masked excerpt of the last user message, when content is opted in.</summary>
    public string? PromptExcerpt { get; init; }

    /// <summary>Gets the masked excerpt of the response, when content is opted in.</summary>
    public string? ResponseExcerpt { get; init; }
}

/// <summary>Receives audit events, for example to store them in an append-only audit log.</summary>
public interface IAuditSink
{
    /// <summary>Writes an event. A failure is logged and does not fail the governed call.</summary>
    /// <param name="auditEvent">The event.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the event is written.</returns>
    ValueTask WriteAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default);
}

/// <summary>An <see cref="IAuditSink"/> that keeps events in memory, for tests and diagnostics.</summary>
public sealed class InMemoryAuditSink : IAuditSink
{
    private readonly Lock _lock = new();
    private readonly List<AuditEvent> _events = [];

    /// <summary>Gets a snapshot of the events written so far.</summary>
    public IReadOnlyList<AuditEvent> Events
    {
        get
        {
            lock (_lock)
            {
                return [.. _events];
            }
        }
    }

    /// <inheritdoc />
    public ValueTask WriteAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        lock (_lock)
        {
            _events.Add(auditEvent);
        }

        return ValueTask.CompletedTask;
    }
}
