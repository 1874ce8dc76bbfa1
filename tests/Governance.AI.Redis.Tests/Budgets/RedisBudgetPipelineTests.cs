using System.Collections.Concurrent;
using Governance.AI.Budgets;
using Governance.AI.Redis.Budgets;
using Governance.AI.Redis.Tests.Infrastructure;
using StackExchange.Redis;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;

namespace Governance.AI.Redis.Tests.Budgets;

[Collection(RedisCollection.Name)]
public sealed class RedisBudgetPipelineTests(RedisServers servers)
{
    [RedisFact]
    public Task Eight_pipelines_with_32_callers_each_share_one_tenant_budget_on_a_standalone_server() => RunAsync(cluster: false);

    [RedisFact]
    public Task Eight_pipelines_with_32_callers_each_share_one_tenant_budget_on_a_cluster() => RunAsync(cluster: true);

    private async Task RunAsync(bool cluster)
    {
        // Invariants over 8 independent governed pipelines (own connection, own store, own fake model) × 32 callers:
        // the tokens the models reported for admitted calls never exceed the tenant's daily limit; the shared counter
        // equals exactly what they reported (every reservation settled, none lost or doubled); no reservation is left
        // open; and the limit was binding (some calls were refused with BudgetExceededException).
        const long Limit = 30_000;
        string tenant = "t" + Guid.NewGuid().ToString("N")[..8];
        string prefix = "test:budget:" + Guid.NewGuid().ToString("N")[..8];
        // Window ends become key expiries on the server's clock, so the fake clock starts at the real time.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var options = new BudgetOptions { DefaultOutputAllowance = 200 };
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Tokens = Limit });
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Concurrent = 48 });

        var connections = new List<ConnectionMultiplexer>();
        var pipelines = new List<(GovernanceTestHarness Harness, RedisBudgetStore Store)>();
        long reported = 0;
        for (int i = 0; i < 8; i++)
        {
            ConnectionMultiplexer redis = cluster ? await servers.ConnectClusterAsync() : await servers.ConnectStandaloneAsync();
            connections.Add(redis);
            var store = new RedisBudgetStore(redis, new RedisBudgetStoreOptions { KeyPrefix = prefix }, clock);
            GovernanceTestHarness harness = GovernanceTestHarness.Create(p => p.UseBudgets(options, store: store), clock: clock);
            int seed = i;
            harness.Model.Responder = request =>
            {
                long input = 20 + (Interlocked.Increment(ref seed) % 30);
                long output = 10 + (seed % 90);
                Interlocked.Add(ref reported, input + output);
                return FakeReply.Text("ok", inputTokens: input, outputTokens: output);
            };
            pipelines.Add((harness, store));
        }

        long refused = 0;
        var unexpected = new ConcurrentQueue<Exception>();
        try
        {
            await Task.WhenAll(pipelines.SelectMany(p => Enumerable.Range(0, 32).Select(_ => Task.Run(async () =>
            {
                for (int call = 0; call < 8; call++)
                {
                    try
                    {
                        await p.Harness.Client.GetResponseAsync("Summarize the quarterly report.", new ChatOptions().ForCaller(tenant));
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
            IReadOnlyList<long> used = await pipelines[0].Store.GetUsedAsync([new BudgetCounterRef($"tenant:{tenant}|tokens|1d", bucket)]);
            Assert.True(reported <= Limit, $"reported usage {reported} within {Limit}");
            Assert.Equal(reported, used[0]);
            long open = (long)await connections[0].CommandAsync("ZCARD", $"{prefix}:{{tenant:{tenant}}}:leases");
            Assert.Equal(0, open);
        }
        finally
        {
            foreach (ConnectionMultiplexer connection in connections)
            {
                await connection.DisposeAsync();
            }
        }
    }
}
