using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tools;

/// <summary>
/// Meters each model round-trip of a governed turn against the turn's limits
/// (<see cref="ToolGovernanceOptions.MaxRoundTripsPerTurn"/>, <see cref="ToolGovernanceOptions.MaxTokensPerTurn"/>).
/// Placed inside <c>UseFunctionInvocation()</c>, it sees every round-trip of the loop and throws a
/// <see cref="TurnLimitExceededException"/> before one the turn has no room for, which ends the loop. A request
/// that is not part of a governed turn passes through untouched.
/// </summary>
public sealed class TurnBudgetChatClient : DelegatingChatClient
{
    /// <summary>Initializes a new instance of the <see cref="TurnBudgetChatClient"/> class.</summary>
    /// <param name="innerClient">The client towards the provider.</param>
    public TurnBudgetChatClient(IChatClient innerClient)
        : base(innerClient)
    {
    }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (TakeTurn(ref options) is not { } turn)
        {
            return await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }

        turn.BeginRoundTrip();
        ChatResponse response = await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        turn.AddTokens(TotalTokens(response.Usage));
        return response;
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ToolTurn? turn = TakeTurn(ref options);
        turn?.BeginRoundTrip();
        await foreach (ChatResponseUpdate update in base.GetStreamingResponseAsync(messages, options, cancellationToken).ConfigureAwait(false))
        {
            if (turn is not null)
            {
                foreach (AIContent content in update.Contents)
                {
                    if (content is UsageContent usage)
                    {
                        turn.AddTokens(TotalTokens(usage.Details));
                    }
                }
            }

            yield return update;
        }
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

    private static long TotalTokens(UsageDetails? usage) =>
        usage is null ? 0 : usage.TotalTokenCount ?? ((usage.InputTokenCount ?? 0) + (usage.OutputTokenCount ?? 0));
}
