using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Governance.AI.Caching;

/// <summary>
/// Verifies a semantic hit before it is served: rejects it when the cached prompt and the new prompt are close in
/// embedding space but differ in what changes the answer.
/// </summary>
public interface ISemanticHitGuard
{
    /// <summary>Decides whether the answer to <paramref name="cachedPrompt"/> may be served for <paramref name="prompt"/>.</summary>
    /// <param name="cachedPrompt">The embedded text of the cached request.</param>
    /// <param name="prompt">The embedded text of the new request.</param>
    /// <param name="reason">When rejected, a short reason code (see <see cref="SemanticCacheReasons"/>); never prompt text.</param>
    /// <returns><see langword="true"/> when the hit is safe to serve.</returns>
    bool IsSafeHit(string cachedPrompt, string prompt, out string? reason);
}

/// <summary>Options of the <see cref="PromptDifferenceGuard"/>: each check can be turned off.</summary>
public sealed class PromptGuardOptions
{
    /// <summary>Gets or sets a value indicating whether the prompts must contain the same numbers (digits and number words), each with the same unit or word after it ("3 km" / "3 miles", "2 eggs and 3 cups" / "3 eggs and 2 cups").</summary>
    public bool CompareNumbers { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether the prompts must ask about the same quantities (all / every, some / any, few, many, most, several, both, more, less… in en/de/es/fr).</summary>
    public bool CompareQuantities { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether the prompts must ask for the same task on their input (summarize, translate, rewrite, proofread, review, reply…; explain, tell or write is the same as asking a question).</summary>
    public bool CompareTasks { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether the prompts must ask for the same output formats (JSON, YAML, table, list, paragraph, poem…) and output languages.</summary>
    public bool CompareFormatAndLanguage { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether the prompts must contain the same number of negations (not, n't, never, no, without…).</summary>
    public bool CompareNegation { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether a word in one prompt facing its opposite in the other (on/off, open/closed, enable/disable, lock/unlock…) rejects the hit.</summary>
    public bool CompareOpposites { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether the prompts must name the same entities: capitalized words inside a sentence, acronyms, identifiers with digits, quoted text, dates and times.</summary>
    public bool CompareEntities { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether the prompts' content words (not function words) are compared.</summary>
    public bool CompareContentWords { get; set; } = true;

    /// <summary>
    /// Gets or sets a value indicating whether a content word of one prompt replaced by a different content word in
    /// the other ("capital of france" / "capital of germany") rejects the hit. It also rejects synonym swaps; turn it
    /// off to trade safety for hit rate.
    /// </summary>
    public bool RejectContentWordSubstitution { get; set; } = true;

    /// <summary>
    /// Gets or sets a value indicating whether a content word replaced by an inflection of itself ("run" / "running")
    /// or by a word of its synonym group ("fix" / "repair", "buy" / "purchase") counts as the same word. Opposites,
    /// numbers, negations and named entities are checked before and still reject the hit.
    /// </summary>
    public bool AllowSynonyms { get; set; } = true;

    /// <summary>Gets additional synonym groups, each as words separated by spaces (<c>"fix repair mend"</c>); a word belongs to at most one group.</summary>
    public IList<string> AdditionalSynonymGroups { get; } = [];

    /// <summary>Gets or sets how many content words may appear in only one of the prompts when nothing was substituted.</summary>
    public int MaxExtraContentWords { get; set; } = 1;

    /// <summary>Gets or sets a value indicating whether the same content words in another order around a directional word (to, from, than, vs…) reject the hit ("celsius to fahrenheit" / "fahrenheit to celsius"), and so does a relation around a preposition reversed ("teaspoons in a tablespoon" / "tablespoons in a teaspoon").</summary>
    public bool CompareDirectionalOrder { get; set; } = true;

    /// <summary>Gets additional opposite pairs, each as <c>"word|opposite"</c>.</summary>
    public IList<string> AdditionalOpposites { get; } = [];

    /// <summary>Gets additional words treated as function words (ignored by the content-word comparison).</summary>
    public IList<string> AdditionalFunctionWords { get; } = [];

    /// <summary>Validates the options.</summary>
    /// <exception cref="ArgumentException">An option is out of range or malformed.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(MaxExtraContentWords);
        foreach (string pair in AdditionalOpposites)
        {
            int bar = pair?.IndexOf('|', StringComparison.Ordinal) ?? -1;
            if (bar <= 0 || bar == pair!.Length - 1)
            {
                throw new ArgumentException($"An opposite pair must look like 'word|opposite'; got '{pair}'.", nameof(AdditionalOpposites));
            }
        }

        foreach (string group in AdditionalSynonymGroups)
        {
            if (group is null || group.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 2)
            {
                throw new ArgumentException($"A synonym group must hold at least two words separated by spaces; got '{group}'.", nameof(AdditionalSynonymGroups));
            }
        }
    }
}

/// <summary>
/// The default <see cref="ISemanticHitGuard"/>: a lexical comparison of the two prompts for numbers, negation,
/// opposite words, named entities, content words and directional word order. It is deliberately strict: a rejected
/// hit costs one model call, a wrong hit serves a wrong answer.
/// </summary>
public sealed class PromptDifferenceGuard : ISemanticHitGuard
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
                // A word keeps its first group: the caller's groups come first.
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

        PromptFeatures a = Analyze(cachedPrompt);
        PromptFeatures b = Analyze(prompt);
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

            if ((_options.RejectContentWordSubstitution && onlyA.Count > 0 && onlyB.Count > 0) || onlyA.Count + onlyB.Count > _options.MaxExtraContentWords)
            {
                return SemanticCacheReasons.GuardContent;
            }

            // An extra word that is the object of a preposition adds a constraint ("the weather" / "the weather in oslo").
            if (HasUnmatchedQualifier(a.Qualifiers, b.Content, matched, byValue: true) || HasUnmatchedQualifier(b.Qualifiers, a.Content, matched, byValue: false))
            {
                return SemanticCacheReasons.GuardContent;
            }
        }

        if (_options.CompareDirectionalOrder && (HasReversedDirection(a, b, matched, aToB: true) || HasReversedDirection(b, a, matched, aToB: false) || HasReversedRelation(a, b) || HasSwappedRole(a, b)))
        {
            return SemanticCacheReasons.GuardOrder;
        }

        return null;
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
            if (b.Relations.Contains(new Relation(relation.Target, relation.Head)) && !a.Relations.Contains(new Relation(relation.Target, relation.Head)))
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

    private static bool HasUnmatchedQualifier(HashSet<string> qualifiers, HashSet<string> otherContent, Dictionary<string, string>? matched, bool byValue)
    {
        foreach (string word in qualifiers)
        {
            if (otherContent.Contains(word) || (matched is not null && (byValue ? matched.ContainsValue(word) : matched.ContainsKey(word))))
            {
                continue;
            }

            return true;
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
        if (IsInflectionOf(x, y) || IsInflectionOf(y, x))
        {
            return true;
        }

        int group = SynonymGroup(x);
        return group >= 0 && group == SynonymGroup(y);
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

        return -1;
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

    // The possible base forms of an -ing or -ed form (plurals are already folded by Lemma): open-ing, mak-ing → make,
    // runn-ing → run, stud-ied → study. Only ever compared with another word of the prompt or with the synonym lexicon.
    private static List<string> BaseForms(string word)
    {
        var forms = new List<string>(3);
        string? stem = word.Length >= 6 && word.EndsWith("ing", StringComparison.Ordinal) ? word[..^3]
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

    private PromptFeatures Analyze(string text)
    {
        var features = new PromptFeatures(text);
        List<Token> tokens = Tokenize(text, features);
        string? lastContent = null;
        string? relationHead = null;
        var pending = new PendingLinks { Direction = -1 };
        for (int i = 0; i < tokens.Count; i++)
        {
            Token token = tokens[i];
            string lower = UnitOrWord(tokens, i);
            string? previous = i > 0 ? tokens[i - 1].Lower : null;
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
            if (GuardLexicon.DirectionalWords.Contains(lower) && features.OrderedTerms.Count > 0)
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
            if (GuardLexicon.NegationWords.Contains(lower))
            {
                features.Negations++;
                continue;
            }

            if (GuardLexicon.NumberWords.TryGetValue(lower, out string? value))
            {
                AddNumber(features, value, tokens, i, ref pending);
                continue;
            }

            if (QuantityOf(lower, previous) is { } quantity)
            {
                // "Any tips?", "give me some ideas": an unspecified quantity is what a request without one asks for.
                if (!string.Equals(quantity, GuardLexicon.UnspecifiedQuantity, StringComparison.Ordinal))
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
                AddOrderedTerm(features, format, token.Clause, ref pending);
                continue;
            }

            bool function = _functionWords.Contains(lower);
            if (GuardLexicon.TimeWords.Contains(lower) || (!function && IsEntityShape(token)))
            {
                features.Entities.Add(Lemma(lower));
            }

            if (!function)
            {
                string lemma = Lemma(lower);
                features.Content.Add(lemma);
                AddOrderedTerm(features, lemma, token.Clause, ref pending);
                if (afterPreposition)
                {
                    features.Qualifiers.Add(lemma);
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
        AddOrderedTerm(features, number, tokens[index].Clause, ref pending);
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

    // "a few" is some; "how many" / "how much" asks for an amount and names none.
    private static string? QuantityOf(string lower, string? previous)
    {
        if (!GuardLexicon.Quantities.TryGetValue(lower, out string? quantity) || previous is "how" or "wie" or "combien")
        {
            return null;
        }

        return quantity == "few" && previous is "a" ? GuardLexicon.UnspecifiedQuantity : quantity;
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
    private static void AddOrderedTerm(PromptFeatures features, string term, int clause, ref PendingLinks pending)
    {
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
                AddWordTokens(tokens, word, sentenceStart, hasDigit, hasLetter, clause);
            }

            sentenceStart = false;
        }

        return tokens;
    }

    // A number written together with its unit or noun is read as the number and its words: "3km", "100g", "3-day",
    // "6-year-old". Ordinals and decades ("1st", "1990s") stay one token, and so does anything not starting with a digit.
    private static void AddWordTokens(List<Token> tokens, string word, bool sentenceStart, bool hasDigit, bool hasLetter, int clause)
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
            tokens.Add(new Token(word, word.ToLowerInvariant(), sentenceStart, hasDigit, hasLetter, clause));
            return;
        }

        string number = word[..numberEnd];
        tokens.Add(new Token(number, number, sentenceStart, true, false, clause));
        foreach (string part in word[rest..].Split('-', StringSplitOptions.RemoveEmptyEntries))
        {
            tokens.Add(new Token(part, part.ToLowerInvariant(), false, false, true, clause));
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

    private readonly record struct Token(string Text, string Lower, bool SentenceStart, bool HasDigit, bool HasLetter, int Clause)
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
    }

    private sealed class PromptFeatures(string text)
    {
        public string Text { get; } = text;

        public List<string> Numbers { get; } = [];

        public List<string> NumbersWithUnits { get; } = [];

        public List<string> Quantities { get; } = [];

        public HashSet<string> Tasks { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Formats { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Languages { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> Roles { get; } = new(StringComparer.Ordinal);

        public int Negations { get; set; }

        public HashSet<string> Words { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Entities { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Content { get; } = new(StringComparer.Ordinal);

        public HashSet<string> AllWords { get; } = new(StringComparer.Ordinal);

        public List<string> OrderedTerms { get; } = [];

        public List<int> OrderedClauses { get; } = [];

        public List<(int Left, int Right)> DirectionalNeighbours { get; } = [];

        public HashSet<string> Qualifiers { get; } = new(StringComparer.Ordinal);

        public HashSet<Relation> Relations { get; } = [];
    }
}
