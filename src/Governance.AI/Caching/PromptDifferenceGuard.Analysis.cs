using System.Globalization;
using System.Text;

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
        var pending = new PendingLinks { Direction = -1 };
        bool asksForSteps = AsksForSteps(tokens);
        bool? foreign = null;
        ReadAnswerType(features, tokens);
        for (int i = 0; i < tokens.Count; i++)
        {
            Token token = tokens[i];
            string lower = UnitOrWord(tokens, i);
            string? previous = i > 0 ? tokens[i - 1].Lower : null;
            ReadRoleMarkers(features, tokens, i, ref pending);
            if (pending.Number is not null)
            {
                // A number followed by a unit carries it ("3 km"); any other word leaves it bare ("5 ideas").
                features.NumbersWithUnits.Add(NumberWithUnit(pending.Number, GuardLexicon.Units.TryGetValue(token.Lower, out string? unit) ? unit : null));
                pending.Number = null;
            }

            if (lower == "of" || GuardLexicon.Prepositions.Contains(lower))
            {
                // "teaspoons in a tablespoon": the content words either side of a preposition are a relation.
                relationHead = lastContent;
            }

            if (GuardLexicon.DirectionRoles.TryGetValue(lower, out string? role))
            {
                pending.Role = role;
            }

            bool afterPreposition = previous is not null && GuardLexicon.Prepositions.Contains(previous);
            features.AllWords.Add(lower);
            features.AllWords.Add(Lemma(lower));
            // "a" is the Spanish and French "to" ("de Madrid a Barcelona") but the English article ("a good laptop").
            if (GuardLexicon.DirectionalWords.Contains(lower) && features.OrderedTerms.Count > 0 && (lower != "a" || (foreign ??= IsInAnotherLanguage(text))))
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

            if (QuantityOf(lower, previous) is { } quantity)
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
            if (GuardLexicon.Formats.TryGetValue(Lemma(lower), out string? format) || GuardLexicon.Languages.TryGetValue(lower, out format))
            {
                (GuardLexicon.Languages.ContainsKey(lower) ? features.Languages : features.Formats).Add(format);
                AddOrderedTerm(features, format, tokens, i, ref pending);
                continue;
            }

            // "What language do people speak in Brazil?" asks what "Which language is spoken in Brazil?" asks: "people"
            // as the subject of a question's auxiliary is the generic agent, as "one" is.
            bool genericPeople = lower == "people" && previous is "do" or "did";
            bool function = (_functionWords.Contains(lower) && !(asksForSteps && GuardLexicon.ImplicitPresent.Contains(lower))
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
                }

                relationHead = null;
                lastContent = lemma;
            }
        }

        if (pending.Number is not null)
        {
            features.NumbersWithUnits.Add(NumberWithUnit(pending.Number, null));
        }

        return features;
    }

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

    private static bool IsNumber(Token token) => token.HasDigit || GuardLexicon.NumberWords.ContainsKey(token.Lower);

    // Modality, time and person, read from English auxiliaries and pronouns (function words otherwise). Returns whether
    // the token only marks the future ("going" in "going to win") and carries nothing else.
    // "one" before a word that names things ("one idea", "one tip") states a number; "how does one …", "one of",
    // "which one" and "the one" do not.
    private bool IsStatedOne(List<Token> tokens, int index, string? previous)
    {
        if (tokens[index].Lower != "one" || index + 1 >= tokens.Count)
        {
            return false;
        }

        string next = tokens[index + 1].Lower;
        return !_functionWords.Contains(next) && !GuardLexicon.NegationWords.Contains(next)
            && previous is not ("the" or "this" or "that" or "which" or "every" or "each" or "any" or "no" or "another"
                or "do" or "does" or "did" or "can" or "could" or "should" or "would" or "will" or "may" or "might" or "must");
    }

    private static bool AddGrammarMarkers(PromptFeatures features, List<Token> tokens, int index, string? previous)
    {
        // Quoted text is compared as text: "proofread 'Their going to the park'" names no person and no time.
        if (tokens[index].Quoted)
        {
            return false;
        }

        string lower = tokens[index].Lower;
        string? next = index + 1 < tokens.Count ? tokens[index + 1].Lower : null;
        if (GuardLexicon.Modals.TryGetValue(lower, out string? modality))
        {
            // "can you …" asks for something or means "can one"; "how can I …" asks for a method, as "how do I …".
            if (next is not "you" && previous is not "how")
            {
                features.Modalities.Add(modality);
            }
        }
        else if (lower is "have" or "has" or "had" && next is "to")
        {
            features.Modalities.Add("must");
        }
        else if (lower is "possible" or "allowed" or "permitted" && next is "to")
        {
            // "Is it possible to freeze rice?" asks what "Can I freeze rice?" asks.
            features.Modalities.Add("can");
        }
        else if ((lower is "advisable" or "recommended" or "wise" || (lower == "idea" && previous is "good")) && next is "to")
        {
            // "Is it a good idea to …?" and "Is it advisable to …?" ask what "Should I …?" asks.
            features.Modalities.Add("should");
        }

        if (GuardLexicon.TenseAuxiliaries.TryGetValue(lower, out string? tense)
            && !(lower is "was" or "wo" && next is not null && GuardLexicon.GermanAfterWas.Contains(next)))
        {
            features.Tenses.Add(tense);
        }

        if (GuardLexicon.Persons.TryGetValue(lower, out string? person))
        {
            features.Persons.Add(person);
            // "Give me tips", "tell me how": the asker as the one who receives the answer, not a role in the question.
            if (GuardLexicon.PronounCases.TryGetValue(lower, out string? grammaticalCase)
                && !(grammaticalCase == "object" && previous is not null && GuardLexicon.RequestVerbs.Contains(previous)))
            {
                features.PersonCases.Add(person + " " + grammaticalCase);
            }
        }

        // "going to win" is a future; "going to Tokyo", "going to the beach" is a journey.
        if (lower == "going" && next is "to" && !IsDestination(tokens, index + 2))
        {
            features.Tenses.Add("future");
            return true;
        }

        return false;
    }

    // The kind of answer a question word asks for; "how many" / "how much" ask for an amount, "how is" / "how are" for
    // what a thing is like, Spanish "por qué" for a reason.
    private static string? QuestionKindOf(string lower, string? previous, string? next)
    {
        if (lower == "qué" && previous == "por")
        {
            return "why";
        }

        // German "was" and "wo" are also English ("who was it", "won't" → "wo"): German only before a German word.
        if (!GuardLexicon.QuestionWords.TryGetValue(lower, out string? kind)
            || (lower is "was" or "wo" && (next is null || !GuardLexicon.GermanAfterWas.Contains(next))))
        {
            return null;
        }

        // "how is the weather" asks what the weather is like, the answer "what's the weather like" gets.
        return kind != "how" ? kind
            : next is "many" or "much" ? "amount"
            : next is "is" or "are" ? "what"
            : kind;
    }

    // "a few" is not "few" ("a few people like it" / "few people like it"); "how many" / "how much" asks for an amount
    // and names none, and "exactly" right after a question word only stresses it ("what exactly is a VPN?").
    private static string? QuantityOf(string lower, string? previous)
    {
        if (!GuardLexicon.Quantities.TryGetValue(lower, out string? quantity) || previous is "how" or "wie" or "combien"
            || (lower is "exactly" or "precisely" && previous is not null && GuardLexicon.QuestionWords.ContainsKey(previous)))
        {
            return null;
        }

        return quantity == "few" && previous is "a" ? "a few" : quantity;
    }

    private static string? TaskOf(string lower)
    {
        if (GuardLexicon.Tasks.TryGetValue(lower, out string? task) || GuardLexicon.Tasks.TryGetValue(Lemma(lower), out task))
        {
            return task;
        }

        foreach (string form in BaseForms(lower))
        {
            if (GuardLexicon.Tasks.TryGetValue(form, out task))
            {
                return task;
            }
        }

        return null;
    }

    // Terms in prompt order; a directional word seen since the last term links that term and this one, and a direction
    // role word ("from", "to") gives this term its role.
    private static void AddOrderedTerm(PromptFeatures features, string term, List<Token> tokens, int index, ref PendingLinks pending)
    {
        if (pending.Agent)
        {
            // "acquired by Google": the term after a passive's "by" is the one who acts, the term before it the verb.
            (features.Passives ??= []).Add((features.OrderedTerms.Count - 1, features.OrderedTerms.Count));
            pending.Agent = false;
        }

        if (pending.Role is null && features.OrderedMarks.Count > 0 && features.OrderedMarks[^1].Token == index - 1 && index > 0
            && char.IsUpper(tokens[index].Text[0]) && char.IsUpper(tokens[index - 1].Text[0])
            && features.Roles.TryGetValue(features.OrderedTerms[^1], out string? nameRole))
        {
            // "to New York": a name of several words keeps the role of its first.
            features.Roles.TryAdd(term, nameRole);
        }

        features.OrderedMarks.Add(new TermMark(index, tokens[index].Lower, pending.Coordinated));
        pending.Coordinated = false;
        int clause = tokens[index].Clause;
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

    private static bool IsEntityShape(Token token)
    {
        string text = token.Text;
        int upper = 0;
        foreach (char c in text)
        {
            if (char.IsUpper(c))
            {
                upper++;
            }
        }

        // An acronym (API, NASA), an inner capital (iPhone, McDonald) or a capitalized word inside a sentence.
        return (upper >= 2 && text.Length >= 2) || (upper >= 1 && !char.IsUpper(text[0])) || (upper >= 1 && !token.SentenceStart);
    }

    private static string NormalizeNumber(string token)
    {
        // 6,379 and 6379 are one number; 3.50 and 3.5 too.
        string digits = token.Replace(",", string.Empty, StringComparison.Ordinal);
        if (decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value))
        {
            return value.ToString("G29", CultureInfo.InvariantCulture);
        }

        return digits;
    }

    private static string Lemma(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return string.Concat(word.AsSpan(0, word.Length - 3), "y");
        }

        if (word.Length > 4 && (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal)
            || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal)))
        {
            return word[..^2];
        }

        if (word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i'))
        {
            return word[..^1];
        }

        return word;
    }

    private static List<Token> Tokenize(string text, PromptFeatures features)
    {
        var tokens = new List<Token>();
        bool sentenceStart = true;
        bool inQuote = false;
        bool singleQuoted = false;
        int clause = 0;
        var quoted = new StringBuilder();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (IsQuoteMark(text, i, inQuote, ref singleQuoted))
            {
                if (inQuote && quoted.Length > 0)
                {
                    features.Entities.Add("\"" + WordsOf(quoted.ToString()));
                }

                quoted.Clear();
                inQuote = !inQuote;
                i++;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                if (c is '.' or '?' or '!' or ':' or ';' or '\n')
                {
                    sentenceStart = true;
                }

                if (c is '.' or '?' or '!' or ':' or ';' or '\n' or ',' or '(' or ')' or '¿' or '¡')
                {
                    clause++;
                }

                // An arrow is "to": "Boston → Denver", "JSON -> YAML".
                if (c is '→' or '⇒' or '➔' or '➜' or '⟶' or '⮕' || (c is '-' or '=' && i + 1 < text.Length && text[i + 1] == '>'))
                {
                    tokens.Add(new Token("to", "to", false, false, false, clause));
                    i += c is '-' or '=' ? 2 : 1;
                    continue;
                }

                if (c is '%' or '$' or '€' or '£' or '¥' or '°')
                {
                    string symbol = c.ToString();
                    tokens.Add(new Token(symbol, symbol, sentenceStart, false, false, clause));
                }

                if (inQuote)
                {
                    quoted.Append(c);
                }

                i++;
                continue;
            }

            int start = i;
            bool hasDigit = false;
            bool hasLetter = false;
            while (i < text.Length)
            {
                char t = text[i];
                if (char.IsLetterOrDigit(t))
                {
                    hasDigit |= char.IsDigit(t);
                    hasLetter |= char.IsLetter(t);
                    i++;
                }
                else if (t is '.' or ',' or '-' or '_' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])
                    && (hasDigit || t is '-' or '_') && (t is '-' or '_' || char.IsDigit(text[i + 1])))
                {
                    // 3.14, 6,379, gpt-4o, two-factor, snake_case.
                    i++;
                }
                else
                {
                    break;
                }
            }

            string word = text[start..i];
            bool howIs = false;
            if (inQuote)
            {
                quoted.Append(word);
            }

            // English clitics: n't negates; 's, 're, 'll, 'd, 've and 'm carry no content. Any other word after an
            // apostrophe is a word of its own (French elision: l'inflation, qu'est, n'est).
            if (i + 1 < text.Length && text[i] is '\'' or '’' && char.IsLetter(text[i + 1]))
            {
                int end = i + 1;
                while (end < text.Length && char.IsLetter(text[end]))
                {
                    end++;
                }

                string clitic = text[(i + 1)..end].ToLowerInvariant();
                if (clitic is "t" or "s" or "re" or "ll" or "d" or "ve" or "m")
                {
                    howIs = clitic == "s" && word.Equals("how", StringComparison.OrdinalIgnoreCase);
                    if (clitic == "ll")
                    {
                        features.Tenses.Add("future");
                    }

                    if (clitic == "t" && word.EndsWith('n'))
                    {
                        features.Negations++;
                        word = word[..^1];
                    }

                    i = end;
                }
            }

            if (word.Length > 0)
            {
                AddWordTokens(tokens, word, sentenceStart, hasDigit, hasLetter, clause, inQuote);
            }

            // "how's" is "how is": the verb decides the question's kind.
            if (howIs)
            {
                tokens.Add(new Token("is", "is", false, false, true, clause, inQuote));
            }

            sentenceStart = false;
        }

        return tokens;
    }

    // A number written together with its unit or noun is read as the number and its words: "3km", "100g", "3-day",
    // "6-year-old". Ordinals and decades ("1st", "1990s") stay one token, and so does anything not starting with a digit.
    private static void AddWordTokens(List<Token> tokens, string word, bool sentenceStart, bool hasDigit, bool hasLetter, int clause, bool quoted)
    {
        int numberEnd = 0;
        while (numberEnd < word.Length && (char.IsDigit(word[numberEnd]) || (numberEnd > 0 && word[numberEnd] is '.' or ',' && numberEnd + 1 < word.Length && char.IsDigit(word[numberEnd + 1]))))
        {
            numberEnd++;
        }

        int rest = numberEnd < word.Length && word[numberEnd] == '-' ? numberEnd + 1 : numberEnd;
        if (numberEnd == 0 || !hasLetter || rest == word.Length || !char.IsLetter(word[rest]) || !IsWordsOnly(word.AsSpan(rest))
            || (rest == numberEnd && word.AsSpan(rest).ToString().ToLowerInvariant() is "st" or "nd" or "rd" or "th" or "s"))
        {
            tokens.Add(new Token(word, word.ToLowerInvariant(), sentenceStart, hasDigit, hasLetter, clause, quoted));
            return;
        }

        string number = word[..numberEnd];
        tokens.Add(new Token(number, number, sentenceStart, true, false, clause, quoted));
        foreach (string part in word[rest..].Split('-', StringSplitOptions.RemoveEmptyEntries))
        {
            tokens.Add(new Token(part, part.ToLowerInvariant(), false, false, true, clause, quoted));
        }
    }

    private static bool IsWordsOnly(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsLetter(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    // Double quotes, backticks and guillemets always quote; a single quote opens a quotation only before a word and
    // after a space ("translate 'good morning'"), and closes the one it opened: an apostrophe ("what's") never does.
    private static bool IsQuoteMark(string text, int i, bool inQuote, ref bool singleQuoted)
    {
        char c = text[i];
        if (c is '"' or '“' or '”' or '`' or '«' or '»' or '„')
        {
            if (inQuote && singleQuoted)
            {
                return false;
            }

            singleQuoted = false;
            return true;
        }

        if (c is not ('\'' or '‘' or '’'))
        {
            return false;
        }

        if (!inQuote)
        {
            bool opens = (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or ':') && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
            singleQuoted = opens;
            return opens;
        }

        return singleQuoted && i > 0 && !char.IsWhiteSpace(text[i - 1]) && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1]));
    }

    private readonly record struct Relation(string Head, string Target);

    // An ordered term's token, its word as written and whether a coordinator ("and", "or") came before it.
    private readonly record struct TermMark(int Token, string Surface, bool Coordinated);

    private readonly record struct Token(string Text, string Lower, bool SentenceStart, bool HasDigit, bool HasLetter, int Clause, bool Quoted = false)
    {
        // "%", "$", "€", "°": a unit written as a symbol.
        public bool IsSymbol => Text.Length == 1 && !char.IsLetterOrDigit(Text[0]);
    }

    // What the words read so far leave open for the next term: a directional link, a direction role, a number's unit.
    private struct PendingLinks
    {
        public int Direction;
        public string? Role;
        public string? Number;
        public int Clause;
        public bool SawBe;
        public bool Coordinated;
        public bool Agent;
    }

    private sealed class PromptFeatures(string text)
    {
        public string Text { get; } = text;

        public List<string> Numbers { get; } = [];

        public List<string> NumbersWithUnits { get; } = [];

        public List<string> Quantities { get; } = [];

        public HashSet<string> Modalities { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Tenses { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Persons { get; } = new(StringComparer.Ordinal);

        /// <summary>Gets each person with the case its pronouns take ("first subject", "first object").</summary>
        public HashSet<string> PersonCases { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Tasks { get; } = new(StringComparer.Ordinal);

        public HashSet<string> QuestionKinds { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Formats { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Languages { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> Roles { get; } = new(StringComparer.Ordinal);

        public int Negations { get; set; }

        /// <summary>Gets or sets the noun that names the kind of answer ("city" in "which city is …").</summary>
        public string? AnswerType { get; set; }

        /// <summary>Gets or sets a value indicating whether the question word stands alone before its verb ("what is …").</summary>
        public bool BareQuestionWord { get; set; }

        public HashSet<string> Words { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Entities { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Content { get; } = new(StringComparer.Ordinal);

        public HashSet<string> AllWords { get; } = new(StringComparer.Ordinal);

        public List<string> OrderedTerms { get; } = [];

        public List<int> OrderedClauses { get; } = [];

        public List<(int Left, int Right)> DirectionalNeighbours { get; } = [];

                public List<TermMark> OrderedMarks { get; } = [];

        /// <summary>Gets each passive as the ordered index of its participle and of its agent ("acquired by Google").</summary>
        public List<(int Verb, int Agent)>? Passives { get; set; }

        public HashSet<string> Qualifiers { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Nouns { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Predicates { get; } = new(StringComparer.Ordinal);

        public HashSet<Relation> Relations { get; } = [];
    }
}
