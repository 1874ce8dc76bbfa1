namespace Governance.AI.Redaction;

/// <summary>NANP toll-free vanity numbers: "1-800-FLOWERS", "1-800-GO-FEDEX", "1 (888) MY-PIZZA".</summary>
internal static partial class BuiltInScanner
{
    /// <summary><c>1</c> and a separator, a toll-free code (800, 833, 844, 855, 866, 877, 888; bracketed or followed by a
    /// separator), then 7 to 10 upper-case letters and digits, at least three of them letters, in dash- or space-joined
    /// parts.</summary>
    private static bool TryVanityPhone(ReadOnlySpan<char> text, int s, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        int p = s + 2;
        if (s + 13 > n || text[s] != '1' || text[s + 1] is not (' ' or '-' or '.'))
        {
            return false;
        }

        bool paren = text[p] == '(';
        int area = paren ? p + 1 : p;
        if (text[area] != '8' || !IsDigit(text[area + 1]) || text[area + 2] != text[area + 1] || text[area + 1] is '1' or '2' or '9' ||
            (text[area + 1] == '0' && text[area + 2] != '0'))
        {
            return false;
        }

        p = area + 3;
        if (paren)
        {
            if (text[p] != ')')
            {
                return false;
            }

            p++;
        }

        if (p >= n || text[p] is not (' ' or '-' or '.'))
        {
            return false;
        }

        p++;
        int letters = 0;
        int alnum = 0;
        int end = p;
        while (p < n && alnum <= 10)
        {
            char c = text[p];
            if (c is >= 'A' and <= 'Z' || IsDigit(c))
            {
                letters += IsDigit(c) ? 0 : 1;
                alnum++;
                end = ++p;
            }
            else if (c is '-' or ' ' && p == end && alnum > 0 && p + 1 < n && (text[p + 1] is >= 'A' and <= 'Z' || IsDigit(text[p + 1])) && alnum < 7)
            {
                p++;
            }
            else
            {
                break;
            }
        }

        if (alnum is < 7 or > 10 || letters < 3 || (end < n && IsWordChar(text[end])))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Phone, s, end, PhoneFormattedConfidence);
        return true;
    }
}
