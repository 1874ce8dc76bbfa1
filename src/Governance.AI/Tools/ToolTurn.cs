namespace Governance.AI.Tools;

/// <summary>
/// The state of one governed turn, shared by the outer <see cref="ToolGovernanceChatClient"/>, the tools it wraps and
/// the <see cref="TurnBudgetChatClient"/> inside the function-invocation loop (through the request options).
/// </summary>
internal sealed class ToolTurn(int? maxRoundTrips, long? maxTokens, string? scope)
{
    private readonly Lock _lock = new();
    private List<string>? _denied;
    private int _roundTrips;
    private long _tokens;

    public bool HasLimits => maxRoundTrips is not null || maxTokens is not null;

    public long? MaxTokens => maxTokens;

    public int RoundTrips => Volatile.Read(ref _roundTrips);

    public long Tokens => Interlocked.Read(ref _tokens);

    /// <summary>
    /// Counts a model round-trip, refusing it when the turn has used its limit or has no room for the round-trip's
    /// input and at least one output token.
    /// </summary>
    /// <param name="input">The round-trip's counted input tokens (0 when the turn has no token limit).</param>
    public void BeginRoundTrip(long input)
    {
        if (maxTokens is { } tokenLimit && Tokens + input >= tokenLimit)
        {
            throw new TurnLimitExceededException("tokens", tokenLimit, Tokens + input, scope);
        }

        int used = RoundTrips;
        if (maxRoundTrips is { } roundTripLimit && used >= roundTripLimit)
        {
            throw new TurnLimitExceededException("round_trips", roundTripLimit, used, scope);
        }

        Interlocked.Increment(ref _roundTrips);
    }

    public void AddTokens(long tokens) => Interlocked.Add(ref _tokens, tokens);

    public void AddDenied(string toolName)
    {
        lock (_lock)
        {
            _denied ??= [];
            if (!_denied.Contains(toolName))
            {
                _denied.Add(toolName);
            }
        }
    }

    public IReadOnlyList<string>? Denied
    {
        get
        {
            lock (_lock)
            {
                return _denied is null ? null : [.. _denied];
            }
        }
    }
}
