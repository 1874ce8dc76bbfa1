namespace Governance.AI.Safety;

/// <summary>
/// Options of the similarity layer: prompts and untrusted content are embedded with the pipeline's
/// <c>IEmbeddingGenerator&lt;string, Embedding&lt;float&gt;&gt;</c> and compared with a bank of attack phrasings (override,
/// extraction, persona, forged authority, embedded instructions; English, German, Spanish, French). It runs beside the
/// heuristic rules; either layer reaching its own threshold is a detection, and the rule id says which
/// (<c>similarity.{family}</c>). Binds from <c>AiGovernance:Safety:Similarity</c>.
/// </summary>
public sealed class InjectionSimilarityOptions
{
    /// <summary>
    /// Gets or sets a value indicating whether the layer runs. Default <see langword="false"/>: with averaged word
    /// vectors it adds false positives at thresholds where it helps (see the safety README); turn it on with a
    /// sentence-embedding model calibrated on your traffic. When on, an embedding generator must be registered.
    /// </summary>
    public bool Enabled { get; set; }

    /// <summary>Gets or sets the cosine similarity to the nearest exemplar from which a user prompt is an attack. Default 0.94; calibrate it for your embedding model.</summary>
    public double PromptThreshold { get; set; } = 0.94;

    /// <summary>Gets or sets the cosine similarity from which a passage of untrusted content is an indirect injection. Default 0.90; calibrate it for your embedding model.</summary>
    public double UntrustedThreshold { get; set; } = 0.90;

    /// <summary>Gets or sets a value indicating whether the built-in exemplar bank is used. Default true.</summary>
    public bool UseBuiltInExemplars { get; set; } = true;

    /// <summary>
    /// Gets the application's own attack phrasings, added to the bank. Each is scored under its family
    /// (<c>similarity.{Family}</c>, so <see cref="SafetyOptions.RuleActions"/> can address it).
    /// </summary>
    public IList<InjectionExemplar> Exemplars { get; } = [];

    /// <summary>Gets or sets the most passages (sentences or lines, merged up to a few words each) one text is split into. Default 24.</summary>
    public int MaxPassages { get; set; } = 24;

    internal void Validate(OptionsValidationErrors errors)
    {
        errors.Require(PromptThreshold is > 0 and <= 1, nameof(PromptThreshold), $"must be a cosine similarity in (0, 1] (was {PromptThreshold}).");
        errors.Require(UntrustedThreshold is > 0 and <= 1, nameof(UntrustedThreshold), $"must be a cosine similarity in (0, 1] (was {UntrustedThreshold}).");
        errors.Require(MaxPassages is >= 1 and <= 256, nameof(MaxPassages), $"must be between 1 and 256 (was {MaxPassages}).");
        errors.Require(!Enabled || UseBuiltInExemplars || Exemplars.Count > 0, nameof(Exemplars), "must list at least one exemplar when the built-in bank is off.");
        for (var i = 0; i < Exemplars.Count; i++)
        {
            var exemplar = Exemplars[i];
            var at = errors.At(nameof(Exemplars)).At(i);
            if (exemplar is null)
            {
                at.Add(string.Empty, "must not be null.");
                continue;
            }

            at.Require(!string.IsNullOrEmpty(exemplar.Family) && exemplar.Family.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'), nameof(InjectionExemplar.Family), "must be lower-case letters, digits or '_'.");
            at.Require(!string.IsNullOrWhiteSpace(exemplar.Text), nameof(InjectionExemplar.Text), "must not be empty.");
        }
    }
}

/// <summary>One attack phrasing of the similarity layer's bank.</summary>
/// <param name="Family">The attack family, used in the rule id <c>similarity.{Family}</c>: for example <c>override</c>.</param>
/// <param name="Text">The phrasing, in general form (no product names, no payload).</param>
public sealed record InjectionExemplar(string Family, string Text);
