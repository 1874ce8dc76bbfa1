namespace Governance.AI.Caching;

/// <summary>
/// Verifies a semantic hit before it is served: rejects it when the cached prompt and the new prompt are close in
/// embedding space but differ in what changes the answer.
/// </summary>
public interface ISemanticHitGuard
{
    /// <summary>Decides whether the answer to <paramref name="cachedPrompt"/> may be served for <paramref name="prompt"/>.</summary>
    /// <param name="cachedPrompt">The embedded text of the cached request.</param>
    /// <param name="prompt">The embedded text of the new request.</param>
    /// <param name="reason">When rejected, a short reason code (see <see cref="SemanticCacheReasons"/>); never prompt text.</param>
    /// <returns><see langword="true"/> when the hit is safe to serve.</returns>
    bool IsSafeHit(string cachedPrompt, string prompt, out string? reason);
}
