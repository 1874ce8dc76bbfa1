namespace Governance.AI.Redaction;

/// <summary>The recognizers that start at a digit: cards, SSNs, IBANs (at their first check digit) and the phone and IP
/// shapes, the best of them kept per position.</summary>
internal static partial class BuiltInScanner
{
    private static bool TryDigitStart(ReadOnlySpan<char> text, int i, BuiltInRecognizers enabled, int phoneListEnd, out RedactionMatch best)
    {
        best = default;
        if (!IsLeftBoundary(text, i))
        {
            // An IBAN is triggered by its first check digit, after the two-letter country code.
            if (Has(enabled, BuiltInRecognizers.Iban) && i >= 2 && IsAsciiLetter(text[i - 1]) &&
                IsAsciiLetter(text[i - 2]) && IsLeftBoundary(text, i - 2) && TryIban(text, i - 2, out best))
            {
                return true;
            }

            // An address glued to a label that ends in a digit ("ip4:192.0.2.0/24", "IPv6:2001:db8::1"), the second end of a
            // dashed range ("10.0.0.100-10.0.0.200") and an EC2 host name ("ip-10-0-1-23") are addresses; so is one after a
            // label that ends in a digit and a space ("IPv4 203.0.113.9"), not a digit group that continues a number.
            if (i >= 2 && ((text[i - 1] == ':' && IsAddressLabelColon(text, i - 1)) || (text[i - 1] == '-' && EndsDottedQuad(text, i - 1)) ||
                (text[i - 1] == ' ' && EndsIPv4Label(text, i - 1))))
            {
                return TryNumber(text, i, enabled & (BuiltInRecognizers.IPv4 | BuiltInRecognizers.IPv6), addresses: true, phoneListEnd, out best);
            }

            // After a host name that opens its line ("web01 198.51.100.23"), or after another dotted quad and one space
            // ("dns-nameservers 192.0.2.53 192.0.2.54", "mask 255.255.255.0 10.2.3.1"): an address, not a continued number.
            if (text[i - 1] == ' ' && IsDigit(text[i - 2]) && (EndsDottedQuad(text, i - 1) || EndsLineOpeningHostName(text, i - 1)) &&
                TryNumber(text, i, enabled & (BuiltInRecognizers.IPv4 | BuiltInRecognizers.IPv6), addresses: true, phoneListEnd, out best))
            {
                return true;
            }

            if (Has(enabled, BuiltInRecognizers.IPv4) && TryDashedHostAddress(text, i, out best))
            {
                return true;
            }

            // A label glued to its number: "tel.0711 123456", "NO.176-43-4122" are read as after a space; "SSN-123-45-6789"
            // only as an SSN as weak as nine bare digits, which its SSN word must confirm (a dash also joins part numbers).
            if (GluedLabelLength(text, i) == 0)
            {
                return false;
            }

            if (text[i - 1] == '-')
            {
                if (Has(enabled, BuiltInRecognizers.UsSsn) && TrySsn(text, i, out RedactionMatch m))
                {
                    best = m with { Confidence = Math.Min(m.Confidence, SsnCompactConfidence) };
                    return true;
                }

                return false;
            }

            return TryNumber(text, i, enabled, addresses: false, phoneListEnd, out best);
        }

        return TryNumber(text, i, enabled, addresses: true, phoneListEnd, out best);
    }

    /// <summary>The best number of the enabled recognizers that starts at <paramref name="i"/>; IP addresses only with
    /// <paramref name="addresses"/> (a label glued to a dotted quad is a version or section more often than a host).</summary>
    private static bool TryNumber(ReadOnlySpan<char> text, int i, BuiltInRecognizers enabled, bool addresses, int phoneListEnd, out RedactionMatch best)
    {
        best = default;
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

        // A bracket before the digits opens an area code ("(415) 555-0132") or a whole number ("John (415-555-0132)").
        if (Has(enabled, BuiltInRecognizers.Phone) && ((i > 0 && text[i - 1] == '(' && TryNanp(text, i - 1, out m)) || TryNanp(text, i, out m)))
        {
            Consider(ref best, ref found, m);
        }

        if (Has(enabled, BuiltInRecognizers.Phone) && text[i] == '0' && i + 2 < text.Length && text[i + 1] == '0' &&
            TryInternationalPhone(text, i, out m))
        {
            Consider(ref best, ref found, m);
        }

        // A bracket before a trunk 0 opens either an area code ("(020) 7946 0958") or a whole number in brackets
        // ("Anna (07922 298 686)").
        if (Has(enabled, BuiltInRecognizers.Phone) && text[i] == '0' &&
            ((i > 0 && text[i - 1] == '(' && TryNationalPhone(text, i - 1, out m)) || TryNationalPhone(text, i, out m)))
        {
            Consider(ref best, ref found, m);
        }

        if (Has(enabled, BuiltInRecognizers.Phone) && text[i] == '0' &&
            ((i > 0 && text[i - 1] == '(' && TryArgentineMobile(text, i - 1, out m)) || TryArgentineMobile(text, i, out m)))
        {
            Consider(ref best, ref found, m);
        }

        if (Has(enabled, BuiltInRecognizers.Phone) && text[i] == '1' && TryVanityPhone(text, i, out m))
        {
            Consider(ref best, ref found, m);
        }

        if (Has(enabled, BuiltInRecognizers.Phone) && text[i] == '1' && TryChineseCompactMobile(text, i, out m))
        {
            Consider(ref best, ref found, m);
        }

        if (Has(enabled, BuiltInRecognizers.Phone) && text[i] is '0' or '8' && i + 1 < text.Length && text[i + 1] is ' ' or '-' &&
            TryTrunkApartPhone(text, i, out m))
        {
            Consider(ref best, ref found, m);
        }

        if (Has(enabled, BuiltInRecognizers.Phone) && i > 0 && text[i - 1] == '(' && TryBracketedAreaPhone(text, i - 1, out m))
        {
            Consider(ref best, ref found, m);
        }

        if (Has(enabled, BuiltInRecognizers.Phone) && text[i] is >= '1' and <= '9' && TryNationalWithoutTrunk(text, i, phoneListEnd, out m))
        {
            Consider(ref best, ref found, m);
        }

        if (Has(enabled, BuiltInRecognizers.Phone) && text[i] is >= '1' and <= '9' && TryLocalPhone(text, i, phoneListEnd, out m))
        {
            Consider(ref best, ref found, m);
        }

        if (addresses && Has(enabled, BuiltInRecognizers.IPv4) && TryIPv4(text, i, out m) && !NamesNoHost(text.Slice(m.Start, m.Length)) && !IsNetworkPrefix(text, m.Start, m.End) && !IsNonAddressQuad(text, m.Start, m.End))
        {
            Consider(ref best, ref found, IsUnmistakableIPv4(text, m.Start, m.End) ? m with { Confidence = UnmistakableIPv4Confidence } : m);
        }

        if (addresses && Has(enabled, BuiltInRecognizers.IPv6) && text.Slice(i, Math.Min(5, text.Length - i)).Contains(':') &&
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
        int lineBreak = 0;
        while (groups < 6 && p + 1 < n && (text[p] == sep || (sep == ' ' && text[p] == '\n' && lineBreak == 0)) && IsDigit(text[p + 1]))
        {
            // A form may wrap a spaced card number once: "4383 4065" / "4417 0291".
            lineBreak = text[p] == '\n' ? p : lineBreak;
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
            if (!IsRightBoundary(text, e) || (e + 1 < n && text[e] == sep && sep != ' ' && IsDigit(text[e + 1])) || (lineBreak > 0 && e > lineBreak && (total != 16 || (e + 1 < n && text[e] == ' ' && IsDigit(text[e + 1])))))
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
        if (sep is ('-' or ' ' or '.') && CountDigits(text, s + 4, 3) == 2 && text[s + 6] == sep &&
            CountDigits(text, s + 7, 5) == 4 && IsRightBoundary(text, s + 11))
        {
            return Ssn(text, s, s + 4, s + 7, s + 11, sep == '-' ? SsnDashedConfidence : SsnSpacedConfidence, out m);
        }

        // Scanned, typeset and hand-typed forms pad or mix the separators ("123 - 45 - 6789", "123 -45- 6789",
        // "123-45 6789", "123–45–6789"):
        // as weak as nine bare digits, so they count only with an SSN word nearby.
        int g = s + 3 + LooseSsnSeparator(text, s + 3);
        if (g == s + 3 || CountDigits(text, g, 3) != 2)
        {
            return false;
        }

        int sr = g + 2 + LooseSsnSeparator(text, g + 2);
        return sr > g + 2 && CountDigits(text, sr, 5) == 4 && IsRightBoundary(text, sr + 4) &&
            Ssn(text, s, g, sr, sr + 4, SsnCompactConfidence, out m);
    }

    /// <summary>The length of a padded SSN separator at <paramref name="p"/>: spaces around at most one dash, en dash or
    /// dot, one to three characters in all; 0 when there is none.</summary>
    private static int LooseSsnSeparator(ReadOnlySpan<char> text, int p)
    {
        int q = p;
        while (q < text.Length && q - p < 3 && text[q] == ' ')
        {
            q++;
        }

        if (q < text.Length && q - p < 3 && text[q] is '-' or '.' or '\u2013')
        {
            q++;
            while (q < text.Length && q - p < 3 && text[q] == ' ')
            {
                q++;
            }
        }

        return q < text.Length && IsDigit(text[q]) ? q - p : 0;
    }

    private static bool Ssn(ReadOnlySpan<char> text, int s, int g, int sr, int e, double confidence, out RedactionMatch m)
    {
        int area = ((text[s] - '0') * 100) + ((text[s + 1] - '0') * 10) + (text[s + 2] - '0');
        int group = ((text[g] - '0') * 10) + (text[g + 1] - '0');
        int serial = ((text[sr] - '0') * 1000) + ((text[sr + 1] - '0') * 100) + ((text[sr + 2] - '0') * 10) + (text[sr + 3] - '0');
        m = Checksums.IsValidSsn(area, group, serial) ? Match(RedactionEntityTypes.UsSsn, s, e, confidence) : default;
        return m.Length > 0;
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

        // A CSV field's comma may follow directly, digits after it ("FI87 1229 6710 6130 79,860.50"): an IBAN whose
        // length and checksum hold is not the integer part of a decimal number.
        if (count != length || !(IsRightBoundary(text, p) || text[p] == ',') || !Checksums.IbanMod97(compact[..count]))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Iban, s, p, IbanConfidence);
        return true;
    }
}
