using System.Collections.Concurrent;
using Governance.AI.Budgets;
using Governance.AI.Caching;
using Governance.AI.Redis.Tests.Infrastructure;
using Governance.AI.Testing;
using Governance.AI.Tokenization;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Governance.AI.Redis.Tests.Composition;

/// <summary>
/// Two application instances (two service providers) built with <c>AddKeyedAiGovernance</c> as an application
/// configures them: two keyed pipelines with different policies, both on one Redis key prefix for the budgets and the
/// semantic cache, used by two tenants at once.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class RedisTwoProviderKeyedPipelineCompositionTests(RedisServers servers)
{
    private const long Limit = 150;
    private const string Support = "support";
    private const string Raw = "raw";

    [RedisFact]
    public async Task Two_providers_with_two_keyed_pipelines_never_overspend_a_tenant_or_serve_an_entry_across_tenants_or_pipelines()
    {
        // Invariants: first, before any budget binds, one question per tenant and pipeline asked again on the same
        // instance and on the other one (a hit each time where the partition allows one, and a miss where it must not);
        // then 2 providers x 2 pipelines x 2 tenants x 4 callers x 6 calls racing, the same questions for every tenant
        // and pipeline. "support" redacts e-mail addresses (callers share entries); "raw" does not (its prompts carry
        // the address). Both pipelines write one prefix: the tenant's budget counter is shared by both pipelines on both
        // instances, the cache is kept apart only by the pipeline's cache name and the tenant. Each answer names the
        // pipeline and tenant it was made for, so any answer served to another tenant or through the other pipeline
        // shows. Per tenant, the usage the models reported never exceeds the limit and the shared counter equals it;
        // the limit was binding (12 partitions x 6 questions need far more than ~4 calls' worth).
        string prefix = "test:compose12:" + Guid.NewGuid().ToString("N")[..8];
        string[] tenants = ["a" + Guid.NewGuid().ToString("N")[..8], "b" + Guid.NewGuid().ToString("N")[..8]];
        ITokenCounter exact = new TokenCounterProvider().GetCounter("gpt-4o");
        var reported = new ConcurrentDictionary<string, long>();
        var models = new ConcurrentBag<FakeChatClient>();

        // The pipeline does not pass the caller on to the provider: the model learns whose call it answers from the
        // calling flow (a miss runs in its caller's flow; a coalesced one is answered by a caller of its own partition).
        var callingTenant = new AsyncLocal<string>();
        FakeChatClient Model(string pipeline)
        {
            var model = new FakeChatClient();
            model.Responder = request =>
            {
                long input = exact.CountTokens(request.Messages, request.Options);
                string tenant = callingTenant.Value!;
                reported.AddOrUpdate(tenant, input + 12, (_, used) => used + input + 12);
                return FakeReply.Text($"{pipeline}/{tenant}", inputTokens: input, outputTokens: 12);
            };
            models.Add(model);
            return model;
        }

        // A running real clock (a frozen fake clock stalls the cache replica sync), shared by both instances and kept
        // out of the last minutes of a UTC day, so the run stays inside one monthly window even when it starts seconds
        // before a month's start.
        TimeProvider clock = ServerClock.Running();

        async Task<ServiceProvider> InstanceAsync()
        {
            var services = new ServiceCollection();
            services.AddSingleton(clock);
            services.AddSingleton<IConnectionMultiplexer>(await servers.ConnectStandaloneAsync());
            services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(new FakeEmbeddingGenerator());
            void Budgets(BudgetOptions o) => o.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Month, Tokens = Limit });
            void Shared(RedisGovernanceOptions o) => (o.BudgetStore.KeyPrefix, o.CacheStore.KeyPrefix) = (prefix, prefix);
            services.AddKeyedAiGovernance(Support, _ => Model(Support)).AddRedaction().AddSemanticCache().AddBudgets(Budgets).UseRedis(Shared);
            services.AddKeyedAiGovernance(Raw, _ => Model(Raw)).AddSemanticCache().AddBudgets(Budgets).UseRedis(Shared);
            return services.BuildServiceProvider();
        }

        await using ServiceProvider first = await InstanceAsync();
        await using ServiceProvider second = await InstanceAsync();
        var clients = new List<(string Pipeline, IChatClient Client)>();
        foreach (ServiceProvider provider in new[] { first, second })
        {
            clients.Add((Support, provider.GetRequiredKeyedService<IChatClient>(Support)));
            clients.Add((Raw, provider.GetRequiredKeyedService<IChatClient>(Raw)));
        }

        var race = new BillingQuestionRace();
        foreach (string tenant in tenants)
        {
            // Sequential and within the budget (two provider calls of ~37 tokens per tenant), so whether a repeat is
            // served from the cache does not depend on timing: an entry is in this instance's replica and in Redis
            // before the call that stored it returns, and an exact lookup the replica misses reads Redis.
            callingTenant.Value = tenant;
            string question = BillingQuestionRace.Question(0, "early.a@example.com");
            string sameKind = BillingQuestionRace.Question(0, "early.b@example.com");
            Assert.Equal(SemanticCacheProperties.StatusMiss, await race.AskAsync(clients[0].Client, tenant, question, $"{Support}/{tenant}"));
            Assert.Equal(SemanticCacheProperties.StatusHit, await race.AskAsync(clients[0].Client, tenant, sameKind, $"{Support}/{tenant}"));
            Assert.Equal(SemanticCacheProperties.StatusHit, await race.AskAsync(clients[2].Client, tenant, sameKind, $"{Support}/{tenant}"));
            Assert.Equal(SemanticCacheProperties.StatusMiss, await race.AskAsync(clients[1].Client, tenant, question, $"{Raw}/{tenant}"));
            Assert.Equal(SemanticCacheProperties.StatusHit, await race.AskAsync(clients[3].Client, tenant, question, $"{Raw}/{tenant}"));
        }

        await Task.WhenAll(clients.SelectMany(c => tenants.SelectMany(tenant =>
            race.Start(c.Client, tenant, callers: 4, calls: 6, expected: $"{c.Pipeline}/{tenant}", enter: () => callingTenant.Value = tenant))));

        Assert.Empty(race.Unexpected);
        Assert.Empty(race.Crossed);
        Assert.True(race.Refused > 0, "the limit was binding");
        // The race's own repeats may or may not be served from the cache (the budget can refuse them first, and the
        // semantic tier sees the other instance's entries after the replica sync): the hits required are the six above.
        Assert.True(race.Hits >= 6, $"{race.Hits} hits");
        Assert.Equal((2 * 5) + (2 * 2 * 2 * 4 * 6), race.Served + race.Refused);
        BudgetChatClient budget = first.GetRequiredKeyedService<IChatClient>(Raw).GetService<BudgetChatClient>()!;
        foreach (string tenant in tenants)
        {
            long used = reported.GetValueOrDefault(tenant);
            Assert.True(used <= Limit, $"tenant {tenant}: reported usage {used} within {Limit}");
            IReadOnlyList<BudgetStatus> status = await budget.GetStatusAsync(CallerContext.ForTenant(tenant), "gpt-4o");
            Assert.Equal(used, (long)status.Single().Used);
        }

        Assert.Equal(race.Served - race.Hits, models.Sum(m => (long)m.CallCount));
    }
}
