namespace Governance.AI.Redaction;

/// <summary>National numbers whose trunk prefix is written apart from the area code: "0 (212) 829 45 35" (TR),
/// "8 (495) 532-78-92" and "8-916-755-42-37" (RU, trunk 8).</summary>
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
            (s > 0 && (IsWordChar(text[s - 1]) || text[s - 1] is '+' or '.' or '-' or '/' or ':' or ',')))
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
            // Unbracketed only for a trunk 8: "8-916-755-42-37", "8 916 755 42 37" (the mobile code starts with 9).
            area = CountDigits(text, p, 4);
            if (trunk != '8' || area != 3 || text[p] != '9' || p + area >= n || text[p + area] != text[s + 1])
            {
                return false;
            }

            sep = text[s + 1];
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
}
