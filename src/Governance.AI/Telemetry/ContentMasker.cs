using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Governance.AI.Telemetry;

/// <summary>
/// Masks text for audit excerpts so that no value can be read back: in every word, letters after the first become
/// <c>*</c>; every digit becomes <c>#</c>; other characters become <c>*</c> except whitespace, brackets, quotes and
/// sentence punctuation followed by a space (so <c>alice@contoso.com</c> becomes <c>a****************</c>).
/// The shape of the text (word lengths, punctuation) stays visible.
/// </summary>
public static class ContentMasker
{
    /// <summary>Masks text, truncated first to a maximum length (an ellipsis marks the cut).</summary>
    /// <param name="text">The text.</param>
    /// <param name="maxLength">The longest part of the text kept.</param>
    /// <returns>The masked text.</returns>
    public static string Mask(string? text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        int length = Math.Min(text.Length, maxLength);
        var masked = new StringBuilder(length + 1);
        bool inWord = false;
        for (int i = 0; i < length; i++)
        {
            char c = text[i];
            if (char.IsLetter(c))
            {
                masked.Append(inWord ? '*' : c);
                inWord = true;
            }
            else if (char.IsDigit(c))
            {
                masked.Append('#');
                inWord = true;
            }
            else if (c is ' ' or '\n' or '\t' or '(' or ')' or '"' ||
                (c is '.' or ',' or ';' or ':' or '!' or '?' or '\'' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]))))
            {
                // Whitespace, brackets and sentence punctuation (followed by a space or the end) end a word and stay.
                masked.Append(char.IsWhiteSpace(c) ? ' ' : c);
                inWord = false;
            }
            else
            {
                // Symbols inside values (@, -, _, /, +) would reveal their structure: mask them, and keep the word open.
                masked.Append('*');
                inWord = true;
            }
        }

        if (text.Length > maxLength)
        {
            masked.Append('…');
        }

        return masked.ToString();
    }

    /// <summary>
    /// Gets a stable pseudonym of an identifier: <c>u_</c> and 16 hex digits of HMAC-SHA256(key, id). Keyed, so that
    /// nobody without the key can recompute the pseudonym of a guessed id (an unkeyed hash of a user id can be
    /// reversed by hashing candidate ids).
    /// </summary>
    internal static string Pseudonymize(string id, byte[] key)
    {
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(id), mac);
        return "u_" + Convert.ToHexStringLower(mac[..8]);
    }

    /// <summary>Applies the user-id handling to a scope's <c>user:</c> segments.</summary>
    internal static string? ScopeForAudit(string? scope, UserIdHandling handling, byte[] key)
    {
        if (scope is null || handling == UserIdHandling.Plain)
        {
            return scope;
        }

        int at = scope.IndexOf("user:", StringComparison.OrdinalIgnoreCase);
        if (at < 0 || (at > 0 && (char.IsLetterOrDigit(scope[at - 1]) || scope[at - 1] == '_')))
        {
            return scope;
        }

        int start = at + "user:".Length;
        int end = scope.IndexOfAny(['/', '|', ',', ';'], start);
        if (end < 0)
        {
            end = scope.Length;
        }

        string id = scope[start..end];
        string replacement = handling == UserIdHandling.Omit ? "*" : Pseudonymize(id, key);
        return string.Create(CultureInfo.InvariantCulture, $"{scope[..start]}{replacement}{ScopeForAudit(scope[end..], handling, key)}");
    }
}
