using Governance.AI.Budgets;
using Governance.AI.Testing;
using Governance.AI.Tokenization;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.Budgets;

/// <summary>The budget policy with the real default token counters (exact tiktoken for OpenAI models, calibrated estimates otherwise).</summary>
public sealed class BudgetTokenizerTests
{
    private static readonly CallerContext Contoso = CallerContext.ForTenant("contoso");

    private static BudgetOptions TokensPerDay(long tokens)
    {
        var options = new BudgetOptions();
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Tokens = tokens });
        return options;
    }

    private static async Task<long> TokensUsedAsync(GovernanceTestHarness harness) =>
        (long)(await harness.Client.GetService<BudgetChatClient>()!.GetStatusAsync(Contoso, "gpt-4o")).Single().Used;

    [Fact]
    public async Task By_default_the_prompt_is_reserved_with_its_utf8_bound_and_charged_with_the_exact_tokenizer_count()
    {
        GovernanceTestHarness harness = GovernanceTestHarness.Create(p => p.UseBudgets(TokensPerDay(100_000)));
        harness.Model.Latency = TimeSpan.FromSeconds(1);
        harness.Model.Enqueue(FakeReply.Text("ok"));
        List<ChatMessage> messages = [new(ChatRole.System, "You are terse."), new(ChatRole.User, "Zähle die Tokens: 東京 🚀 `x => x * 2`")];
        ChatOptions options = new ChatOptions { ModelId = "gpt-4o", MaxOutputTokens = 64 }.ForCaller(Contoso);
        ITokenCounter counter = new TokenCounterProvider().GetCounter("gpt-4o");
        int expectedPrompt = counter.CountTokens(messages, options);
        int bound = ChatTokenFormula.Utf8UpperBound(messages, options);
        Assert.True(bound > expectedPrompt);

        // Far from the limit the reservation in flight holds the bound; the provider reports no usage, so the charge
        // is the exact count.
        Task<ChatResponse> pending = harness.Client.GetResponseAsync(messages, options);
        Assert.Equal(bound + 64, await TokensUsedAsync(harness));
        harness.Clock.Advance(TimeSpan.FromSeconds(1));
        await pending;
        Assert.Equal(expectedPrompt + counter.CountTokens("ok"), await TokensUsedAsync(harness));
    }

    [Fact]
    public async Task A_cut_stream_is_charged_the_exact_token_count_of_the_text_the_caller_received()
    {
        GovernanceTestHarness harness = GovernanceTestHarness.Create(p => p.UseBudgets(TokensPerDay(100_000)));
        harness.Model.StreamingChunks = 25;
        const string Story = "Once upon a time, in a kingdom by the sea, there lived a cartographer who mapped the tides, "
            + "the winds and the long silences between the lighthouses, until one winter the sea itself asked to be drawn.";
        harness.Model.Enqueue(FakeReply.Text(Story, inputTokens: 1, outputTokens: 1));
        List<ChatMessage> messages = [new(ChatRole.User, "Tell me a story.")];
        ChatOptions options = new ChatOptions { ModelId = "gpt-4o", MaxOutputTokens = 12 }.ForCaller(Contoso);
        ITokenCounter counter = new TokenCounterProvider().GetCounter("gpt-4o");

        var updates = new List<ChatResponseUpdate>();
        await foreach (ChatResponseUpdate update in harness.Client.GetStreamingResponseAsync(messages, options))
        {
            updates.Add(update);
        }

        string received = string.Concat(updates.Select(u => u.Text));
        Assert.StartsWith(received, Story, StringComparison.Ordinal);
        Assert.True(received.Length < Story.Length);
        Assert.Equal(ChatFinishReason.Length, updates[^1].FinishReason);
        int receivedTokens = counter.CountTokens(received);
        Assert.InRange(receivedTokens, 1, 12);
        Assert.Equal(counter.CountTokens(messages, options) + receivedTokens, await TokensUsedAsync(harness));
    }

    [Fact]
    public async Task Provider_reported_input_calibrates_estimating_counters()
    {
        var provider = new TokenCounterProvider();
        GovernanceTestHarness harness = GovernanceTestHarness.Create(p => p.UseBudgets(TokensPerDay(10_000_000), provider));
        List<ChatMessage> messages = [new(ChatRole.User, new string('a', 2000))];
        ChatOptions options = new ChatOptions { ModelId = "claude-sonnet-4", MaxOutputTokens = 10 }.ForCaller(Contoso);
        int before = provider.GetCounter("claude-sonnet-4").CountTokens(messages, options);

        // The provider reports twice the estimate: the estimator's ratio moves towards it.
        for (int i = 0; i < 5; i++)
        {
            harness.Model.Enqueue(FakeReply.Text("ok", inputTokens: before * 2, outputTokens: 1));
            await harness.Client.GetResponseAsync(messages, options);
        }

        Assert.True(provider.GetCounter("claude-sonnet-4").CountTokens(messages, options) > before * 3 / 2);
    }

    [Fact]
    public async Task A_later_turn_counts_the_re_sent_history_from_the_count_cache_and_adds_only_its_new_messages()
    {
        // A large cache: the cache is 2-way set-associative with a random seed, so at the default size three of these
        // 42 texts can (rarely) share a set and evict one; the invariant checked here is "nothing re-sent is counted
        // again", not the eviction policy.
        var provider = new TokenCounterProvider(new CalibratedTokenEstimator(), new TokenCountCache(1 << 20), null);

        // Replies without usage: the budget counts each prompt exactly to charge it (with usage it only bounds it).
        var model = new FakeChatClient();
        model.Enqueue(FakeReply.Text("ok"), FakeReply.Text("ok"));
        using var budget = new BudgetChatClient(model, TokensPerDay(10_000_000), provider);
        ChatOptions options = new ChatOptions { ModelId = "gpt-4o" }.ForCaller(Contoso);
        var conversation = new List<ChatMessage> { new(ChatRole.System, "You are a helpful assistant for Contoso's support team; answer briefly.") };
        for (int turn = 0; turn < 20; turn++)
        {
            conversation.Add(new ChatMessage(ChatRole.User, $"Question {turn}: what should the quarterly report say about the northern district?"));
            conversation.Add(new ChatMessage(ChatRole.Assistant, $"Answer {turn}: open with the summary and keep each district on its own page."));
        }

        conversation.Add(new ChatMessage(ChatRole.User, "Given all that, what should the first slide of the presentation say?"));
        await budget.GetResponseAsync(conversation, options);
        int cachedAfterTwentiethTurn = provider.Cache!.Count;

        // The 21st turn re-sends all of that as new message instances, plus an answer and a question.
        List<ChatMessage> nextTurn = [.. conversation.Select(m => new ChatMessage(m.Role, m.Text)),
            new(ChatRole.Assistant, "Open with the three numbers that moved most, then the proposal for the warehouse."),
            new(ChatRole.User, "And what should the last slide of the presentation say?")];
        await budget.GetResponseAsync(nextTurn, options);

        Assert.Equal(conversation.Count, cachedAfterTwentiethTurn);
        Assert.Equal(cachedAfterTwentiethTurn + 2, provider.Cache.Count);
    }
}

