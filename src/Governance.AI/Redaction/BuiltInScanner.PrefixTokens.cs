namespace Governance.AI.Redaction;

/// <summary>Vendor tokens with a fixed, documented prefix and alphabet that have no entity type of their own and are
/// reported as <see cref="RedactionEntityTypes.Credential"/>: Databricks (<c>dapi</c> + 32 hex), Google OAuth access
/// (<c>ya29.</c>) and refresh (<c>1//0</c>) tokens, Telegram bot tokens (bot id <c>:</c> 35 characters), Discord bot
/// tokens (three dotted base64url parts), DigitalOcean (<c>dop_v1_</c>, <c>doo_v1_</c>, <c>dor_v1_</c> + 64 hex),
/// Linear (<c>lin_api_</c> + 40), Notion (<c>secret_</c> + 43, <c>ntn_</c> + 46) and Mailgun (<c>key-</c> + 32 hex).</summary>
internal static partial class BuiltInScanner
{
    private const int DatabricksBody = 32;
    private const int GoogleOAuthMinBody = 40;
    private const int TelegramSecretLength = 35;
    private const int DigitalOceanBody = 64;
    private const int LinearBody = 40;
    private const int NotionSecretBody = 43;
    private const int NotionNtnBody = 46;
    private const int MailgunBody = 32;

    /// <summary>The longest signature part of a Discord token whose first part decodes to the bot's id.</summary>
    private const int MaxDiscordSignature = 46;

    /// <summary>At a digit: a token whose prefix holds or precedes it ("ya29.", "1//0", "dapi…", a Telegram bot id, the
    /// first part of a Discord token).</summary>
    private static bool TryDigitVendorToken(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        char c = text[i];
        if (c == '2' && i >= 2 && text[i - 2] == 'y' && text[i - 1] == 'a' && i + 2 < n && text[i + 1] == '9' && text[i + 2] == '.' &&
            IsSecretLeftBoundary(text, i - 2))
        {
            return TryLongUrlSafeBody(text, i - 2, i + 3, out m);
        }

        if (c == '1' && i + 4 < n && text[i + 1] == '/' && text[i + 2] == '/' && text[i + 3] == '0' && IsSecretLeftBoundary(text, i))
        {
            return TryLongUrlSafeBody(text, i, i + 4, out m);
        }

        return TryTelegramBotToken(text, i, out m) || TryDatabricksToken(text, i, out m) || TryDiscordBotToken(text, i, out m) || TryAsanaToken(text, i, out m);
    }

    /// <summary>A Google OAuth token: the prefix from <paramref name="s"/>, then at least 40 base64url characters that mix
    /// cases and digits.</summary>
    private static bool TryLongUrlSafeBody(ReadOnlySpan<char> text, int s, int body, out RedactionMatch m)
    {
        m = default;
        int e = TokenRun(text, body, allowDash: true, allowUnderscore: true);
        if (e - body < GoogleOAuthMinBody || !HasMixedCaseAndDigit(text[body..e]) || IsFillerBody(text[body..e]))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Credential, s, e, VendorTokenConfidence, secret: true);
        return true;
    }

    /// <summary>A Telegram bot token: the bot's numeric id (8–10 digits), <c>:</c>, then 35 base64url characters; also
    /// inside an API URL (".../bot123456789:AA…/sendMessage").</summary>
    private static bool TryTelegramBotToken(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        bool inUrl = i >= 4 && text.Slice(i - 4, 4).SequenceEqual("/bot");
        if (!inUrl && !IsSecretLeftBoundary(text, i))
        {
            return false;
        }

        int id = CountDigits(text, i, 11);
        int colon = i + id;
        if (id is < 8 or > 10 || colon + 1 + TelegramSecretLength > n || text[colon] != ':')
        {
            return false;
        }

        int e = TokenRun(text, colon + 1, allowDash: true, allowUnderscore: true);
        if (e - (colon + 1) != TelegramSecretLength || !HasBothCases(text[(colon + 1)..e]) || IsFillerBody(text[(colon + 1)..e]))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Credential, i, e, VendorTokenConfidence, secret: true);
        return true;
    }

    /// <summary>A Databricks personal access token, <c>dapi</c> + 32 lower-case hex digits (and an optional "-2"
    /// suffix), tried at the first digit of its body.</summary>
    private static bool TryDatabricksToken(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        int s = i;
        while (s > 0 && i - s < DatabricksBody && text[s - 1] is >= 'a' and <= 'f')
        {
            s--;
        }

        if (s < 4 || text[s - 4] != 'd' || !text.Slice(s - 4, 4).SequenceEqual("dapi") || !IsSecretLeftBoundary(text, s - 4))
        {
            return false;
        }

        int e = s;
        while (e < text.Length && e - s <= DatabricksBody && text[e] is (>= '0' and <= '9') or (>= 'a' and <= 'f'))
        {
            e++;
        }

        if (e - s != DatabricksBody)
        {
            return false;
        }

        if (e + 1 < text.Length && text[e] == '-' && IsDigit(text[e + 1]))
        {
            e += 2;
        }

        if (e < text.Length && IsTokenChar(text[e]))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Credential, s - 4, e, VendorTokenConfidence, secret: true);
        return true;
    }

    /// <summary>A Discord bot token: the base64 of the bot's id (24–26 characters, starting with M, N or O), <c>.</c>, 6
    /// base64url characters, <c>.</c>, 27–38 more (up to 46 when the first part decodes to digits, issue #17 round 26);
    /// tried at the first digit of the first part.</summary>
    private static bool TryDiscordBotToken(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        int s = i;
        while (s > 0 && i - s <= 26 && IsAsciiLetter(text[s - 1]))
        {
            s--;
        }

        if (text[s] is not ('M' or 'N' or 'O') || !IsSecretLeftBoundary(text, s))
        {
            return false;
        }

        int first = TokenRun(text, s, allowDash: false, allowUnderscore: false);
        if (first - s is < 24 or > 26 || first + 1 >= text.Length || text[first] != '.')
        {
            return false;
        }

        int second = TokenRun(text, first + 1, allowDash: true, allowUnderscore: true);
        if (second - (first + 1) != 6 || second + 1 >= text.Length || text[second] != '.')
        {
            return false;
        }

        // A longer signature (39–46) only when the first part decodes to the id's digits, as a snowflake's base64 does.
        int e = TokenRun(text, second + 1, allowDash: true, allowUnderscore: true);
        int signature = e - (second + 1);
        if (signature is < 27 or > MaxDiscordSignature || (signature > 38 && !IsBase64OfDigits(text[s..first])) ||
            !HasMixedCaseAndDigit(text[s..first]) || !HasBothCases(text[(second + 1)..e]))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Credential, s, e, VendorTokenConfidence, secret: true);
        return true;
    }

    /// <summary>Whether <paramref name="part"/> (24–26 base64 characters, unpadded) decodes to ASCII digits only: the
    /// first part of a Discord token is the base64 of the bot's numeric id.</summary>
    private static bool IsBase64OfDigits(ReadOnlySpan<char> part)
    {
        Span<char> padded = stackalloc char[28];
        part.CopyTo(padded);
        int length = part.Length;
        while ((length & 3) != 0)
        {
            padded[length++] = '=';
        }

        Span<byte> bytes = stackalloc byte[21];
        if (!Convert.TryFromBase64Chars(padded[..length], bytes, out int written) || written < 17)
        {
            return false;
        }

        return bytes[..written].IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0;
    }

    /// <summary>At a <c>_</c>: DigitalOcean (<c>dop_v1_</c>…), Linear (<c>lin_api_</c>) and Notion (<c>secret_</c>,
    /// <c>ntn_</c>) tokens.</summary>
    private static bool TryUnderscorePrefixToken(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        if (i >= 3 && text[i - 3] is 'd' && text[i - 2] == 'o' && text[i - 1] is 'p' or 'o' or 'r' && text[(i + 1)..].StartsWith("v1_", StringComparison.Ordinal))
        {
            return TryPrefixedBody(text, i - 3, i + 4, DigitalOceanBody, hexOnly: true, out m);
        }

        if (i >= 3 && text[i - 3] == 'l' && text.Slice(i - 3, 3).SequenceEqual("lin") && text[(i + 1)..].StartsWith("api_", StringComparison.Ordinal))
        {
            return TryPrefixedBody(text, i - 3, i + 5, LinearBody, hexOnly: false, out m);
        }

        if (i >= 6 && text[i - 6] == 's' && text.Slice(i - 6, 6).SequenceEqual("secret"))
        {
            return TryPrefixedBody(text, i - 6, i + 1, NotionSecretBody, hexOnly: false, out m);
        }

        return i >= 3 && text[i - 3] == 'n' && text.Slice(i - 3, 3).SequenceEqual("ntn") &&
            TryPrefixedBody(text, i - 3, i + 1, NotionNtnBody, hexOnly: false, out m);
    }

    /// <summary>At a <c>-</c>: a Mailgun key, <c>key-</c> + 32 hex digits.</summary>
    private static bool TryMailgunKey(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        return i >= 3 && text[i - 3] == 'k' && text[i - 2] == 'e' && text[i - 1] == 'y' &&
            TryPrefixedBody(text, i - 3, i + 1, MailgunBody, hexOnly: true, out m);
    }

    /// <summary>A prefix from <paramref name="s"/> then exactly <paramref name="length"/> alphanumerics from
    /// <paramref name="body"/> (single-case hex with a letter when <paramref name="hexOnly"/>, else mixed case with a
    /// digit), not part of a longer token.</summary>
    private static bool TryPrefixedBody(ReadOnlySpan<char> text, int s, int body, int length, bool hexOnly, out RedactionMatch m)
    {
        m = default;
        if (!IsSecretLeftBoundary(text, s) || body > text.Length)
        {
            return false;
        }

        int e = TokenRun(text, body, allowDash: false, allowUnderscore: false);
        ReadOnlySpan<char> token = text[body..e];
        if (token.Length != length || (e < text.Length && IsTokenChar(text[e])) ||
            !(hexOnly ? IsSingleCaseHexWithLetter(token) && token.ContainsAnyInRange('0', '9') : HasMixedCaseAndDigit(token)))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Credential, s, e, VendorTokenConfidence, secret: true);
        return true;
    }
}
