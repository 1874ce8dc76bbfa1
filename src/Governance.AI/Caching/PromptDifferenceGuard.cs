using System.Collections.Frozen;

namespace Governance.AI.Caching;

/// <summary>
/// The default <see cref="ISemanticHitGuard"/>: a lexical comparison of the two prompts for numbers, negation,
/// quantities, modality, time, person, tasks, formats, opposite words, named entities, content words and directional
/// word order. It is deliberately strict: a rejected hit costs one model call, a wrong hit serves a wrong answer.
/// </summary>
public sealed partial class PromptDifferenceGuard : ISemanticHitGuard
{
    private readonly PromptGuardOptions _options;
    private readonly FrozenSet<string> _functionWords;
    private readonly FrozenDictionary<string, string[]> _opposites;
    private readonly FrozenDictionary<string, int> _synonyms;

    /// <summary>Initializes a new instance of the <see cref="PromptDifferenceGuard"/> class.</summary>
    /// <param name="options">The options; the defaults when <see langword="null"/>.</param>
    public PromptDifferenceGuard(PromptGuardOptions? options = null)
    {
        _options = options ?? new PromptGuardOptions();
        _options.Validate();
        _functionWords = GuardLexicon.FunctionWords
            .Concat(_options.AdditionalFunctionWords.Select(w => w.ToLowerInvariant()))
            .ToFrozenSet(StringComparer.Ordinal);
        var opposites = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (string pair in GuardLexicon.Opposites.Concat(_options.AdditionalOpposites))
        {
            int bar = pair.IndexOf('|', StringComparison.Ordinal);
            string a = pair[..bar].Trim().ToLowerInvariant();
            string b = pair[(bar + 1)..].Trim().ToLowerInvariant();
            Link(opposites, a, b);
            Link(opposites, b, a);
        }

        _opposites = opposites.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        var synonyms = new Dictionary<string, int>(StringComparer.Ordinal);
        int groupId = 0;
        foreach (string group in _options.AdditionalSynonymGroups.Concat(GuardLexicon.SynonymGroups))
        {
            foreach (string word in group.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                // A word keeps its first group: the caller's groups come before the curated ones.
                synonyms.TryAdd(Lemma(word.ToLowerInvariant()), groupId);
            }

            groupId++;
        }

        _synonyms = synonyms.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets a guard with the default options.</summary>
    public static PromptDifferenceGuard Default { get; } = new();

    /// <inheritdoc />
    public bool IsSafeHit(string cachedPrompt, string prompt, out string? reason)
    {
        ArgumentNullException.ThrowIfNull(cachedPrompt);
        ArgumentNullException.ThrowIfNull(prompt);
        if (string.Equals(cachedPrompt, prompt, StringComparison.Ordinal))
        {
            reason = null;
            return true;
        }

        // The semantic cache hands over requests already in their canonical question frame; rewriting again is a no-op.
        string cached = PromptFraming.CanonicalQuestion(cachedPrompt);
        string asked = PromptFraming.CanonicalQuestion(prompt);
        if (_options.MatchTypos)
        {
            // A corrected frame word ("whats the best way to" / "what's the best way to") is read in its frame again.
            (string alignedCached, string alignedAsked) = AlignTypos(cached, asked);
            cached = ReferenceEquals(alignedCached, cached) ? cached : PromptFraming.CanonicalQuestion(alignedCached);
            asked = ReferenceEquals(alignedAsked, asked) ? asked : PromptFraming.CanonicalQuestion(alignedAsked);
        }

        if (SameClausesInOtherOrder(cached, asked) || ExchangesPronounWithNounPhrase(cached, asked))
        {
            asked = cached;
        }

        PromptFeatures a = Analyze(FoldPhrases(cached));
        PromptFeatures b = Analyze(FoldPhrases(asked));
        reason = Compare(a, b);
        return reason is null;
    }

    private static void Link(Dictionary<string, HashSet<string>> map, string from, string to)
    {
        if (!map.TryGetValue(from, out HashSet<string>? set))
        {
            map[from] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.Add(to);
    }

    private string? Compare(PromptFeatures a, PromptFeatures b)
    {
        if (_options.CompareNumbers && (!SameMultiset(a.Numbers, b.Numbers) || !SameMultiset(a.NumbersWithUnits, b.NumbersWithUnits)))
        {
            return SemanticCacheReasons.GuardNumbers;
        }

        if (_options.CompareNegation && a.Negations != b.Negations)
        {
            return SemanticCacheReasons.GuardNegation;
        }

        if (_options.CompareQuantities && !SameMultiset(a.Quantities, b.Quantities))
        {
            return SemanticCacheReasons.GuardQuantity;
        }

        if (_options.CompareModality && ((!a.Modalities.SetEquals(b.Modalities) && !AsksPossibleAsCanYou(a, b) && !AsksPossibleAsCanYou(b, a)
            && !AsksDutyAsNeedTo(a, b) && !AsksDutyAsNeedTo(b, a)) || (a.OkTo && b.OpensWithPossibleTo) || (b.OkTo && a.OpensWithPossibleTo)))
        {
            return SemanticCacheReasons.GuardModality;
        }

        if (_options.CompareTense && DifferInTime(a.Tenses, b.Tenses))
        {
            return SemanticCacheReasons.GuardTense;
        }

        // "my address" / "the address" is the same question; "my address" / "your address" is not.
        if (_options.ComparePerson && a.Persons.Count > 0 && b.Persons.Count > 0 && !a.Persons.SetEquals(b.Persons))
        {
            return SemanticCacheReasons.GuardPerson;
        }

        // "What should I feed my baby?" / "What should my baby feed me?": the same person, only as subject in one and
        // only as object in the other, swaps who does what.
        if (_options.ComparePerson && HasSwappedCase(a.PersonCases, b.PersonCases))
        {
            return SemanticCacheReasons.GuardPerson;
        }

        if (_options.CompareTasks && !a.Tasks.SetEquals(b.Tasks))
        {
            return SemanticCacheReasons.GuardTask;
        }

        if (_options.CompareFormatAndLanguage && !a.Formats.SetEquals(b.Formats))
        {
            return SemanticCacheReasons.GuardFormat;
        }

        if (_options.CompareFormatAndLanguage && (!a.Languages.SetEquals(b.Languages) || WrittenInDifferentLanguages(a.Text, b.Text)))
        {
            return SemanticCacheReasons.GuardLanguage;
        }

        if (_options.CompareOpposites && HasOpposites(a.Words, b.Words))
        {
            return SemanticCacheReasons.GuardOpposite;
        }

        // The same languages, one of them the answer's in one prompt only ("a French chef" / "a chef in French").
        if (_options.CompareFormatAndLanguage && !SameAnswerLanguages(a.AnswerLanguages, b.AnswerLanguages))
        {
            return SemanticCacheReasons.GuardLanguage;
        }

        if (_options.CompareEntities && (!EntitiesAppearIn(a, b) || !EntitiesAppearIn(b, a)))
        {
            return SemanticCacheReasons.GuardEntity;
        }

        // b's words matched to a different but equivalent word of a (an inflection or a synonym), as b word → a word.
        Dictionary<string, string>? matched = null;
        if (_options.CompareContentWords)
        {
            List<string> onlyA = Missing(a.Content, b.Content);
            List<string> onlyB = Missing(b.Content, a.Content);
            if (_options.AllowSynonyms)
            {
                matched = MatchEquivalents(onlyA, onlyB);
            }

            // "Which city is the capital of France?" / "What is the capital of France?": the kind of answer one prompt
            // names is implied by what the other asks for, when the other names none (never two kinds: "which city" /
            // "which country").
            DropAnswerType(onlyA, a, b);
            DropAnswerType(onlyB, b, a);
            RemoveCompounds(onlyA, onlyB, b);
            RemoveCompounds(onlyB, onlyA, a);
            RemoveLowercasedAcronyms(onlyA, a, b);
            RemoveLowercasedAcronyms(onlyB, b, a);
            RemoveUnspecific(onlyA, b.Words, a.Words);
            RemoveUnspecific(onlyB, a.Words, b.Words);

            if ((_options.RejectContentWordSubstitution && onlyA.Count > 0 && onlyB.Count > 0) || onlyA.Count + onlyB.Count > _options.MaxExtraContentWords)
            {
                return SemanticCacheReasons.GuardContent;
            }

            if (a.Nouns.Overlaps(b.Predicates) || b.Nouns.Overlaps(a.Predicates))
            {
                return SemanticCacheReasons.GuardContent;
            }

            // An extra word that is the object of a preposition adds a constraint ("the weather" / "the weather in oslo").
            if (HasUnmatchedQualifier(a, b, matched, byValue: true) || HasUnmatchedQualifier(b, a, matched, byValue: false))
            {
                return SemanticCacheReasons.GuardContent;
            }
        }

        // The same words asked for another kind of answer, "How do vaccines work?" / "Why do vaccines work?": a question word asks for the
        // same kind. A prompt without one (an imperative that no canonical frame reads) names none.
        if (_options.CompareQuestionKind && a.QuestionKinds.Count > 0 && b.QuestionKinds.Count > 0 && !a.QuestionKinds.SetEquals(b.QuestionKinds))
        {
            return SemanticCacheReasons.GuardQuestion;
        }

        if (_options.CompareDirectionalOrder && (HasReversedDirection(a, b, matched, aToB: true) || HasReversedDirection(b, a, matched, aToB: false) || HasReversedRelation(a, b) || HasSwappedRole(a, b)
            || HasSwappedArguments(a, b, matched) || (a.QuestionRole is not null && b.QuestionRole is not null && !string.Equals(a.QuestionRole, b.QuestionRole, StringComparison.Ordinal))
            || HasVoiceMismatch(a, b, matched, passiveIsA: true) || HasVoiceMismatch(b, a, matched, passiveIsA: false) || HasExchangedTerms(a, b, matched) || HasCrossedObjects(a, b, matched)
            || HasSwappedStatedRole(a, b) || HasSwitchedHireSide(a, b) || HasMovedOwner(a, b) || HasMovedNameOccurrence(a, b, matched)))
        {
            return SemanticCacheReasons.GuardOrder;
        }

        return null;
    }

    // "Is it possible to freeze rice?" / "Can you freeze rice?": the framing reads an opening "can you" as a request
    // ("freeze rice?"), which names no modality, but a verb's question asks what "is it possible to" asks when nothing
    // else in either prompt names one.
    private static bool AsksPossibleAsCanYou(PromptFeatures possible, PromptFeatures canYou) =>
        possible.OpensWithPossibleTo && !possible.ModalVerb && possible.Modalities.Count == 1 && possible.Modalities.Contains("can")
        && canYou.VerbQuestion && canYou.Modalities.Count == 0;

    // "Do I need to tip in Japan?" / "Do I have to tip in Japan?" / "Must I tip in Japan?": a duty either way.
    private static bool AsksDutyAsNeedTo(PromptFeatures duty, PromptFeatures needTo) =>
        duty.Modalities.Count == 1 && duty.Modalities.Contains("must") && !duty.NeedTo && needTo.NeedTo && needTo.Modalities.Count == 0;

    private static bool HasSwappedCase(HashSet<string> a, HashSet<string> b)
    {
        foreach (string personCase in a)
        {
            int space = personCase.IndexOf(' ', StringComparison.Ordinal);
            string person = personCase[..space];
            string other = string.Concat(person, personCase.EndsWith(" subject", StringComparison.Ordinal) ? " object" : " subject");
            if (!b.Contains(personCase) && b.Contains(other) && !a.Contains(other))
            {
                return true;
            }
        }

        return false;
    }

    // A future is never implied, so it must be in both or neither; the past only differs from a stated present (an
    // irregular past, "when the wall fell", carries no auxiliary).
    private static bool DifferInTime(HashSet<string> a, HashSet<string> b) =>
        a.Contains("future") != b.Contains("future") || (a.Count > 0 && b.Count > 0 && a.Contains("past") != b.Contains("past"));

    private static bool SameMultiset(List<string> a, List<string> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        a.Sort(StringComparer.Ordinal);
        b.Sort(StringComparer.Ordinal);
        for (int i = 0; i < a.Count; i++)
        {
            if (!string.Equals(a[i], b[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
