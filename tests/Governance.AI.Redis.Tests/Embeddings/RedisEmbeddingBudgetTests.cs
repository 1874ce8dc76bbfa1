using System.Collections.Concurrent;
using Governance.AI.Budgets;
using Governance.AI.Embeddings;
using Governance.AI.Redis.Budgets;
using Governance.AI.Redis.Tests.Infrastructure;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using StackExchange.Redis;

namespace Governance.AI.Redis.Tests.Embeddings;

[Collection(RedisCollection.Name)]
public sealed class RedisEmbeddingBudgetTests(RedisServers servers)
{
    private const string Model = "text-embedding-3-small";

    [RedisFact]
    public async Task Eight_governed_generators_with_16_callers_each_never_overshoot_one_tenant_budget()
    {
        // Invariants over 8 independent governed embedding generators (own connection, own Redis budget store) × 16
        // callers on a loopback redis-server: the tokens settled for admitted batches never exceed the tenant's daily
        // limit (zero overshoot); the shared counter equals exactly what the batches were charged (every reservation
        // settled, none lost or doubled); no reservation is left open; and the limit was binding (some batches refused).
        const long Limit = 4_000;
        string tenant = "t" + Guid.NewGuid().ToString("N")[..8];
        string prefix = "test:embeddings:" + Guid.NewGuid().ToString("N")[..8];

        // Window ends become key expiries on the server's clock, so the fake clock starts at the real time.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var options = new BudgetOptions();
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Tokens = Limit });
        var connections = new List<ConnectionMultiplexer>();
        var generators = new List<BudgetEmbeddingGenerator>();
        RedisBudgetStore? firstStore = null;
        for (int i = 0; i < 8; i++)
        {
            ConnectionMultiplexer redis = await servers.ConnectStandaloneAsync();
            connections.Add(redis);
            var store = new RedisBudgetStore(redis, new RedisBudgetStoreOptions { KeyPrefix = prefix }, clock);
            firstStore ??= store;

            // The fake provider reports no usage, so each batch settles at its exact cl100k count.
            generators.Add(new BudgetEmbeddingGenerator(new FakeEmbeddingGenerator(), options, store: store, timeProvider: clock));
        }

        long charged = 0;
        long refused = 0;
        var unexpected = new ConcurrentQueue<Exception>();
        try
        {
            await Task.WhenAll(generators.SelectMany(g => Enumerable.Range(0, 16).Select(caller => Task.Run(async () =>
            {
                var random = new Random(caller);
                for (int call = 0; call < 8; call++)
                {
                    string[] batch = [.. Enumerable.Range(0, random.Next(1, 6)).Select(n => "quarterly report section " + random.Next(1_000) + " " + new string('x', random.Next(1, 60)))];
                    try
                    {
                        GeneratedEmbeddings<Embedding<float>> result = await g.GenerateAsync(batch, new EmbeddingGenerationOptions { ModelId = Model }.ForCaller(tenant));
                        Interlocked.Add(ref charged, (long)result.AdditionalProperties![BudgetProperties.ChargedTokens]!);
                    }
                    catch (BudgetExceededException)
                    {
                        Interlocked.Increment(ref refused);
                    }
                    catch (Exception ex)
                    {
                        unexpected.Enqueue(ex);
                    }
                }
            }))));

            Assert.Empty(unexpected);
            Assert.True(refused > 0, "the limit was binding");
            long bucket = new DateTimeOffset(clock.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero).ToUnixTimeMilliseconds();
            IReadOnlyList<long> used = await firstStore!.GetUsedAsync([new BudgetCounterRef($"tenant:{tenant}|tokens|1d", bucket)]);
            Assert.True(charged <= Limit, $"settled tokens {charged} within {Limit}");
            Assert.Equal(charged, used[0]);
            long open = (long)await connections[0].CommandAsync("ZCARD", $"{prefix}:{{tenant:{tenant}}}:leases");
            Assert.Equal(0, open);
        }
        finally
        {
            foreach (BudgetEmbeddingGenerator generator in generators)
            {
                generator.Dispose();
            }

            foreach (ConnectionMultiplexer connection in connections)
            {
                await connection.DisposeAsync();
            }
        }
    }
}
