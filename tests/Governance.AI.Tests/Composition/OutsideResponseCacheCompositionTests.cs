using Governance.AI.Budgets;
using Governance.AI.Redaction;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using static Governance.AI.Tests.Seams.SeamTestKit;

namespace Governance.AI.Tests.Composition;

/// <summary>
/// M.E.AI's <c>UseDistributedCache()</c> before (outside) the governance block, registered with DI
/// (<c>AddChatClient(...).UseDistributedCache().UseAiGovernance(services, ...)</c>) and composed with
/// <c>ChatClientBuilder</c>: what the root README's middleware table says that placement does.
/// </summary>
public sealed class OutsideResponseCacheCompositionTests
{
    private const string Answer = "Invoices are due in 30 days.";

    private sealed class SignedInCaller : ICallerContextAccessor
    {
        public CallerContext? Current { get; set; }
    }

    private static (ServiceProvider Services, IChatClient Client) Compose(
        bool registered, FakeChatClient model, IDistributedCache cache, ICallerContextAccessor accessor, FakeTimeProvider clock)
    {
        ServiceCollection services = Services(clock);
        services.AddSingleton(cache);
        services.AddSingleton(accessor);
        if (!registered)
        {
            var budgets = new BudgetOptions();
            budgets.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Requests = 10 });
            ServiceProvider built = services.BuildServiceProvider();
            return (built, model.AsBuilder().UseDistributedCache().UseAiGovernance(g => g.UseRedaction(new RedactionOptions()).UseBudgets(budgets)).Build(built));
        }

        services.AddChatClient(model)
            .UseDistributedCache()
            .UseAiGovernance(
                services,
                g => g.AddRedaction().AddBudgets(),
                Config(("AiGovernance:Budgets:Limits:0:Scope", "Tenant"), ("AiGovernance:Budgets:Limits:0:Window", "Day"), ("AiGovernance:Budgets:Limits:0:Requests", "10")));
        ServiceProvider provider = services.BuildServiceProvider();
        return (provider, provider.GetRequiredService<IChatClient>());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Outside_the_block_the_cache_keeps_callers_apart_only_when_the_caller_is_in_ChatOptions(bool registered)
    {
        // Invariant (root README, middleware table, UseDistributedCache outside): its key is the messages and the
        // options, so a caller set with ForCaller partitions it (two tenants, two provider calls, each charged once),
        // and a caller the block resolves itself (the ICallerContextAccessor, an ambient CallerScope) does not: the
        // second tenant is served the first one's answer, which never reaches the block, so it is not charged.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        var model = new FakeChatClient(clock) { Responder = _ => FakeReply.Text(Answer, 10, 6) };
        var accessor = new SignedInCaller();
        (ServiceProvider provider, IChatClient client) = Compose(registered, model, new RecordingDistributedCache(), accessor, clock);
        using ServiceProvider owned = provider;
        CallerContext fabrikam = CallerContext.ForTenant("fabrikam");

        await client.GetResponseAsync("When are invoices due?", For(Contoso));
        await client.GetResponseAsync("When are invoices due?", For(fabrikam));
        Assert.Equal(2, model.CallCount);

        accessor.Current = Contoso;
        await client.GetResponseAsync("When is the refund window?");
        accessor.Current = fabrikam;
        ChatResponse fromAccessor = await client.GetResponseAsync("When is the refund window?");
        accessor.Current = null;
        using (CallerScope.Begin(Contoso))
        {
            await client.GetResponseAsync("Who approves refunds?");
        }

        ChatResponse fromScope;
        using (CallerScope.Begin(fabrikam))
        {
            fromScope = await client.GetResponseAsync("Who approves refunds?");
        }

        Assert.Equal(4, model.CallCount);
        Assert.Equal(Answer, fromAccessor.Text);
        Assert.Equal(Answer, fromScope.Text);
        Assert.Equal(3m, await UsedAsync(client, "requests", caller: Contoso));
        Assert.Equal(1m, await UsedAsync(client, "requests", caller: fabrikam));
    }

    [Fact]
    public async Task Outside_the_block_the_cache_stores_the_answer_as_the_caller_got_it_with_the_prompts_pii_restored()
    {
        // Invariant (root README, middleware table: outside "it stores raw PII"): redaction restores the caller's
        // values into the answer before the outer cache sees it, so the shared store holds them in clear (keys are
        // digests and hold neither the value nor the tenant).
        const string email = "kim.novak@example.com";
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        var model = new FakeChatClient(clock) { Responder = r => FakeReply.Text("I wrote to " + r.LastUserText[r.LastUserText.IndexOf('<', StringComparison.Ordinal)..], 12, 6) };
        var cache = new RecordingDistributedCache();
        (ServiceProvider provider, IChatClient client) = Compose(registered: true, model, cache, new SignedInCaller(), clock);
        using ServiceProvider owned = provider;

        ChatResponse answer = await client.GetResponseAsync("Write to " + email, For(Contoso));

        Assert.Equal("I wrote to " + email, answer.Text);
        Assert.DoesNotContain(email, model.Requests.Single().LastUserText, StringComparison.Ordinal);
        Assert.Contains(email, cache.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(email, cache.AllKeys, StringComparison.Ordinal);
        Assert.DoesNotContain(Contoso.TenantId!, cache.AllKeys, StringComparison.Ordinal);
    }
}
