using Governance.AI.Caching;
using Governance.AI.Embeddings.MiniLM;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Governance.AI.Embeddings.MiniLM.Tests;

/// <summary>AddMiniLMEmbeddingGenerator(): the embedder, the cache's threshold for it and its start-up check.</summary>
public sealed class MiniLMRegistrationTests
{
    [Fact]
    public async Task Registers_the_generator_and_its_threshold_as_the_cache_default()
    {
        var services = new ServiceCollection();
        services.AddAiGovernance(_ => new FakeChatClient()).AddSemanticCache();
        services.AddMiniLMEmbeddingGenerator(o => o.MaxBatchSize = 4);
        await using ServiceProvider provider = services.BuildServiceProvider();
        Assert.IsType<MiniLMEmbeddingGenerator>(provider.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>());
        Assert.Equal(MiniLMEmbeddingGenerator.RecommendedSimilarityThreshold, provider.GetRequiredService<IOptionsMonitor<SemanticCacheOptions>>().CurrentValue.SimilarityThreshold);
    }

    [Fact]
    public async Task Configuration_and_code_override_the_threshold_in_any_registration_order()
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["AiGovernance:Cache:SimilarityThreshold"] = "0.93" })
            .Build();
        var configured = new ServiceCollection();
        configured.AddMiniLMEmbeddingGenerator();
        configured.AddAiGovernance(_ => new FakeChatClient(), configuration).AddSemanticCache();
        await using ServiceProvider fromConfiguration = configured.BuildServiceProvider();
        Assert.Equal(0.93, fromConfiguration.GetRequiredService<IOptionsMonitor<SemanticCacheOptions>>().CurrentValue.SimilarityThreshold);

        var coded = new ServiceCollection();
        coded.AddAiGovernance(_ => new FakeChatClient()).AddSemanticCache(o => o.SimilarityThreshold = 0.95);
        coded.AddMiniLMEmbeddingGenerator();
        await using ServiceProvider fromCode = coded.BuildServiceProvider();
        Assert.Equal(0.95, fromCode.GetRequiredService<IOptionsMonitor<SemanticCacheOptions>>().CurrentValue.SimilarityThreshold);
    }

    [Fact]
    public async Task A_threshold_below_the_model_minimum_fails_start_up_validation()
    {
        var services = new ServiceCollection();
        services.AddMiniLMEmbeddingGenerator();
        services.AddKeyedAiGovernance("support", _ => new FakeChatClient()).AddSemanticCache(o => o.SimilarityThreshold = 0.5);
        await using ServiceProvider provider = services.BuildServiceProvider();
        OptionsValidationException error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredKeyedService<IChatClient>("support"));
        Assert.Contains(error.Failures, f => f.StartsWith("AiGovernance:Pipelines:support:Cache:SimilarityThreshold 0.5 is below", StringComparison.Ordinal));
    }

    [Fact]
    public void Invalid_generator_options_are_rejected_at_registration()
    {
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddMiniLMEmbeddingGenerator(o => o.MaxBatchSize = 0));
    }
}
