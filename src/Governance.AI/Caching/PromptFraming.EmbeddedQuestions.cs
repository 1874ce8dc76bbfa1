using System.Text.RegularExpressions;

namespace Governance.AI.Caching;

// A question left in the word order of a frame that was removed ("[explain] what a liveness probe does", "[erkläre mir,]
// was ein Bausparvertrag ist", "[explique-moi] ce qu'est une fonction") is the direct question: "what does a liveness
// probe do", "was ist ein Bausparvertrag", "qu'est-ce qu'une fonction". Only a clause whose verb closes it is turned, and
// only a subject that cannot be read otherwise: one opened by a determiner or a name ("what the capital of Peru is"),
// or one to three lowercase words after "what / why / where / when / who" ("what recursion means"). "how old the
// universe is", "what time it is" and "what colour the sky is" stay as written.
//
// A method asked in the passive or as a noun is the method asked in the active: "how is VLOOKUP used to …" / "how do I
// use VLOOKUP to …", "what is the calculation for X" / "how do I calculate X" — only for verbs whose passive names what
// anyone does with the thing (use, calculate, compute, pronounce, spell), not for making ("how is cheese made" asks about
// production, "how do I make cheese" for a recipe).
//
// A question asked with an infinitive ("[tell me] when to plant garlic", "which laptop to buy", "whether to refinance")
// asks what the asker should do: "when should I plant garlic", "which laptop should I buy", "should I refinance". It is
// read as "should", never as "can" ("where to buy X" stays apart from "where can I buy X").
internal static partial class PromptFraming
{
    private static string ShouldQuestion(Match match) =>
        match.Groups["wh"].Success ? match.Groups["wh"].Value + " should I " : "should I ";

    [GeneratedRegex(@"^(?:(?<wh>when|where|what|who|whom|how (?:much|long|often|far)|which(?: (?!(?:is|are|was|were|one is|do|does|did|can|should|would|will)\b)\p{L}+){1,2})|whether) to (?!(?:the|a|an|my|your|his|her|our|their|this|that|these|those|me|you|him|us|them)\b)(?=\p{L})", FrameOptions)]
    private static partial Regex InfinitiveQuestionPattern();

    private static string ActiveMethod(Match match)
    {
        string verb = match.Groups["verb"].Value.ToLowerInvariant() switch
        {
            "used" => "use",
            "spelled" or "spelt" => "spell",
            string participle => participle[..^1],
        };
        return "how do I " + verb + " " + match.Groups["thing"].Value + match.Groups["rest"].Value + "?";
    }

    [GeneratedRegex(@"^how (?:is|are) (?<thing>(?!(?:i|you|we|it|they)\b)[^?,]+?) (?<verb>used|calculated|computed|pronounced|spelled|spelt)(?<rest> (?:in|on|for|to|with|when|from|by hand)\b[^?]*)?\??$", FrameOptions)]
    private static partial Regex PassiveMethodPattern();

    [GeneratedRegex(@"^what is the (?:calculation|computation) (?:for|of) ", FrameOptions)]
    private static partial Regex CalculationPattern();

    private static string DirectQuestion(Match match)
    {
        string wh = match.Groups["wh"].Value + match.Groups["much"].Value;
        string subject = match.Groups["subject"].Value;
        string verb = match.Groups["verb"].Value.ToLowerInvariant();
        return verb switch
        {
            "is" or "are" or "was" or "were" => wh + " " + verb + " " + subject + "?",
            "does" or "do" or "did" => wh + " " + verb + " " + subject + " do?",
            _ when verb.EndsWith('s') => wh + " does " + subject + " " + verb[..^1] + "?",
            _ => wh + " do " + subject + " " + verb + "?",
        };
    }

    private static string FrenchDirectDefinition(Match match)
    {
        string thing = match.Groups["thing"].Value;
        bool vowel = thing.Length > 0 && "aeiouyhéèêàâîôûAEIOUYHÉÈÊÀÂÎÔÛ".Contains(thing[0], StringComparison.Ordinal);
        return (vowel ? "qu'est-ce qu'" : "qu'est-ce que ") + thing + match.Groups["end"].Value;
    }

    [GeneratedRegex(@"^(?<wh>what|why|where|when|who|how)(?<much> much| many)? (?<subject>(?:(?:a|an|the|this|that|these|those|my|your|our|their|its|\p{Lu}[\p{L}\p{N}]*|\p{N}+\S*)\b(?: (?!(?:it|he|she|they|i|you|we|me|us|them|him)\b)[^\s?,;:]+){0,7}|(?<!^how(?: much| many)?)(?!(?:a|an|the|it|he|she|they|i|you|we|there|this|that|do|does|did|is|are|was|were|can|could|should|would|will|to)\b)\p{Ll}+(?: (?!(?:a|an|the|it|he|she|they|i|you|we|there|this|that|me|us|them|him)\b)\p{Ll}+){0,2})) (?<verb>is|are|was|were|does|do|did|means|mean|works|work|happens|happen|matters|matter)[.?!]*$", FrameOptions & ~RegexOptions.IgnoreCase)]
    private static partial Regex EmbeddedQuestionPattern();

    [GeneratedRegex(@"^(?<wh>was|wie|warum|wieso|wo|wann|wer) (?<subject>(?!(?:es|er|sie|man|ich|du|wir|ihr)\b)(?:ein|eine|einen|der|die|das|den|dem|des|mein|meine|\p{Lu}\p{L}*)\b[^?,;:]*?) (?<verb>ist|sind|war|waren|bedeutet|funktioniert|funktionieren)[.?!]*$", FrameOptions)]
    private static partial Regex GermanEmbeddedQuestionPattern();

    [GeneratedRegex(@"^ce qu['’]est (?<thing>[^?]+?)(?<end>[.?!]*)$", FrameOptions)]
    private static partial Regex FrenchEmbeddedDefinitionPattern();
}
