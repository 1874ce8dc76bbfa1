namespace Governance.AI.Redis;

/// <summary>What budget reservations do while Redis is unreachable.</summary>
public enum RedisFaultPolicy
{
    /// <summary>
    /// Enforce budgets locally with a share of each limit per instance (<see cref="Budgets.RedisBudgetStoreOptions.FallbackShare"/>),
    /// queue the usage, and apply it to Redis when it returns. The default.
    /// </summary>
    LocalFallback,

    /// <summary>Admit every request while Redis is down; the usage is still queued and applied when it returns.</summary>
    FailOpen,

    /// <summary>Reject reservations with the Redis error while Redis is down (settlements are still queued).</summary>
    FailClosed,
}
