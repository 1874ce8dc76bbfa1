namespace Governance.AI.Redaction;

/// <summary>Developer-platform tokens with a documented prefix, reported as <see cref="RedactionEntityTypes.Credential"/>:
/// Groq (<c>gsk_</c>), Docker Hub (<c>dckr_pat_</c>, <c>dckr_oat_</c>), Sentry (<c>sntrys_</c>, <c>sntryu_</c>), Shopify
/// (<c>shpat_ shpca_ shppa_ shpss_</c> + 32 hex), Grafana (<c>glsa_</c>, <c>glc_</c>), PlanetScale (<c>pscale_tkn_</c>,
/// <c>pscale_pw_</c>, <c>pscale_oauth_</c>), Braintree (<c>access_token$production$…</c>), Postman (<c>PMAK-</c>), New
/// Relic (<c>NRAK-</c>, <c>NRII-</c>), Okta (after the <c>SSWS</c> scheme), Square (<c>sq0atp-</c>, <c>sq0csp-</c>, <c>EAAA</c>), NuGet (<c>oy2</c> + 43),
/// Firebase Cloud Messaging server keys (<c>AAAA…:APA91b…</c>), HashiCorp Vault (<c>hvs. hvb. hvr.</c>), Terraform Cloud
/// (<c>….atlasv1.…</c>) and Mapbox (<c>sk.eyJ1…</c>, <c>pk.eyJ1…</c>) tokens.</summary>
internal static partial class BuiltInScanner
{
    private const int ServiceTokenMinBody = 20;
    private const int NuGetKeyBody = 43;
    private const int ShopifyBody = 32;
    private const int SentryUserBody = 64;

    /// <summary>At a <c>_</c>: a token whose first segment is a known prefix ("gsk", "dckr_pat", "shpat", …).</summary>
    private static bool TryUnderscoreServiceToken(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        int s = i;
        while (s > 0 && i - s < 7 && IsAsciiLetter(text[s - 1]))
        {
            s--;
        }

        if (i - s < 3 || !IsSecretLeftBoundary(text, s))
        {
            return false;
        }

        ReadOnlySpan<char> prefix = text[s..i];
        ReadOnlySpan<char> rest = text[(i + 1)..];
        return prefix switch
        {
            "gsk" => TryServiceTokenBody(text, s, i + 1, 40, hexOnly: false, out m),
            "dckr" when rest.StartsWith("pat_", StringComparison.Ordinal) || rest.StartsWith("oat_", StringComparison.Ordinal) =>
                TryServiceTokenBody(text, s, i + 5, ServiceTokenMinBody, hexOnly: false, out m),
            "sntrys" => TryServiceTokenBody(text, s, i + 1, 60, hexOnly: false, out m),
            "sntryu" => TryServiceTokenBody(text, s, i + 1, SentryUserBody, hexOnly: true, out m),
            "shpat" or "shpca" or "shppa" or "shpss" => TryServiceTokenBody(text, s, i + 1, ShopifyBody, hexOnly: true, out m),
            "glsa" or "glc" => TryServiceTokenBody(text, s, i + 1, 32, hexOnly: false, out m),
            "pscale" when rest.StartsWith("tkn_", StringComparison.Ordinal) || rest.StartsWith("pw_", StringComparison.Ordinal) ||
                          rest.StartsWith("oauth_", StringComparison.Ordinal) =>
                TryServiceTokenBody(text, s, i + 1 + rest.IndexOf('_') + 1, 32, hexOnly: false, out m),
            "access" => TryBraintreeToken(text, s, i + 1, out m),
            _ => false,
        };
    }

    /// <summary>At a <c>-</c>: Postman (<c>PMAK-</c> + 24 hex + <c>-</c> + 34 hex) and New Relic (<c>NRAK-</c>,
    /// <c>NRII-</c>) keys.</summary>
    private static bool TryDashServiceToken(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        if (i < 4 || !IsSecretLeftBoundary(text, i - 4))
        {
            return false;
        }

        ReadOnlySpan<char> prefix = text.Slice(i - 4, 4);
        return prefix is "PMAK" or "NRAK" or "NRII" && TryServiceTokenBody(text, i - 4, i + 1, prefix is "NRAK" ? 27 : 32, hexOnly: false, out m);
    }

    /// <summary>At a digit: NuGet API keys (<c>oy2</c> + 43 lower-case letters and digits), Okta API tokens after
    /// <c>SSWS</c>, Square OAuth tokens
    /// (<c>sq0atp-</c>, <c>sq0csp-</c>) and, inside a token, the dotted prefixes of <see cref="TryDottedServiceToken"/>.</summary>
    private static bool TryDigitServiceToken(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        char c = text[i];
        if (c == '2' && i >= 2 && text[i - 2] == 'o' && text[i - 1] == 'y' && IsSecretLeftBoundary(text, i - 2))
        {
            int e = i + 1;
            while (e < text.Length && e - (i + 1) <= NuGetKeyBody && (IsDigit(text[e]) || text[e] is >= 'a' and <= 'z'))
            {
                e++;
            }

            if (e - (i + 1) != NuGetKeyBody || (e < text.Length && IsTokenChar(text[e])) || !HasDigitAndLetter(text[(i + 1)..e]))
            {
                return false;
            }

            m = Match(RedactionEntityTypes.Credential, i - 2, e, VendorTokenConfidence, secret: true);
            return true;
        }

        // Okta API tokens ("00" + 40) after their authorization scheme, "SSWS ".
        if (c == '0' && i >= 5 && text.Slice(i - 5, 5) is "SSWS ")
        {
            return TryServiceTokenBody(text, i, i, 40, hexOnly: false, out m);
        }

        if (c == '0' && i >= 2 && text[i - 2] == 's' && text[i - 1] == 'q' && IsSecretLeftBoundary(text, i - 2) &&
            (text[(i + 1)..].StartsWith("atp-", StringComparison.Ordinal) || text[(i + 1)..].StartsWith("csp-", StringComparison.Ordinal)))
        {
            return TryServiceTokenBody(text, i - 2, i + 5, 22, hexOnly: false, out m);
        }

        return i > 0 && (IsTokenChar(text[i - 1]) || text[i - 1] == '.') && TryDottedServiceToken(text, i, out m);
    }

    /// <summary>At an <c>A</c>: a Square access token, <c>EAAA</c> + 60 base64url characters.</summary>
    private static bool TrySquareAccessToken(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        return i >= 1 && text[i - 1] == 'E' && IsSecretLeftBoundary(text, i - 1) && text[i..].StartsWith("AAA", StringComparison.Ordinal) &&
            TryServiceTokenBody(text, i - 1, i + 3, 56, hexOnly: false, out m);
    }

    /// <summary>At a <c>:</c>: a Firebase Cloud Messaging server key, <c>AAAA</c> + 7 characters, <c>:APA91b</c>, then
    /// 40 or more base64url characters (generated keys carry about 134; the two prefixes alone are distinctive, and keys
    /// quoted in tickets and examples are often shortened).</summary>
    private static bool TryFirebaseServerKey(ReadOnlySpan<char> text, int colon, out RedactionMatch m)
    {
        m = default;
        int s = colon - 11;
        return s >= 0 && text[(colon + 1)..].StartsWith("APA91b", StringComparison.Ordinal) && text.Slice(s, 4) is "AAAA" &&
            IsSecretLeftBoundary(text, s) && TokenRun(text, s, allowDash: true, allowUnderscore: true) == colon &&
            TryServiceTokenBody(text, s, colon + 7, 40, hexOnly: false, out m);
    }

    /// <summary>Braintree access tokens: "access_token$production$" or "access_token$sandbox$", 16 characters, <c>$</c>,
    /// 32 hex digits.</summary>
    private static bool TryBraintreeToken(ReadOnlySpan<char> text, int s, int afterUnderscore, out RedactionMatch m)
    {
        m = default;
        ReadOnlySpan<char> rest = text[afterUnderscore..];
        int environment = rest.StartsWith("token$production$", StringComparison.Ordinal) ? 17
            : rest.StartsWith("token$sandbox$", StringComparison.Ordinal) ? 14 : 0;
        if (environment == 0)
        {
            return false;
        }

        int id = afterUnderscore + environment;
        int idEnd = TokenRun(text, id, allowDash: false, allowUnderscore: false);
        if (idEnd - id != 16 || idEnd >= text.Length || text[idEnd] != '$')
        {
            return false;
        }

        return TryServiceTokenBody(text, s, idEnd + 1, 32, hexOnly: true, out m);
    }

    /// <summary>At a digit, vendor tokens whose prefix holds a dot: Mapbox (<c>sk.eyJ1…</c>, <c>pk.eyJ1…</c>) and
    /// Terraform Cloud (14 characters, <c>.atlasv1.</c>, 60 or more; 50 are accepted, as tokens pasted into tickets are
    /// often cut, and the infix is no word) at the prefix's "1"; HashiCorp Vault
    /// (<c>hvs.</c>, <c>hvb.</c>, <c>hvr.</c> + 24 or more) at a digit within the body's first 24 characters.</summary>
    private const int TerraformMinBody = 50;

    private static bool TryDottedServiceToken(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        if (text[i] == '1' && i >= 6 && text[i - 6] is 's' or 'p' && text.Slice(i - 5, 5) is "k.eyJ" && IsSecretLeftBoundary(text, i - 6))
        {
            int first = TokenRun(text, i - 3, allowDash: true, allowUnderscore: true);
            return first - (i - 3) >= 20 && first < n && text[first] == '.' && TryServiceTokenBody(text, i - 6, first + 1, 20, hexOnly: false, out m);
        }

        if (text[i] == '1' && i >= 22 && i + 1 < n && text[i + 1] == '.' && text.Slice(i - 7, 7) is ".atlasv")
        {
            int s = i - 21;
            return TokenRun(text, s, allowDash: false, allowUnderscore: false) == i - 7 && IsSecretLeftBoundary(text, s) &&
                TryServiceTokenBody(text, s, i + 2, TerraformMinBody, hexOnly: false, out m);
        }

        // Only the token's first digit looks back: a digit on the way means an earlier digit already looked, which keeps
        // the cost per token proportional to its length.
        int start = i;
        while (start > 0 && i - start < 24 && IsTokenChar(text[start - 1]))
        {
            if (IsDigit(text[start - 1]))
            {
                return false;
            }

            start--;
        }

        return start >= 4 && text[start - 1] == '.' && text[start - 4] == 'h' && text[start - 3] == 'v' && text[start - 2] is 's' or 'b' or 'r' &&
            IsSecretLeftBoundary(text, start - 4) && TryServiceTokenBody(text, start - 4, start, 24, hexOnly: false, out m);
    }

    /// <summary>A token from <paramref name="s"/> whose body (base64url from <paramref name="body"/>) has at least
    /// <paramref name="minBody"/> characters, is not filler, holds a letter and a digit and, when it holds an underscore,
    /// mixes cases (a single-case body with underscores is an identifier) (or, when
    /// <paramref name="hexOnly"/>, is exactly that many single-case hex digits with a letter and a digit).</summary>
    private static bool TryServiceTokenBody(ReadOnlySpan<char> text, int s, int body, int minBody, bool hexOnly, out RedactionMatch m)
    {
        m = default;
        if (body > text.Length)
        {
            return false;
        }

        int e = TokenRun(text, body, allowDash: !hexOnly, allowUnderscore: !hexOnly);
        ReadOnlySpan<char> token = text[body..e];
        bool valid = hexOnly
            ? token.Length == minBody && IsSingleCaseHexWithLetter(token) && token.ContainsAnyInRange('0', '9')
            : token.Length >= minBody && !IsFillerBody(token) && HasDigitAndLetter(token) && (HasBothCases(token) || !token.Contains('_'));
        if (!valid || (e < text.Length && IsTokenChar(text[e])))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Credential, s, e, VendorTokenConfidence, secret: true);
        return true;
    }
}
