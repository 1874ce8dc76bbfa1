using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Governance.AI.Caching;
using Microsoft.Extensions.AI;

namespace Governance.AI.Benchmarks.Caching;

/// <summary>
/// What the cache policy costs per request on its exact tier (HybridCache, in-process L1): computing the request's
/// identity, a hit served through the whole policy, a miss (no-store) with and without a token that can be cancelled
/// (ASP.NET passes one with every request), and the identity of a request carrying a 100 KB image (hashed by
/// its bytes) next to serializing that image part as JSON, which the previous key did.
/// </summary>
[MemoryDiagnoser]
public class CachePolicyBenchmarks
{
    private static readonly CallerContext Acme = CallerContext.ForTenant("acme");
    private readonly ConstantChatClient _model = new();
    private SemanticCachingChatClient _cache = null!;
    private List<ChatMessage> _text = null!;
    private List<ChatMessage> _image = null!;
    private readonly CancellationTokenSource _cancellation = new();
    private ChatOptions _options = null!;
    private ChatOptions _noStore = null!;
    private SemanticCacheOptions _settings = null!;
    private DataContent _picture = null!;

    [GlobalSetup]
    public void Setup()
    {
        _settings = new SemanticCacheOptions { EnableSemanticTier = false };
        _cache = new SemanticCachingChatClient(_model, _settings);
        _options = new ChatOptions { ModelId = "gpt-4o-mini", Temperature = 0.2f, MaxOutputTokens = 256 }.ForCaller(Acme);
        _text =
        [
            new(ChatRole.System, "You are a concise assistant for the support team. Answer in two sentences at most."),
            new(ChatRole.User, "How do I reset my password when the reset e-mail never arrives? I already checked the spam folder."),
        ];
        _noStore = new ChatOptions { ModelId = "gpt-4o-mini", Temperature = 0.2f, MaxOutputTokens = 256 }.ForCaller(Acme);
        _noStore.AdditionalProperties![GovernanceProperties.NoStore] = true;
        byte[] bytes = new byte[100 * 1024];
        new Random(7).NextBytes(bytes);
        _picture = new DataContent(bytes, "image/png");
        _image = [new(ChatRole.User, [new TextContent("What is in this picture?"), _picture])];
        _cache.GetResponseAsync(_text, _options).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _cache.Dispose();
        _cancellation.Dispose();
    }

    [Benchmark(Baseline = true, Description = "Model called directly")]
    public Task<ChatResponse> Direct() => _model.GetResponseAsync(_text, _options);

    [Benchmark(Description = "Exact-tier hit through the cache policy")]
    public Task<ChatResponse> ExactHit() => _cache.GetResponseAsync(_text, _options);

    [Benchmark(Description = "Exact-tier miss (no-store)")]
    public Task<ChatResponse> ExactMiss() => _cache.GetResponseAsync(_text, _noStore);

    [Benchmark(Description = "Exact-tier miss (no-store), token that can be cancelled")]
    public Task<ChatResponse> ExactMissCancellable() => _cache.GetResponseAsync(_text, _noStore, _cancellation.Token);

    [Benchmark(Description = "Identity: request and partition keys, text request")]
    public string? TextIdentity() => CacheKeys.Request(new PartitionFields("t:acme", Acme, _text, _options, _settings, -1), ExactTier.KeyPrefix, out _);

    [Benchmark(Description = "Identity: request and partition keys, 100 KB image")]
    public string? ImageIdentity() => CacheKeys.Request(new PartitionFields("t:acme", Acme, _image, _options, _settings, -1), ExactTier.KeyPrefix, out _);

    [Benchmark(Description = "Peer: the 100 KB image part serialized as JSON")]
    public int ImageAsJson() => JsonSerializer.Serialize<AIContent>(_picture, AIJsonUtilities.DefaultOptions).Length;

    private sealed class ConstantChatClient : IChatClient
    {
        private readonly Task<ChatResponse> _response = Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "Use the account recovery form; it sends a code by SMS."))
        {
            ModelId = "gpt-4o-mini",
            FinishReason = ChatFinishReason.Stop,
            Usage = new UsageDetails { InputTokenCount = 40, OutputTokenCount = 12, TotalTokenCount = 52 },
        });

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) => _response;

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
