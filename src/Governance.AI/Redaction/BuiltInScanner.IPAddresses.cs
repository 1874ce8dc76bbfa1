namespace Governance.AI.Redaction;

/// <summary>IPv4 and IPv6 addresses.</summary>
internal static partial class BuiltInScanner
{
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

        // A comma before a digit usually continues a number ("1.234,5"), but a dotted quad has no decimal part unless it
        // is grouped in thousands ("1.100.200.250,50"): after any other quad a comma separates a list written without
        // spaces ("10.1.2.3,10.1.2.4" in X-Forwarded-For, "31.163.3.95,2600:1f18::1" in an allow-list).
        // A dash before another dotted quad joins the two ends of a range ("10.0.0.100-10.0.0.200").
        if (!IsRightBoundary(text, p) && !(text[p] == ',' && !IsThousandsGrouped(text[s..p])) && !(text[p] is ',' or '-' && StartsDottedQuad(text, p + 1)))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.IPAddress, s, p, IPv4Confidence);
        return true;
    }

    /// <summary>Whether a dotted quad's last three octets have three digits each, as a number grouped in thousands does.</summary>
    private static bool IsThousandsGrouped(ReadOnlySpan<char> quad) =>
        quad.Length >= 12 && quad[^4] == '.' && quad[^8] == '.' && quad[^12] == '.';

    /// <summary>Whether four dot-separated runs of one to three digits start at <paramref name="p"/> (the shape only, so a
    /// long comma-joined list is not re-validated address by address).</summary>
    private static bool StartsDottedQuad(ReadOnlySpan<char> text, int p)
    {
        for (int octet = 0; octet < 4; octet++)
        {
            int len = CountDigits(text, p, 4);
            if (len is 0 or > 3)
            {
                return false;
            }

            p += len;
            if (octet < 3)
            {
                if (p >= text.Length || text[p] != '.')
                {
                    return false;
                }

                p++;
            }
        }

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

        if (j > 0 && (IsWordChar(text[j - 1]) || text[j - 1] is ':' or '.' or '-') && !IsAddressLabelColon(text, j - 1))
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
}
