namespace Governance.AI.Caching;

// Reading a prompt into the features the guard compares: tokens, numbers with their units, word classes, entities,
// content words, ordered terms and their direction roles.
public sealed partial class PromptDifferenceGuard
{
    /// <summary>Whether the prompt asks for steps: "how do/can/should I|we …" or "how to …".</summary>
    private static bool AsksForSteps(List<Token> tokens)
    {
        for (int i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Lower != "how")
            {
                continue;
            }

            string next = tokens[i + 1].Lower;
            if (next == "to" || (next is "do" or "can" or "should" or "could" && i + 2 < tokens.Count && tokens[i + 2].Lower is "i" or "we"))
            {
                return true;
            }
        }

        return false;
    }

    private PromptFeatures Analyze(string text)
    {
        var features = new PromptFeatures(text);
        List<Token> tokens = Tokenize(text, features);
        string? lastContent = null;
        string? relationHead = null;
        bool ownerRelation = false;
        bool lastContentQualified = false;
        int lastContentToken = -1;
        var pending = new PendingLinks { Direction = -1 };
        bool asksForSteps = AsksForSteps(tokens);
        bool? foreign = null;
        bool? mixedCase = null;
        ReadAnswerType(features, tokens);
        features.QuestionRole = QuestionRoleOf(tokens);
        ReadStatedRole(features, tokens);
        for (int i = 0; i < tokens.Count; i++)
        {
            Token token = tokens[i];
            string lower = UnitOrWord(tokens, i);
            string? previous = i > 0 ? tokens[i - 1].Lower : null;
            ReadRoleMarkers(features, tokens, i, ref pending);
            ReadHire(features, tokens, i);
            if (pending.Number is not null)
            {
                // A number followed by a unit carries it ("3 km"); any other word leaves it bare ("5 ideas").
                features.NumbersWithUnits.Add(NumberWithUnit(pending.Number, GuardLexicon.Units.TryGetValue(token.Lower, out string? unit) ? unit : null));
                pending.Number = null;
            }

            // "to rent or to buy": a "to" repeated after a coordinator is the infinitive's: no relation, direction or
            // role ("from Oslo or to Bergen" keeps its direction).
            bool infinitiveTo = lower == "to" && previous is "or" or "and" && RepeatsTo(tokens, i);
            if (!infinitiveTo && (lower == "of" || GuardLexicon.Prepositions.Contains(lower)))
            {
                // "teaspoons in a tablespoon": the content words either side of a preposition are a relation. A word that
                // is itself the object of a preposition right before this one heads none: "in winter in Austria" / "in
                // Austria in winter" are two qualifiers in either order.
                relationHead = lastContentQualified && lastContentToken == i - 1 ? null : lastContent;
                ownerRelation = lower == "of";
            }

            if (!infinitiveTo && GuardLexicon.DirectionRoles.TryGetValue(lower, out string? role))
            {
                pending.Role = role;
            }

            bool afterPreposition = previous is not null && GuardLexicon.Prepositions.Contains(previous);
            features.AllWords.Add(lower);
            features.AllWords.Add(Lemma(lower));
            // "a" is the Spanish and French "to" ("de Madrid a Barcelona") but the English article ("a good laptop").
            if (!infinitiveTo && GuardLexicon.DirectionalWords.Contains(lower) && features.OrderedTerms.Count > 0 && (lower != "a" || (foreign ??= IsInAnotherLanguage(text))))
            {
                pending.Direction = features.OrderedTerms.Count - 1;
            }

            if (token.HasDigit)
            {
                AddNumber(features, NormalizeNumber(lower), tokens, i, ref pending);
                if (token.HasLetter)
                {
                    features.Entities.Add(lower);
                }

                continue;
            }

            features.Words.Add(lower);
            if (!token.Quoted && !IsRelativePronoun(tokens, i) && QuestionKindOf(AccentedQuestionWord(tokens, i), previous, i + 1 < tokens.Count ? tokens[i + 1].Lower : null) is { } kind)
            {
                features.QuestionKinds.Add(kind);
            }

            if (AddGrammarMarkers(features, tokens, i, previous))
            {
                continue;
            }

            if (GuardLexicon.NegationWords.Contains(lower))
            {
                features.Negations++;
                continue;
            }

            if (IsStatedOne(tokens, i, previous))
            {
                // "What is one idea for …?" asks for one; "what are some ideas" names no number.
                AddNumber(features, "1", tokens, i, ref pending);
                continue;
            }

            if (GuardLexicon.NumberWords.TryGetValue(lower, out string? value))
            {
                AddNumber(features, value, tokens, i, ref pending);
                continue;
            }

            if (NamesSeveralSuperlatives(tokens, i, previous))
            {
                // "the largest moon of Jupiter" asks for one, "the largest moons of Jupiter" for a list: plurals are
                // folded for every other word, so the superlative's head keeps its number here.
                features.Quantities.Add("several");
            }

            if (QuantityOf(lower, previous, ClauseEnds(tokens, i)) is { } quantity)
            {
                // "Any tips?", "give me a few ideas": an unstated number of the items an answer is made of is what a
                // request without one gets. On anything else ("do some birds fly?") the quantifier narrows the question.
                if (!(quantity is "some" or "a few" && i + 1 < tokens.Count && GuardLexicon.AnswerItems.Contains(Lemma(tokens[i + 1].Lower))))
                {
                    features.Quantities.Add(quantity);
                }

                continue;
            }

            if (TaskOf(lower) is { } task)
            {
                // Explaining, telling or writing is what a question asks for anyway: only other tasks are kept.
                if (!string.Equals(task, GuardLexicon.InformTask, StringComparison.Ordinal))
                {
                    features.Tasks.Add(task);
                }

                continue;
            }

            // Formats and languages are compared as sets, and still take part in the order checks ("JSON to YAML").
            if (!GuardLexicon.Languages.ContainsKey(lower) && GuardLexicon.Formats.TryGetValue(Lemma(lower), out string? format))
            {
                features.Formats.Add(format);
                AddOrderedTerm(features, format, tokens, i, ref pending);
                continue;
            }

            // A language the answer is asked in is also kept apart from one the prompt talks about ("a French chef" / "a chef in French").
            if (LanguageAt(tokens, i, lower, out bool answerLanguage) is { } language)
            {
                features.Languages.Add(language);
                if (answerLanguage)
                {
                    (features.AnswerLanguages ??= new HashSet<string>(StringComparer.Ordinal)).Add(language);
                }

                AddOrderedTerm(features, language, tokens, i, ref pending);
                continue;
            }

            // "What language do people speak in Brazil?" asks what "Which language is spoken in Brazil?" asks: "people"
            // as the subject of a question's auxiliary is the generic agent, as "one" is.
            bool genericPeople = lower == "people" && previous is "do" or "did";
            // "call the US from Mexico", "the IT department": a function word written as an acronym in a prompt that is
            // not written in capitals is a name.
            bool acronym = IsAcronym(token) && (mixedCase ??= HasLowercase(text));
            if (acronym)
            {
                features.Acronyms.Add(lower);
            }

            bool function = (_functionWords.Contains(lower) && !acronym && !(asksForSteps && GuardLexicon.ImplicitPresent.Contains(lower)) && !IsMentionedGreeting(tokens, i)
                && !(GuardLexicon.EnglishHomographs.Contains(lower) && !(foreign ??= IsInAnotherLanguage(text)))) || genericPeople;
            if (genericPeople && !token.Quoted)
            {
                // … but still a person: "Why do people get headaches?" is not "Why do I get headaches?".
                features.Persons.Add("third");
            }

            if (GuardLexicon.TimeWords.Contains(lower) || (!function && IsEntityShape(token)))
            {
                features.Entities.Add(Lemma(lower));
            }

            if (!function)
            {
                string lemma = Lemma(lower);
                features.Content.Add(lemma);
                AddOrderedTerm(features, lemma, tokens, i, ref pending);
                if (afterPreposition)
                {
                    features.Qualifiers.Add(lemma);
                }

                // "a fine" names a thing, "is it fine" says what something is like: one word, two meanings.
                if (previous is "a" or "an" or "the")
                {
                    features.Nouns.Add(lemma);
                }
                else if (i >= 2 && ((previous == "it" && tokens[i - 2].Lower == "is") || (previous == "is" && tokens[i - 2].Lower == "it")))
                {
                    features.Predicates.Add(lemma);
                }

                if (relationHead is not null && !string.Equals(relationHead, lemma, StringComparison.Ordinal))
                {
                    features.Relations.Add(new Relation(relationHead, lemma));
                    if (ownerRelation)
                    {
                        features.Owners.Add(new Relation(relationHead, lemma));
                    }
                }

                relationHead = null;
                lastContent = lemma;
                lastContentQualified = afterPreposition;
                lastContentToken = i;
            }
        }

        if (pending.Number is not null)
        {
            features.NumbersWithUnits.Add(NumberWithUnit(pending.Number, null));
        }

        features.VerbQuestion = tokens.Count > 1 && !_functionWords.Contains(tokens[0].Lower) && !tokens[0].HasDigit && !IsEntityShape(tokens[0])
            && features.QuestionKinds.Count == 0 && text.AsSpan().TrimEnd().EndsWith("?", StringComparison.Ordinal);
        return features;
    }

    // Whether the token is the last of its clause ("what is a VPN, exactly?").
    private static bool ClauseEnds(List<Token> tokens, int index) => index + 1 == tokens.Count || tokens[index + 1].Clause != tokens[index].Clause;

    // A number; a unit symbol before it ("$200", "€ 5") is its unit, otherwise the word after it may be.
    private static void AddNumber(PromptFeatures features, string number, List<Token> tokens, int index, ref PendingLinks pending)
    {
        features.Numbers.Add(number);
        if (index > 0 && GuardLexicon.ApproximatingWords.Contains(tokens[index - 1].Lower))
        {
            features.Quantities.Add("roughly");
        }

        AddOrderedTerm(features, number, tokens, index, ref pending);
        if (index > 0 && tokens[index - 1].IsSymbol)
        {
            features.NumbersWithUnits.Add(NumberWithUnit(number, UnitOrWord(tokens, index - 1)));
        }
        else
        {
            pending.Number = number;
        }
    }

    private static string NumberWithUnit(string number, string? unit) => unit is null ? number : string.Concat(number, " ", unit);

    // A unit word or symbol is read as its unit ("kilometers", "km" → kilometer); a short one ("m", "l", "mi") only
    // right after a number, where it cannot be another word.
    private static string UnitOrWord(List<Token> tokens, int index)
    {
        string lower = tokens[index].Lower;
        return GuardLexicon.Units.TryGetValue(lower, out string? unit)
            && (lower.Length >= 4 || tokens[index].IsSymbol || (index > 0 && IsNumber(tokens[index - 1]))) ? unit : lower;
    }

    // "to rent or to buy", "to walk, cycle or to drive": a "to" two or three words before the coordinator at index - 1.
    private static bool RepeatsTo(List<Token> tokens, int index) =>
        (index >= 3 && tokens[index - 3].Lower == "to") || (index >= 4 && tokens[index - 4].Lower == "to");

    private static bool IsNumber(Token token) => token.HasDigit || GuardLexicon.NumberWords.ContainsKey(token.Lower);

    // Terms in prompt order; a directional word seen since the last term links that term and this one, and a direction
    // role word ("from", "to") gives this term its role.
    private static void AddOrderedTerm(PromptFeatures features, string term, List<Token> tokens, int index, ref PendingLinks pending)
    {
        if (pending.Agent)
        {
            // "acquired by Google": the term after a passive's "by" is the one who acts, the term before it the verb.
            (features.Passives ??= []).Add((pending.AgentAfterVerbTerm ? features.OrderedTerms.Count - 1 : -1, features.OrderedTerms.Count));
            pending.Agent = false;
        }

        if (pending.Role is null && features.OrderedMarks.Count > 0 && features.OrderedMarks[^1].Token == index - 1 && index > 0
            && tokens[index].Clause == tokens[index - 1].Clause && features.Roles.TryGetValue(features.OrderedTerms[^1], out string? phraseRole))
        {
            // "to New York", "to my bank account", "from the city centre": a term of several words keeps the role of its
            // first (session 27: common nouns too, not only names). A head both phrases share ("from my savings account
            // to my current account") has both roles.
            if (!features.Roles.TryAdd(term, phraseRole) && !string.Equals(features.Roles[term], phraseRole, StringComparison.Ordinal))
            {
                features.Roles[term] = "both";
            }
        }

        string? preposition = index > 0 && GuardLexicon.Prepositions.Contains(tokens[index - 1].Lower) ? tokens[index - 1].Lower : null;
        Token token = tokens[index];
        features.OrderedMarks.Add(new TermMark(
            index, token.Lower, pending.Coordinated, preposition, token.HasLetter && IsEntityShape(token), SlotWord(tokens, index, -1), SlotWord(tokens, index, 1)));
        pending.Coordinated = false;
        int clause = token.Clause;
        if (pending.Direction >= 0)
        {
            features.DirectionalNeighbours.Add((pending.Direction, features.OrderedTerms.Count));
            pending.Direction = -1;
        }

        if (pending.Role is not null)
        {
            features.Roles.TryAdd(term, pending.Role);
            pending.Role = null;
        }

        features.OrderedTerms.Add(term);
        features.OrderedClauses.Add(clause);
    }
}
