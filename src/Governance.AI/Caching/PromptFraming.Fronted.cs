using System.Text.RegularExpressions;

namespace Governance.AI.Caching;

// A phrase or a clause set before the question, read after it where the same question written in one line puts it, so
// that the question's own frame is read and the guard compares the question with the question.
internal static partial class PromptFraming
{
    // A fronted phrase goes after the question, before the alternatives the question closes with ("For a beginner,
    // which camera, Canon or Nikon?" → "which camera for a beginner, Canon or Nikon?"), where the same question
    // written in one line puts it: the alternatives stay one clause of their own.
    private static string AfterQuestion(string question, string front)
    {
        int comma = question.LastIndexOf(", ", StringComparison.Ordinal);
        if (comma > 0)
        {
            ReadOnlySpan<char> last = question.AsSpan(comma + 2);
            if (last.Contains(" or ", StringComparison.OrdinalIgnoreCase) || last.Contains(" o ", StringComparison.OrdinalIgnoreCase)
                || last.Contains(" oder ", StringComparison.OrdinalIgnoreCase) || last.Contains(" ou ", StringComparison.OrdinalIgnoreCase))
            {
                return string.Concat(question.AsSpan(0, comma), " ", front, question.AsSpan(comma));
            }
        }

        return question + ", " + front;
    }

    // The preposition that opened the sentence is capitalized only for being first; moved after the question it is a
    // word inside the sentence ("Before my flight, can I …" → "can I …, before my flight"), not a name. A word written
    // in capitals ("IN", "AS") is left as typed.
    private static string LowerFirst(string phrase) =>
        phrase.Length > 1 && char.IsUpper(phrase[0]) && !char.IsUpper(phrase[1])
            ? string.Concat(char.ToLowerInvariant(phrase[0]).ToString(), phrase.AsSpan(1))
            : phrase;

    // "As an adult, what is the best way to …?", "In Austria in winter: which tyres …?": a prepositional phrase set
    // before the question by a comma or colon is read after it, so that the question's own frame is read (the guard
    // compares within clauses, and a clause moved to the other end still matches). The same before a listing request
    // ("For a beginner, list the …", "Including X and Y, name …"). Only a short phrase opened by a preposition; a clause
    // of time or condition is read by the next rule, another request ("erklär mir, …") stays where it is.
    [GeneratedRegex(@"^(?<front>(?:as|for|in|on|at|during|with|without|after|before|within|under|over|from|including|im|am|beim|für|mit|ohne|bei|nach|während|en|para|con|sin|durante|pour|avec|sans|dans|pendant|chez)\b[^,:;?¿!.]{2,60}?)[,:] (?<question>¿?(?:how|what|why|where|when|which|who|is|are|can|could|should|do|does|did|will|would|wie|was|warum|wo|wann|welche|welcher|welches|wer|qué|cómo|cuál|cuáles|dónde|cuándo|quién|por qué|comment|quel|quelle|quels|quelles|pourquoi|où|quand|combien|qu'est-ce|list|name|give me|suggest|recommend)\b[^?]*?)(?<end>[?.!])?$", FrameOptions)]
    private static partial Regex FrontedPhrasePattern();

    // "When I travel abroad, what should I pack?", "Si je déménage, que dois-je déclarer ?": a subordinate clause of time
    // or condition set before the question is read after it, where the same question also puts it, with no comma ("what
    // should I pack when I travel abroad"); the guard reads exchanged terms across clauses, so "If it is 3 pm in Tokyo,
    // what time is it in Paris?" still faces "… in Paris, … in Tokyo?". Only a clause without a comma of its own, before
    // a question word or an auxiliary.
    [GeneratedRegex(@"^(?<front>(?:when|whenever|while|if|once|wenn|falls|sobald|cuando|mientras|quand|lorsque|lorsqu'|si)\b[^,:;?¿!.]{2,80}?), (?<question>¿?(?:how|what|why|where|which|who|is|are|can|could|should|do|does|did|will|would|wie|was|warum|wo|welche|welcher|welches|wer|muss|kann|soll|qué|cómo|cuál|cuáles|dónde|quién|por qué|debo|puedo|tengo|comment|que|quel|quelle|quels|quelles|pourquoi|où|combien|dois-je|puis-je|qu'est-ce)\b[^?]*?)(?<end>[?.!])?$", FrameOptions)]
    private static partial Regex FrontedClausePattern();

    // "if it rains what should I wear": a condition typed without its comma, before a question word that cannot open
    // the condition's own clause as a relative ("what" can, so it is read as the question only after the shortest
    // condition). Auxiliaries are left out here: without the comma, "if it is cold is …" has no one reading.
    [GeneratedRegex(@"^(?<front>(?:if|whenever|wenn|falls|si)\b[^,:;?¿!.]{2,80}?) (?<question>¿?(?:how|what|why|wie|warum|wieso|welche|welcher|welches|qué|cómo|cuál|cuáles|por qué|comment|pourquoi|combien|quel|quelle|quels|quelles)\b[^?]*?)(?<end>[?.!])?$", FrameOptions)]
    private static partial Regex UnmarkedConditionPattern();
}
