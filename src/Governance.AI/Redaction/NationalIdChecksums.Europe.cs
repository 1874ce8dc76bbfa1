namespace Governance.AI.Redaction;

/// <content>Issue #17, round 31: the European numbers added after the first twenty countries (CZ/SK, AT, HU, RO, CH, GR,
/// IE), each by the check its issuer publishes.</content>
internal static partial class NationalIdChecksums
{
    private const string PpsnCheckLetters = "WABCDEFGHIJKLMNOPQRSTUV";

    /// <summary>Czech and Slovak rodné číslo (yymmdd + serial): zákon č. 133/2000 Sb. § 13 (CZ) and zákon č. 301/1995 Z. z.
    /// (SK): the month is +50 for women and +20 for numbers issued from 2004; ten digits are divisible by 11 (or the first
    /// nine leave 10 and the last is 0, as issued 1954–1985); nine digits (births before 1954) have no check.</summary>
    public static bool RodneCislo(ReadOnlySpan<char> d)
    {
        int month = TwoDigits(d, 2) % 50;
        if (!IsMonth(month > 20 ? month - 20 : month) || !IsDay(TwoDigits(d, 4)))
        {
            return false;
        }

        if (d.Length == 9)
        {
            return TwoDigits(d, 0) < 54;
        }

        long value = long.Parse(d, provider: System.Globalization.CultureInfo.InvariantCulture);
        return value % 11 == 0 || (value / 10 % 11 == 10 && d[9] == '0');
    }

    /// <summary>Austrian Sozialversicherungsnummer (nnnc ddmmyy): the Dachverband der Sozialversicherungsträger's check
    /// digit c, the digits weighted 3 7 9 · 5 8 4 2 1 6, the sum mod 11 (10 is never issued); the serial has no leading 0.</summary>
    public static bool AustrianSocialInsuranceNumber(ReadOnlySpan<char> d)
    {
        ReadOnlySpan<byte> weights = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6];
        int sum = 0;
        for (int k = 0; k < 10; k++)
        {
            sum += D(d[k]) * weights[k];
        }

        return d[0] != '0' && IsDay(TwoDigits(d, 4)) && IsMonth(TwoDigits(d, 6)) && sum % 11 == D(d[3]);
    }

    /// <summary>Hungarian TAJ szám (9 digits): the NEAK's check digit, the first eight weighted 3 and 7 in turn, mod 10.</summary>
    public static bool HungarianTaj(ReadOnlySpan<char> d)
    {
        int sum = 0;
        for (int k = 0; k < 8; k++)
        {
            sum += D(d[k]) * (k % 2 == 0 ? 3 : 7);
        }

        return !IsOneDigit(d) && sum % 10 == D(d[8]);
    }

    /// <summary>Romanian CNP (13 digits: sex/century, yymmdd, county, serial, check): the check of the Ministerul Afacerilor
    /// Interne (weights 2 7 9 1 4 6 3 5 8 2 7 9, the sum mod 11, 10 read as 1), a birth date and a county code 01–52.</summary>
    public static bool RomanianCnp(ReadOnlySpan<char> d)
    {
        ReadOnlySpan<byte> weights = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9];
        int sum = 0;
        for (int k = 0; k < 12; k++)
        {
            sum += D(d[k]) * weights[k];
        }

        int check = sum % 11 == 10 ? 1 : sum % 11;
        int county = TwoDigits(d, 7);
        return d[0] != '0' && IsMonth(TwoDigits(d, 3)) && IsDay(TwoDigits(d, 5)) && county is >= 1 and <= 52 && check == D(d[12]);
    }

    /// <summary>Swiss AHV/AVS number (756.xxxx.xxxx.xc): the Zentrale Ausgleichsstelle's EAN-13 check digit (weights 1 and 3
    /// from the left, (10 − sum mod 10) mod 10) after the country prefix 756.</summary>
    public static bool SwissAhv(ReadOnlySpan<char> d)
    {
        int sum = 0;
        for (int k = 0; k < 12; k++)
        {
            sum += D(d[k]) * (k % 2 == 0 ? 1 : 3);
        }

        return d.StartsWith("756") && (10 - (sum % 10)) % 10 == D(d[12]);
    }

    /// <summary>Greek AMKA (ddmmyy + 5): the Luhn check digit HDIKA assigns and a birth date.</summary>
    public static bool GreekAmka(ReadOnlySpan<char> d) => IsDay(TwoDigits(d, 0)) && IsMonth(TwoDigits(d, 2)) && Checksums.Luhn(d);

    /// <summary>Irish PPS number (7 digits, a check letter, an optional second letter): the Department of Social
    /// Protection's check, the digits weighted 8…2 and the second letter (A = 1) weighted 9, mod 23 in "WABC…V".</summary>
    public static bool IrishPpsn(ReadOnlySpan<char> digits, char check, char second)
    {
        int sum = second is >= 'A' and <= 'Z' ? (second - 'A' + 1) * 9 : 0;
        for (int k = 0; k < 7; k++)
        {
            sum += D(digits[k]) * (8 - k);
        }

        return PpsnCheckLetters[sum % 23] == check;
    }
}
