namespace Governance.AI.Tokenization;

/// <summary>
/// A counter that counts a message text by its string instance as well as by its characters: it may remember what it
/// learned of an instance (<see cref="TextDigests"/>), since a string never changes.
/// </summary>
internal interface IMessageTextCounter
{
    /// <summary>Counts a text; the same as <see cref="ITokenCounter.CountTokens(ReadOnlySpan{char})"/> of its characters.</summary>
    /// <param name="text">The text.</param>
    /// <param name="digests">This thread's remembered texts.</param>
    /// <returns>The number of tokens.</returns>
    int CountText(string text, TextDigests digests);
}
