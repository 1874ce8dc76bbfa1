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
        (DifferAndPattern(), m => "what is the difference between " + m.Groups["x"].Value + " and " + m.Groups["y"].Value),
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
        (SpanishWayPattern(), _ => "cómo "),
        (SpanishReasonPattern(), _ => "por qué "),
        (SpanishMeanPattern(), _ => "qué es "),
        (SpanishExplainWhPattern(), _ => string.Empty),
        (SpanishExplainThingPattern(), _ => "qué es "),
        (FrenchHowPattern(), _ => "comment "),
        (FrenchDefinitionPattern(), _ => "qu'est-ce que "),
        (FrenchExplainWhPattern(), _ => string.Empty),
        (FrenchEmbeddedDefinitionPattern(), FrenchDirectDefinition),
        (FrenchExplainThingPattern(), _ => "qu'est-ce que "),
        (FrenchReasonPattern(), _ => "pourquoi "),
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

    // "How do you say 'good morning' in Italian?" asks to translate it, when the last word names a language.
    private static string SayIn(Match match) =>
        GuardLexicon.Languages.ContainsKey(match.Groups["language"].Value.ToLowerInvariant())
            ? "translate " + Quoted(match.Groups["text"].Value) + " into " + match.Groups["language"].Value
            : match.Value;

    // The words asked about are quoted, so that the guard compares them as written: "thank you" and "please" are
    // courtesies said to the reader elsewhere, but here they are what is translated.
    private static string Quoted(string text) =>
        text.Length > 0 && text[0] is '\'' or '"' or '‘' or '“' or '«' or '„' ? text : "'" + text + "'";

    // "Docker installation steps on Ubuntu" asks how to install Docker on Ubuntu: read as a method only when the task
    // names an action by its noun ("installation", "renewal"); "count my steps" stays as written.
    private static string NominalTask(Match match)
    {
        // The noun must name the steps' action itself, right before them: in "Including payroll registration, list
        // the steps to …" the noun belongs to a fronted phrase and "the" names the steps.
        string task = match.Groups["task"].Value.TrimEnd();
        int space = task.LastIndexOf(' ');
        string last = task[(space + 1)..];
        return task.Contains(',', StringComparison.Ordinal) || GuardLexicon.NominalBases(last.ToLowerInvariant()).Count == 0
            ? match.Value
            : "how do I " + match.Groups["task"].Value + match.Groups["rest"].Value;
    }

    // "Germany's chancellor" → "the chancellor of Germany", "my mom's birthday" → "the birthday of my mom".
    private static string Possessive(Match match)
    {
        string determiner = match.Groups["det"].Value;
        string owner = match.Groups["owner"].Value;
        string ownerDeterminer = determiner.Length == 0 || determiner.Equals("the ", StringComparison.OrdinalIgnoreCase) ? determiner.ToLowerInvariant() : determiner;
        return "the " + match.Groups["thing"].Value + " of " + ownerDeterminer + owner;
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

    [GeneratedRegex(@"^what (?:steps|procedure|process) (?:do|should|must|would|can|could) (?:i|we|you|one) (?:follow|take|go through|use) (?:to|for) ", FrameOptions)]
    private static partial Regex StepsQuestionPattern();

    [GeneratedRegex(@"^(?:how (?:do|should|can|could|would|does) (?:i|we|you|one) go about|walk me through|guide me through) ", FrameOptions)]
    private static partial Regex GoAboutPattern();

    [GeneratedRegex(@"^(?:how (?:(?:do|does|can|could|should|would|might|shall) (?:i|we|you|one)|to)|what (?:can|could|should) (?:i|we|one) do to|what do (?:i|we|you) (?:need to |have to )?do to|is there (?:a|any) (?:way|method) to|give me (?:the )?(?:steps|instructions) (?:to|for)|in what way can (?:i|we|you)|(?:the )?(?:steps|instructions) (?:to|for|on how to)) ", FrameOptions)]
    private static partial Regex HowToPattern();

    // "What's the weather like?" asks what "How's the weather?" asks.
    [GeneratedRegex(@"^what(?:'s|’s| (?<verb>is|are|was|were)) (?<thing>[^?,]+?) like\??$", FrameOptions)]
    private static partial Regex LikePattern();

    [GeneratedRegex(@"^what(?:'s|’s| is| are) (?:(?:the|a|an|some) )?(?:(?:best|right|proper|correct|good|simple|effective|recommended|usual|standard) )?(?:way|ways|method|procedure|process|steps) (?:to|for|involved in) ", FrameOptions)]
    private static partial Regex WayToPattern();

    // "Docker installation steps on Ubuntu", "what is the passport renewal process?", "database migration: how do I do it?".
    [GeneratedRegex(@"^(?!how\b|what\b|why\b|who\b|when\b|where\b|which\b)(?<task>[^?:]+?)(?:,? (?:steps|instructions)(?<rest> [^?:]*)?|\s*[:,–-]\s*how (?:do|can|should) (?:i|we|you) do (?:it|that|this))\??$", FrameOptions)]
    private static partial Regex StepsSuffixPattern();

    [GeneratedRegex(@"^what(?:'s|’s| is) the (?<task>[^?]+?) (?:process|procedure)\??$", FrameOptions)]
    private static partial Regex ProcessPattern();

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

    // "HTTP is short for what?", "what is HTTP short for?", "HTTP stands for what?" → "what does HTTP stand for".
    [GeneratedRegex(@"^(?:(?<term>(?!what\b)[^?]+?) (?:is short for|stands for) what|what(?:'s|’s| is) (?<term>[^?]+?) short for)\??$", FrameOptions)]
    private static partial Regex StandForPattern();

    // "A pound contains how many ounces?", "how many ounces does a pound contain?", "how many ounces are there in a
    // pound?" → "how many ounces are in a pound".
    [GeneratedRegex(@"^(?:(?<whole>(?!how\b)[^?]+?) (?:contains?|holds?) how many (?<part>[^?]+?)|how many (?<part>[^?]+?) (?:does|do) (?<whole>[^?]+?) (?:contain|hold)|how many (?<part>[^?]+?) (?:are|is) there in (?<whole>[^?]+?))\??$", FrameOptions)]
    private static partial Regex ContainsHowManyPattern();

    // "Is a lion slower than a cheetah?": a yes-no comparison of two terms.
    [GeneratedRegex(@"^(?<aux>is|are|was|were) (?<x>[^?]+?) (?<comparative>\p{L}+) than (?<y>[^?]+?)\??$", FrameOptions)]
    private static partial Regex ConverseComparisonPattern();

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

    [GeneratedRegex(@"^(?:wie heißt|was versteht man unter) ", FrameOptions)]
    private static partial Regex GermanDefinitionPattern();

    [GeneratedRegex(@"^was bedeutet (?<term>[^?]+?)\??$", FrameOptions)]
    private static partial Regex GermanMeanPattern();

    // "Erklär mir, wie …", "Sag mir, warum …", "Ich möchte verstehen, wie …", "Ich muss wissen, ob …": the question follows.
    [GeneratedRegex(@"^(?:erkläre?n?(?: mir| uns)?|(?:mir |uns )erklären|sag(?:e|t|en sie)? (?:mir|uns)|erinnere mich(?: daran)?|ich (?:möchte|will|muss|würde|wüsste)(?: gerne?)? (?:wissen|verstehen|erfahren|herausfinden)|ich wüsste gerne?),? (?=(?:wie|warum|wieso|weshalb|was|wann|wo|wer|welche|welcher|welches|ob)\b)", FrameOptions)]
    private static partial Regex GermanExplainWhPattern();

    [GeneratedRegex(@"^erkläre?(?: mir| uns)? (?!(?:wie|warum|was|wann|wo|wer|welche|das|dies)\b)", FrameOptions)]
    private static partial Regex GermanExplainThingPattern();

    [GeneratedRegex(@"^(?:aus welchem grund|wieso|weshalb) ", FrameOptions)]
    private static partial Regex GermanReasonPattern();

    [GeneratedRegex(@"^welche (?<thing>\p{L}+) (?:hat|haben) (?<owner>[^?]+?)\??$", FrameOptions)]
    private static partial Regex GermanWhichHasPattern();

    [GeneratedRegex(@"^¿?cuál es (?:la|el) (?:forma|manera|modo) de ", FrameOptions)]
    private static partial Regex SpanishWayPattern();

    [GeneratedRegex(@"^¿?(?:cuál es (?:la razón|el motivo) (?:por (?:la|el) (?:que|cual)|de que)|por qué razón) ", FrameOptions)]
    private static partial Regex SpanishReasonPattern();

    [GeneratedRegex(@"^¿?qué significa ", FrameOptions)]
    private static partial Regex SpanishMeanPattern();

    // "Explícame cómo …", "Necesito saber si …", "Me gustaría entender por qué …", "Recuérdame qué …": the question follows.
    [GeneratedRegex(@"^(?:expl[ií]ca(?:me|nos)?|explicar(?:me|nos)|dec[ií]r(?:me|nos)?|dime|decidme|recu[eé]rda(?:me|nos)|(?:necesito|quiero|quisiera|me gustar[ií]a|me encantar[ií]a|tengo que) (?:saber|entender|comprender|averiguar)),? ¿?(?=(?:cómo|qué|por qué|cuál|cuáles|cuándo|cuánto|cuánta|cuántos|cuántas|dónde|quién|quiénes|si)\b)", FrameOptions)]
    private static partial Regex SpanishExplainWhPattern();

    [GeneratedRegex(@"^expl[ií]ca(?:me|nos)? (?!(?:cómo|qué|por|cuál|cuándo|dónde|quién|esto|eso)\b)", FrameOptions)]
    private static partial Regex SpanishExplainThingPattern();

    [GeneratedRegex(@"^comment est-ce que (?:je |j['’]|on |l['’]on )", FrameOptions)]
    private static partial Regex FrenchHowPattern();

    [GeneratedRegex(@"^(?:c['’]est quoi|que (?:signifie|veut dire)|qu['’]est-ce que c['’]est que) ", FrameOptions)]
    private static partial Regex FrenchDefinitionPattern();

    // "Explique-moi comment …", "J'ai besoin de savoir si …", "J'aimerais comprendre pourquoi …", "Rappelle-moi quel …".
    [GeneratedRegex(@"^(?:expliquez?(?:-moi|-nous)?|(?:m'|m’|me |nous )?expliquer|(?:me |nous )?dire|dis-moi|dites-moi|rappelle(?:z)?-moi|(?:j['’]ai besoin de|je veux|je voudrais|j['’]aimerais|je cherche à|je souhaite|je souhaiterais|je dois) (?:savoir|comprendre)),? (?=(?:comment|pourquoi|ce qu|qu|quand|où|qui|quel|quelle|quels|quelles|combien|si|s['’]il)\b)", FrameOptions)]
    private static partial Regex FrenchExplainWhPattern();

    [GeneratedRegex(@"^expliquez?(?:-moi|-nous)? (?!(?:comment|pourquoi|ce|ça|cela|qu|quand|où|qui|quel)\b)", FrameOptions)]
    private static partial Regex FrenchExplainThingPattern();

    [GeneratedRegex(@"^(?:pour quelle raison|quelle est la raison pour laquelle) ", FrameOptions)]
    private static partial Regex FrenchReasonPattern();

    // An owner's thing: not a clitic ("what's", "it's", "let's", "there's"), and only before a lowercase word, so that
    // "Marie's" in "is Marie's Café open" and a name after it stay as written.
    [GeneratedRegex(@"\b(?<det>(?i:the|my|your|his|her|our|their) )?(?<owner>(?!(?i:what|that|it|there|here|who|where|how|when|why|he|she|let|everyone|everybody|someone|somebody|nobody|one|this|today|tonight|tomorrow|yesterday)['’])\p{L}[\p{L}-]*)['’]s (?<thing>\p{Ll}+)\b", FrameOptions & ~RegexOptions.IgnoreCase)]
    private static partial Regex PossessivePattern();
}
