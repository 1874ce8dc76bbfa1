namespace Governance.AI.Redaction;

/// <summary>Phone extensions: DIN 5008's dash ("0711 4846-57") and the written markers ("x57", "ext. 57", "Durchwahl",
/// "poste", "ramal"…).</summary>
internal static partial class BuiltInScanner
{
    /// <summary>The digit count of a dashed extension ("-57", "-0") at <paramref name="p"/>: one to four digits that end the
    /// number; else 0.</summary>
    private static int DashExtensionLength(ReadOnlySpan<char> text, int p)
    {
        if (p + 1 >= text.Length || text[p] != '-')
        {
            return 0;
        }

        int len = CountDigits(text, p + 1, 5);
        int e = p + 1 + len;
        return len is >= 1 and <= 4 && IsRightBoundary(text, e) && !(e + 1 < text.Length && text[e] is '-' or '/' or '.' && IsDigit(text[e + 1])) ? len : 0;
    }

    /// <summary>The digit count of an extension after a spaced dash (" - 3344") at <paramref name="p"/>: one to four digits
    /// that end the number; else 0.</summary>
    private static int SpacedDashExtensionLength(ReadOnlySpan<char> text, int p)
    {
        if (p + 3 >= text.Length || text[p] != ' ' || text[p + 1] != '-' || text[p + 2] != ' ')
        {
            return 0;
        }

        int len = CountDigits(text, p + 3, 5);
        int e = p + 3 + len;
        return len is >= 1 and <= 4 && IsRightBoundary(text, e) && !(e + 1 < text.Length && text[e] is '-' or '/' or '.' && IsDigit(text[e + 1])) ? len : 0;
    }

    /// <summary>Skips a phone extension ("x123", " ext. 123", " ext 12") after <paramref name="e"/>; returns the new
    /// end, or <paramref name="e"/> when there is none.</summary>
    private static int SkipExtension(ReadOnlySpan<char> text, int e)
    {
        int p = e;
        if (p < text.Length && text[p] == ' ')
        {
            p++;
        }

        int marker = ExtensionMarkerLength(text[p..]);
        if (marker == 0)
        {
            return e;
        }

        p += marker;
        if (p < text.Length && text[p] == ' ')
        {
            p++;
        }

        int len = CountDigits(text, p, 7);
        return len is >= 1 and <= 6 && IsRightBoundary(text, p + len) ? p + len : e;
    }

    /// <summary>The length of an extension marker at the start of <paramref name="rest"/>: "ext.", "x", "#", "Durchwahl",
    /// "DW", "poste", "int.", "interno", "ramal", "toestel" (the longest that matches), or 0.</summary>
    private static int ExtensionMarkerLength(ReadOnlySpan<char> rest)
    {
        foreach (string marker in ExtensionMarkers)
        {
            if (rest.StartsWith(marker, StringComparison.OrdinalIgnoreCase))
            {
                return marker.Length;
            }
        }

        return 0;
    }

    /// <summary>Extension markers in en/de/fr/es/it/pt/nl, longest first so that "ext." wins over "ext" and "x".</summary>
    private static readonly string[] ExtensionMarkers =
        ["extension", "durchwahl", "toestel", "interno", "ramal", "poste", "ext.", "int.", "ext", "dw", "x", "#"];
}
