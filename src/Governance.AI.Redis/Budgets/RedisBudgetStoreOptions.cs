namespace Governance.AI.Redis.Budgets;

/// <summary>How budget counters are grouped into Redis Cluster hash slots.</summary>
public enum RedisBudgetSlotStrategy
{
    /// <summary>
    /// One hash tag per scope root — the counter key up to its first <c>/</c> or <c>|</c> (for example
    /// <c>tenant:contoso</c>) — so a tenant's counters and those of its users, applications and models share a slot
    /// and reserve in one atomic script, while tenants spread over the cluster. A request whose checks span roots (for
    /// example a <c>global</c> limit plus tenant limits) is not one atomic step: it reserves root by root (one atomic
    /// script each) in a fixed order and, if a later root does not fit, gives back the earlier ones by reservation id
    /// (idempotent, queued for replay if Redis does not answer) and denies. No limit is ever overspent; another
    /// request may briefly be denied by an amount that is then given back. The default.
    /// </summary>
    ScopeRoot,

    /// <summary>
    /// One hash tag for every budget key: every reservation is one atomic script, at the cost of putting all budget
    /// traffic on one cluster node.
    /// </summary>
    SingleSlot,
}

/// <summary>Settings of a <see cref="RedisBudgetStore"/>.</summary>
public sealed class RedisBudgetStoreOptions
{
    /// <summary>The prefix of every key. Default <c>gov:budget</c>. Must not contain braces.</summary>
    public string KeyPrefix { get; set; } = "gov:budget";

    /// <summary>How counters are grouped into hash slots. Default <see cref="RedisBudgetSlotStrategy.ScopeRoot"/>.</summary>
    public RedisBudgetSlotStrategy SlotStrategy { get; set; } = RedisBudgetSlotStrategy.ScopeRoot;

    /// <summary>What reservations do while Redis is unreachable. Default <see cref="RedisFaultPolicy.LocalFallback"/>.</summary>
    public RedisFaultPolicy FaultPolicy { get; set; } = RedisFaultPolicy.LocalFallback;

    /// <summary>
    /// The share of each limit one instance may use on its own while Redis is unreachable, in (0, 1]: set it to
    /// 1 / the number of instances. When this instance has seen a counter's value recently, the share applies to what
    /// was left of the limit then. Rounded up, so a limit with room left is never 0 locally. Default 0.25.
    /// </summary>
    public double FallbackShare { get; set; } = 0.25;

    /// <summary>
    /// How long a windowed counter is kept after its window ends, so late settlements still land. Also how long a
    /// reservation's record outlives its lease. Default 1 hour.
    /// </summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The most settlements and refunds queued while Redis is unreachable. Beyond it, a settlement is folded into the
    /// per-counter usage queue (and its Redis reservation left to expire, which gives back what it reserved), so usage
    /// is still not lost. Default 10,000.
    /// </summary>
    public int MaxQueuedSettlements { get; set; } = 10_000;

    /// <summary>
    /// The most distinct counters whose outage usage is queued (usage of one counter is summed, so this bounds memory,
    /// not requests). Usage of further counters during the same outage is dropped and logged. Default 10,000.
    /// </summary>
    public int MaxQueuedCounters { get; set; } = 10_000;

    /// <summary>How often queued usage is retried while Redis is unreachable. Default 1 second.</summary>
    public TimeSpan ReplayInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many expired reservations one script call gives back at most (housekeeping). Default 16.</summary>
    public int ReapBatch { get; set; } = 16;

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentException">A setting is invalid.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(KeyPrefix) || KeyPrefix.AsSpan().IndexOfAny('{', '}') >= 0)
        {
            throw new ArgumentException("KeyPrefix must be non-empty and contain no braces.", nameof(KeyPrefix));
        }

        if (!Enum.IsDefined(SlotStrategy) || !Enum.IsDefined(FaultPolicy))
        {
            throw new ArgumentException("Unknown SlotStrategy or FaultPolicy.", nameof(SlotStrategy));
        }

        if (!(FallbackShare > 0 && FallbackShare <= 1))
        {
            throw new ArgumentException("FallbackShare must be in (0, 1].", nameof(FallbackShare));
        }

        if (Retention <= TimeSpan.Zero || ReplayInterval <= TimeSpan.Zero)
        {
            throw new ArgumentException("Retention and ReplayInterval must be positive.", nameof(Retention));
        }

        if (MaxQueuedSettlements < 0 || MaxQueuedCounters < 0 || ReapBatch < 1)
        {
            throw new ArgumentException("Queue sizes must not be negative and ReapBatch must be positive.", nameof(MaxQueuedSettlements));
        }
    }
}
