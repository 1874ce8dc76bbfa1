using System.Text.RegularExpressions;
using Governance.AI.Budgets;
using Governance.AI.Caching;
using Governance.AI.Redaction;
using Governance.AI.Safety;
using Governance.AI.Telemetry;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.Streaming;

/// <summary>A governed stream streams: text leaves as it comes, split values are still caught, and the end of the
/// stream keeps the shape providers send (no content after the finish reason, usage in the last update).</summary>
public sealed partial class GovernedStreamingTests
{
    private static readonly ChatMessage[] Request =
    [
        new(ChatRole.System, "You are a terse assistant."),
        new(ChatRole.User, "Tell me something."),
    ];

    private static IChatClient RedactionAndSafety(SteppedChatClient model) =>
        new GovernancePipelineBuilder(model).UseSafety(Safety()).UseRedaction(new RedactionOptions()).Build();

    // Defaults, with a fixed canary secret so that every run sees the same canary.
    private static SafetyOptions Safety() => new() { CanarySecret = "streaming-tests-canary-secret" };

    private static IChatClient AllSixPolicies(SteppedChatClient model)
    {
        var budgets = new BudgetOptions();
        budgets.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Global, Window = BudgetWindow.Day, Tokens = 1_000_000 });
        return new GovernancePipelineBuilder(model)
            .UseTelemetry(new TelemetryOptions())
            .UseSafety(Safety())
            .UseRedaction(new RedactionOptions())
            .UseSemanticCache(new SemanticCacheOptions())
            .UseBudgets(budgets)
            .UseRouting(o => o.AddBackend("primary", model))
            .Build();
    }

    private static string[] Words(int count) => [.. Enumerable.Range(0, count).Select(i => $"word{(char)('a' + i)} ")];

    [Fact]
    public async Task First_text_reaches_the_caller_while_the_model_has_sent_one_of_twenty_chunks()
    {
        // Invariant: with redaction and safety at their defaults, a chunk that cannot be part of any value is delivered
        // before the pipeline asks the model for the next one.
        using var model = new SteppedChatClient();
        IAsyncEnumerator<ChatResponseUpdate> updates = RedactionAndSafety(model).GetStreamingResponseAsync(Request).GetAsyncEnumerator();
        string[] chunks = ["Streaming ", .. Words(19)];
        model.Send(chunks[0]);

        Task<bool> first = updates.MoveNextAsync().AsTask();
        Assert.Same(first, await Task.WhenAny(first, model.Requested(1)));
        Assert.True(await first);
        Assert.Equal("Streaming ", updates.Current.Text);

        await updates.DisposeAsync();
    }

    [Fact]
    public async Task Every_chunk_of_plain_text_is_delivered_before_the_next_is_asked_for()
    {
        using var model = new SteppedChatClient();
        var driver = new StreamDriver(RedactionAndSafety(model), model);
        string[] chunks = Words(20);
        await driver.RunAsync(Request, _ => chunks);

        Assert.Equal(string.Concat(chunks), driver.Text);
        for (int k = 0; k < chunks.Length; k++)
        {
            // The chunk sent k-th arrives while the model has sent k + 1 chunks: nothing waits for later text.
            Assert.Contains(driver.Received, r => r.Sent == k + 1 && r.Update.Text == chunks[k]);
        }
    }

    [Fact]
    public async Task With_leading_space_tokens_only_the_word_being_written_is_held()
    {
        using var model = new SteppedChatClient();
        var driver = new StreamDriver(RedactionAndSafety(model), model);
        string[] chunks = ["Hello", " there", ",", " how", " are", " you", "?"];
        await driver.RunAsync(Request, _ => chunks);

        Assert.Equal("Hello there, how are you?", driver.Text);
        (int sent, ChatResponseUpdate first) = driver.Received.First(r => r.Update.Text.Length > 0);
        Assert.Equal("Hello ", first.Text);
        Assert.Equal(2, sent);
    }

    [Fact]
    public async Task An_email_and_a_card_split_over_three_chunks_are_redacted_and_the_text_around_them_streams()
    {
        using var model = new SteppedChatClient();
        var driver = new StreamDriver(RedactionAndSafety(model), model);
        string[] chunks = ["Write to ", "jo", "hn.doe@exam", "ple.com or pay with ", "4111 11", "11 1111 ", "1111 today. ", "Thanks. "];
        await driver.RunAsync(Request, _ => chunks);

        string text = driver.Text;
        Assert.DoesNotContain("john", text, StringComparison.Ordinal);
        Assert.DoesNotContain("exam", text, StringComparison.Ordinal);
        Assert.DoesNotContain("4111", text, StringComparison.Ordinal);
        Assert.DoesNotContain("1111", text, StringComparison.Ordinal);
        Assert.Matches("^Write to <EMAIL_1> or pay with <CREDIT_CARD_1> today. Thanks. $", text);

        // Text before each value left before the value was complete.
        Assert.Contains(driver.Received, r => r.Sent == 1 && r.Update.Text == "Write to ");
        Assert.True(driver.Received.Count(r => r.Update.Text.Length > 0) >= 4);
    }

    [Fact]
    public async Task A_canary_leak_split_across_chunks_is_blocked_before_any_of_it_leaves()
    {
        using var model = new SteppedChatClient();
        var driver = new StreamDriver(RedactionAndSafety(model), model);
        string? canary = null;
        ContentBlockedException blocked = await Assert.ThrowsAsync<ContentBlockedException>(() => driver.RunAsync(Request, received =>
        {
            canary = CanaryPattern().Match(received[0].Text).Value;
            Assert.NotEmpty(canary);
            return ["Sure. ", "My marker is ", canary[..6], canary[6..15], canary[15..] + " ok. ", "More. "];
        }));

        Assert.Equal(SafetyConstants.CategorySystemPromptLeak, blocked.Category);
        Assert.Equal("Sure. My marker is ", driver.Text);
        Assert.DoesNotContain("gcy", driver.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_secret_split_across_chunks_is_blocked_before_any_of_it_leaves()
    {
        using var model = new SteppedChatClient();
        var driver = new StreamDriver(new GovernancePipelineBuilder(model).UseSafety(Safety()).Build(), model);
        string[] chunks = ["Use the key ", "sk-pr", "oj-abcdefghijklmnop", "qrstuvwxyz0123456789", " now. "];
        await Assert.ThrowsAsync<ContentBlockedException>(() => driver.RunAsync(Request, _ => chunks));

        Assert.Equal("Use the key ", driver.Text);
    }

    [Fact]
    public async Task Through_all_six_policies_no_content_follows_the_finish_update_and_usage_is_in_the_last()
    {
        using var model = new SteppedChatClient();
        var driver = new StreamDriver(AllSixPolicies(model), model);

        // The answer ends in a word that could still grow (an e-mail, a key): it is held until the finish update.
        string[] chunks = ["The", " answer", " is", " forty", "-two"];
        await driver.RunAsync(Request, _ => chunks);

        List<ChatResponseUpdate> updates = [.. driver.Received.Select(r => r.Update)];
        Assert.Equal("The answer is forty-two", driver.Text);
        int finish = updates.FindIndex(u => u.FinishReason is not null);
        Assert.True(finish >= 0);
        Assert.Equal(ChatFinishReason.Stop, updates[finish].FinishReason);
        Assert.Single(updates, u => u.FinishReason is not null);
        Assert.Contains("two", updates[finish].Text, StringComparison.Ordinal);
        Assert.All(updates.Skip(finish + 1), u => Assert.DoesNotContain(u.Contents, c => c is TextContent or TextReasoningContent));

        // Usage is in the last update, as the provider sent it, and the policies' properties ride on it.
        ChatResponseUpdate last = updates[^1];
        UsageContent usage = Assert.Single(last.Contents.OfType<UsageContent>());
        Assert.Equal(20, usage.Details.OutputTokenCount);
        Assert.Single(updates, u => u.Contents.Any(c => c is UsageContent));
        Assert.True(last.AdditionalProperties?.ContainsKey(GovernanceProperties.Redactions));
    }

    [Fact]
    public async Task A_budget_cut_off_carries_the_held_text_in_its_finish_update_and_nothing_follows()
    {
        using var model = new SteppedChatClient();
        var budgets = new BudgetOptions();
        budgets.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Global, Window = BudgetWindow.Day, Tokens = 1_000_000 });
        IChatClient client = new GovernancePipelineBuilder(model).UseRedaction(new RedactionOptions()).UseBudgets(budgets).Build();
        var driver = new StreamDriver(client, model);

        // The provider ignores MaxOutputTokens = 5 and keeps streaming: the budget cuts the stream.
        string[] chunks = ["The", " answer", " is", " forty", " two", " and", " many", " more", " words", " follow", " here"];
        await driver.RunAsync(Request, _ => chunks, new ChatOptions { ModelId = "gpt-4o", MaxOutputTokens = 5 });

        List<ChatResponseUpdate> updates = [.. driver.Received.Select(r => r.Update)];
        int finish = updates.FindIndex(u => u.FinishReason is not null);
        Assert.Equal(ChatFinishReason.Length, updates[finish].FinishReason);
        Assert.Equal(true, updates[finish].AdditionalProperties?[BudgetProperties.CutOff]);
        Assert.NotEmpty(updates[finish].Text);
        Assert.Equal(finish, updates.Count - 1);
        Assert.StartsWith(driver.Text, string.Concat(chunks), StringComparison.Ordinal);
        Assert.True(driver.Text.Length < string.Concat(chunks).Length);
    }

    [Fact]
    public async Task A_stream_that_ends_without_a_finish_reason_still_delivers_the_held_text()
    {
        using var model = new SteppedChatClient();
        IChatClient client = RedactionAndSafety(model);
        var received = new List<ChatResponseUpdate>();
        model.Send("No finish here: jane@exam");
        model.Send("ple.com");
        model.Dispose();
        await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync(Request))
        {
            received.Add(update);
        }

        Assert.Equal("No finish here: <EMAIL_1>", string.Concat(received.Select(u => u.Text)));
    }

    [GeneratedRegex("gcy-[0-9a-f]+")]
    private static partial Regex CanaryPattern();
}
