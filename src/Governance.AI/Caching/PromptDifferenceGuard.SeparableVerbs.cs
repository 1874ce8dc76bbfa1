using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Governance.AI.Caching;

// A German separable verb is one word in a subordinate clause and two in a main clause: "wie man Kaffee zubereitet"
// (an embedded question, the wrapper removed) asks what "wie bereitet man Kaffee zu?" asks. A direct question that
// opens with a question word, its verb right after it and the verb's particle closing the question, is read with the
// particle joined to the verb, so both wordings hold the same word; another particle stays another verb ("macht …
// auf" / "macht … zu" read "aufmacht" / "zumacht").
public sealed partial class PromptDifferenceGuard
{
    // The particle that closes the question is checked first: most prompts end in none, and are not read for their
    // language.
    private static string JoinSeparatedParticle(string text) =>
        text.Length > 0 && char.ToLowerInvariant(text[0]) == 'w' && EndsWithParticle(text) && IsInAnotherLanguage(text)
            ? SeparatedParticlePattern().Replace(text, "${question}${particle}${verb}${rest}")
            : text;

    private static bool EndsWithParticle(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd().TrimEnd("?.!").TrimEnd();
        int start = text.Length;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        Span<char> lower = stackalloc char[8];
        ReadOnlySpan<char> last = text[start..];
        return last.Length is > 1 and <= 8 && SeparableParticles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower[..last.ToLowerInvariant(lower)]);
    }

    private static readonly FrozenSet<string> SeparableParticles = FrozenSet.Create(
        StringComparer.Ordinal, "ab", "an", "auf", "aus", "bei", "ein", "fest", "her", "hin", "los", "mit", "nach", "vor", "weg", "weiter", "zu", "zurück", "zusammen");

    // The particles that split off a verb, not a preposition's object: "zu" closes "bereitet … zu" but "wo gehe ich hin zu"
    // has no verb after "wo" that it belongs to; the particle must close the question.
    [GeneratedRegex(
        @"^(?<question>(?:wie|was|wann|wo|warum|wieso|weshalb|wer|wen|wem|welche|welcher|welches|welchen)\s+)(?<verb>\p{Ll}+)(?<rest>(?:\s+[^\s?.!,;:]+)+?)\s+(?<particle>ab|an|auf|aus|bei|ein|fest|her|hin|los|mit|nach|vor|weg|weiter|zu|zurück|zusammen)(?=\s*[?.!]?\s*$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex SeparatedParticlePattern();
}
