using Governance.AI.Caching;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.Caching;

/// <summary>
/// Vectors of different embedding models are not comparable, even of one dimension: instances that share a semantic
/// store but embed with different models never serve each other's entries; instances with the same model still do.
/// </summary>
public sealed class CacheEmbedderIdentityTests
{
    private const string Question = "What is the capital of France?";

    private static string? Status(ChatResponse response) => response.AdditionalProperties?[GovernanceProperties.CacheStatus] as string;

    [Fact]
    public async Task Instances_sharing_a_store_with_embedders_of_different_models_never_serve_each_others_entries()
    {
        var clock = new FakeTimeProvider();
        var store = new InMemorySemanticCacheStore(timeProvider: clock);
        var options = new SemanticCacheOptions { TimeToLive = TimeSpan.FromHours(1) };

        // The same vectors under two model names: what one model's coordinates mean says nothing in the other's.
        (SemanticCachingChatClient a, FakeChatClient modelA) = Instance(new FakeEmbeddingGenerator(64, "model-a"));
        (SemanticCachingChatClient b, FakeChatClient modelB) = Instance(new FakeEmbeddingGenerator(64, "model-b"));
        (SemanticCachingChatClient sameAsA, FakeChatClient modelSameAsA) = Instance(new FakeEmbeddingGenerator(64, "model-a"));

        ChatResponse first = await a.GetResponseAsync(Question, new ChatOptions().ForCaller("acme"));
        ChatResponse fromB = await b.GetResponseAsync(Question, new ChatOptions().ForCaller("acme"));
        ChatResponse fromSameModel = await sameAsA.GetResponseAsync(Question, new ChatOptions().ForCaller("acme"));

        Assert.Equal("answer", first.Text);
        Assert.Equal(SemanticCacheProperties.StatusMiss, Status(fromB));
        Assert.Equal(1, modelB.CallCount);
        Assert.Equal(SemanticCacheProperties.StatusHit, Status(fromSameModel));
        Assert.Equal(0, modelSameAsA.CallCount);
        Assert.Equal(1, modelA.CallCount);

        (SemanticCachingChatClient, FakeChatClient) Instance(FakeEmbeddingGenerator embedder)
        {
            var model = new FakeChatClient(clock) { Responder = _ => FakeReply.Text("answer") };
            return (new SemanticCachingChatClient(model, options, store, embedder, timeProvider: clock), model);
        }
    }

    [Fact]
    public void The_partition_names_the_embedders_provider_model_and_dimension()
    {
        ChatMessage[] messages = [new(ChatRole.User, Question)];
        var settings = new SemanticCacheOptions();
        string? Partition(string? embedder) => CacheKeys.Partition(
            new PartitionFields("t:acme", CallerContext.ForTenant("acme"), messages, null, settings, 0, Embedder: embedder));

        string? modelA = Partition(SemanticCachingChatClient.EmbedderIdentity(new FakeEmbeddingGenerator(64, "model-a")));

        Assert.NotEqual(modelA, Partition(SemanticCachingChatClient.EmbedderIdentity(new FakeEmbeddingGenerator(64, "model-b"))));
        Assert.NotEqual(modelA, Partition(SemanticCachingChatClient.EmbedderIdentity(new FakeEmbeddingGenerator(32, "model-a"))));
        Assert.NotEqual(modelA, Partition(null));
        Assert.Equal(modelA, Partition(SemanticCachingChatClient.EmbedderIdentity(new FakeEmbeddingGenerator(64, "model-a"))));
    }
}
