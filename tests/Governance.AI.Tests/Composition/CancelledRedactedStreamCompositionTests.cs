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
/// A stream through redaction, the cache and budgets (registered with <c>AddAiGovernance</c>) that its caller gives up
/// on midway, by leaving the loop or by cancelling its token.
/// </summary>
public sealed class CancelledRedactedStreamCompositionTests
{
    private const string Answer = "The invoice total is forty two euros and it is due on Friday next week.";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_stream_given_up_midway_is_not_cached_and_is_charged_its_prompt_and_the_output_that_passed_the_budget(bool cancel)
    {
        // Invariants (Budgets README, "What a call is charged": a stream stopped by the caller that reported no usage
        // is charged the prompt + the output that passed the budget; Caching README: only a complete answer is
        // stored): the partial answer is not served to the next caller. Redaction, outside the budget, holds back the
        // word being written, so the caller got at most that word less than was charged (the provider produced it):
        // measured, 36 charged for 31 received when the caller left after 30 ("euros" held), 48 for 47 when cancelled.
        var clock = new FakeTimeProvider();
        var store = new CheckingBudgetStore(new InMemoryBudgetStore(clock));
        using var cts = new CancellationTokenSource();
        var model = new FakeChatClient(clock, "gpt-4o") { StreamingChunks = 6, Responder = _ => FakeReply.Text(Answer, 30, 16) };
        if (cancel)
        {
            // The token is cancelled while the provider is about to send its fourth chunk.
            model.BeforeChunk = (index, _) => index == 3 ? new ValueTask(cts.CancelAsync()) : ValueTask.CompletedTask;
        }

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
        List<ChatMessage> prompt = [new(ChatRole.User, "What is the invoice total of alice.smith@example.com?")];
        ChatOptions options = For(Contoso, "gpt-4o", maxOutputTokens: 200);

        var received = new System.Text.StringBuilder();
        try
        {
            await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync(prompt, options, cts.Token))
            {
                received.Append(update.Text);
                if (!cancel && received.Length >= 30)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            Assert.True(cancel);
        }

        long promptTokens = CharTokenCounter.Instance.CountTokens(model.Requests[0].Messages, null);
        decimal charged = await UsedAsync(provider, "tokens", "gpt-4o");
        long output = (long)charged - promptTokens;
        Assert.StartsWith(received.ToString(), Answer, StringComparison.Ordinal);
        Assert.InRange(received.Length, 1, Answer.Length - 1);
        Assert.True(output >= received.Length, $"charged output {output} covers the {received.Length} characters received");
        Assert.True(Answer[received.Length..(int)output].IndexOf(' ', StringComparison.Ordinal) < 0, $"charged output {output} is what was received ({received.Length}) and at most the word being written");
        Assert.Empty(store.Open);
        Assert.Empty(store.Violations);
        Assert.Equal(1, store.Reserved);

        ChatResponse repeat = await client.GetResponseAsync(prompt, options);
        Assert.Equal(Answer, repeat.Text);
        Assert.Equal(2, model.CallCount);
        Assert.Equal(SemanticCacheProperties.StatusMiss, repeat.AdditionalProperties?[GovernanceProperties.CacheStatus]);
    }
}
