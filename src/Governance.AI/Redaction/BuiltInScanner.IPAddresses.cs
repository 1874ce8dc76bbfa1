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
        if (!IsRightBoundary(text, p) && !(text[p] == ',' && !IsThousandsGrouped(text[s..p])) && !(text[p] is ',' or '-' && StartsDottedQuad(text, p + 1)) &&
            !IsDottedPort(text, s, p))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.IPAddress, s, p, IPv4Confidence);
        return true;
    }

    /// <summary>Whether a valid dotted quad names no host: the unspecified <c>0.0.0.0</c> (like IPv6's <c>::</c>) or a
    /// netmask (<c>255.255.255.192</c>: leading ones, then zeros, the first octet all ones). Loopback addresses do name
    /// one and count.</summary>
    private static bool NamesNoHost(ReadOnlySpan<char> quad)
    {
        if (quad.SequenceEqual("0.0.0.0"))
        {
            return true;
        }

        if (!quad.StartsWith("255.", StringComparison.Ordinal))
        {
            return false;
        }

        uint value = 0;
        foreach (Range octet in quad.Split('.'))
        {
            value = (value << 8) | (uint)ParseDigits(quad[octet]);
        }

        uint hostBits = ~value;
        return (hostBits & (hostBits + 1)) == 0;
    }

    /// <summary>Whether the dotted quad from <paramref name="s"/> to <paramref name="e"/> is a network written in CIDR
    /// notation (<c>10.0.0.0/8</c>, <c>172.31.0.0/16</c>, <c>192.168.4.0/24</c>): a prefix of 1–31 bits after a slash,
    /// and every host bit zero. It names a range of addresses, not a host (as a netmask does); an interface's address with
    /// its prefix (<c>192.168.50.23/24</c>) and a single host (<c>/32</c>) are hosts and count.</summary>
    private static bool IsNetworkPrefix(ReadOnlySpan<char> text, int s, int e)
    {
        int len = e + 1 < text.Length && text[e] == '/' ? CountDigits(text, e + 1, 3) : 0;
        if (len is 0 or > 2 || (len == 2 && text[e + 1] == '0') || (e + 1 + len < text.Length && IsWordChar(text[e + 1 + len])))
        {
            return false;
        }

        int prefix = ParseDigits(text.Slice(e + 1, len));
        if (prefix is < 1 or > 31)
        {
            return false;
        }

        uint value = 0;
        foreach (Range octet in text[s..e].Split('.'))
        {
            value = (value << 8) | (uint)ParseDigits(text[s..e][octet]);
        }

        return (value & (uint.MaxValue >> prefix)) == 0;
    }

    /// <summary>Whether the address from <paramref name="s"/> to <paramref name="e"/> is followed by its port after a dot, as
    /// tcpdump (<c>IP 192.0.2.20.52211 &gt; 198.51.100.34.443:</c>) and BSD netstat (<c>10.0.1.5.22   203.0.113.8.61234</c>)
    /// write a socket: a port of one to five digits, and an arrow or a column gap (two spaces) next to the socket, so a
    /// five-part version in prose ("1.2.3.4.5") is not read as one.</summary>
    private static bool IsDottedPort(ReadOnlySpan<char> text, int s, int e)
    {
        int len = e + 1 < text.Length && text[e] == '.' ? CountDigits(text, e + 1, 6) : 0;
        if (len is 0 or > 5 || ParseDigits(text.Slice(e + 1, len)) > 65535)
        {
            return false;
        }

        int end = e + 1 + len;
        if (end < text.Length && text[end] == ':')
        {
            end++;
        }

        ReadOnlySpan<char> after = text[end..Math.Min(text.Length, end + 3)];
        ReadOnlySpan<char> before = text[Math.Max(0, s - 2)..s];
        return (after.IsEmpty || after[0] is ' ' or '\t' or '\n' or '\r') &&
            (after.StartsWith(" > ", StringComparison.Ordinal) || after.StartsWith("  ", StringComparison.Ordinal) || after.StartsWith("\t", StringComparison.Ordinal) ||
             before.SequenceEqual("> ") || before.SequenceEqual("  ") || before.EndsWith("\t", StringComparison.Ordinal));
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

        // A full address followed by ":port" without brackets, as HAProxy and some other logs write it
        // ("2001:db8:0:0:0:0:0:1:50412"): nine groups, the last decimal; the port is not part of the address.
        bool valid = IsValidIPv6(text[s..e]);
        if (!valid && IsFullIPv6WithPort(text[s..e], out int port))
        {
            e = s + port;
            valid = true;
        }

        // tcpdump writes the port after a dot ("IP6 2001:db8::20.52211 > 2001:db8::1.443:").
        int dot = valid ? -1 : text[s..e].LastIndexOf('.');
        if (dot > 0 && text[s..(s + dot)].IndexOf('.') < 0 && IsValidIPv6(text[s..(s + dot)]) && IsDottedPort(text, s, s + dot))
        {
            e = s + dot;
            valid = true;
        }

        // Real addresses carry digits; "a::b" and "dead::beef" are code or words.
        if (!valid || (e < n && IsNumberWordChar(text[e])) || !text[s..e].ContainsAnyInRange('0', '9'))
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

    /// <summary>Whether <paramref name="candidate"/> is an uncompressed eight-group address, a colon and a port (1–5
    /// decimal digits); <paramref name="colon"/> is where the port's colon stands.</summary>
    private static bool IsFullIPv6WithPort(ReadOnlySpan<char> candidate, out int colon)
    {
        colon = candidate.LastIndexOf(':');
        ReadOnlySpan<char> port = candidate[(colon + 1)..];
        return colon > 0 && port.Length is >= 1 and <= 5 && !port.ContainsAnyExceptInRange('0', '9') &&
            !candidate[..colon].Contains("::", StringComparison.Ordinal) && CountIPv6Groups(candidate[..colon], allowIPv4: false) == 8;
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
