namespace Governance.AI.Redaction;

/// <summary>Issue #17, twenty-fifth round: the specimen social security number <c>123-45-6789</c> (the digits one to nine,
/// printed on sample cards, forms and documentation) when its line talks about it as an example ("Is 123-45-6789 a valid
/// SSN? I keep seeing it in examples"). It is a look-alike there, not a person's number; anywhere else ("SSN 123-45-6789")
/// it still counts, as a user who types it as theirs expects it masked.</summary>
internal static partial class BuiltInScanner
{
    /// <summary>How far on each side of the number its line is read for a word that calls it an example.</summary>
    private const int SpecimenContext = 96;

    /// <summary>Words that say a number is an example or ask whether it is real (en, de, fr, es, it, pt, nl).</summary>
    private static readonly string[] SpecimenWords =
    [
        "example", "sample", "valid", "fake", "dummy", "placeholder", "specimen",
        "beispiel", "muster", "exemple", "ejemplo", "esempio", "exemplo", "voorbeeld",
    ];

    /// <summary>Whether the SSN-shaped number from <paramref name="s"/> to <paramref name="e"/> is the specimen
    /// <c>123-45-6789</c> on a line that calls it an example (<see cref="SpecimenWords"/>).</summary>
    private static bool IsSpecimenSsn(ReadOnlySpan<char> text, int s, int e, int area, int group, int serial)
    {
        if (area != 123 || group != 45 || serial != 6789)
        {
            return false;
        }

        int from = Math.Max(0, s - SpecimenContext);
        int to = Math.Min(text.Length, e + SpecimenContext);
        int lineStart = text[from..s].LastIndexOf('\n');
        int lineEnd = text[e..to].IndexOf('\n');
        ReadOnlySpan<char> line = text[(lineStart < 0 ? from : from + lineStart + 1)..(lineEnd < 0 ? to : e + lineEnd)];
        foreach (string word in SpecimenWords)
        {
            if (line.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
