using Governance.AI.Redis.Budgets;
using Governance.AI.Redis.Caching;
using Governance.AI.Redis.Telemetry;
using StackExchange.Redis;

namespace Governance.AI.Redis;

/// <summary>
/// What <c>UseRedis</c> registers: which connection the stores use and which stores are shared through Redis. With no
/// connection setting, the stores use the <see cref="IConnectionMultiplexer"/> the application registered (for
/// example with Aspire's <c>AddRedisClient</c>), with its TLS, authentication, cluster and reconnect settings.
/// </summary>
public sealed class RedisGovernanceOptions
{
    /// <summary>
    /// The service key of a keyed <see cref="IConnectionMultiplexer"/> registered by the application (for example
    /// Aspire's <c>AddKeyedRedisClient("cache")</c>); null to use the unkeyed one.
    /// </summary>
    public object? ConnectionServiceKey { get; set; }

    /// <summary>
    /// A StackExchange.Redis connection string (for example <c>redis:6379,password=…,ssl=true</c>): the stores then
    /// use a connection of their own, made on first use and disposed with the container. Ignored when
    /// <see cref="ConnectionServiceKey"/> is set.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Like <see cref="ConnectionString"/>, as StackExchange.Redis options; takes precedence over it.</summary>
    public ConfigurationOptions? Configuration { get; set; }

    /// <summary>Whether budgets are shared through Redis (<see cref="RedisBudgetStore"/>). Default true.</summary>
    public bool Budgets { get; set; } = true;

    /// <summary>Whether the semantic cache is shared through Redis (<see cref="RedisSemanticCacheStore"/>). Default true.</summary>
    public bool Cache { get; set; } = true;

    /// <summary>Whether the usage ledger is kept in Redis (<see cref="RedisUsageLedger"/>). Default true.</summary>
    public bool Ledger { get; set; } = true;

    /// <summary>
    /// Whether idempotent requests and tool calls are shared through Redis (<see cref="Idempotency.RedisIdempotencyStore"/>), so
    /// a retry that reaches another instance is still answered once — when the application registered no
    /// <c>IIdempotencyStore</c> of its own. Default true.
    /// </summary>
    public bool Idempotency { get; set; } = true;

    /// <summary>
    /// Whether to register Redis (on the same connection) as the application's <c>IDistributedCache</c> — the second
    /// level of <c>HybridCache</c>, which the cache's exact tier uses — when the application has none. Default true.
    /// </summary>
    public bool DistributedCache { get; set; } = true;

    /// <summary>
    /// Whether to add <see cref="RedisHealthCheck"/> to the application's health checks (name <c>redis</c>, or
    /// <c>redis:&lt;pipeline&gt;</c> for a keyed pipeline; failure status Degraded). Default true.
    /// </summary>
    public bool HealthCheck { get; set; } = true;

    /// <summary>Settings of the budget store.</summary>
    public RedisBudgetStoreOptions BudgetStore { get; set; } = new();

    /// <summary>Settings of the cache store.</summary>
    public RedisSemanticCacheStoreOptions CacheStore { get; set; } = new();

    /// <summary>Settings of the ledger.</summary>
    public RedisUsageLedgerOptions LedgerStore { get; set; } = new();

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentException">A setting is invalid.</exception>
    public void Validate()
    {
        if (ConnectionString is not null && Configuration is null)
        {
            if (string.IsNullOrWhiteSpace(ConnectionString))
            {
                throw new ArgumentException("ConnectionString must not be empty; leave it null to use the application's IConnectionMultiplexer.", nameof(ConnectionString));
            }

            try
            {
                ConfigurationOptions.Parse(ConnectionString);
            }
            catch (ArgumentException ex)
            {
                throw new ArgumentException($"ConnectionString is not a valid StackExchange.Redis connection string: {ex.Message}", nameof(ConnectionString), ex);
            }
        }

        BudgetStore.Validate();
        CacheStore.Validate();
        LedgerStore.Validate();
    }
}
