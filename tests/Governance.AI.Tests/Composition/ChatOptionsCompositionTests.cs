using Governance.AI.Caching;
using Governance.AI.Testing;
using Governance.AI.Tests.Budgets;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Governance.AI.Tests.Seams.SeamTestKit;

namespace Governance.AI.Tests.Composition;

/// <summary>
/// Request options and response fields that change what an answer is, through the cache and budgets registered with
/// <c>AddAiGovernance</c>: a server-side conversation (<see cref="ChatOptions.ConversationId"/>) and
/// <see cref="ChatOptions.RawRepresentationFactory"/>.
/// </summary>
public sealed class ChatOptionsCompositionTests
{
    private static readonly CallerContext Alice = CallerContext.ForTenant("contoso", "alice");

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    private static IConfigurationRoot Limits() => Config(
        ("AiGovernance:Budgets:Limits:0:Scope", "Tenant"),
        ("AiGovernance:Budgets:Limits:0:Window", "Day"),
        ("AiGovernance:Budgets:Limits:0:Tokens", "100000"),
        ("AiGovernance:Budgets:Limits:0:Requests", "100"));

    private ServiceProvider Governed(FakeChatClient model, CheckingBudgetStore? store = null)
    {
        ServiceCollection services = Services(_clock);
        if (store is not null)
        {
            services.AddSingleton<Governance.AI.Budgets.IBudgetStore>(store);
        }

        services.AddAiGovernance(model, Limits()).AddSemanticCache().AddBudgets();
        return services.BuildServiceProvider();
    }

    private static Task<ChatResponse> Send(IChatClient client, string prompt, ChatOptions options, bool streaming) =>
        streaming
            ? client.GetStreamingResponseAsync(prompt, options).ToChatResponseAsync()
            : client.GetResponseAsync(prompt, options);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_request_continuing_a_server_side_conversation_is_never_served_from_the_cache_and_each_turn_is_charged_once(bool streaming)
    {
        // Invariant (Caching/README: server-side conversations bypass the cache): the same text sent twice on one
        // ConversationId is two turns of that conversation; both reach the provider, each is reserved and settled
        // once, and the cache reports a bypass rather than a hit.
        var store = new CheckingBudgetStore(new Governance.AI.Budgets.InMemoryBudgetStore(_clock));
        var model = new FakeChatClient(_clock) { Responder = _ => FakeReply.Text("Next step.", 10, 4) };
        using ServiceProvider provider = Governed(model, store);
        IChatClient client = provider.GetRequiredService<IChatClient>();
        ChatOptions Turn() => new ChatOptions { ConversationId = "conv-1" }.ForCaller(Alice);

        await Send(client, "Continue.", Turn(), streaming);
        ChatResponse second = await Send(client, "Continue.", Turn(), streaming);

        Assert.Equal(2, model.CallCount);
        Assert.Equal("conv-1", model.Requests[1].Options?.ConversationId);
        if (!streaming)
        {
            Assert.Equal(SemanticCacheProperties.StatusBypass, second.AdditionalProperties?[GovernanceProperties.CacheStatus]);
        }

        Assert.Equal(14, second.Usage?.TotalTokenCount);
        Assert.Equal(2, store.Reserved);
        Assert.Equal(2, store.Closed);
        Assert.Empty(store.Violations);
    }

    [Theory(Skip = "bug: CacheKeys ignores ChatOptions.RawRepresentationFactory, so requests whose provider options differ only there share one cache entry")]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Requests_whose_raw_representation_factories_differ_are_never_served_each_others_answers(bool streaming)
    {
        // Invariant (Caching/README: a value with no comparable form bypasses the cache rather than risk two
        // different requests hashing alike): a RawRepresentationFactory builds the provider's own options (reasoning
        // effort, verbosity, a JSON schema, …); the cache cannot compare two delegates, so a request with one is
        // neither served another's answer nor stored for another.
        var model = new FakeChatClient(_clock) { Responder = r => FakeReply.Text("effort " + r.Options?.RawRepresentationFactory?.Invoke(null!), 10, 4) };
        using ServiceProvider provider = Governed(model);
        IChatClient client = provider.GetRequiredService<IChatClient>();
        ChatOptions Effort(string effort) => new ChatOptions { RawRepresentationFactory = _ => effort }.ForCaller(Alice);

        ChatResponse low = await Send(client, "Summarize the contract.", Effort("low"), streaming);
        ChatResponse high = await Send(client, "Summarize the contract.", Effort("high"), streaming);

        Assert.Equal("effort low", low.Text);
        Assert.Equal("effort high", high.Text);
        Assert.Equal(2, model.CallCount);
    }
}
