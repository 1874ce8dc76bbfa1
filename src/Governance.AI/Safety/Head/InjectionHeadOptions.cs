
namespace Governance.AI.Safety;

/// <summary>
/// Options of the injection head (<see cref="InjectionHeadClassifier"/>): a learned classifier over a sentence embedding
/// of the text (all-MiniLM-L6-v2, <see cref="ModelId"/>) and the lexical model's logit of the same text, shipped in the
/// package. Off unless registered (<c>services.AddInjectionHead()</c>); it runs as a content-safety classifier in the
/// provider-side step, after redaction, beside the rules and the lexical model of the local step. See the safety README.
/// </summary>
public sealed class InjectionHeadOptions : IValidatableOptions
{
    /// <summary>The embedding model the shipped head was trained on, as an embedding generator's metadata names it.</summary>
    public const string ModelId = "all-MiniLM-L6-v2";

    /// <summary>
    /// The default <see cref="PromptThreshold"/>: the lowest head probability (in steps of 0.005) at which the head adds
    /// at most 0.5 % of benign rows to those the rules or the lexical model flag, on left-out training authors
    /// (training/injection/README.md).
    /// </summary>
    public const double DefaultPromptThreshold = 0.945;

    /// <summary>The default <see cref="UntrustedThreshold"/>: the same rule with at most 1 % of benign rows added to the untrusted-content flags.</summary>
    public const double DefaultUntrustedThreshold = 0.845;

    /// <summary>The default <see cref="MaxTextLength"/>.</summary>
    public const int DefaultMaxTextLength = 8192;

    /// <summary>Gets or sets the classifier's name, in its rule id <c>classifier.{Name}.prompt_attack</c> and audit events. Default <c>injection_head</c>.</summary>
    public string Name { get; set; } = "injection_head";

    /// <summary>Gets or sets the head probability from which a user prompt is an attack. Default <see cref="DefaultPromptThreshold"/>.</summary>
    public double PromptThreshold { get; set; } = DefaultPromptThreshold;

    /// <summary>
    /// Gets or sets the head probability from which untrusted content (tool results, retrieved documents) is an indirect
    /// injection; not above <see cref="PromptThreshold"/>. Default <see cref="DefaultUntrustedThreshold"/>.
    /// </summary>
    public double UntrustedThreshold { get; set; } = DefaultUntrustedThreshold;

    /// <summary>
    /// Gets or sets the most characters of a text that are scored (trimmed); a longer text is scored on its end (the
    /// latest user turn of a conversation, whose user messages the classifiers see joined), because the embedding of a
    /// long text is the mean of its pieces, which dilutes any one passage, and its cost grows with the length. Default
    /// <see cref="DefaultMaxTextLength"/>; the rules and the lexical model of the local step read every text whole.
    /// </summary>
    public int MaxTextLength { get; set; } = DefaultMaxTextLength;

    /// <summary>
    /// Gets or sets a head file written by <c>tools/InjectionHeadTrainer</c>, instead of the shipped head (for example one
    /// retrained with your own labelled rows). Default empty: the shipped head.
    /// </summary>
    public ReadOnlyMemory<byte> Head { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether the head runs although the embedding generator's metadata names another
    /// model than the head was trained on, or the head was stacked on another lexical model than the package's. Default
    /// <see langword="false"/>: the weights mean nothing beside other models, so the head refuses to start. Set it only
    /// for a generator that serves the same model under another name.
    /// </summary>
    public bool AllowModelMismatch { get; set; }

    /// <inheritdoc />
    public void Validate(OptionsValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Require(!string.IsNullOrEmpty(Name) && Name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'), nameof(Name), $"must be lower-case letters, digits or '_' (was '{Name}').");
        errors.Require(PromptThreshold is > 0 and < 1, nameof(PromptThreshold), $"must be a probability in (0, 1) (was {PromptThreshold}).");
        errors.Require(UntrustedThreshold is > 0 and < 1, nameof(UntrustedThreshold), $"must be a probability in (0, 1) (was {UntrustedThreshold}).");
        errors.Require(!(UntrustedThreshold > PromptThreshold), nameof(UntrustedThreshold), $"must not be above PromptThreshold: untrusted content is held to the stricter threshold (was {UntrustedThreshold} > {PromptThreshold}).");
        errors.Require(MaxTextLength is >= 64 and <= 1 << 20, nameof(MaxTextLength), $"must be between 64 and 1048576 characters (was {MaxTextLength}).");
        if (!Head.IsEmpty)
        {
            try
            {
                StackedInjectionHead.FromBytes(Head.Span);
            }
            catch (InvalidDataException ex)
            {
                errors.Add(nameof(Head), ex.Message);
            }
        }
    }

    /// <summary>Gets the head these options name: <see cref="Head"/>, or the shipped one.</summary>
    internal StackedInjectionHead ResolveHead() => Head.IsEmpty ? StackedInjectionHead.Default : StackedInjectionHead.FromBytes(Head.Span);
}
