using Governance.AI.Redis.Budgets;
using Governance.AI.Redis.Caching;
using Governance.AI.Redis.Telemetry;

namespace Governance.AI.Redis;

/// <summary>What <c>UseRedis</c> registers: the connection and which stores are shared through Redis.</summary>
public sealed class RedisGovernanceOptions
{
    /// <summary>
    /// The connection settings of the built-in client. Ignored when the application registers its own
    /// <see cref="IRedisConnection"/>.
    /// </summary>
    public RedisConnectionOptions Connection { get; set; } = new();

    /// <summary>Whether budgets are shared through Redis (<see cref="RedisBudgetStore"/>). Default true.</summary>
    public bool Budgets { get; set; } = true;

    /// <summary>Whether the semantic cache is shared through Redis (<see cref="RedisSemanticCacheStore"/>). Default true.</summary>
    public bool Cache { get; set; } = true;

    /// <summary>Whether the usage ledger is kept in Redis (<see cref="RedisUsageLedger"/>). Default true.</summary>
    public bool Ledger { get; set; } = true;

    /// <summary>Settings of the budget store.</summary>
    public RedisBudgetStoreOptions BudgetStore { get; set; } = new();

    /// <summary>Settings of the cache store.</summary>
    public RedisSemanticCacheStoreOptions CacheStore { get; set; } = new();

    /// <summary>Settings of the ledger.</summary>
    public RedisUsageLedgerOptions LedgerStore { get; set; } = new();
}
