using Microsoft.Extensions.Logging;

namespace Governance.AI.Budgets;

/// <summary>The budget policy's log events. They carry ids, scopes and amounts, never prompt or response text.</summary>
internal static partial class BudgetLog
{
    /// <summary>The log category of the budget policies.</summary>
    public const string Category = "Governance.AI.Budgets";

    [LoggerMessage(EventId = 8120, EventName = "BudgetSettleFailed", Level = LogLevel.Warning,
        Message = "The budget store failed to settle reservation {ReservationId} ({ErrorType}): the answer is served and its usage ({Tokens} tokens, {CostUsd} USD) is on the response and in the usage ledger, but not on the budget counters. The reservation is given back if the store allows it, else when its lease expires.")]
    public static partial void SettleFailed(ILogger logger, Exception exception, string reservationId, string errorType, long tokens, decimal costUsd);

    [LoggerMessage(EventId = 8121, EventName = "BudgetReleaseFailed", Level = LogLevel.Warning,
        Message = "The budget store failed to give back reservation {ReservationId} ({ErrorType}); it is held until its lease expires.")]
    public static partial void ReleaseFailed(ILogger logger, string reservationId, string errorType);
}
