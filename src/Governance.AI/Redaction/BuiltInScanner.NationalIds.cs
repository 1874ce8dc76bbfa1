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

            // A slash only after a Czech or Slovak rodné číslo's six-digit date ("975725/3869").
            if (groupCount == MaxNationalIdGroups || p + 1 >= text.Length || !(text[p] is ' ' or '.' or '-' or '+' || (text[p] == '/' && groupCount == 1 && run == 6)) ||
                !IsDigit(text[p + 1]))
            {
                break;
            }

            separators[groupCount - 1] = text[p++];
        }

        ReadOnlySpan<char> d = digits[..count];
        ReadOnlySpan<int> layout = groups[..groupCount];
        ReadOnlySpan<char> seps = separators[..(groupCount - 1)];

        // A letter after the digits: a DNI's control letter ("93021322F", "12.345.678-Z"), a Chinese id's check "X", a RUT's "K".
        if (p < text.Length && text[p] is (>= 'A' and <= 'Z') or 'x' || (p + 1 < text.Length && text[p] == '-' && text[p + 1] is >= 'A' and <= 'Z'))
        {
            return TryIdWithTrailingLetter(text, i, p, d, layout, seps, out m);
        }

        if (!IsRightBoundary(text, p))
        {
            return false;
        }

        // Digits that fail every check still are the id a label right before them names ("Aadhaar number 4489 …").
        double confidence = seps.SequenceEqual("/") ? (NationalIdChecksums.RodneCislo(d) ? NationalIdDigitsConfidence : 0) : PlainDigitsConfidence(d, layout, seps);
        if (confidence <= 0 && IsOwnIdNameBefore(text, i, count))
        {
            confidence = NationalIdDigitsConfidence;
        }

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
            return run is 6 or 7 or 8 or 17;
        }

        int second = p + 1 < text.Length ? CountDigits(text, p + 1, 8) : 0;
        if (second == 0)
        {
            return (run is 7 or 8 && next == '-' && p + 1 < text.Length && text[p + 1] is >= 'A' and <= 'Z') || run is (>= 9 and <= 15) or 18;
        }

        // NIR 1 2 …, Steuer-ID 2 3 3 3, BE 2.2.2-3.2, DNI 2.3.3-L, BSN 3 3 3 / 4.2.3, CPF 3.3.3-2, Aadhaar 4 4 4,
        // SE/DK 6-4, FI 6-3, NO 6 5, KR 6-7, SE 8-4; RUT 1.3.3-1 and 8-1, CUIT 2-8-1, SIN 3-3-3, AHV 3.4.4.2, SVNR 4 6,
        // rodné číslo 6/4, MyKad 6-2-4.
        return (run, next, second) switch
        {
            (1, ' ', 2) or (1, '.', 3) or (2, ' ', 3) or (2, '.', 2 or 3) or (2, '-', 8) or (3, ' ' or '.' or '-', 3) or (3, '.', 4) => true,
            (4, ' ' or '-', 4) or (4, '.', 2) or (4, ' ', 6) => true,
            (6, '-' or '+' or ' ', 2 or 3 or 4 or 5 or 7) or (6, '/', 3 or 4) or (7 or 8, '-', 1) or (8, '-' or ' ', 4) => true,
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
            case 8:
                // CL RUT of a number under ten million with its check digit ("7.654.321-6", "7654321-6").
                return RutConfidence(d, layout, seps);
            case 9:
                // CL RUT "12.345.678-5"; NL BSN, PT NIF, CA SIN, IL Teudat Zehut, HU TAJ: compact or as forms group them
                // ("123 456 789", "1234.56.789", a SIN "123-456-789"); never a US SSN's 3-2-4.
                if (seps.EndsWith("-") && layout[^1] == 1)
                {
                    return RutConfidence(d, layout, seps);
                }

                return (compact || Is(layout, 3, 3, 3) || Is(layout, 4, 2, 3)) &&
                    (NationalIdChecksums.Bsn(d) || NationalIdChecksums.PortugueseNif(d) || NationalIdChecksums.CanadianSin(d) ||
                     NationalIdChecksums.IsraeliIdentityNumber(d) || NationalIdChecksums.HungarianTaj(d)) ? NationalIdDigitsConfidence : 0;
            case 10:
                // SE personnummer (yymmdd-nnnc, "+" past a hundred years), DK CPR (ddmmyy-ssss), CZ/SK rodné číslo written
                // compact, AT Sozialversicherungsnummer ("1237 010180").
                return ((compact || Is(layout, 6, 4)) && (NationalIdChecksums.SwedishPersonalNumber(d) || NationalIdChecksums.DanishCpr(d))) ||
                    (compact && NationalIdChecksums.RodneCislo(d)) ||
                    ((compact || Is(layout, 4, 6)) && NationalIdChecksums.AustrianSocialInsuranceNumber(d)) ? NationalIdDigitsConfidence : 0;
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

                // AR CUIT/CUIL "20-12345678-6" is written so only as one.
                if (Is(layout, 2, 8, 1) && seps.SequenceEqual("--"))
                {
                    return NationalIdChecksums.ArgentineCuit(d) ? NationalIdShapedConfidence : 0;
                }

                // TR T.C. Kimlik, PL PESEL, NO fødselsnummer, DE Steuer-ID (also "12 345 678 901"), BE, BR, AR CUIT, GR AMKA compact.
                return (compact || Is(layout, 2, 3, 3, 3) || Is(layout, 6, 5)) &&
                    (NationalIdChecksums.TcKimlik(d) || NationalIdChecksums.Pesel(d) || NationalIdChecksums.NorwegianBirthNumber(d) ||
                     NationalIdChecksums.SteuerId(d) || NationalIdChecksums.BelgianNationalNumber(d) || NationalIdChecksums.Cpf(d) ||
                     (compact && (NationalIdChecksums.ArgentineCuit(d) || NationalIdChecksums.GreekAmka(d)))) ? NationalIdDigitsConfidence : 0;
            case 12:
                // IN Aadhaar and JP My Number (also "2345 6789 0124"); SE personnummer with the century (yyyymmdd-nnnc);
                // MY MyKad "yymmdd-pb-nnnn".
                return ((compact || Is(layout, 4, 4, 4)) && (NationalIdChecksums.Aadhaar(d) || NationalIdChecksums.JapaneseMyNumber(d))) ||
                    (Is(layout, 6, 2, 4) && seps.SequenceEqual("--") && NationalIdChecksums.MyKad(d)) ||
                    ((compact || Is(layout, 8, 4)) && d[0] is '1' or '2' && d[1] is '8' or '9' or '0' && NationalIdChecksums.SwedishPersonalNumber(d[2..])) ? NationalIdDigitsConfidence : 0;
            case 13:
                // KR resident registration number "yymmdd-nnnnnnn" is written so only as one; ZA identity number.
                if (Is(layout, 6, 7) && seps[0] == '-')
                {
                    return NationalIdChecksums.KoreanResidentNumber(d) ? NationalIdShapedConfidence : 0;
                }

                // CH AHV "756.1234.5678.97" is written so only as one.
                if (Is(layout, 3, 4, 4, 2) && seps.SequenceEqual("..."))
                {
                    return NationalIdChecksums.SwissAhv(d) ? NationalIdCertainConfidence : 0;
                }

                // ZA identity number, KR compact, RO CNP, CH AHV compact.
                return compact && (NationalIdChecksums.SouthAfricanId(d) || NationalIdChecksums.KoreanResidentNumber(d) ||
                    NationalIdChecksums.RomanianCnp(d) || NationalIdChecksums.SwissAhv(d)) ? NationalIdDigitsConfidence : 0;
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
}
