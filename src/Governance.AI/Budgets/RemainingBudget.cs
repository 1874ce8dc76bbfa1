using Microsoft.Extensions.AI;

namespace Governance.AI.Budgets;

/// <summary>
/// The least remaining token, request and cost budget over a call's checked counters, as the chat and embedding
/// budgets report it in the response's properties.
/// </summary>
internal struct RemainingBudget
{
    private long _tokens;
    private long _requests;
    private long _cost;
    private TimeSpan _resetTokens;

    public RemainingBudget()
    {
        _tokens = long.MaxValue;
        _requests = long.MaxValue;
        _cost = long.MaxValue;
    }

    /// <summary>Takes one counter's remaining amount into account.</summary>
    /// <param name="metric">The counter's metric.</param>
    /// <param name="remaining">What is left of it after this call.</param>
    /// <param name="resetIn">When its window resets, from now (used for the token budget that is least).</param>
    public void Add(BudgetMetric metric, long remaining, TimeSpan resetIn)
    {
        switch (metric)
        {
            case BudgetMetric.Tokens when remaining < _tokens:
                _tokens = remaining;
                _resetTokens = resetIn;
                break;
            case BudgetMetric.Requests:
                _requests = Math.Min(_requests, remaining);
                break;
            case BudgetMetric.Cost:
                _cost = Math.Min(_cost, remaining);
                break;
            default:
                break;
        }
    }

    /// <summary>Writes the least remaining budgets that any counter limited.</summary>
    /// <param name="report">The response's properties.</param>
    public readonly void WriteTo(AdditionalPropertiesDictionary report)
    {
        if (_tokens != long.MaxValue)
        {
            report[BudgetProperties.RemainingTokens] = _tokens;
            report[BudgetProperties.ResetTokens] = _resetTokens;
        }

        if (_requests != long.MaxValue)
        {
            report[BudgetProperties.RemainingRequests] = _requests;
        }

        if (_cost != long.MaxValue)
        {
            report[BudgetProperties.RemainingCostUsd] = BudgetAmounts.FromNanoUsd(_cost);
        }
    }
}
