using Governance.AI.Budgets;
using Governance.AI.Caching;
using Governance.AI.Idempotency;
using Governance.AI.Redis;
using Governance.AI.Redis.Budgets;
using Governance.AI.Redis.Caching;
using Governance.AI.Redis.Idempotency;
using Governance.AI.Redis.Telemetry;
using Governance.AI.Telemetry;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Redis as the shared state of Governance.AI's budgets, semantic cache and usage ledger.</summary>
public static class RedisGovernanceBuilderExtensions
{
    /// <summary>
    /// Shares budgets, the semantic cache and the usage ledger across instances through Redis, over the application's
    /// StackExchange.Redis <see cref="IConnectionMultiplexer"/> (or the connection named in
    /// <paramref name="configure"/>). Replaces this pipeline's in-memory stores whatever the registration order — only
    /// this pipeline's: the default pipeline registers unkeyed stores, a keyed pipeline stores keyed by its name —
    /// starts the cache replica's sync with the host, registers Redis as the <see cref="IDistributedCache"/> and the
    /// <see cref="IIdempotencyStore"/> when the application has none, and adds the <c>redis</c> health check.
    /// </summary>
    /// <param name="builder">The governance builder.</param>
    /// <param name="configure">Chooses the connection and the stores; null for the defaults.</param>
    /// <returns>The builder.</returns>
    public static AiGovernanceBuilder UseRedis(this AiGovernanceBuilder builder, Action<RedisGovernanceOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new RedisGovernanceOptions();
        configure?.Invoke(options);
        options.Validate();

        IServiceCollection services = builder.Services;
        string name = builder.Name;
        bool keyed = name.Length > 0;
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new RedisDataLossMonitor(sp.GetService<TimeProvider>(), sp.GetService<ILogger<RedisDataLossMonitor>>()));
        Func<IServiceProvider, IConnectionMultiplexer> connection = ConnectionFactory(services, name, options);

        if (options.Budgets)
        {
            Replace<IBudgetStore>(services, name, sp => new RedisBudgetStore(
                connection(sp), options.BudgetStore, sp.GetService<TimeProvider>(), sp.GetService<ILogger<RedisBudgetStore>>(), sp.GetRequiredService<RedisDataLossMonitor>()));
        }

        if (options.Cache)
        {
            services.RemoveAll(d => d.ServiceType == typeof(RedisSemanticCacheStore) && Equals(d.ServiceKey, name));
            services.AddKeyedSingleton(name, (sp, _) => new RedisSemanticCacheStore(
                connection(sp), options.CacheStore, sp.GetService<TimeProvider>(), sp.GetService<ILogger<RedisSemanticCacheStore>>()));
            Replace<ISemanticCacheStore>(services, name, sp => sp.GetRequiredKeyedService<RedisSemanticCacheStore>(name));
            services.AddSingleton<IHostedService>(sp => new RedisCacheReplicaService(sp.GetRequiredKeyedService<RedisSemanticCacheStore>(name)));
        }

        if (options.Ledger)
        {
            Replace<IUsageLedger>(services, name, sp => new RedisUsageLedger(
                connection(sp), options.LedgerStore, sp.GetService<TimeProvider>(), sp.GetService<ILogger<RedisUsageLedger>>(), sp.GetRequiredService<RedisDataLossMonitor>()));
        }

        if (options.Idempotency)
        {
            // Idempotent clients sit outside the governed block and are not per pipeline: the first UseRedis shares them.
            services.TryAddSingleton<IIdempotencyStore>(sp => new RedisIdempotencyStore(connection(sp), timeProvider: sp.GetService<TimeProvider>()));
        }

        if (options.DistributedCache)
        {
            services.TryAddSingleton<IDistributedCache>(sp => new RedisCache(new RedisCacheOptions
            {
                ConnectionMultiplexerFactory = () => Task.FromResult(connection(sp)),
            }));
        }

        if (options.HealthCheck)
        {
            string check = keyed ? "redis:" + name : "redis";
            services.Configure<HealthCheckServiceOptions>(o =>
            {
                if (!o.Registrations.Any(r => r.Name == check))
                {
                    o.Registrations.Add(new HealthCheckRegistration(
                        check, sp => new RedisHealthCheck(connection(sp), sp.GetRequiredService<RedisDataLossMonitor>(), sp.GetService<TimeProvider>()),
                        HealthStatus.Degraded, ["redis"]));
                }
            });
        }

        return builder;
    }

    /// <summary>
    /// The connection the stores of pipeline <paramref name="name"/> use: the keyed or unkeyed multiplexer the
    /// application registered, or one made from the options' connection settings (registered under a key of this
    /// pipeline, so the container disposes it and other pipelines and the application keep theirs).
    /// </summary>
    private static Func<IServiceProvider, IConnectionMultiplexer> ConnectionFactory(IServiceCollection services, string name, RedisGovernanceOptions options)
    {
        if (options.ConnectionServiceKey is { } key)
        {
            return sp => sp.GetRequiredKeyedService<IConnectionMultiplexer>(key);
        }

        ConfigurationOptions? configuration = options.Configuration ?? (options.ConnectionString is { } text ? ConfigurationOptions.Parse(text) : null);
        if (configuration is null)
        {
            return sp => sp.GetService<IConnectionMultiplexer>() ?? throw new InvalidOperationException(
                "UseRedis() found no IConnectionMultiplexer in the services: register one (for example with Aspire's AddRedisClient), "
                + "or set RedisGovernanceOptions.ConnectionString, Configuration or ConnectionServiceKey.");
        }

        string ownKey = "Governance.AI.Redis:" + name;
        services.RemoveAll(d => d.ServiceType == typeof(IConnectionMultiplexer) && Equals(d.ServiceKey, ownKey));
        services.AddKeyedSingleton<IConnectionMultiplexer>(ownKey, (_, _) => ConnectionMultiplexer.Connect(configuration));
        return sp => sp.GetRequiredKeyedService<IConnectionMultiplexer>(ownKey);
    }

    /// <summary>Replaces pipeline <paramref name="name"/>'s registration of <typeparamref name="TService"/> only (unkeyed for the default pipeline).</summary>
    private static void Replace<TService>(IServiceCollection services, string name, Func<IServiceProvider, TService> factory)
        where TService : class
    {
        if (name.Length == 0)
        {
            services.RemoveAll(d => d.ServiceType == typeof(TService) && !d.IsKeyedService);
            services.AddSingleton(factory);
        }
        else
        {
            services.RemoveAllKeyed<TService>(name);
            services.AddKeyedSingleton<TService>(name, (sp, _) => factory(sp));
        }
    }

    private static void RemoveAll(this IServiceCollection services, Func<ServiceDescriptor, bool> match)
    {
        for (int i = services.Count - 1; i >= 0; i--)
        {
            if (match(services[i]))
            {
                services.RemoveAt(i);
            }
        }
    }

    /// <summary>Loads the cache replica when the host starts, so the first lookups already see shared entries.</summary>
    private sealed class RedisCacheReplicaService(RedisSemanticCacheStore store) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => store.StartAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => store.DisposeAsync().AsTask();
    }
}
