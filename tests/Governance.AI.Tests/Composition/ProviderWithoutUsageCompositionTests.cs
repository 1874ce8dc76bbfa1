using Governance.AI.Budgets;
using Governance.AI.Telemetry;
using Governance.AI.Testing;
using Governance.AI.Tests.Budgets;
using Governance.AI.Tools;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Governance.AI.Tests.Seams.SeamTestKit;

namespace Governance.AI.Tests.Composition;

/// <summary>
/// A provider that reports no <see cref="UsageDetails"/> (local models, some OpenAI-compatible servers, streams without
/// usage) answering with a tool call and no text: the budget and the turn meter count what the model wrote, the call's
/// name and arguments included, as they count a text answer.
/// </summary>
public sealed class ProviderWithoutUsageCompositionTests
{
    // About 1,200 tokens of arguments (CharTokenCounter: a token a char), far more than the round trips' inputs.
    private static readonly string Body = string.Concat(Enumerable.Repeat("Dear team, the quarterly numbers are attached. ", 25));

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
    private readonly CheckingBudgetStore _store;

    public ProviderWithoutUsageCompositionTests() => _store = new CheckingBudgetStore(new InMemoryBudgetStore(_clock));

    /// <summary>Asks for <c>send_email</c> with a long body until the request carries its result, then answers; never reports usage.</summary>
    private FakeChatClient EmailModel() => new(_clock, "gpt-4o")
    {
        Responder = request => request.Messages[^1].Contents.OfType<FunctionResultContent>().Any()
            ? FakeReply.Text("Sent.")
            : FakeReply.Of(new ChatResponse(new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("call-1", "send_email", new Dictionary<string, object?> { ["body"] = Body })]))
            {
                FinishReason = ChatFinishReason.ToolCalls,
            }),
    };

    private static BudgetOptions Budgets()
    {
        var budgets = new BudgetOptions();
        budgets.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Day, Requests = 100, Tokens = 100_000 });
        return budgets;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_tool_call_answer_without_reported_usage_is_charged_the_call_it_wrote(bool streaming)
    {
        // Invariant: without the provider's usage the budget charges the counted prompt and the counted answer; an
        // answer that is a tool call has no text, but its name and arguments are what the model wrote (and is billed
        // for), so they are charged too, not zero output.
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_clock);
        using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = new ChatClientBuilder(EmailModel())
            .UseAiGovernance(g => g.UseBudgets(Budgets(), CharTokenCounter.Instance, _store))
            .Build(provider);
        ChatOptions options = new ChatOptions().ForCaller(Contoso);
        const string Prompt = "Mail the numbers to the team.";

        ChatResponse response = streaming
            ? await client.GetStreamingResponseAsync(Prompt, options).ToChatResponseAsync()
            : await client.GetResponseAsync(Prompt, options);

        Assert.Single(response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>());
        long input = CharTokenCounter.Instance.CountTokens([new ChatMessage(ChatRole.User, Prompt)]);
        decimal used = await UsedAsync(client, "tokens");
        Assert.InRange(used, input + Body.Length, input + Body.Length + 40);
        Assert.Empty(_store.Open);
        Assert.Empty(_store.Violations);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_turn_whose_tool_call_used_its_tokens_is_stopped_before_the_next_round_trip_without_reported_usage(bool streaming)
    {
        // Invariant (Tools README: the turn is charged what the provider reports, else what is counted): the first
        // round trip wrote about 1,200 tokens of arguments, so a turn limited to 1,000 tokens has no room for a
        // second; counted as its input alone, the turn would run on past its limit.
        ServiceCollection services = Services(_clock);
        using ServiceProvider provider = services.BuildServiceProvider();
        FakeChatClient model = EmailModel();
        IChatClient agent = new ChatClientBuilder(model)
            .UseToolGovernance(new ToolGovernanceOptions { MaxTokensPerTurn = 1_000 })
            .UseFunctionInvocation()
            .UseToolTurnBudget()
            .UseAiGovernance(g => g.UseBudgets(Budgets(), CharTokenCounter.Instance, _store))
            .Build(provider);
        AIFunction send = AIFunctionFactory.Create((string body) => "queued", "send_email");
        ChatOptions options = new ChatOptions { Tools = [send] }.ForCaller(Contoso);
        const string Prompt = "Mail the numbers to the team.";

        TurnLimitExceededException refused = await Assert.ThrowsAsync<TurnLimitExceededException>(async () =>
        {
            if (streaming)
            {
                await agent.GetStreamingResponseAsync(Prompt, options).ToChatResponseAsync();
            }
            else
            {
                await agent.GetResponseAsync(Prompt, options);
            }
        });

        Assert.Equal("tokens", refused.LimitName);
        Assert.True(refused.Used > Body.Length, $"The turn counted {refused.Used} tokens.");
        Assert.Equal(1, model.CallCount);
        Assert.Empty(_store.Open);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_usage_ledger_records_the_tokens_the_budget_counted_and_charged_for_a_call_without_reported_usage(bool streaming)
    {
        // Invariant: with no usage from the provider the budget charges counted tokens; the usage ledger (tokens by
        // model by day, cost by cost center) records those same tokens, not zero beside a non-zero cost.
        var model = new FakeChatClient(_clock, "gpt-4o") { Responder = _ => FakeReply.Text("Your invoice is due on Friday.") };
        IConfigurationRoot configuration = Config(
            ("AiGovernance:Budgets:Limits:0:Scope", "Tenant"),
            ("AiGovernance:Budgets:Limits:0:Window", "Day"),
            ("AiGovernance:Budgets:Limits:0:Tokens", "100000"));
        ServiceCollection services = Services(_clock);
        services.AddSingleton<IBudgetStore>(_store);
        services.AddAiGovernance(model, configuration).AddTelemetry().AddSafety().AddRedaction().AddSemanticCache().AddBudgets();
        using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = provider.GetRequiredService<IChatClient>();
        ChatOptions options = For(Contoso, "gpt-4o");

        ChatResponse response = streaming
            ? await client.GetStreamingResponseAsync("When is my invoice due?", options).ToChatResponseAsync()
            : await client.GetResponseAsync("When is my invoice due?", options);

        Assert.Equal("Your invoice is due on Friday.", response.Text);
        DateTimeOffset now = _clock.GetUtcNow();
        var records = new List<UsageRecord>();
        await foreach (UsageRecord record in provider.GetRequiredService<IUsageLedger>().ReadAsync(new UsagePeriod(now.AddDays(-1), now.AddDays(1))))
        {
            records.Add(record);
        }

        UsageRecord recorded = Assert.Single(records);
        Assert.Equal(CharTokenCounter.Instance.CountTokens([new ChatMessage(ChatRole.User, "When is my invoice due?")]), recorded.InputTokens);
        Assert.Equal("Your invoice is due on Friday.".Length, recorded.OutputTokens);
        Assert.Equal((decimal)(recorded.InputTokens + recorded.OutputTokens), await UsedAsync(client, "tokens", "gpt-4o"));
    }
}
