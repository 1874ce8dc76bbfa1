using System.Collections.Frozen;

namespace Governance.AI.Redaction;

/// <summary>Checksum and format validators used by the built-in recognizers.</summary>
internal static class Checksums
{
    /// <summary>IBAN lengths by ISO 3166 country code (SWIFT IBAN registry).</summary>
    private static readonly FrozenDictionary<int, int> IbanLengths = new Dictionary<int, int>
    {
        [Key('A', 'D')] = 24, [Key('A', 'E')] = 23, [Key('A', 'L')] = 28, [Key('A', 'T')] = 20, [Key('A', 'Z')] = 28,
        [Key('B', 'A')] = 20, [Key('B', 'E')] = 16, [Key('B', 'G')] = 22, [Key('B', 'H')] = 22, [Key('B', 'I')] = 27,
        [Key('B', 'R')] = 29, [Key('B', 'Y')] = 28, [Key('C', 'H')] = 21, [Key('C', 'R')] = 22, [Key('C', 'Y')] = 28,
        [Key('C', 'Z')] = 24, [Key('D', 'E')] = 22, [Key('D', 'J')] = 27, [Key('D', 'K')] = 18, [Key('D', 'O')] = 28,
        [Key('E', 'E')] = 20, [Key('E', 'G')] = 29, [Key('E', 'S')] = 24, [Key('F', 'I')] = 18, [Key('F', 'K')] = 18,
        [Key('F', 'O')] = 18, [Key('F', 'R')] = 27, [Key('G', 'B')] = 22, [Key('G', 'E')] = 22, [Key('G', 'I')] = 23,
        [Key('G', 'L')] = 18, [Key('G', 'R')] = 27, [Key('G', 'T')] = 28, [Key('H', 'N')] = 28, [Key('H', 'R')] = 21,
        [Key('H', 'U')] = 28, [Key('I', 'E')] = 22, [Key('I', 'L')] = 23, [Key('I', 'Q')] = 23, [Key('I', 'S')] = 26,
        [Key('I', 'T')] = 27, [Key('J', 'O')] = 30, [Key('K', 'W')] = 30, [Key('K', 'Z')] = 20, [Key('L', 'B')] = 28,
        [Key('L', 'C')] = 32, [Key('L', 'I')] = 21, [Key('L', 'T')] = 20, [Key('L', 'U')] = 20, [Key('L', 'V')] = 21,
        [Key('L', 'Y')] = 25, [Key('M', 'C')] = 27, [Key('M', 'D')] = 24, [Key('M', 'E')] = 22, [Key('M', 'K')] = 19,
        [Key('M', 'N')] = 20, [Key('M', 'R')] = 27, [Key('M', 'T')] = 31, [Key('M', 'U')] = 30, [Key('N', 'I')] = 28,
        [Key('N', 'L')] = 18, [Key('N', 'O')] = 15, [Key('O', 'M')] = 23, [Key('P', 'K')] = 24, [Key('P', 'L')] = 28,
        [Key('P', 'S')] = 29, [Key('P', 'T')] = 25, [Key('Q', 'A')] = 29, [Key('R', 'O')] = 24, [Key('R', 'S')] = 22,
        [Key('R', 'U')] = 33, [Key('S', 'A')] = 24, [Key('S', 'C')] = 31, [Key('S', 'D')] = 18, [Key('S', 'E')] = 24,
        [Key('S', 'I')] = 19, [Key('S', 'K')] = 24, [Key('S', 'M')] = 27, [Key('S', 'O')] = 23, [Key('S', 'T')] = 25,
        [Key('S', 'V')] = 28, [Key('T', 'L')] = 23, [Key('T', 'N')] = 24, [Key('T', 'R')] = 26, [Key('U', 'A')] = 29,
        [Key('V', 'A')] = 22, [Key('V', 'G')] = 24, [Key('X', 'K')] = 20, [Key('Y', 'E')] = 30,
    }.ToFrozenDictionary();

    /// <summary>Gets the IBAN length of a country, or 0 when the country does not use IBANs.</summary>
    public static int IbanLength(char c0, char c1) =>
        IbanLengths.TryGetValue(Key(AsciiUpper(c0), AsciiUpper(c1)), out int length) ? length : 0;

    /// <summary>Checks the ISO 13616 mod-97 check digits of a compact, upper-case IBAN.</summary>
    public static bool IbanMod97(ReadOnlySpan<char> iban)
    {
        if (iban.Length < 5)
        {
            return false;
        }

        int remainder = 0;
        for (int k = 0; k < iban.Length; k++)
        {
            char c = iban[(k + 4) % iban.Length];
            if (c is >= '0' and <= '9')
            {
                remainder = ((remainder * 10) + (c - '0')) % 97;
            }
            else if (c is >= 'A' and <= 'Z')
            {
                remainder = ((remainder * 100) + (c - 'A' + 10)) % 97;
            }
            else
            {
                return false;
            }
        }

        return remainder == 1;
    }

    /// <summary>Checks the Luhn (mod-10) check digit of a digit string.</summary>
    public static bool Luhn(ReadOnlySpan<char> digits)
    {
        int sum = 0;
        bool doubleIt = false;
        for (int k = digits.Length - 1; k >= 0; k--)
        {
            int d = digits[k] - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }

    /// <summary>Checks that a card number's prefix and length belong to a known card scheme.</summary>
    public static bool IsKnownCardBrand(ReadOnlySpan<char> d)
    {
        int n = d.Length;
        int p1 = d[0] - '0';
        int p2 = (p1 * 10) + (d[1] - '0');
        int p3 = (p2 * 10) + (d[2] - '0');
        int p4 = (p3 * 10) + (d[3] - '0');
        return p1 switch
        {
            // Visa.
            4 => n is 13 or 16 or 19,

            // Mastercard 51-55 and 2221-2720; Mir 2200-2204.
            5 when p2 is >= 51 and <= 55 => n == 16,
            2 when p4 is >= 2221 and <= 2720 => n == 16,
            2 when p4 is >= 2200 and <= 2204 => n is >= 16 and <= 19,

            // Maestro (50, 56-58) and the 6-series: Discover, UnionPay, Maestro, RuPay.
            5 when p2 is 50 or (>= 56 and <= 58) => n is >= 13 and <= 19,
            6 => n is >= 13 and <= 19,

            // Amex 34/37; JCB 3528-3589; Diners 300-305, 3095, 36, 38, 39.
            3 when p2 is 34 or 37 => n == 15,
            3 when p4 is >= 3528 and <= 3589 => n is >= 16 and <= 19,
            3 when p3 is >= 300 and <= 305 || p4 == 3095 || p2 is 36 or 38 or 39 => n is >= 14 and <= 19,
            _ => false,
        };
    }

    /// <summary>Checks the area, group and serial rules of a US social security number.</summary>
    public static bool IsValidSsn(int area, int group, int serial) =>
        area is > 0 and < 900 && area != 666 && group > 0 && serial > 0;

    /// <summary>Checks an E.164 country-code prefix: not 0 and not a spare range (28x, 83x, 89x).</summary>
    public static bool IsPlausibleCountryCode(char d0, char d1) =>
        CountryPlan(d0 - '0', d1 is >= '0' and <= '9' ? d1 - '0' : -1, -1).MaxNational >= 0;

    /// <summary>The one country table of the phone recognizers: for the first digits of an E.164 number (<c>-1</c> where
    /// there is no digit), a spare range that no country has (0, 28x, 83x, 89x: <c>MaxNational</c> −1); a country whose
    /// national numbers have one or two fixed lengths (NANP and Russia 10, Poland, France, Spain, Portugal, the Netherlands,
    /// Switzerland, Romania, Czechia, Slovakia, Australia 9, Denmark and Norway 8, Belgium and Hungary 8–9, Greece, Mexico
    /// and India 10), with the length of its code; or any other code, which takes any E.164 length (code length 0).</summary>
    public static (int CodeLength, int MinNational, int MaxNational) CountryPlan(int d0, int d1, int d2) => (d0, d1, d2) switch
    {
        (0, _, _) or (2, 8, _) or (8, 3, _) or (8, 9, _) => (0, 0, -1),
        (1, _, _) => (1, 10, 10),
        (7, _, _) => (1, 10, 10),
        (3, 5, 1) => (3, 9, 9),
        (4, 2, 0) or (4, 2, 1) => (3, 9, 9),
        (3, 0, _) or (5, 2, _) or (9, 1, _) => (2, 10, 10),
        (3, 1, _) or (3, 3, _) or (3, 4, _) or (4, 0, _) or (4, 1, _) or (4, 8, _) or (6, 1, _) => (2, 9, 9),
        (3, 2, _) or (3, 6, _) => (2, 8, 9),
        (4, 5, _) or (4, 7, _) => (2, 8, 8),
        _ => (0, 0, 15),
    };

    public static char AsciiUpper(char c) => c is >= 'a' and <= 'z' ? (char)(c - 32) : c;

    private static int Key(char a, char b) => (a << 8) | b;
}
