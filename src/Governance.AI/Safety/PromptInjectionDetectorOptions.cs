namespace Governance.AI.Safety;

/// <summary>Thresholds and limits of the heuristic <see cref="PromptInjectionDetector"/>.</summary>
public sealed class PromptInjectionDetectorOptions
{
    /// <summary>Gets or sets the score from which a user prompt counts as an attack. Default 1.0.</summary>
    public double PromptThreshold { get; set; } = 1.0;

    /// <summary>
    /// Gets or sets the score from which untrusted content (tool results, retrieved documents) counts as an indirect
    /// injection. Default 0.8: such content has no reason to address the model at all.
    /// </summary>
    public double UntrustedThreshold { get; set; } = 0.8;

    /// <summary>Gets or sets a value indicating whether base64, hex and rot13 payloads are decoded and rescanned. Default true.</summary>
    public bool DecodePayloads { get; set; } = true;

    /// <summary>Gets or sets how many levels of nested encodings are decoded. Default 2.</summary>
    public int MaxDecodeDepth { get; set; } = 2;

    /// <summary>Gets or sets the most characters decoded from payloads per scan. Default 16384.</summary>
    public int MaxDecodedCharacters { get; set; } = 16384;

    /// <summary>Gets the options of the lexical model layer, which runs beside the rules. On by default.</summary>
    public LexicalModelOptions LexicalModel { get; } = new();

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public void Validate()
    {
        if (!(PromptThreshold > 0) || double.IsInfinity(PromptThreshold))
        {
            throw new ArgumentOutOfRangeException(nameof(PromptThreshold), PromptThreshold, "The threshold must be a positive finite number.");
        }

        if (!(UntrustedThreshold > 0) || double.IsInfinity(UntrustedThreshold))
        {
            throw new ArgumentOutOfRangeException(nameof(UntrustedThreshold), UntrustedThreshold, "The threshold must be a positive finite number.");
        }

        if (MaxDecodeDepth is < 0 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDecodeDepth), MaxDecodeDepth, "The depth must be between 0 and 4.");
        }

        if (MaxDecodedCharacters is < 0 or > 1_048_576)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDecodedCharacters), MaxDecodedCharacters, "The budget must be between 0 and 1048576.");
        }

        var errors = new OptionsValidationErrors(nameof(LexicalModel));
        LexicalModel.Validate(errors);
        if (errors.HasErrors)
        {
            throw new ArgumentOutOfRangeException(nameof(LexicalModel), string.Join(" ", errors.Errors));
        }
    }
}
