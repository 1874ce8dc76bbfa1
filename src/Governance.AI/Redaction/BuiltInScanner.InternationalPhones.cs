namespace Governance.AI.Redaction;

/// <summary>International numbers: <c>+</c>, <c>00</c> or a bracketed <c>(+CC)</c>, a country code, digit groups.</summary>
internal static partial class BuiltInScanner
{
    /// <summary>International: <c>+</c> (or <c>00</c>, also written apart, or a bracketed <c>(+CC)</c>), a country code,
    /// then digit groups separated by single spaces, dots or dashes (one slash may end the area code), with optional
    /// bracketed groups such as <c>(0)</c>; 8 to 15 significant digits (E.164), and an optional extension.</summary>
    private static bool TryInternationalPhone(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        bool bracketed = i > 0 && text[i - 1] == '(';
        int start = bracketed ? i - 1 : i;
        // "00 44 20 7946 0958": the dial prefix may stand apart from the country code.
        bool prefixApart = text[i] != '+' && i + 3 < n && text[i + 2] == ' ' && IsDigit(text[i + 3]);
        int digitsStart = text[i] == '+' ? i + 1 : prefixApart ? i + 3 : i + 2;
        if ((start > 0 && (IsNumberWordChar(text[start - 1]) || text[start - 1] == '+')) || digitsStart >= n || !IsDigit(text[digitsStart]))
        {
            return false;
        }

        if (!Checksums.IsPlausibleCountryCode(text[digitsStart], digitsStart + 1 < n ? text[digitsStart + 1] : ' '))
        {
            return false;
        }

        bool slashed = false;
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
            int slash = groups >= 2 && !slashed ? InternationalAreaSlash(text, p) : 0;
            if (slash > 0)
            {
                // "+49 89/1234567", "+43 1/234 56 78", "+49 (0) 89 / 12 34 56-78": one slash may end the area code.
                p += slash;
                slashed = true;
            }
            else if (p + 1 < n && IsPhoneSeparator(text[p]) && (IsDigit(text[p + 1]) || text[p + 1] == '('))
            {
                p++;
            }
            else if (p >= n || !(text[p] == '(' || (text[p - 1] == ')' && IsDigit(text[p]))))
            {
                // A bracketed group may be followed directly by digits: "+49 (0)89 1234567".
                break;
            }
        }

        // Spaced apart, "00" starts lists and codes as well: it needs ten digits, as a number with an area code has.
        int minimum = prefixApart ? 10 : 8;
        for (int k = groups - 1; k >= 0; k--)
        {
            if (counts[k] < minimum)
            {
                break;
            }

            int e = ends[k];
            int extended = SkipExtension(text, e);
            if (counts[k] > 15 || (text[i] != '+' && !FitsCountryPlan(text, digitsStart, counts[k])) || (extended == e && (!IsRightBoundary(text, e) || (e + 1 < n && text[e] is '-' or '.' && IsDigit(text[e + 1])))))
            {
                continue;
            }

            m = Match(RedactionEntityTypes.Phone, start, extended, text[i] == '+' ? PhoneInternationalConfidence : PhoneDialPrefixConfidence);
            return true;
        }

        return false;
    }

    /// <summary>Whether <paramref name="significant"/> digits from <paramref name="digitsStart"/> (country code included)
    /// fit the country's plan in <see cref="Checksums.CountryPlan"/> (the table <see cref="Checksums.IsPlausibleCountryCode"/>
    /// reads too); codes without a fixed-length plan take any E.164 length. Used for the
    /// <c>00</c> prefix only: "0048 2291 7735" (Poland's code, then 8 digits) is a parcel or reference number, while a
    /// <c>+</c> says the writer meant a phone.</summary>
    private static bool FitsCountryPlan(ReadOnlySpan<char> text, int digitsStart, int significant)
    {
        int cc = CountDigits(text, digitsStart, 3);
        int d0 = text[digitsStart] - '0';
        int d1 = cc >= 2 ? text[digitsStart + 1] - '0' : -1;
        int d2 = cc >= 3 ? text[digitsStart + 2] - '0' : -1;
        (int codeLength, int min, int max) = Checksums.CountryPlan(d0, d1, d2);
        int national = significant - codeLength;
        return national >= min && national <= max;
    }

    /// <summary>The length of a slash that ends the area code of an international number at <paramref name="p"/>:
    /// "/", " / " or "/ " before a digit; else 0.</summary>
    private static int InternationalAreaSlash(ReadOnlySpan<char> text, int p)
    {
        int spaced = SpacedSlash(text, p);
        return spaced > 0 ? spaced : p + 1 < text.Length && text[p] == '/' && IsDigit(text[p + 1]) ? 1 : 0;
    }
}
