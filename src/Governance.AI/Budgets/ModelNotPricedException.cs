using Governance.AI.Budgets;

namespace Governance.AI;

/// <summary>
/// A cost limit applies to a request, but its model has no price, and <see cref="BudgetOptions.UnpricedModels"/> is
/// <see cref="UnpricedModelAction.Deny"/>: a limit that cannot price a call cannot limit it.
/// </summary>
public sealed class ModelNotPricedException : GovernanceException
{
    /// <summary>Initializes a new instance of the <see cref="ModelNotPricedException"/> class.</summary>
    /// <param name="modelId">The model without a price; <see langword="null"/> when the request named none and the client reports no default.</param>
    /// <param name="scope">The scope of the cost limit that applies.</param>
    public ModelNotPricedException(string? modelId, string scope)
        : base(
            GovernanceReasonCodes.ModelNotPriced,
            GovernancePolicyNames.Budget,
            modelId is null
                ? $"A cost limit applies to {scope}, but the request names no model and the client reports no default model, so its cost cannot be counted. Set ChatOptions.ModelId, or configure AiGovernance:Budgets:UnpricedModels."
                : $"A cost limit applies to {scope}, but the model '{modelId}' has no price. Add it to AiGovernance:Budgets:Prices or ModelFamilies, or configure AiGovernance:Budgets:UnpricedModels.",
            scope)
    {
        ModelId = modelId;
    }

    /// <summary>Gets the model without a price, or <see langword="null"/> when none was known.</summary>
    public string? ModelId { get; }

    /// <inheritdoc />
    public override int StatusCode => 403;
}
