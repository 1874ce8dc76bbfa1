using System.Text;
using System.Text.RegularExpressions;

namespace Governance.AI.Redaction;

/// <summary>
/// A user-defined recognizer: a regular expression or a dictionary of terms, with an optional validator and context
/// words. Matching is linear-time: patterns run on the <see cref="RegexOptions.NonBacktracking"/> engine.
/// </summary>
public sealed class CustomRecognizer
{
    private CustomRecognizer(string entityType, Regex regex, double confidence, Func<string, bool>? validator, bool isSecret, IReadOnlyList<string>? contextWords)
    {
        if (!RedactionEntityTypes.IsValidName(entityType))
        {
            throw new ArgumentException("An entity type is upper-case letters, digits and underscores, starting with a letter (at most 40 characters).", nameof(entityType));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(confidence, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(confidence, 1.0);
        EntityType = entityType;
        Regex = regex;
        Confidence = confidence;
        Validator = validator;
        IsSecret = isSecret;
        ContextWords = contextWords is null ? [] : [.. contextWords];
    }

    /// <summary>Gets the entity type the recognizer reports.</summary>
    public string EntityType { get; }

    /// <summary>Gets the base confidence of a match.</summary>
    public double Confidence { get; }

    /// <summary>Gets a value indicating whether matches are secrets (never restored into a response).</summary>
    public bool IsSecret { get; }

    /// <summary>Gets the words that, near a match, raise its confidence.</summary>
    public IReadOnlyList<string> ContextWords { get; }

    internal Regex Regex { get; }

    internal Func<string, bool>? Validator { get; }

    /// <summary>Creates a recognizer from a regular-expression pattern, compiled for the non-backtracking engine.</summary>
    /// <param name="entityType">The entity type, for example <c>ACCOUNT_ID</c>.</param>
    /// <param name="pattern">The pattern. Constructs the non-backtracking engine does not support (backreferences,
    /// lookarounds, atomic groups) are rejected with an <see cref="NotSupportedException"/>.</param>
    /// <param name="confidence">The base confidence of a match.</param>
    /// <param name="validator">An optional check of a matched value (for example a checksum); a match it rejects is dropped.</param>
    /// <param name="isSecret">Whether matches are secrets.</param>
    /// <param name="contextWords">Words that, near a match, raise its confidence.</param>
    /// <param name="ignoreCase">Whether the pattern ignores case.</param>
    /// <returns>The recognizer.</returns>
    public static CustomRecognizer FromPattern(
        string entityType,
        string pattern,
        double confidence = 0.8,
        Func<string, bool>? validator = null,
        bool isSecret = false,
        IReadOnlyList<string>? contextWords = null,
        bool ignoreCase = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        RegexOptions options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        return new CustomRecognizer(entityType, new Regex(pattern, options), confidence, validator, isSecret, contextWords);
    }

    /// <summary>Creates a recognizer from an existing regular expression, for example a source-generated one.</summary>
    /// <param name="entityType">The entity type.</param>
    /// <param name="regex">The expression; it must use <see cref="RegexOptions.NonBacktracking"/> so matching stays linear.</param>
    /// <param name="confidence">The base confidence of a match.</param>
    /// <param name="validator">An optional check of a matched value.</param>
    /// <param name="isSecret">Whether matches are secrets.</param>
    /// <param name="contextWords">Words that, near a match, raise its confidence.</param>
    /// <returns>The recognizer.</returns>
    /// <exception cref="ArgumentException">The expression does not use the non-backtracking engine.</exception>
    public static CustomRecognizer FromRegex(
        string entityType,
        Regex regex,
        double confidence = 0.8,
        Func<string, bool>? validator = null,
        bool isSecret = false,
        IReadOnlyList<string>? contextWords = null)
    {
        ArgumentNullException.ThrowIfNull(regex);
        if ((regex.Options & RegexOptions.NonBacktracking) == 0)
        {
            throw new ArgumentException("The expression must use RegexOptions.NonBacktracking so that matching is linear in the input.", nameof(regex));
        }

        return new CustomRecognizer(entityType, regex, confidence, validator, isSecret, contextWords);
    }

    /// <summary>Creates a recognizer that finds whole-word occurrences of any of a list of terms.</summary>
    /// <param name="entityType">The entity type, for example <c>PROJECT_CODENAME</c>.</param>
    /// <param name="terms">The terms; empty and blank terms are ignored.</param>
    /// <param name="ignoreCase">Whether matching ignores case.</param>
    /// <param name="confidence">The base confidence of a match.</param>
    /// <param name="validator">An optional check of a matched value.</param>
    /// <param name="isSecret">Whether matches are secrets.</param>
    /// <returns>The recognizer.</returns>
    public static CustomRecognizer FromDictionary(
        string entityType,
        IEnumerable<string> terms,
        bool ignoreCase = true,
        double confidence = 0.9,
        Func<string, bool>? validator = null,
        bool isSecret = false)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var pattern = new StringBuilder();
        foreach (string term in terms.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.Ordinal).OrderByDescending(t => t.Length))
        {
            if (pattern.Length > 0)
            {
                pattern.Append('|');
            }

            // Word boundaries only on sides where the term itself begins or ends with a word character.
            pattern.Append(IsWord(term[0]) ? @"\b" : string.Empty)
                .Append(Regex.Escape(term))
                .Append(IsWord(term[^1]) ? @"\b" : string.Empty);
        }

        if (pattern.Length == 0)
        {
            throw new ArgumentException("The dictionary has no terms.", nameof(terms));
        }

        return FromPattern(entityType, pattern.ToString(), confidence, validator, isSecret, contextWords: null, ignoreCase);
    }

    private static bool IsWord(char c) => char.IsLetterOrDigit(c) || c == '_';
}
