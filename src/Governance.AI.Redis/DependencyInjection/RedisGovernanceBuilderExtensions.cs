using Governance.AI.Budgets;
using Governance.AI.Caching;
using Governance.AI.Redis;
using Governance.AI.Redis.Budgets;
using Governance.AI.Redis.Caching;
using Governance.AI.Redis.Telemetry;
using Governance.AI.Telemetry;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Redis as the shared state of Governance.AI's budgets, semantic cache and usage ledger.</summary>
public static class RedisGovernanceBuilderExtensions
{
    /// <summary>
    /// Shares budgets, the semantic cache and the usage ledger across instances through Redis. Registers the built-in
    /// client as a singleton <see cref="IRedisConnection"/> unless one is registered already (plug your own client by
    /// registering it first), replaces the in-memory stores whatever the registration order, and starts the cache
    /// replica's sync with the host.
    /// </summary>
    /// <param name="builder">The governance builder.</param>
    /// <param name="configure">Sets the connection (for example <c>o.Connection = RedisConnectionOptions.Parse("redis:6379")</c>) and the stores.</param>
    /// <returns>The builder.</returns>
    public static AiGovernanceBuilder UseRedis(this AiGovernanceBuilder builder, Action<RedisGovernanceOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new RedisGovernanceOptions();
        configure(options);
        options.BudgetStore.Validate();
        options.CacheStore.Validate();
        options.LedgerStore.Validate();

        IServiceCollection services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        if (!services.Any(d => d.ServiceType == typeof(IRedisConnection)))
        {
            options.Connection.Validate();
            RedisConnectionOptions connection = options.Connection;
            services.AddSingleton(sp => new RedisMultiplexer(connection, sp.GetService<TimeProvider>()));
            services.AddSingleton<IRedisConnection>(sp => sp.GetRequiredService<RedisMultiplexer>());
        }

        services.TryAddSingleton(sp => new RedisHealthCheck(sp.GetRequiredService<IRedisConnection>(), sp.GetService<TimeProvider>()));

        if (options.Budgets)
        {
            services.RemoveAll<IBudgetStore>();
            services.AddSingleton<IBudgetStore>(sp => new RedisBudgetStore(
                sp.GetRequiredService<IRedisConnection>(), options.BudgetStore, sp.GetService<TimeProvider>(), sp.GetService<ILogger<RedisBudgetStore>>()));
        }

        if (options.Cache)
        {
            services.RemoveAll<ISemanticCacheStore>();
            services.TryAddSingleton(sp => new RedisSemanticCacheStore(
                sp.GetRequiredService<IRedisConnection>(), options.CacheStore, sp.GetService<TimeProvider>(), sp.GetService<ILogger<RedisSemanticCacheStore>>()));
            services.AddSingleton<ISemanticCacheStore>(sp => sp.GetRequiredService<RedisSemanticCacheStore>());
            services.AddSingleton<IHostedService, RedisCacheReplicaService>();
        }

        if (options.Ledger)
        {
            services.RemoveAll<IUsageLedger>();
            services.AddSingleton<IUsageLedger>(sp => new RedisUsageLedger(
                sp.GetRequiredService<IRedisConnection>(), options.LedgerStore, sp.GetService<TimeProvider>(), sp.GetService<ILogger<RedisUsageLedger>>()));
        }

        return builder;
    }

    /// <summary>Loads the cache replica when the host starts, so the first lookups already see shared entries.</summary>
    private sealed class RedisCacheReplicaService(RedisSemanticCacheStore store) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => store.StartAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => store.DisposeAsync().AsTask();
    }
}
