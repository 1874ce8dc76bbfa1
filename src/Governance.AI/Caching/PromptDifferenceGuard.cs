using System.Collections.Frozen;
using System.Text;

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

        if (_options.CompareModality && !a.Modalities.SetEquals(b.Modalities))
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

        if (_options.CompareFormatAndLanguage && !a.Languages.SetEquals(b.Languages))
        {
            return SemanticCacheReasons.GuardLanguage;
        }

        if (_options.CompareOpposites && HasOpposites(a.Words, b.Words))
        {
            return SemanticCacheReasons.GuardOpposite;
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
            if (HasUnmatchedQualifier(a.Qualifiers, b, matched, byValue: true) || HasUnmatchedQualifier(b.Qualifiers, a, matched, byValue: false))
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
            || HasSwappedArguments(a, b, matched)))
        {
            return SemanticCacheReasons.GuardOrder;
        }

        return null;
    }

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

    // "from Berlin to Munich" / "to Berlin from Munich": a term both prompts give a direction role to has the other role.
    private static bool HasSwappedRole(PromptFeatures a, PromptFeatures b)
    {
        foreach (KeyValuePair<string, string> role in a.Roles)
        {
            if (b.Roles.TryGetValue(role.Key, out string? other) && !string.Equals(role.Value, other, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // "X in Y" / "Y in X", "the father of the bride" / "the bride of the father".
    private static bool HasReversedRelation(PromptFeatures a, PromptFeatures b)
    {
        foreach (Relation relation in a.Relations)
        {
            if (b.Relations.Contains(new Relation(relation.Target, relation.Head)) && !a.Relations.Contains(new Relation(relation.Target, relation.Head))
                && !HaveStatedRoles(a, b, relation.Head, relation.Target))
            {
                return true;
            }
        }

        return false;
    }

    // An entity is a name in either prompt ("Canada", "HTTP"); letter case is noise, so the other prompt only has to
    // contain the same word ("canada", "http"). Quoted text must be the same text.
    private static bool EntitiesAppearIn(PromptFeatures features, PromptFeatures other)
    {
        foreach (string entity in features.Entities)
        {
            if (entity.StartsWith('"') ? !other.Entities.Contains(entity) && !ContainsWords(other.Text, entity.AsSpan(1)) : !other.AllWords.Contains(entity))
            {
                return false;
            }
        }

        return true;
    }

    // Quoted text may also stand unquoted in the other prompt ("define 'opportunity cost'" / "define opportunity cost").
    private static bool ContainsWords(string text, ReadOnlySpan<char> words)
    {
        string lowerWords = WordsOf(text);
        int at = lowerWords.AsSpan().IndexOf(words, StringComparison.Ordinal);
        return words.Length > 0 && at >= 0 && (at == 0 || lowerWords[at - 1] == ' ')
            && (at + words.Length == lowerWords.Length || lowerWords[at + words.Length] == ' ');
    }

    // The lowercase words of a text, one space apart: quotations compare by their words, not their punctuation.
    private static string WordsOf(string text)
    {
        var builder = new StringBuilder(text.Length);
        bool pendingSpace = false;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else if (c is not ('\'' or '’'))
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    // "convert a PDF to Word" / "convert a Word document to PDF": the words either side of a directional word
    // ("to", "from", "than", "del … al") appear in the other prompt in the opposite order. Only those words are
    // compared, so a clause moved as a whole ("during pregnancy, is it safe …" / "is it safe … during pregnancy")
    // still matches, and so does a clause moved to the other end of the sentence: a reversal counts only within one
    // clause of the other prompt.
    private static bool HasReversedDirection(PromptFeatures features, PromptFeatures other, Dictionary<string, string>? matched, bool aToB)
    {
        foreach ((int left, int right) in features.DirectionalNeighbours)
        {
            string leftWord = InVocabularyOfA(features.OrderedTerms[left], matched, aToB);
            string rightWord = InVocabularyOfA(features.OrderedTerms[right], matched, aToB);
            if (string.Equals(leftWord, rightWord, StringComparison.Ordinal))
            {
                // "http to https": two words one lemma apart are compared as written.
                if (HasReversedSurface(features, other, left, right))
                {
                    return true;
                }

                continue;
            }

            if (IsNominalizedIn(leftWord, matched) || IsNominalizedIn(rightWord, matched) || HaveSameRoles(features, other, left, right, matched, aToB))
            {
                // A nominalization moves its verb after the object ("delete a repository" / "repository deletion").
                continue;
            }

            int leftAt = IndexOf(other.OrderedTerms, leftWord, matched, !aToB);
            int rightAt = IndexOf(other.OrderedTerms, rightWord, matched, !aToB);
            if (leftAt >= 0 && rightAt >= 0 && leftAt > rightAt && other.OrderedClauses[leftAt] == other.OrderedClauses[rightAt]
                && !string.Equals(leftWord, rightWord, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNominalizedIn(string wordOfA, Dictionary<string, string>? matched)
    {
        if (matched is null)
        {
            return false;
        }

        foreach (KeyValuePair<string, string> pair in matched)
        {
            if (string.Equals(pair.Value, wordOfA, StringComparison.Ordinal) && (IsNominalizationOf(pair.Key, pair.Value) || IsNominalizationOf(pair.Value, pair.Key)))
            {
                return true;
            }
        }

        return false;
    }

    // Words of prompt b are compared in a's words: matched maps an equivalent b word to its a word.
    private static string InVocabularyOfA(string word, Dictionary<string, string>? matched, bool isA) =>
        !isA && matched is not null && matched.TryGetValue(word, out string? aWord) ? aWord : word;

    private static int IndexOf(List<string> terms, string wordOfA, Dictionary<string, string>? matched, bool termsAreA)
    {
        for (int i = 0; i < terms.Count; i++)
        {
            if (string.Equals(InVocabularyOfA(terms[i], matched, termsAreA), wordOfA, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    // A qualifier the other prompt says with a synonym it reads as a function word ("ways to assist" / "ways to help")
    // is matched too.
    private bool HasUnmatchedQualifier(HashSet<string> qualifiers, PromptFeatures other, Dictionary<string, string>? matched, bool byValue)
    {
        foreach (string word in qualifiers)
        {
            if (other.Content.Contains(word) || (matched is not null && (byValue ? matched.ContainsValue(word) : matched.ContainsKey(word))) || IsCompoundIn(word, other)
                || (_options.AllowSynonyms && HasEquivalentIn(word, other.Words)))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    // A future is never implied, so it must be in both or neither; the past only differs from a stated present (an
    // irregular past, "when the wall fell", carries no auxiliary).
    private static bool DifferInTime(HashSet<string> a, HashSet<string> b) =>
        a.Contains("future") != b.Contains("future") || (a.Count > 0 && b.Count > 0 && a.Contains("past") != b.Contains("past"));

    // Drops the words that add nothing: generic ones ("the capital city", "a good way"), with synonyms allowed those
    // whose equivalent the other prompt has as a function or task word ("make a plan" / "create a plan"), and a
    // misspelt function word the spelling corrector leaves alone as too short ("wat is" / "what is"): a function word
    // of the other prompt, missing from this one, one edit away.
    private void RemoveUnspecific(List<string> extra, HashSet<string> otherWords, HashSet<string> ownWords)
    {
        for (int i = extra.Count - 1; i >= 0; i--)
        {
            if (GuardLexicon.GenericWords.Contains(extra[i]) || (_options.AllowSynonyms && HasEquivalentIn(extra[i], otherWords))
                || IsMisspeltFunctionWord(extra[i], otherWords, ownWords))
            {
                extra.RemoveAt(i);
            }
        }
    }

    private bool IsMisspeltFunctionWord(string word, HashSet<string> otherWords, HashSet<string> ownWords)
    {
        // A real word is what its writer typed: "the application form" is not "the application from".
        if (word.Length < 3 || IsRealWord(word))
        {
            return false;
        }

        foreach (string other in otherWords)
        {
            if (_functionWords.Contains(other) && !ownWords.Contains(other) && IsOneEditApart(word, other))
            {
                return true;
            }
        }

        return false;
    }

    // One letter inserted, deleted, replaced, or two neighbours swapped.
    private static bool IsOneEditApart(string x, string y)
    {
        if (Math.Abs(x.Length - y.Length) > 1 || string.Equals(x, y, StringComparison.Ordinal))
        {
            return false;
        }

        int start = 0;
        while (start < x.Length && start < y.Length && x[start] == y[start])
        {
            start++;
        }

        if (x.Length == y.Length)
        {
            ReadOnlySpan<char> restX = x.AsSpan(start + 1);
            return restX.SequenceEqual(y.AsSpan(start + 1))
                || (start + 1 < x.Length && x[start] == y[start + 1] && x[start + 1] == y[start] && x.AsSpan(start + 2).SequenceEqual(y.AsSpan(start + 2)));
        }

        return x.Length > y.Length ? x.AsSpan(start + 1).SequenceEqual(y.AsSpan(start)) : x.AsSpan(start).SequenceEqual(y.AsSpan(start + 1));
    }

    private bool HasEquivalentIn(string word, HashSet<string> words)
    {
        foreach (string other in words)
        {
            if (!string.Equals(other, word, StringComparison.Ordinal) && AreEquivalent(word, other) && !AreOpposites(word, other))
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> Missing(HashSet<string> words, HashSet<string> other)
    {
        var missing = new List<string>();
        foreach (string word in words)
        {
            if (!other.Contains(word))
            {
                missing.Add(word);
            }
        }

        return missing;
    }

    // Removes from both lists the pairs of words that mean the same (never opposites); returns them as b word → a word.
    private Dictionary<string, string>? MatchEquivalents(List<string> onlyA, List<string> onlyB)
    {
        Dictionary<string, string>? matched = null;
        for (int i = onlyA.Count - 1; i >= 0; i--)
        {
            string x = onlyA[i];
            for (int j = 0; j < onlyB.Count; j++)
            {
                string y = onlyB[j];
                if (AreEquivalent(x, y) && !AreOpposites(x, y))
                {
                    (matched ??= new Dictionary<string, string>(StringComparer.Ordinal))[y] = x;
                    onlyA.RemoveAt(i);
                    onlyB.RemoveAt(j);
                    break;
                }
            }
        }

        return matched;
    }

    private bool AreEquivalent(string x, string y)
    {
        if (IsInflectionOf(x, y) || IsInflectionOf(y, x) || IsNominalizationOf(x, y) || IsNominalizationOf(y, x))
        {
            return true;
        }

        int group = SynonymGroup(x);
        return (group >= 0 && group == SynonymGroup(y)) || DifferOnlyInAccents(x, y);
    }

    private int SynonymGroup(string word)
    {
        if (_synonyms.TryGetValue(word, out int group))
        {
            return group;
        }

        foreach (string candidate in BaseForms(word))
        {
            if (_synonyms.TryGetValue(candidate, out group))
            {
                return group;
            }
        }

        // Lemma reads "movies" as "movy" (as it reads "cities" as "city"): the lexicon spells it "movie".
        if (word.Length > 3 && word[^1] == 'y' && _synonyms.TryGetValue(string.Concat(word.AsSpan(0, word.Length - 1), "ie"), out group))
        {
            return group;
        }

        // An adverb in "-ly" is its adjective's word ("quickly" / "fast", "cheaply" / "inexpensively"), except those whose
        // sense left the adjective ("hardly" is not "with difficulty", "closely" not "in a shut way").
        return word.Length > 5 && word.EndsWith("ly", StringComparison.Ordinal) && !GuardLexicon.DepartedAdverbs.Contains(word)
            && (_synonyms.TryGetValue(word[..^2], out group) || (word[^3] == 'i' && _synonyms.TryGetValue(string.Concat(word.AsSpan(0, word.Length - 3), "y"), out group)))
            ? group : -1;
    }

    // noun names the action of verb, in any of its forms: "installation" / "install" / "installing", "renewal" / "renew".
    private static bool IsNominalizationOf(string noun, string verb)
    {
        List<string> bases = GuardLexicon.NominalBases(noun);
        foreach (string candidate in bases)
        {
            if (string.Equals(candidate, verb, StringComparison.Ordinal) || IsInflectionOf(candidate, verb))
            {
                return true;
            }
        }

        return false;
    }

    // stem is a base form of word (open / opening), or both are forms of one base (painted / painting).
    private static bool IsInflectionOf(string stem, string word)
    {
        if (stem.Length < 3)
        {
            return false;
        }

        List<string> stemForms = BaseForms(stem);
        foreach (string candidate in BaseForms(word))
        {
            if (string.Equals(candidate, stem, StringComparison.Ordinal) || stemForms.Contains(candidate))
            {
                return true;
            }
        }

        return false;
    }

    // The possible base forms of an -ing, -ed or agent form or an irregular past (plurals are already folded by Lemma):
    // open-ing, mak-ing → make, runn-ing → run, stud-ied → study, paint-er → paint, wrote / written → write; es/de
    // below. Only ever compared with another word of the prompt or with the synonym lexicon.
    private static List<string> BaseForms(string word)
    {
        var forms = new List<string>(3);
        if (GuardLexicon.IrregularVerbForms.TryGetValue(word, out string? irregularBase))
        {
            forms.Add(irregularBase);
            return forms;
        }

        // A first person is its infinitive in Spanish ("¿cómo aprendo …?" / "¿cómo puedo aprender …?") and German
        // ("wie ändere ich …?" / "wie kann ich … ändern?"): aprend-o → aprend-ar/-er/-ir, lern-e → lernen, ändere → ändern.
        if (word.Length >= 6 && word[^1] == 'o')
        {
            string romanceStem = word[..^1];
            forms.Add(romanceStem + "ar");
            forms.Add(romanceStem + "er");
            forms.Add(romanceStem + "ir");
            return forms;
        }

        if (word.Length >= 5 && word[^1] == 'e')
        {
            // … and in French ("comment j'installe …" / "comment installer …").
            forms.Add(word + "r");
            forms.Add(word + "n");
            forms.Add(string.Concat(word.AsSpan(0, word.Length - 1), "n"));
            return forms;
        }

        // An agent noun names its verb: "the inventor of" / "invented", "the painter of" / "painted".
        string? stem = word.Length >= 6 && (word.EndsWith("er", StringComparison.Ordinal) || word.EndsWith("or", StringComparison.Ordinal)) ? word[..^2]
            : word.Length >= 6 && word.EndsWith("ing", StringComparison.Ordinal) ? word[..^3]
            : word.Length >= 5 && word.EndsWith("ied", StringComparison.Ordinal) ? string.Concat(word.AsSpan(0, word.Length - 3), "y")
            : word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal) ? word[..^2]
            : null;
        if (stem is null)
        {
            return forms;
        }

        forms.Add(stem);
        if (!stem.EndsWith('y'))
        {
            forms.Add(stem + "e");
        }

        if (stem.Length >= 3 && stem[^1] == stem[^2] && stem[^1] is not ('a' or 'e' or 'i' or 'o' or 'u' or 'l' or 's' or 'z'))
        {
            forms.Add(stem[..^1]);
        }

        return forms;
    }

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

    private bool HasOpposites(HashSet<string> a, HashSet<string> b)
    {
        foreach (string word in a)
        {
            if (b.Contains(word))
            {
                continue;
            }

            foreach (string other in b)
            {
                if (!a.Contains(other) && AreOpposites(word, other))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool AreOpposites(string x, string y)
    {
        if ((_opposites.TryGetValue(x, out string[]? known) && Array.IndexOf(known, y) >= 0)
            || (_opposites.TryGetValue(Lemma(x), out known) && Array.IndexOf(known, Lemma(y)) >= 0))
        {
            return true;
        }

        // Morphological opposites: lock/unlock, connect/disconnect, valid/invalid, useful/useless, login/logout.
        return IsNegatingPrefix(x, y) || IsNegatingPrefix(y, x) || SwapsAffix(x, y, "en", "dis", prefix: true)
            || SwapsAffix(x, y, "ful", "less", prefix: false) || SwapsAffix(x, y, "in", "out", prefix: false)
            || SwapsAffix(x, y, "in", "out", prefix: true) || SwapsAffix(x, y, "up", "down", prefix: true)
            || SwapsAffix(x, y, "over", "under", prefix: true) || SwapsAffix(x, y, "inc", "dec", prefix: true);
    }

    private static bool IsNegatingPrefix(string word, string negated)
    {
        if (word.Length < 3)
        {
            return false;
        }

        foreach (string prefix in GuardLexicon.NegatingPrefixes)
        {
            if (negated.Length == prefix.Length + word.Length && negated.StartsWith(prefix, StringComparison.Ordinal)
                && negated.AsSpan(prefix.Length).SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SwapsAffix(string x, string y, string first, string second, bool prefix)
    {
        return Swaps(x, y, first, second, prefix) || Swaps(y, x, first, second, prefix);

        static bool Swaps(string x, string y, string first, string second, bool prefix)
        {
            if (prefix)
            {
                return x.StartsWith(first, StringComparison.Ordinal) && y.StartsWith(second, StringComparison.Ordinal)
                    && x.Length - first.Length >= 3 && x.AsSpan(first.Length).SequenceEqual(y.AsSpan(second.Length));
            }

            return x.EndsWith(first, StringComparison.Ordinal) && y.EndsWith(second, StringComparison.Ordinal)
                && x.Length - first.Length >= 3 && x.AsSpan(0, x.Length - first.Length).SequenceEqual(y.AsSpan(0, y.Length - second.Length));
        }
    }
}
