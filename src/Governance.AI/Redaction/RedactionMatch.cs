namespace Governance.AI.Redaction;

/// <summary>A sensitive value found in a text: its type, where it is, and how sure the recognizer is.</summary>
/// <param name="EntityType">The entity type, for example <see cref="RedactionEntityTypes.Email"/>.</param>
/// <param name="Start">The index of the first character.</param>
/// <param name="Length">The number of characters.</param>
/// <param name="Confidence">The confidence in [0, 1], after context words were taken into account.</param>
/// <param name="IsSecret">Whether the value is a secret: secrets are never restored into a response.</param>
public readonly record struct RedactionMatch(string EntityType, int Start, int Length, double Confidence, bool IsSecret)
{
    /// <summary>Gets the index just past the last character.</summary>
    public int End => Start + Length;
}
