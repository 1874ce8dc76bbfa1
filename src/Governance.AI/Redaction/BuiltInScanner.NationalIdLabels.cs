namespace Governance.AI.Redaction;

/// <summary>Issue #17, round 31: national identification numbers read with what stands around their digits: a check
/// letter after them (DNI, Chinese "X", Chilean RUT "K", Irish PPS number), and the id's own name right before digits that
/// fail its check.</summary>
/// <remarks>A number that its id's own name labels ("my Aadhaar number is 4489 6324 4154", "PESEL: …") is that id to the
/// person who wrote it even when a digit is mistyped and the check fails: redacting it is what they expect, and the name
/// right in front is a stronger sign than the check (which one random number in ten or eleven passes). Only the id's own
/// name counts, with the id's digit count, no digit and at most a short phrase ("number is", "Nr.:") between.</remarks>
internal static partial class BuiltInScanner
{
    /// <summary>The most characters between an id's name and its digits ("Aadhaar card number is ").</summary>
    private const int MaxIdNameGap = 20;

    /// <summary>How far before the digits an id's name is looked for.</summary>
    private const int IdNameWindow = 48;

    /// <summary>What ends the clause an id's name must share with its digits.</summary>
    private static readonly System.Buffers.SearchValues<char> IdNameClauseBreaks = System.Buffers.SearchValues.Create("\n\r;!?");

    /// <summary>An id's own name and the digit counts of its number (without a check letter).</summary>
    private readonly record struct IdName(string Name, int MinDigits, int MaxDigits);

    private static readonly IdName[] OwnIdNames =
    [
        new("aadhaar", 12, 12), new("aadhar", 12, 12), new("आधार", 12, 12), new("pesel", 11, 11), new("kimlik", 11, 11), new("tckn", 11, 11),
        new("bsn", 9, 9), new("burgerservicenummer", 9, 9), new("cpf", 11, 11), new("steuer-id", 11, 11), new("steuerid", 11, 11),
        new("identifikationsnummer", 11, 11), new("rodné číslo", 9, 10), new("rodne cislo", 9, 10), new("rodného čísla", 9, 10),
        new("personnummer", 10, 12), new("fødselsnummer", 11, 11), new("cpr", 10, 10), new("cnp", 13, 13), new("amka", 11, 11),
        new("αμκα", 11, 11), new("my number", 12, 12), new("マイナンバー", 12, 12), new("個人番号", 12, 12), new("sin", 9, 9),
        new("social insurance number", 9, 9), new("teudat zehut", 9, 9), new("תעודת זהות", 9, 9), new("taj", 9, 9), new("svnr", 10, 10),
        new("ahv", 13, 13), new("avs", 13, 13), new("cuit", 11, 11), new("cuil", 11, 11), new("dni", 7, 8), new("cédula", 6, 10),
        new("cedula", 6, 10), new("身份证", 18, 18), new("주민등록번호", 13, 13), new("nin", 11, 11), new("الرقم القومي", 14, 14), new("mykad", 12, 12),
        new("national id", 8, 15), new("national identity", 8, 15), new("national identification", 8, 15),
    ];

    /// <summary>Digits at <paramref name="i"/> (ending at <paramref name="p"/>) followed by a letter, or a dash and a letter:
    /// a Spanish DNI's control letter, a Chinese id's "X", a Chilean RUT's "K", an Irish PPS number's check letter.</summary>
    private static bool TryIdWithTrailingLetter(ReadOnlySpan<char> text, int i, int p, ReadOnlySpan<char> d, ReadOnlySpan<int> layout, ReadOnlySpan<char> seps, out RedactionMatch m)
    {
        m = default;
        int letterAt = text[p] == '-' ? p + 1 : p;
        char letter = text[letterAt];
        int end = letterAt + 1;
        bool compact = layout.Length == 1;

        // IE PPS number: seven digits, the check letter, and since 2013 a second letter ("1234567T", "1234567FA").
        if (d.Length == 7 && compact && letterAt == p && letter != 'x')
        {
            char second = end < text.Length && text[end] is >= 'A' and <= 'Z' ? text[end] : ' ';
            int ppsnEnd = second == ' ' ? end : end + 1;
            if (IsRightBoundary(text, ppsnEnd) && NationalIdChecksums.IrishPpsn(d, letter, second))
            {
                m = Match(RedactionEntityTypes.NationalId, i, ppsnEnd, NationalIdDigitsConfidence);
                return true;
            }
        }

        if (!IsRightBoundary(text, end))
        {
            return false;
        }

        if (d.Length == 8 && letter != 'x' && NationalIdChecksums.SpanishDni(ParseInt(d), letter))
        {
            m = Match(RedactionEntityTypes.NationalId, i, end, NationalIdShapedConfidence);
            return true;
        }

        // CL RUT with the check "K" after a dash: "12.345.670-K" (telling), "12345670-K" (needs its name).
        bool dotted = (Is(layout, 2, 3, 3) || Is(layout, 1, 3, 3)) && seps.SequenceEqual("..");
        if (letter == 'K' && letterAt == p + 1 && d.Length is 7 or 8 && (dotted || compact) && NationalIdChecksums.ChileanRut(d, 'K'))
        {
            m = Match(RedactionEntityTypes.NationalId, i, end, dotted ? NationalIdShapedConfidence : NationalIdDigitsConfidence);
            return true;
        }

        if (d.Length == 17 && compact && letterAt == p && letter is 'X' or 'x')
        {
            Span<char> chinese = stackalloc char[18];
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

    /// <summary>A Chilean RUT with a check digit after a dash: "12.345.678-5" and "7.654.321-6" are written so only as
    /// RUTs; "12345678-5" needs its name nearby.</summary>
    private static double RutConfidence(ReadOnlySpan<char> d, ReadOnlySpan<int> layout, ReadOnlySpan<char> seps)
    {
        bool dotted = (Is(layout, 2, 3, 3, 1) || Is(layout, 1, 3, 3, 1)) && seps.SequenceEqual("..-");
        bool dashed = (Is(layout, 8, 1) || Is(layout, 7, 1)) && seps.SequenceEqual("-");
        if (!(dotted || dashed) || !NationalIdChecksums.ChileanRut(d[..^1], d[^1]))
        {
            return 0;
        }

        return dotted ? NationalIdShapedConfidence : NationalIdDigitsConfidence;
    }

    /// <summary>Whether an id's own name whose number has <paramref name="digitCount"/> digits stands right before
    /// <paramref name="i"/>: in its clause, with no digit and at most <see cref="MaxIdNameGap"/> characters between.</summary>
    private static bool IsOwnIdNameBefore(ReadOnlySpan<char> text, int i, int digitCount)
    {
        int from = Math.Max(0, i - IdNameWindow);
        ReadOnlySpan<char> window = text[from..i];
        int clauseStart = window.LastIndexOfAny(IdNameClauseBreaks);
        if (clauseStart >= 0)
        {
            window = window[(clauseStart + 1)..];
        }

        int lastDigit = window.LastIndexOfAnyInRange('0', '9');
        if (lastDigit >= 0)
        {
            window = window[(lastDigit + 1)..];
        }

        foreach (IdName id in OwnIdNames)
        {
            if (digitCount < id.MinDigits || digitCount > id.MaxDigits)
            {
                continue;
            }

            int at = window.LastIndexOf(id.Name, StringComparison.OrdinalIgnoreCase);
            int nameEnd = at + id.Name.Length;
            if (at >= 0 && window.Length - nameEnd <= MaxIdNameGap && (at == 0 || !char.IsLetter(window[at - 1])) &&
                (nameEnd == window.Length || !char.IsLetter(window[nameEnd])))
            {
                return true;
            }
        }

        return false;
    }
}
