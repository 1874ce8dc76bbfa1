namespace Governance.AI.Redaction;

/// <summary>The national identification numbers with letters in them: a Finnish henkilötunnus (century sign and check
/// character), an Italian codice fiscale, a Mexican CURP, a British NINO, a Spanish NIE and a Singapore NRIC/FIN, whose
/// letters stand before the digit that triggers the scan.</summary>
internal static partial class BuiltInScanner
{
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
            case 1 when text[start] is 'S' or 'T' or 'F' or 'G':
                return TryNric(text, start, out m);
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

    /// <summary>S1234567D: a Singapore NRIC or FIN (S, T, F or G, seven digits, the check letter). Product codes share the
    /// shape, so its name ("NRIC", "FIN", "IC no.") must confirm it.</summary>
    private static bool TryNric(ReadOnlySpan<char> text, int s, out RedactionMatch m)
    {
        m = default;
        int q = s + 8;
        if (CountDigits(text, s + 1, 8) != 7 || q >= text.Length || text[q] is not (>= 'A' and <= 'Z') || !IsRightBoundary(text, q + 1) ||
            !NationalIdChecksums.SingaporeNric(text[s], text.Slice(s + 1, 7), text[q]))
        {
            return false;
        }

        m = Match(RedactionEntityTypes.NationalId, s, q + 1, NationalIdDigitsConfidence);
        return true;
    }
}
