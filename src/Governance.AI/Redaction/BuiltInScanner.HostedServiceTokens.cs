namespace Governance.AI.Redaction;

/// <summary>Hosted services' tokens with a documented prefix, reported as <see cref="RedactionEntityTypes.Credential"/>:
/// SonarQube (<c>squ_ sqp_ sqa_</c> + 40 hex), PostHog personal keys (<c>phx_</c>), Typeform (<c>tfp_</c>), Render
/// (<c>rnd_</c>), Fly.io (<c>fo1_</c>), 1Password service accounts (<c>ops_eyJ</c>…), Razorpay (<c>rzp_live_</c>,
/// <c>rzp_test_</c>), ElevenLabs (<c>sk_</c> + 48 hex), Tavily (<c>tvly-</c>), Flutterwave (<c>FLWSECK-</c>,
/// <c>FLWSECK_TEST-</c>), Octopus Deploy (<c>API-</c> + 25–27 upper-case letters and digits), LaunchDarkly SDK keys
/// (<c>sdk-</c> + UUID), HubSpot private apps (<c>pat-na1-</c> + UUID), Plaid access tokens (<c>access-production-</c> +
/// UUID), Mailgun's current API keys (32 hex <c>-</c> 8 hex <c>-</c> 8 hex), JFrog (<c>AKCp</c> + 60 or more) and Meta
/// Graph API access tokens (<c>EAA</c> + 90 or more).</summary>
/// <remarks>Each needs its body's alphabet and length, a letter and a digit, and no filler; a bare UUID (an id) never counts,
/// only after its vendor's prefix.</remarks>
internal static partial class BuiltInScanner
{
    private const int UuidLength = 36;
    private const int MailgunSigningPart = 8;

    /// <summary>At a <c>_</c>: a token whose prefix is one of this file's underscore prefixes.</summary>
    private static bool TryUnderscoreHostedToken(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        if (i >= 3 && text[i - 3] == 'f' && text[i - 2] == 'o' && text[i - 1] == '1' && IsSecretLeftBoundary(text, i - 3))
        {
            return TryServiceTokenBody(text, i - 3, i + 1, 40, hexOnly: false, out m);
        }

        if (i >= 2 && text[i - 2] == 's' && text[i - 1] == 'k' && IsSecretLeftBoundary(text, i - 2))
        {
            return TryServiceTokenBody(text, i - 2, i + 1, 48, hexOnly: true, out m);
        }

        ReadOnlySpan<char> prefix = PrefixBefore(text, i);
        int s = i - prefix.Length;
        ReadOnlySpan<char> rest = text[(i + 1)..];
        return prefix switch
        {
            "squ" or "sqp" or "sqa" => TryServiceTokenBody(text, s, i + 1, 40, hexOnly: true, out m),
            "phx" or "tfp" => TryServiceTokenBody(text, s, i + 1, 40, hexOnly: false, out m),
            "rnd" => TryServiceTokenBody(text, s, i + 1, 30, hexOnly: false, out m),
            "ops" when rest.StartsWith("eyJ", StringComparison.Ordinal) => TryServiceTokenBody(text, s, i + 1, 100, hexOnly: false, out m),
            "rzp" when rest.StartsWith("live_", StringComparison.Ordinal) || rest.StartsWith("test_", StringComparison.Ordinal) =>
                TryServiceTokenBody(text, s, i + 6, 14, hexOnly: false, out m),
            _ => false,
        };
    }

    /// <summary>At a <c>-</c>: a token whose first segment is one of this file's dash prefixes, or a Mailgun key's first dash.</summary>
    private static bool TryDashHostedToken(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        if (i >= HexServiceKeyLength && IsHex(text[i - 1]) && TryMailgunApiKey(text, i, out m))
        {
            return true;
        }

        ReadOnlySpan<char> prefix = PrefixBefore(text, i);
        int s = i - prefix.Length;
        ReadOnlySpan<char> rest = text[(i + 1)..];
        return prefix switch
        {
            "tvly" => TryServiceTokenBody(text, s, i + 1, 30, hexOnly: false, out m),
            "FLWSECK" => TryServiceTokenBody(text, s, i + 1, 32, hexOnly: false, out m),
            "TEST" when s >= 8 && text.Slice(s - 8, 8).SequenceEqual("FLWSECK_") && IsSecretLeftBoundary(text, s - 8) =>
                TryServiceTokenBody(text, s - 8, i + 1, 32, hexOnly: false, out m),
            "API" => TryOctopusApiKey(text, s, i + 1, out m),
            "sdk" => TryUuidAfterPrefix(text, s, i + 1, out m),
            "pat" when rest.Length > 4 && IsAsciiLetter(rest[0]) && IsAsciiLetter(rest[1]) && IsDigit(rest[2]) && rest[3] == '-' =>
                TryUuidAfterPrefix(text, s, i + 5, out m),
            "access" when rest.StartsWith("production-", StringComparison.Ordinal) => TryUuidAfterPrefix(text, s, i + 12, out m),
            "access" when rest.StartsWith("development-", StringComparison.Ordinal) => TryUuidAfterPrefix(text, s, i + 13, out m),
            "access" when rest.StartsWith("sandbox-", StringComparison.Ordinal) => TryUuidAfterPrefix(text, s, i + 9, out m),
            _ => false,
        };
    }

    /// <summary>At an <c>A</c>: a JFrog API key (<c>AKCp</c> + 60 or more letters and digits) or a Meta Graph API access
    /// token (<c>EAA</c>, an upper-case letter, 90 or more letters and digits of both cases).</summary>
    private static bool TryUpperAHostedToken(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        if (i + 4 < n && text[i + 1] == 'K' && text[i + 2] == 'C' && text[i + 3] == 'p' && IsSecretLeftBoundary(text, i))
        {
            return TryLetterDigitBody(text, i, i + 4, 60, out m);
        }

        if (i >= 1 && i + 2 < n && text[i - 1] == 'E' && text[i + 1] == 'A' && text[i + 2] is >= 'A' and <= 'Z' && IsSecretLeftBoundary(text, i - 1))
        {
            return TryLetterDigitBody(text, i - 1, i + 2, 90, out m);
        }

        return false;
    }

    /// <summary>A body of at least <paramref name="minBody"/> letters and digits of both cases, not filler, that ends the token.</summary>
    private static bool TryLetterDigitBody(ReadOnlySpan<char> text, int s, int body, int minBody, out RedactionMatch m)
    {
        m = default;
        int e = TokenRun(text, body, allowDash: false, allowUnderscore: false);
        ReadOnlySpan<char> token = text[body..e];
        if (token.Length < minBody || (e < text.Length && IsTokenChar(text[e])) || !HasMixedCaseAndDigit(token) || IsFillerBody(token))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Credential, s, e, VendorTokenConfidence, secret: true);
        return true;
    }

    /// <summary>An Octopus Deploy API key: <c>API-</c> then 25 to 27 upper-case letters and digits, with at least four digits.</summary>
    private static bool TryOctopusApiKey(ReadOnlySpan<char> text, int s, int body, out RedactionMatch m)
    {
        m = default;
        int e = body;
        int digits = 0;
        while (e < text.Length && e - body <= 27 && (IsDigit(text[e]) || text[e] is >= 'A' and <= 'Z'))
        {
            digits += IsDigit(text[e]) ? 1 : 0;
            e++;
        }

        if (e - body is < 25 or > 27 || digits < 4 || (e < text.Length && IsTokenChar(text[e])) || IsFillerBody(text[body..e]))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Credential, s, e, VendorTokenConfidence, secret: true);
        return true;
    }

    /// <summary>A vendor prefix from <paramref name="s"/> followed at <paramref name="body"/> by a UUID that ends the token.</summary>
    private static bool TryUuidAfterPrefix(ReadOnlySpan<char> text, int s, int body, out RedactionMatch m)
    {
        m = default;
        int e = body + UuidLength;
        if (e > text.Length || !IsUuid(text.Slice(body, UuidLength)) || (e < text.Length && IsTokenChar(text[e])))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Credential, s, e, VendorTokenConfidence, secret: true);
        return true;
    }

    /// <summary>Whether the 36 characters are a UUID, 8-4-4-4-12 hex digits of one case with a letter and a digit.</summary>
    private static bool IsUuid(ReadOnlySpan<char> s)
    {
        bool upper = false;
        bool lower = false;
        bool digit = false;
        for (int k = 0; k < UuidLength; k++)
        {
            char c = s[k];
            if (k is 8 or 13 or 18 or 23 ? c != '-' : !IsHex(c))
            {
                return false;
            }

            upper |= c is >= 'A' and <= 'F';
            lower |= c is >= 'a' and <= 'f';
            digit |= IsDigit(c);
        }

        return digit && upper != lower;
    }

    /// <summary>At the first dash of a Mailgun API key: 32 lower-case hex digits, <c>-</c>, 8, <c>-</c>, 8.</summary>
    private static bool TryMailgunApiKey(ReadOnlySpan<char> text, int dash, out RedactionMatch m)
    {
        m = default;
        int s = dash - HexServiceKeyLength;
        int second = dash + 1 + MailgunSigningPart;
        int e = second + 1 + MailgunSigningPart;
        if (e > text.Length || !IsSecretLeftBoundary(text, s) || text[second] != '-' || (e < text.Length && IsTokenChar(text[e])) ||
            !IsLowerHex(text[s..dash]) || !IsLowerHex(text[(dash + 1)..second]) || !IsLowerHex(text[(second + 1)..e]) ||
            !IsSingleCaseHexWithLetter(text[s..dash]) || !text[s..dash].ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Credential, s, e, VendorTokenConfidence, secret: true);
        return true;
    }

    private static bool IsLowerHex(ReadOnlySpan<char> s) => s.IndexOfAnyExcept(LowerHexChars) < 0;

    private static readonly System.Buffers.SearchValues<char> LowerHexChars = System.Buffers.SearchValues.Create("0123456789abcdef");
}
