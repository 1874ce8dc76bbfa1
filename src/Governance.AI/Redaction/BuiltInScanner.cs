using System.Buffers;
using System.Buffers.Text;
using System.Collections.Frozen;
using System.Text.Json;

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
                    found = Has(enabled, BuiltInRecognizers.Email) && TryEmail(text, i, out m);
                    break;
                case '+':
                    found = Has(enabled, BuiltInRecognizers.Phone) && TryInternationalPhone(text, i, out m);
                    break;
                case '_':
                    found = TryUnderscoreSecret(text, i, enabled, out m) || TryUnderscoreVendorToken(text, i, enabled, out m) ||
                        (Has(enabled, BuiltInRecognizers.Credentials) && TryUnderscorePrefixToken(text, i, out m));
                    break;
                case '-':
                    found = TryDashSecret(text, i, enabled, ref noPemEndBefore, out m) || TryDashVendorToken(text, i, enabled, out m) ||
                        (Has(enabled, BuiltInRecognizers.Credentials) && (TryMailgunKey(text, i, out m) || TryFlagCredential(text, i, out m)));
                    break;
                case ':':
                    found = (Has(enabled, BuiltInRecognizers.SlackToken) && TrySlackWebhook(text, i, out m)) ||
                        (Has(enabled, BuiltInRecognizers.Credentials) && TryUrlPassword(text, i, out m)) ||
                        (Has(enabled, BuiltInRecognizers.IPv6) && TryIPv6FromColon(text, i, out m));
                    break;
                case 'A':
                    found = TryUpperASecret(text, i, enabled, out m);
                    break;
                case 'G':
                    found = Has(enabled, BuiltInRecognizers.SendGridKey) && TrySendGridKey(text, i, out m);
                    break;
                case 'J':
                    found = Has(enabled, BuiltInRecognizers.Jwt) && TryJwt(text, i, out m);
                    break;
                case '~':
                    found = Has(enabled, BuiltInRecognizers.AzureKey) && TryEntraClientSecret(text, i, out m);
                    break;
                default:
                    found = (Has(enabled, BuiltInRecognizers.Credentials) && TryDigitVendorToken(text, i, out m)) ||
                        (Has(enabled, BuiltInRecognizers.AwsSecretKey | BuiltInRecognizers.AzureKey | BuiltInRecognizers.TwilioKey) && TryOpaqueKey(text, i, enabled, out m)) ||
                        TryDigitStart(text, i, enabled, out m);
                    if (!found)
                    {
                        next = SkipDigits(text, i);
                    }

                    break;
            }

            if (found)
            {
                output.Add(m);
                next = Math.Max(i + 1, m.End);
            }

            i = next;
        }

        if (Has(enabled, BuiltInRecognizers.Credentials))
        {
            ScanCredentials(text, output);
        }
    }

    private static bool Has(BuiltInRecognizers set, BuiltInRecognizers flag) => (set & flag) != 0;

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsHex(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    private static bool IsAsciiAlnum(char c) => IsDigit(c) || IsAsciiLetter(c);

    private static bool IsWordChar(char c) => c < 128 ? IsAsciiAlnum(c) || c == '_' : char.IsLetterOrDigit(c);

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
        if (IsWordChar(p) || p == '+' || (p == ':' && !IsLabelColon(text, i - 1)))
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

    /// <summary>Whether a number can end at <paramref name="e"/>: not followed by a word or a token continuation.</summary>
    private static bool IsRightBoundary(ReadOnlySpan<char> text, int e)
    {
        if (e >= text.Length)
        {
            return true;
        }

        char c = text[e];
        if (IsWordChar(c))
        {
            return false;
        }

        if (e + 1 < text.Length)
        {
            char d = text[e + 1];
            if ((c is '-' or '_' && IsWordChar(d)) || (c is '.' or ',' && IsDigit(d)))
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

    // ---------------------------------------------------------------- numbers

    private static bool TryDigitStart(ReadOnlySpan<char> text, int i, BuiltInRecognizers enabled, out RedactionMatch best)
    {
        best = default;
        if (!IsLeftBoundary(text, i))
        {
            // An IBAN is triggered by its first check digit, after the two-letter country code.
            return Has(enabled, BuiltInRecognizers.Iban) && i >= 2 && IsAsciiLetter(text[i - 1]) &&
                IsAsciiLetter(text[i - 2]) && IsLeftBoundary(text, i - 2) && TryIban(text, i - 2, out best);
        }

        bool found = false;
        RedactionMatch m;
        if (Has(enabled, BuiltInRecognizers.CreditCard) && TryCard(text, i, out m))
        {
            Consider(ref best, ref found, m);
        }

        if (Has(enabled, BuiltInRecognizers.UsSsn) && TrySsn(text, i, out m))
        {
            Consider(ref best, ref found, m);
        }

        if (Has(enabled, BuiltInRecognizers.Phone) && TryNanp(text, i > 0 && text[i - 1] == '(' ? i - 1 : i, out m))
        {
            Consider(ref best, ref found, m);
        }

        if (Has(enabled, BuiltInRecognizers.Phone) && text[i] == '0' && i + 2 < text.Length && text[i + 1] == '0' &&
            TryInternationalPhone(text, i, out m))
        {
            Consider(ref best, ref found, m);
        }

        if (Has(enabled, BuiltInRecognizers.Phone) && text[i] == '0' && TryNationalPhone(text, i > 0 && text[i - 1] == '(' ? i - 1 : i, out m))
        {
            Consider(ref best, ref found, m);
        }

        if (Has(enabled, BuiltInRecognizers.Phone) && i > 0 && text[i - 1] == '(' && TryBracketedAreaPhone(text, i - 1, out m))
        {
            Consider(ref best, ref found, m);
        }

        if (Has(enabled, BuiltInRecognizers.Phone) && text[i] is >= '1' and <= '9' && TryNationalWithoutTrunk(text, i, out m))
        {
            Consider(ref best, ref found, m);
        }

        if (Has(enabled, BuiltInRecognizers.Phone) && text[i] is >= '1' and <= '9' && TryLocalPhone(text, i, out m))
        {
            Consider(ref best, ref found, m);
        }

        if (Has(enabled, BuiltInRecognizers.IPv4) && TryIPv4(text, i, out m))
        {
            Consider(ref best, ref found, m);
        }

        if (Has(enabled, BuiltInRecognizers.IPv6) && text.Slice(i, Math.Min(5, text.Length - i)).Contains(':') &&
            TryIPv6(text, i, out m))
        {
            Consider(ref best, ref found, m);
        }

        return found;
    }

    private static void Consider(ref RedactionMatch best, ref bool found, RedactionMatch m)
    {
        if (!found || m.Confidence > best.Confidence || (m.Confidence == best.Confidence && m.Length > best.Length))
        {
            best = m;
            found = true;
        }
    }

    private static bool TryCard(ReadOnlySpan<char> text, int s, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        int first = CountDigits(text, s, 20);
        Span<char> digits = stackalloc char[19];
        if (first >= 13)
        {
            if (first > 19 || !IsRightBoundary(text, s + first))
            {
                return false;
            }

            text.Slice(s, first).CopyTo(digits);
            if (Checksums.IsKnownCardBrand(digits[..first]) && Checksums.Luhn(digits[..first]))
            {
                m = Match(RedactionEntityTypes.CreditCard, s, s + first, CardCompactConfidence);
                return true;
            }

            return false;
        }

        if (first != 4 || s + 5 >= n || text[s + 4] is not (' ' or '-' or '.'))
        {
            return false;
        }

        char sep = text[s + 4];
        Span<int> ends = stackalloc int[6];
        Span<int> totals = stackalloc int[6];
        text.Slice(s, 4).CopyTo(digits);
        ends[0] = s + 4;
        totals[0] = 4;
        int groups = 1;
        int p = s + 4;
        while (groups < 6 && p + 1 < n && text[p] == sep && IsDigit(text[p + 1]))
        {
            int len = CountDigits(text, p + 1, 7);
            if (len > 6 || totals[groups - 1] + len > 19 || (groups > 1 && totals[groups - 1] - totals[groups - 2] < 3))
            {
                // Groups have 3 to 6 digits; only the last may be shorter ("4945 1761 7883 0" is a 13-digit Visa).
                break;
            }

            text.Slice(p + 1, len).CopyTo(digits[totals[groups - 1]..]);
            p += 1 + len;
            ends[groups] = p;
            totals[groups] = totals[groups - 1] + len;
            groups++;
        }

        for (int k = groups - 1; k >= 1; k--)
        {
            int total = totals[k];
            if (total < 13)
            {
                break;
            }

            int e = ends[k];
            if (!IsRightBoundary(text, e) || (e + 1 < n && text[e] == sep && sep != ' ' && IsDigit(text[e + 1])))
            {
                continue;
            }

            if (Checksums.IsKnownCardBrand(digits[..total]) && Checksums.Luhn(digits[..total]))
            {
                m = Match(RedactionEntityTypes.CreditCard, s, e, CardConfidence);
                return true;
            }
        }

        return false;
    }

    private static bool TrySsn(ReadOnlySpan<char> text, int s, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        if (CountDigits(text, s, 10) is int run && run == 9)
        {
            if (!IsRightBoundary(text, s + 9))
            {
                return false;
            }

            return Ssn(text, s, s + 3, s + 5, s + 9, SsnCompactConfidence, out m);
        }

        if (run != 3 || s + 11 > n)
        {
            return false;
        }

        char sep = text[s + 3];
        if (sep is not ('-' or ' ' or '.') || CountDigits(text, s + 4, 3) != 2 || text[s + 6] != sep ||
            CountDigits(text, s + 7, 5) != 4 || !IsRightBoundary(text, s + 11))
        {
            return false;
        }

        return Ssn(text, s, s + 4, s + 7, s + 11, sep == '-' ? SsnDashedConfidence : SsnSpacedConfidence, out m);
    }

    private static bool Ssn(ReadOnlySpan<char> text, int s, int g, int sr, int e, double confidence, out RedactionMatch m)
    {
        int area = ((text[s] - '0') * 100) + ((text[s + 1] - '0') * 10) + (text[s + 2] - '0');
        int group = ((text[g] - '0') * 10) + (text[g + 1] - '0');
        int serial = ((text[sr] - '0') * 1000) + ((text[sr + 1] - '0') * 100) + ((text[sr + 2] - '0') * 10) + (text[sr + 3] - '0');
        m = Checksums.IsValidSsn(area, group, serial) ? Match(RedactionEntityTypes.UsSsn, s, e, confidence) : default;
        return m.Length > 0;
    }

    private static bool IsPhoneSeparator(char c) => c is ' ' or '-' or '.';

    /// <summary>NANP: optional <c>1</c> and separator, area code (optionally in brackets), exchange, line.</summary>
    private static bool TryNanp(ReadOnlySpan<char> text, int s, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        int p = s;
        bool countryCode = false;
        if (text[p] == '1' && p + 2 < n && IsPhoneSeparator(text[p + 1]) && (IsDigit(text[p + 2]) || text[p + 2] == '('))
        {
            countryCode = true;
            p += 2;
        }

        bool paren = text[p] == '(';
        if (paren)
        {
            p++;
        }

        if (CountDigits(text, p, 4) < 3)
        {
            return false;
        }

        int area = p;
        p += 3;
        char sep1 = '\0';
        if (paren)
        {
            if (p >= n || text[p] != ')')
            {
                return false;
            }

            p++;
            if (p < n && IsPhoneSeparator(text[p]))
            {
                sep1 = text[p++];
            }
        }
        else if (p < n && IsPhoneSeparator(text[p]))
        {
            sep1 = text[p++];
        }

        if (CountDigits(text, p, 4) < 3 || (sep1 != '\0' && CountDigits(text, p, 4) != 3))
        {
            return false;
        }

        int exchange = p;
        p += 3;
        char sep2 = '\0';
        if (p < n && IsPhoneSeparator(text[p]))
        {
            sep2 = text[p++];
        }

        if (CountDigits(text, p, 5) != 4)
        {
            return false;
        }

        p += 4;
        bool compact = !paren && sep1 == '\0' && sep2 == '\0';
        int extended = SkipExtension(text, p);
        if ((!paren && (sep1 == '\0') != (sep2 == '\0')) || (countryCode && compact) || (extended == p && !IsRightBoundary(text, p)))
        {
            return false;
        }

        // Numbers outside the NANP plan (area or exchange starting with 0/1, N9X areas, N11 service codes) are
        // phone-shaped but not dialable: they need a context word ("call", "phone"…) to count.
        // An exchange outside the plan with a valid area code is the common fictional form ("(555) 123-4567"): when
        // written with brackets, dashes or dots it keeps most of its confidence (space-separated triples are often data).
        // An area code that starts with 2–9 but is reserved or not yet assigned (N9X, 37X, 96X…) is still dialled
        // like one: written with brackets, dashes or dots it keeps most of its confidence too.
        bool validArea = text[area] >= '2' && text[area + 1] != '9' && !(text[area + 1] == '1' && text[area + 2] == '1');
        bool validExchange = text[exchange] >= '2' && !(text[exchange + 1] == '1' && text[exchange + 2] == '1');
        double confidence = compact ? PhoneCompactConfidence : PhoneFormattedConfidence + (paren || countryCode ? 0.05 : 0);
        bool punctuated = paren || sep1 is '-' or '.';
        if ((!validArea && !(punctuated && text[area] >= '2')) || (!validExchange && !punctuated))
        {
            confidence -= PhoneOutsidePlanPenalty;
        }
        else
        {
            confidence -= (validArea ? 0 : PhoneOutsideExchangePenalty) + (validExchange ? 0 : PhoneOutsideExchangePenalty);
        }

        m = Match(RedactionEntityTypes.Phone, s, extended, confidence);
        return true;
    }

    /// <summary>National format with a trunk prefix, no country code: "020 7946 0958", "030/1234567", "(02) 9876 5432",
    /// "06 12 34 56 78", "0161-496-0000", or compact with 10–11 digits. Two or more digit groups joined by one kind of separator (space, dash, dot
    /// or slash; a bracketed first group may be followed by a space), 9 to 12 digits in all. With 10 to 12 digits the
    /// match counts alone; 9 digits and the compact form are as often reference numbers and count only with a phone
    /// word nearby.</summary>
    private static bool TryNationalPhone(ReadOnlySpan<char> text, int s, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        bool paren = text[s] == '(';
        int p = paren ? s + 1 : s;
        if ((s > 0 && (IsWordChar(text[s - 1]) || text[s - 1] is '+' or '.' or '-' or '/' or ':' or ',')) ||
            p + 1 >= n || text[p] != '0' || !IsDigit(text[p + 1]) || text[p + 1] == '0')
        {
            return false;
        }

        int first = CountDigits(text, p, 13);
        if (!paren && first is 10 or 11 && IsRightBoundary(text, p + first) &&
            !(p + first + 1 < n && text[p + first] is '.' or ':' or '-' or '/' or ',' && IsDigit(text[p + first + 1])))
        {
            // Compact national number ("02079460958"): weaker still, but a phone word nearby makes it count.
            m = Match(RedactionEntityTypes.Phone, s, p + first, PhoneNationalCompactConfidence);
            return true;
        }

        if (first is < 2 or > 6)
        {
            return false;
        }

        p += first;
        int digits = first;
        int groups = 1;
        if (paren)
        {
            if (p >= n || text[p] != ')')
            {
                return false;
            }

            p++;
            if (p < n && text[p] == ' ')
            {
                p++;
            }
        }

        char sep = '\0';
        int end = p;
        while (true)
        {
            int slashed = groups == 1 && !paren ? SpacedSlash(text, p) : 0;
            if (slashed > 0)
            {
                // "089 / 142 2795", "0172/ 1968961": a slash after the area code, then groups of their own.
                p += slashed;
            }
            else if (groups > 1 || !paren)
            {
                if (p + 1 >= n || text[p] is not (' ' or '-' or '.' or '/') || !IsDigit(text[p + 1]) || (sep != '\0' && text[p] != sep))
                {
                    break;
                }

                sep = text[p];
                p++;
            }
            else if (p >= n || !IsDigit(text[p]))
            {
                break;
            }

            int len = CountDigits(text, p, 9);
            if (len is < 2 or > 8)
            {
                return false;
            }

            // "01-02-2023 …", "03.04.2024": two two-digit groups and a year are a date.
            if (groups == 2 && first == 2 && digits == 4 && len == 4 && text[p] is '1' or '2' && text[p + 1] is '9' or '0')
            {
                return false;
            }

            p += len;
            digits += len;
            groups++;
            end = p;
            if (digits > 12)
            {
                return false;
            }
        }

        // DIN 5008 writes an extension after a dash: "0711 4846-57", "030 80091-237", "0711 048 46-57".
        int extension = sep is ' ' or '/' ? DashExtensionLength(text, end) : 0;
        if (extension > 0 && digits >= 7)
        {
            digits += extension;
            end += 1 + extension;
        }

        // The number must end here: not followed by more digits, a time ("10:30") or a decimal part.
        if (groups < 2 || digits < 9 || !IsRightBoundary(text, end) ||
            (end + 1 < n && text[end] is '.' or ':' or '-' or '/' or ',' && IsDigit(text[end + 1])))
        {
            return false;
        }

        // 10–12 digits with a trunk 0 is how most national numbers are written (UK, DE, FR, IT, IN, NL, AU…); 9 is
        // as often a reference number, so it needs a phone word.
        m = Match(RedactionEntityTypes.Phone, s, extension > 0 ? end : SkipExtension(text, end), digits >= 10 ? PhoneNationalFormattedConfidence : PhoneNationalConfidence);
        return true;
    }

    /// <summary>The digit count of a dashed extension ("-57", "-0") at <paramref name="p"/>: one to four digits that end the
    /// number; else 0.</summary>
    private static int DashExtensionLength(ReadOnlySpan<char> text, int p)
    {
        if (p + 1 >= text.Length || text[p] != '-')
        {
            return 0;
        }

        int len = CountDigits(text, p + 1, 5);
        int e = p + 1 + len;
        return len is >= 1 and <= 4 && IsRightBoundary(text, e) && !(e + 1 < text.Length && text[e] is '-' or '/' or '.' && IsDigit(text[e + 1])) ? len : 0;
    }

    /// <summary>The length of " / " or "/ " at <paramref name="p"/> when a digit follows, else 0.</summary>
    private static int SpacedSlash(ReadOnlySpan<char> text, int p)
    {
        int q = p < text.Length && text[p] == ' ' ? p + 1 : p;
        return q + 2 < text.Length && text[q] == '/' && text[q + 1] == ' ' && IsDigit(text[q + 2]) ? q + 2 - p : 0;
    }

    /// <summary>Skips a phone extension ("x123", " ext. 123", " ext 12") after <paramref name="e"/>; returns the new
    /// end, or <paramref name="e"/> when there is none.</summary>
    private static int SkipExtension(ReadOnlySpan<char> text, int e)
    {
        int p = e;
        if (p < text.Length && text[p] == ' ')
        {
            p++;
        }

        int marker = ExtensionMarkerLength(text[p..]);
        if (marker == 0)
        {
            return e;
        }

        p += marker;
        if (p < text.Length && text[p] == ' ')
        {
            p++;
        }

        int len = CountDigits(text, p, 7);
        return len is >= 1 and <= 6 && IsRightBoundary(text, p + len) ? p + len : e;
    }

    /// <summary>The length of an extension marker at the start of <paramref name="rest"/>: "ext.", "x", "#", "Durchwahl",
    /// "DW", "poste", "int.", "interno", "ramal", "toestel" (the longest that matches), or 0.</summary>
    private static int ExtensionMarkerLength(ReadOnlySpan<char> rest)
    {
        foreach (string marker in ExtensionMarkers)
        {
            if (rest.StartsWith(marker, StringComparison.OrdinalIgnoreCase))
            {
                return marker.Length;
            }
        }

        return 0;
    }

    /// <summary>Extension markers in en/de/fr/es/it/pt/nl, longest first so that "ext." wins over "ext" and "x".</summary>
    private static readonly string[] ExtensionMarkers =
        ["extension", "durchwahl", "toestel", "interno", "ramal", "poste", "ext.", "int.", "ext", "dw", "x", "#"];

    /// <summary>International: <c>+</c> (or <c>00</c>, or a bracketed <c>(+CC)</c>), a country code, then digit groups
    /// separated by single spaces, dots or dashes, with optional bracketed groups such as <c>(0)</c>; 8 to 15
    /// significant digits (E.164), and an optional extension.</summary>
    private static bool TryInternationalPhone(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        bool bracketed = i > 0 && text[i - 1] == '(';
        int start = bracketed ? i - 1 : i;
        int digitsStart = text[i] == '+' ? i + 1 : i + 2;
        if ((start > 0 && (IsWordChar(text[start - 1]) || text[start - 1] == '+')) || digitsStart >= n || !IsDigit(text[digitsStart]))
        {
            return false;
        }

        if (!Checksums.IsPlausibleCountryCode(text[digitsStart], digitsStart + 1 < n ? text[digitsStart + 1] : ' '))
        {
            return false;
        }

        Span<int> ends = stackalloc int[12];
        Span<int> counts = stackalloc int[12];
        int groups = 0;
        int significant = 0;
        int p = digitsStart;
        if (bracketed)
        {
            int len = CountDigits(text, p, 4);
            if (len is 0 or > 3 || p + len >= n || text[p + len] != ')')
            {
                // "(+34 653 357 885)": the bracket holds the whole number, not the country code.
                bracketed = false;
                start = i;
            }
        }

        if (bracketed)
        {
            int len = CountDigits(text, p, 4);
            significant = len;
            p += len + 1;
            ends[groups] = p;
            counts[groups] = significant;
            groups++;
            if (p + 1 < n && IsPhoneSeparator(text[p]) && IsDigit(text[p + 1]))
            {
                p++;
            }
        }

        while (groups < ends.Length && p < n)
        {
            if (text[p] == '(')
            {
                int len = CountDigits(text, p + 1, 5);
                if (len is 0 or > 4 || p + 1 + len >= n || text[p + 1 + len] != ')')
                {
                    break;
                }

                // A bracketed trunk prefix "(0)" is not dialled internationally.
                significant += len == 1 && text[p + 1] == '0' ? 0 : len;
                p += len + 2;
            }
            else if (IsDigit(text[p]))
            {
                int len = CountDigits(text, p, 16);
                significant += len;
                p += len;
            }
            else
            {
                break;
            }

            ends[groups] = p;
            counts[groups] = significant;
            groups++;
            if (p + 1 < n && IsPhoneSeparator(text[p]) && (IsDigit(text[p + 1]) || text[p + 1] == '('))
            {
                p++;
            }
            else if (p >= n || !(text[p] == '(' || (text[p - 1] == ')' && IsDigit(text[p]))))
            {
                // A bracketed group may be followed directly by digits: "+49 (0)89 1234567".
                break;
            }
        }

        for (int k = groups - 1; k >= 0; k--)
        {
            if (counts[k] < 8)
            {
                break;
            }

            int e = ends[k];
            int extended = SkipExtension(text, e);
            if (counts[k] > 15 || (extended == e && (!IsRightBoundary(text, e) || (e + 1 < n && text[e] is '-' or '.' && IsDigit(text[e + 1])))))
            {
                continue;
            }

            m = Match(RedactionEntityTypes.Phone, start, extended, text[i] == '+' ? PhoneInternationalConfidence : PhoneDialPrefixConfidence);
            return true;
        }

        return false;
    }

    private static bool TryIban(ReadOnlySpan<char> text, int s, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        int length = Checksums.IbanLength(text[s], text[s + 1]);
        if (length == 0 || s + 3 >= n || !IsDigit(text[s + 3]))
        {
            return false;
        }

        Span<char> compact = stackalloc char[34];
        int count = 0;
        int p = s;
        while (count < length && p < n)
        {
            char c = text[p];
            if (IsAsciiAlnum(c))
            {
                compact[count++] = Checksums.AsciiUpper(c);
                p++;
            }
            else if (c is ' ' or '-' && count >= 4 && p + 1 < n && IsAsciiAlnum(text[p + 1]))
            {
                p++;
            }
            else
            {
                break;
            }
        }

        if (count != length || !IsRightBoundary(text, p) || !Checksums.IbanMod97(compact[..count]))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Iban, s, p, IbanConfidence);
        return true;
    }

    private static bool TryIPv4(ReadOnlySpan<char> text, int s, out RedactionMatch m)
    {
        m = default;
        int p = s;
        for (int octet = 0; octet < 4; octet++)
        {
            int len = CountDigits(text, p, 4);
            if (len is 0 or > 3 || (len > 1 && text[p] == '0'))
            {
                return false;
            }

            int value = 0;
            for (int k = 0; k < len; k++)
            {
                value = (value * 10) + (text[p + k] - '0');
            }

            if (value > 255)
            {
                return false;
            }

            p += len;
            if (octet < 3)
            {
                if (p + 1 >= text.Length || text[p] != '.' || !IsDigit(text[p + 1]))
                {
                    return false;
                }

                p++;
            }
        }

        if (!IsRightBoundary(text, p))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.IPAddress, s, p, IPv4Confidence);
        return true;
    }

    private static bool TryIPv6FromColon(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        int j = i;
        while (j > 0 && i - j < 4 && IsHex(text[j - 1]))
        {
            j--;
        }

        if (j > 0 && (IsWordChar(text[j - 1]) || text[j - 1] is ':' or '.' or '-'))
        {
            return false;
        }

        return TryIPv6(text, j, out m);
    }

    private static bool TryIPv6(ReadOnlySpan<char> text, int s, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        int limit = Math.Min(n, s + 46);
        int e = s;
        while (e < limit && (IsHex(text[e]) || text[e] is ':' or '.'))
        {
            e++;
        }

        if (e == limit && e < n && (IsHex(text[e]) || text[e] is ':' or '.'))
        {
            return false;
        }

        while (e > s && text[e - 1] == '.')
        {
            e--;
        }

        if (e - s >= 2 && text[e - 1] == ':' && text[e - 2] != ':')
        {
            e--;
        }

        // Real addresses carry digits; "a::b" and "dead::beef" are code or words.
        if ((e < n && IsWordChar(text[e])) || !text[s..e].ContainsAnyInRange('0', '9') || !IsValidIPv6(text[s..e]))
        {
            return false;
        }

        // A zone id ("fe80::1%eth0", "fe80::1%3") belongs to the address.
        if (e + 1 < n && text[e] == '%' && IsAsciiAlnum(text[e + 1]))
        {
            e++;
            while (e < n && (IsAsciiAlnum(text[e]) || text[e] is '.' or '_' or '-'))
            {
                e++;
            }
        }

        m = Match(RedactionEntityTypes.IPAddress, s, e, IPv6Confidence);
        return true;
    }

    internal static bool IsValidIPv6(ReadOnlySpan<char> address)
    {
        int compressed = address.IndexOf("::", StringComparison.Ordinal);
        if (compressed < 0)
        {
            return CountIPv6Groups(address, allowIPv4: true) == 8;
        }

        if (address.Length == 2)
        {
            return false;
        }

        int left = CountIPv6Groups(address[..compressed], allowIPv4: false);
        int right = CountIPv6Groups(address[(compressed + 2)..], allowIPv4: true);
        return left >= 0 && right >= 0 && left + right <= 7;
    }

    /// <summary>Counts the 16-bit groups of a colon-separated part, or -1 when it is malformed.</summary>
    private static int CountIPv6Groups(ReadOnlySpan<char> part, bool allowIPv4)
    {
        if (part.IsEmpty)
        {
            return 0;
        }

        int groups = 0;
        while (true)
        {
            int colon = part.IndexOf(':');
            ReadOnlySpan<char> group = colon < 0 ? part : part[..colon];
            if (colon < 0 && allowIPv4 && group.Contains('.'))
            {
                return IsStrictIPv4(group) ? groups + 2 : -1;
            }

            if (group.Length is 0 or > 4)
            {
                return -1;
            }

            foreach (char c in group)
            {
                if (!IsHex(c))
                {
                    return -1;
                }
            }

            groups++;
            if (colon < 0)
            {
                return groups;
            }

            part = part[(colon + 1)..];
        }
    }

    private static bool IsStrictIPv4(ReadOnlySpan<char> s) =>
        TryIPv4(s, 0, out RedactionMatch m) && m.Length == s.Length;

    // ---------------------------------------------------------------- e-mail

    private static bool IsLocalChar(char c) =>
        c < 128 ? IsAsciiAlnum(c) || c is '.' or '_' or '%' or '+' or '-' or '\'' : char.IsLetterOrDigit(c);

    private static bool IsDomainChar(char c) => c < 128 ? IsAsciiAlnum(c) || c == '-' : char.IsLetterOrDigit(c);

    private static bool TryEmail(ReadOnlySpan<char> text, int a, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        int min = Math.Max(0, a - 64);
        int j = a;
        while (j > min && IsLocalChar(text[j - 1]))
        {
            j--;
        }

        if (j == min && j > 0 && IsLocalChar(text[j - 1]))
        {
            return false;
        }

        while (j < a && !(IsAsciiAlnum(text[j]) || (text[j] >= 128 && char.IsLetterOrDigit(text[j]))))
        {
            j++;
        }

        if (j == a || text[a - 1] == '.' || text.Slice(j, a - j).Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        int p = a + 1;
        int labels = 0;
        int lastLabel = p;
        int max = Math.Min(n, a + 1 + 253);
        while (p < max)
        {
            int start = p;
            while (p < max && IsDomainChar(text[p]))
            {
                p++;
            }

            if (p == start || p - start > 63 || text[start] == '-' || text[p - 1] == '-')
            {
                return false;
            }

            labels++;
            lastLabel = start;
            if (p + 1 < max && text[p] == '.' && IsDomainChar(text[p + 1]))
            {
                p++;
                continue;
            }

            break;
        }

        if (labels < 2 || (p < n && (IsWordChar(text[p]) || text[p] == '@')))
        {
            return false;
        }

        ReadOnlySpan<char> tld = text[lastLabel..p];
        if (tld.Length < 2)
        {
            return false;
        }

        if (IsFileExtension(tld))
        {
            return false;
        }

        if (!tld.StartsWith("xn--", StringComparison.OrdinalIgnoreCase))
        {
            foreach (char c in tld)
            {
                if (!(IsAsciiLetter(c) || (c >= 128 && char.IsLetter(c))))
                {
                    return false;
                }
            }
        }

        m = Match(RedactionEntityTypes.Email, j, p, EmailConfidence);
        return true;
    }

    /// <summary>File extensions that are not top-level domains: <c>icon@2x.png</c> is a file name, not an address.</summary>
    private static bool IsFileExtension(ReadOnlySpan<char> tld) => FileExtensions.Contains(tld);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FileExtensions = FrozenSet.ToFrozenSet(
        ["png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "tif", "tiff", "css", "js", "mjs", "ts", "tsx", "jsx", "json", "html", "htm", "txt", "yml", "yaml", "xml", "csv", "log", "cs", "java", "jar", "dll", "exe", "gz", "tgz", "pdf", "docx", "xlsx", "mp3", "mp4", "wav", "lock", "toml", "ini", "cfg", "conf", "ps1", "bat"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // ---------------------------------------------------------------- secrets

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

    /// <summary>A Slack incoming-webhook URL, "https://hooks.slack.com/services/T…/B…/secret", from its colon: the
    /// URL itself is the credential.</summary>
    private static bool TrySlackWebhook(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        const string Rest = "://hooks.slack.com/services/";
        if (i < 5 || !text[(i - 5)..i].Equals("https", StringComparison.OrdinalIgnoreCase) ||
            !text[i..].StartsWith(Rest, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        int p = i + Rest.Length;
        int segments = 0;
        int e = p;
        while (segments < 3)
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

            if (e == i + 20 && (e == n || !IsWordChar(text[e])))
            {
                m = Match(RedactionEntityTypes.AwsAccessKey, i, e, 0.9, secret: true);
                return true;
            }
        }

        if (Has(enabled, BuiltInRecognizers.GoogleApiKey) && c1 == 'I' && text[i + 2] == 'z' && text[i + 3] == 'a')
        {
            int e = TokenRun(text, i + 4, allowDash: true, allowUnderscore: true);
            if (e - (i + 4) == 35)
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
