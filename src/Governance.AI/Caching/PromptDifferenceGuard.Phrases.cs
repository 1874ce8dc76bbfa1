using System.Text.RegularExpressions;

namespace Governance.AI.Caching;

// Multi-word phrasings of one request, read as one wording before the prompts are compared: "get rid of" is
// "remove"; "get / take X out of" is "remove X from"; "put together" is "assemble"; "close to" before a determiner is "near" ("close to the station"); "look for" is "search for"; "stop / keep X from V-ing" is "prevent X from V-ing"; "turn off", "shut down", "power down" and "shut off" read as "switch off" (keeping "off", so that "turn on"
// still faces it as an opposite); "turn / switch / power on" is "enable" (not after a determiner, where "switch" is the
// device, nor before a person: "turn on someone" attacks); "get better at" is "improve at" ("get better" alone is also
// to recover); "brief" between a determiner and its noun is "short" ("a brief layover"; the noun, "a legal brief", and
// "briefs" stay); "(in) what year" and "(at) what time" (before an auxiliary) ask "when" (en/de/es/fr); "older adults / people" and "senior citizens" are "elderly people"; "less / least expensive" (costly, pricey) is "cheaper / cheapest", "less / least difficult" (hard) "easier / easiest" (session 24: the degree said from the other end, with one word for it). Only phrasings with a single common
// sense are listed: "turn down" (refuse) is not.
public sealed partial class PromptDifferenceGuard
{
    private static string FoldPhrases(string text) =>
        text.Contains(' ', StringComparison.Ordinal)
            ? FoldSenses(DeparturePattern().Replace(OutOfPattern().Replace(
                PreventPattern().Replace(LookForPattern().Replace(PhrasePattern().Replace(JoinSeparatedParticle(SplitNegatedAdjectives(text)), PhraseWord), "search for"), "prevent ${object}from ${action}"),
                "remove ${object}from"), "from "))
            : text;

    // "is unable to" asks what "isn't able to" asks: an adjective negated by its prefix is read as the negation and the
    // adjective, so the negation rule counts it and the opposites rule (able / unable) does not see it. French "incapable
    // / impossible de" negates as "ne … pas" does (two negation words); en "unable, incapable, impossible", es "incapaz,
    // imposible", de "unfähig, unmöglich".
    private static string SplitNegatedAdjectives(string text) => NegatedAdjectivePattern().Replace(text, NegatedAdjective);

    private static string NegatedAdjective(Match match) =>
        match.Groups["fr"].Success ? "ne pas " + match.Groups["fr"].Value
        : match.Groups["en"].Success ? "not " + match.Groups["en"].Value
        : match.Groups["es"].Success ? "no " + match.Groups["es"].Value
        : "nicht " + match.Groups["de"].Value;

    [GeneratedRegex(
        @"\b(?:(?:in|im)(?<fr>capable|possible)(?=\s+d(?:e\b|'|’))|un(?<en>able)|in(?<en>capable)|im(?<en>possible)"
        + @"|in(?<es>capaz)|im(?<es>posible)|un(?<de>fähig|möglich))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NegatedAdjectivePattern();

    // "departing London", "leaving from Amsterdam" is "from London", "from Amsterdam": only before a name.
    [GeneratedRegex(@"\b(?:departing|leaving)\s+(?:from\s+)?(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex DeparturePattern();

    // "get / take a stain out of a shirt" is the construction of "remove a stain from a shirt": only with a determiner
    // before its object, so "get the most out of", "get more out of" and "take out" stay.
    [GeneratedRegex(
        @"\b(?:get|gets|got|getting|take|takes|took|taking)\s+(?<object>(?:a|an|the|my|your|his|her|our|their|this|that|these|those)\s+(?!(?:most|best|more|hell)\b)(?:[\p{L}'’-]+\s+){1,3}?)out\s+of\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex OutOfPattern();

    // "stop / keep X from V-ing" is the construction of "prevent X from V-ing": "stop" alone ("stop the car") stays.
    [GeneratedRegex(
        @"\b(?:stop|stops|stopped|stopping|keep|keeps|kept|keeping)\s+(?<object>(?:[\p{L}'’-]+\s+){1,3}?)from\s+(?<action>\p{L}+ing)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PreventPattern();

    // "look for a job" asks what "search for a job" asks; "look at", "look up" and "look after" are other requests.
    [GeneratedRegex(@"\b(?:look|looks|looked|looking)\s+for\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LookForPattern();

    private static string PhraseWord(Match match) =>
        match.Groups["remove"].Success ? "remove"
        : match.Groups["assemble"].Success ? "assemble"
        : match.Groups["shutdown"].Success ? "switch off"
        : match.Groups["switchon"].Success ? "enable"
        : match.Groups["improve"].Success ? "improve at"
        : match.Groups["short"].Success ? "short"
        : match.Groups["near"].Success ? "near"
        : match.Groups["elderly"].Success ? "elderly people"
        : match.Groups["cheaper"].Success ? "cheaper"
        : match.Groups["cheapest"].Success ? "cheapest"
        : match.Groups["easier"].Success ? "easier"
        : match.Groups["easiest"].Success ? "easiest"
        : match.Groups["wann"].Success ? "wann"
        : match.Groups["cuando"].Success ? "cuándo"
        : match.Groups["quand"].Success ? "quand"
        : "when";

    [GeneratedRegex(
        @"\b(?:(?<remove>(?:get|gets|got|getting|gotten)\s+rid\s+of)|(?<assemble>(?:put|puts|putting)\s+together)"
        + @"|(?<shutdown>(?:turn|turns|turned|turning|switch|switches|switched|switching|shut|shuts|shutting|power|powers|powered|powering)\s+off"
        + @"|(?:shut|shuts|shutting|power|powers|powered|powering)\s+down)"
        + @"|(?<switchon>(?<!\b(?:the|a|an|this|that|light|power|wall)\s+)(?:turn|turns|turned|turning|switch|switches|switched|switching|power|powers|powered|powering)\s+on(?!\s+(?:me|him|her|us|them|you|each)\b))"
        + @"|(?<improve>(?:get|gets|got|getting|gotten)\s+better\s+at)"
        + @"|(?<short>(?<=\b(?:a|an|the|this|that|my|your|our|their|his|her|very|quite|fairly)\s+)brief(?=\s+\p{L}))"
        + @"|(?<when>(?:(?:in|for)\s+)?(?:what|which)\s+year|(?:at\s+)?what\s+time(?=\s+(?:do|does|did|will|is|are|was|were)\b))"
        + @"|(?<elderly>(?:older|elderly)\s+(?:adults|people|persons)|senior\s+citizens)"
        + @"|(?<cheaper>less\s+(?:expensive|costly|pricey))|(?<cheapest>least\s+(?:expensive|costly|pricey))"
        + @"|(?<easier>less\s+(?:difficult|hard))|(?<easiest>least\s+(?:difficult|hard))"
        + @"|(?<near>close\s+to(?=\s+(?:the|a|an|my|your|our|their|his|her|this|that)\s))"
        + @"|(?<wann>in\s+welchem\s+jahr)|(?<cuando>en\s+qué\s+año)|(?<quand>en\s+quelle\s+année))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PhrasePattern();
}
