namespace Governance.AI.Redaction;

/// <summary>National numbers with a prefix written apart: the trunk prefix apart from the area code, "0 (212) 829 45 35"
/// (TR), "8 (495) 532-78-92", "8-916-755-42-37" and "8 800 555-35-35" (RU, trunk 8); Argentina's mobile prefix 15 apart from the area code
/// and the subscriber number, "011 15-1234-5678".</summary>
internal static partial class BuiltInScanner
{
    /// <summary>A trunk prefix (<c>0</c>, or <c>8</c> as Russia and Kazakhstan dial it), a space or dash, an area code of 2–5
    /// digits in brackets (for a trunk 8 also a bare 3-digit code with the separator repeated), then at least two
    /// subscriber groups joined by one kind of separator: 10 to 12 digits in all, the last group of 2 to 4 digits.</summary>
    private static bool TryTrunkApartPhone(ReadOnlySpan<char> text, int s, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        char trunk = text[s];
        if (s + 8 >= n || trunk is not ('0' or '8') || text[s + 1] is not (' ' or '-') ||
            !IsPhoneLeftBoundary(text, s))
        {
            return false;
        }

        int p = s + 2;
        int area;
        char sep;
        if (text[p] == '(')
        {
            area = CountDigits(text, p + 1, 6);
            if (area is < 2 or > 5 || p + area + 3 >= n || text[p + 1 + area] != ')' || text[p + 2 + area] != ' ' || text[p + 1] == '0')
            {
                return false;
            }

            p += area + 3;
            sep = '\0';
        }
        else
        {
            // Unbracketed only for a trunk 8 and a Russian or Kazakh code (3xx, 4xx and 8xx geographic and toll-free, 7xx
            // Kazakh, 9xx mobile): "8-916-755-42-37", "8 916 755 42 37", "8 800 555-35-35" (the subscriber groups may
            // use their own separator after the code).
            area = CountDigits(text, p, 4);
            if (trunk != '8' || area != 3 || text[p] is not ('3' or '4' or '7' or '8' or '9') || p + area + 1 >= n || text[p + area] != text[s + 1] ||
                !IsDigit(text[p + area + 1]))
            {
                return false;
            }

            sep = CountDigits(text, p + area + 1, 4) == 3 && p + area + 4 < n && text[p + area + 4] is ' ' or '-' ? text[p + area + 4] : text[s + 1];
            p += area + 1;
        }

        int digits = 1 + area;
        int groups = 0;
        int lastGroup = 0;
        int end = p;
        while (true)
        {
            int len = CountDigits(text, p, 5);
            if (len is < 2 or > 4)
            {
                break;
            }

            digits += len;
            groups++;
            lastGroup = len;
            end = p + len;
            if (end + 1 >= n || text[end] is not (' ' or '-') || !IsDigit(text[end + 1]) || (sep != '\0' && text[end] != sep))
            {
                break;
            }

            sep = text[end];
            p = end + 1;
        }

        if (groups < 2 || digits is < 10 or > 12 || lastGroup < 2 || !IsRightBoundary(text, end) ||
            (end + 1 < n && text[end] is '.' or ':' or '-' or '/' or ',' && IsDigit(text[end + 1])))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Phone, s, SkipExtension(text, end), PhoneNationalFormattedConfidence);
        return true;
    }

    /// <summary>An Argentine mobile dialled nationally: trunk 0, the area code (2 to 4 digits, in brackets or not), the
    /// mobile prefix 15 written apart, then the subscriber number in groups joined by spaces or dashes, area code and
    /// subscriber number 10 digits together: "011 15-1234-5678", "(011) 15 4123-4567", "0351 15-512-3456".</summary>
    private static bool TryArgentineMobile(ReadOnlySpan<char> text, int s, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        bool paren = text[s] == '(';
        int p = paren ? s + 1 : s;
        if (p + 2 >= n || text[p] != '0' || text[p + 1] == '0' ||
            !IsPhoneLeftBoundary(text, s))
        {
            return false;
        }

        int area = CountDigits(text, p + 1, 5);
        if (area is < 2 or > 4)
        {
            return false;
        }

        p += 1 + area;
        if (paren && (p >= n || text[p++] != ')'))
        {
            return false;
        }

        if (p + 4 >= n || text[p] is not (' ' or '-') || text[p + 1] != '1' || text[p + 2] != '5' || text[p + 3] is not (' ' or '-'))
        {
            return false;
        }

        p += 4;
        int subscriber = 0;
        int end = p;
        while (true)
        {
            int len = CountDigits(text, p, 9);
            if (len < 2)
            {
                return false;
            }

            subscriber += len;
            end = p + len;
            if (subscriber >= 10 - area || end + 1 >= n || text[end] is not (' ' or '-') || !IsDigit(text[end + 1]))
            {
                break;
            }

            p = end + 1;
        }

        if (area + subscriber != 10 || !IsRightBoundary(text, end) || (end + 1 < n && text[end] is '.' or ':' or '-' or '/' or ',' && IsDigit(text[end + 1])))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Phone, s, end, PhoneNationalFormattedConfidence);
        return true;
    }
}
