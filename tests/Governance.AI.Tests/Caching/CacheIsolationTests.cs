using Governance.AI.Budgets;
using Governance.AI.Caching;
using Governance.AI.Routing;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.AI.Tests.Caching;

/// <summary>Whose answers a cached entry may be served to: pipelines, downgrades and callers without a tenant, through DI as an application wires them.</summary>
public sealed class CacheIsolationTests
{
    private const string Question = "What is the capital of France?";

    private static string? Status(ChatResponse response) => response.AdditionalProperties?[GovernanceProperties.CacheStatus] as string;

    [Fact]
    public async Task Keyed_pipelines_never_serve_each_others_entries()
    {
        var clock = new FakeTimeProvider();
        var modelA = new FakeChatClient(clock) { Responder = _ => FakeReply.Text("answer of a") };
        var modelB = new FakeChatClient(clock) { Responder = _ => FakeReply.Text("answer of b") };
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddKeyedAiGovernance("a", _ => modelA).AddSemanticCache();
        services.AddKeyedAiGovernance("b", _ => modelB).AddSemanticCache();
        await using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient a = provider.GetRequiredKeyedService<IChatClient>("a");
        IChatClient b = provider.GetRequiredKeyedService<IChatClient>("b");

        await a.GetResponseAsync(Question, new ChatOptions().ForCaller("acme"));
        ChatResponse fromB = await b.GetResponseAsync(Question, new ChatOptions().ForCaller("acme"));
        ChatResponse againFromB = await b.GetResponseAsync(Question, new ChatOptions().ForCaller("acme"));

        Assert.Equal("answer of b", fromB.Text);
        Assert.Equal(SemanticCacheProperties.StatusMiss, Status(fromB));
        Assert.Equal(1, modelB.CallCount);
        Assert.Equal("answer of b", againFromB.Text); // each pipeline still caches its own answers
        Assert.Equal(SemanticCacheProperties.StatusHit, Status(againFromB));
    }

    [Fact]
    public async Task Keyed_pipelines_share_entries_when_given_the_same_cache_name()
    {
        var clock = new FakeTimeProvider();
        var modelA = new FakeChatClient(clock) { Responder = _ => FakeReply.Text("answer of a") };
        var modelB = new FakeChatClient(clock) { Responder = _ => FakeReply.Text("answer of b") };
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddKeyedAiGovernance("a", _ => modelA).AddSemanticCache(o => o.CacheName = "shared");
        services.AddKeyedAiGovernance("b", _ => modelB).AddSemanticCache(o => o.CacheName = "shared");
        await using ServiceProvider provider = services.BuildServiceProvider();

        await provider.GetRequiredKeyedService<IChatClient>("a").GetResponseAsync(Question, new ChatOptions().ForCaller("acme"));
        ChatResponse fromB = await provider.GetRequiredKeyedService<IChatClient>("b").GetResponseAsync(Question, new ChatOptions().ForCaller("acme"));

        Assert.Equal("answer of a", fromB.Text);
        Assert.Equal(0, modelB.CallCount);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_answer_of_a_budget_downgrade_is_never_served_as_the_premium_models(bool shareAcrossTenants)
    {
        var clock = new FakeTimeProvider();
        var premium = new FakeChatClient(clock, "gpt-4o")
        {
            Responder = r => FakeReply.Text("premium answer", inputTokens: r.LastUserText.StartsWith("warm-up", StringComparison.Ordinal) ? 60_000 : 10, outputTokens: 5),
        };
        var cheaper = new FakeChatClient(clock, "gpt-4o-mini") { Responder = _ => FakeReply.Text("cheaper answer", inputTokens: 10, outputTokens: 5) };
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddAiGovernance(_ => new FakeChatClient(clock))
            .AddSemanticCache(o => o.ShareAcrossTenants = shareAcrossTenants)
            .AddBudgets(o =>
            {
                o.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Minute, Tokens = 100_000 });
                o.DowngradeBelowRemainingFraction = 0.5;
            })
            .AddRouting(o =>
            {
                o.AddBackend("premium", premium, "gpt-4o");
                o.AddBackend("cheaper", cheaper, "gpt-4o-mini");
                o.Downgrades["gpt-4o"] = "gpt-4o-mini";
            });
        await using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = provider.GetRequiredService<IChatClient>();
        ChatOptions Request(string tenant) => new ChatOptions { ModelId = "gpt-4o", MaxOutputTokens = 10 }.ForCaller(tenant);

        await client.GetResponseAsync("warm-up: spend most of the budget", Request("acme"));
        ChatResponse downgraded = await client.GetResponseAsync(Question, Request("acme"));
        Assert.Equal("cheaper answer", downgraded.Text);
        Assert.Equal(SemanticCacheReasons.Downgraded, downgraded.AdditionalProperties![SemanticCacheProperties.Reason]);

        // Another tenant with its whole budget, and the same tenant once its window has reset, get the premium model.
        ChatResponse otherTenant = await client.GetResponseAsync(Question, Request("globex"));
        clock.Advance(TimeSpan.FromMinutes(1));
        ChatResponse afterReset = await client.GetResponseAsync(Question, Request("acme"));

        Assert.Equal("premium answer", otherTenant.Text);
        Assert.Equal("premium answer", afterReset.Text);
        Assert.Equal(shareAcrossTenants ? SemanticCacheProperties.StatusHit : SemanticCacheProperties.StatusMiss, Status(afterReset));
        Assert.Equal(1, cheaper.CallCount);
    }

    [Fact]
    public async Task Callers_without_a_tenant_share_one_partition_by_default()
    {
        GovernanceTestHarness h = GovernanceTestHarness.Create(p => p.UseSemanticCache(new SemanticCacheOptions()));
        h.Model.Responder = _ => FakeReply.Text("an answer for one anonymous caller");

        await h.Client.GetResponseAsync(Question, new ChatOptions().ForCaller(new CallerContext { UserId = "alice" }));
        ChatResponse bob = await h.Client.GetResponseAsync(Question, new ChatOptions().ForCaller(new CallerContext { UserId = "bob" }));

        Assert.Equal(SemanticCacheProperties.StatusHit, Status(bob));
        Assert.Equal(1, h.Model.CallCount);
    }

    [Fact]
    public async Task Callers_without_a_tenant_can_be_partitioned_by_user()
    {
        var services = new ServiceCollection();
        var model = new FakeChatClient();
        services.AddAiGovernance(model).AddSemanticCache(o => o.TenantlessCallers = CacheTenantlessCallers.PartitionByUser);
        await using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = provider.GetRequiredService<IChatClient>();

        await client.GetResponseAsync(Question, new ChatOptions().ForCaller(new CallerContext { UserId = "alice" }));
        ChatResponse bob = await client.GetResponseAsync(Question, new ChatOptions().ForCaller(new CallerContext { UserId = "bob" }));
        ChatResponse aliceAgain = await client.GetResponseAsync(Question, new ChatOptions().ForCaller(new CallerContext { UserId = "alice" }));
        ChatResponse nobody = await client.GetResponseAsync(Question);

        Assert.Equal(SemanticCacheProperties.StatusMiss, Status(bob));
        Assert.Equal(SemanticCacheProperties.StatusHit, Status(aliceAgain));
        Assert.Equal(SemanticCacheProperties.StatusBypass, Status(nobody));
        Assert.Equal(SemanticCacheReasons.TenantlessCaller, nobody.AdditionalProperties![SemanticCacheProperties.Reason]);
        Assert.Equal(3, model.CallCount);
    }

    [Fact]
    public async Task Callers_without_a_tenant_can_be_kept_out_of_the_cache()
    {
        var services = new ServiceCollection();
        var model = new FakeChatClient();
        services.AddAiGovernance(model).AddSemanticCache(o => o.TenantlessCallers = CacheTenantlessCallers.Bypass);
        await using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = provider.GetRequiredService<IChatClient>();

        await client.GetResponseAsync(Question);
        ChatResponse second = await client.GetResponseAsync(Question);
        List<ChatResponseUpdate> streamed = [];
        await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync(Question))
        {
            streamed.Add(update);
        }

        await client.GetResponseAsync(Question, new ChatOptions().ForCaller("acme"));
        ChatResponse tenant = await client.GetResponseAsync(Question, new ChatOptions().ForCaller("acme"));

        Assert.Equal(SemanticCacheProperties.StatusBypass, Status(second));
        Assert.Equal(SemanticCacheProperties.StatusBypass, streamed[0].AdditionalProperties![GovernanceProperties.CacheStatus]);
        Assert.Equal(SemanticCacheProperties.StatusHit, Status(tenant));
        Assert.Equal(4, model.CallCount);
    }
}
