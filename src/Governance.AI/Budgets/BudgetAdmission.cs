using Governance.AI.Pricing;
using Governance.AI.Tokenization;
using Microsoft.Extensions.AI;

namespace Governance.AI.Budgets;

/// <summary>
/// One store counter of a request: what it counts, its window, key, limit and the amount reserved on it. A struct,
/// kept in the admission's array, so a request's plan is one allocation whatever its number of counters.
/// </summary>
internal struct PlannedCheck(BudgetMetric metric, string? windowLabel, BudgetBucket? bucket, string counterKey, long limit)
{
    /// <summary>Gets the scope: the counter key up to its first separator (ids in keys have theirs escaped).</summary>
    public readonly string Scope => CounterKey[..CounterKey.IndexOf('|', StringComparison.Ordinal)];

    /// <summary>Gets the scope without allocating.</summary>
    public readonly ReadOnlySpan<char> ScopeSpan => CounterKey.AsSpan(0, CounterKey.IndexOf('|', StringComparison.Ordinal));

    public BudgetMetric Metric { get; } = metric;

    public string? WindowLabel { get; } = windowLabel;

    public BudgetBucket? Bucket { get; } = bucket;

    public string CounterKey { get; } = counterKey;

    /// <summary>Gets or sets the limit: the stricter one when two rules count the same counter.</summary>
    public long Limit { get; set; } = limit;

    /// <summary>Gets or sets what the store holds for the request on the counter (with the prompt's bound while it is not counted).</summary>
    public long Amount { get; set; }
}

/// <summary>
/// The prompt tokens admission starts from: an exact count, or a cheap upper bound together with the request to count
/// exactly when a decision depends on it (see <see cref="BudgetAdmission.CountPromptExactly"/>).
/// </summary>
internal readonly struct PromptCount
{
    private PromptCount(long tokens, IEnumerable<ChatMessage>? messages, ChatOptions? options)
    {
        Tokens = tokens;
        Messages = messages;
        Options = options;
    }

    public long Tokens { get; }

    /// <summary>Gets the messages to count exactly when <see cref="Tokens"/> is a bound; <see langword="null"/> when it is exact.</summary>
    public IEnumerable<ChatMessage>? Messages { get; }

    public ChatOptions? Options { get; }

    public static PromptCount Exact(long tokens) => new(tokens, null, null);

    public static PromptCount Bound(long bound, IEnumerable<ChatMessage> messages, ChatOptions? options) => new(bound, messages, options);
}

/// <summary>
/// A chat or embedding call admitted by the budgets (see <see cref="BudgetLedger"/>): what was counted and reserved,
/// and what its settlement needs.
/// </summary>
internal sealed class BudgetAdmission(CompiledBudget budget, string? model, ITokenCounter counter, PromptCount prompt, DateTimeOffset now)
{
    private IEnumerable<ChatMessage>? _boundedMessages = prompt.Messages;
    private ChatOptions? _boundedOptions = prompt.Options;

    public CompiledBudget Budget { get; } = budget;

    public string? Model { get; } = model;

    public ITokenCounter Counter { get; } = counter;

    /// <summary>Gets or sets the counters reserved on, in the order the store saw them.</summary>
    public PlannedCheck[] Checks { get; set; } = [];

    /// <summary>
    /// Gets the prompt (chat) or input (embeddings) tokens: counted, or an upper bound while
    /// <see cref="PromptIsBound"/>.
    /// </summary>
    public long PromptTokens { get; private set; } = prompt.Tokens;

    /// <summary>Gets a value indicating whether <see cref="PromptTokens"/> is an upper bound rather than the count.</summary>
    public bool PromptIsBound => _boundedMessages is not null;

    public ModelPrice? Price { get; set; }

    public DateTimeOffset Now { get; } = now;

    /// <summary>Gets a value indicating whether a limit bounds the output (a token or cost counter, or a rule's <c>MaxOutputTokens</c>).</summary>
    public bool OutputBounded { get; set; }

    /// <summary>Gets or sets the output tokens reserved (0 for embeddings).</summary>
    public int OutputAllowance { get; set; }

    public string? ReservationId { get; set; }

    public IReadOnlyList<long> UsedBefore { get; set; } = [];

    /// <summary>Gets or sets what would have blocked the call in monitor mode.</summary>
    public string? WouldBlock { get; set; }

    /// <summary>Gets or sets a value indicating whether a window's remaining budget fell below the downgrade fraction.</summary>
    public bool PreferCheaper { get; set; }

    /// <summary>Replaces the bound by the exact count, once; returns the exact count.</summary>
    public long CountPromptExactly()
    {
        if (_boundedMessages is { } messages)
        {
            PromptTokens = Counter.CountTokens(messages, _boundedOptions);
            _boundedMessages = null;
            _boundedOptions = null;
        }

        return PromptTokens;
    }
}

/// <summary>Usage to charge: input (cached part included), cached input and output tokens, and the model that did the work.</summary>
internal readonly record struct BudgetCharge(long Input, long CachedInput, long Output, string? Model);
