namespace Governance.AI.Redaction;

/// <summary>Issue #17, twenty-fifth round: the specimen social security number <c>123-45-6789</c> (the digits one to nine,
/// printed on sample cards, forms and documentation) when its sentence talks about it as an example ("Is 123-45-6789 a valid
/// SSN? I keep seeing it in examples"). It is a look-alike there, not a person's number; anywhere else ("SSN 123-45-6789")
/// it still counts, as a user who types it as theirs expects it masked.</summary>
internal static partial class BuiltInScanner
{
    /// <summary>How far on each side of the number its sentence is read for a word that calls it an example.</summary>
    private const int SpecimenContext = 96;

    /// <summary>What ends the sentence the specimen number is judged in.</summary>
    private const string SentenceEnds = ".!?\n";

    private static readonly string[] SpecimenStemsE = ["example", "exemple", "ejemplo", "esempio", "exemplo"];
    private static readonly string[] SpecimenStemsS = ["sample", "specimen"];
    private static readonly string[] SpecimenStemsV = ["valid", "voorbeeld"];
    private static readonly string[] SpecimenStemsI = ["invalid"];
    private static readonly string[] SpecimenStemsF = ["fake"];
    private static readonly string[] SpecimenStemsD = ["dummy"];
    private static readonly string[] SpecimenStemsP = ["placeholder"];
    private static readonly string[] SpecimenStemsB = ["beispiel"];
    private static readonly string[] SpecimenStemsM = ["muster"];

    /// <summary>Stems of words that say a number is an example or ask whether it is real (en, de, fr, es, it, pt, nl),
    /// by their first letter: a word of the sentence is compared only with the stems of its own first letter.</summary>
    private static string[] SpecimenStems(char first) => (first | (char)0x20) switch
    {
        'e' => SpecimenStemsE,
        's' => SpecimenStemsS,
        'v' => SpecimenStemsV,
        'i' => SpecimenStemsI,
        'f' => SpecimenStemsF,
        'd' => SpecimenStemsD,
        'p' => SpecimenStemsP,
        'b' => SpecimenStemsB,
        'm' => SpecimenStemsM,
        _ => [],
    };

    /// <summary>Whether the SSN-shaped number from <paramref name="s"/> to <paramref name="e"/> is the specimen
    /// <c>123-45-6789</c> in a sentence that calls it an example (<see cref="SpecimenStems"/>).</summary>
    private static bool IsSpecimenSsn(ReadOnlySpan<char> text, int s, int e, int area, int group, int serial)
    {
        if (area != 123 || group != 45 || serial != 6789)
        {
            return false;
        }

        int from = Math.Max(0, s - SpecimenContext);
        int to = Math.Min(text.Length, e + SpecimenContext);
        int sentenceStart = text[from..s].LastIndexOfAny(SentenceEnds);
        int sentenceEnd = text[e..to].IndexOfAny(SentenceEnds);
        ReadOnlySpan<char> sentence = text[(sentenceStart < 0 ? from : from + sentenceStart + 1)..(sentenceEnd < 0 ? to : e + sentenceEnd)];
        for (int k = 0; k < sentence.Length; k++)
        {
            if (!char.IsLetter(sentence[k]) || (k > 0 && char.IsLetter(sentence[k - 1])))
            {
                continue;
            }

            foreach (string stem in SpecimenStems(sentence[k]))
            {
                if (sentence[k..].StartsWith(stem, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
