using Governance.AI.Budgets;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using static Governance.AI.Tests.Budgets.BudgetTestKit;

namespace Governance.AI.Tests.Budgets;

public sealed class BudgetStreamingTests
{
    private static readonly CallerContext Contoso = CallerContext.ForTenant("contoso");

    private static GovernanceTestHarness Harness(BudgetMode mode = BudgetMode.Enforce)
    {
        var options = new BudgetOptions { Mode = mode };
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Minute, Tokens = 1000, Concurrent = 5 });
        GovernanceTestHarness harness = BudgetTestKit.Harness(options);
        harness.Model.StreamingChunks = 8;
        return harness;
    }

    [Fact]
    public async Task A_stream_that_would_cross_its_reservation_is_cut_cleanly_and_charged_exactly_what_the_caller_received()
    {
        GovernanceTestHarness harness = Harness();
        var fetched = new List<int>();
        harness.Model.BeforeChunk = (index, _) =>
        {
            fetched.Add(index);
            return ValueTask.CompletedTask;
        };

        // The provider ignores MaxOutputTokens = 10 and streams 40 tokens in chunks of 5.
        harness.Model.Enqueue(FakeReply.Text(string.Concat(Enumerable.Repeat("abcde", 8)), inputTokens: 30, outputTokens: 40));
        var updates = new List<ChatResponseUpdate>();
        await foreach (ChatResponseUpdate update in harness.Client.GetStreamingResponseAsync(Prompt(30), Options("contoso", maxOutputTokens: 10)))
        {
            updates.Add(update);
        }

        string received = string.Concat(updates.Select(u => u.Text));
        Assert.Equal("abcdeabcde", received);
        ChatResponseUpdate last = updates[^1];
        Assert.Equal(ChatFinishReason.Length, last.FinishReason);
        Assert.Equal(true, last.AdditionalProperties![BudgetProperties.CutOff]);
        Assert.Equal(40L, last.AdditionalProperties![BudgetProperties.ChargedTokens]);

        // Settled usage equals the prompt plus what the caller received.
        Assert.Equal(30 + CharTokenCounter.Instance.CountTokens(received), await UsedAsync(harness, Contoso, "tokens"));
        Assert.Equal(0, await UsedAsync(harness, Contoso, "concurrent"));

        // Upstream was stopped at the chunk that did not fit.
        Assert.Equal([0, 1, 2], fetched);
        ChatResponse response = updates.ToChatResponse();
        Assert.Equal(ChatFinishReason.Length, response.FinishReason);
    }

    [Fact]
    public async Task A_stream_that_ends_normally_is_charged_the_providers_usage_and_reports_remaining_budget()
    {
        GovernanceTestHarness harness = Harness();
        harness.Model.Enqueue(FakeReply.Text("hello world", inputTokens: 30, outputTokens: 11));
        var updates = new List<ChatResponseUpdate>();
        await foreach (ChatResponseUpdate update in harness.Client.GetStreamingResponseAsync(Prompt(30), Options("contoso", maxOutputTokens: 50)))
        {
            updates.Add(update);
        }

        ChatResponse response = updates.ToChatResponse();
        Assert.Equal("hello world", response.Text);
        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
        Assert.Equal(959L, updates[^1].AdditionalProperties![BudgetProperties.RemainingTokens]);
        Assert.Equal(41L, updates[^1].AdditionalProperties![BudgetProperties.ChargedTokens]);
        Assert.Equal(41, await UsedAsync(harness, Contoso, "tokens"));
        Assert.Equal(0, await UsedAsync(harness, Contoso, "concurrent"));
    }

    [Fact]
    public async Task An_abandoned_stream_is_charged_what_the_caller_received_and_frees_its_slot()
    {
        GovernanceTestHarness harness = Harness();
        harness.Model.Enqueue(FakeReply.Text(new string('z', 40), inputTokens: 30, outputTokens: 40));
        string received = string.Empty;
        await foreach (ChatResponseUpdate update in harness.Client.GetStreamingResponseAsync(Prompt(30), Options("contoso", maxOutputTokens: 100)))
        {
            received += update.Text;
            break;
        }

        Assert.Equal(5, received.Length);
        Assert.Equal(35, await UsedAsync(harness, Contoso, "tokens"));
        Assert.Equal(0, await UsedAsync(harness, Contoso, "concurrent"));
    }

    [Fact]
    public async Task A_broken_or_cancelled_stream_is_charged_what_was_received_and_one_that_fails_before_output_is_charged_its_prompt()
    {
        GovernanceTestHarness harness = Harness();

        harness.Model.Enqueue(FakeReply.Text(new string('z', 40), inputTokens: 30, outputTokens: 40).BreakingAfter(2));
        int brokenReceived = 0;
        await Assert.ThrowsAsync<IOException>(async () =>
        {
            await foreach (ChatResponseUpdate update in harness.Client.GetStreamingResponseAsync(Prompt(30), Options("contoso", maxOutputTokens: 100)))
            {
                brokenReceived += update.Text.Length;
            }
        });
        Assert.Equal(10, brokenReceived);
        Assert.Equal(40, await UsedAsync(harness, Contoso, "tokens"));

        harness.Model.Enqueue(FakeReply.Text(new string('z', 40), inputTokens: 30, outputTokens: 40));
        using var cts = new CancellationTokenSource();
        int cancelledReceived = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (ChatResponseUpdate update in harness.Client.GetStreamingResponseAsync(Prompt(30), Options("contoso", maxOutputTokens: 100), cts.Token))
            {
                cancelledReceived += update.Text.Length;
                await cts.CancelAsync();
            }
        });
        Assert.Equal(5, cancelledReceived);
        Assert.Equal(40 + 35, await UsedAsync(harness, Contoso, "tokens"));

        harness.Model.Enqueue(FakeReply.Throw(new InvalidOperationException("provider down")));
        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (ChatResponseUpdate update in harness.Client.GetStreamingResponseAsync(Prompt(30), Options("contoso", maxOutputTokens: 100)))
            {
            }
        });
        Assert.Equal(75 + 30, await UsedAsync(harness, Contoso, "tokens"));
        Assert.Equal(0, await UsedAsync(harness, Contoso, "concurrent"));
    }

    [Fact]
    public async Task A_stream_over_its_budget_is_rejected_before_the_provider_is_called()
    {
        GovernanceTestHarness harness = Harness();
        await Assert.ThrowsAsync<BudgetExceededException>(async () =>
        {
            await foreach (ChatResponseUpdate update in harness.Client.GetStreamingResponseAsync(Prompt(900), Options("contoso", maxOutputTokens: 101)))
            {
            }
        });
        Assert.Equal(0, harness.Model.CallCount);
    }

    [Fact]
    public async Task Monitor_mode_never_cuts_a_stream()
    {
        GovernanceTestHarness harness = Harness(BudgetMode.Monitor);
        harness.Model.Enqueue(FakeReply.Text(new string('z', 40), inputTokens: 30, outputTokens: 40));
        var updates = new List<ChatResponseUpdate>();
        await foreach (ChatResponseUpdate update in harness.Client.GetStreamingResponseAsync(Prompt(30), Options("contoso", maxOutputTokens: 10)))
        {
            updates.Add(update);
        }

        Assert.Equal(40, string.Concat(updates.Select(u => u.Text)).Length);
        Assert.DoesNotContain(updates, u => u.AdditionalProperties?.ContainsKey(BudgetProperties.CutOff) == true);
        Assert.Equal(70, await UsedAsync(harness, Contoso, "tokens"));
    }

    [Fact]
    public async Task With_an_estimating_counter_a_stream_is_cut_only_past_a_tolerance()
    {
        var options = new BudgetOptions();
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Minute, Tokens = 10_000 });
        GovernanceTestHarness harness = GovernanceTestHarness.Create(p => p.UseBudgets(options, CharTokenCounter.Estimate));
        harness.Model.StreamingChunks = 50;

        // Allowance 100: the tolerance is 100 + 10 + 16 = 126 estimated tokens.
        harness.Model.Enqueue(FakeReply.Text(new string('z', 120)));
        string slightlyOver = string.Empty;
        await foreach (ChatResponseUpdate update in harness.Client.GetStreamingResponseAsync(Prompt(30), Options("contoso", maxOutputTokens: 100)))
        {
            slightlyOver += update.Text;
            Assert.Null(update.AdditionalProperties?.GetValueOrDefault(BudgetProperties.CutOff));
        }

        Assert.Equal(120, slightlyOver.Length);

        harness.Model.Enqueue(FakeReply.Text(new string('z', 400)));
        var updates = new List<ChatResponseUpdate>();
        await foreach (ChatResponseUpdate update in harness.Client.GetStreamingResponseAsync(Prompt(30), Options("contoso", maxOutputTokens: 100)))
        {
            updates.Add(update);
        }

        int received = string.Concat(updates.Select(u => u.Text)).Length;
        Assert.InRange(received, 100, 126);
        Assert.Equal(true, updates[^1].AdditionalProperties![BudgetProperties.CutOff]);
        Assert.Equal(30 + 120 + 30 + received, await UsedAsync(harness, Contoso, "tokens"));
    }
}
