namespace Governance.AI.Redaction;

/// <summary>National phone formats without a trunk 0: Spanish and Portuguese 9-digit numbers, Indian mobiles, Polish,
/// Mexican and Brazilian numbers with an area code, bracketed or not, Italian mobiles and Australian 13/1300/1800
/// numbers.</summary>
internal static partial class BuiltInScanner
{
    private const double PhoneWithoutTrunkConfidence = 0.5;
    private const double PhoneBracketedAreaConfidence = 0.6;

    /// <summary>Groupings of national numbers dialled without a trunk 0 and starting with 6–9 (mobiles, and Spanish 8/9
    /// landlines): "912 345 678", "912 34 56 78", "91 234 56 78" (ES, PT, PL), "98765 43210" (IN), "55 1234 5678" and
    /// "81-9884-8562" (MX area code, 2-4-4).</summary>
    private static readonly int[][] WithoutTrunkGroupings = [[3, 3, 3], [3, 2, 2, 2], [2, 3, 2, 2], [5, 5], [2, 4, 4]];

    /// <summary>Numbers starting with 1–5 that no other plan writes this way: a two-digit area code then 3-2-2 (Polish
    /// landlines, "22 123 45 67") or 4-4 (Mexican and Brazilian landlines, "33 1234 5678", "11 3456 7890"); Polish
    /// mobiles starting with 5 ("512 345 678").</summary>
    private static readonly int[][] AreaCodeGroupings = [[2, 3, 2, 2], [2, 4, 4]];

    private static readonly int[][] AreaCodeOrPolishMobileGroupings = [[2, 3, 2, 2], [2, 4, 4], [3, 3, 3]];

    /// <summary>Italian mobiles, which start with 3: "347 1234567" (3-3-4 is the NANP shape and found there).</summary>
    private static readonly int[][] ItalianMobileGroupings = [[3, 7], [2, 3, 2, 2], [2, 4, 4]];

    /// <summary>Portuguese landlines, which start with 2: "22 403 4626", "21 123 4567".</summary>
    private static readonly int[][] PortugueseLandlineGroupings = [[2, 3, 4], [2, 3, 2, 2], [2, 4, 4]];

    /// <summary>Australian 13, 1300 and 1800 numbers ("1300 123 456", "1800 123 456", "13 12 34").</summary>
    private static readonly int[][] AustralianServiceGroupings = [[4, 3, 3]];

    /// <summary>Chinese mobiles, 1 then 3–9: "138 1234 5678", "153-7840-0520".</summary>
    private static readonly int[][] ChineseMobileGroupings = [[3, 4, 4]];

    /// <summary>Nine digits in threes: a Spanish or Portuguese number with dots, "652.188.849", or a Czech or Slovak one,
    /// "212 345 678" (only with a phone word: both also group thousands).</summary>
    private static readonly int[] ThreesGrouping = [3, 3, 3];

    /// <summary>A Chilean mobile, "9 8416 6539" (only with a phone word).</summary>
    private static readonly int[] ChileanMobileGrouping = [1, 4, 4];

    /// <summary>Danish and Norwegian numbers, eight digits in four pairs without a trunk prefix: "74 93 08 59".</summary>
    private static readonly int[] FourPairsGrouping = [2, 2, 2, 2];

    /// <summary>Norwegian mobiles, which start with 4 or 9, in 3-2-3: "473 71 914".</summary>
    private static readonly int[] NorwegianMobileGrouping = [3, 2, 3];

    /// <summary>A Chilean landline after Santiago's bracketed area code: "(2) 2711 2849".</summary>
    private static readonly int[] ChileanLandlineGrouping = [4, 4];

    /// <summary>A Polish subscriber number after a bracketed area code: "(22) 891 86 41".</summary>
    private static readonly int[] PolishSubscriberGrouping = [3, 2, 2];

    /// <summary>Brazilian mobiles after an unbracketed area code: "11 92828 8362", "21 98765-4321" (the 9 is checked).</summary>
    private static readonly int[][] BrazilianMobileGroupings = [[2, 5, 4]];

    /// <summary>A national number without a trunk 0 in one of the groupings above for its first digit, joined by spaces
    /// or dashes (dots would be a thousands separator), not part of a longer number and not an amount. A two-digit area
    /// code never has a 0 as its second digit, and a dashed 2-4-4 never starts with 1 (a serial such as "12-3456-7890").</summary>
    private static bool TryNationalWithoutTrunk(ReadOnlySpan<char> text, int s, int phoneListEnd, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        int first = CountDigits(text, s, 6);
        if (s + first + 1 >= n)
        {
            return false;
        }

        // Dots are a thousands separator, and "9 1234 5678" a digit and a number, unless a phone word is bound to them:
        // "Mi móvil es el 652.188.849" (ES), "Teléfono: 9 8416 6539" (CL mobile).
        if ((first == 3 && text[s + first] == '.' && text[s] >= '6') || (first == 1 && text[s] == '9' && text[s + 1] == ' '))
        {
            return TryGroupedNumber(text, s, first == 3 ? ThreesGrouping : ChileanMobileGrouping, text[s + first], dashBeforeLast: false, out m) &&
                HasBoundPhoneWord(text, s, phoneListEnd);
        }

        if (text[s + first] is not (' ' or '-'))
        {
            return false;
        }

        // A Brazilian area code has no 0 and its mobiles start with 9; the subscriber groups may be joined by a dash.
        if (first == 2 && text[s + 1] != '0' && text[s + 3] == '9' && TryGroupedNumber(text, s, BrazilianMobileGroupings[0], ' ', dashBeforeLast: true, out m))
        {
            return true;
        }

        char sep = text[s + first];

        // 3-2-3 is how Norway writes its mobiles; four pairs is how Denmark and Norway write their eight-digit numbers
        // (any first digit but 0 and 1), but also how scores and lottery draws are listed: those need a phone word.
        if (sep == ' ' && first == 3 && text[s] is '4' or '9' && TryGroupedNumber(text, s, NorwegianMobileGrouping, ' ', dashBeforeLast: false, out m))
        {
            return true;
        }

        if (sep == ' ' && first == 2 && text[s] >= '2' && TryGroupedNumber(text, s, FourPairsGrouping, ' ', dashBeforeLast: false, out m))
        {
            m = m with { Confidence = PhoneCompactConfidence };
            return true;
        }

        // Czech and Slovak numbers are nine digits in threes from any first digit ("212 345 678"); starting with 2–4 that
        // is also a thousands grouping, so only a phone word bound to it makes it one.
        if (first == 3 && sep == ' ' && text[s] is >= '2' and <= '4' && TryGroupedNumber(text, s, ThreesGrouping, ' ', dashBeforeLast: false, out m) &&
            HasBoundPhoneWord(text, s, phoneListEnd))
        {
            return true;
        }

        int[][] groupings = text[s] switch
        {
            '1' when first == 4 && text[s + 1] is '3' or '8' && text[s + 2] == '0' && text[s + 3] == '0' => AustralianServiceGroupings,
            '1' when first == 3 && text[s + 1] >= '3' => ChineseMobileGroupings,
            '1' when sep == ' ' => AreaCodeGroupings,
            '1' => [],
            '2' => PortugueseLandlineGroupings,
            '3' => ItalianMobileGroupings,
            '4' => AreaCodeGroupings,
            '5' => AreaCodeOrPolishMobileGroupings,
            _ => WithoutTrunkGroupings,
        };
        foreach (int[] grouping in groupings)
        {
            if (grouping[0] == first && (first != 2 || text[s + 1] != '0') && TryGroupedNumber(text, s, grouping, sep, dashBeforeLast: false, out m))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A Chinese mobile written without separators, 11 digits starting 13–19 ("13812345678"): as weak as any
    /// compact number, so it counts only with a phone word nearby.</summary>
    private static bool TryChineseCompactMobile(ReadOnlySpan<char> text, int s, out RedactionMatch m)
    {
        m = default;
        bool mobile = s + 11 <= text.Length && text[s + 1] is >= '3' and <= '9' && CountDigits(text, s, 12) == 11 && IsRightBoundary(text, s + 11);
        if (mobile)
        {
            m = Match(RedactionEntityTypes.Phone, s, s + 11, PhoneCompactConfidence);
        }

        return mobile;
    }

    /// <summary>Digit groups of the sizes in <paramref name="grouping"/> from <paramref name="s"/>, joined by
    /// <paramref name="sep"/> (the last group also by a dash when <paramref name="dashBeforeLast"/>), not part of a longer
    /// number and not an amount.</summary>
    private static bool TryGroupedNumber(ReadOnlySpan<char> text, int s, int[] grouping, char sep, bool dashBeforeLast, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        int p = s + grouping[0];
        int g = 1;
        while (g < grouping.Length && p + 1 < n && (text[p] == sep || (dashBeforeLast && g == grouping.Length - 1 && text[p] == '-')) &&
            CountDigits(text, p + 1, grouping[g] + 1) == grouping[g])
        {
            p += 1 + grouping[g];
            g++;
        }

        if (g == grouping.Length && IsRightBoundary(text, p) && !(p + 1 < n && text[p] is ' ' or '-' && IsDigit(text[p + 1])) &&
            !IsNextToCurrency(text, s, p))
        {
            m = Match(RedactionEntityTypes.Phone, s, p, PhoneWithoutTrunkConfidence);
            return true;
        }

        return false;
    }

    /// <summary>A bracketed two-digit area code without a trunk 0, then the subscriber number: "(51) 97350-4299",
    /// "(11) 3456-7890" (BR); also with Brazil's written carrier-code slot, "(0xx11) 90001-8326"; a Polish landline,
    /// "(22) 891 86 41"; a Chilean landline after a one-digit area code, "(2) 2711 2849".</summary>
    private static bool TryBracketedAreaPhone(ReadOnlySpan<char> text, int s, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        // Santiago's landlines start with 2; two years ("(2) 2024 2025") are a range in an enumerated list.
        if (s + 13 <= n && text[s + 1] is >= '2' and <= '9' && text[s + 2] == ')' && text[s + 3] == ' ' && text[s + 4] == '2' &&
            !(text[s + 5] == '0' && text[s + 8] == ' ' && text[s + 9] is '1' or '2' && text[s + 10] is '9' or '0') &&
            TryGroupedNumber(text, s + 4, ChileanLandlineGrouping, ' ', dashBeforeLast: false, out RedactionMatch landline))
        {
            m = Match(RedactionEntityTypes.Phone, s, landline.End, PhoneBracketedAreaConfidence);
            return true;
        }

        int a = s + 4 < n && text[s + 1] == '0' && text[s + 2] is 'x' or 'X' && text[s + 3] is 'x' or 'X' ? s + 4 : s + 1;
        if (a + 12 > n || text[a] is < '1' or > '9' || text[a + 1] is < '1' or > '9' || text[a + 2] != ')')
        {
            return false;
        }

        int p = a + 3;
        if (text[p] == ' ')
        {
            p++;
        }

        int head = CountDigits(text, p, 6);
        if (head == 3 && p > a + 3 && TryGroupedNumber(text, p, PolishSubscriberGrouping, ' ', dashBeforeLast: false, out RedactionMatch subscriber))
        {
            m = Match(RedactionEntityTypes.Phone, s, subscriber.End, PhoneBracketedAreaConfidence);
            return true;
        }

        if (head is < 4 or > 5 || p + head + 5 > n || text[p + head] is not ('-' or ' ') || CountDigits(text, p + head + 1, 5) != 4)
        {
            return false;
        }

        int e = p + head + 5;
        if (!IsRightBoundary(text, e) || (e + 1 < n && text[e] is '-' or ' ' && IsDigit(text[e + 1])))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Phone, s, e, PhoneBracketedAreaConfidence);
        return true;
    }

    /// <summary>Whether a currency sign or code stands right before or after a number ("€ 912 345 678", "912 345 678 EUR").</summary>
    private static bool IsNextToCurrency(ReadOnlySpan<char> text, int start, int end)
    {
        int before = start > 0 && text[start - 1] == ' ' ? start - 2 : start - 1;
        if (before >= 0 && IsCurrencySign(text[before]))
        {
            return true;
        }

        int after = end < text.Length && text[end] == ' ' ? end + 1 : end;
        if (after >= text.Length)
        {
            return false;
        }

        if (IsCurrencySign(text[after]))
        {
            return true;
        }

        ReadOnlySpan<char> rest = text[after..];
        foreach (string word in CurrencyWords)
        {
            if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCurrencySign(char c) => c is '€' or '$' or '£' or '¥' or '₹' or '₽' or '₺' or '₩' or '¢';

    private static readonly string[] CurrencyWords = ["eur", "usd", "gbp", "chf", "inr", "brl", "mxn", "pln", "zł", "sek", "nok", "dkk", "czk", "kč", "dollar", "pound", "peso", "reais", "rupee", "franc", "yen", "yuan", "złot"];

    /// <summary>How far before a local number its phone word may stand ("call 555-0132", "Tel. 48 46 57", "Text me at …").</summary>
    private const int LocalPhoneWordWindow = 32;

    /// <summary>The longest bracketed aside between a phone word and its number.</summary>
    private const int MaxBracketedAside = 24;

    /// <summary>Words that, bound to a number right after them, say it is a phone number even without an area code.</summary>
    private static readonly ContextMatcher LocalPhoneWords = new(
    [
        "tel", "tél", "phone", "call", "dial", "cell", "fax", "mobile", "text me", "sms", "whatsapp", "ring", "reach me", "hotline", "helpline", "switchboard", "landline",
        "telefon", "telefoon", "teléfono", "telefono", "téléphone", "telefone", "ruf", "hausruf", "anruf", "appel", "llam",
        "chiam", "ligue", "ligar", "bel ", "móvil", "movil", "mobil", "handy", "portable", "celular", "cellulare", "telemóvel", "telemovel", "natel",
        "cel.", "cel:", "cel ", "тел", "звон", "моб", "手机", "电话", "電話", "携帯", "휴대폰", "전화",
    ]);

    /// <summary>A local number without an area code, 6 to 8 digits in two or three groups joined by one kind of
    /// separator: "555-0132" (NANP, also with a dot), "48 46 57", "484 65 70", "59 47 170", "4846-57". It counts only with a
    /// phone word bound to it, within a few words before it and not across a comma, bracket or line, or with a written
    /// extension or a phone noun in its clause after it.</summary>
    private static bool TryLocalPhone(ReadOnlySpan<char> text, int s, int phoneListEnd, out RedactionMatch m)
    {
        m = default;
        int n = text.Length;
        int first = CountDigits(text, s, 5);
        if (first is < 2 or > 4 || s + first + 2 >= n || text[s + first] is not (' ' or '-' or '.'))
        {
            return false;
        }

        char sep = text[s + first];
        int p = s + first;
        int digits = first;
        int groups = 1;
        while (p + 1 < n && text[p] == sep && IsDigit(text[p + 1]) && groups < 3)
        {
            int len = CountDigits(text, p + 1, 5);
            if (len is < 2 or > 4)
            {
                return false;
            }

            p += 1 + len;
            digits += len;
            groups++;
        }

        // A dot joins only the NANP 3-4 form; "2026-12" is a year and a month.
        bool nanp = first == 3 && groups == 2 && digits == 7 && sep is '-' or '.';
        if (digits is < 6 or > 8 || (sep == '.' && !nanp) || (first == 4 && text[s] is '1' or '2' && text[s + 1] is '9' or '0') ||
            !IsRightBoundary(text, p) || (p + 1 < n && text[p] is ' ' or '-' or '.' or '/' or ':' && IsDigit(text[p + 1])) ||
            IsNextToCurrency(text, s, p) || !(HasBoundPhoneWord(text, s, phoneListEnd) || HasWordExtension(text, p) || HasPhoneNounAfter(text, p)))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.Phone, s, SkipExtension(text, p), PhoneWithoutTrunkConfidence);
        return true;
    }

    /// <summary>Whether a phone word stands in the few characters before <paramref name="s"/>, on the same line and not
    /// across a comma, semicolon or bracket; or the number is the next member of a list of phones that ended at
    /// <paramref name="phoneListEnd"/> ("llamanos al 011 15-8799-1303 y en Chile al 9 1023 9646", "Helsinki: 040 015 0198,
    /// Reykjavík: 697 0455"): the list's phone word, or its members' own formats, speak for every member.</summary>
    private static bool HasBoundPhoneWord(ReadOnlySpan<char> text, int s, int phoneListEnd)
    {
        if (phoneListEnd >= 0 && phoneListEnd < s && RedactionEngine.IsListGap(text[phoneListEnd..s]))
        {
            return true;
        }

        int w = s;
        int window = LocalPhoneWordWindow;
        while (w > 0 && s - w < window)
        {
            // A short bracketed aside stays between a phone word and its number: "Mobile (Singapore): 9123 4567".
            int aside = text[w - 1] == ')' ? BracketedAsideLength(text, w - 1) : 0;
            if (aside > 0)
            {
                w -= aside;
                window += aside;
                continue;
            }

            if (text[w - 1] is ',' or ';' or '(' or ')' or '\n' or '\r' or '!' or '?')
            {
                break;
            }

            w--;
        }

        // Start at a word start, so the tail of a cut word is not read as a word.
        while (w < s && w > 0 && char.IsLetterOrDigit(text[w - 1]) && char.IsLetterOrDigit(text[w]))
        {
            w++;
        }

        return LocalPhoneWords.Matches(text[w..s]);
    }

    /// <summary>The length of a bracketed aside without digits that closes at <paramref name="close"/> ("(Singapore)",
    /// "(office)"), at most <see cref="MaxBracketedAside"/> characters; 0 when there is none.</summary>
    private static int BracketedAsideLength(ReadOnlySpan<char> text, int close)
    {
        for (int p = close - 1; p >= 0 && close - p < MaxBracketedAside; p--)
        {
            char c = text[p];
            if (c == '(')
            {
                return p < close - 1 ? close - p + 1 : 0;
            }

            if (IsDigit(c) || c is ')' or '\n' or '\r' or ',' or ';')
            {
                return 0;
            }
        }

        return 0;
    }
}
