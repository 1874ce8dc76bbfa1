using Governance.AI.Caching;
using Governance.AI.Embeddings.MiniLM;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.AI.Embeddings.MiniLM.Tests;

/// <summary>The semantic cache as a user composes it with AddMiniLMEmbeddingGenerator(): one provider for the class.</summary>
public sealed class CacheWithMiniLMTests
{
    private static readonly ServiceProvider Services = new ServiceCollection().AddMiniLMEmbeddingGenerator().BuildServiceProvider();

    [Theory]
    [InlineData("How do I reverse a list in Python?", "how do i reverse a list in python")]
    [InlineData("What's the capital of Australia?", "What is the capital of Australia?")]
    [InlineData("Can you recomend a good book about habits?", "Can you recommend a good book about habits?")]
    public async Task A_paraphrase_is_served_from_the_cache(string first, string second)
    {
        Assert.Equal(1, await ProviderCallsAsync(first, second));
    }

    [Theory]
    [InlineData("Convert 10 miles to kilometers", "Convert 10 kilometers to miles")]
    [InlineData("How do I bake sourdough bread?", "How do I bake banana bread?")]
    [InlineData("What is the capital of France?", "What is the capital of Germany?")]
    public async Task A_different_request_is_not(string first, string second)
    {
        Assert.Equal(2, await ProviderCallsAsync(first, second));
    }

    private static async Task<int> ProviderCallsAsync(string first, string second)
    {
        var model = new FakeChatClient();
        SemanticCacheOptions options = Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsFactory<SemanticCacheOptions>>().Create(string.Empty);
        using IChatClient client = new ChatClientBuilder(model).UseSemanticCache(options).Build(Services);
        await client.GetResponseAsync(first, new ChatOptions().ForCaller("acme", "alice"));
        await client.GetResponseAsync(second, new ChatOptions().ForCaller("acme", "alice"));
        return model.CallCount;
    }
}
