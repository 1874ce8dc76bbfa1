using System.Text.RegularExpressions;

namespace Governance.AI.Caching;

// Question frames of a measure, a duration, a price, a location, a unit conversion and a comparison in its lesser
// degree: "how tall is X", "how much time does X take", "what does X cost", "how many miles is 5 km", "is X slower than Y".
internal static partial class PromptFraming
{
    // "How tall is X" asks for the height of X. "Long" is left out (a length or a duration), and so are "hot" and
    // "cold" (the same temperature asked from opposite ends stays two questions).
    private static string MeasureNoun(string adjective) => adjective.ToLowerInvariant() switch
    {
        "tall" or "high" => "height",
        "old" => "age",
        "big" or "large" => "size",
        "heavy" => "weight",
        "deep" => "depth",
        _ => "width",
    };

    // "How many miles is 5 km?" asks to convert 5 km to miles, when both words name units.
    private static string Conversion(Match match) =>
        GuardLexicon.Units.ContainsKey(match.Groups["to"].Value.ToLowerInvariant()) && GuardLexicon.Units.ContainsKey(match.Groups["from"].Value.ToLowerInvariant())
            ? "convert " + match.Groups["number"].Value + " " + match.Groups["from"].Value + " to " + match.Groups["to"].Value
            : match.Value;

    // "Is a lion slower than a cheetah?" asks what "Is a cheetah faster than a lion?" asks: a comparison in its
    // lesser degree is read as the greater one with the two terms swapped (only comparatives whose converse is one word).
    private static string ConverseComparison(Match match)
    {
        string? greater = match.Groups["comparative"].Value.ToLowerInvariant() switch
        {
            "slower" => "faster",
            "smaller" => "bigger",
            "younger" => "older",
            "lighter" => "heavier",
            "weaker" => "stronger",
            "worse" => "better",
            "poorer" => "richer",
            "cheaper" => "more expensive",
            _ => null,
        };
        return greater is null ? match.Value
            : match.Groups["aux"].Value + " " + match.Groups["y"].Value + " " + greater + " than " + match.Groups["x"].Value;
    }

    [GeneratedRegex(@"^how (?<adjective>tall|high|old|big|large|heavy|deep|wide) (?<verb>is|are|was|were) (?<thing>[^?]+?)\??$", FrameOptions)]
    private static partial Regex MeasurePattern();

    // A measure asked with its verb: "how much does X weigh" asks for the weight of X, as "how heavy is X" does.
    [GeneratedRegex(@"^how much (?:does|do|(?<past>did)) (?<thing>[^?]+?) weigh\??$", FrameOptions)]
    private static partial Regex WeighPattern();

    // The number of people who live in a place is its population.
    [GeneratedRegex(@"^how many people live in (?<place>[^?]+?)\??$", FrameOptions)]
    private static partial Regex PopulationPattern();

    // A duration asked by its noun: "how much time does X take", "what is the duration of X" → "how long does X take".
    // "How long does X last" keeps its verb: how long a thing lasts is not how long it takes.
    [GeneratedRegex(@"^(?:how much time (?:does|(?<past>did)) (?<thing>[^?]+?) take|what(?:'s|’s| is) the duration of (?<thing>[^?]+?)|how long (?:does|(?<past>did)) (?<thing>[^?]+?) take)\??$", FrameOptions)]
    private static partial Regex DurationPattern();

    // A price asked by its verb: "how much does X cost", "what does X cost", "what is the cost of X" → "what is the
    // price of X" (the guard reads price and cost as one word).
    [GeneratedRegex(@"^(?:(?:how much|what) (?:does|do|(?<past>did)) (?<thing>[^?]+?) cost(?<rest> (?:in|at|for|on) [^?]+?)?|what(?:'s|’s| is| (?<past>was)) the (?:price|cost) of (?<thing>[^?]+?))\??$", FrameOptions)]
    private static partial Regex PricePattern();

    // A location: "where is X located / situated", "what is the location of X" → "where is X".
    [GeneratedRegex(@"^(?:where(?:'s|’s| (?<verb>is|are|was|were)) (?<thing>[^?]+?) (?:located|situated)|what(?:'s|’s| is) the location of (?<thing>[^?]+?))\??$", FrameOptions)]
    private static partial Regex LocationPattern();

    // A unit conversion asked as an amount: "how many miles is / are / in 5 km" → "convert 5 km to miles".
    [GeneratedRegex(@"^how many (?<to>\p{L}+) (?:(?:is|are|make|makes|equals?)(?: in)?|in) (?<number>\d+(?:[.,]\d+)?) ?(?<from>\p{L}+)\??$", FrameOptions)]
    private static partial Regex ConversionPattern();

    // "What is 70 kg in pounds?", "70 kilograms expressed in pounds?", "5 miles in km?" → "convert 70 kg to pounds".
    [GeneratedRegex(@"^(?:what(?:'s|’s| is| are) )?(?<number>\d+(?:[.,]\d+)?) ?(?<from>\p{L}+) (?:(?:expressed|converted) )?in (?<to>\p{L}+)\??$", FrameOptions)]
    private static partial Regex ConversionInPattern();

    // "70 kg is / equals how many pounds?" → "convert 70 kg to pounds".
    [GeneratedRegex(@"^(?<number>\d+(?:[.,]\d+)?) ?(?<from>\p{L}+) (?:is|are|equals?|makes?|is equal to) how many (?<to>\p{L}+)\??$", FrameOptions)]
    private static partial Regex ConversionEqualsPattern();

    // "A pound contains how many ounces?", "how many ounces does a pound contain?", "how many ounces are there in a
    // pound?" → "how many ounces are in a pound".
    [GeneratedRegex(@"^(?:(?<whole>(?!how\b)[^?]+?) (?:contains?|holds?) how many (?<part>[^?]+?)|how many (?<part>[^?]+?) (?:does|do) (?<whole>[^?]+?) (?:contain|hold)|how many (?<part>[^?]+?) (?:are|is) there in (?<whole>[^?]+?))\??$", FrameOptions)]
    private static partial Regex ContainsHowManyPattern();

    // "Is a lion slower than a cheetah?": a yes-no comparison of two terms.
    [GeneratedRegex(@"^(?<aux>is|are|was|were) (?<x>[^?]+?) (?<comparative>\p{L}+) than (?<y>[^?]+?)\??$", FrameOptions)]
    private static partial Regex ConverseComparisonPattern();
}
