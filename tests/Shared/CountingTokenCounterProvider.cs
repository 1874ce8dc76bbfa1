using Governance.AI.Tokenization;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.Shared;

/// <summary>
/// The default <see cref="TokenCounterProvider"/>'s counters, counting how often a chat prompt is counted exactly, so a
/// test can tell that the budgets admitted by the prompt's bound (the counters keep their bound).
/// </summary>
internal sealed class CountingTokenCounterProvider : ITokenCounterProvider
{
    private readonly TokenCounterProvider _inner = new();
    private int _promptCounts;

    /// <summary>Gets how often a chat prompt was counted exactly.</summary>
    public int PromptCounts => Volatile.Read(ref _promptCounts);

    public ITokenCounter GetCounter(string? modelId)
    {
        ITokenCounter counter = _inner.GetCounter(modelId);
        return counter is IPromptTokenBound ? new Counting(this, counter) : counter;
    }

    private sealed class Counting(CountingTokenCounterProvider owner, ITokenCounter inner) : ITokenCounter, IPromptTokenBound
    {
        public bool IsExact => inner.IsExact;

        public int CountTokens(ReadOnlySpan<char> text) => inner.CountTokens(text);

        public int CountTokens(IEnumerable<ChatMessage> messages, ChatOptions? options = null)
        {
            Interlocked.Increment(ref owner._promptCounts);
            return inner.CountTokens(messages, options);
        }

        public int PromptTokensUpperBound(IEnumerable<ChatMessage> messages, ChatOptions? options) =>
            ((IPromptTokenBound)inner).PromptTokensUpperBound(messages, options);
    }
}
