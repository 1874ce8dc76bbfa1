using System.Globalization;

namespace Governance.AI.Redaction;

/// <summary>A text is larger than <see cref="RedactionOptions.MaxInputLength"/>, so it cannot be scanned and is not sent.</summary>
public sealed class RedactionInputTooLargeException : GovernanceException
{
    /// <summary>Initializes a new instance of the <see cref="RedactionInputTooLargeException"/> class.</summary>
    /// <param name="length">The text's length in characters.</param>
    /// <param name="maxLength">The configured maximum.</param>
    public RedactionInputTooLargeException(int length, int maxLength)
        : base(
            GovernanceReasonCodes.RequestTooLarge,
            GovernancePolicyNames.Redaction,
            string.Format(CultureInfo.InvariantCulture, "A text of {0} characters exceeds the redaction limit of {1} characters.", length, maxLength))
    {
        Length = length;
        MaxLength = maxLength;
    }

    /// <summary>Gets the text's length in characters.</summary>
    public int Length { get; }

    /// <summary>Gets the configured maximum.</summary>
    public int MaxLength { get; }

    /// <inheritdoc />
    public override int StatusCode => 413;
}
