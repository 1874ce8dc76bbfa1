using System.Collections.Frozen;

namespace Governance.AI.Caching;

// Words the guard reads as noise when said to the reader, and as content when they are what is asked about.
public sealed partial class PromptDifferenceGuard
{
    // "How do you spell 'please' / thanks in German?": a courtesy or greeting quoted or right after a verb of saying or
    // writing is the word asked about, content like any other ("spell please" ≠ "spell thanks").
    private static readonly FrozenSet<string> GreetingWords = FrozenSet.Create(
        StringComparer.Ordinal, "please", "kindly", "thanks", "thank", "hi", "hello", "hey");

    private static readonly FrozenSet<string> SayingVerbs = FrozenSet.Create(
        StringComparer.Ordinal, "say", "says", "said", "saying", "spell", "spelled", "spelt", "write", "written", "pronounce", "translate", "word");

    private static bool IsMentionedGreeting(List<Token> tokens, int index) =>
        GreetingWords.Contains(tokens[index].Lower)
        && (tokens[index].Quoted || (index > 0 && SayingVerbs.Contains(tokens[index - 1].Lower) && tokens[index - 1].Clause == tokens[index].Clause));
}
