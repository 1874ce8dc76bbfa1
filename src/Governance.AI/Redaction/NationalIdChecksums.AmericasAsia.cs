namespace Governance.AI.Redaction;

/// <content>Issue #17, round 31: the numbers of the Americas, Israel, Japan, Singapore and Malaysia added after the first
/// twenty countries, each by the check its issuer publishes (Malaysia publishes none: its date and place codes).</content>
internal static partial class NationalIdChecksums
{
    private const string NricStLetters = "JZIHGFEDCBA";
    private const string NricFgLetters = "XWUTRQPNMLK";

    /// <summary>Chilean RUT/RUN (7–8 digits and a check character): the Servicio de Impuestos Internos' módulo 11, the digits
    /// weighted 2…7 from the right, 11 − sum mod 11, 11 read as 0 and 10 as K.</summary>
    public static bool ChileanRut(ReadOnlySpan<char> body, char check)
    {
        int sum = 0;
        int weight = 2;
        for (int k = body.Length - 1; k >= 0; k--)
        {
            sum += D(body[k]) * weight;
            weight = weight == 7 ? 2 : weight + 1;
        }

        int value = 11 - (sum % 11);
        return (value == 11 ? '0' : value == 10 ? 'K' : (char)('0' + value)) == check;
    }

    /// <summary>Argentine CUIT/CUIL (tt-nnnnnnnn-c): AFIP's check digit, weights 5 4 3 2 7 6 5 4 3 2, 11 − sum mod 11 (11 read
    /// as 0; 10 is never issued); the type 20, 23, 24, 27 (people) or 30, 33, 34 (companies).</summary>
    public static bool ArgentineCuit(ReadOnlySpan<char> d)
    {
        if (TwoDigits(d, 0) is not (20 or 23 or 24 or 27 or 30 or 33 or 34))
        {
            return false;
        }

        ReadOnlySpan<byte> weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
        int sum = 0;
        for (int k = 0; k < 10; k++)
        {
            sum += D(d[k]) * weights[k];
        }

        int check = 11 - (sum % 11);
        return (check == 11 ? 0 : check) == D(d[10]);
    }

    /// <summary>Canadian Social Insurance Number (9 digits): Employment and Social Development Canada's Luhn check; the
    /// first digit is never 0 or 8 (8 is a business number).</summary>
    public static bool CanadianSin(ReadOnlySpan<char> d) => d[0] is not ('0' or '8') && Checksums.Luhn(d);

    /// <summary>Israeli Teudat Zehut (9 digits, shorter ones padded with zeros): the Population Authority's check, the
    /// digits weighted 1 and 2 in turn with the digits of each product summed, a multiple of 10 (Luhn on nine digits).</summary>
    public static bool IsraeliIdentityNumber(ReadOnlySpan<char> d) => !IsOneDigit(d) && Checksums.Luhn(d);

    /// <summary>Japanese My Number (個人番号, 12 digits): the check digit of the 総務省令 on assigning it (第5条): the eleven
    /// digits from the right weighted 2…7 then 2…6, 11 − sum mod 11, a remainder of 0 or 1 read as 0.</summary>
    public static bool JapaneseMyNumber(ReadOnlySpan<char> d)
    {
        int sum = 0;
        for (int n = 1; n <= 11; n++)
        {
            sum += D(d[11 - n]) * (n <= 6 ? n + 1 : n - 5);
        }

        int remainder = sum % 11;
        return (remainder <= 1 ? 0 : 11 - remainder) == D(d[11]);
    }

    /// <summary>Singapore NRIC/FIN (S, T, F or G, 7 digits, a check letter): the Immigration and Checkpoints Authority's
    /// weights 2 7 6 5 4 3 2, 4 added for T and G, the sum mod 11 in "JZIHGFEDCBA" (S, T) or "XWUTRQPNMLK" (F, G).</summary>
    public static bool SingaporeNric(char prefix, ReadOnlySpan<char> digits, char check)
    {
        ReadOnlySpan<byte> weights = [2, 7, 6, 5, 4, 3, 2];
        int sum = prefix is 'T' or 'G' ? 4 : 0;
        for (int k = 0; k < 7; k++)
        {
            sum += D(digits[k]) * weights[k];
        }

        return (prefix is 'S' or 'T' ? NricStLetters : NricFgLetters)[sum % 11] == check;
    }

    /// <summary>Malaysian MyKad number (yymmdd-pb-nnnn): no check digit; a birth date and one of the Jabatan Pendaftaran
    /// Negara's place-of-birth codes (01–16 and 21–59 states, 60–68, 71–72, 74–79, 82–93, 98–99 abroad or unknown).</summary>
    public static bool MyKad(ReadOnlySpan<char> d) =>
        IsMonth(TwoDigits(d, 2)) && IsDay(TwoDigits(d, 4)) &&
        TwoDigits(d, 6) is (>= 1 and <= 16) or (>= 21 and <= 68) or 71 or 72 or (>= 74 and <= 79) or (>= 82 and <= 93) or 98 or 99;
}
