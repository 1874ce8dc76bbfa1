using System.Collections.Frozen;

namespace Governance.AI.Redaction;

/// <summary>Vendor tokens with a distinctive prefix: GitLab, Google OAuth client secrets, PyPI, npm, Hugging Face,
/// SendGrid, Microsoft Entra ID client secrets.
/// Each is tried only at its prefix's trigger character, after a check of the few characters before it.</summary>
internal static partial class BuiltInScanner
{
    private const double VendorTokenConfidence = 0.95;
    private const int GitLabMinBody = 20;
    private const int GoogleClientSecretBody = 28;
    private const int NpmTokenBody = 36;
    private const int HuggingFaceMinBody = 30;
    private const int HuggingFaceMaxBody = 40;
    private const int SendGridIdLength = 22;
    private const int SendGridSecretLength = 43;
    private const int PyPiMinBody = 50;
    private const int EntraSecretMinBody = 31;
    private const int EntraSecretMaxBody = 34;

    /// <summary>At a <c>-</c>: GitLab's <c>gl…-</c> tokens (<c>glpat-</c>, <c>gldt-</c>, <c>glrt-</c>, <c>glptt-</c>,
    /// <c>glft-</c>, <c>glsoat-</c>, …; routable tokens carry <c>.</c>-separated parts), <c>GOCSPX-</c> client secrets and
    /// PyPI tokens (<c>pypi-</c> and a macaroon, whose base64url starts with <c>AgE</c>).</summary>
    private static bool TryDashVendorToken(ReadOnlySpan<char> text, int i, BuiltInRecognizers enabled, out RedactionMatch m)
    {
        m = default;
        if (Has(enabled, BuiltInRecognizers.GitLabToken) && TryGitLabToken(text, i, out m))
        {
            return true;
        }

        if (Has(enabled, BuiltInRecognizers.GoogleClientSecret) && i >= 6 && text[i - 6] == 'G' &&
            text.Slice(i - 6, 6).SequenceEqual("GOCSPX") && IsSecretLeftBoundary(text, i - 6))
        {
            int e = TokenRun(text, i + 1, allowDash: true, allowUnderscore: true);
            if (e - (i + 1) is >= GoogleClientSecretBody - 4 and <= GoogleClientSecretBody + 8 && HasDigitAndLetter(text[(i + 1)..e]))
            {
                m = Match(RedactionEntityTypes.GoogleClientSecret, i - 6, e, VendorTokenConfidence, secret: true);
                return true;
            }
        }

        if (Has(enabled, BuiltInRecognizers.PyPiToken) && i >= 4 && text[i - 4] == 'p' && text.Slice(i - 4, 4).SequenceEqual("pypi") &&
            text[(i + 1)..].StartsWith("AgE", StringComparison.Ordinal) && IsSecretLeftBoundary(text, i - 4))
        {
            int e = TokenRun(text, i + 1, allowDash: true, allowUnderscore: true);
            if (e - (i + 1) >= PyPiMinBody)
            {
                m = Match(RedactionEntityTypes.PyPiToken, i - 4, e, VendorTokenConfidence, secret: true);
                return true;
            }
        }

        return false;
    }

    private static bool TryGitLabToken(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        int k = 0;
        while (k < 7 && i - k - 1 >= 0 && text[i - k - 1] is >= 'a' and <= 'z')
        {
            k++;
        }

        int s = i - k;
        if (k < 4 || text[s] != 'g' || text[s + 1] != 'l' || !GitLabPrefixes.Contains(text[s..i]) || !IsSecretLeftBoundary(text, s))
        {
            return false;
        }

        // Most bodies are random base64url; OAuth application secrets and pipeline trigger tokens are hex (64 and 40 digits).
        int e = TokenRun(text, i + 1, allowDash: true, allowUnderscore: true);
        ReadOnlySpan<char> body = text[(i + 1)..e];
        if (body.Length < GitLabMinBody || !(HasBothCases(body) || (body.Length >= 40 && IsSingleCaseHexWithLetter(body) && body.ContainsAnyInRange('0', '9'))) ||
            IsFillerBody(body))
        {
            return false;
        }

        // Routable tokens: "glpat-<payload>.<version>.<crc>".
        while (e + 1 < text.Length && text[e] == '.' && IsAsciiAlnum(text[e + 1]))
        {
            e = TokenRun(text, e + 1, allowDash: true, allowUnderscore: true);
        }

        m = Match(RedactionEntityTypes.GitLabToken, s, e, VendorTokenConfidence, secret: true);
        return true;
    }

    /// <summary>GitLab's token prefixes (personal, deploy, runner, pipeline trigger, feed, OAuth application secret,
    /// CI build, incoming mail, SCIM, feature-flag client, Kubernetes agent).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GitLabPrefixes =
        FrozenSet.ToFrozenSet(["glpat", "gldt", "glrt", "glptt", "glft", "gloas", "glcbt", "glimt", "glsoat", "glffct", "glagent"], StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>At a <c>G</c>: a GitLab runner registration token of the kind GitLab issued before runner authentication
    /// tokens, <c>GR1348941</c> then 20 or more base64url characters.</summary>
    private static bool TryGitLabRunnerRegistrationToken(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        const string Prefix = "GR1348941";
        if (!text[i..].StartsWith(Prefix, StringComparison.Ordinal) || !IsSecretLeftBoundary(text, i))
        {
            return false;
        }

        int e = TokenRun(text, i + Prefix.Length, allowDash: true, allowUnderscore: true);
        ReadOnlySpan<char> body = text[(i + Prefix.Length)..e];
        if (body.Length < GitLabMinBody || !HasBothCases(body) || IsFillerBody(body))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.GitLabToken, i, e, VendorTokenConfidence, secret: true);
        return true;
    }

    /// <summary>At a <c>_</c>: npm tokens (<c>npm_</c> + 36 alphanumerics, or 32–40 of both cases) and Hugging Face tokens (<c>hf_</c> + 34
    /// letters of both cases).</summary>
    private static bool TryUnderscoreVendorToken(ReadOnlySpan<char> text, int i, BuiltInRecognizers enabled, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        if (Has(enabled, BuiltInRecognizers.NpmToken) && i >= 3 && text[i - 3] == 'n' && text[i - 2] == 'p' && text[i - 1] == 'm' &&
            IsSecretLeftBoundary(text, i - 3))
        {
            int e = TokenRun(text, i + 1, allowDash: false, allowUnderscore: false);
            // Tokens pasted into tickets are often a few characters off the documented 36; within four of it, the body must
            // then mix cases and digits as generated ones do.
            int body = e - (i + 1);
            if (!IsTokenChar(e < n ? text[e] : ' ') && HasDigitAndLetter(text[(i + 1)..e]) &&
                (body == NpmTokenBody || (body is >= NpmTokenBody - 4 and <= NpmTokenBody + 4 && HasBothCases(text[(i + 1)..e]) && !IsFillerBody(text[(i + 1)..e]))))
            {
                m = Match(RedactionEntityTypes.NpmToken, i - 3, e, VendorTokenConfidence, secret: true);
                return true;
            }
        }

        // Hugging Face organization tokens carry "api_org_" instead of "hf_".
        int hf = i >= 2 && text[i - 2] == 'h' && text[i - 1] == 'f' ? i - 2 : i >= 7 && text.Slice(i - 7, 7).SequenceEqual("api_org") ? i - 7 : -1;
        if (Has(enabled, BuiltInRecognizers.HuggingFaceToken) && hf >= 0 && IsSecretLeftBoundary(text, hf))
        {
            int e = TokenRun(text, i + 1, allowDash: false, allowUnderscore: false);
            if (e - (i + 1) is >= HuggingFaceMinBody and <= HuggingFaceMaxBody && !IsTokenChar(e < n ? text[e] : ' ') &&
                HasBothCases(text[(i + 1)..e]))
            {
                m = Match(RedactionEntityTypes.HuggingFaceToken, hf, e, VendorTokenConfidence, secret: true);
                return true;
            }
        }

        return false;
    }

    /// <summary>At the <c>G</c> of <c>SG.</c>: a SendGrid key, <c>SG.</c> + 22 base64url characters + <c>.</c> + 43 (or up
    /// to eight characters off the first part and six off the second, shortened in examples, when each part mixes letters
    /// and digits).</summary>
    private static bool TrySendGridKey(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        int s = i - 1;
        if (s < 0 || text[s] != 'S' || i + 1 >= n || text[i + 1] != '.' || !IsSecretLeftBoundary(text, s))
        {
            return false;
        }

        int id = i + 2;
        int idEnd = TokenRun(text, id, allowDash: true, allowUnderscore: true);
        if (idEnd - id is < SendGridIdLength - 8 or > SendGridIdLength + 8 || idEnd >= n || text[idEnd] != '.')
        {
            return false;
        }

        // Keys pasted into examples and tickets are often a character or two off the documented 22 + 43; within a few
        // characters of them, both parts must then mix letters and digits, as generated ones do.
        int e = TokenRun(text, idEnd + 1, allowDash: true, allowUnderscore: true);
        int secretLength = e - (idEnd + 1);
        bool exact = idEnd - id == SendGridIdLength && secretLength == SendGridSecretLength;
        if (secretLength == 0 || IsFillerBody(text[(idEnd + 1)..e]) || (!exact && (secretLength is < SendGridSecretLength - 6 or > SendGridSecretLength + 6 ||
            !HasDigitAndLetter(text[id..idEnd]) || !HasDigitAndLetter(text[(idEnd + 1)..e]))))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.SendGridKey, s, e, VendorTokenConfidence, secret: true);
        return true;
    }

    /// <summary>At the <c>~</c> of a Microsoft Entra ID client secret: three characters, a digit, <c>Q~</c>, then 31 to 34
    /// characters of letters, digits, <c>_</c>, <c>-</c>, <c>.</c> and <c>~</c> ("abc8Q~…", 40 characters in all).</summary>
    private static bool TryEntraClientSecret(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        int s = i - 5;
        if (s < 0 || text[i - 1] != 'Q' || !IsDigit(text[i - 2]) || !IsSecretLeftBoundary(text, s) ||
            !IsEntraSecretChar(text[s]) || !IsEntraSecretChar(text[s + 1]) || !IsEntraSecretChar(text[s + 2]))
        {
            return false;
        }

        int e = i + 1;
        while (e < text.Length && e - i <= EntraSecretMaxBody + 1 && IsEntraSecretChar(text[e]))
        {
            e++;
        }

        // A sentence's full stop is not part of the secret.
        while (text[e - 1] == '.')
        {
            e--;
        }

        if (e - (i + 1) is < EntraSecretMinBody or > EntraSecretMaxBody || (e < text.Length && IsEntraSecretChar(text[e]) && text[e] != '.') ||
            !HasDigitAndLetter(text[(i + 1)..e]))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.AzureKey, s, e, VendorTokenConfidence, secret: true);
        return true;
    }

    private static bool IsEntraSecretChar(char c) => IsAsciiAlnum(c) || c is '_' or '-' or '.' or '~';

    /// <summary>Whether a vendor key's random part is a filler that documentation uses ("ghp_XXXX…", "sk_live_0000…",
    /// a Telegram "AAxxxx…"): only mask characters, or one character (its first or last) making up four fifths of it, which
    /// a random body never does.</summary>
    private static bool IsFillerBody(ReadOnlySpan<char> body) =>
        body.IndexOfAnyExcept(MaskChars) < 0 || body.Count(body[0]) * 5 >= body.Length * 4 || body.Count(body[^1]) * 5 >= body.Length * 4;

    private static bool HasBothCases(ReadOnlySpan<char> token) =>
        token.ContainsAnyInRange('A', 'Z') && token.ContainsAnyInRange('a', 'z');
}
