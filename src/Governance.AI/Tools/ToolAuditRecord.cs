namespace Governance.AI.Tools;

/// <summary>What became of one tool call.</summary>
public enum ToolCallOutcome
{
    /// <summary>The tool ran and returned.</summary>
    Succeeded,

    /// <summary>The tool ran and threw (or timed out).</summary>
    Failed,

    /// <summary>An allow/deny list refused the tool; it never ran.</summary>
    Denied,

    /// <summary>The tool's rate limit refused the call; it never ran.</summary>
    RateLimited,

    /// <summary>The tool's circuit was open; it never ran.</summary>
    CircuitOpen,

    /// <summary>A state-changing call repeated an earlier call id; the first result was replayed and the tool did not run again.</summary>
    Replayed,
}

/// <summary>
/// The audit record of one tool call. It holds no argument values unless
/// <see cref="ToolGovernanceOptions.AuditArgumentRedactor"/> is set, and never the tool's result.
/// </summary>
public sealed record ToolAuditRecord
{
    /// <summary>Gets the tool's name.</summary>
    public required string ToolName { get; init; }

    /// <summary>Gets the model's call id, if it gave one.</summary>
    public string? CallId { get; init; }

    /// <summary>Gets the caller's tenant id.</summary>
    public string? TenantId { get; init; }

    /// <summary>Gets the caller's user id.</summary>
    public string? UserId { get; init; }

    /// <summary>Gets the caller's application id.</summary>
    public string? ApplicationId { get; init; }

    /// <summary>Gets the outcome.</summary>
    public required ToolCallOutcome Outcome { get; init; }

    /// <summary>Gets how long the call took in governance and in the tool.</summary>
    public TimeSpan Duration { get; init; }

    /// <summary>Gets the exception type of a failed call (never its message, which may carry data).</summary>
    public string? ErrorType { get; init; }

    /// <summary>
    /// Gets the arguments: names mapped to <see langword="null"/> by default, or to the redacted text when
    /// <see cref="ToolGovernanceOptions.AuditArgumentRedactor"/> is set.
    /// </summary>
    public required IReadOnlyDictionary<string, string?> Arguments { get; init; }

    /// <summary>Gets when the call started.</summary>
    public DateTimeOffset Timestamp { get; init; }
}

/// <summary>Receives the audit record of every governed tool call.</summary>
public interface IToolAuditSink
{
    /// <summary>Records one tool call; must not throw and should return quickly.</summary>
    /// <param name="record">The record.</param>
    void Record(ToolAuditRecord record);
}

/// <summary>An <see cref="IToolAuditSink"/> that keeps the most recent records in memory, for tests and diagnostics.</summary>
public sealed class InMemoryToolAuditSink : IToolAuditSink
{
    private readonly Lock _lock = new();
    private readonly Queue<ToolAuditRecord> _records = new();
    private readonly int _capacity;

    /// <summary>Initializes a new instance of the <see cref="InMemoryToolAuditSink"/> class.</summary>
    /// <param name="capacity">How many records are kept; older ones are dropped.</param>
    public InMemoryToolAuditSink(int capacity = 10_000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
    }

    /// <summary>Gets a snapshot of the records, oldest first.</summary>
    public IReadOnlyList<ToolAuditRecord> Records
    {
        get
        {
            lock (_lock)
            {
                return [.. _records];
            }
        }
    }

    /// <inheritdoc />
    public void Record(ToolAuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (_lock)
        {
            if (_records.Count == _capacity)
            {
                _records.Dequeue();
            }

            _records.Enqueue(record);
        }
    }
}
