using System.Text.RegularExpressions;

namespace Governance.AI.Caching;

// Question frames of a definition, a reason, a comparison, an author or agent, a translation and an owner: "define X",
// "what does X mean", "what's the reason X", "how does X differ from Y", "X was written by whom?", "how do you say X in
// Italian", "Germany's chancellor".
internal static partial class PromptFraming
{
    // "The meaning of" stays: "What is the meaning of life?" is not "What is life?".
    [GeneratedRegex(@"^(?:define|give me the definition of|what(?:'s|’s| is) the definition of|what(?:'s|’s| is) meant by|explain the (?:concept|notion|term) of|how (?:would|do) you define) ", FrameOptions)]
    private static partial Regex DefinitionPattern();

    [GeneratedRegex(@"^what does (?<term>[^?]+?) mean\??$", FrameOptions)]
    private static partial Regex MeanPattern();

    [GeneratedRegex(@"^explain(?: to me)?,? (?!(?:how|why|what|when|where|who|which|to|me|this|that|it)\b)", FrameOptions)]
    private static partial Regex ExplainThingPattern();

    [GeneratedRegex(@"^tell me (?=the )", FrameOptions)]
    private static partial Regex TellTheThingPattern();

    [GeneratedRegex(@"^(?:list|name|enumerate|give me a list of) ", FrameOptions)]
    private static partial Regex ListPattern();

    [GeneratedRegex(@"^(?:what(?:'s|’s| is) the (?:reason|cause) (?:that |why |for )?|for what reason |how come |what makes )", FrameOptions)]
    private static partial Regex ReasonPattern();

    // "What's the point of X?" asks for the purpose of X; "the point of sale / view / no return …" and "the boiling
    // point of …" are other things ("the" right after the question, so only the question's own frame).
    [GeneratedRegex(@"^what(?:'s|’s| is) the point (?:of|in) (?!(?:sale|view|no|care|contact|entry|origin|interest|order|departure|reference|failure|presence|use)\b)", FrameOptions)]
    private static partial Regex PointOfPattern();

    [GeneratedRegex(@"^what (?:causes|(?<past>caused)) ", FrameOptions)]
    private static partial Regex CausePattern();

    [GeneratedRegex(@"^why (?<aux>do|does|did) (?<event>[^?]+?) (?:happen|occur)\??$", FrameOptions)]
    private static partial Regex HappenPattern();

    [GeneratedRegex(@"^(?:how (?:does|do) (?<x>[^?]+?) differ from|how (?:is|are) (?<x>[^?]+?) different from|what distinguishes (?<x>[^?]+?) from) (?<y>[^?]+?)\??$", FrameOptions)]
    private static partial Regex DifferPattern();

    // "HTTP is short for what?", "what is HTTP short for?", "HTTP stands for what?" → "what does HTTP stand for".
    [GeneratedRegex(@"^(?:(?<term>(?!what\b)[^?]+?) (?:is short for|stands for) what|what(?:'s|’s| is) (?<term>[^?]+?) short for)\??$", FrameOptions)]
    private static partial Regex StandForPattern();

    [GeneratedRegex(@"^(?!what\b)(?<thing>[^?]+?) (?<verb>is|are|was|were) what\??$", FrameOptions)]
    private static partial Regex IsWhatPattern();

    [GeneratedRegex(@"^who(?:'s|’s| is| was) the (?:author|writer) of ", FrameOptions)]
    private static partial Regex AuthorPattern();

    // The passive asked of its agent: "X was written by whom?", "by whom was X painted?", "who was X invented by?" →
    // "who wrote / painted / invented X" (the guard reads "written" and "wrote" as one verb); "X was caused by what?"; a time
    // or place after the stranded "by" stays after the question ("who was X signed by in 1215?" → "who signed X in 1215").
    [GeneratedRegex(@"^(?:(?<thing>[^?]+?) (?:is|are|was|were) (?<verb>\p{L}+) by (?<agent>whom|who|what)|by (?<agent>whom|what) (?:is|are|was|were) (?<thing>[^?]+?) (?<verb>\p{L}+)|(?<agent>who|what) (?:is|are|was|were) (?<thing>[^?]+?) (?<verb>\p{L}+) by(?<rest> (?:in|on|at|during|around) [^?]+)?)\??$", FrameOptions)]
    private static partial Regex PassiveByPattern();

    [GeneratedRegex(@"^how do I say (?<text>.+) in (?<language>\p{L}+)\??$", FrameOptions)]
    private static partial Regex SayInPattern();

    // "How do you say 'good morning' in Italian?" asks to translate it, when the last word names a language.
    private static string SayIn(Match match) =>
        GuardLexicon.Languages.ContainsKey(match.Groups["language"].Value.ToLowerInvariant())
            ? "translate " + Quoted(match.Groups["text"].Value) + " into " + match.Groups["language"].Value
            : match.Value;

    // The words asked about are quoted, so that the guard compares them as written: "thank you" and "please" are
    // courtesies said to the reader elsewhere, but here they are what is translated.
    private static string Quoted(string text) =>
        text.Length > 0 && text[0] is '\'' or '"' or '‘' or '“' or '«' or '„' ? text : "'" + text + "'";

    // "Germany's chancellor" → "the chancellor of Germany", "my mom's birthday" → "the birthday of my mom".
    private static string Possessive(Match match)
    {
        string determiner = match.Groups["det"].Value;
        string owner = match.Groups["owner"].Value;
        string ownerDeterminer = determiner.Length == 0 || determiner.Equals("the ", StringComparison.OrdinalIgnoreCase) ? determiner.ToLowerInvariant() : determiner;
        return "the " + match.Groups["thing"].Value + " of " + ownerDeterminer + owner;
    }

    // An owner's thing: not a clitic ("what's", "it's", "let's", "there's"), and only before a lowercase word, so that
    // "Marie's" in "is Marie's Café open" and a name after it stay as written.
    [GeneratedRegex(@"\b(?<det>(?i:the|my|your|his|her|our|their) )?(?<owner>(?!(?i:what|that|it|there|here|who|where|how|when|why|he|she|let|everyone|everybody|someone|somebody|nobody|one|this|today|tonight|tomorrow|yesterday)['’])\p{L}[\p{L}-]*)['’]s (?<thing>\p{Ll}+)\b", FrameOptions & ~RegexOptions.IgnoreCase)]
    private static partial Regex PossessivePattern();
}
