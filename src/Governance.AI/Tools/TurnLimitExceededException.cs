using System.Globalization;

namespace Governance.AI.Tools;

/// <summary>A function-calling turn would exceed its round-trip or token limit; the loop is stopped.</summary>
public sealed class TurnLimitExceededException : GovernanceException
{
    /// <summary>The reason code of this error.</summary>
    public const string ReasonCodeValue = "turn_limit_exceeded";

    /// <summary>Initializes a new instance of the <see cref="TurnLimitExceededException"/> class.</summary>
    /// <param name="limitName">The limit: <c>round_trips</c> or <c>tokens</c>.</param>
    /// <param name="limit">The limit's size.</param>
    /// <param name="used">What the turn had used when the next round-trip was asked for.</param>
    /// <param name="scope">The caller's scope, for example <c>tenant:contoso</c>, if known.</param>
    public TurnLimitExceededException(string limitName, long limit, long used, string? scope = null)
        : base(
            ReasonCodeValue,
            ToolGovernanceChatClient.PolicyName,
            string.Format(
                CultureInfo.InvariantCulture,
                "The turn would exceed its {0} limit of {1} ({2} used); the function-calling loop was stopped.",
                limitName,
                limit,
                used),
            scope)
    {
        ArgumentException.ThrowIfNullOrEmpty(limitName);
        LimitName = limitName;
        Limit = limit;
        Used = used;
    }

    /// <summary>Gets the limit that decided: <c>round_trips</c> or <c>tokens</c>.</summary>
    public string LimitName { get; }

    /// <summary>Gets the limit's size.</summary>
    public long Limit { get; }

    /// <summary>Gets what the turn had used.</summary>
    public long Used { get; }

    /// <inheritdoc />
    public override int StatusCode => 429;
}
