using Governance.AI.Caching;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.AI.Tests.Caching;

/// <summary>
/// Invariant: of N identical requests that miss concurrently, exactly one reaches the provider and all N receive its
/// answer. The provider holds the first call open on the fake clock until every caller has started, so without
/// coalescing each caller would reach it; whichever interleaving happens, an extra provider call fails the test.
/// </summary>
public sealed class CacheStampedeTests
{
    private const int Callers = 10;
    private const string Question = "What is the capital of France?";

    private static (ServiceProvider Provider, FakeChatClient Model, FakeTimeProvider Clock, TaskCompletionSource FirstCall) Create(Action<SemanticCacheOptions>? configure = null, bool embeddings = false)
    {
        var clock = new FakeTimeProvider();
        var firstCall = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        int calls = 0;

        // Only the first call waits (for the clock); a second one would return at once and be counted.
        var model = new FakeChatClient(clock)
        {
            Responder = _ => Interlocked.Increment(ref calls) == 1
                ? FakeReply.Text("Paris.", inputTokens: 12, outputTokens: 3).After(TimeSpan.FromSeconds(1))
                : FakeReply.Text("Paris.", inputTokens: 12, outputTokens: 3),
        };
        model.RequestReceived += _ => firstCall.TrySetResult();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        if (embeddings)
        {
            services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(new FakeEmbeddingGenerator());
        }

        services.AddAiGovernance(model).AddSemanticCache(configure);
        return (services.BuildServiceProvider(), model, clock, firstCall);
    }

    private static async Task<string> StreamAsync(IChatClient client, ChatOptions options)
    {
        var text = new System.Text.StringBuilder();
        await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync(Question, options))
        {
            text.Append(update.Text);
        }

        return text.ToString();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Identical_concurrent_misses_make_one_provider_call(bool streaming)
    {
        (ServiceProvider provider, FakeChatClient model, FakeTimeProvider clock, TaskCompletionSource firstCall) = Create();
        await using ServiceProvider _ = provider;
        IChatClient client = provider.GetRequiredService<IChatClient>();

        var answers = new Task<string>[Callers];
        for (int i = 0; i < Callers; i++)
        {
            ChatOptions options = new ChatOptions().ForCaller("acme");
            answers[i] = streaming ? StreamAsync(client, options) : client.GetResponseAsync(Question, options).ContinueWith(t => t.Result.Text, TaskScheduler.Default);
        }

        await firstCall.Task;
        clock.Advance(TimeSpan.FromSeconds(1));
        string[] texts = await Task.WhenAll(answers);

        Assert.Equal(1, model.CallCount);
        Assert.All(texts, text => Assert.Equal("Paris.", text));
    }

    [Fact]
    public async Task Identical_concurrent_misses_on_the_semantic_path_make_one_provider_call()
    {
        (ServiceProvider provider, FakeChatClient model, FakeTimeProvider clock, TaskCompletionSource firstCall) = Create(o => o.EnableExactTier = false, embeddings: true);
        await using ServiceProvider _ = provider;
        IChatClient client = provider.GetRequiredService<IChatClient>();

        var answers = new Task<ChatResponse>[Callers];
        for (int i = 0; i < Callers; i++)
        {
            answers[i] = client.GetResponseAsync(Question, new ChatOptions().ForCaller("acme"));
        }

        await firstCall.Task;
        clock.Advance(TimeSpan.FromSeconds(1));
        ChatResponse[] responses = await Task.WhenAll(answers);

        Assert.Equal(1, model.CallCount);
        Assert.All(responses, r => Assert.Equal("Paris.", r.Text));
        Assert.Equal(Callers - 1, responses.Count(r => (string?)r.AdditionalProperties![GovernanceProperties.CacheStatus] == SemanticCacheProperties.StatusHit));
    }

    [Fact]
    public async Task Waiting_callers_go_on_alone_when_the_answer_may_not_be_stored()
    {
        var clock = new FakeTimeProvider();
        var firstCall = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        int calls = 0;
        var model = new FakeChatClient(clock)
        {
            // Truncated answers are never stored, so they are not shared with waiting callers either.
            Responder = _ => Interlocked.Increment(ref calls) == 1
                ? FakeReply.Text("Par", finishReason: ChatFinishReason.Length).After(TimeSpan.FromSeconds(1))
                : FakeReply.Text("Par", finishReason: ChatFinishReason.Length),
        };
        model.RequestReceived += _ => firstCall.TrySetResult();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddAiGovernance(model).AddSemanticCache();
        await using ServiceProvider provider = services.BuildServiceProvider();
        IChatClient client = provider.GetRequiredService<IChatClient>();

        var answers = new Task<ChatResponse>[3];
        for (int i = 0; i < answers.Length; i++)
        {
            answers[i] = client.GetResponseAsync(Question, new ChatOptions().ForCaller("acme"));
        }

        await firstCall.Task;
        clock.Advance(TimeSpan.FromSeconds(1));
        ChatResponse[] responses = await Task.WhenAll(answers);

        Assert.Equal(3, model.CallCount);
        Assert.All(responses, r => Assert.Equal(SemanticCacheProperties.StatusMiss, r.AdditionalProperties![GovernanceProperties.CacheStatus]));
    }
}
