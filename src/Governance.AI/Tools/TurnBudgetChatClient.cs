using System.Runtime.CompilerServices;
using System.Text;
using Governance.AI.Caching;
using Governance.AI.Tokenization;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tools;

/// <summary>
/// Meters each model round-trip of a governed turn against the turn's limits
/// (<see cref="ToolGovernanceOptions.MaxRoundTripsPerTurn"/>, <see cref="ToolGovernanceOptions.MaxTokensPerTurn"/>).
/// Placed inside <c>UseFunctionInvocation()</c>, it sees every round-trip of the loop and throws a
/// <see cref="TurnLimitExceededException"/> before one the turn has no room for, which ends the loop. A request
/// that is not part of a governed turn passes through untouched.
/// </summary>
/// <remarks>
/// With a token limit, each round-trip's input is counted before it is sent and its output is capped
/// (<see cref="ChatOptions.MaxOutputTokens"/>) at what is left of the turn, so a provider that honours the cap cannot
/// take the turn past its limit. The turn is charged what the provider reports, or, when it reports
/// nothing, the counted input and the counted answer (its text, tool calls and reasoning); an answer served from the semantic cache is charged nothing (no provider tokens were used). With an estimating (not exact) counter the input count is an estimate, and so is the cap.
/// </remarks>
public sealed class TurnBudgetChatClient : DelegatingChatClient
{
    private ITokenCounterProvider _tokenCounters = new TokenCounterProvider();

    // Whether a governance block (whose provider boundary applies ToolGovernanceProperties.OutputCap) lies between
    // this meter and the provider; the clients inside are built before this one.
    private readonly bool _governanceBlockInside;

    /// <summary>Initializes a new instance of the <see cref="TurnBudgetChatClient"/> class.</summary>
    /// <param name="innerClient">The client towards the provider.</param>
    public TurnBudgetChatClient(IChatClient innerClient)
        : base(innerClient)
    {
        _governanceBlockInside = innerClient.GetService(typeof(ProviderBoundaryChatClient)) is not null;
    }

    /// <summary>Gets or sets the token counters that count a round-trip's input against a turn's token limit.</summary>
    public ITokenCounterProvider TokenCounters
    {
        get => _tokenCounters;
        set => _tokenCounters = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (TakeTurn(ref options) is not { } turn)
        {
            return await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }

        long input = BeginRoundTrip(turn, messages, options!);
        ChatResponse response = await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        if (!SemanticCacheProperties.IsHit(response.AdditionalProperties))
        {
            turn.AddTokens(Reported(response.Usage) ?? input + Written(turn, options!, response.Text, response.Messages));
        }

        return response;
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ToolTurn? turn = TakeTurn(ref options);
        long input = turn is null ? 0 : BeginRoundTrip(turn, messages, options!);
        UsageDetails? reported = null;
        bool servedFromCache = false;

        // What the model wrote, for a turn with a token limit whose provider reports no usage: the text is counted
        // once at the end, a tool call or reasoning as it passes.
        ITokenCounter? outputCounter = turn?.MaxTokens is null ? null : _tokenCounters.GetCounter(options!.ModelId);
        StringBuilder? writtenText = outputCounter is null ? null : new StringBuilder();
        long writtenBesideText = 0;
        try
        {
            await foreach (ChatResponseUpdate update in base.GetStreamingResponseAsync(messages, options, cancellationToken).ConfigureAwait(false))
            {
                if (turn is not null)
                {
                    servedFromCache |= SemanticCacheProperties.IsHit(update.AdditionalProperties);
                    foreach (AIContent content in update.Contents)
                    {
                        if (content is UsageContent usage)
                        {
                            reported ??= new UsageDetails();
                            reported.Add(usage.Details);
                        }
                        else if (outputCounter is not null)
                        {
                            writtenBesideText += ChatTokenFormula.CountWrittenBesideText(outputCounter, content);
                        }
                    }

                    writtenText?.Append(update.Text);
                }

                yield return update;
            }
        }
        finally
        {
            // Charged also when the caller stops reading early or the stream fails: the round-trip was sent.
            // An answer served from the cache used no tokens of the provider's, so it uses none of the turn's.
            if (turn is not null && !servedFromCache)
            {
                turn.AddTokens(Reported(reported)
                    ?? input + (outputCounter is null ? 0 : outputCounter.CountTokens(writtenText!.ToString()) + writtenBesideText));
            }
        }
    }

    // Refuses the round-trip the turn has no room for; with a token limit, counts the input and caps the output at
    // what the turn has left. Returns the counted input (0 without a token limit).
    private long BeginRoundTrip(ToolTurn turn, IEnumerable<ChatMessage> messages, ChatOptions options)
    {
        if (turn.MaxTokens is not { } tokenLimit)
        {
            turn.BeginRoundTrip(0);
            return 0;
        }

        long input = _tokenCounters.GetCounter(options.ModelId).CountTokens(messages, options);
        turn.BeginRoundTrip(input);
        int left = (int)Math.Min(tokenLimit - turn.Tokens - input, int.MaxValue);
        if (options.MaxOutputTokens is null && _governanceBlockInside)
        {
            // A cap the caller did not ask for is the turn's bookkeeping, not the request: written into
            // MaxOutputTokens it would be a request for the whole rest of the turn to the budget (which reserves it)
            // and a new cache key each round-trip. The block's provider boundary applies it instead.
            options.AdditionalProperties![ToolGovernanceProperties.OutputCap] = left;
        }
        else if (options.MaxOutputTokens is not { } asked || asked > left)
        {
            options.MaxOutputTokens = left;
        }

        return input;
    }

    // The turn travels in the options only as far as this meter, so it never reaches a provider.
    private static ToolTurn? TakeTurn(ref ChatOptions? options)
    {
        if (options?.AdditionalProperties is not { } properties
            || !properties.TryGetValue(ToolGovernanceProperties.Turn, out object? value)
            || value is not ToolTurn turn)
        {
            return null;
        }

        ChatOptions stripped = options.Clone();
        stripped.AdditionalProperties = new AdditionalPropertiesDictionary(properties);
        stripped.AdditionalProperties.Remove(ToolGovernanceProperties.Turn);
        options = stripped;
        return turn;
    }

    // The tokens the provider reported for a round trip; null when it reported none.
    private static long? Reported(UsageDetails? usage)
    {
        if (usage is null)
        {
            return null;
        }

        long reported = usage.TotalTokenCount ?? ((usage.InputTokenCount ?? 0) + (usage.OutputTokenCount ?? 0));
        return reported > 0 ? reported : null;
    }

    // What the model wrote in an answer (its text, tool calls and reasoning), counted for a turn with a token limit.
    private long Written(ToolTurn turn, ChatOptions options, string text, IList<ChatMessage> messages)
    {
        if (turn.MaxTokens is null)
        {
            return 0;
        }

        ITokenCounter counter = _tokenCounters.GetCounter(options.ModelId);
        return counter.CountTokens(text) + ChatTokenFormula.CountWrittenBesideText(counter, messages);
    }
}
