using System.Runtime.CompilerServices;
using Governance.AI.Budgets;
using Governance.AI.Caching;
using Governance.AI.Testing;
using Governance.AI.Tests.Budgets;
using Governance.AI.Tokenization;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using static Governance.AI.Tests.Seams.SeamTestKit;

namespace Governance.AI.Tests.Composition;

/// <summary>
/// Budgets composed with redaction and the cache as an application registers them: admission by the prompt's UTF-8
/// bound at the limit (with the exact gpt-4o counter, on the redacted prompt), and a stream cancelled after the
/// provider reported its usage.
/// </summary>
public sealed class BudgetCompositionTests
{
    private const int Output = 50;

    // German with umlauts: about two UTF-8 bytes per letter, so the bound is far above the exact count.
    private const string Prompt = "Bitte fasse den Prüfbericht für juergen.mueller@example.de zusammen: Größenänderungen, Übersicht, Zuständigkeiten und Fälligkeiten.";
    private const string Redacted = "Bitte fasse den Prüfbericht für <EMAIL_1> zusammen: Größenänderungen, Übersicht, Zuständigkeiten und Fälligkeiten.";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_prompt_whose_bound_exceeds_the_remaining_budget_but_whose_count_fits_is_served_and_its_repeat_is_a_free_hit(bool streaming)
    {
        // Invariants: the limit is exactly the redacted prompt's exact count + the output allowance, which the UTF-8
        // bound exceeds: the request is admitted (by its count) and charged the provider's usage, leaving nothing;
        // the identical request is then a cache hit, served and charged nothing although the budget is spent; a
        // different request is refused without reaching the provider; no reservation stays open.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        List<ChatMessage> redacted = [new(ChatRole.User, Redacted)];
        ChatOptions sent = new ChatOptions { ModelId = "gpt-4o", MaxOutputTokens = Output };
        int exact = new TokenCounterProvider().GetCounter("gpt-4o").CountTokens(redacted, sent);
        int bound = ChatTokenFormula.Utf8UpperBound(redacted, sent);
        Assert.True(bound > exact + 10, $"bound {bound} well above the count {exact}");
        long limit = exact + Output;

        var store = new CheckingBudgetStore(new InMemoryBudgetStore(clock));
        var model = new FakeChatClient(clock, "gpt-4o") { Responder = r => FakeReply.Text("Zusammenfassung folgt.", exact, Output) };
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<IBudgetStore>(store);
        services.AddAiGovernance(model, Config(
                ("AiGovernance:Budgets:Limits:0:Scope", "Tenant"),
                ("AiGovernance:Budgets:Limits:0:Window", "Day"),
                ("AiGovernance:Budgets:Limits:0:Tokens", limit.ToString(System.Globalization.CultureInfo.InvariantCulture))))
            .AddRedaction()
            .AddSemanticCache()
            .AddBudgets();
        using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = provider.GetRequiredService<IChatClient>();
        Task<ChatResponse> Send(string text) => streaming
            ? client.GetStreamingResponseAsync(text, For(Contoso, "gpt-4o", Output)).ToChatResponseAsync()
            : client.GetResponseAsync(text, For(Contoso, "gpt-4o", Output));

        ChatResponse served = await Send(Prompt);
        ChatResponse hit = await Send(Prompt);
        await Assert.ThrowsAsync<BudgetExceededException>(() => Send("Und was steht im Anhang?"));

        Assert.Equal("Zusammenfassung folgt.", served.Text);
        Assert.Equal(served.Text, hit.Text);
        Assert.Equal(Redacted, Assert.Single(model.Requests).LastUserText);
        Assert.Equal((decimal)limit, await UsedAsync(provider, "tokens", "gpt-4o"));
        Assert.Equal(1, store.Reserved);
        Assert.Empty(store.Open);
        Assert.Empty(store.Violations);
    }

    [Fact]
    public async Task A_stream_cancelled_after_the_provider_reported_its_usage_is_charged_that_usage_once()
    {
        // Invariant (Budgets/README: a stream cancelled after output is charged "the usage the stream reported"): the
        // provider reported 30 + 40 tokens before the caller cancelled (it billed them; 40 is more than the 31 the
        // received text counts), so the budget charges exactly that, once, not the counted prompt; nothing stays
        // reserved.
        var clock = new FakeTimeProvider();
        var store = new CheckingBudgetStore(new InMemoryBudgetStore(clock));
        var model = new UsageThenHangChatClient();
        ServiceCollection services = Services(clock);
        services.AddSingleton<IBudgetStore>(store);
        services.AddAiGovernance(model, Config(
                ("AiGovernance:Budgets:Limits:0:Scope", "Tenant"),
                ("AiGovernance:Budgets:Limits:0:Window", "Day"),
                ("AiGovernance:Budgets:Limits:0:Tokens", "100000")))
            .AddRedaction()
            .AddSemanticCache()
            .AddBudgets();
        using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = provider.GetRequiredService<IChatClient>();
        using var caller = new CancellationTokenSource();

        Task stream = Task.Run(async () =>
        {
            await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync("What is my invoice total?", For(Contoso, maxOutputTokens: 200), caller.Token))
            {
            }
        });
        await model.UsageSent.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await caller.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => stream);

        Assert.Equal(70m, await UsedAsync(provider, "tokens"));
        Assert.Equal(1, store.Reserved);
        Assert.Empty(store.Open);
        Assert.Empty(store.Violations);
        Assert.Equal(1, model.Calls);
    }

    /// <summary>A provider that streams its answer and its usage, then waits for the caller until cancelled.</summary>
    private sealed class UsageThenHangChatClient : IChatClient
    {
        private int _calls;

        public TaskCompletionSource UsageSent { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Calls => Volatile.Read(ref _calls);

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
            IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _calls);
            yield return new ChatResponseUpdate(ChatRole.Assistant, "Your invoice total is 42 euros.") { ResponseId = "r1" };
            yield return new ChatResponseUpdate { Role = ChatRole.Assistant, ResponseId = "r1", Contents = [new UsageContent(new UsageDetails { InputTokenCount = 30, OutputTokenCount = 40, TotalTokenCount = 70 })] };
            UsageSent.TrySetResult();
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            yield return new ChatResponseUpdate { Role = ChatRole.Assistant, ResponseId = "r1", FinishReason = ChatFinishReason.Stop };
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
