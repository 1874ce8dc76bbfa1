using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;

namespace Governance.AI.Redaction;

/// <summary>Secrets at the <c>-</c>, <c>_</c>, <c>:</c>, <c>A</c> and <c>J</c> triggers: OpenAI, Anthropic, GitHub, Slack, Stripe, AWS and Google keys, PEM private keys and JWTs, and the token helpers the other vendor recognizers share.</summary>
internal static partial class BuiltInScanner
{
    private static int TokenRun(ReadOnlySpan<char> text, int p, bool allowDash, bool allowUnderscore)
    {
        int e = p;
        while (e < text.Length && (IsAsciiAlnum(text[e]) || (allowDash && text[e] == '-') || (allowUnderscore && text[e] == '_')))
        {
            e++;
        }

        return e;
    }

    private static bool HasDigitAndLetter(ReadOnlySpan<char> s)
    {
        bool digit = false;
        bool letter = false;
        foreach (char c in s)
        {
            digit |= IsDigit(c);
            letter |= IsAsciiLetter(c);
        }

        return digit && letter;
    }

    private static bool TryDashSecret(ReadOnlySpan<char> text, int i, BuiltInRecognizers enabled, ref int noPemEndBefore, out RedactionMatch m)
    {
        m = default;
        if (text[i..].StartsWith("-----BEGIN ", StringComparison.Ordinal))
        {
            return Has(enabled, BuiltInRecognizers.PrivateKey) && (i == 0 || text[i - 1] != '-') && TryPem(text, i, ref noPemEndBefore, out m);
        }

        if (i >= 2 && text[i - 2] == 's' && text[i - 1] == 'k' && IsSecretLeftBoundary(text, i - 2))
        {
            // "sk-ant-…" is Anthropic's prefix; any other "sk-…" key is OpenAI's.
            bool anthropic = text[(i + 1)..].StartsWith("ant-", StringComparison.Ordinal);
            if (Has(enabled, anthropic ? BuiltInRecognizers.AnthropicKey : BuiltInRecognizers.OpenAIKey))
            {
                int e = TokenRun(text, i + 1, allowDash: true, allowUnderscore: true);
                if (e - (i + 1) >= 20 && HasDigitAndLetter(text[(i + 1)..e]))
                {
                    m = Match(anthropic ? RedactionEntityTypes.AnthropicKey : RedactionEntityTypes.OpenAIKey, i - 2, e, 0.95, secret: true);
                    return true;
                }
            }
        }

        // Slack: xoxb-/xoxa-/xoxp-/xoxr-/xoxs-/xoxe- tokens, a refresh token's "xoxe." prefix, and xapp- app tokens.
        int slackStart = i >= 9 && text.Slice(i - 9, 5).SequenceEqual("xoxe.") ? i - 9 : i - 4;
        if (Has(enabled, BuiltInRecognizers.SlackToken) && i >= 4 && text[i - 4] == 'x' &&
            ((text[i - 3] == 'o' && text[i - 2] == 'x' && text[i - 1] is 'b' or 'a' or 'p' or 'r' or 's' or 'e') ||
             (text[i - 3] == 'a' && text[i - 2] == 'p' && text[i - 1] == 'p')) && IsSecretLeftBoundary(text, slackStart))
        {
            int e = TokenRun(text, i + 1, allowDash: true, allowUnderscore: false);
            while (e > i + 1 && text[e - 1] == '-')
            {
                e--;
            }

            if (e - (i + 1) >= 10 && text[(i + 1)..e].ContainsAnyInRange('0', '9'))
            {
                m = Match(RedactionEntityTypes.SlackToken, slackStart, e, 0.95, secret: true);
                return true;
            }
        }

        return false;
    }

    /// <summary>A Slack webhook URL from its colon, "https://hooks.slack.com/services/T…/B…/secret" (incoming webhooks),
    /// ".../workflows/T…/A…/id/secret" (Workflow Builder) or ".../triggers/T…/id/secret" (workflow triggers): the URL
    /// itself is the credential.</summary>
    private static bool TrySlackWebhook(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        const string Host = "://hooks.slack.com/";
        if (i < 5 || !text[(i - 5)..i].Equals("https", StringComparison.OrdinalIgnoreCase) ||
            !text[i..].StartsWith(Host, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        ReadOnlySpan<char> kind = text[(i + Host.Length)..];
        int p = i + Host.Length + (kind.StartsWith("services/", StringComparison.OrdinalIgnoreCase) ? 9
            : kind.StartsWith("workflows/", StringComparison.OrdinalIgnoreCase) ? 10
            : kind.StartsWith("triggers/", StringComparison.OrdinalIgnoreCase) ? 9 : 0);
        if (p == i + Host.Length)
        {
            return false;
        }

        int segments = 0;
        int e = p;
        while (segments < 4)
        {
            int run = TokenRun(text, p, allowDash: false, allowUnderscore: false);
            if (run - p < 6)
            {
                break;
            }

            segments++;
            e = run;
            if (run >= text.Length || text[run] != '/')
            {
                break;
            }

            p = run + 1;
        }

        if (segments < 3)
        {
            return false;
        }

        m = Match(RedactionEntityTypes.SlackToken, i - 5, e, 0.95, secret: true);
        return true;
    }

    private static bool TryPem(ReadOnlySpan<char> text, int i, ref int noPemEndBefore, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        int p = i + "-----BEGIN ".Length;
        int labelEnd = text.Slice(p, Math.Min(64, n - p)).IndexOf("-----", StringComparison.Ordinal);
        if (labelEnd < 0)
        {
            return false;
        }

        ReadOnlySpan<char> label = text.Slice(p, labelEnd);
        if (!label.EndsWith("PRIVATE KEY", StringComparison.Ordinal) &&
            !label.EndsWith("PRIVATE KEY BLOCK", StringComparison.Ordinal))
        {
            return false;
        }

        int body = p + labelEnd + 5;
        int limit = Math.Min(n, body + MaxPemBody);
        int from = Math.Max(body, noPemEndBefore);
        int endLine = from >= limit ? -1 : text[from..limit].IndexOf("-----END ", StringComparison.Ordinal);
        if (endLine >= 0)
        {
            endLine += from - body;
        }
        else
        {
            // "-----END " could begin in the last 8 characters searched and finish beyond them.
            noPemEndBefore = Math.Max(noPemEndBefore, limit - ("-----END ".Length - 1));
        }

        int e;
        if (endLine >= 0)
        {
            int q = body + endLine + "-----END ".Length;
            int close = text.Slice(q, Math.Min(64, n - q)).IndexOf("-----", StringComparison.Ordinal);
            e = close < 0 ? q : q + close + 5;
        }
        else
        {
            // A truncated block: take the base64 body that follows the header.
            e = body;
            while (e < n && (IsAsciiAlnum(text[e]) || text[e] is '+' or '/' or '=' or '\r' or '\n'))
            {
                e++;
            }
        }

        m = Match(RedactionEntityTypes.PrivateKey, i, e, 0.99, secret: true);
        return true;
    }

    private static bool TryUnderscoreSecret(ReadOnlySpan<char> text, int i, BuiltInRecognizers enabled, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        if (Has(enabled, BuiltInRecognizers.StripeKey) && i >= 2 && text[i - 2] is 's' or 'p' or 'r' && text[i - 1] == 'k' &&
            IsSecretLeftBoundary(text, i - 2) &&
            (text[(i + 1)..].StartsWith("live_", StringComparison.Ordinal) || text[(i + 1)..].StartsWith("test_", StringComparison.Ordinal)))
        {
            int e = TokenRun(text, i + 6, allowDash: false, allowUnderscore: false);
            if (e - (i + 6) >= 16 && !IsTokenChar(e < n ? text[e] : ' ') && !IsFillerBody(text[(i + 6)..e]))
            {
                m = Match(RedactionEntityTypes.StripeKey, i - 2, e, 0.95, secret: true);
                return true;
            }
        }

        // Stripe webhook signing secrets: "whsec_" and at least 24 alphanumerics.
        if (Has(enabled, BuiltInRecognizers.StripeKey) && i >= 5 && text[(i - 5)..i].SequenceEqual("whsec") &&
            IsSecretLeftBoundary(text, i - 5))
        {
            int e = TokenRun(text, i + 1, allowDash: false, allowUnderscore: false);
            if (e - (i + 1) >= 24 && !IsTokenChar(e < n ? text[e] : ' '))
            {
                m = Match(RedactionEntityTypes.StripeKey, i - 5, e, 0.95, secret: true);
                return true;
            }
        }

        if (Has(enabled, BuiltInRecognizers.GitHubToken))
        {
            if (i >= 3 && text[i - 3] == 'g' && text[i - 2] == 'h' && text[i - 1] is 'p' or 'o' or 'u' or 's' or 'r' &&
                IsSecretLeftBoundary(text, i - 3))
            {
                int e = TokenRun(text, i + 1, allowDash: false, allowUnderscore: false);
                if (e - (i + 1) is >= 36 and <= 255 && !IsTokenChar(e < n ? text[e] : ' ') && !IsFillerBody(text[(i + 1)..e]))
                {
                    m = Match(RedactionEntityTypes.GitHubToken, i - 3, e, 0.97, secret: true);
                    return true;
                }
            }

            if (i >= 6 && text.Slice(i - 6, 6).SequenceEqual("github") && text[i..].StartsWith("_pat_", StringComparison.Ordinal) &&
                IsSecretLeftBoundary(text, i - 6))
            {
                int e = TokenRun(text, i + 5, allowDash: false, allowUnderscore: true);
                if (e - (i + 5) >= 22 && !IsTokenChar(e < n ? text[e] : ' ') && !IsFillerBody(text[(i + 5)..e]))
                {
                    m = Match(RedactionEntityTypes.GitHubToken, i - 6, e, 0.97, secret: true);
                    return true;
                }
            }
        }

        return false;
    }

    private static bool TryUpperASecret(ReadOnlySpan<char> text, int i, BuiltInRecognizers enabled, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        if (i + 20 > n || !IsSecretLeftBoundary(text, i))
        {
            return false;
        }

        char c1 = text[i + 1];
        if (Has(enabled, BuiltInRecognizers.AwsAccessKey) && ((c1 == 'K' && text[i + 2] == 'I') || (c1 == 'S' && text[i + 2] == 'I')) &&
            text[i + 3] == 'A')
        {
            int e = i + 4;
            while (e < n && e < i + 21 && (IsDigit(text[e]) || text[e] is >= 'A' and <= 'Z'))
            {
                e++;
            }

            // "AKIAXXXXXXXXXXXXXXXX", "AKIA0000000000000000": documentation's filler, not a key id.
            if (e == i + 20 && (e == n || !IsWordChar(text[e])) && !IsFillerBody(text[(i + 4)..e]))
            {
                m = Match(RedactionEntityTypes.AwsAccessKey, i, e, 0.9, secret: true);
                return true;
            }
        }

        if (Has(enabled, BuiltInRecognizers.GoogleApiKey) && c1 == 'I' && text[i + 2] == 'z' && text[i + 3] == 'a')
        {
            int e = TokenRun(text, i + 4, allowDash: true, allowUnderscore: true);
            if (e - (i + 4) == 35 && !IsFillerBody(text[(i + 4)..e]))
            {
                m = Match(RedactionEntityTypes.GoogleApiKey, i, e, 0.95, secret: true);
                return true;
            }
        }

        return false;
    }

    private static bool TryJwt(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        int s = i - 2;
        if (s < 0 || text[s] != 'e' || text[s + 1] != 'y' ||
            (s > 0 && (IsTokenChar(text[s - 1]) || text[s - 1] == '.')))
        {
            return false;
        }

        int headerEnd = TokenRun(text, s, allowDash: true, allowUnderscore: true);
        if (headerEnd >= n || text[headerEnd] != '.' || headerEnd - s > 2048)
        {
            return false;
        }

        int payload = headerEnd + 1;
        int payloadEnd = TokenRun(text, payload, allowDash: true, allowUnderscore: true);
        if (payloadEnd - payload < 2 || text[payload] != 'e' || text[payload + 1] != 'y' || payloadEnd >= n || text[payloadEnd] != '.')
        {
            return false;
        }

        int e = TokenRun(text, payloadEnd + 1, allowDash: true, allowUnderscore: true);
        if (e < n && text[e] == '.' && e + 1 < n && IsTokenChar(text[e + 1]))
        {
            return false;
        }

        if (!IsJsonObject(text[s..headerEnd]))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Jwt, s, e, 0.95, secret: true);
        return true;
    }

    private static bool IsJsonObject(ReadOnlySpan<char> base64Url)
    {
        Span<byte> bytes = stackalloc byte[1536];
        if (Base64Url.DecodeFromChars(base64Url, bytes, out _, out int written) != OperationStatus.Done)
        {
            return false;
        }

        try
        {
            var reader = new Utf8JsonReader(bytes[..written]);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            reader.Skip();
            return !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
