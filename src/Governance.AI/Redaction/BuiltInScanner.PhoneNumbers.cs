namespace Governance.AI.Redaction;

/// <summary>NANP numbers and national numbers with a trunk prefix.</summary>
internal static partial class BuiltInScanner
{
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
        else if (p < n && (IsPhoneSeparator(text[p]) || text[p] == '/'))
        {
            // "212/555-0132": a slash may end an unbracketed area code when a dash joins exchange and line.
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
        if (sep1 == '/' && sep2 != '-')
        {
            return false;
        }

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
        // like one: written with brackets, dashes or dots it keeps most of its confidence too, and compact it needs a
        // phone word as any compact number does ("caller gave phone 4993188743"). So does the spaced 3-3-4
        // shape, which is how Italian and Colombian mobiles (3xx) and Greek numbers (2xx, 69x) are written ("333 123 4567",
        // "210 123 4567"): no thousands grouping or common reference number ends in a group of four.
        bool validArea = text[area] >= '2' && text[area + 1] != '9' && !(text[area + 1] == '1' && text[area + 2] == '1');
        bool validExchange = text[exchange] >= '2' && !(text[exchange + 1] == '1' && text[exchange + 2] == '1');
        double confidence = compact ? PhoneCompactConfidence : PhoneFormattedConfidence + (paren || countryCode ? 0.05 : 0);
        bool punctuated = paren || sep1 is '-' or '.' or '/' || (sep1 == ' ' && sep2 == ' ');
        if ((!validArea && text[area] < '2') || (!validExchange && !punctuated))
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
    /// "06 12 34 56 78", "0161-496-0000", or compact with 10–12 digits (German mobiles have up to 12). Two or more digit groups joined by one kind of
    /// separator (space, dash, dot or slash; a bracketed first group may be followed by a space); the area code may
    /// instead end with its own slash or dash, as Belgian ("02/458.66.19"), Swedish ("08-932 147 59") and Dutch
    /// ("010 - 123 45 67") numbers are written, and old German style writes the trunk 0 apart ("0 30 / 82 15 67").
    /// 8 to 12 digits in all (Swedish "08-12 34 56", Lebanese "03 731 133"). With 10 to 12
    /// digits, or 9 spaced and ending in a four-digit group or in four groups, the match counts alone; other 9- and 8-digit forms
    /// and the compact form are as often reference numbers and count only with a phone word nearby.</summary>
    private static bool TryNationalPhone(ReadOnlySpan<char> text, int s, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        bool paren = text[s] == '(';
        int p = paren ? s + 1 : s;
        if (!IsPhoneLeftBoundary(text, s) ||
            p + 2 >= n || text[p] != '0' || text[p + 1] == '0' || !(IsDigit(text[p + 1]) || (text[p + 1] == ' ' && !paren && IsDigit(text[p + 2]))))
        {
            return false;
        }

        int first = CountDigits(text, p, 13);
        if (!paren && first is >= 10 and <= 12 && IsRightBoundary(text, p + first) &&
            !(p + first + 1 < n && text[p + first] is '.' or ':' or '-' or '/' or ',' && IsDigit(text[p + first + 1])))
        {
            // Compact national number ("02079460958"): weaker still, but a phone word nearby makes it count. French mobiles
            // (06/07 + 8 digits) and British ones (07 + 9 digits) are typed compact in forms and signatures and count alone,
            // as formatted numbers do (a reference label in front still lowers them).
            bool mobile = text[p + 1] is '6' or '7' && (first == 10 || (first == 11 && text[p + 1] == '7'));
            m = Match(RedactionEntityTypes.Phone, s, p + first, mobile ? PhoneNationalFormattedConfidence : PhoneNationalCompactConfidence);
            return true;
        }

        // "0 30 / 82 15 67 57": the trunk 0 written apart from the area code, which a slash ends.
        int trunkApart = 0;
        if (first == 1 && !paren && p + 2 < n && text[p + 1] == ' ')
        {
            int area = CountDigits(text, p + 2, 6);
            if (area is >= 2 and <= 5 && SpacedSlash(text, p + 2 + area) > 0)
            {
                p += 2;
                first = area;
                trunkApart = 1;
            }
        }

        if (first + trunkApart is < 2 or > 6)
        {
            return false;
        }

        p += first;
        int digits = first + trunkApart;
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
        bool areaSeparator = false;
        bool areaSlash = false;
        int lastGroup = 0;
        bool pairs = first == 2 && trunkApart == 0;
        while (true)
        {
            int slashed = groups == 1 && !paren ? AreaCodeSeparator(text, p) : 0;
            if (slashed > 0)
            {
                // "089 / 142 2795", "0172/ 1968961", "02/458.66.19", "08-932 147 59": a slash or dash after the area
                // code, then groups of their own.
                areaSlash = text.Slice(p, slashed).Contains('/');
                p += slashed;
                areaSeparator = true;
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

            // Hungary's trunk prefix 06 comes before Budapest's one-digit area code: "06-1-234-5678", "06 1 234 5678".
            bool budapest = len == 1 && groups == 1 && first == 2 && trunkApart == 0 && text[paren ? s + 1 : s] == '0' && text[paren ? s + 2 : s + 1] == '6' && text[p] == '1';
            if ((len is < 2 or > 8) && !budapest)
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
            lastGroup = len;
            pairs &= len == 2;
            end = p;
            if (digits > 12)
            {
                return false;
            }
        }

        // DIN 5008 writes an extension after a dash: "0711 4846-57", "030 80091-237", "0711 048 46-57".
        int extension = sep is ' ' or '/' ? DashExtensionLength(text, end) : 0;
        int spacedExtension = 0;
        if (extension > 0 && digits >= 7)
        {
            digits += extension;
            end += 1 + extension;
        }
        else if (areaSlash && digits >= 6 && SpacedDashExtensionLength(text, end) is int spaced and > 0)
        {
            // Older DIN 5008 spaced the extension's dash as it spaced the area code's slash: "089 / 2180 - 3344". Its digits
            // do not count towards the length that lets a number stand alone ("089 / 2018 - 2019" may be a page and years).
            extension = spaced;
            spacedExtension = spaced;
            end += 3 + spaced;
        }

        // The number must end here: not followed by more digits, a time ("10:30") or a decimal part. A trunk 0 and
        // pairs are French or Dutch numbers, five pairs: six or more are a list ("07 14 22 31 38 45").
        if (groups < 2 || (pairs && groups > 5) || digits + spacedExtension < 8 || !IsRightBoundary(text, end) ||
            (end + 1 < n && text[end] is '.' or ':' or '-' or '/' or ',' && IsDigit(text[end + 1])))
        {
            return false;
        }

        // 10–12 digits with a trunk 0 is how most national numbers are written (UK, DE, FR, IT, IN, NL, AU…), and 9
        // spaced and ending in a group of four or in four groups is a short national number (IE "01 640 7975", BE
        // "02 123 45 67"); 9 in two groups, as 3-3-3 or dashed like an SSN, and 8, are as often another number, so they
        // need a phone word.
        // A two-digit area code then 3-4 joined by dashes is the same short national number ("03-408-7546" IL, "02-728-4849"
        // KR); an SSN-like 3-2-4 is not.
        // An Italian or Swiss area code then the subscriber number in one group ("02 4175715", "011 565432") is how those
        // plans write nine digits.
        bool counts = digits >= 10 || (digits == 9 && sep == ' ' && (groups >= 4 || (groups == 3 && lastGroup >= 4) || (groups == 2 && lastGroup >= 6 && !areaSeparator))) ||
            (digits == 9 && sep == '-' && groups == 3 && first + trunkApart == 2 && lastGroup == 4 && !areaSeparator);
        m = Match(RedactionEntityTypes.Phone, s, extension > 0 ? end : SkipExtension(text, end), counts ? PhoneNationalFormattedConfidence : PhoneNationalConfidence);
        return true;
    }

    /// <summary>The length of an area code's own separator at <paramref name="p"/> when a digit and then a different
    /// separator or more digits follow: a slash (" / ", "/ ", "/"), or a dash ("-", " - ") followed by a group joined
    /// by a space or a dot; else 0. A dash followed by dashes is the ordinary one-separator form.</summary>
    private static int AreaCodeSeparator(ReadOnlySpan<char> text, int p)
    {
        int spaced = SpacedSlash(text, p);
        if (spaced > 0)
        {
            return spaced;
        }

        int q = p < text.Length && text[p] == ' ' ? p + 1 : p;
        if (q + 2 >= text.Length || text[q] is not ('/' or '-'))
        {
            return 0;
        }

        int r = text[q + 1] == ' ' && q > p ? q + 2 : q + 1;
        if (r >= text.Length || !IsDigit(text[r]) || (q > p) != (r == q + 2))
        {
            return 0;
        }

        int len = CountDigits(text, r, 9);
        // A slash may also be followed by dashed groups ("064/214-1900" RS, "098/735-054" HR).
        bool spacedOrDotted = r + len + 1 < text.Length && (text[r + len] is ' ' or '.' || (text[q] == '/' && text[r + len] == '-')) && IsDigit(text[r + len + 1]);
        return text[q] == '/' && q == p && !spacedOrDotted ? 0 : spacedOrDotted || q > p ? r - p : 0;
    }

    /// <summary>The length of " / " or "/ " at <paramref name="p"/> when a digit follows, else 0.</summary>
    private static int SpacedSlash(ReadOnlySpan<char> text, int p)
    {
        int q = p < text.Length && text[p] == ' ' ? p + 1 : p;
        return q + 2 < text.Length && text[q] == '/' && text[q + 1] == ' ' && IsDigit(text[q + 2]) ? q + 2 - p : 0;
    }
}
