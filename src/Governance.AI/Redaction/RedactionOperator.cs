namespace Governance.AI.Redaction;

/// <summary>What happens to a sensitive value that was found.</summary>
public enum RedactionOperator
{
    /// <summary>Replaced by an indexed placeholder such as <c>&lt;EMAIL_1&gt;</c>; the same value gets the same
    /// placeholder within a request, and personal data (not secrets) is restored in the response.</summary>
    Placeholder,

    /// <summary>Letters and digits are replaced by a mask character except the last few; punctuation is kept.</summary>
    Mask,

    /// <summary>Replaced by a keyed HMAC-SHA256 pseudonym such as <c>&lt;EMAIL:k1:3f9a2c8d1e0b4a7c&gt;</c>: stable
    /// across calls for the same key, never restored.</summary>
    Pseudonymize,

    /// <summary>Removed from the text.</summary>
    Remove,

    /// <summary>The request is rejected with a <see cref="SensitiveDataBlockedException"/> naming the type (never the value).</summary>
    Block,
}

/// <summary>How one entity type is redacted.</summary>
public sealed class EntityPolicy
{
    /// <summary>Gets or sets the operator.</summary>
    public RedactionOperator Operator { get; set; } = RedactionOperator.Placeholder;

    /// <summary>Gets or sets how many trailing letters and digits <see cref="RedactionOperator.Mask"/> keeps. Default 4.</summary>
    public int MaskKeepLast { get; set; } = 4;

    /// <summary>Gets or sets the mask character. Default <c>*</c>.</summary>
    public char MaskCharacter { get; set; } = '*';
}
