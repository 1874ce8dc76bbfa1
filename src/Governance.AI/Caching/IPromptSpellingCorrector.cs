namespace Governance.AI.Caching;

/// <summary>
/// Corrects misspelled words of a prompt before the semantic tier embeds and compares it, so that "recomend a
/// restaurant" can be served the answer to "recommend a restaurant". An embedding generator that knows its vocabulary
/// offers one through <c>GetService(typeof(IPromptSpellingCorrector))</c>; the cache uses it when present.
/// </summary>
/// <remarks>
/// A corrector must only change words it does not know into words it does, and must leave names, acronyms, numbers
/// and known words alone: the guard still compares the corrected prompts word by word, so a wrong correction turns a
/// hit into a miss only when it makes two different requests read alike.
/// </remarks>
public interface IPromptSpellingCorrector
{
    /// <summary>Returns the text with its misspelled words corrected, or the same instance when nothing changed.</summary>
    /// <param name="text">The prompt text.</param>
    /// <returns>The corrected text.</returns>
    string Correct(string text);
}
