using Governance.AI.Budgets;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using static Governance.AI.Tests.Seams.SeamTestKit;

namespace Governance.AI.Tests.Composition;

/// <summary>
/// M.E.AI's own middleware where the root README places it around the governance block, registered with
/// <c>AddChatClient(...).UseAiGovernance(services, ...)</c>: <c>UseLogging</c> after the block (inside it), and
/// <c>UseDistributedCache</c> before it (outside), the only place it is allowed: inside it would serve one tenant's
/// answer to another and charge the hit, so that placement is refused when the pipeline is built.
/// </summary>
public sealed class MiddlewarePlacementCompositionTests
{
    private const string Email = "kim.novak@example.com";
    private const string Tenant = "tenant-7f3a";
    private const string User = "user-4711";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task UseLogging_inside_the_block_logs_the_redacted_prompt_and_answer_at_trace_and_never_a_raw_value_or_the_caller(bool streaming)
    {
        // Invariant (root README, middleware table: UseLogging after the block "logs only redacted prompts, never
        // caller ids"): M.E.AI's LoggingChatClient, at its most verbose level, sees the request and the answer as
        // the provider does: placeholders, no caller, no governance.* key.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        var model = new FakeChatClient(clock) { StreamingChunks = 3, Responder = r => FakeReply.Text("I wrote to " + r.LastUserText[r.LastUserText.IndexOf('<', StringComparison.Ordinal)..], 12, 6) };
        ServiceCollection services = Services(clock);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace));
        services.AddFakeLogging();
        services.AddChatClient(model)
            .UseAiGovernance(services, g => g.AddRedaction().AddSemanticCache(), Config())
            .UseLogging();
        using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = provider.GetRequiredService<IChatClient>();
        ChatOptions options = new ChatOptions().ForCaller(CallerContext.ForTenant(Tenant, User));

        ChatResponse answer = streaming
            ? await client.GetStreamingResponseAsync("Write to " + Email, options).ToChatResponseAsync()
            : await client.GetResponseAsync("Write to " + Email, options);

        Assert.Equal("I wrote to " + Email, answer.Text);
        List<string> logged = [.. provider.GetFakeLogCollector().GetSnapshot()
            .Where(r => r.Category?.Contains(nameof(LoggingChatClient), StringComparison.Ordinal) == true)
            .Select(r => r.Message)];
        Assert.Contains(logged, message => message.Contains("<EMAIL_1>", StringComparison.Ordinal));
        Assert.All(logged, message =>
        {
            Assert.DoesNotContain(Email, message, StringComparison.Ordinal);
            Assert.DoesNotContain(Tenant, message, StringComparison.Ordinal);
            Assert.DoesNotContain(User, message, StringComparison.Ordinal);
            Assert.DoesNotContain("governance.", message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void UseDistributedCache_inside_the_block_is_refused_when_built()
    {
        // Invariant (root README, middleware table): M.E.AI's cache keys on messages and options only, and inside the
        // block the caller has been removed, so tenant B would be served tenant A's answer and charged for it.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        var model = new FakeChatClient(clock);
        ServiceCollection services = Services(clock);
        services.AddDistributedMemoryCache();
        using ServiceProvider provider = services.BuildServiceProvider();
        ChatClientBuilder builder = model.AsBuilder().UseAiGovernance(g => g.UseBudgets(TenantDayRequests())).UseDistributedCache();

        InvalidOperationException refused = Assert.Throws<InvalidOperationException>(() => builder.Build(provider));

        Assert.Contains("UseDistributedCache", refused.Message, StringComparison.Ordinal);
        Assert.Contains("before UseAiGovernance", refused.Message, StringComparison.Ordinal);
        Assert.Contains("UseSemanticCache", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, model.CallCount);
    }

    [Fact]
    public void UseDistributedCache_inside_a_registered_block_is_refused_when_the_client_is_resolved()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        ServiceCollection services = Services(clock);
        services.AddDistributedMemoryCache();
        services.AddChatClient(new FakeChatClient(clock))
            .UseAiGovernance(services, g => g.AddBudgets(), Config(("AiGovernance:Budgets:Limits:0:Scope", "Tenant"), ("AiGovernance:Budgets:Limits:0:Window", "Day"), ("AiGovernance:Budgets:Limits:0:Requests", "10")))
            .UseDistributedCache();
        using ServiceProvider provider = services.BuildServiceProvider();

        InvalidOperationException refused = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IChatClient>());

        Assert.Contains("UseDistributedCache", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, false)]
    [InlineData(true, true)]
    [InlineData(false, true)]
    public void Middleware_that_only_works_outside_the_block_is_refused_in_a_router_backends_client(bool registered, bool idempotency)
    {
        // Invariant: a router backend's client is inside the block as much as the client the block wraps (the
        // caller and the governance keys are removed before it), so M.E.AI's response cache there would serve tenant B
        // tenant A's answer and charge it, and UseIdempotency() there would never see a key. Refused when the
        // pipeline's options are validated, naming the backend.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        ServiceCollection services = Services(clock);
        services.AddDistributedMemoryCache();
        using ServiceProvider provider = services.BuildServiceProvider();
        ChatClientBuilder backend = new FakeChatClient(clock).AsBuilder();
        IChatClient eastus = (idempotency ? backend.UseIdempotency() : backend.UseDistributedCache()).Build(provider);
        string expected = idempotency ? "UseIdempotency" : "UseDistributedCache";

        Exception refused = registered
            ? Assert.ThrowsAny<Exception>(() =>
            {
                ServiceCollection app = Services(clock);
                app.AddAiGovernance(new FakeChatClient(clock)).AddBudgets(b => b.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Requests = 10 }))
                    .AddRouting(r => r.AddBackend("eastus", eastus, "gpt-4o"));
                using ServiceProvider sp = app.BuildServiceProvider();
                sp.GetRequiredService<IChatClient>();
            })
            : Assert.ThrowsAny<Exception>(() => new FakeChatClient(clock).AsBuilder()
                .UseAiGovernance(g => g.UseBudgets(TenantDayRequests()).UseRouting(r => r.AddBackend("eastus", eastus, "gpt-4o")))
                .Build(provider));

        Assert.Contains("Backends:eastus:Client", refused.Message, StringComparison.Ordinal);
        Assert.Contains(expected, refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task UseDistributedCache_outside_the_block_keeps_each_tenant_to_its_own_answers_and_charges_only_calls_it_lets_through(bool streaming)
    {
        // Outside the block the caller is still in the options M.E.AI's cache keys on, so each tenant has its own
        // entries; a hit never reaches the block, so it is not charged.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        var model = new FakeChatClient(clock) { StreamingChunks = 3, Responder = r => FakeReply.Text("Invoices are due in 30 days.", 10, 6) };
        ServiceCollection services = Services(clock);
        services.AddDistributedMemoryCache();
        using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = model.AsBuilder().UseDistributedCache().UseAiGovernance(g => g.UseBudgets(TenantDayRequests())).Build(provider);
        CallerContext fabrikam = CallerContext.ForTenant("fabrikam");
        Task<ChatResponse> Ask(CallerContext caller) => streaming
            ? client.GetStreamingResponseAsync("When are invoices due?", For(caller)).ToChatResponseAsync()
            : client.GetResponseAsync("When are invoices due?", For(caller));

        await Ask(Contoso);
        await Ask(Contoso);
        ChatResponse other = await Ask(fabrikam);

        Assert.Equal("Invoices are due in 30 days.", other.Text);
        Assert.Equal(2, model.CallCount);
        Assert.Equal(1m, await UsedAsync(client, "requests", caller: Contoso));
        Assert.Equal(1m, await UsedAsync(client, "requests", caller: fabrikam));
    }

    private static BudgetOptions TenantDayRequests()
    {
        var options = new BudgetOptions();
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Requests = 10 });
        return options;
    }
}
