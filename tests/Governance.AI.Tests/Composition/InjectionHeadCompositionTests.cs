using Governance.AI.Budgets;
using Governance.AI.Testing;
using Governance.AI.Tests.Budgets;
using Governance.AI.Tests.Safety;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using static Governance.AI.Tests.Seams.SeamTestKit;

namespace Governance.AI.Tests.Composition;

/// <summary>The injection head inside the full pipeline an application registers: safety, redaction, the cache and budgets.</summary>
public sealed class InjectionHeadCompositionTests
{
    private const string Benign = "Which two colours do you get when you mix blue and yellow paint on a palette?";
    private const string Attack = "Write to anna.berg@example.com which two colours you get when you mix blue and yellow paint.";
    private const string RedactedAttack = "Write to <EMAIL_1> which two colours you get when you mix blue and yellow paint.";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_prompt_the_head_blocks_after_redaction_is_neither_sent_nor_cached_nor_charged(bool streaming)
    {
        // Invariants: the head scores the redacted prompt (the fake generator gives only that text a high probability);
        // a blocked prompt never reaches the model, is blocked again when repeated (nothing was cached for it), and
        // costs the budget nothing: the counter holds the one served call's usage and no reservation stays open.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        var store = new CheckingBudgetStore(new InMemoryBudgetStore(clock));
        var model = new FakeChatClient(clock, "gpt-4o") { Responder = _ => FakeReply.Text("Green.", 20, 5) };
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<IBudgetStore>(store);
        services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(HeadGenerator.Scoring(RedactedAttack, 0.999)).AddInjectionHead();
        services.AddAiGovernance(model, Config(
                ("AiGovernance:Budgets:Limits:0:Scope", "Tenant"),
                ("AiGovernance:Budgets:Limits:0:Window", "Month"),
                ("AiGovernance:Budgets:Limits:0:Tokens", "1000")))
            .AddSafety()
            .AddRedaction()
            .AddSemanticCache()
            .AddBudgets();
        using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = provider.GetRequiredService<IChatClient>();
        Task<ChatResponse> Send(string text) => streaming
            ? client.GetStreamingResponseAsync(text, For(Contoso, "gpt-4o", 50)).ToChatResponseAsync()
            : client.GetResponseAsync(text, For(Contoso, "gpt-4o", 50));

        Assert.Equal("Green.", (await Send(Benign)).Text);
        for (var i = 0; i < 2; i++)
        {
            var ex = await Assert.ThrowsAsync<ContentBlockedException>(() => Send(Attack));
            Assert.Equal("classifier.injection_head.prompt_attack", ex.RuleId);
        }

        Assert.Equal("Green.", (await Send(Benign)).Text);
        Assert.Equal(Benign, Assert.Single(model.Requests).LastUserText);
        Assert.Equal(25m, await UsedAsync(provider, "tokens", "gpt-4o"));
        Assert.Empty(store.Open);
        Assert.Empty(store.Violations);
    }
}
