namespace Governance.AI.Caching;

/// <summary>Options of the <see cref="PromptDifferenceGuard"/>: each check can be turned off.</summary>
public sealed class PromptGuardOptions
{
    /// <summary>Gets or sets a value indicating whether the prompts must contain the same numbers (digits and number words), each with the same unit or word after it ("3 km" / "3 miles", "2 eggs and 3 cups" / "3 eggs and 2 cups").</summary>
    public bool CompareNumbers { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether the prompts must ask about the same quantities (all / every, some / any, a few, few, many, most, several, both, more, less, exactly, roughly… in en/de/es/fr; a quantifier in only one prompt differs too).</summary>
    public bool CompareQuantities { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether the prompts must ask with the same modality: can / could / may (possible or allowed), should / ought (advised), must / have to (required), or none ("Can dogs eat grapes?" / "Do dogs eat grapes?"). English; "can you" and "how can I" name none.</summary>
    public bool CompareModality { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether the prompts must ask about the same time: a future auxiliary (will, 'll, going to) in both or neither, and no past auxiliary (did, was, were, had) facing a present one (do, is, are). English.</summary>
    public bool CompareTense { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether prompts that both name persons (I, my, our; your; he, her, their…) must name the same ones ("my address" / "your address"); "you" alone is not compared, as it is also the generic "one". English.</summary>
    public bool ComparePerson { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether two questions must ask for the same kind of answer: how, why, what / which, who, when, where or an amount ("How do vaccines work?" / "Why do vaccines work?"), read after each question frame is rewritten to its canonical form ("what's the way to …" is "how do I …", "what's the reason …" is "why …"), in en/de/es/fr. A prompt without a question word names none.</summary>
    public bool CompareQuestionKind { get; set; } = true;

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
    /// by a word of its synonym group ("fix" / "repair", "buy" / "purchase") or by its nominalization ("install" /
    /// "installation", "renew" / "renewal") counts as the same word. Opposites,
    /// numbers, negations and named entities are checked before and still reject the hit.
    /// </summary>
    public bool AllowSynonyms { get; set; } = true;

    /// <summary>
    /// Gets or sets a value indicating whether a word that is not a real word (not in WordNet's lemmas or their
    /// inflections, nor in the guard's lexicon) reads as the real word of the other prompt it is a small edit away
    /// from: one letter inserted, deleted, replaced or two neighbours swapped for words of 4 to 7 letters, two (with the
    /// first letter kept) from 8 ("eggg" / "egg", "negotaite" / "negotiate"). Two real words never match ("form" /
    /// "from", "desert" / "dessert"), and a prompt mostly of words that are not English is left alone.
    /// </summary>
    public bool MatchTypos { get; set; } = true;

    /// <summary>Gets additional synonym groups, each as words separated by spaces (<c>"fix repair mend"</c>); a word belongs to at most one group.</summary>
    public IList<string> AdditionalSynonymGroups { get; } = [];

    /// <summary>
    /// Gets or sets how many content words may appear in only one of the prompts when nothing was substituted. Generic
    /// words ("the capital <i>city</i>", "a <i>good</i> way", "the <i>best</i> way") never count. The default, 0, misses
    /// on any added modifier ("a laptop" / "a cheap laptop"): a wrong hit is worse than a miss.
    /// </summary>
    public int MaxExtraContentWords { get; set; }

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
