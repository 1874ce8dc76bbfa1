using Governance.AI.Budgets;
using Governance.AI.Caching;
using Governance.AI.Idempotency;
using Governance.AI.Redaction;
using Governance.AI.Safety;
using Governance.AI.Telemetry;
using Governance.AI.Testing;
using Governance.AI.Tests.Budgets;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Governance.AI.Tests.Seams.SeamTestKit;

namespace Governance.AI.Tests.Composition;

/// <summary>
/// The same policies composed the three ways an application can: <c>AddAiGovernance().AddX()</c>,
/// <c>AddChatClient(...).UseX(options)</c> (the per-policy <see cref="ChatClientBuilder"/> extensions inside DI), and
/// <c>AsBuilder().UseAiGovernance(g =&gt; g.UseX(options)).Build(services)</c>. Each must behave the same for the same
/// requests: same caller, same answers, same hits, same rejections, same charges.
/// </summary>
public sealed class BuilderParityCompositionTests
{
    private const string Question = "What does the premium support plan include?";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    public enum Composition
    {
        AddAiGovernance,
        ChatClientBuilderUseX,
        AsBuilderBuild,
    }

    /// <summary>The caller an application's accessor reports (in a web app: the tenant of the HTTP request).</summary>
    private sealed class SwitchableCallerAccessor : ICallerContextAccessor
    {
        public CallerContext? Current { get; set; }
    }

    [Theory]
    [InlineData(Composition.AddAiGovernance, false)]
    [InlineData(Composition.AddAiGovernance, true)]
    [InlineData(Composition.ChatClientBuilderUseX, false)]
    [InlineData(Composition.ChatClientBuilderUseX, true)]
    [InlineData(Composition.AsBuilderBuild, false)]
    [InlineData(Composition.AsBuilderBuild, true)]
    public async Task The_caller_from_a_registered_accessor_reaches_every_policy_however_the_pipeline_is_composed(Composition composition, bool streaming)
    {
        // Invariant: the caller an application's ICallerContextAccessor reports partitions the cache and the budgets
        // and names the usage record, whichever way the policies were composed. Were it ignored, every caller would be
        // anonymous: one tenant would be served another tenant's cached answer and spend its budget.
        var accessor = new SwitchableCallerAccessor();
        var store = new CheckingBudgetStore(new InMemoryBudgetStore(_clock));
        var ledger = new InMemoryUsageLedger(timeProvider: _clock);
        int calls = 0;
        var model = new FakeChatClient(_clock, "gpt-4o") { Responder = _ => FakeReply.Text("Answer number " + Interlocked.Increment(ref calls) + ".", 20, 5) };
        ServiceCollection services = Services(_clock);
        services.AddSingleton<ICallerContextAccessor>(accessor);
        services.AddSingleton<IBudgetStore>(store);
        services.AddSingleton<IUsageLedger>(ledger);
        using ServiceProvider provider = Compose(composition, services, model);
        IChatClient client = composition == Composition.AsBuilderBuild
            ? model.AsBuilder().UseAiGovernance(g => g.UseTelemetry().UseSemanticCache(new SemanticCacheOptions()).UseBudgets(TwoRequestsPerTenant())).Build(provider)
            : provider.GetRequiredService<IChatClient>();
        CallerContext fabrikam = CallerContext.ForTenant("fabrikam");

        accessor.Current = Contoso;
        string contosoFirst = await AskAsync(client, Question, streaming);
        accessor.Current = fabrikam;
        string fabrikamFirst = await AskAsync(client, Question, streaming);
        accessor.Current = Contoso;
        string contosoAgain = await AskAsync(client, Question, streaming);
        await AskAsync(client, "Which regions does the premium plan cover?", streaming);
        BudgetExceededException rejected = await Assert.ThrowsAsync<BudgetExceededException>(() => AskAsync(client, "How do I upgrade to premium?", streaming));
        accessor.Current = fabrikam;
        string fabrikamSecond = await AskAsync(client, "How do I upgrade to premium?", streaming);

        Assert.Equal("Answer number 1.", contosoFirst);
        Assert.Equal("Answer number 2.", fabrikamFirst);     // its own miss, not contoso's entry
        Assert.Equal("Answer number 1.", contosoAgain);      // contoso's own hit, not charged
        Assert.Equal("Answer number 4.", fabrikamSecond);    // contoso's spent budget is not fabrikam's
        Assert.Equal(4, model.CallCount);
        Assert.Contains("contoso", rejected.Scope, StringComparison.Ordinal);
        Assert.Equal(2m, await UsedAsync(client, "requests", "gpt-4o", Contoso));
        Assert.Equal(2m, await UsedAsync(client, "requests", "gpt-4o", fabrikam));
        Assert.Empty(store.Violations);
        Assert.Empty(store.Open);
        List<UsageRecord> records = [];
        await foreach (UsageRecord record in ledger.ReadAsync(new UsagePeriod(_clock.GetUtcNow().AddDays(-1), _clock.GetUtcNow().AddDays(1))))
        {
            records.Add(record);
        }

        Assert.Equal(["contoso", "contoso", "contoso", "contoso", "fabrikam", "fabrikam"], records.Select(r => r.TenantId ?? "(none)").Order());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_key_reused_by_another_tenant_of_the_accessor_is_never_answered_with_the_first_tenants_answer(bool streaming)
    {
        // Invariant: UseIdempotency scopes its keys by the caller; with the caller from the application's accessor
        // and the policies added with UseX (no AddAiGovernance registering a resolver), two tenants that happen to send
        // the same key and request each get their own answer, and each is charged to its own budget.
        var accessor = new SwitchableCallerAccessor();
        int calls = 0;
        var model = new FakeChatClient(_clock, "gpt-4o") { Responder = _ => FakeReply.Text("Answer number " + Interlocked.Increment(ref calls) + ".", 20, 5) };
        ServiceCollection services = Services(_clock);
        services.AddSingleton<ICallerContextAccessor>(accessor);
        services.AddChatClient(model).UseIdempotency().UseBudgets(TwoRequestsPerTenant());
        using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = provider.GetRequiredService<IChatClient>();
        ChatOptions keyed = new ChatOptions().WithIdempotencyKey("retry-7");

        accessor.Current = Contoso;
        string contoso = await AskAsync(client, Question, streaming, keyed);
        string contosoRetry = await AskAsync(client, Question, streaming, keyed);
        accessor.Current = CallerContext.ForTenant("fabrikam");
        string fabrikam = await AskAsync(client, Question, streaming, keyed);

        Assert.Equal("Answer number 1.", contoso);
        Assert.Equal("Answer number 1.", contosoRetry);
        Assert.Equal("Answer number 2.", fabrikam);
        Assert.Equal(1m, await UsedAsync(client, "requests", "gpt-4o", Contoso));
        Assert.Equal(1m, await UsedAsync(client, "requests", "gpt-4o", CallerContext.ForTenant("fabrikam")));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Two_keyed_clients_with_UseSemanticCache_on_providers_of_different_models_never_serve_each_others_answers(bool streaming)
    {
        // Invariant: a cached answer is the answer of the model that would answer the request. Two keyed clients
        // composed with UseSemanticCache take the application's HybridCache, so they share the exact tier; a request
        // that names no model must still be keyed by the model its provider answers with (as the budget charges it),
        // or the premium client's callers get the small model's answers. (AddKeyedAiGovernance scopes each pipeline
        // by its name; UseSemanticCache on a keyed ChatClientBuilder cannot know that name.)
        var mini = new FakeChatClient(_clock, "gpt-4o-mini") { Responder = _ => FakeReply.Text("The small model's answer.", 20, 5) };
        var full = new FakeChatClient(_clock, "gpt-4o") { Responder = _ => FakeReply.Text("The large model's answer.", 20, 5) };
        ServiceCollection services = Services(_clock);
        services.AddHybridCache();
        services.AddKeyedChatClient("mini", mini).UseSemanticCache(new SemanticCacheOptions());
        services.AddKeyedChatClient("full", full).UseSemanticCache(new SemanticCacheOptions());
        using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient miniClient = provider.GetRequiredKeyedService<IChatClient>("mini");
        IChatClient fullClient = provider.GetRequiredKeyedService<IChatClient>("full");

        string small = await AskAsync(miniClient, Question, streaming, For(Contoso));
        string large = await AskAsync(fullClient, Question, streaming, For(Contoso));
        string largeAgain = await AskAsync(fullClient, Question, streaming, For(Contoso));
        string explicitlyLarge = await AskAsync(miniClient, Question, streaming, For(Contoso, model: "gpt-4o"));

        Assert.Equal("The small model's answer.", small);
        Assert.Equal("The large model's answer.", large);
        Assert.Equal("The large model's answer.", largeAgain);
        Assert.Equal(1, full.CallCount);
        Assert.Equal(1, mini.CallCount);

        // Keyed by the model, not by the client: a request naming gpt-4o is the request the large model answered.
        Assert.Equal("The large model's answer.", explicitlyLarge);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public async Task No_options_and_empty_options_under_an_ambient_caller_are_one_request_answered_and_charged_once(bool nullFirst, bool streamedFirst)
    {
        // Invariant: ChatOptions null and new ChatOptions() ask the same thing; with the caller from CallerScope, the
        // second is a hit on the first's answer (streamed or not, either order), and the budget holds one call.
        var store = new CheckingBudgetStore(new InMemoryBudgetStore(_clock));
        var model = new FakeChatClient(_clock, "gpt-4o") { Responder = _ => FakeReply.Text("The plan includes phone support.", 20, 6) };
        ServiceCollection services = Services(_clock);
        services.AddSingleton<IBudgetStore>(store);
        using ServiceProvider provider = Compose(Composition.AddAiGovernance, services, model);
        IChatClient client = provider.GetRequiredService<IChatClient>();

        string first;
        string second;
        using (CallerScope.Begin(Contoso))
        {
            first = await AskAsync(client, Question, streamedFirst, nullFirst ? null : new ChatOptions());
            second = await AskAsync(client, Question, !streamedFirst, nullFirst ? new ChatOptions() : null);
        }

        Assert.Equal("The plan includes phone support.", first);
        Assert.Equal(first, second);
        Assert.Equal(1, model.CallCount);
        Assert.Equal(1m, await UsedAsync(client, "requests", "gpt-4o", Contoso));
        Assert.Empty(store.Open);
        Assert.Empty(store.Violations);
    }

    private static BudgetOptions TwoRequestsPerTenant()
    {
        var options = new BudgetOptions();
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Requests = 2 });
        return options;
    }

    private static ServiceProvider Compose(Composition composition, ServiceCollection services, IChatClient model)
    {
        switch (composition)
        {
            case Composition.AddAiGovernance:
                services.AddAiGovernance(model, Config(
                        ("AiGovernance:Budgets:Limits:0:Scope", "Tenant"),
                        ("AiGovernance:Budgets:Limits:0:Window", "Day"),
                        ("AiGovernance:Budgets:Limits:0:Requests", "2")))
                    .AddTelemetry()
                    .AddSemanticCache()
                    .AddBudgets();
                break;
            case Composition.ChatClientBuilderUseX:
                services.AddChatClient(model)
                    .UseAiGovernance(g => g.UseTelemetry())
                    .UseSemanticCache(new SemanticCacheOptions())
                    .UseBudgets(TwoRequestsPerTenant());
                break;
        }

        return services.BuildServiceProvider();
    }

    private static async Task<string> AskAsync(IChatClient client, string question, bool streaming, ChatOptions? options = null)
    {
        if (!streaming)
        {
            return (await client.GetResponseAsync(question, options)).Text;
        }

        var text = new System.Text.StringBuilder();
        await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync(question, options))
        {
            text.Append(update.Text);
        }

        return text.ToString();
    }
}
