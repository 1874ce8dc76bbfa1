using System.Runtime.CompilerServices;

namespace Governance.AI.Redaction;

/// <summary>National identification numbers (<see cref="RedactionEntityTypes.NationalId"/>): each shape is validated by
/// its country's published check (see <see cref="NationalIdChecksums"/>). A shape no other number has (a codice fiscale,
/// a CURP, a CPF written <c>ddd.ddd.ddd-dd</c>) counts alone; plain digits that pass a check (one in ten or a hundred
/// random numbers does) need an identity word nearby, which the engine's context words supply.</summary>
internal static partial class BuiltInScanner
{
    /// <summary>A checked shape that no phone, order or tracking number has.</summary>
    private const double NationalIdCertainConfidence = 0.85;

    /// <summary>A checked shape with letters or a telling layout (a DNI's letter, a Korean <c>yymmdd-nnnnnnn</c>): enough alone.</summary>
    private const double NationalIdShapedConfidence = 0.6;

    /// <summary>A National Insurance number has no check digit: its label (or the spaced layout) must confirm it.</summary>
    private const double NinoConfidence = 0.3;

    /// <summary>Checked plain digits: an identity word nearby must confirm them.</summary>
    private const double NationalIdDigitsConfidence = 0.3;

    /// <summary>The most digits of a national identification number (a Chinese resident id has 18).</summary>
    private const int MaxNationalIdDigits = 18;

    /// <summary>The most digit groups read (a French NIR written in full has seven).</summary>
    private const int MaxNationalIdGroups = 7;

    /// <summary>Finds a national identification number around the digit at <paramref name="i"/>: one that starts there,
    /// or one whose letters stand right before it (codice fiscale, CURP, NINO, NIE).</summary>
    [SkipLocalsInit]
    private static bool TryNationalId(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        if (i > 0 && text[i - 1] is >= 'A' and <= 'Z')
        {
            return TryLetterPrefixedId(text, i, out m);
        }

        if (i > 2 && text[i - 1] == ' ' && text[i - 2] is >= 'A' and <= 'Z' && TrySpacedNino(text, i, out m))
        {
            return true;
        }

        if (!CanStartNationalId(text, i) || !IsLeftBoundary(text, i))
        {
            return false;
        }

        Span<char> digits = stackalloc char[MaxNationalIdDigits];
        Span<int> groups = stackalloc int[MaxNationalIdGroups];
        Span<char> separators = stackalloc char[MaxNationalIdGroups];
        int count = 0;
        int groupCount = 0;
        int p = i;
        while (true)
        {
            int run = 0;
            while (p < text.Length && IsDigit(text[p]))
            {
                if (count == MaxNationalIdDigits)
                {
                    return false;
                }

                digits[count++] = text[p++];
                run++;
            }

            groups[groupCount++] = run;
            if (groupCount == 1 && run == 6 && TryFinnishId(text, i, out m))
            {
                return true;
            }

            if (groupCount == MaxNationalIdGroups || p + 1 >= text.Length || text[p] is not (' ' or '.' or '-' or '+') || !IsDigit(text[p + 1]))
            {
                break;
            }

            separators[groupCount - 1] = text[p++];
        }

        ReadOnlySpan<char> d = digits[..count];
        ReadOnlySpan<int> layout = groups[..groupCount];
        ReadOnlySpan<char> seps = separators[..(groupCount - 1)];

        // A letter after the digits: a DNI's control letter ("93021322F", "12.345.678-Z"), a Chinese id's check "X".
        if (p < text.Length && text[p] is (>= 'A' and <= 'Z') or 'x' || (p + 1 < text.Length && text[p] == '-' && text[p + 1] is >= 'A' and <= 'Z'))
        {
            int letterAt = text[p] == '-' ? p + 1 : p;
            char letter = text[letterAt];
            int end = letterAt + 1;
            if (!IsRightBoundary(text, end))
            {
                return false;
            }

            if (count == 8 && letter != 'x' && NationalIdChecksums.SpanishDni(ParseInt(d), letter))
            {
                m = Match(RedactionEntityTypes.NationalId, i, end, NationalIdShapedConfidence);
                return true;
            }

            Span<char> chinese = stackalloc char[18];
            if (count == 17 && groupCount == 1 && letterAt == p && letter is 'X' or 'x')
            {
                d.CopyTo(chinese);
                chinese[17] = 'X';
                if (IsChineseBirthDate(chinese) && NationalIdChecksums.ChineseResidentId(chinese))
                {
                    m = Match(RedactionEntityTypes.NationalId, i, end, NationalIdShapedConfidence);
                    return true;
                }
            }

            return false;
        }

        if (!IsRightBoundary(text, p))
        {
            return false;
        }

        double confidence = PlainDigitsConfidence(d, layout, seps);
        if (confidence <= 0)
        {
            return false;
        }

        m = Match(RedactionEntityTypes.NationalId, i, p, confidence);
        return true;
    }

    /// <summary>Whether the digits at <paramref name="i"/> can open an id, read before anything else, as most numbers in
    /// text cannot ("in 2015", "23 items", "(415) 555-0132", "203.0.113.7"): a run of an id's length alone, a run a letter
    /// ends (a DNI, a Finnish century sign, a Chinese "X"), or a first and second group of an id's layout.</summary>
    private static bool CanStartNationalId(ReadOnlySpan<char> text, int i)
    {
        int run = CountDigits(text, i, MaxNationalIdDigits + 1);
        int p = i + run;
        char next = p < text.Length ? text[p] : ' ';
        if (next is (>= 'A' and <= 'Z') or 'x')
        {
            return run is 6 or 8 or 17;
        }

        int second = p + 1 < text.Length ? CountDigits(text, p + 1, 8) : 0;
        if (second == 0)
        {
            return (run == 8 && next == '-' && p + 1 < text.Length && text[p + 1] is >= 'A' and <= 'Z') || run is (>= 9 and <= 13) or 15 or 18;
        }

        // NIR 1 2 …, Steuer-ID 2 3 3 3, BE 2.2.2-3.2, DNI 2.3.3-L, BSN 3 3 3 / 4.2.3, CPF 3.3.3-2, Aadhaar 4 4 4,
        // SE/DK 6-4, FI 6-3, NO 6 5, KR 6-7, SE 8-4.
        return (run, next, second) switch
        {
            (1, ' ', 2) or (2, ' ', 3) or (2, '.', 2 or 3) or (3, ' ' or '.', 3) or (4, ' ' or '-', 4) or (4, '.', 2) => true,
            (6, '-' or '+' or ' ', 3 or 4 or 5 or 7) or (8, '-' or ' ', 4) => true,
            _ => false,
        };
    }

    /// <summary>The confidence of digits (without a letter) as a national identification number, by count and layout;
    /// 0 when no country's shape and check fits.</summary>
    private static double PlainDigitsConfidence(ReadOnlySpan<char> d, ReadOnlySpan<int> layout, ReadOnlySpan<char> seps)
    {
        bool compact = layout.Length == 1;
        switch (d.Length)
        {
            case 9:
                // NL BSN, PT NIF: compact or as forms group them ("123 456 789", "1234.56.789"); never a US SSN's 3-2-4.
                return (compact || Is(layout, 3, 3, 3) || Is(layout, 4, 2, 3)) && (NationalIdChecksums.Bsn(d) || NationalIdChecksums.PortugueseNif(d)) ? NationalIdDigitsConfidence : 0;
            case 10:
                // SE personnummer (yymmdd-nnnc, "+" past a hundred years), DK CPR (ddmmyy-ssss).
                return (compact || Is(layout, 6, 4)) && (NationalIdChecksums.SwedishPersonalNumber(d) || NationalIdChecksums.DanishCpr(d)) ? NationalIdDigitsConfidence : 0;
            case 11:
                // BR CPF "ddd.ddd.ddd-dd" and BE "yy.mm.dd-nnn.cc" are written so only as ids.
                if (Is(layout, 3, 3, 3, 2) && seps.SequenceEqual("..-"))
                {
                    return NationalIdChecksums.Cpf(d) ? NationalIdCertainConfidence : 0;
                }

                if (Is(layout, 2, 2, 2, 3, 2) && seps.SequenceEqual("..-."))
                {
                    return NationalIdChecksums.BelgianNationalNumber(d) ? NationalIdCertainConfidence : 0;
                }

                // TR T.C. Kimlik, PL PESEL, NO fødselsnummer, DE Steuer-ID (also "12 345 678 901"), BE, BR compact.
                return (compact || Is(layout, 2, 3, 3, 3) || Is(layout, 6, 5)) &&
                    (NationalIdChecksums.TcKimlik(d) || NationalIdChecksums.Pesel(d) || NationalIdChecksums.NorwegianBirthNumber(d) ||
                     NationalIdChecksums.SteuerId(d) || NationalIdChecksums.BelgianNationalNumber(d) || NationalIdChecksums.Cpf(d)) ? NationalIdDigitsConfidence : 0;
            case 12:
                // IN Aadhaar (also "2345 6789 0124"); SE personnummer with the century (yyyymmdd-nnnc).
                return ((compact || Is(layout, 4, 4, 4)) && NationalIdChecksums.Aadhaar(d)) ||
                    ((compact || Is(layout, 8, 4)) && d[0] is '1' or '2' && d[1] is '8' or '9' or '0' && NationalIdChecksums.SwedishPersonalNumber(d[2..])) ? NationalIdDigitsConfidence : 0;
            case 13:
                // KR resident registration number "yymmdd-nnnnnnn" is written so only as one; ZA identity number.
                if (Is(layout, 6, 7) && seps[0] == '-')
                {
                    return NationalIdChecksums.KoreanResidentNumber(d) ? NationalIdShapedConfidence : 0;
                }

                return compact && (NationalIdChecksums.SouthAfricanId(d) || NationalIdChecksums.KoreanResidentNumber(d)) ? NationalIdDigitsConfidence : 0;
            case 15:
                // FR NIR: "1 85 05 78 006 084 36" in full, or compact; the key is mod 97 and the first digit the sex.
                return !NationalIdChecksums.FrenchNir(d) ? 0 : Is(layout, 1, 2, 2, 2, 3, 3, 2) ? NationalIdCertainConfidence : compact ? NationalIdShapedConfidence : 0;
            case 18:
                // CN resident identity card: region, yyyymmdd, sequence, MOD 11-2 check.
                return compact && IsChineseBirthDate(d) && NationalIdChecksums.ChineseResidentId(d) ? NationalIdShapedConfidence : 0;
            default:
                return 0;
        }
    }

    /// <summary>Whether a Chinese resident id's digits 7–14 are a birth date in 1900–2099.</summary>
    private static bool IsChineseBirthDate(ReadOnlySpan<char> d) => d[6] is '1' or '2' && d[7] is '9' or '0' && NationalIdChecksums.IsDate(d[8..14]);

    private static bool Is(ReadOnlySpan<int> layout, params ReadOnlySpan<int> expected) => layout.SequenceEqual(expected);

    private static int ParseInt(ReadOnlySpan<char> d)
    {
        int value = 0;
        foreach (char c in d)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }

    /// <summary>A Finnish henkilötunnus at <paramref name="i"/>: ddmmyy, the century sign ("+", "-", "A"–"F", "U"–"Y"),
    /// three digits and the check character. With a letter in it, the shape is telling alone.</summary>
    private static bool TryFinnishId(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        int sign = i + 6;
        if (sign + 5 > text.Length || text[sign] is not ('+' or '-' or (>= 'A' and <= 'F') or (>= 'U' and <= 'Y')) || CountDigits(text, sign + 1, 3) != 3 ||
            !IsRightBoundary(text, sign + 5))
        {
            return false;
        }

        char check = text[sign + 4];
        Span<char> dateAndSerial = stackalloc char[9];
        text.Slice(i, 6).CopyTo(dateAndSerial);
        text.Slice(sign + 1, 3).CopyTo(dateAndSerial[6..]);
        if (!NationalIdChecksums.FinnishPersonalIdentityCode(dateAndSerial, check))
        {
            return false;
        }

        bool telling = text[sign] is not ('+' or '-') || !IsDigit(check);
        m = Match(RedactionEntityTypes.NationalId, i, sign + 5, telling ? NationalIdShapedConfidence : NationalIdDigitsConfidence);
        return true;
    }

    /// <summary>An id whose upper-case letters stand right before the digit at <paramref name="i"/>: an Italian codice
    /// fiscale (6 letters), a Mexican CURP (4), a British NINO (2), a Spanish NIE (X, Y or Z).</summary>
    private static bool TryLetterPrefixedId(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        int start = i - 1;
        while (start > 0 && i - start < 7 && text[start - 1] is >= 'A' and <= 'Z')
        {
            start--;
        }

        if (start > 0 && IsWordChar(text[start - 1]))
        {
            return false;
        }

        switch (i - start)
        {
            case 6:
                return TryCodiceFiscale(text, start, out m);
            case 4:
                return TryCurp(text, start, out m);
            case 2:
                return TryNino(text, start, i, out m);
            case 1 when text[start] is 'X' or 'Y' or 'Z':
                return TryNie(text, start, out m);
            default:
                return false;
        }
    }

    /// <summary>RSSMRA85T10A562S: surname and name letters, year, month letter, day (+40 for women), municipality, check.</summary>
    private static bool TryCodiceFiscale(ReadOnlySpan<char> text, int s, out RedactionMatch m)
    {
        m = default;
        int end = s + 16;
        if (end > text.Length || !IsRightBoundary(text, end))
        {
            return false;
        }

        ReadOnlySpan<char> v = text[s..end];
        bool shape = IsDigit(v[6]) && IsDigit(v[7]) && v[8] is 'A' or 'B' or 'C' or 'D' or 'E' or 'H' or 'L' or 'M' or 'P' or 'R' or 'S' or 'T' &&
            IsDigit(v[9]) && IsDigit(v[10]) && v[11] is >= 'A' and <= 'Z' && IsDigit(v[12]) && IsDigit(v[13]) && IsDigit(v[14]) && v[15] is >= 'A' and <= 'Z';
        if (!shape || !NationalIdChecksums.CodiceFiscale(v))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.NationalId, s, end, NationalIdCertainConfidence);
        return true;
    }

    /// <summary>GODE561231HDFRRN09: name letters, yymmdd, sex (H, M, X), state, consonants, homoclave, check digit.</summary>
    private static bool TryCurp(ReadOnlySpan<char> text, int s, out RedactionMatch m)
    {
        m = default;
        int end = s + 18;
        if (end > text.Length || !IsRightBoundary(text, end) || CountDigits(text, s + 4, 6) != 6)
        {
            return false;
        }

        ReadOnlySpan<char> v = text[s..end];
        bool shape = NationalIdChecksums.IsDate(v[4..10]) && v[10] is 'H' or 'M' or 'X' && IsUpperRun(v[11..16]) &&
            v[16] is (>= 'A' and <= 'Z') or (>= '0' and <= '9') && IsDigit(v[17]);
        if (!shape || !NationalIdChecksums.Curp(v))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.NationalId, s, end, NationalIdCertainConfidence);
        return true;
    }

    private static bool IsUpperRun(ReadOnlySpan<char> v) => v.IndexOfAnyExceptInRange('A', 'Z') < 0;

    /// <summary>QQ123456C (HMRC's National Insurance Manual, NIM39110): a prefix whose letters are not D, F, I, Q, U or V
    /// (nor O second) and not BG, GB, KN, NK, NT, TN or ZZ, six digits, a suffix A–D (a space may stand before it).</summary>
    private static bool TryNino(ReadOnlySpan<char> text, int s, int i, out RedactionMatch m)
    {
        m = default;
        if (CountDigits(text, i, 7) != 6 || !IsNinoPrefix(text[s], text[s + 1]))
        {
            return false;
        }

        int q = i + 6;
        if (q + 1 < text.Length && text[q] == ' ')
        {
            q++;
        }

        if (q >= text.Length || text[q] is not (>= 'A' and <= 'D') || !IsRightBoundary(text, q + 1))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.NationalId, s, q + 1, NinoConfidence);
        return true;
    }

    /// <summary>QQ 12 34 56 C: a NINO as HMRC prints it, in pairs; the layout is telling alone.</summary>
    private static bool TrySpacedNino(ReadOnlySpan<char> text, int i, out RedactionMatch m)
    {
        m = default;
        int s = i - 3;
        if (s < 0 || text[s] is not (>= 'A' and <= 'Z') || (s > 0 && IsWordChar(text[s - 1])) || !IsNinoPrefix(text[s], text[s + 1]) || i + 10 > text.Length)
        {
            return false;
        }

        ReadOnlySpan<char> rest = text.Slice(i, 10);
        bool shape = IsDigit(rest[0]) && IsDigit(rest[1]) && rest[2] == ' ' && IsDigit(rest[3]) && IsDigit(rest[4]) && rest[5] == ' ' &&
            IsDigit(rest[6]) && IsDigit(rest[7]) && rest[8] == ' ' && rest[9] is >= 'A' and <= 'D';
        if (!shape || !IsRightBoundary(text, i + 10))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.NationalId, s, i + 10, NationalIdShapedConfidence);
        return true;
    }

    private static bool IsNinoPrefix(char a, char b) =>
        a is not ('D' or 'F' or 'I' or 'Q' or 'U' or 'V') && b is not ('D' or 'F' or 'I' or 'O' or 'Q' or 'U' or 'V') &&
        (a, b) is not (('B', 'G') or ('G', 'B') or ('K', 'N') or ('N', 'K') or ('N', 'T') or ('T', 'N') or ('Z', 'Z'));

    /// <summary>X1234567L, Y-1234567-X: a Spanish foreigner's NIE, its first letter read as 0, 1 or 2 for the control letter.</summary>
    private static bool TryNie(ReadOnlySpan<char> text, int s, out RedactionMatch m)
    {
        m = default;
        int d = s + 1;
        if (d < text.Length && text[d] == '-')
        {
            d++;
        }

        if (CountDigits(text, d, 8) != 7)
        {
            return false;
        }

        int q = d + 7;
        if (q + 1 < text.Length && text[q] == '-')
        {
            q++;
        }

        if (q >= text.Length || text[q] is not (>= 'A' and <= 'Z') || !IsRightBoundary(text, q + 1))
        {
            return false;
        }

        int number = ((text[s] - 'X') * 10_000_000) + ParseInt(text.Slice(d, 7));
        if (!NationalIdChecksums.SpanishDni(number, text[q]))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.NationalId, s, q + 1, NationalIdShapedConfidence);
        return true;
    }
}
