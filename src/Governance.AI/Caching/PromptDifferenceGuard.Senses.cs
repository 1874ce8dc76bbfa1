using System.Text.RegularExpressions;

namespace Governance.AI.Caching;

// Words that name the same request as another word in one construction only, folded there and nowhere else:
// - "is it / is this / it's normal (for / to / that / if / when / ?)" asks what "is it typical …" asks; "normal" stays
//   itself elsewhere ("a normal distribution", "normal mode");
// - "sign(s) of" is "symptom(s) of" ("the signs of dehydration"); a sign elsewhere (a road sign, "sign a lease", "the
//   sign for pi") stays;
// - "turn down" is "decline" ("turn down a job offer"), except before what is turned down in level (the volume, the
//   heating, the music, the lights …);
// - "terminate" is "kill" before a running thing of a computer (a process, a task, a program, an app);
// - "drop" is "remove" before a part of a data set (a column, rows, a table, duplicates, an index);
// - "position" is "role" at or with an employer ("a data analyst position at a startup");
// - "distinction(s) between" is "difference(s) between" ("the distinction between weather and climate"); a distinction
//   elsewhere ("graduate with distinction") stays;
// - "rich(er / est) in" before what something holds is "high(er / est) in" ("foods rich in iron"); "rich" elsewhere ("a
//   rich country", "rich in the 1990s") stays, and "low in" still faces "high in" as its opposite.
public sealed partial class PromptDifferenceGuard
{
    // Applied after the phrases of PromptDifferenceGuard.Phrases.cs; each pattern only runs when its word occurs.
    private static string FoldSenses(string text)
    {
        text = Has(text, "normal") ? NormalPattern().Replace(text, "${lead}typical") : text;
        text = Has(text, "sign") ? SignsOfPattern().Replace(text, SignsOfWord) : text;
        text = Has(text, "turn") ? TurnDownPattern().Replace(text, TurnDownWord) : text;
        text = Has(text, "terminat") ? TerminatePattern().Replace(text, KillWord) : text;
        text = Has(text, "drop") ? DropPattern().Replace(text, RemoveWord) : text;
        text = Has(text, "distinction") ? DistinctionPattern().Replace(text, DifferenceWord) : text;
        text = Has(text, "rich") ? RichInPattern().Replace(text, HighWord) : text;
        return Has(text, "osition") ? PositionPattern().Replace(text, "role") : text;
    }

    private static bool Has(string text, string word) => text.Contains(word, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(
        @"(?<lead>\b(?:is|isn't|isn’t|it's|it’s|it\s+is)\s+(?:(?:it|this|that)\s+)?)normal\b(?=\s+(?:for|to|that|if|when)\b|\s*[?.!]|\s*$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NormalPattern();

    [GeneratedRegex(@"\b(?<word>signs?)(?=\s+of\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex SignsOfPattern();

    private static string SignsOfWord(Match match) => match.Value.Length == 5 ? "symptoms" : "symptom";

    [GeneratedRegex(
        @"\b(?<verb>turn|turns|turned|turning)\s+down\b(?!\s+(?:(?:the|my|your|our|their|his|her|that|this|it|a|an)\s+)?(?:volume|heat|heating|heater|music|radio|tv|television|thermostat|sound|brightness|temperature|lights?|fan|bass|stove|oven|burner|gas|air|ac|speakers?|screen|noise)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TurnDownPattern();

    private static string TurnDownWord(Match match) => Inflected(match.Groups["verb"].Value, DeclineForms);

    private const string DeterminerAndAdjectives = @"(?:(?:a|an|the|my|this|that|these|those|its|all|any)\s+)?(?:[\p{L}-]+\s+){0,2}?";

    [GeneratedRegex(
        @"\b(?<verb>terminate|terminates|terminated|terminating)\b(?=\s+" + DeterminerAndAdjectives + @"(?:process|processes|task|tasks|program|programs|programme|app|apps|application|applications|job|jobs|thread|threads|script|container|containers|query|queries|session|sessions)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TerminatePattern();

    private static string KillWord(Match match) => Inflected(match.Value, KillForms);

    [GeneratedRegex(
        @"\b(?<verb>drop|drops|dropped|dropping)\b(?=\s+" + DeterminerAndAdjectives + @"(?:column|columns|row|rows|table|tables|duplicates|index|indexes|indices|field|fields|constraint|constraints|database|databases|nulls|nan|nans|record|records|entries)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DropPattern();

    private static string RemoveWord(Match match) => Inflected(match.Value, RemoveForms);

    [GeneratedRegex(@"\b[Pp]osition\b(?=\s+(?:at|with)\s+(?:a|an|the|my|our|your|their|this|that|\p{Lu}))", RegexOptions.CultureInvariant)]
    private static partial Regex PositionPattern();

    [GeneratedRegex(@"\bdistinctions?(?=\s+between\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DistinctionPattern();

    private static string DifferenceWord(Match match) => match.Value.EndsWith('s') ? "differences" : "difference";

    [GeneratedRegex(
        @"\brich(?:er|est)?(?=\s+in\s+(?!(?:the|a|an|my|your|his|her|our|their|its|this|that|these|those)\b)\p{L})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RichInPattern();

    private static string HighWord(Match match) =>
        match.Value.EndsWith("er", StringComparison.OrdinalIgnoreCase) ? "higher"
        : match.Value.EndsWith("est", StringComparison.OrdinalIgnoreCase) ? "highest" : "high";

    private static readonly string[] DeclineForms = ["decline", "declines", "declined", "declining"];
    private static readonly string[] KillForms = ["kill", "kills", "killed", "killing"];
    private static readonly string[] RemoveForms = ["remove", "removes", "removed", "removing"];

    // The replacement verb (base, -s, -ed, -ing forms) in the matched verb's inflection; no folded verb's base form ends in s.
    private static string Inflected(string verb, string[] forms) =>
        verb.EndsWith("ing", StringComparison.OrdinalIgnoreCase) ? forms[3] :
        verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase) ? forms[2] :
        verb.EndsWith('s') || verb.EndsWith('S') ? forms[1] : forms[0];
}
