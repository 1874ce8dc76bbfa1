namespace Governance.AI.Routing;

/// <summary>
/// How a shadow backend's answer compared with the real one. It carries measurements only, never content.
/// </summary>
/// <param name="Backend">The backend that served the caller (or that failed, see <see cref="PrimarySucceeded"/>).</param>
/// <param name="ShadowBackend">The shadow backend.</param>
/// <param name="PrimarySucceeded">Whether the real request succeeded.</param>
/// <param name="ShadowSucceeded">Whether the shadow request succeeded.</param>
/// <param name="ShadowError">The type name of the shadow's error, if it failed.</param>
/// <param name="PrimaryLatency">The real request's latency.</param>
/// <param name="ShadowLatency">The shadow request's latency (until it failed, if it did).</param>
/// <param name="PrimaryInputTokens">The real request's input tokens, if reported.</param>
/// <param name="PrimaryOutputTokens">The real request's output tokens, if reported.</param>
/// <param name="ShadowInputTokens">The shadow request's input tokens, if reported.</param>
/// <param name="ShadowOutputTokens">The shadow request's output tokens, if reported.</param>
/// <param name="Similarity">The token Jaccard similarity of the two answers (0–1), when both succeeded.</param>
public sealed record ShadowComparison(
    string Backend,
    string ShadowBackend,
    bool PrimarySucceeded,
    bool ShadowSucceeded,
    string? ShadowError,
    TimeSpan PrimaryLatency,
    TimeSpan ShadowLatency,
    long? PrimaryInputTokens,
    long? PrimaryOutputTokens,
    long? ShadowInputTokens,
    long? ShadowOutputTokens,
    double? Similarity)
{
    /// <summary>
    /// Computes the token Jaccard similarity of two texts: the shared distinct words (letters and digits,
    /// case-insensitive) over all distinct words; 1 when both are empty.
    /// </summary>
    /// <param name="a">One text.</param>
    /// <param name="b">The other text.</param>
    /// <returns>The similarity, between 0 and 1.</returns>
    public static double TokenJaccard(string? a, string? b)
    {
        HashSet<string> left = Words(a);
        HashSet<string> right = Words(b);
        if (left.Count == 0 && right.Count == 0)
        {
            return 1;
        }

        int shared = 0;
        foreach (string word in left)
        {
            if (right.Contains(word))
            {
                shared++;
            }
        }

        return (double)shared / (left.Count + right.Count - shared);
    }

    private static HashSet<string> Words(string? text)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            int start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                words.Add(text[start..i]);
            }
        }

        return words;
    }
}
