using System.Collections.Frozen;

namespace Governance.AI.Caching;

// Word classes read from single words: a stated "one", modality, time and person from auxiliaries and pronouns, the
// kind of answer a question word asks for, quantities, a plural superlative and tasks.
public sealed partial class PromptDifferenceGuard
{
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

    // A superlative after "the" followed by a plural word: "the best books for", "the highest mountains in". Words ending in "est" that
    // are not superlatives are excluded by name.
    private bool NamesSeveralSuperlatives(List<Token> tokens, int index, string? previous)
    {
        string lower = tokens[index].Lower;
        if (previous is not "the" || tokens[index].Quoted
            || !(lower is "best" or "worst" or "top" || (lower.Length >= 6 && lower.EndsWith("est", StringComparison.Ordinal) && !NotSuperlatives.Contains(lower))))
        {
            return false;
        }

        // Only the word right after it: further on, a compound's head or a relative clause's subject ("the worst mistake
        // new landlords make") could carry the other number.
        if (index + 1 >= tokens.Count || tokens[index + 1] is not { HasLetter: true, HasDigit: false } next
            || next.Clause != tokens[index].Clause || _functionWords.Contains(next.Lower))
        {
            return false;
        }

        string head = next.Lower;
        return !string.Equals(Lemma(head), head, StringComparison.Ordinal);
    }

    private static readonly FrozenSet<string> NotSuperlatives = FrozenSet.ToFrozenSet(
        ["interest", "request", "contest", "protest", "forest", "harvest", "suggest", "honest", "modest", "manifest", "digest",
         "invest", "arrest", "latest", "conquest", "earnest", "inquest", "midwest", "northwest", "southwest"],
        StringComparer.Ordinal);

    // Modality, time and person, read from English auxiliaries and pronouns (function words otherwise). Returns whether
    // the token only marks the future ("going" in "going to win") and carries nothing else.
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
            // "Should you …?" and "must you …?" ask for advice and a duty, as "should I …?" does.
            if ((next is not "you" || modality is not "can") && previous is not "how")
            {
                features.Modalities.Add(modality);
                features.ModalVerb = true;
            }
        }
        else if (lower is "have" or "has" or "had" && next is "to")
        {
            features.Modalities.Add("must");
        }
        else if (lower is "ok" or "okay" or "fine" or "alright" or "acceptable" && next is "to" && previous is "it")
        {
            // "Is it OK / fine to freeze rice?" asks what "Can I freeze rice?" asks: leave to do it, not whether it can be done.
            features.Modalities.Add("can");
            features.OkTo = true;
            return true;
        }
        else if (lower is "need" or "needs" && next is "to")
        {
            // "Do I need to …?" asks what "Do I have to …?" asks (compared in PromptDifferenceGuard.NeedTo).
            features.NeedTo = true;
        }
        else if (lower is "possible" or "allowed" or "permitted" && next is "to")
        {
            // "Is it possible to freeze rice?" asks what "Can I freeze rice?" asks.
            features.Modalities.Add("can");
            features.OpensWithPossibleTo |= index == 2 && previous == "it" && tokens[0].Lower == "is";
        }
        else if ((lower is "advisable" or "recommended" or "wise" or "sensible" or "prudent" or "smart" or "better" or "best" || (lower == "idea" && previous is "good"))
            && next is "to")
        {
            // "Is it a good idea to …?", "Is it advisable / sensible to …?" and "Is it better to … or …?" ask what
            // "Should I …?" asks; the adjective says nothing more ("good idea" is generic already).
            features.Modalities.Add("should");
            return lower != "idea";
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
    // and names none, and "exactly" right after a question word or closing a clause, not after a number, only stresses
    // it ("what exactly is a VPN?", "what is a VPN exactly?"; "5 exactly" stays exact).
    private static string? QuantityOf(string lower, string? previous, bool closesClause)
    {
        if (!GuardLexicon.Quantities.TryGetValue(lower, out string? quantity) || previous is "how" or "wie" or "combien"
            || (lower is "exactly" or "precisely" && previous is not null
                && (GuardLexicon.QuestionWords.ContainsKey(previous) || (closesClause && previous.AsSpan().IndexOfAnyInRange('0', '9') < 0 && !GuardLexicon.NumberWords.ContainsKey(previous)))))
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
}
