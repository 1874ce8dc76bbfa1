using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.AI;

namespace Governance.AI.Benchmarks.Pipeline;

/// <summary>
/// What an empty governed pipeline adds over calling the model directly. The model is a cached-response client
/// so that the model itself costs (almost) nothing and allocates nothing.
/// Target: ≤ 100 ns and 0 bytes over the direct call.
/// </summary>
[MemoryDiagnoser]
public class EmptyPipelineBenchmarks
{
    private readonly List<ChatMessage> _messages = [new(ChatRole.User, "hello")];
    private readonly ChatOptions _options = new() { ModelId = "gpt-4o", Temperature = 0 };
    private IChatClient _model = null!;
    private IChatClient _governed = null!;
    private IChatClient _governedBlock = null!;

    [GlobalSetup]
    public void Setup()
    {
        _model = new ConstantChatClient();
        _governed = new GovernancePipelineBuilder(_model).Build();
        _governedBlock = _model.AsBuilder().UseAiGovernance(_ => { }).Build();
    }

    [Benchmark(Baseline = true)]
    public Task<ChatResponse> Direct() => _model.GetResponseAsync(_messages, _options);

    [Benchmark]
    public Task<ChatResponse> EmptyGovernedPipeline() => _governed.GetResponseAsync(_messages, _options);

    /// <summary>The same empty block composed with <c>ChatClientBuilder.UseAiGovernance</c>.</summary>
    [Benchmark]
    public Task<ChatResponse> EmptyGovernanceBlockInChatClientBuilder() => _governedBlock.GetResponseAsync(_messages, _options);

    /// <summary>Returns one completed task for every call: no allocation, no work.</summary>
    private sealed class ConstantChatClient : IChatClient
    {
        private readonly Task<ChatResponse> _response = Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "hi")));

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) => _response;

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
