using Governance.AI.Caching;
using Governance.AI.Redaction;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.Redaction;

/// <summary>
/// The caller-side redaction step adds its entity counts to the cache stage's response instead of copying it: the
/// cache returns only responses it made (a hit) or already annotated in place (a miss) for the request at hand. A
/// response whose messages would change is still copied on a miss, so the provider's messages are never replaced.
/// </summary>
public sealed class RedactionResponseOwnershipTests
{
    private const string Prompt = "Please forward the signed contract to jane.doe@example.com before Friday.";

    [Fact]
    public async Task A_miss_with_nothing_to_restore_gets_the_counts_on_the_response_the_cache_annotated()
    {
        var model = new RecordingChatClient(_ => "The contract goes out on Thursday.");
        IChatClient client = Build(model);

        ChatResponse response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, Prompt)], NoStore());

        // No copy: the very response the provider returned, which the cache already marked for this request.
        Assert.Same(model.Returned[0], response);
        Assert.Equal("miss", response.AdditionalProperties![GovernanceProperties.CacheStatus]);
        Assert.Equal(1, Counts(response)["EMAIL"]);
    }

    [Fact]
    public async Task A_synchronous_miss_with_nothing_to_restore_returns_the_provider_s_own_task_through_both_steps()
    {
        var model = new RecordingChatClient(_ => "The contract goes out on Thursday.");
        IChatClient client = Build(model);

        Task<ChatResponse> answer = client.GetResponseAsync([new ChatMessage(ChatRole.User, Prompt)], NoStore());

        // Neither redaction step wraps a response it left in place in a task of its own.
        Assert.Same(model.Tasks[0], answer);
        Assert.Equal(1, Counts(await answer)["EMAIL"]);
    }

    [Fact]
    public async Task A_miss_whose_answer_holds_a_placeholder_is_restored_on_a_copy_and_the_provider_s_messages_keep_it()
    {
        var model = new RecordingChatClient(r => "Noted: " + r);
        IChatClient client = Build(model);

        ChatResponse response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, Prompt)], NoStore());

        Assert.Equal("Noted: " + Prompt, response.Text);
        Assert.NotSame(model.Returned[0], response);
        Assert.Equal("Noted: Please forward the signed contract to <EMAIL_1> before Friday.", model.Returned[0].Text);
        Assert.False(model.Returned[0].AdditionalProperties!.ContainsKey(GovernanceProperties.Redactions));
        Assert.Equal(1, Counts(response)["EMAIL"]);
    }

    [Fact]
    public async Task Hits_are_restored_each_on_its_own_response_and_the_provider_s_answer_keeps_its_placeholder()
    {
        var model = new RecordingChatClient(r => "Noted: " + r);
        IChatClient client = Build(model);
        ChatMessage[] request = [new ChatMessage(ChatRole.User, Prompt)];
        await client.GetResponseAsync(request);

        ChatResponse first = await client.GetResponseAsync(request);
        ChatResponse second = await client.GetResponseAsync([new ChatMessage(ChatRole.User, Prompt)]);

        // Each hit is its own response (materialized for its request), restored from its own request's vault.
        Assert.Single(model.Returned);
        Assert.NotSame(first, second);
        Assert.All([first, second], hit =>
        {
            Assert.Equal("hit", hit.AdditionalProperties![GovernanceProperties.CacheStatus]);
            Assert.Equal("Noted: " + Prompt, hit.Text);
            Assert.Equal(1, Counts(hit)["EMAIL"]);
        });
        Assert.Equal("Noted: Please forward the signed contract to <EMAIL_1> before Friday.", model.Returned[0].Text);
    }

    [Fact]
    public async Task Without_the_cache_stage_the_response_is_a_copy_and_the_provider_s_response_is_untouched()
    {
        var model = new RecordingChatClient(_ => "The contract goes out on Thursday.");
        IChatClient client = new GovernancePipelineBuilder(model).UseRedaction(new RedactionOptions()).Build();

        ChatResponse response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, Prompt)]);

        Assert.NotSame(model.Returned[0], response);
        Assert.Null(model.Returned[0].AdditionalProperties);
        Assert.Equal(1, Counts(response)["EMAIL"]);
    }

    private static IChatClient Build(IChatClient model) => new GovernancePipelineBuilder(model)
        .UseRedaction(new RedactionOptions())
        .UseSemanticCache(new SemanticCacheOptions())
        .Build();

    private static ChatOptions NoStore() => new() { AdditionalProperties = new() { [GovernanceProperties.NoStore] = true } };

    private static IReadOnlyDictionary<string, int> Counts(ChatResponse response) =>
        Assert.IsAssignableFrom<IReadOnlyDictionary<string, int>>(response.AdditionalProperties![GovernanceProperties.Redactions]);

    /// <summary>A model that answers with a new response per call, built from the last user text, and keeps each.</summary>
    private sealed class RecordingChatClient(Func<string, string> reply) : IChatClient
    {
        public List<ChatResponse> Returned { get; } = [];

        public List<Task<ChatResponse>> Tasks { get; } = [];

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, reply(messages.Last().Text)));
            Returned.Add(response);
            Tasks.Add(Task.FromResult(response));
            return Tasks[^1];
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
