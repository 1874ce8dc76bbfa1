namespace Governance.AI.Redaction;

/// <summary>The published check-digit algorithms of national identification numbers, each on the number's characters
/// without separators (ASCII digits and upper-case letters). Each method names where its algorithm is published.</summary>
internal static partial class NationalIdChecksums
{
    /// <summary>The odd-position values of the Italian codice fiscale's check character, for 0–9 then A–Z.</summary>
    private static ReadOnlySpan<byte> CodiceFiscaleOdd => [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

    /// <summary>The Verhoeff multiplication table d(j, k).</summary>
    private static ReadOnlySpan<byte> VerhoeffD =>
    [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2, 3, 4, 0, 6, 7, 8, 9, 5, 2, 3, 4, 0, 1, 7, 8, 9, 5, 6, 3, 4, 0, 1, 2, 8, 9, 5, 6, 7,
        4, 0, 1, 2, 3, 9, 5, 6, 7, 8, 5, 9, 8, 7, 6, 0, 4, 3, 2, 1, 6, 5, 9, 8, 7, 1, 0, 4, 3, 2, 7, 6, 5, 9, 8, 2, 1, 0, 4, 3,
        8, 7, 6, 5, 9, 3, 2, 1, 0, 4, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0,
    ];

    /// <summary>The Verhoeff permutation table p(pos mod 8, digit).</summary>
    private static ReadOnlySpan<byte> VerhoeffP =>
    [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 5, 7, 6, 2, 8, 3, 0, 9, 4, 5, 8, 0, 3, 7, 9, 6, 1, 4, 2, 8, 9, 1, 6, 0, 4, 3, 5, 2, 7,
        9, 4, 5, 8, 3, 1, 2, 6, 7, 0, 4, 2, 8, 6, 5, 7, 1, 9, 3, 0, 2, 7, 9, 3, 8, 0, 6, 4, 1, 5, 7, 0, 4, 2, 9, 5, 3, 8, 6, 1,
    ];

    private const string DniLetters = "TRWAGMYFPDXBNJZSQVHLCKE";
    private const string FinnishCheckCharacters = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    private const string CurpAlphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";

    private static int D(char c) => c - '0';

    /// <summary>Italian codice fiscale (16 characters): the check character of DM 23/12/1976 (Ministero delle Finanze),
    /// odd positions through a fixed table, even positions by their value, the sum mod 26 as a letter.</summary>
    public static bool CodiceFiscale(ReadOnlySpan<char> v)
    {
        int sum = 0;
        for (int k = 0; k < 15; k++)
        {
            char c = v[k];
            int index = c <= '9' ? c - '0' : c - 'A' + 10;
            sum += k % 2 == 0 ? CodiceFiscaleOdd[index] : (c <= '9' ? c - '0' : c - 'A');
        }

        return v[15] == 'A' + (sum % 26);
    }

    /// <summary>Spanish DNI (8 digits) and NIE (X/Y/Z as 0/1/2, then 7 digits): the control letter of Real Decreto
    /// 1553/2005 (Ministerio del Interior), the number mod 23 in "TRWAGMYFPDXBNJZSQVHLCKE".</summary>
    public static bool SpanishDni(int number, char letter) => DniLetters[number % 23] == letter;

    /// <summary>Mexican CURP (18 characters): the check digit of RENAPO's "Instructivo normativo para la asignación de la
    /// CURP": each of the first 17 characters' index in 0–9, A–N, Ñ, O–Z times 18 minus its position, (10 − sum mod 10) mod 10.</summary>
    public static bool Curp(ReadOnlySpan<char> v)
    {
        int sum = 0;
        for (int k = 0; k < 17; k++)
        {
            sum += CurpAlphabet.IndexOf(v[k]) * (18 - k);
        }

        return D(v[17]) == (10 - (sum % 10)) % 10;
    }

    /// <summary>Chinese resident identity card (18 characters): GB 11643-1999, ISO 7064 MOD 11-2, weights 2^(17−k) mod 11,
    /// the check "10X98765432"[sum mod 11].</summary>
    public static bool ChineseResidentId(ReadOnlySpan<char> v)
    {
        int sum = 0;
        int weight = 1;
        for (int k = 16; k >= 0; k--)
        {
            weight = weight * 2 % 11;
            sum += D(v[k]) * weight;
        }

        return "10X98765432"[sum % 11] == v[17];
    }

    /// <summary>Brazilian CPF (11 digits): the two mod-11 check digits of the Receita Federal (weights 10…2, then 11…2;
    /// a remainder of 10 is 0); a number of one repeated digit is invalid.</summary>
    public static bool Cpf(ReadOnlySpan<char> d) =>
        !IsOneDigit(d) && WeightedMod11Check(d[..9], 10) == D(d[9]) && WeightedMod11Check(d[..10], 11) == D(d[10]);

    private static int WeightedMod11Check(ReadOnlySpan<char> d, int firstWeight)
    {
        int sum = 0;
        for (int k = 0; k < d.Length; k++)
        {
            sum += D(d[k]) * (firstWeight - k);
        }

        return sum * 10 % 11 % 10;
    }

    /// <summary>Turkish T.C. Kimlik No (11 digits, no leading 0): the two check digits of the Nüfus ve Vatandaşlık İşleri
    /// Genel Müdürlüğü: d10 = (7 × odd sum − even sum) mod 10 over d1–d9, d11 = sum of d1–d10 mod 10.</summary>
    public static bool TcKimlik(ReadOnlySpan<char> d)
    {
        if (d[0] == '0')
        {
            return false;
        }

        int odd = D(d[0]) + D(d[2]) + D(d[4]) + D(d[6]) + D(d[8]);
        int even = D(d[1]) + D(d[3]) + D(d[5]) + D(d[7]);
        int d10 = (((odd * 7) - even) % 10 + 10) % 10;
        return d10 == D(d[9]) && (odd + even + d10) % 10 == D(d[10]);
    }

    /// <summary>Polish PESEL (11 digits): the check digit of the Ustawa o ewidencji ludności (weights 1, 3, 7, 9 repeated;
    /// (10 − sum mod 10) mod 10) and a birth date whose month carries the century (+80 1800s, +0, +20, +40, +60).</summary>
    public static bool Pesel(ReadOnlySpan<char> d)
    {
        ReadOnlySpan<byte> weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
        int sum = 0;
        for (int k = 0; k < 10; k++)
        {
            sum += D(d[k]) * weights[k];
        }

        int month = (TwoDigits(d, 2) % 20);
        return (10 - (sum % 10)) % 10 == D(d[10]) && month is >= 1 and <= 12 && IsDay(TwoDigits(d, 4));
    }

    /// <summary>Norwegian fødselsnummer and D-nummer (11 digits): the two mod-11 check digits of Skatteetaten
    /// (weights 3 7 6 1 8 9 4 5 2, then 5 4 3 2 7 6 5 4 3 2), and a birth date (a D-number adds 40 to the day).</summary>
    public static bool NorwegianBirthNumber(ReadOnlySpan<char> d)
    {
        ReadOnlySpan<byte> k1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
        ReadOnlySpan<byte> k2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
        int day = TwoDigits(d, 0);
        return IsDay(day > 40 ? day - 40 : day) && IsMonth(TwoDigits(d, 2)) &&
            Mod11Check(d[..9], k1) == D(d[9]) && Mod11Check(d[..10], k2) == D(d[10]);
    }

    /// <summary>11 − (weighted sum mod 11), 11 read as 0; 10 (no valid digit) as −1.</summary>
    private static int Mod11Check(ReadOnlySpan<char> d, ReadOnlySpan<byte> weights)
    {
        int sum = 0;
        for (int k = 0; k < d.Length; k++)
        {
            sum += D(d[k]) * weights[k];
        }

        int check = 11 - (sum % 11);
        return check == 11 ? 0 : check == 10 ? -1 : check;
    }

    /// <summary>German Steuerliche Identifikationsnummer (11 digits, no leading 0): § 139b AO as the Bundeszentralamt für
    /// Steuern specifies it: in the first ten digits one digit appears two or three times and no other repeats; the check
    /// digit is ISO/IEC 7064 MOD 11,10.</summary>
    public static bool SteuerId(ReadOnlySpan<char> d)
    {
        if (d[0] == '0')
        {
            return false;
        }

        Span<byte> counts = stackalloc byte[10];
        for (int k = 0; k < 10; k++)
        {
            counts[D(d[k])]++;
        }

        int repeated = 0;
        for (int k = 0; k < 10; k++)
        {
            if (counts[k] > 3)
            {
                return false;
            }

            repeated += counts[k] > 1 ? 1 : 0;
        }

        int product = 10;
        for (int k = 0; k < 10; k++)
        {
            int sum = (D(d[k]) + product) % 10;
            product = (sum == 0 ? 10 : sum) * 2 % 11;
        }

        int check = 11 - product;
        return repeated == 1 && (check == 10 ? 0 : check) == D(d[10]);
    }

    /// <summary>Belgian national number (11 digits, yymmdd + 3 + 2): the Rijksregister's check, 97 − (the first nine digits
    /// mod 97), with 2 prefixed to the nine digits for births from 2000.</summary>
    public static bool BelgianNationalNumber(ReadOnlySpan<char> d)
    {
        long first9 = long.Parse(d[..9], provider: System.Globalization.CultureInfo.InvariantCulture);
        int check = TwoDigits(d, 9);
        int month = TwoDigits(d, 2);
        return (month is >= 0 and <= 12 || month is >= 20 and <= 32 || month is >= 40 and <= 52) &&
            (97 - (int)(first9 % 97) == check || 97 - (int)((2_000_000_000L + first9) % 97) == check);
    }

    /// <summary>Dutch BSN (9 digits): the "elfproef" of the Wet algemene bepalingen burgerservicenummer (weights 9…2 and
    /// −1, the sum divisible by 11); not all zeros.</summary>
    public static bool Bsn(ReadOnlySpan<char> d)
    {
        int sum = -D(d[8]);
        for (int k = 0; k < 8; k++)
        {
            sum += D(d[k]) * (9 - k);
        }

        return sum % 11 == 0 && !IsOneDigit(d);
    }

    /// <summary>Portuguese NIF (9 digits, first 1–3, 5, 6, 8 or 9): the mod-11 check digit of the Autoridade Tributária
    /// (weights 9…2; 11 − remainder, 10 and 11 read as 0).</summary>
    public static bool PortugueseNif(ReadOnlySpan<char> d)
    {
        if (d[0] is '0' or '4' or '7')
        {
            return false;
        }

        int sum = 0;
        for (int k = 0; k < 8; k++)
        {
            sum += D(d[k]) * (9 - k);
        }

        int check = 11 - (sum % 11);
        return (check >= 10 ? 0 : check) == D(d[8]);
    }

    /// <summary>Swedish personnummer and samordningsnummer (yymmddnnnc): Skatteverket's SKV 704, the Luhn check over the
    /// ten digits and a birth date (a samordningsnummer adds 60 to the day).</summary>
    public static bool SwedishPersonalNumber(ReadOnlySpan<char> d)
    {
        int day = TwoDigits(d, 4);
        return IsMonth(TwoDigits(d, 2)) && IsDay(day > 60 ? day - 60 : day) && Checksums.Luhn(d);
    }

    /// <summary>Danish CPR number (ddmmyy-ssss): the CPR office dropped the mod-11 check in 2007, so only the birth date.</summary>
    public static bool DanishCpr(ReadOnlySpan<char> d) => IsDay(TwoDigits(d, 0)) && IsMonth(TwoDigits(d, 2));

    /// <summary>Finnish henkilötunnus (ddmmyy, century sign, nnn, check): the Digital and Population Data Services
    /// Agency's check character, the nine digits mod 31 in "0123456789ABCDEFHJKLMNPRSTUVWXY".</summary>
    public static bool FinnishPersonalIdentityCode(ReadOnlySpan<char> dateAndSerial, char check)
    {
        int value = int.Parse(dateAndSerial, provider: System.Globalization.CultureInfo.InvariantCulture);
        return IsDay(TwoDigits(dateAndSerial, 0)) && IsMonth(TwoDigits(dateAndSerial, 2)) && FinnishCheckCharacters[value % 31] == check;
    }

    /// <summary>Indian Aadhaar (12 digits, first 2–9): UIDAI's Verhoeff check digit (Verhoeff 1969, dihedral group D5).</summary>
    public static bool Aadhaar(ReadOnlySpan<char> d)
    {
        if (d[0] is '0' or '1')
        {
            return false;
        }

        int c = 0;
        for (int k = 0; k < d.Length; k++)
        {
            c = VerhoeffD[(c * 10) + VerhoeffP[((k % 8) * 10) + D(d[d.Length - 1 - k])]];
        }

        return c == 0;
    }

    /// <summary>South African identity number (13 digits, yymmdd ssss c a z): the Department of Home Affairs' Luhn check
    /// digit, a birth date and a citizenship digit of 0, 1 or 2.</summary>
    public static bool SouthAfricanId(ReadOnlySpan<char> d) =>
        IsMonth(TwoDigits(d, 2)) && IsDay(TwoDigits(d, 4)) && d[10] is '0' or '1' or '2' && Checksums.Luhn(d);

    /// <summary>South Korean resident registration number (13 digits, yymmdd + 7): the check digit of the Ministry of the
    /// Interior (weights 2…9, 2…5; (11 − sum mod 11) mod 10) and a birth date; the gender digit 1–8.</summary>
    public static bool KoreanResidentNumber(ReadOnlySpan<char> d)
    {
        ReadOnlySpan<byte> weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
        int sum = 0;
        for (int k = 0; k < 12; k++)
        {
            sum += D(d[k]) * weights[k];
        }

        return IsMonth(TwoDigits(d, 2)) && IsDay(TwoDigits(d, 4)) && d[6] is >= '1' and <= '8' && (11 - (sum % 11)) % 10 == D(d[12]);
    }

    /// <summary>French NIR / numéro INSEE (15 digits): sex 1–4, 7 or 8, a month 01–12 or 20–99 (unknown), and the key of
    /// the INSEE, 97 − (the first 13 digits mod 97).</summary>
    public static bool FrenchNir(ReadOnlySpan<char> d)
    {
        long first13 = long.Parse(d[..13], provider: System.Globalization.CultureInfo.InvariantCulture);
        int month = TwoDigits(d, 3);
        return d[0] is '1' or '2' or '3' or '4' or '7' or '8' && (month is >= 1 and <= 12 || month >= 20) &&
            97 - (int)(first13 % 97) == TwoDigits(d, 13);
    }

    /// <summary>Whether a six-digit date yymmdd (or yyyymmdd's last six) has a valid month and day.</summary>
    public static bool IsDate(ReadOnlySpan<char> yymmdd) => IsMonth(TwoDigits(yymmdd, 2)) && IsDay(TwoDigits(yymmdd, 4));

    private static int TwoDigits(ReadOnlySpan<char> d, int at) => (D(d[at]) * 10) + D(d[at + 1]);

    private static bool IsMonth(int month) => month is >= 1 and <= 12;

    private static bool IsDay(int day) => day is >= 1 and <= 31;

    private static bool IsOneDigit(ReadOnlySpan<char> d) => d.IndexOfAnyExcept(d[0]) < 0;
}
