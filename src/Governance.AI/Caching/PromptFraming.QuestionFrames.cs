using System.Buffers;
using System.Text.RegularExpressions;

namespace Governance.AI.Caching;

// Question frames that ask for the same kind of answer, rewritten to one canonical frame per kind and language, so
// that the embedder and the guard compare what is asked about rather than how the question is built:
// - a method: "tell me how to X", "what's the way to X", "what steps do I follow to X", "what can I do to X",
//   "X installation steps" → "how do I X";
// - a definition: "define X", "give me the definition of X", "what is meant by X", "explain X" → "what is X";
//   "what does X mean" → "what is the meaning of X" (a meaning is not the thing: "the meaning of life");
// - a list: "list / name X" → "what are X";
// - a reason: "what's the reason X", "how come X", "what causes X", "why does X happen" → "why (does) X";
// - a comparison: "how does X differ from Y" → "what is the difference between X and Y";
// - a measure: "how tall is X", "how much does X weigh" → "what is the height / weight of X"; "how many people live in X" →
//   "what is the population of X"; an owner: "X's capital" → "the capital of X";
//   "X is what?" → "what is X?"; an author: "who is the author of X" → "who wrote X".
// German, Spanish and French frames of the same kinds are rewritten within their language. Only frames are rewritten;
// the kind of answer is kept (how / why / what / who / when / where stay apart, and the guard compares them), and so is
// every content word: what a frame cannot tell apart stays as written and is compared as content.
internal static partial class PromptFraming
{
    private const RegexOptions FrameOptions = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // The longest request whose question frame is rewritten.
    private const int MaxFramedLength = 400;

    // Rules for text with a given mark, run before the others: a request without the mark skips the pattern (a failing
    // Regex.Replace still costs thousands of instructions).
    private static readonly (Regex Pattern, MatchEvaluator Rewrite, SearchValues<char> Mark)[] MarkedFrameRules =
    [
        (CliticQuestionWordPattern(), m => m.Groups["wh"].Value + (m.Groups["clitic"].Value.Equals("re", StringComparison.OrdinalIgnoreCase) ? " are " : " is "), SearchValues.Create("'’")),
        (FrontedPhrasePattern(), m => AfterQuestion(m.Groups["question"].Value, LowerFirst(m.Groups["front"].Value)) + m.Groups["end"].Value, SearchValues.Create(",:")),
        (FrontedClausePattern(), m => m.Groups["question"].Value + " " + LowerFirst(m.Groups["front"].Value) + m.Groups["end"].Value, SearchValues.Create(",")),
        (ParentheticalPattern(), m => m.Groups["verb"].Value + " " + m.Groups["question"].Value + ", " + m.Groups["aside"].Value + m.Groups["end"].Value, SearchValues.Create(",")),
    ];

    private static readonly (Regex Pattern, MatchEvaluator Rewrite)[] FrameRules =
    [
        (UnmarkedConditionPattern(), m => m.Groups["question"].Value + " " + LowerFirst(m.Groups["front"].Value) + m.Groups["end"].Value),
        (TellWhPattern(), _ => string.Empty),
        (EmbeddedQuestionPattern(), DirectQuestion),
        (InfinitiveQuestionPattern(), ShouldQuestion),
        (AnswerTypePattern(), m => m.Groups["person"].Success ? "who " : "where "),
        (IndirectQuestionPattern(), m => m.Groups["wh"].Value + m.Groups["thing"].Value + " " + m.Groups["aux"].Value + " " + m.Groups["subject"].Value + " "),
        (LikePattern(), m => "how " + (m.Groups["verb"].Success ? m.Groups["verb"].Value : "is") + " " + m.Groups["thing"].Value),
        (PassiveByPattern(), m => (m.Groups["agent"].Value.Equals("what", StringComparison.OrdinalIgnoreCase) ? "what " : "who ") + m.Groups["verb"].Value + " " + m.Groups["thing"].Value + m.Groups["rest"].Value),
        (PassiveMethodPattern(), ActiveMethod),
        (CalculationPattern(), _ => "how do I calculate "),
        (StepsQuestionPattern(), _ => "how do I "),
        (GoAboutPattern(), _ => "how do I "),
        (HowToPattern(), _ => "how do I "),
        (WayToPattern(), _ => "how do I "),
        (StepsSuffixPattern(), NominalTask),
        (ProcessPattern(), NominalTask),
        (WithoutUsingPattern(), m => m.Groups["without"].Value),
        (TermMeaningPattern(), _ => "what is "),
        (TermsMeanPattern(), _ => "what do "),
        (DefinitionPattern(), _ => "what is "),
        (TermMeanPattern(), m => "what is " + m.Groups["term"].Value + (m.Groups["context"].Success ? " " + m.Groups["context"].Value : string.Empty)),
        (MeanPattern(), m => "what is the meaning of " + m.Groups["term"].Value),
        (ExplainThingPattern(), _ => "what is "),
        (TellTheThingPattern(), _ => "what is "),
        (ListPattern(), _ => "what are "),
        (PointOfPattern(), _ => "what is the purpose of "),
        (ReasonPattern(), _ => "why "),
        (CausePattern(), m => m.Groups["past"].Success ? "why did " : "why does "),
        (HappenPattern(), m => "why " + m.Groups["aux"].Value + " " + m.Groups["event"].Value),
        (DifferPattern(), m => "what is the difference between " + m.Groups["x"].Value + " and " + m.Groups["y"].Value),
        (DifferAndPattern(), m => "what is the difference between " + m.Groups["x"].Value + " and " + m.Groups["y"].Value + m.Groups["rest"].Value),
        (MeasurePattern(), m => "what " + m.Groups["verb"].Value + " the " + MeasureNoun(m.Groups["adjective"].Value) + " of " + m.Groups["thing"].Value),
        (WeighPattern(), m => (m.Groups["past"].Success ? "what was" : "what is") + " the weight of " + m.Groups["thing"].Value),
        (PopulationPattern(), m => "what is the population of " + m.Groups["place"].Value),
        (DurationPattern(), m => "how long " + (m.Groups["past"].Success ? "did " : "does ") + m.Groups["thing"].Value + " take"),
        (PricePattern(), m => (m.Groups["past"].Success ? "what was" : "what is") + " the price of " + m.Groups["thing"].Value + m.Groups["rest"].Value),
        (LocationPattern(), m => "where " + (m.Groups["verb"].Success ? m.Groups["verb"].Value : "is") + " " + m.Groups["thing"].Value),
        (ConversionPattern(), Conversion),
        (ConversionInPattern(), Conversion),
        (ConversionEqualsPattern(), Conversion),
        (StandForPattern(), m => "what does " + m.Groups["term"].Value + " stand for"),
        (ContainsHowManyPattern(), m => "how many " + m.Groups["part"].Value + " are in " + m.Groups["whole"].Value),
        (ConverseComparisonPattern(), ConverseComparison),
        (IsWhatPattern(), m => "what " + m.Groups["verb"].Value + " " + m.Groups["thing"].Value),
        (AuthorPattern(), _ => "who wrote "),
        (SayInPattern(), SayIn),
        (GermanDefinitionPattern(), _ => "was ist "),
        (GermanMeanPattern(), m => "was ist " + m.Groups["term"].Value),
        (GermanExplainWhPattern(), _ => string.Empty),
        (GermanEmbeddedQuestionPattern(), m => m.Groups["wh"].Value + " " + m.Groups["verb"].Value + " " + m.Groups["subject"].Value + "?"),
        (GermanExplainThingPattern(), _ => "was ist "),
        (GermanReasonPattern(), _ => "warum "),
        (GermanWhichHasPattern(), m => "was sind die " + m.Groups["thing"].Value + " von " + m.Groups["owner"].Value),
        (GermanWayPattern(), m => "wie kann man " + m.Groups["rest"].Value + " " + m.Groups["verb"].Value + m.Groups["end"].Value),
        (GermanHowShouldPattern(), _ => "wie kann man "),
        (SpanishWayPattern(), m => SpanishOpening(m) + "cómo "),
        (SpanishPossiblePattern(), m => SpanishOpening(m) + "se puede "),
        (SpanishReasonPattern(), _ => "por qué "),
        (SpanishMeanPattern(), _ => "qué es "),
        (SpanishExplainWhPattern(), _ => string.Empty),
        (SpanishExplainThingPattern(), _ => "qué es "),
        (FrenchHowPattern(), _ => "comment "),
        (FrenchPossiblePattern(), _ => "peut-on "),
        (FrenchDefinitionPattern(), _ => "qu'est-ce que "),
        (FrenchExplainWhPattern(), _ => string.Empty),
        (FrenchEmbeddedDefinitionPattern(), FrenchDirectDefinition),
        (FrenchExplainThingPattern(), _ => "qu'est-ce que "),
        (FrenchReasonPattern(), _ => "pourquoi "),
        (ForeignDifferPattern(), ForeignDifference),
        (PossessivePattern(), Possessive),
    ];

    /// <summary>Rewrites the question frame of a request of up to 400 characters to the canonical frame of its kind (see above); the request itself when it has none or is longer.</summary>
    /// <param name="request">The request, framing already removed.</param>
    /// <returns>The request in its canonical frame.</returns>
    public static string CanonicalQuestion(string request)
    {
        // Frames belong to questions: a long request (a pasted document with a task) is compared as written. The
        // unanchored rules would otherwise scan every kilobyte twice per request (≈ 40 µs per KB measured).
        if (request.Length > MaxFramedLength)
        {
            return request;
        }

        string text = request;
        foreach ((Regex pattern, MatchEvaluator rewrite, SearchValues<char> mark) in MarkedFrameRules)
        {
            if (text.AsSpan().IndexOfAny(mark) >= 0)
            {
                text = pattern.Replace(text, rewrite);
            }
        }

        foreach ((Regex pattern, MatchEvaluator rewrite) in FrameRules)
        {
            text = pattern.Replace(text, rewrite);
        }

        return text.Length == request.Length && string.Equals(text, request, StringComparison.Ordinal) ? request : text;
    }

    // "How's X different from Y?": a question word's clitic is its verb, so that every frame reads it as written out.
    [GeneratedRegex(@"^(?<wh>how|where|when|why|who)['’](?<clitic>s|re) (?=\p{L})", FrameOptions)]
    private static partial Regex CliticQuestionWordPattern();

    // "Explain, for a child, how rainbows form": an aside between a request verb and its question is read after it.
    [GeneratedRegex(@"^(?<verb>explain|describe|tell me)(?: to me)?, (?<aside>[^,?]{2,60}), (?<question>(?:how|why|what|when|where|who|which)\b[^?]*?)(?<end>[.?!])?$", FrameOptions)]
    private static partial Regex ParentheticalPattern();

    // "Explain how …", "tell me why …", "teach me how …", "I'd like to understand how …", "I need to know whether …",
    // "remind me what …": a request frame that only says "answer this"; the question itself follows (a yes-no question
    // as "whether / if" + its clause, which the guard compares as the direct question's words).
    [GeneratedRegex(@"^(?:(?:explain|describe|tell me|show me|teach me|remind me|explaining|describing|telling me|showing me|reminding me|walk me through|guide me through|help me (?:understand|figure out)|understand|i(?: want| need| would like|'d like|’d like| would love|'d love|’d love)(?: to)? (?:know|learn|understand|find out|figure out)|i(?:'ve|’ve| have) always wanted to (?:know|understand)|i(?:'m| am) (?:trying|looking) to (?:figure out|understand|find out|learn))(?: to me)?,? )(?=(?:how|why|what|when|where|who|which|whether)\b)", FrameOptions)]
    private static partial Regex TellWhPattern();

    // A question word with the noun of its kind of answer is that question word: "which person" asks "who", "what place"
    // asks "where" ("which city" stays: it also says which kind of place).
    [GeneratedRegex(@"^(?:which|what) (?:(?<person>person|people)|place) (?=(?:is|are|was|were|did|does|do|can|should|would|will)\b)", FrameOptions)]
    private static partial Regex AnswerTypePattern();

    // A question left in the word order of a wrapper ("[could you tell me] how I can convert …", "what questions I should
    // expect") is the direct question: "how can I convert …", "what questions should I expect".
    [GeneratedRegex(@"^(?<wh>how|what|where|when|why|which|who)(?<thing> (?!(?:can|could|should|do|does|did|would|might|must|shall|will|is|are|was|were)\b)\p{L}+)? (?<subject>i|we|you|one) (?<aux>can|could|should|do|would|might|must|shall) ", FrameOptions)]
    private static partial Regex IndirectQuestionPattern();

    // "What's the weather like?" asks what "How's the weather?" asks.
    [GeneratedRegex(@"^what(?:'s|’s| (?<verb>is|are|was|were)) (?<thing>[^?,]+?) like\??$", FrameOptions)]
    private static partial Regex LikePattern();
}
