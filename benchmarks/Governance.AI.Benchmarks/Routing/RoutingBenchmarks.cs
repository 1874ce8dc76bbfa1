using BenchmarkDotNet.Attributes;
using Governance.AI.Routing;
using Microsoft.Extensions.AI;

namespace Governance.AI.Benchmarks.Routing;

/// <summary>
/// The routing decision alone: analysing a request and choosing among four healthy backends, per strategy.
/// Target: ≤ 200 ns median and 0 bytes allocated.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class RoutingDecisionBenchmarks
{
    private readonly List<ChatMessage> _messages = [new(ChatRole.System, "You are helpful."), new(ChatRole.User, "What is the capital of France?")];
    private readonly ChatOptions _options = new() { ModelId = "gpt-4o" };
    private ModelRouterChatClient _router = null!;
    private RouteTable _table = null!;
    private RouteRequest _request;
    private long _now;

    [Params(RoutingStrategy.Priority, RoutingStrategy.RoundRobin, RoutingStrategy.WeightedRandom, RoutingStrategy.LeastBusy, RoutingStrategy.LatencyAware, RoutingStrategy.CostOptimized)]
    public RoutingStrategy Strategy { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var options = new RoutingOptions { Strategy = Strategy, Seed = 1 };
        options.AddBackend("east", new ConstantChatClient(), "gpt-4o", b => { b.Weight = 3; b.Priority = 0; });
        options.AddBackend("west", new ConstantChatClient(), "gpt-4o", b => { b.Weight = 2; b.Priority = 0; });
        options.AddBackend("north", new ConstantChatClient(), "gpt-4o-2024-08-06", b => { b.Aliases.Add("gpt-4o"); b.Priority = 1; });
        options.AddBackend("mini", new ConstantChatClient(), "gpt-4o-mini", b => b.Aliases.Add("gpt-4o"));
        _router = new ModelRouterChatClient(new ConstantChatClient(), options);
        _table = _router.GetTable();
        for (int i = 0; i < _table.Count; i++)
        {
            _table.Backends[i].RecordLatency(TimeSpan.FromMilliseconds(100 * (i + 1)));
        }

        _router.Selector.Analyze(_table, _messages, _options, null, out _request);
        _now = DateTimeOffset.UtcNow.UtcTicks;
    }

    [GlobalCleanup]
    public void Cleanup() => _router.Dispose();

    /// <summary>The choice among the candidates (health, capability and capacity filters included).</summary>
    [Benchmark(Baseline = true)]
    public int Select() => _router.Selector.Select(_table, ref _request, 0, _now);

    /// <summary>Reading the request (model group, capabilities, sticky key, rules) and choosing.</summary>
    [Benchmark]
    public int AnalyzeAndSelect()
    {
        _router.Selector.Analyze(_table, _messages, _options, null, out RouteRequest request);
        return _router.Selector.Select(_table, ref request, 0, _now);
    }
}

/// <summary>
/// A whole call through the router on the success path (one backend that answers at once), against calling the
/// backend directly: routing, the Polly pipeline of the backend, bookkeeping and response annotation. The
/// <see cref="Resilience"/> parameter isolates the parts: <c>none</c> (routing only), <c>retry</c>, <c>breaker</c>,
/// <c>retry+breaker</c> (the default) and <c>retry+breaker+timeout</c>.
/// Target: ≤ 1 µs over the direct call for the default.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class RoutingResilienceBenchmarks
{
    private readonly List<ChatMessage> _messages = [new(ChatRole.User, "hello")];
    private readonly ChatOptions _options = new() { ModelId = "gpt-4o" };
    private ConstantChatClient _backend = null!;
    private ModelRouterChatClient _router = null!;

    [Params("none", "retry", "breaker", "retry+breaker", "retry+breaker+timeout")]
    public string Resilience { get; set; } = "retry+breaker";

    [GlobalSetup]
    public void Setup()
    {
        _backend = new ConstantChatClient();
        var options = new RoutingOptions();
        options.AddBackend("only", _backend, "gpt-4o");
        options.Resilience.Retry.MaxRetries = Resilience.Contains("retry", StringComparison.Ordinal) ? 2 : 0;
        options.Resilience.CircuitBreaker.Enabled = Resilience.Contains("breaker", StringComparison.Ordinal);
        options.Resilience.AttemptTimeout = Resilience.Contains("timeout", StringComparison.Ordinal) ? TimeSpan.FromSeconds(30) : null;
        _router = new ModelRouterChatClient(_backend, options);
    }

    [GlobalCleanup]
    public void Cleanup() => _router.Dispose();

    [Benchmark(Baseline = true)]
    public Task<ChatResponse> Direct() => _backend.GetResponseAsync(_messages, _options);

    [Benchmark]
    public Task<ChatResponse> Routed() => _router.GetResponseAsync(_messages, _options);
}

/// <summary>Answers at once with a fresh response (the router annotates responses, so they cannot be shared).</summary>
internal sealed class ConstantChatClient : IChatClient
{
    private readonly ChatMessage _message = new(ChatRole.Assistant, "hi");

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(new ChatResponse(_message) { FinishReason = ChatFinishReason.Stop });

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
