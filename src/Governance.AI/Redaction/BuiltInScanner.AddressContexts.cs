using System.Buffers;

namespace Governance.AI.Redaction;

/// <summary>Where an IP address is written glued to something else, and the dotted quads that are not addresses whatever
/// their octets: an SPF mechanism or a label ending in a digit (<c>ip4:192.0.2.0/24</c>, <c>IPv6:2001:db8::1</c>), the
/// second address of a dashed range (<c>10.0.0.100-10.0.0.200</c>), an EC2 private host name
/// (<c>ip-10-0-1-23.ec2.internal</c>); an object identifier (<c>OID 2.5.4.3</c>) or a quad a version word follows
/// (<c>1.2.3.4 was the last version affected</c>); and the quads only an address is written like, which no word around
/// them makes a version.</summary>
internal static partial class BuiltInScanner
{
    /// <summary>The confidence of a dotted quad no version or section number is written like: certain, so no word around it
    /// ("after the update, 192.168.1.7 …") turns it into a version.</summary>
    private const double UnmistakableIPv4Confidence = 0.9;

    /// <summary>How far after a dotted quad a version word makes it a version (the next two or three words).</summary>
    private const int VersionWordAfterWindow = 24;

    /// <summary>Words that, right after a dotted quad, say it numbers a release ("1.2.3.4 was the last version",
    /// "5.1.0.3 released"); whole words.</summary>
    private static readonly ContextMatcher VersionWordsAfter = new(
        ["version", "versions", "release", "released", "changelog", "hotfix", "versión", "versione", "versão", "versie"],
        wholeWords: true);

    /// <summary>What ends the clause a dotted quad stands in ("… gets 10.23.84.9. Client version 4.10 …" says nothing
    /// about the address).</summary>
    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create(".,;!?\n\r");

    /// <summary>Words right before a dotted quad that keep it an address whatever follows ("host 10.0.0.5 was upgraded
    /// to the new build").</summary>
    private static readonly ContextMatcher AddressWordsBefore = new(
        ["ip", "ipv4", "address", "addr", "host", "server", "from", "client", "gateway", "node", "peer", "adresse", "dirección", "indirizzo", "endereço", "adres"],
        wholeWords: true);

    /// <summary>Whether the colon at <paramref name="colon"/> ends an address label that itself ends in a digit: SPF's
    /// <c>ip4:</c> / <c>ip6:</c> and <c>IPv4:</c> / <c>IPv6:</c> (case-insensitive, at a word start).</summary>
    private static bool IsAddressLabelColon(ReadOnlySpan<char> text, int colon)
    {
        if (colon < 3 || text[colon] != ':' || text[colon - 1] is not ('4' or '6'))
        {
            return false;
        }

        int s = text[colon - 2] is 'v' or 'V' ? colon - 4 : colon - 3;
        return s >= 0 && text[s] is 'i' or 'I' && text[s + 1] is 'p' or 'P' && (s == 0 || !IsWordChar(text[s - 1]));
    }

    /// <summary>Whether a dotted quad (four runs of one to three digits) ends right before <paramref name="end"/>, so a
    /// dash at <paramref name="end"/> joins the two ends of an address range.</summary>
    private static bool EndsDottedQuad(ReadOnlySpan<char> text, int end)
    {
        int p = end;
        for (int octet = 0; octet < 4; octet++)
        {
            int len = 0;
            while (p - len > 0 && len < 4 && IsDigit(text[p - len - 1]))
            {
                len++;
            }

            if (len is 0 or > 3)
            {
                return false;
            }

            p -= len;
            if (octet < 3)
            {
                if (p < 1 || text[p - 1] != '.')
                {
                    return false;
                }

                p--;
            }
        }

        return p == 0 || !(IsWordChar(text[p - 1]) || text[p - 1] == '.');
    }

    /// <summary>An EC2 private host name's address, <c>ip-10-0-1-23</c>: "ip-" at a word start, then four octets joined by
    /// dashes, tried at the first octet; the match is the octets.</summary>
    private static bool TryDashedHostAddress(ReadOnlySpan<char> text, int s, out RedactionMatch m)
    {
        m = default;
        if (s < 3 || text[s - 1] != '-' || text[s - 2] is not ('p' or 'P') || text[s - 3] is not ('i' or 'I') || (s > 3 && IsWordChar(text[s - 4])))
        {
            return false;
        }

        int p = s;
        for (int octet = 0; octet < 4; octet++)
        {
            int len = CountDigits(text, p, 4);
            if (len is 0 or > 3 || (len > 1 && text[p] == '0') || ParseDigits(text.Slice(p, len)) > 255)
            {
                return false;
            }

            p += len;
            if (octet < 3)
            {
                if (p + 1 >= text.Length || text[p] != '-')
                {
                    return false;
                }

                p++;
            }
        }

        if (p < text.Length && (IsWordChar(text[p]) || (text[p] == '-' && p + 1 < text.Length && IsDigit(text[p + 1]))))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.IPAddress, s, p, IPv4Confidence);
        return true;
    }

    private static int ParseDigits(ReadOnlySpan<char> digits)
    {
        int value = 0;
        foreach (char c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }

    /// <summary>Whether the space at <paramref name="space"/> follows the word "IPv4" or "ip4" (any case), which
    /// labels the address after it.</summary>
    private static bool EndsIPv4Label(ReadOnlySpan<char> text, int space)
    {
        if (space < 3 || text[space - 1] != '4')
        {
            return false;
        }

        int s = space - (text[space - 2] is 'v' or 'V' ? 4 : 3);
        return s >= 0 && (s == 0 || !IsWordChar(text[s - 1])) && text[s] is 'i' or 'I' && text[s + 1] is 'p' or 'P';
    }

    /// <summary>Whether the space at <paramref name="space"/> follows a host name that opens its line and ends in a digit
    /// ("web01", "db-2", "cache3" in an inventory or a hosts list: a name, one space, its address): letters first, then
    /// letters, digits, <c>-</c> or <c>_</c>, at most 32 characters, at the line's start after at most indentation or a
    /// list bullet. A digit group after it is read only as an address (<see cref="TryDigitStart"/>).</summary>
    private static bool EndsLineOpeningHostName(ReadOnlySpan<char> text, int space)
    {
        int s = space;
        while (s > 0 && space - s <= 32 && (IsAsciiAlnum(text[s - 1]) || text[s - 1] is '-' or '_'))
        {
            s--;
        }

        if (s == space || space - s > 32 || !IsAsciiLetter(text[s]))
        {
            return false;
        }

        int b = s;
        while (b > 0 && s - b < 8 && text[b - 1] is ' ' or '\t' or '-' or '*')
        {
            b--;
        }

        return b == 0 || text[b - 1] == '\n';
    }

    /// <summary>Whether the dotted quad from <paramref name="s"/> to <paramref name="e"/> is not an address by what stands
    /// around it: right after "OID" (<c>OID 2.5.4.3</c>, <c>urn:oid:2.5.4.3</c>), or followed within a few words by a
    /// version word in the same clause, unless an address word stands right before it.</summary>
    private static bool IsNonAddressQuad(ReadOnlySpan<char> text, int s, int e)
    {
        int w = s;
        while (w > 0 && s - w < 2 && text[w - 1] is ' ' or ':' or '=' or '#')
        {
            w--;
        }

        if (w >= 3 && text.Slice(w - 3, 3).Equals("oid", StringComparison.OrdinalIgnoreCase) && (w == 3 || !IsAsciiLetter(text[w - 4])))
        {
            return true;
        }

        int limit = Math.Min(text.Length, e + VersionWordAfterWindow);
        int clauseEnd = text[e..limit].IndexOfAny(ClauseEnds);
        ReadOnlySpan<char> after = clauseEnd < 0 ? text[e..limit] : text[e..(e + clauseEnd)];
        if (!VersionWordsAfter.Matches(after))
        {
            return false;
        }

        int b = Math.Max(0, s - 12);
        while (b > 0 && b < s && char.IsLetterOrDigit(text[b - 1]) && char.IsLetterOrDigit(text[b]))
        {
            b++;
        }

        return !AddressWordsBefore.Matches(text[b..s]);
    }

    /// <summary>Whether the dotted quad from <paramref name="s"/> to <paramref name="e"/> is written as only an address is:
    /// in a URL's authority (<c>://</c>) or after a user (<c>root@</c>), with a port (<c>:8080</c>) or a prefix length
    /// (<c>/8</c> to <c>/32</c>), in the private ranges 192.168/16, 172.16/12 and the link-local 169.254/16, or with two or
    /// more three-digit octets (<c>203.0.113.45</c>; versions and section numbers are small numbers).</summary>
    private static bool IsUnmistakableIPv4(ReadOnlySpan<char> text, int s, int e)
    {
        int n = text.Length;
        if ((s >= 3 && text.Slice(s - 3, 3).SequenceEqual("://")) || (s >= 1 && text[s - 1] == '@'))
        {
            return true;
        }

        if (e + 2 < n && text[e] is ':' or '/')
        {
            int len = CountDigits(text, e + 1, 6);
            int after = e + 1 + len;
            bool boundary = after >= n || !(IsWordChar(text[after]) || text[after] is '.' or ':' or '/');
            if (boundary && ((text[e] == ':' && len is >= 2 and <= 5) || (text[e] == '/' && len is 1 or 2 && ParseDigits(text.Slice(e + 1, len)) is >= 8 and <= 32)))
            {
                return true;
            }
        }

        ReadOnlySpan<char> quad = text[s..e];
        if (quad.StartsWith("192.168.", StringComparison.Ordinal) || quad.StartsWith("169.254.", StringComparison.Ordinal) ||
            (quad.StartsWith("172.", StringComparison.Ordinal) && quad.Length > 7 && quad[6] == '.' && ParseDigits(quad.Slice(4, 2)) is >= 16 and <= 31))
        {
            return true;
        }

        int longOctets = 0;
        foreach (Range octet in quad.Split('.'))
        {
            longOctets += quad[octet].Length == 3 ? 1 : 0;
        }

        return longOctets >= 2;
    }
}
