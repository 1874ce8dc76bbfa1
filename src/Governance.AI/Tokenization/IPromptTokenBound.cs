using Microsoft.Extensions.AI;

namespace Governance.AI.Tokenization;

/// <summary>
/// A token counter that can bound a chat request's prompt tokens from above far more cheaply than it counts them:
/// the budgets admit with the bound and count exactly only when a decision depends on the count.
/// </summary>
internal interface IPromptTokenBound
{
    /// <summary>Gets a number never below <see cref="ITokenCounter.CountTokens(IEnumerable{ChatMessage}, ChatOptions?)"/> for the same request.</summary>
    /// <param name="messages">The request messages.</param>
    /// <param name="options">The request options.</param>
    /// <returns>The upper bound of the prompt tokens.</returns>
    int PromptTokensUpperBound(IEnumerable<ChatMessage> messages, ChatOptions? options);
}
