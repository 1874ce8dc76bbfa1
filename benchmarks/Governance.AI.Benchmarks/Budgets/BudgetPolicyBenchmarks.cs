using BenchmarkDotNet.Attributes;
using Governance.AI.Budgets;
using Governance.AI.Tokenization;
using Microsoft.Extensions.AI;

namespace Governance.AI.Benchmarks.Budgets;

/// <summary>
/// A whole governed call with the budget policy (prompt counting, reservation across three limits, settlement with
/// the provider's usage, remaining-budget report) next to the direct call to a model that costs nothing. The token
/// counter here is a trivial one, so this measures the policy, not the tokenizer.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class BudgetPolicyBenchmarks
{
    private readonly List<ChatMessage> _messages = [new(ChatRole.User, "What is the capital of France?")];
    private readonly ChatOptions _options = new ChatOptions { ModelId = "gpt-4o", MaxOutputTokens = 256 }.ForCaller(CallerContext.ForTenant("contoso", "alice"));
    private IChatClient _model = null!;
    private IChatClient _governed = null!;

    [GlobalSetup]
    public void Setup()
    {
        _model = new UsageChatClient();
        var options = new BudgetOptions { SoftThresholds = [] };
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Window = BudgetWindow.Month, Tokens = long.MaxValue / 4 });
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant | BudgetScope.User, Window = BudgetWindow.Day, Tokens = long.MaxValue / 4 });
        options.Limits.Add(new BudgetLimitOptions { Scope = BudgetScope.Tenant, Concurrent = 1_000_000 });
        _governed = new GovernancePipelineBuilder(_model).UseBudgets(options, new LengthTokenCounter()).Build();
    }

    [Benchmark(Baseline = true)]
    public Task<ChatResponse> Direct() => _model.GetResponseAsync(_messages, _options);

    [Benchmark]
    public Task<ChatResponse> WithBudgets_ThreeLimits() => _governed.GetResponseAsync(_messages, _options);

    /// <summary>Answers every call with a new response that reports usage, as a provider does.</summary>
    private sealed class UsageChatClient : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "Paris."))
            {
                Usage = new UsageDetails { InputTokenCount = 14, OutputTokenCount = 2 },
                ModelId = "gpt-4o",
            });

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }

    private sealed class LengthTokenCounter : ITokenCounter, ITokenCounterProvider
    {
        public bool IsExact => false;

        public int CountTokens(ReadOnlySpan<char> text) => (text.Length + 3) / 4;

        public int CountTokens(IEnumerable<ChatMessage> messages, ChatOptions? options = null)
        {
            int total = 3;
            foreach (ChatMessage message in messages)
            {
                total += 3 + CountTokens(message.Text);
            }

            return total;
        }

        public ITokenCounter GetCounter(string? modelId) => this;
    }
}
