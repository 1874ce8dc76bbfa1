using Governance.AI.Budgets;
using Governance.AI.Redis.Tests.Infrastructure;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Governance.AI.Redis.Tests.Composition;

/// <summary>
/// Governed chat and governed embeddings registered side by side (<c>AddAiGovernance(...).UseRedis()</c> and
/// <c>AddAiEmbeddingGovernance(...).AddBudgets()</c>) in two application instances on one Redis, with the caller
/// known only to the application's <see cref="ICallerContextAccessor"/>.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class RedisChatAndEmbeddingsCompositionTests(RedisServers servers)
{
    private const string EmbeddingModel = "text-embedding-3-small";

    private sealed class SignedInCaller(CallerContext caller) : ICallerContextAccessor
    {
        public CallerContext? Current => caller;
    }

    private static ServiceProvider Instance(IConnectionMultiplexer redis, FakeTimeProvider clock, string prefix, string tenant, FakeChatClient model)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(redis);
        services.AddSingleton<ICallerContextAccessor>(new SignedInCaller(CallerContext.ForTenant(tenant, "ana")));
        services.AddAiGovernance(model)
            .AddBudgets(o =>
            {
                o.DefaultOutputAllowance = 50;
                o.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Tokens = 400 });
            })
            .UseRedis(o => o.BudgetStore.KeyPrefix = prefix);
        services.AddAiEmbeddingGovernance(new FakeEmbeddingGenerator()).AddBudgets();
        return services.BuildServiceProvider();
    }

    [RedisFact]
    public async Task A_tenants_chat_and_embedding_calls_on_two_instances_draw_on_one_redis_budget_for_the_accessors_caller()
    {
        // Invariants (Embeddings/README, "Shared with chat"): with no caller on the requests, both policies charge
        // the accessor's tenant; instance A's embeddings and instance B's chat add up on the one Redis counter
        // (exactly the batch's count plus the chat's reported usage); a batch that no longer fits is refused on
        // either instance.
        string prefix = "test:compose4e:" + Guid.NewGuid().ToString("N")[..8];
        string tenant = "t" + Guid.NewGuid().ToString("N")[..8];

        // Window ends become key expiries on the server's clock, so the fake clock starts at the real time.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using ConnectionMultiplexer redisA = await servers.ConnectStandaloneAsync();
        using ConnectionMultiplexer redisB = await servers.ConnectStandaloneAsync();
        var chatB = new FakeChatClient(clock) { Responder = _ => FakeReply.Text("Three sections.", 30, 5) };
        await using ServiceProvider a = Instance(redisA, clock, prefix, tenant, new FakeChatClient(clock));
        await using ServiceProvider b = Instance(redisB, clock, prefix, tenant, chatB);
        var embeddingsA = a.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
        var embeddingsB = b.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
        var embeddingOptions = new EmbeddingGenerationOptions { ModelId = EmbeddingModel };

        GeneratedEmbeddings<Embedding<float>> batch = await embeddingsA.GenerateAsync(["quarterly report, section one", "quarterly report, section two"], embeddingOptions);
        await b.GetRequiredService<IChatClient>().GetResponseAsync("How many sections does the report have?", new ChatOptions { MaxOutputTokens = 10 });

        long embedded = (long)batch.AdditionalProperties![BudgetProperties.ChargedTokens]!;
        Assert.True(embedded > 0);
        IReadOnlyList<BudgetStatus> status = await a.GetRequiredService<IChatClient>().GetService<BudgetChatClient>()!.GetStatusAsync(CallerContext.ForTenant(tenant));
        Assert.Equal(embedded + 35, (long)status.Single(s => s.LimitName == "tokens").Used);

        string tooLong = string.Join(' ', Enumerable.Repeat("quarterly", 400 - (int)embedded - 35 + 1));
        await Assert.ThrowsAsync<BudgetExceededException>(() => embeddingsB.GenerateAsync([tooLong], embeddingOptions));
        await Assert.ThrowsAsync<BudgetExceededException>(() => embeddingsA.GenerateAsync([tooLong], embeddingOptions));
        Assert.Equal(1, chatB.CallCount);
    }
}
