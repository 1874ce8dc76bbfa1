namespace Governance.AI.Safety;

/// <summary>A content-safety classifier: a hosted service, a local model, an LLM judge.</summary>
public interface IContentSafetyClassifier
{
    /// <summary>Gets the classifier's name, used in rule ids (<c>classifier.{Name}.{category}</c>) and audit events.</summary>
    string Name { get; }

    /// <summary>Classifies a text.</summary>
    /// <param name="request">The text and where it comes from.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The categories found, with severities.</returns>
    /// <exception cref="ContentSafetyClassifierException">The classifier could not give a verdict.</exception>
    Task<ContentSafetyClassification> ClassifyAsync(ContentSafetyRequest request, CancellationToken cancellationToken = default);
}

/// <summary>Well-known classifier categories.</summary>
public static class ContentSafetyCategories
{
    /// <summary>Hate and fairness.</summary>
    public const string Hate = "hate";

    /// <summary>Self-harm.</summary>
    public const string SelfHarm = "self_harm";

    /// <summary>Sexual content.</summary>
    public const string Sexual = "sexual";

    /// <summary>Violence.</summary>
    public const string Violence = "violence";

    /// <summary>A prompt attack (injection or jailbreak), for example from Azure prompt shields.</summary>
    public const string PromptAttack = "prompt_attack";
}

/// <summary>A text to classify.</summary>
/// <param name="Text">The text.</param>
/// <param name="Origin">Where it comes from: prompt attacks are checked on prompts and untrusted content, not on model output.</param>
public sealed record ContentSafetyRequest(string Text, SafetyContentOrigin Origin);

/// <summary>A category a classifier found, with its severity on the 0–7 scale (0 safe, 7 most severe).</summary>
/// <param name="Category">The category, one of <see cref="ContentSafetyCategories"/> or the classifier's own.</param>
/// <param name="Severity">The severity, 0 to 7.</param>
public sealed record ContentSafetyCategoryResult(string Category, int Severity);

/// <summary>A classifier's verdict.</summary>
public sealed class ContentSafetyClassification
{
    /// <summary>Initializes a new instance of the <see cref="ContentSafetyClassification"/> class.</summary>
    /// <param name="categories">The categories found, with severities.</param>
    public ContentSafetyClassification(IReadOnlyList<ContentSafetyCategoryResult> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        Categories = categories;
    }

    /// <summary>Gets a verdict that found nothing.</summary>
    public static ContentSafetyClassification Safe { get; } = new([]);

    /// <summary>Gets the categories found, with severities.</summary>
    public IReadOnlyList<ContentSafetyCategoryResult> Categories { get; }

    /// <summary>Gets the highest severity of any category, 0 when none.</summary>
    public int MaxSeverity => Categories.Count == 0 ? 0 : Categories.Max(c => c.Severity);
}

/// <summary>A classifier could not give a verdict (transport error, error status, malformed verdict).</summary>
public sealed class ContentSafetyClassifierException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ContentSafetyClassifierException"/> class.</summary>
    public ContentSafetyClassifierException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ContentSafetyClassifierException"/> class.</summary>
    /// <param name="message">The message; never any of the classified text.</param>
    public ContentSafetyClassifierException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ContentSafetyClassifierException"/> class.</summary>
    /// <param name="message">The message; never any of the classified text.</param>
    /// <param name="innerException">The cause.</param>
    public ContentSafetyClassifierException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
