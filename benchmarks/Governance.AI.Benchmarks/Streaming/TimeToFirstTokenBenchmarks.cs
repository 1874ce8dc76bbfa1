using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using Governance.AI.Budgets;
using Governance.AI.Caching;
using Governance.AI.Redaction;
using Governance.AI.Safety;
using Governance.AI.Telemetry;
using Microsoft.Extensions.AI;

namespace Governance.AI.Benchmarks.Streaming;

/// <summary>
/// Time to the first text update of a stream through all six policies (telemetry, safety, redaction, cache, budget,
/// router, each at its defaults) versus the model called directly. The model's chunks are all ready at once
/// (OpenAI-style tokens with a leading space), so the difference is what the policies add before the first token.
/// <c>FirstToken*</c>: one operation opens the stream and reads to its first text update; the rest of the stream is
/// read and closed outside the measurement (iteration clean-up), so one iteration is one stream. <c>WholeStream*</c>
/// (in <see cref="WholeStreamBenchmarks"/>) read all 20 chunks to the end. The request is marked no-store so the cache
/// looks up (and misses) on every call rather than replaying. Target: ≤ 1 ms added at the first token.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 20, iterationCount: 200, invocationCount: 1)]
public class TimeToFirstTokenBenchmarks
{
    internal static readonly List<ChatMessage> Messages =
    [
        new(ChatRole.System, "You are a concise assistant for the support team."),
        new(ChatRole.User, "Summarise the ticket from jane.doe@example.com about the delayed refund, in two sentences."),
    ];

    private ChatOptions _options = null!;
    private IChatClient _model = null!;
    private IChatClient _governed = null!;

    [GlobalSetup]
    public void Setup() => (_model, _governed, _options) = Create();

    private IAsyncEnumerator<ChatResponseUpdate>? _stream;

    [IterationSetup(Target = nameof(FirstTokenDirect))]
    public void OpenDirect() => _stream = _model.GetStreamingResponseAsync(Messages, _options).GetAsyncEnumerator();

    [IterationSetup(Target = nameof(FirstTokenGoverned))]
    public void OpenGoverned() => _stream = _governed.GetStreamingResponseAsync(Messages, _options).GetAsyncEnumerator();

    [IterationCleanup]
    public void Close()
    {
        // Read the stream to its end, so that every policy completes normally (not measured).
        while (_stream!.MoveNextAsync().AsTask().GetAwaiter().GetResult())
        {
        }

        _stream.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true)]
    public Task<string> FirstTokenDirect() => FirstTextAsync();

    [Benchmark]
    public Task<string> FirstTokenGoverned() => FirstTextAsync();

    private async Task<string> FirstTextAsync()
    {
        while (await _stream!.MoveNextAsync().ConfigureAwait(false))
        {
            if (_stream.Current.Text is { Length: > 0 } text)
            {
                return text;
            }
        }

        throw new InvalidOperationException("The stream had no text.");
    }

    /// <summary>Builds the model and the governed pipeline used by both benchmark classes.</summary>
    internal static (IChatClient Model, IChatClient Governed, ChatOptions Options) Create()
    {
        var options = new ChatOptions { ModelId = "gpt-4o", AdditionalProperties = new() { [GovernanceProperties.NoStore] = true } };
        IChatClient model = new ReadyStreamClient();
        var budgets = new BudgetOptions();
        budgets.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Global, Window = BudgetWindow.Day, Tokens = 1_000_000_000_000 });
        IChatClient governed = new GovernancePipelineBuilder(model)
            .UseTelemetry(new TelemetryOptions())
            .UseSafety(new SafetyOptions())
            .UseRedaction(new RedactionOptions())
            .UseSemanticCache(new SemanticCacheOptions())
            .UseBudgets(budgets)
            .UseRouting(o => o.AddBackend("primary", model))
            .Build();
        return (model, governed, options);
    }

    /// <summary>Streams 20 ready tokens, a finish update and a usage update, as OpenAI does; no waiting anywhere.</summary>
    internal sealed class ReadyStreamClient : IChatClient
    {
        private static readonly string[] Tokens =
        [
            "The", " customer", " reports", " that", " the", " refund", " for", " order", " 4417", " has", " not",
            " arrived", " after", " ten", " days", ".", " They", " ask", " for", " an update.",
        ];

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
            IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await Task.CompletedTask.ConfigureAwait(false);
            foreach (string token in Tokens)
            {
                yield return new ChatResponseUpdate(ChatRole.Assistant, token) { ModelId = "gpt-4o", ResponseId = "r1" };
            }

            yield return new ChatResponseUpdate { Role = ChatRole.Assistant, FinishReason = ChatFinishReason.Stop, ModelId = "gpt-4o", ResponseId = "r1" };
            yield return new ChatResponseUpdate(ChatRole.Assistant, [new UsageContent(new UsageDetails { InputTokenCount = 40, OutputTokenCount = 20, TotalTokenCount = 60 })]);
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}

/// <summary>A whole stream (20 ready chunks, finish, usage) through all six policies versus direct; see
/// <see cref="TimeToFirstTokenBenchmarks"/>.</summary>
[MemoryDiagnoser]
public class WholeStreamBenchmarks
{
    private ChatOptions _options = null!;
    private IChatClient _model = null!;
    private IChatClient _governed = null!;

    [GlobalSetup]
    public void Setup() => (_model, _governed, _options) = TimeToFirstTokenBenchmarks.Create();

    [Benchmark(Baseline = true)]
    public Task<int> WholeStreamDirect() => CountAsync(_model);

    [Benchmark]
    public Task<int> WholeStreamGoverned() => CountAsync(_governed);

    private async Task<int> CountAsync(IChatClient client)
    {
        int count = 0;
        await foreach (ChatResponseUpdate update in client.GetStreamingResponseAsync(TimeToFirstTokenBenchmarks.Messages, _options).ConfigureAwait(false))
        {
            count += update.Text.Length;
        }

        return count;
    }
}
