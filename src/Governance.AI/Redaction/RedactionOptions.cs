namespace Governance.AI.Redaction;

/// <summary>Options of the redaction engine and of <see cref="RedactingChatClient"/>.</summary>
public sealed class RedactionOptions : IValidatableOptions
{
    /// <summary>The configuration section name under <c>AiGovernance</c>.</summary>
    public const string SectionName = "Redaction";

    /// <summary>Gets or sets the built-in recognizers that run. Default <see cref="BuiltInRecognizers.All"/>.</summary>
    public BuiltInRecognizers Recognizers { get; set; } = BuiltInRecognizers.All;

    /// <summary>Gets the user-defined recognizers (patterns and dictionaries). Code only.</summary>
    public IList<CustomRecognizer> CustomRecognizers { get; } = [];

    /// <summary>Gets or sets the confidence (after context words) a match needs to be redacted. Default 0.5.</summary>
    public double MinimumConfidence { get; set; } = 0.5;

    /// <summary>Gets or sets how much a context word near a match (for example "card" near a card number) adds to its
    /// confidence. Default 0.35. Matches with a confidence of 0.9 or more (e-mail, IBAN, secrets) are certain already
    /// and are not looked at for context.</summary>
    public double ContextBoost { get; set; } = 0.35;

    /// <summary>Gets or sets the largest text, in characters, that is scanned. A larger text is rejected with a
    /// <see cref="RedactionInputTooLargeException"/> (redaction fails closed: nothing unscanned is sent). Default 1,048,576.</summary>
    public int MaxInputLength { get; set; } = 1024 * 1024;

    /// <summary>Gets or sets the operator for types without an entry in <see cref="Policies"/>. Default <see cref="RedactionOperator.Placeholder"/>.</summary>
    public RedactionOperator DefaultOperator { get; set; } = RedactionOperator.Placeholder;

    /// <summary>Gets the per-type policies, by entity type (for example <c>CREDIT_CARD</c>).</summary>
    public IDictionary<string, EntityPolicy> Policies { get; } = new Dictionary<string, EntityPolicy>(StringComparer.Ordinal);

    /// <summary>Gets or sets the keys of <see cref="RedactionOperator.Pseudonymize"/>; required when that operator is used. Code only.</summary>
    public PseudonymKeyRing? KeyRing { get; set; }

    /// <summary>Gets or sets a value indicating whether user messages are redacted. Default <see langword="true"/>.
    /// Messages with roles other than user, system, tool and assistant (for example <c>developer</c>) are always redacted.</summary>
    public bool RedactUserMessages { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether system messages are redacted. Default <see langword="true"/>.</summary>
    public bool RedactSystemMessages { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether tool messages (function results) are redacted. Default <see langword="true"/>.</summary>
    public bool RedactToolMessages { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether assistant messages in the history are redacted. Default
    /// <see langword="true"/>: restored responses carry the caller's personal data back into the next turn's history.</summary>
    public bool RedactAssistantMessages { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether placeholders in the response are restored. Default <see langword="true"/>.</summary>
    public bool RestoreResponse { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether new sensitive values the model produced are redacted in the
    /// response (with the type's operator; <see cref="RedactionOperator.Block"/> acts as a placeholder there, and
    /// such placeholders are never restored). Default <see langword="true"/>.</summary>
    public bool RedactResponse { get; set; } = true;

    void IValidatableOptions.Validate(OptionsValidationErrors errors)
    {
        errors.RequireRange(MinimumConfidence, 0, 1, nameof(MinimumConfidence));
        errors.RequireRange(ContextBoost, 0, 1, nameof(ContextBoost));
        errors.Require(MaxInputLength > 0, nameof(MaxInputLength), $"must be positive (was {MaxInputLength}).");
        errors.Require((Recognizers & ~BuiltInRecognizers.All) == 0, nameof(Recognizers), "has unknown flags.");
        errors.Require(Enum.IsDefined(DefaultOperator), nameof(DefaultOperator), $"is not an operator (was {DefaultOperator}).");
        bool pseudonyms = DefaultOperator == RedactionOperator.Pseudonymize;
        OptionsValidationErrors policies = errors.At(nameof(Policies));
        foreach (KeyValuePair<string, EntityPolicy> entry in Policies)
        {
            OptionsValidationErrors at = policies.At(entry.Key);
            errors.Require(RedactionEntityTypes.IsValidName(entry.Key), nameof(Policies), $"'{entry.Key}' is not an entity type name (upper-case letters, digits, underscores).");
            if (entry.Value is null)
            {
                at.Add(string.Empty, "is null.");
                continue;
            }

            at.Require(Enum.IsDefined(entry.Value.Operator), nameof(EntityPolicy.Operator), $"is not an operator (was {entry.Value.Operator}).");
            at.Require(entry.Value.MaskKeepLast >= 0, nameof(EntityPolicy.MaskKeepLast), $"must not be negative (was {entry.Value.MaskKeepLast}).");
            at.Require(!char.IsLetterOrDigit(entry.Value.MaskCharacter) && !char.IsSurrogate(entry.Value.MaskCharacter), nameof(EntityPolicy.MaskCharacter), "must not be a letter, a digit or a surrogate.");
            pseudonyms |= entry.Value.Operator == RedactionOperator.Pseudonymize;
        }

        errors.Require(!pseudonyms || KeyRing is not null, nameof(KeyRing), "is required when an entity type uses the Pseudonymize operator.");
        for (int k = 0; k < CustomRecognizers.Count; k++)
        {
            errors.At(nameof(CustomRecognizers)).Require(CustomRecognizers[k] is not null, k.ToString(System.Globalization.CultureInfo.InvariantCulture), "is null.");
        }
    }
}
