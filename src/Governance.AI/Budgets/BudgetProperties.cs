namespace Governance.AI.Budgets;

/// <summary>
/// Response keys the budget policy writes to <c>ChatResponse.AdditionalProperties</c> (for a stream: to its last
/// update), as of the call's settlement. Use them for <c>x-ratelimit-remaining-*</c> headers. The policy also writes
/// <see cref="GovernanceProperties.CostUsd"/> when the model has a price.
/// </summary>
public static class BudgetProperties
{
    /// <summary>The smallest remaining token budget among the windows that applied (a <see cref="long"/>).</summary>
    public const string RemainingTokens = "governance.budget.remaining_tokens";

    /// <summary>The time until the window of <see cref="RemainingTokens"/> resets (a <see cref="TimeSpan"/>).</summary>
    public const string ResetTokens = "governance.budget.reset_tokens";

    /// <summary>The smallest remaining request budget among the windows that applied (a <see cref="long"/>).</summary>
    public const string RemainingRequests = "governance.budget.remaining_requests";

    /// <summary>The smallest remaining cost budget in US dollars among the windows that applied (a <see cref="decimal"/>).</summary>
    public const string RemainingCostUsd = "governance.budget.remaining_cost_usd";

    /// <summary>The tokens charged to the budgets for this call, prompt plus output (a <see cref="long"/>).</summary>
    public const string ChargedTokens = "governance.budget.charged_tokens";

    /// <summary>
    /// The usage the budgets were charged when the provider reported none (or not all of it), as counted with the
    /// tokenizer: the prompt and what the model wrote (a <c>UsageDetails</c>; a provider's count wins where it gave
    /// one). Absent when the provider reported its usage. The usage ledger records it, so a provider without usage
    /// reports is not recorded as zero tokens.
    /// </summary>
    public const string CountedUsage = "governance.budget.counted_usage";

    /// <summary>
    /// In <see cref="BudgetMode.Monitor"/>: the limit that would have blocked the call, as
    /// <c>{scope} {limit}[ per {window}]</c> (a <see cref="string"/>); absent when nothing would have.
    /// </summary>
    public const string WouldBlock = "governance.budget.would_block";

    /// <summary>
    /// The marker of a stream the budget policy stopped: <see langword="true"/> on the final update, whose finish
    /// reason is <c>ChatFinishReason.Length</c>. The stream was stopped because its output would have exceeded the
    /// output tokens reserved for it (the provider ignored <c>MaxOutputTokens</c>; for a model whose tokens are only
    /// estimated, by more than 10 % + 16 tokens); upstream was cancelled and the budgets were charged exactly the
    /// output the caller received.
    /// </summary>
    public const string CutOff = "governance.budget.cut_off";
}

/// <summary>A counter crossed a soft threshold of its limit; raised once per threshold, counter and window.</summary>
/// <param name="Scope">The scope, for example <c>tenant:contoso</c>.</param>
/// <param name="LimitName">The limit: <c>tokens</c>, <c>requests</c> or <c>cost_usd</c>.</param>
/// <param name="Window">The window, for example <c>1d</c> or <c>month</c>.</param>
/// <param name="Threshold">The threshold crossed, a fraction of the limit (for example 0.8).</param>
/// <param name="Limit">The limit (US dollars for cost).</param>
/// <param name="Used">The counter after the reservation that crossed it, reservations in flight included.</param>
/// <param name="WindowStart">The start of the window.</param>
/// <param name="WindowEnd">The end of the window.</param>
public sealed record BudgetThresholdReached(
    string Scope, string LimitName, string Window, double Threshold, decimal Limit, decimal Used, DateTimeOffset WindowStart, DateTimeOffset WindowEnd);

/// <summary>The state of one limit for one caller, as <see cref="BudgetChatClient.GetStatusAsync"/> reports it.</summary>
/// <param name="Scope">The scope, for example <c>tenant:contoso</c>.</param>
/// <param name="LimitName">The limit: <c>tokens</c>, <c>requests</c>, <c>cost_usd</c> or <c>concurrent</c>.</param>
/// <param name="Window">The window, or <see langword="null"/> for concurrency.</param>
/// <param name="Limit">The limit (US dollars for cost).</param>
/// <param name="Used">What is used, reservations in flight included.</param>
/// <param name="ResetsAt">When the window ends, or <see langword="null"/> for concurrency.</param>
public sealed record BudgetStatus(string Scope, string LimitName, string? Window, decimal Limit, decimal Used, DateTimeOffset? ResetsAt)
{
    /// <summary>Gets what remains: the limit less what is used, never negative.</summary>
    public decimal Remaining => Math.Max(0, Limit - Used);
}
