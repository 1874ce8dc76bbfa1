namespace Governance.AI.Redaction;

/// <summary>More vendor tokens with a documented prefix, reported as <see cref="RedactionEntityTypes.Credential"/>:
/// Pulumi (<c>pul-</c> + 40 hex), xAI (<c>xai-</c>), Perplexity (<c>pplx-</c>), Contentful (<c>CFPAT-</c>), Brevo
/// (<c>xkeysib-</c>), Tailscale (<c>tskey-</c>), age identities (<c>AGE-SECRET-KEY-1</c> + 58), Prefect (<c>pnu_</c>),
/// Netlify (<c>nfp_</c>), Supabase (<c>sbp_</c> + 40 hex, <c>sb_secret_</c> + 24 or more), RubyGems (<c>rubygems_</c> + 48 hex), Pinecone
/// (<c>pcsk_</c>), Figma (<c>figd_</c>), Alibaba Cloud AccessKey ids (<c>LTAI</c>), Discord webhook URLs, Mailchimp
/// (32 hex + <c>-us</c> + data center), Atlassian (<c>ATATT</c>), Dynatrace (<c>dt0c01.</c>), Airtable (<c>pat</c> + 14
/// <c>.</c> 64 hex), Doppler (<c>dp.st.</c>, <c>dp.pt.</c>…), Heroku (<c>HRKU-AA</c>, and <c>HRKU-</c> + a UUID), Buildkite (<c>bkua_</c> + 40 hex),
/// Adafruit IO (<c>aio_</c>), Clojars (<c>CLOJARS_</c> + 60 hex), CircleCI (<c>CCIPAT_</c>), Shippo
/// (<c>shippo_live_</c>, <c>shippo_test_</c> + 40 hex) and OpenAI organization ids (<c>org-</c> + 24).</summary>
internal static partial class BuiltInScanner
{
    private const int LongestPlatformPrefix = 8;
    private const int OpenAIOrganizationBody = 24;

    /// <summary>The letters right before a separator at <paramref name="i"/>, when they start a token (3 to 8 letters
    /// after a boundary); else empty.</summary>
    private static ReadOnlySpan<char> PrefixBefore(ReadOnlySpan<char> text, int i)
    {
        int s = i;
        while (s > 0 && i - s < LongestPlatformPrefix && IsAsciiLetter(text[s - 1]))
        {
            s--;
        }

        return i - s >= 3 && IsSecretLeftBoundary(text, s) ? text[s..i] : [];
    }

    /// <summary>At a <c>-</c>: a token whose first segment is one of this file's dash prefixes.</summary>
    private static bool TryDashPlatformToken(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        if (i + 3 < text.Length && text[i + 1] == 'u' && text[i + 2] == 's' && IsDigit(text[i + 3]))
        {
            return TryMailchimpKey(text, i, out m);
        }

        ReadOnlySpan<char> prefix = PrefixBefore(text, i);
        int s = i - prefix.Length;
        return prefix switch
        {
            "pul" => TryServiceTokenBody(text, s, i + 1, 40, hexOnly: true, out m),
            "xai" => TryServiceTokenBody(text, s, i + 1, 60, hexOnly: false, out m),
            "pplx" or "CFPAT" => TryServiceTokenBody(text, s, i + 1, 40, hexOnly: false, out m),
            "xkeysib" => TryServiceTokenBody(text, s, i + 1, 64, hexOnly: false, out m),
            "tskey" => TryServiceTokenBody(text, s, i + 1, 30, hexOnly: false, out m),
            "org" => TryOpenAIOrganizationId(text, s, i + 1, out m),
            "HRKU" when text[(i + 1)..].StartsWith("AA", StringComparison.Ordinal) => TryServiceTokenBody(text, s, i + 1, 60, hexOnly: false, out m),
            "HRKU" => TryUuidAfterPrefix(text, s, i + 1, out m),
            "AGE" when text[(i + 1)..].StartsWith("SECRET-KEY-1", StringComparison.Ordinal) =>
                TryServiceTokenBody(text, s, i + 1 + "SECRET-KEY-1".Length, 58, hexOnly: false, out m),
            _ => false,
        };
    }

    /// <summary>At a <c>_</c>: a token whose first segment is one of this file's underscore prefixes.</summary>
    private static bool TryUnderscorePlatformToken(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;

        // Supabase secret keys: a two-letter prefix, then "secret_" (the publishable "sb_publishable_" key is public).
        if (i >= 2 && text[i - 1] == 'b' && text[i - 2] == 's' && IsSecretLeftBoundary(text, i - 2) && text[(i + 1)..].StartsWith("secret_", StringComparison.Ordinal))
        {
            return TryServiceTokenBody(text, i - 2, i + 8, 24, hexOnly: false, out m);
        }

        ReadOnlySpan<char> prefix = PrefixBefore(text, i);
        int s = i - prefix.Length;
        return prefix switch
        {
            "pnu" or "nfp" or "figd" => TryServiceTokenBody(text, s, i + 1, 30, hexOnly: false, out m),
            "pcsk" => TryServiceTokenBody(text, s, i + 1, 40, hexOnly: false, out m),
            "sbp" => TryServiceTokenBody(text, s, i + 1, 40, hexOnly: true, out m),
            "rubygems" => TryServiceTokenBody(text, s, i + 1, 48, hexOnly: true, out m),
            "bkua" => TryServiceTokenBody(text, s, i + 1, 40, hexOnly: true, out m),
            "aio" => TryServiceTokenBody(text, s, i + 1, 28, hexOnly: false, out m),
            "CLOJARS" => TryServiceTokenBody(text, s, i + 1, 60, hexOnly: true, out m),
            "CCIPAT" => TryServiceTokenBody(text, s, i + 1, 40, hexOnly: false, out m),
            "shippo" when text[(i + 1)..].StartsWith("live_", StringComparison.Ordinal) || text[(i + 1)..].StartsWith("test_", StringComparison.Ordinal) =>
                TryServiceTokenBody(text, s, i + 6, 40, hexOnly: true, out m),
            _ => false,
        };
    }

    /// <summary>An OpenAI organization id (<c>org-</c> + 24 letters and digits; the <c>OpenAI-Organization</c> header names
    /// the account a key bills to and is pasted with it): exactly 24, mixed case with a digit, not filler, so "org-chart",
    /// "org-unit-2024" and a lower-case slug stay.</summary>
    private static bool TryOpenAIOrganizationId(ReadOnlySpan<char> text, int s, int body, out RedactionMatch m)
    {
        m = default;
        int e = TokenRun(text, body, allowDash: false, allowUnderscore: false);
        if (e - body != OpenAIOrganizationBody || (e < text.Length && (IsTokenChar(text[e]) || text[e] is '-' or '_')) ||
            !HasMixedCaseAndDigit(text[body..e]) || IsFillerBody(text[body..e]))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Credential, s, e, VendorTokenConfidence, secret: true);
        return true;
    }

    /// <summary>At an <c>A</c>: a cloud's access key id that has no type of its own: Alibaba Cloud's AccessKey id,
    /// <c>LTAI</c> then 12 to 28 letters and digits, or Tencent Cloud's SecretId, <c>AKID</c> then 32 letters of both cases
    /// and digits (the id that pairs with the SecretKey, reported as AWS's <c>AKIA</c> ids are; an upper-case constant
    /// such as <c>AKIDENTITY…</c> is a name).</summary>
    private static bool TryCloudAccessKeyId(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        bool alibaba = i >= 2 && text[i - 2] == 'L' && text[i - 1] == 'T' && i + 1 < text.Length && text[i + 1] == 'I';
        bool tencent = !alibaba && i + 4 < text.Length && text[i + 1] == 'K' && text[i + 2] == 'I' && text[i + 3] == 'D';
        int s = alibaba ? i - 2 : i;
        if (!(alibaba || tencent) || !IsSecretLeftBoundary(text, s))
        {
            return false;
        }

        int bodyStart = alibaba ? i + 2 : i + 4;
        int e = TokenRun(text, bodyStart, allowDash: false, allowUnderscore: false);
        ReadOnlySpan<char> body = text[bodyStart..e];
        if ((alibaba ? body.Length is < 12 or > 28 : body.Length != 32 || !body.ContainsAnyInRange('a', 'z')) ||
            (e < text.Length && IsTokenChar(text[e])) || !HasDigitAndLetter(body) || IsFillerBody(body))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Credential, s, e, VendorTokenConfidence, secret: true);
        return true;
    }

    /// <summary>At the <c>:</c> of "https:": a Discord webhook URL, <c>//discord.com/api/webhooks/</c> (or
    /// <c>discordapp.com</c>), the webhook's numeric id, <c>/</c>, then its token (60 or more base64url characters).</summary>
    private static bool TryDiscordWebhook(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        if (i < 5 || !text[(i - 5)..i].Equals("https", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        ReadOnlySpan<char> rest = text[i..];
        int p = rest.StartsWith("://discord.com/api/webhooks/", StringComparison.OrdinalIgnoreCase) ? i + 28
            : rest.StartsWith("://discordapp.com/api/webhooks/", StringComparison.OrdinalIgnoreCase) ? i + 31 : -1;
        int id = p < 0 ? 0 : CountDigits(text, p, 21);
        if (id is < 17 or > 20 || p + id >= text.Length || text[p + id] != '/')
        {
            return false;
        }

        int body = p + id + 1;
        int e = TokenRun(text, body, allowDash: true, allowUnderscore: true);
        if (e - body < 60 || !HasDigitAndLetter(text[body..e]) || IsFillerBody(text[body..e]))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Credential, i - 5, e, VendorTokenConfidence, secret: true);
        return true;
    }

    /// <summary>At the <c>-</c> of a Mailchimp API key: 32 lower-case hex digits, <c>-us</c>, the data center's number.</summary>
    private static bool TryMailchimpKey(ReadOnlySpan<char> text, int dash, out RedactionMatch m)
    {
        m = default;
        int s = dash - HexServiceKeyLength;
        int dataCenter = CountDigits(text, dash + 3, 3);
        int e = dash + 3 + dataCenter;
        if (s < 0 || dataCenter is 0 or > 2 || !IsSecretLeftBoundary(text, s) || (e < text.Length && IsTokenChar(text[e])) ||
            !IsSingleCaseHexWithLetter(text[s..dash]) || !text[s..dash].ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Credential, s, e, VendorTokenConfidence, secret: true);
        return true;
    }

    /// <summary>At an <c>A</c>: an Atlassian API token, <c>ATATT</c> then 40 or more base64url characters (generated ones
    /// carry about 180; quoted ones are often shortened, and the prefix is no word) and an optional <c>=</c> with an
    /// 8-hex-digit checksum.</summary>
    private static bool TryAtlassianToken(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        if (!text[i..].StartsWith("ATATT", StringComparison.Ordinal) || !IsSecretLeftBoundary(text, i))
        {
            return false;
        }

        int e = TokenRun(text, i + 5, allowDash: true, allowUnderscore: true);
        if (e - (i + 5) < 40 || !HasDigitAndLetter(text[(i + 5)..e]) || IsFillerBody(text[(i + 5)..e]))
        {
            return false;
        }

        if (e + 9 <= text.Length && text[e] == '=' && TokenRun(text, e + 1, allowDash: false, allowUnderscore: false) == e + 9)
        {
            e += 9;
        }

        m = Match(RedactionEntityTypes.Credential, i, e, VendorTokenConfidence, secret: true);
        return true;
    }

    /// <summary>At a digit: Dynatrace tokens (<c>dt0c01.</c> + 24 + <c>.</c> + 64 upper-case letters and digits) at the
    /// prefix's 0; Airtable personal access tokens (<c>pat</c> + 14 <c>.</c> 64 hex) and Doppler tokens (<c>dp.st.</c>,
    /// <c>dp.pt.</c>, <c>dp.ct.</c>, <c>dp.sa.</c>, <c>dp.scim.</c>, <c>dp.audit.</c>, a service token's environment, then
    /// 40 or more characters) at the first digit of a part.</summary>
    private static bool TryDigitPlatformToken(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        if (text[i] == '0' && i >= 2 && text[i - 2] == 'd' && text[i - 1] == 't' && text[i..].StartsWith("0c01.", StringComparison.Ordinal) &&
            IsSecretLeftBoundary(text, i - 2))
        {
            int id = TokenRun(text, i + 5, allowDash: false, allowUnderscore: false);
            int secret = id + 1;
            int e = secret < text.Length && text[id] == '.' ? TokenRun(text, secret, allowDash: false, allowUnderscore: false) : id;
            if (id - (i + 5) != 24 || e - secret != 64 || (e < text.Length && IsTokenChar(text[e])))
            {
                return false;
            }

            m = Match(RedactionEntityTypes.Credential, i - 2, e, VendorTokenConfidence, secret: true);
            return true;
        }

        // Only a part's first digit looks back (a digit on the way means an earlier one already did): linear per token.
        int start = i;
        while (start > 0 && i - start < 48 && IsAsciiAlnum(text[start - 1]))
        {
            if (IsDigit(text[start - 1]))
            {
                return false;
            }

            start--;
        }

        if (start > 0 && IsAsciiAlnum(text[start - 1]))
        {
            return false;
        }

        if (text[start..].StartsWith("pat", StringComparison.Ordinal) && IsSecretLeftBoundary(text, start))
        {
            return TryAirtableToken(text, start, out m);
        }

        if (start >= 18 && text[start - 1] == '.' && text.Slice(start - 18, 3) is "pat" && IsSecretLeftBoundary(text, start - 18))
        {
            return TryAirtableToken(text, start - 18, out m);
        }

        // A Dropbox short-lived access token, "sl." and 120 or more base64url characters.
        if (start >= 3 && text[start - 1] == '.' && text[start - 3] == 's' && text[start - 2] == 'l' && IsSecretLeftBoundary(text, start - 3))
        {
            return TryServiceTokenBody(text, start - 3, start, 120, hexOnly: false, out m);
        }

        return start > 0 && text[start - 1] == '.' && TryDopplerToken(text, start, out m);
    }

    private static bool TryAirtableToken(ReadOnlySpan<char> text, int s, out RedactionMatch m)
    {
        m = default;
        int dot = s + 17;
        if (dot + 65 > text.Length || text[dot] != '.' || TokenRun(text, s + 3, allowDash: false, allowUnderscore: false) != dot ||
            (!HasDigitAndLetter(text[(s + 3)..dot]) && !HasBothCases(text[(s + 3)..dot])))
        {
            return false;
        }

        int e = TokenRun(text, dot + 1, allowDash: false, allowUnderscore: false);
        if (e - (dot + 1) != 64 || !IsSingleCaseHexWithLetter(text[(dot + 1)..e]) || (e < text.Length && IsTokenChar(text[e])))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Credential, s, e, VendorTokenConfidence, secret: true);
        return true;
    }

    /// <summary>A Doppler token whose body starts at <paramref name="body"/>, after "dp.", its kind and (for a service
    /// token) an environment, each ended by a dot.</summary>
    private static bool TryDopplerToken(ReadOnlySpan<char> text, int body, out RedactionMatch m)
    {
        m = default;
        int q = body - 1;
        for (int segments = 0; segments < 3; segments++)
        {
            int r = q;
            while (r > 0 && q - r < 8 && text[r - 1] is >= 'a' and <= 'z')
            {
                r--;
            }

            if (r + 2 == q && text[r] == 'd' && text[r + 1] == 'p' && segments > 0 && IsSecretLeftBoundary(text, r))
            {
                ReadOnlySpan<char> kind = text[(q + 1)..];
                if (!(kind.StartsWith("st.", StringComparison.Ordinal) || kind.StartsWith("pt.", StringComparison.Ordinal) || kind.StartsWith("ct.", StringComparison.Ordinal) ||
                      kind.StartsWith("sa.", StringComparison.Ordinal) || kind.StartsWith("scim.", StringComparison.Ordinal) || kind.StartsWith("audit.", StringComparison.Ordinal)))
                {
                    return false;
                }

                return TryServiceTokenBody(text, r, body, 40, hexOnly: false, out m);
            }

            if (r == q || r == 0 || text[r - 1] != '.')
            {
                return false;
            }

            q = r - 1;
        }

        return false;
    }
}
