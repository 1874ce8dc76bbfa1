namespace Governance.AI.Safety;

/// <summary>
/// Options of the lexical model layer: a logistic-regression classifier over hashed words, word pairs and character
/// grams and word stems of the folded text, trained on the repository's labelled injection sets and embedded in the package. It runs
/// beside the heuristic rules; either reaching its threshold is a detection, reported under the rule id
/// <c>injection.lexical_model</c>. On by default (see <see cref="Enabled"/>). Binds from <c>AiGovernance:Safety:LexicalModel</c>.
/// </summary>
public sealed class LexicalModelOptions
{
    /// <summary>The default <see cref="PromptThreshold"/>, chosen by leave-one-author-out cross-validation (see the safety README).</summary>
    public const double DefaultPromptThreshold = 0.765;

    /// <summary>The default <see cref="UntrustedThreshold"/>.</summary>
    public const double DefaultUntrustedThreshold = 0.680;

    /// <summary>The default <see cref="CorroborationThreshold"/>.</summary>
    public const double DefaultCorroborationThreshold = DefaultPromptThreshold;

    /// <summary>
    /// Gets or sets a value indicating whether the layer runs. Default <see langword="true"/>: on left-out authors it
    /// raises attacks caught from 51.4 % to 74.6 % for 0.5 points more benign flags (see the safety README for the
    /// numbers, per author and on held-out sets).
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Gets or sets the model probability from which a user prompt is an attack. Default <see cref="DefaultPromptThreshold"/>.</summary>
    public double PromptThreshold { get; set; } = DefaultPromptThreshold;

    /// <summary>
    /// Gets or sets the model probability from which untrusted content (tool results, retrieved documents) is an
    /// indirect injection; lower (stricter) than <see cref="PromptThreshold"/>. Default <see cref="DefaultUntrustedThreshold"/>.
    /// </summary>
    public double UntrustedThreshold { get; set; } = DefaultUntrustedThreshold;

    /// <summary>
    /// Gets or sets the model probability from which the model confirms weaker rule evidence: a user prompt whose rules
    /// score at least <see cref="InjectionScanResult.CorroboratedRuleShare"/> of the rule threshold (one rule of weight
    /// 0.6, or weaker rules of two groups side by side) and whose model probability reaches this value is an attack,
    /// reported under the rules' ids. For untrusted content the value is scaled like the threshold
    /// (× <see cref="UntrustedThreshold"/> / <see cref="PromptThreshold"/>). Default
    /// <see cref="DefaultCorroborationThreshold"/>, the default <see cref="PromptThreshold"/>, so corroboration acts only under a raised
    /// model threshold: under the session-13 model a hard negative of the tests ("start your answer with a one-line
    /// summary, then list the restrictions …") scores 0.779 with rule evidence (0.712 before, when 0.75 was the default; 0.759 after the follow-up); 1 turns corroboration off.
    /// </summary>
    public double CorroborationThreshold { get; set; } = DefaultCorroborationThreshold;

    internal void Validate(OptionsValidationErrors errors)
    {
        errors.Require(PromptThreshold is > 0 and < 1, nameof(PromptThreshold), $"must be a probability in (0, 1) (was {PromptThreshold}).");
        errors.Require(UntrustedThreshold is > 0 and < 1, nameof(UntrustedThreshold), $"must be a probability in (0, 1) (was {UntrustedThreshold}).");
        errors.Require(CorroborationThreshold is > 0 and <= 1, nameof(CorroborationThreshold), $"must be a probability in (0, 1], 1 for off (was {CorroborationThreshold}).");
        errors.Require(!(UntrustedThreshold > PromptThreshold), nameof(UntrustedThreshold), $"must not be above PromptThreshold: untrusted content is held to the stricter threshold (was {UntrustedThreshold} > {PromptThreshold}).");
    }

    internal void CopyTo(LexicalModelOptions target)
    {
        target.Enabled = Enabled;
        target.PromptThreshold = PromptThreshold;
        target.UntrustedThreshold = UntrustedThreshold;
        target.CorroborationThreshold = CorroborationThreshold;
    }
}
