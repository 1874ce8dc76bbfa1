using System.Text.Json.Serialization;
using Governance.AI.Caching;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.AI.Tests.Caching;

/// <summary>The cache identity covers every content part and the tools; hits report usage.</summary>
public sealed class CacheIdentityTests
{
    // Large enough to be hashed as a stream, and differing only in the last byte.
    private static readonly byte[] CatImage = Image(1);
    private static readonly byte[] DogImage = Image(2);

    private static (ServiceProvider Provider, FakeChatClient Model, IChatClient Client) Create(Action<SemanticCacheOptions>? configure = null)
    {
        var model = new FakeChatClient { Responder = r => FakeReply.Text("answer " + r.Messages.Count, inputTokens: 20, outputTokens: 4) };
        var services = new ServiceCollection();
        services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(new FakeEmbeddingGenerator());
        services.AddAiGovernance(model).AddSemanticCache(configure);
        ServiceProvider provider = services.BuildServiceProvider();
        return (provider, model, provider.GetRequiredService<IChatClient>());
    }

    private static byte[] Image(byte last)
    {
        byte[] image = new byte[100 * 1024];
        new Random(5).NextBytes(image);
        image[^1] = last;
        return image;
    }

    private static ChatMessage Ask(string text, AIContent part) => new(ChatRole.User, [new TextContent(text), part]);

    private static string? Status(ChatResponse response) => response.AdditionalProperties?[GovernanceProperties.CacheStatus] as string;

    private static async Task<ChatResponse> StreamAsync(IChatClient client, IEnumerable<ChatMessage> messages, ChatOptions options)
    {
        List<ChatResponseUpdate> updates = [];
        await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync(messages, options))
        {
            updates.Add(update);
        }

        // The cache's annotations ride on the first update; the usage on the last.
        ChatResponse response = updates.ToChatResponse();
        response.AdditionalProperties = updates[0].AdditionalProperties;
        return response;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_same_text_with_another_image_misses(bool streaming)
    {
        (ServiceProvider provider, FakeChatClient model, IChatClient client) = Create();
        await using ServiceProvider _ = provider;
        ChatOptions acme = new ChatOptions().ForCaller("acme");
        ChatMessage[] cat = [Ask("What is in this picture?", new DataContent(CatImage, "image/png"))];
        ChatMessage[] dog = [Ask("What is in this picture?", new DataContent(DogImage, "image/png"))];

        ChatResponse first = streaming ? await StreamAsync(client, cat, acme) : await client.GetResponseAsync(cat, acme);
        ChatResponse other = streaming ? await StreamAsync(client, dog, acme) : await client.GetResponseAsync(dog, acme);
        ChatResponse same = streaming ? await StreamAsync(client, cat, acme) : await client.GetResponseAsync(cat, acme);

        Assert.Equal(SemanticCacheProperties.StatusMiss, Status(first));
        Assert.Equal(SemanticCacheProperties.StatusMiss, Status(other));
        Assert.Equal(SemanticCacheProperties.StatusHit, Status(same));
        Assert.Equal(2, model.CallCount);
    }

    [Fact]
    public async Task Earlier_tool_results_are_part_of_the_identity()
    {
        (ServiceProvider provider, FakeChatClient model, IChatClient client) = Create();
        await using ServiceProvider _ = provider;
        ChatOptions acme = new ChatOptions().ForCaller("acme");
        ChatMessage[] Turn(string weather) =>
        [
            new(ChatRole.User, "Should I take an umbrella?"),
            new(ChatRole.Assistant, [new FunctionCallContent("call-1", "weather", new Dictionary<string, object?> { ["city"] = "Paris" })]),
            new(ChatRole.Tool, [new FunctionResultContent("call-1", weather)]),
            new(ChatRole.User, "So, should I?"),
        ];

        await client.GetResponseAsync(Turn("rain"), acme);
        ChatResponse sunny = await client.GetResponseAsync(Turn("sun"), acme);

        Assert.Equal(SemanticCacheProperties.StatusMiss, Status(sunny));
        Assert.Equal(2, model.CallCount);
    }

    [Fact]
    public async Task Hosted_tools_with_other_inputs_miss()
    {
        (ServiceProvider provider, FakeChatClient model, IChatClient client) = Create();
        await using ServiceProvider _ = provider;
        ChatOptions Search(string vectorStore) => new ChatOptions { Tools = [new HostedFileSearchTool { Inputs = [new HostedVectorStoreContent(vectorStore)] }] }.ForCaller("acme");
        ChatOptions Mcp(string server) => new ChatOptions { Tools = [new HostedMcpServerTool("docs", server)] }.ForCaller("acme");

        await client.GetResponseAsync("What does the contract say about notice periods?", Search("contracts-acme"));
        ChatResponse otherStore = await client.GetResponseAsync("What does the contract say about notice periods?", Search("contracts-globex"));
        await client.GetResponseAsync("Summarize the docs", Mcp("https://a.example/mcp"));
        ChatResponse otherServer = await client.GetResponseAsync("Summarize the docs", Mcp("https://b.example/mcp"));

        Assert.Equal(SemanticCacheProperties.StatusMiss, Status(otherStore));
        Assert.Equal(SemanticCacheProperties.StatusMiss, Status(otherServer));
        Assert.Equal(4, model.CallCount);
    }

    [Fact]
    public async Task A_content_part_without_a_stable_form_is_not_cached_rather_than_confused()
    {
        (ServiceProvider provider, FakeChatClient model, IChatClient client) = Create();
        await using ServiceProvider _ = provider;
        ChatOptions acme = new ChatOptions().ForCaller("acme");

        await client.GetResponseAsync([Ask("Describe the attachment", new OpaqueContent(1))], acme);
        ChatResponse other = await client.GetResponseAsync([Ask("Describe the attachment", new OpaqueContent(2))], acme);

        Assert.Equal(SemanticCacheProperties.StatusBypass, Status(other));
        Assert.Equal(SemanticCacheReasons.UnhashableRequest, other.AdditionalProperties![SemanticCacheProperties.Reason]);
        Assert.Equal(2, model.CallCount);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_hit_reports_zero_billed_usage_and_the_cached_usage(bool streaming)
    {
        (ServiceProvider provider, FakeChatClient model, IChatClient client) = Create();
        await using ServiceProvider _ = provider;
        ChatOptions acme = new ChatOptions().ForCaller("acme");
        ChatMessage[] question = [new(ChatRole.User, "What is the capital of France?")];

        await client.GetResponseAsync(question, acme);
        ChatResponse hit = streaming ? await StreamAsync(client, question, acme) : await client.GetResponseAsync(question, acme);

        Assert.Equal(SemanticCacheProperties.StatusHit, Status(hit));
        Assert.Equal(0L, hit.Usage!.InputTokenCount);
        Assert.Equal(0L, hit.Usage.OutputTokenCount);
        Assert.Equal(0L, hit.Usage.TotalTokenCount);
        var cached = Assert.IsType<UsageDetails>(hit.AdditionalProperties![SemanticCacheProperties.CachedUsage]);
        Assert.Equal(20L, cached.InputTokenCount);
        Assert.Equal(4L, cached.OutputTokenCount);
        Assert.Equal(1, model.CallCount);
    }

    /// <summary>A custom part the JSON serializer cannot write: nothing tells two of them apart.</summary>
    private sealed class OpaqueContent(int value) : AIContent
    {
        [JsonIgnore]
        public int Value { get; } = value;
    }
}
