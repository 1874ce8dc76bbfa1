using System.Buffers;

namespace Governance.AI.Redaction;

/// <summary>
/// The built-in recognizers as one hand-written, single-pass scanner. A vectorized search jumps between trigger
/// characters (digits, <c>@</c>, <c>+</c>, <c>_</c>, <c>-</c>, <c>:</c>, <c>A</c>, <c>G</c>, <c>J</c>); each trigger runs a
/// recognizer that reads a bounded number of characters, so the whole scan is linear in the input.
/// </summary>
/// <remarks>
/// Recognizers report base confidences; context words are applied by the caller. Trigger positions that cannot start
/// a match are skipped cheaply (a failed digit run is skipped whole), and after a match the scan resumes at its end.
/// </remarks>
internal static partial class BuiltInScanner
{
    /// <summary>The maximum length of a PEM block body that is searched for its END line.</summary>
    internal const int MaxPemBody = 64 * 1024;

    private const double EmailConfidence = 0.95;
    private const double CardConfidence = 0.85;
    private const double CardCompactConfidence = 0.8;
    private const double SsnDashedConfidence = 0.85;
    private const double SsnSpacedConfidence = 0.55;
    private const double SsnCompactConfidence = 0.3;
    private const double PhoneFormattedConfidence = 0.7;
    private const double PhoneCompactConfidence = 0.35;
    private const double PhoneInternationalConfidence = 0.75;
    private const double PhoneDialPrefixConfidence = 0.6;
    private const double PhoneOutsidePlanPenalty = 0.25;
    private const double PhoneNationalConfidence = 0.3;
    private const double PhoneNationalFormattedConfidence = 0.55;
    private const double PhoneNationalCompactConfidence = 0.2;
    private const double PhoneOutsideExchangePenalty = 0.1;
    private const double IbanConfidence = 0.9;
    private const double IPv4Confidence = 0.7;
    private const double IPv6Confidence = 0.85;

    private static readonly SearchValues<char> Triggers = SearchValues.Create("0123456789@+_-:AGJ~");

    public static void Scan(ReadOnlySpan<char> text, BuiltInRecognizers enabled, List<RedactionMatch> output)
    {
        int n = text.Length;
        int i = 0;

        // Where a search for a PEM END line already failed: no END starts before this index, so a later BEGIN does
        // not search that stretch again (many BEGIN lines without END stay linear).
        int noPemEndBefore = 0;

        // Where the last phone that reads as one alone, or a member of its list, ended: the next number of the list needs
        // no phone word of its own.
        int phoneListEnd = -1;
        while (i < n)
        {
            int rel = text[i..].IndexOfAny(Triggers);
            if (rel < 0)
            {
                break;
            }

            i += rel;
            int next = i + 1;
            RedactionMatch m = default;
            bool found;
            switch (text[i])
            {
                case '@':
                    found = (Has(enabled, BuiltInRecognizers.Email) && TryEmail(text, i, out m)) || (Has(enabled, BuiltInRecognizers.Credentials) && TryOracleLogin(text, i, out m));
                    break;
                case '+':
                    found = (Has(enabled, BuiltInRecognizers.Phone) && TryInternationalPhone(text, i, out m)) ||
                        (Has(enabled, BuiltInRecognizers.Credentials) && TryPagerDutyUserToken(text, i, out m));
                    break;
                case '_':
                    found = TryUnderscoreSecret(text, i, enabled, out m) || TryUnderscoreVendorToken(text, i, enabled, out m) ||
                        (Has(enabled, BuiltInRecognizers.Credentials) && (TryUnderscorePrefixToken(text, i, out m) || TryUnderscoreServiceToken(text, i, out m) || TryUnderscorePlatformToken(text, i, out m) ||
                            TryLangSmithKey(text, i, out m) || TryReplicateToken(text, i, out m) || TryUnderscoreHostedToken(text, i, out m) || TryUnderscoreSuffixCredential(text, i, out m) ||
                            TryRabbitMqPassword(text, i, out m) || TryClickUpToken(text, i, out m)));
                    break;
                case '-':
                    found = TryDashSecret(text, i, enabled, ref noPemEndBefore, out m) || TryDashVendorToken(text, i, enabled, out m) ||
                        (Has(enabled, BuiltInRecognizers.Credentials) && (TryMailgunKey(text, i, out m) || TryDashServiceToken(text, i, out m) || TryDashPlatformToken(text, i, out m) || TryCloudflareOriginCaKey(text, i, out m) ||
                            TryDashHostedToken(text, i, out m) || TryFlagCredential(text, i, out m) || TrySecureStringLiteral(text, i, out m) ||
                            TryCommandFlagCredential(text, i, out m)));
                    break;
                case ':':
                    found = (Has(enabled, BuiltInRecognizers.SlackToken) && TrySlackWebhook(text, i, out m)) ||
                        (Has(enabled, BuiltInRecognizers.Credentials) && (TryUrlPassword(text, i, out m) || TryFirebaseServerKey(text, i, out m) || TryPgPassLine(text, i, out m) || TryDiscordWebhook(text, i, out m) || TryPskCredential(text, i, out m) || TryPatCredential(text, i, out m) || TryRomanceKeyAtColon(text, i, out m) ||
                            TryColonFieldPassword(text, i, out m) || TryForeignPasswordAtColon(text, i, out m) || TryPairedValueCredential(text, i, out m))) ||
                        (Has(enabled, BuiltInRecognizers.IPv6) && TryIPv6FromColon(text, i, out m));
                    break;
                case 'A':
                    found = TryUpperASecret(text, i, enabled, out m) || (Has(enabled, BuiltInRecognizers.Credentials) && (TrySquareAccessToken(text, i, out m) || TryCloudAccessKeyId(text, i, out m) || TryAtlassianToken(text, i, out m) || TryEasyPostKey(text, i, out m) || TryBitbucketAppPassword(text, i, out m) || TryUpperAHostedToken(text, i, out m)));
                    break;
                case 'G':
                    found = (Has(enabled, BuiltInRecognizers.SendGridKey) && TrySendGridKey(text, i, out m)) ||
                        (Has(enabled, BuiltInRecognizers.GitLabToken) && TryGitLabRunnerRegistrationToken(text, i, out m));
                    break;
                case 'J':
                    found = Has(enabled, BuiltInRecognizers.Jwt) && TryJwt(text, i, out m);
                    break;
                case '~':
                    found = Has(enabled, BuiltInRecognizers.AzureKey) && TryEntraClientSecret(text, i, out m);
                    break;
                default:
                    // "email=lucy%40example.com": an address in a URL's query, its "@" percent-encoded.
                    found = (text[i] == '4' && i > 0 && text[i - 1] == '%' && i + 1 < n && text[i + 1] == '0' && Has(enabled, BuiltInRecognizers.Email) && TryEmail(text, i - 1, out m, atLength: 3)) ||
                        TryBase64PrefixedSecret(text, i, enabled, out m) ||
                        (Has(enabled, BuiltInRecognizers.Credentials) && (TryDigitVendorToken(text, i, out m) || TryDigitServiceToken(text, i, out m) || TryDigitPlatformToken(text, i, out m))) ||
                        (Has(enabled, BuiltInRecognizers.AwsSecretKey | BuiltInRecognizers.AzureKey | BuiltInRecognizers.TwilioKey) && TryOpaqueKey(text, i, enabled, out m)) ||
                        TryDigitStart(text, i, enabled, phoneListEnd, out m) ||
                        (Has(enabled, BuiltInRecognizers.Credentials) && (TryNumericCode(text, i, out m) || TryPasswordValueAtDigit(text, i, out m)));
                    if (!found)
                    {
                        next = SkipDigits(text, i);
                    }

                    // A national id is reported beside whatever else the digits read as (its own words decide between them),
                    // unless a checksum or a layout already makes them certain (a card, a dashed SSN).
                    if (Has(enabled, BuiltInRecognizers.NationalId) && !(found && m.Start == i && m.Confidence >= CardConfidence) && TryNationalId(text, i, out RedactionMatch id))
                    {
                        output.Add(id);
                        next = Math.Max(next, id.End);
                    }

                    break;
            }

            if (found)
            {
                if (m.EntityType == RedactionEntityTypes.Phone &&
                    (m.Confidence >= PhoneWithoutTrunkConfidence || (phoneListEnd >= 0 && phoneListEnd < m.Start && RedactionEngine.IsListGap(text[phoneListEnd..m.Start]))))
                {
                    phoneListEnd = m.End;
                }

                output.Add(m);
                next = Math.Max(next, m.End);
            }

            i = next;
        }

        ScanSpokenNumbers(text, enabled, output);
        if (Has(enabled, BuiltInRecognizers.Credentials))
        {
            ScanCredentials(text, output);
            ScanNonAsciiPasswordNames(text, output);
        }
    }

    private static bool Has(BuiltInRecognizers set, BuiltInRecognizers flag) => (set & flag) != 0;

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsHex(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    private static bool IsAsciiAlnum(char c) => IsDigit(c) || IsAsciiLetter(c);

    private static bool IsWordChar(char c) => c < 128 ? IsAsciiAlnum(c) || c == '_' : char.IsLetterOrDigit(c);

    /// <summary>A word character that a number cannot stand next to. Chinese, Japanese and Korean text writes no space
    /// between a word and a number ("番号は03-5555-0199、", "电话13812345678", "010-1234-5678로"), so their ideographs,
    /// kana and hangul end a number as a space does.</summary>
    private static bool IsNumberWordChar(char c) => IsWordChar(c) && !IsSpacelessScript(c);

    /// <summary>Han ideographs, kana and hangul syllables: scripts written without spaces around numbers.</summary>
    private static bool IsSpacelessScript(char c) => c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF');

    private static bool IsTokenChar(char c) => IsAsciiAlnum(c) || c is '_' or '-';

    private static int SkipDigits(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && IsDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int CountDigits(ReadOnlySpan<char> text, int p, int max)
    {
        int k = 0;
        while (p + k < text.Length && k < max && IsDigit(text[p + k]))
        {
            k++;
        }

        return k;
    }

    /// <summary>Whether a number can start at <paramref name="i"/>: not inside a word or a dotted/dashed token.</summary>
    private static bool IsLeftBoundary(ReadOnlySpan<char> text, int i)
    {
        if (i == 0)
        {
            return true;
        }

        char p = text[i - 1];
        if (IsNumberWordChar(p) || p == '+' || (p == ':' && !IsLabelColon(text, i - 1)))
        {
            return false;
        }

        // "GR60 4257 0976 …", "9400 0014 2816 …": a digit group after a space-separated group continues a longer number.
        if (p == ' ' && i >= 2 && IsDigit(text[i - 2]))
        {
            return false;
        }

        return !(p is '-' or '_' or '.' or '/' && i >= 2 && IsWordChar(text[i - 2]));
    }

    /// <summary>Whether the colon at <paramref name="colon"/> ends a label such as "ssn:" or "tel:" (a word with a letter
    /// outside a–f), rather than a time, a port or an IPv6 group.</summary>
    private static bool IsLabelColon(ReadOnlySpan<char> text, int colon)
    {
        bool label = false;
        for (int k = colon - 1; k >= Math.Max(0, colon - 32) && IsAsciiAlnum(text[k]); k--)
        {
            if (IsAsciiLetter(text[k]) && !IsHex(text[k]))
            {
                label = true;
            }
        }

        return label && IsAsciiLetter(text[colon - 1]);
    }

    /// <summary>The length of the punctuation that glues a label to the number at <paramref name="i"/> ("Tel:", "tel.",
    /// "Tél.:", "SSN#:", "SSN-"), when a word of two or more letters, at least one of them outside a–f, stands right
    /// before it; else 0.</summary>
    private static int GluedLabelLength(ReadOnlySpan<char> text, int i)
    {
        int p = i;
        if (p > 0 && text[p - 1] == ':')
        {
            p--;
        }

        if (p > 0 && (text[p - 1] is '.' or '#' || (p == i && text[p - 1] == '-')))
        {
            p--;
        }

        int letters = 0;
        bool notHex = false;
        for (int k = p - 1; k >= 0 && k >= p - 32 && char.IsLetter(text[k]); k--)
        {
            letters++;
            notHex |= !IsHex(text[k]);
        }

        bool wordStart = p - letters == 0 || !IsWordChar(text[p - letters - 1]);
        return p < i && letters >= 2 && notHex && wordStart ? i - p : 0;
    }

    /// <summary>Whether the label right before <paramref name="s"/> lets a phone number start there: not inside a word,
    /// a longer number or a dotted, dashed or slashed token, unless a label is glued to it ("Tel:0711…", "tel.0711…",
    /// "FAX:(03) …").</summary>
    /// <remarks>A comma after a digit continues a number ("1,020 …"); after anything else it separates fields.</remarks>
    private static bool IsPhoneLeftBoundary(ReadOnlySpan<char> text, int s) =>
        s == 0 || !(IsNumberWordChar(text[s - 1]) || text[s - 1] is '+' or '.' or '-' or '/' or ':' or ',') ||
        (text[s - 1] is '.' or ':' && GluedLabelLength(text, s) > 0) || (text[s - 1] == ',' && (s < 2 || !IsDigit(text[s - 2])));

    /// <summary>Whether the comma at <paramref name="comma"/> separates fields ("5035550172,4471" in a CSV row) rather
    /// than continuing a number: four or more digits before it are never a thousands group, and three or more after it
    /// are not a decimal part.</summary>
    /// <remarks>One or two digits after it are a decimal part unless a date or time goes on from them
    /// ("4491785414852511,03/29", "252171631,08.04.2026"): a decimal part is never followed by a slash, dot, dash or
    /// colon and more digits.</remarks>
    private static bool IsFieldComma(ReadOnlySpan<char> text, int comma)
    {
        if (text[comma] != ',' || comma < 4 || !IsDigit(text[comma - 1]) || !IsDigit(text[comma - 2]) || !IsDigit(text[comma - 3]) || !IsDigit(text[comma - 4]))
        {
            return false;
        }

        int after = CountDigits(text, comma + 1, 3);
        int next = comma + 1 + after;
        return after == 3 || (after > 0 && next + 1 < text.Length && text[next] is '/' or '.' or '-' or ':' && IsDigit(text[next + 1]));
    }

    /// <summary>Whether a number can end at <paramref name="e"/>: not followed by a word or a token continuation.</summary>
    private static bool IsRightBoundary(ReadOnlySpan<char> text, int e)
    {
        if (e >= text.Length)
        {
            return true;
        }

        char c = text[e];
        if (IsNumberWordChar(c))
        {
            return false;
        }

        if (e + 1 < text.Length)
        {
            char d = text[e + 1];
            if ((c is '-' or '_' && IsWordChar(d)) || (c is '.' or ',' && IsDigit(d) && !IsFieldComma(text, e)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSecretLeftBoundary(ReadOnlySpan<char> text, int s) =>
        s == 0 || !(IsWordChar(text[s - 1]) || text[s - 1] is '-' or '.');

    private static RedactionMatch Match(string type, int start, int end, double confidence, bool secret = false) =>
        new(type, start, end - start, confidence, secret);
}
