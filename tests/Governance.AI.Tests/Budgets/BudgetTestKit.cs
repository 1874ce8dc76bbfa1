using Governance.AI.Budgets;
using Governance.AI.Testing;
using Governance.AI.Tokenization;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.Budgets;

/// <summary>
/// A deterministic token counter for budget tests: one token per UTF-16 char of text, so counts are additive across
/// stream chunks; a chat request costs its message texts plus 3 tokens per message plus 3 for the reply priming.
/// </summary>
internal sealed class CharTokenCounter(bool isExact = true) : ITokenCounter, ITokenCounterProvider
{
    public static readonly CharTokenCounter Instance = new();

    /// <summary>The same counts, reported as an estimate.</summary>
    public static readonly CharTokenCounter Estimate = new(isExact: false);

    public bool IsExact => isExact;

    public int CountTokens(ReadOnlySpan<char> text) => text.Length;

    public int CountTokens(IEnumerable<ChatMessage> messages, ChatOptions? options = null)
    {
        int total = 3;
        foreach (ChatMessage message in messages)
        {
            total += 3 + message.Text.Length;
        }

        return total;
    }

    public ITokenCounter GetCounter(string? modelId) => this;
}

/// <summary>
/// <see cref="CharTokenCounter"/>'s counts with a cheap prompt bound of two tokens per char (as UTF-8 bytes bound a
/// byte-level BPE count), so <c>Prompt(n)</c> counts n and is bounded by 2n − 6. Counts how often a chat prompt is
/// counted exactly: the budgets should do so only when a decision or a charge depends on it.
/// </summary>
internal sealed class BoundedCharTokenCounter : ITokenCounter, ITokenCounterProvider, IPromptTokenBound
{
    private int _promptCounts;

    /// <summary>Gets how often a chat prompt was counted exactly.</summary>
    public int PromptCounts => Volatile.Read(ref _promptCounts);

    public bool IsExact => true;

    public int CountTokens(ReadOnlySpan<char> text) => text.Length;

    public int CountTokens(IEnumerable<ChatMessage> messages, ChatOptions? options = null)
    {
        Interlocked.Increment(ref _promptCounts);
        return CharTokenCounter.Instance.CountTokens(messages, options);
    }

    public int PromptTokensUpperBound(IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        int total = 3;
        foreach (ChatMessage message in messages)
        {
            total += 3 + (2 * message.Text.Length);
        }

        return total;
    }

    public ITokenCounter GetCounter(string? modelId) => this;
}

internal static class BudgetTestKit
{
    /// <summary>Messages whose prompt counts exactly <paramref name="tokens"/> tokens with <see cref="CharTokenCounter"/>.</summary>
    public static List<ChatMessage> Prompt(int tokens, char fill = 'p')
    {
        if (tokens < 6)
        {
            throw new ArgumentOutOfRangeException(nameof(tokens), "A one-message prompt counts at least 6 tokens.");
        }

        return [new ChatMessage(ChatRole.User, new string(fill, tokens - 6))];
    }

    public static ChatOptions Options(string tenant, int? maxOutputTokens = null, string? user = null, string? model = null)
    {
        var options = new ChatOptions { MaxOutputTokens = maxOutputTokens, ModelId = model };
        return options.ForCaller(CallerContext.ForTenant(tenant, user));
    }

    public static GovernanceTestHarness Harness(BudgetOptions options, IBudgetStore? store = null, FakeTimeProvider? clock = null) =>
        GovernanceTestHarness.Create(p => p.UseBudgets(options, CharTokenCounter.Instance, store), clock: clock);

    /// <summary>A harness whose counter admits by a bound (see <see cref="BoundedCharTokenCounter"/>).</summary>
    public static GovernanceTestHarness BoundedHarness(BudgetOptions options, BoundedCharTokenCounter counter, IBudgetStore? store = null) =>
        GovernanceTestHarness.Create(p => p.UseBudgets(options, counter, store));

    public static BudgetChatClient Policy(GovernanceTestHarness harness) =>
        harness.Client.GetService<BudgetChatClient>() ?? throw new InvalidOperationException("No budget policy in the pipeline.");

    public static async Task<long> UsedAsync(GovernanceTestHarness harness, CallerContext caller, string limitName, string? window = null, string? model = null)
    {
        IReadOnlyList<BudgetStatus> statuses = await Policy(harness).GetStatusAsync(caller, model);
        return (long)statuses.Single(s => s.LimitName == limitName && (window is null || s.Window == window)).Used;
    }
}
