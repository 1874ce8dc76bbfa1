namespace Governance.AI.Caching;

// Question words that ask nothing (a relative pronoun, a clause-opening "when"), typed without their accent, the noun
// naming the kind of answer, and "going to" a place.
public sealed partial class PromptDifferenceGuard
{
    // "my parents who are in their 70s", "a city where it never rains": "who", "which", "where", "when" right after a
    // content word of the same clause relate to that word and ask nothing. "When" and "where" before anything but an
    // auxiliary, a modal or "to" open a clause ("when traveling to Japan, what should I pack?"); a question goes on
    // with one ("when is", "where can", "when to plant").
    private bool IsRelativePronoun(List<Token> tokens, int index)
    {
        string lower = tokens[index].Lower;
        if (lower is "when" or "where" && index + 1 < tokens.Count && tokens[index + 1].Lower is { } next
            && !GuardLexicon.TenseAuxiliaries.ContainsKey(next) && !GuardLexicon.Modals.ContainsKey(next) && next is not ("to" or "would" or "have" or "has"))
        {
            return true;
        }

        if (index == 0 || lower is not ("who" or "whom" or "whose" or "which" or "where" or "when"))
        {
            return false;
        }

        Token previous = tokens[index - 1];
        return previous.Clause == tokens[index].Clause && previous.HasLetter && !_functionWords.Contains(previous.Lower)
            && !GuardLexicon.QuestionWords.ContainsKey(previous.Lower) && !GuardLexicon.Tasks.ContainsKey(previous.Lower);
    }

    // "Which city is the capital of France?": the noun after a leading "which" / "what" and before its verb names the kind
    // of answer (the head of the question word's phrase); "What is the capital of France?" names none.
    private void ReadAnswerType(PromptFeatures features, List<Token> tokens)
    {
        if (tokens.Count < 3 || tokens[0].Lower is not ("which" or "what"))
        {
            return;
        }

        // "what is …", "what's the …" (the clitic is not a token).
        if (GuardLexicon.TenseAuxiliaries.ContainsKey(tokens[1].Lower) || tokens[1].Lower is "the" or "a" or "an")
        {
            features.BareQuestionWord = true;
        }
        else if (tokens[2].Lower is "is" or "are" or "was" or "were" && !_functionWords.Contains(tokens[1].Lower) && !tokens[1].HasDigit)
        {
            features.AnswerType = Lemma(tokens[1].Lower);
        }
    }

    // A Spanish question word typed without its accent at the start of a clause ("¿que es …?") is the question word.
    private static string AccentedQuestionWord(List<Token> tokens, int index)
    {
        string lower = tokens[index].Lower;
        if (lower == "que" && index > 0 && tokens[index - 1].Lower == "por" && tokens[index - 1].Clause == tokens[index].Clause
            && (index == 1 || tokens[index - 2].Clause != tokens[index].Clause || tokens[index - 2].Lower is "y" or "e" or "o" or "u" or "pero"))
        {
            // "y por que es importante", typed without accents: "por que" opening a clause asks why ("la razón por que"
            // after a noun is a relative).
            return "qué";
        }

        if (index > 0 && tokens[index - 1].Clause == tokens[index].Clause)
        {
            return lower;
        }

        return lower switch
        {
            "que" => "qué",
            "como" => "cómo",
            "cuando" => "cuándo",
            "donde" => "dónde",
            "quien" => "quién",
            "cual" => "cuál",
            _ => lower,
        };
    }

    // A name, a number or a determiner after "going to" starts a place, not a verb.
    private static bool IsDestination(List<Token> tokens, int index) =>
        index < tokens.Count && (tokens[index].HasDigit || char.IsUpper(tokens[index].Text[0])
            || tokens[index].Lower is "the" or "a" or "an" or "my" or "your" or "his" or "her" or "our" or "their" or "this" or "that" or "some");
}
