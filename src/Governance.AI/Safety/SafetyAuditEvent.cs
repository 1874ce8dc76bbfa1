namespace Governance.AI.Safety;

/// <summary>Where in a call a safety decision was made.</summary>
public enum SafetyCheckpoint
{
    /// <summary>The user's prompt.</summary>
    Prompt = 0,

    /// <summary>Untrusted content in the request (tool results, retrieved documents).</summary>
    UntrustedContent = 1,

    /// <summary>The system prompt (when system messages are scanned).</summary>
    SystemPrompt = 2,

    /// <summary>The model's response.</summary>
    Response = 3,
}

/// <summary>
/// One safety decision: who called, which rule, what was done and the score. It never carries any prompt or
/// response text.
/// </summary>
/// <param name="Timestamp">When the decision was made.</param>
/// <param name="Caller">The caller.</param>
/// <param name="Checkpoint">Where in the call.</param>
/// <param name="Category">The category, one of the <c>SafetyConstants.Category*</c> values or a classifier category.</param>
/// <param name="RuleIds">The rules or classifiers that fired.</param>
/// <param name="Action">The action taken.</param>
/// <param name="Score">The score or severity.</param>
public sealed record SafetyAuditEvent(
    DateTimeOffset Timestamp,
    CallerContext Caller,
    SafetyCheckpoint Checkpoint,
    string Category,
    IReadOnlyList<string> RuleIds,
    SafetyAction Action,
    double Score);

/// <summary>Receives every safety decision, for an audit log. Register one in DI or pass it to <c>UseSafety</c>.</summary>
public interface ISafetyAuditSink
{
    /// <summary>Records a decision. Called on the request path: keep it fast and do not throw.</summary>
    /// <param name="auditEvent">The decision.</param>
    void Record(SafetyAuditEvent auditEvent);
}
